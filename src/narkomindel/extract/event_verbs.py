"""More events told rather than named (part of ``extract.events``), each a pattern over one
sentence:

* an instrument named by its year — "the 1926 treaty", "the 1921 trade agreement", "the
  trade agreement of 1921";
* a raid told by its verb — "police raided the premises", "the offices were raided";
* a killing told in a relative clause — "X, the foreign minister, who was assassinated";
* a meeting attended — "the delegation at the negotiations", "a delegate to the
  conference";
* a name printed in capitals — "SOVIET–AFGHAN TREATY OF FRIENDSHIP";
* an expulsion from the League of Nations — "was expelled from the League of Nations";
* a peace or a declaration made — "concluded a separate peace", "signed a declaration".

Each pattern is anchored at a head word and reads a bounded run of words around it, and
each runs only where its cue word is in the sentence (checked on the lower-cased text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["verb_events"]

_MOD = r"(?<![\w'’.–-])[A-Z][\w'’.–-]*+"
_YEAR_NAMED = re.compile(
    r"\b[Tt]he\s+(?P<year>1[89]\d\d)\s+(?P<adj>(?:[a-z][\w-]*\s+){0,2}?)"
    r"(?P<head>treaty|pact|agreement|accord|protocol|convention|conference|congress|"
    r"negotiations|talks|ultimatum|raid|trials?)\b"
)
# "the trade agreement of 1921", "the conference of 10 April 1922": the year after "of"
_OF_YEAR = re.compile(
    r"\b[Tt]he\s+(?P<adj>(?:[a-z][\w-]*\s+){0,2}?)"
    r"(?P<head>treaty|pact|agreement|accord|protocol|convention|conference|congress|"
    r"negotiations|talks|ultimatum|raid|trials?)\s+of\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?(?:\d{1,2},?\s+)?1[89]\d\d\b"
)
_YEAR_TYPE = {"treaty": "treaty", "pact": "treaty", "agreement": "agreement", "accord": "agreement",
              "protocol": "agreement", "convention": "agreement", "conference": "conference",
              "congress": "conference", "negotiations": "conference", "talks": "conference",
              "ultimatum": "ultimatum", "raid": "raid", "trial": "trial", "trials": "trial"}  # fmt: skip
_RAIDED = re.compile(r"\b(?:(?:was|were|had\s+been|been)\s+)?raided\b")
_WHO_KILLED = re.compile(
    rf"(?P<who>{_MOD}(?:\s+{_MOD}){{0,2}}),(?:\s+[^,;.()]{{1,60}},)?\s+who\s+(?:was|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:assassinated|murdered|shot\s+dead)\b"
)
# a meeting met by a delegation: "the delegation at the negotiations", "a delegate to the talks"
_DELEGATION_AT = re.compile(
    r"\b(?:delegation|delegates?|representatives?)\s+(?:at|to)\s+the\s+(?P<adj>(?:[a-z][\w-]*\s+){0,2}?)"
    r"(?P<head>negotiations|talks|conference|congress)\b"
)
# a name printed in capitals (an encyclopedia's heading): "SOVIET–AFGHAN TREATY OF FRIENDSHIP"
_CAPS_WORD = r"(?<![\w'’–-])[A-Z][A-Z'’–-]+(?![\w'’–-])"
_CAPS_HEADS = ("TREATY", "PACT", "AGREEMENT", "CONVENTION", "PROTOCOL", "CONFERENCE", "CONGRESS")
_CAPS_NAME = re.compile(
    rf"(?P<mods>(?:{_CAPS_WORD}\s+){{0,4}})(?P<head>{'|'.join(_CAPS_HEADS)})"
    rf"(?P<of>\s+OF\s+(?:{_CAPS_WORD}|1[89]\d\d)(?:\s+(?:AND\s+)?{_CAPS_WORD}){{0,3}})?(?![\w'’–-])"
)
_LEAGUE_EXPELLED = re.compile(
    r"\b(?:was|were|had\s+been|been)\s+expelled\s+from\s+the\s+League\s+of\s+Nations\b"
    r"|\bexpulsion\s+(?:of\s+(?:the\s+)?(?:[\w.-]+\s+){1,3}?)?from\s+the\s+League\s+of\s+Nations\b"
)
_MADE = re.compile(
    r"\b(?:signed|concluded|made|sign|conclude|make|signing|conclusion\s+of)\s+(?:(?:a|an|the)\s+)?"
    r"(?P<adj>(?:separate|joint|formal|general|final|secret)\s+)?(?P<head>peace|declaration)\b"
    r"(?!\s+(?:of|for)\s+(?:war|intent|neutrality\s+in))"
)

_INSTRUMENT_HEAD = r"(?P<head>treaty|pact|agreement|accord|protocol|convention)"
# an instrument ended by a party: "the pact was denounced / abrogated / withdrawn", "X
# denounced the treaty", "withdrew from the pact", "the denunciation of the pact"
_DENOUNCED = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?P<adj>(?:[a-z][\w-]*\s+){{0,2}}?){_INSTRUMENT_HEAD}\s+"
    r"(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:denounced|abrogated|annulled|revoked|repudiated|renounced|"
    r"withdrawn|cancell?ed|terminated)\b"
    r"|\b(?:denounced|abrogated|annulled|revoked|repudiated|renounced|cancell?ed|withdrew\s+from)\s+the\s+"
    r"(?P<adj2>(?:[a-z][\w-]*\s+){0,2}?)(?P<head2>treaty|pact|agreement|accord|protocol|convention)\b"
    r"|\b(?:denunciation|abrogation|annulment|revocation|repudiation)\s+of\s+the\s+"
    r"(?P<adj3>(?:[a-z][\w-]*\s+){0,2}?)(?P<head3>treaty|pact|agreement|accord|protocol|convention)\b"
)
_DENOUNCE_CUES = ("denounc", "abrogat", "annul", "revok", "revoc", "repudiat", "renounc", "withdr",
                  "cancel", "terminated")  # fmt: skip


def _instrument(m: re.Match[str]) -> tuple[str, str]:
    """The head and its lower-case words of an instrument matched by one of the
    alternatives above."""
    for h, a in (("head", "adj"), ("head2", "adj2"), ("head3", "adj3")):
        if h in m.re.groupindex and m.group(h):
            return m.group(h), " ".join((m.group(a) or "").split())
    return "pact", ""


def verb_events(text: str, low: str, s: int, e: int) -> Iterator[tuple[str, str, int, int]]:
    """(type, name, start, end) of the events these patterns find in ``text[s:e]``;
    ``low`` is the sentence lower-cased (for the cue checks)."""
    if re.search(r"\b1[89]\d\d\b", low):
        for m in _YEAR_NAMED.finditer(text, s, e):
            head = m.group("head")
            adj = " ".join(m.group("adj").split())
            name = " ".join(x for x in (m.group("year"), adj, head) if x)
            yield _YEAR_TYPE[head], name, m.start("year"), m.end()
        for m in _OF_YEAR.finditer(text, s, e):
            head = m.group("head")
            name = " ".join(x for x in (" ".join(m.group("adj").split()), head) if x)
            yield _YEAR_TYPE[head], name, m.start("adj"), m.end()
    if any(h in text[s:e] for h in _CAPS_HEADS):
        for m in _CAPS_NAME.finditer(text, s, e):
            mods = m.group("mods").split()
            while mods and mods[0] in ("THE", "A", "AN"):
                mods = mods[1:]
            if not mods and not m.group("of"):
                continue  # a head alone in capitals ("TREATY"): a heading word, no name
            start = m.start("mods") + m.group("mods").find(mods[0]) if mods else m.start("head")
            words = text[start : m.end()].split()
            name = " ".join(w.lower() if w in ("OF", "AND") else w.title() for w in words)
            yield _YEAR_TYPE[m.group("head").lower()], name, start, m.end()
    if "raided" in low:
        for m in _RAIDED.finditer(text, s, e):
            yield "raid", "raid", m.start(), m.end()
    if " who " in low and ("assassinated" in low or "murdered" in low or "shot dead" in low):
        for m in _WHO_KILLED.finditer(text, s, e):
            yield "assassination", f"assassination of {m.group('who')}", m.start(), m.end()
    if "delega" in low or "representative" in low:
        for m in _DELEGATION_AT.finditer(text, s, e):
            head = m.group("head")
            name = " ".join(x for x in (" ".join(m.group("adj").split()), head) if x)
            yield _YEAR_TYPE[head], name, m.start("adj"), m.end()
    if "expel" in low and "league of nations" in low:
        for m in _LEAGUE_EXPELLED.finditer(text, s, e):
            yield "expulsion", "expulsion from the League of Nations", m.start(), m.end()
    if any(c in low for c in _DENOUNCE_CUES):
        for m in _DENOUNCED.finditer(text, s, e):
            head, adj = _instrument(m)
            yield (
                "other",
                " ".join(x for x in ("denunciation of", adj, head) if x),
                m.start(),
                m.end(),
            )
    if "peace" in low or "declaration" in low:
        for m in _MADE.finditer(text, s, e):
            head = m.group("head")
            if head == "declaration" and m.group(0).lower().startswith("ma"):
                continue  # "made a declaration": a statement, not an instrument
            adj = (m.group("adj") or "").strip()
            name = " ".join(x for x in (adj, head) if x)
            yield ("treaty" if head == "peace" else "agreement"), name, m.start(), m.end()
