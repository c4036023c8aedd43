"""Further ways a text names an event (part of ``extract.events``), each a pattern over
one sentence, for any event of the kind:

* a name and a lower-case head — "the Zinoviev letter", "the Arcos raid", "the
  Russo-German trade treaty", "the Brest-Litovsk negotiations", "the Chinese
  Eastern Railway crisis";
* "the raid on X";
* recognition stated from the recognising side — "recognition by the United
  States", "mutual recognition" (dated);
* the killing of a person — "the assassination of X", "X was assassinated";
* an expulsion of a mission — "expelled the Soviet mission";
* a verb and its object (the event told, not named) — "signed a trade agreement with
  X", "concluded a pact", "declared war on X", "established diplomatic relations", "the
  conference at X", "the elections"; dated from their sentence like the rest;
* an event told by a noun phrase or a passive — "the break with Britain", "relations
  were broken off … and restored", "joined the League of Nations", "trade
  negotiations", "X's visit to Y", "seized power", "the annexation of X", "the
  ultimatum to X", "the Great Terror", "recognized X de facto";
* the world wars by name, "the outbreak of war", a killing told ("X was shot dead", "a
  murder was perpetrated"), an expulsion told ("declared persona non grata", "expelled X
  from"), a crash, a mission opened or closed, "a meeting with X", talks told by their
  course ("the talks broke down"), "the purge of the commissariat", "the appointment (or
  dismissal) of X", "a speech (note, protest) to X".

Each pattern is anchored at its head word or at a word's start and reads a bounded
run of words before or after it, so the time is linear in the sentence (issue 10).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from narkomindel import gazetteer as gz
from narkomindel.extract.event_narrative import narrative_events
from narkomindel.extract.gated import Gated

__all__ = ["event_phrases"]

# a name word starts at a word's start: a long word is not read again from each of its letters
_MOD = r"(?<![\w'’.–-])[A-Z][\w'’.–-]*+"
# "the Zinoviev letter", "the Russo-German trade treaty"; at most four name words
_NAME_LOWER_HEAD = Gated(
    re.compile(
        rf"(?P<mods>{_MOD}(?:\s+{_MOD}){{0,3}})\s+"
        r"(?P<adj>(?:trade|commercial|peace|non-aggression|neutrality|friendship|general|secret|"
        r"military|naval|border|frontier)\s+)?"
        r"(?P<head>letter|raid|affair|incident|crisis|scare|strike|massacre|coup|putsch|treaty|"
        r"treaties|agreements?|pacts?|conference|congress|negotiations|talks|deliberations|ultimatum|trial|"
        r"trials|recognition|rupture|revolution|uprising|rebellion|revolt|mutiny|conflict|intervention|"
        r"murder|assassination|peace|war|dispute|clash(?:es)?)\b"
    ),
    (
        "war treat pact agreement conference congress peace talks negotiations "
        "trial revol letter raid affair incident crisis scare strike massacre "
        "coup putsch deliberations ultimatum recognition rupture uprising "
        "rebellion mutiny conflict intervention murder assassination dispute "
        "clash"
    ),
)
_HEAD_TYPE = {
    "letter": "other", "affair": "other", "incident": "other", "crisis": "other",
    "scare": "other", "strike": "other", "massacre": "other", "coup": "other",
    "putsch": "other", "raid": "raid", "treaty": "treaty", "pact": "treaty",
    "agreement": "agreement", "conference": "conference", "congress": "conference",
    "negotiations": "conference", "talks": "conference", "deliberations": "conference",
    "ultimatum": "ultimatum", "trial": "trial", "trials": "trial",
    "recognition": "recognition", "rupture": "rupture", "revolution": "revolution",
    "uprising": "uprising", "war": "war", "treaties": "treaty", "agreements": "agreement",
    "pacts": "treaty", "rebellion": "uprising", "revolt": "uprising", "mutiny": "uprising",
    "conflict": "other", "intervention": "war", "murder": "assassination",
    "assassination": "assassination", "peace": "treaty", "dispute": "other", "clash": "other",
    "clashes": "other",
}  # fmt: skip
_NOT_MODS = frozenset(
    "The A An This That These Those Such Its His Her Their In On At By For Of From With "
    "After Before During When While Both Each Every First Second New Soviet Russian".split()
)
#: an event hoped for, feared or proposed right before its name ("anticipating a X intervention")
_EXPECTED = re.compile(
    r"\b(?:anticipat\w+|expect\w*|hop\w+\s+for|fear\w*|threat\s+of|prospect\s+of|possib\w+(?:\s+of)?|"
    r"propos\w+|plann\w+)\s+(?:a|an|the)?\s*$"
)
#: words before "peace" that name a state of the world, not a peace made
_NOT_PEACE_MODS = frozenset("European World International Universal General Asian Lasting".split())
_RAID_ON = Gated(
    re.compile(rf"\b(?:the\s+)?raid\s+on\s+(?:the\s+)?(?P<what>{_MOD}(?:\s+{_MOD}){{0,3}})"), "raid"
)
_RECOGNITION_BY = Gated(
    re.compile(
        rf"\b[Rr]ecognition\s+(?:of\s+the\s+\w+(?:\s+\w+)?\s+)?(?:by|from)\s+(?:the\s+)?(?P<by>{_MOD}(?:\s+{_MOD}){{0,2}})"
        r"|\b(?P<how>mutual|formal|official|diplomatic)\s+recognition\b"
    ),
    "recognition",
)
_KILLING = Gated(
    re.compile(
        rf"\b(?:the\s+)?(?:assassination|murder|killing)\s+of\s+(?:\w+\s+){{0,2}}?(?P<who>{_MOD}(?:\s+{_MOD}){{0,2}})"
        rf"|(?P<who2>{_MOD})\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:assassinated|murdered|shot\s+dead)\b"
        r"|\b(?:[Aa]|[Tt]he)\s+(?:\w+\s+)?murder\s+(?:was|has\s+been|had\s+been)\s+(?:perpetrated|committed)\b"
    ),
    "assassinat murder killing shot",
)
_EXPEL_MISSION = Gated(
    re.compile(
        r"\bexpel(?:led|s)?\s+(?:the\s+)?(?:Soviet|Russian|Bolshevik)\s+(?:mission|delegation|diplomats|"
        r"representatives?|envoy|embassy)\b",
        re.I,
    ),
    "expel",
)

# a verb of making an instrument, at most three lower-case words, the instrument's head
_SIGNED = Gated(
    re.compile(
        r"\b(?:signed|concluded|negotiated|initialled|initialed|ratified|sign|conclude|negotiate|ratify|"
        r"signing|conclusion|ratification|negotiation|dr(?:ew|awn|awing)\s+up)\s+(?:of\s+)?(?:(?:an|a|the|their|its|his)\s+)?"
        r"(?P<adj>(?:[a-z][\w'’-]*+\s+){0,3}?)"
        r"(?P<head>treaty|pact|agreement|accord|protocol|convention|concordat|armistice)(?:s|ies)?\b"
        rf"(?:\s+(?:with|between)\s+(?:the\s+)?(?P<with>{_MOD}(?:\s+{_MOD}){{0,2}}))?"
    ),
    "sign conclu negotiat initial ratif drew drawn drawing",
    "treat pact agreement accord protocol convention concordat armistice",
)
# an instrument told in the passive: "a trade agreement was concluded in 1925"
_SIGNED_PASSIVE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?P<adj>(?:[a-z][\w'’-]*+\s+){0,3}?)"
    r"(?P<head>treaty|pact|agreement|accord|protocol|convention|concordat|armistice)\s+"
    r"(?:(?:with|between)\s+[^,;.]{1,40}?\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:(?:\w+ly|then|finally|at\s+last)\s+)?"
    r"(?:signed|concluded|ratified|initiall?ed|negotiated|reached)\b"
)
# an instrument and its participle, dated ("an additional protocol signed on 24 June 1931",
# "by a trade agreement concluded in 1921"): the reduced relative of the passive
_SIGNED_PARTICIPLE = re.compile(
    r"\b(?:(?:[Tt]he|[Aa]n?|[Bb]y|[Ii]ts|[Tt]heir)\s+)(?P<adj>(?:[a-z][\w'’-]*+\s+){0,3}?)"
    r"(?P<head>treaty|pact|agreement|accord|protocol|convention|concordat|armistice)\s+"
    r"(?:signed|concluded|ratified|initiall?ed)\s+(?:on|in)\s+(?:\d|[A-Z][a-z]+\s+\d)"
)
_INSTRUMENT_PASSIVE = re.compile(
    r"\b(?:treaty|pact|agreement|accord|protocol|convention|concordat|armistice)\s[^.]*?\b(?:was|were|been)\s"
)
# a war's start told by its verb: "war broke out in September 1939"
_WAR_BEGAN = Gated(
    re.compile(r"\b(?:[Ww]ar|[Hh]ostilities|[Ff]ighting)\s+(?:broke\s+out|began|started)\b"),
    "war hostilities fighting",
    "broke began started",
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_WAR_ON = Gated(
    re.compile(
        rf"\b(?:declared\s+war\s+(?:on|against)|invaded|invasion\s+of|attack\s+on|attacked)\s+(?:the\s+)?"
        r"(?:(?:eastern|western|northern|southern|central|north-eastern|north-western|south-eastern|"
        rf"south-western)\s+)?(?!{_MONTH})(?P<on>{_MOD}(?:\s+{_MOD}){{0,2}})"
    ),
    "war invad invasion attack",
)
_RELATIONS = Gated(
    re.compile(
        r"\b(?:established|establish|establishing|establishment\s+of|opened|opening\s+of)\s+"
        r"(?:normal\s+|full\s+)?(?:diplomatic\s+)?relations\b"
    ),
    "relations",
    "establish open",
)
_CONFERENCE_AT = Gated(
    re.compile(
        r"\b(?:[Tt]he|[Aa])\s+(?P<adj>(?:[a-z][\w'’-]*+\s+){0,2}?)(?P<head>conference|congress|negotiations|talks)"
        rf"\s+(?:at|in)\s+(?P<at>{_MOD}(?:\s+{_MOD}){{0,1}})"
    ),
    "conference congress negotiations talks",
)
_ELECTIONS = Gated(
    re.compile(r"\b(?:the|general|parliamentary|presidential)\s+elections?\b"), "election"
)
_INSTRUMENT = {"treaty": "treaty", "pact": "treaty", "concordat": "treaty", "armistice": "treaty",
               "agreement": "agreement", "accord": "agreement", "protocol": "agreement",
               "convention": "agreement"}  # fmt: skip


def _is_city(name: str) -> bool:
    place = gz.places().get(name)
    return place is not None and place[1] == "city"


def _frames(text: str, s: int, e: int, low: str) -> Iterator[tuple[str, str, int, int]]:
    """Events told by a verb and its object rather than named."""
    for m in _SIGNED.finditer(text, s, e, low):
        if text[max(s, m.start() - 3) : m.start()] == "to " and m.group(0)[:4] in (
            "conc",
            "sign",
            "nego",
            "rati",
        ):
            continue  # "negotiations were opened to conclude a pact": an aim, not an act
        head = m.group("head")
        adj = " ".join(m.group("adj").split())
        name = " ".join(x for x in (adj, head) if x)
        if m.group("with"):
            name += f" with {m.group('with').rstrip('.')}"
        yield _INSTRUMENT[head], name, m.start(), m.end()
    # the passive only where an instrument is named and a passive verb follows (one
    # quick scan, where the pattern itself starts at every article)
    passive = _INSTRUMENT_PASSIVE.search(text, s, e) is not None
    for m in _SIGNED_PASSIVE.finditer(text, s, e) if passive else ():
        head = m.group("head")
        name = " ".join(x for x in (" ".join(m.group("adj").split()), head) if x)
        yield _INSTRUMENT[head], name, m.start("adj"), m.end()
    if " signed " in text[s:e] or " concluded " in text[s:e] or " ratified " in text[s:e]:
        for m in _SIGNED_PARTICIPLE.finditer(text, s, e):
            head = m.group("head")
            name = " ".join(x for x in (" ".join(m.group("adj").split()), head) if x)
            yield _INSTRUMENT[head], name, m.start("adj"), m.end("head")
    for m in _WAR_BEGAN.finditer(text, s, e, low):
        yield "war", "outbreak of war", m.start(), m.end()
    for m in _WAR_ON.finditer(text, s, e, low):
        if _is_city(m.group("on").rstrip(".")):
            continue  # "attacked Viipuri": a battle in a war, not a war on a state
        yield "war", f"war on {m.group('on').rstrip('.')}", m.start(), m.end()
    for m in _RELATIONS.finditer(text, s, e, low):
        yield "recognition", "establishment of relations", m.start(), m.end()
    for m in _CONFERENCE_AT.finditer(text, s, e, low):
        yield "conference", f"{m.group('head')} at {m.group('at')}", m.start(), m.end()
    for m in _ELECTIONS.finditer(text, s, e, low):
        yield "election", "elections", m.start(), m.end()


# a break of relations stated by a noun or a passive: "the break with Britain", "the
# break of relations", "relations were broken off", "the severance of relations"
_BREAK = Gated(
    re.compile(
        rf"\b(?:diplomatic\s+)?break\s+with\s+(?:the\s+)?(?P<with>{_MOD}(?:\s+{_MOD}){{0,1}})"
        r"|\b(?:diplomatic\s+)?break\s+(?:of|in)\s+(?:the\s+)?(?:all\s+)?(?:diplomatic\s+|[A-Z][\w–-]+\s+){0,2}relations\b"
        r"|\bdiplomatic\s+break\b|\bseverance\s+of\s+(?:diplomatic\s+)?relations\b"
        r"|\b[Rr]elations\b[^.;:]{0,60}?\b(?:were|was|had\s+been)\s+(?:\w+ly\s+)?"
        r"(?:broken(?:\s+off)?|severed|cut\s+off)\b"
    ),
    "break severance broken severed cut",
)
# relations told in the passive, and the participles chained to it: "diplomatic relations
# were established with A in 1924, broken by A in 1927 and re-established in 1929"
_RELATIONS_PASSIVE = Gated(
    re.compile(
        r"\b[Rr]elations\b[^.;:]{0,60}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
        r"(?:(?:\w+ly|first|then|later|soon)\s+)?(?P<v>established|broken(?:\s+off)?|severed|cut\s+off|"
        r"restored|resumed|re-?established|renewed|normali[sz]ed)\b"
    ),
    "relations",
    "established broken severed cut restored resumed renewed normali",
)
_RELATIONS_NEXT = re.compile(
    r"[^.;:]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:later|then|again|finally|soon)\s+)?"
    r"(?P<v>established|broken(?:\s+off)?|severed|restored|resumed|re-?established|renewed)\b"
)
_RELATIONS_EVENT = {"established": ("recognition", "establishment of relations"),
                    "broken": ("rupture", "rupture of relations"),
                    "severed": ("rupture", "rupture of relations"),
                    "cut": ("rupture", "rupture of relations")}  # fmt: skip
# relations restored, told in the passive: "relations were restored", "... broken off in
# 1927 and restored in 1929"
_RESTORED = Gated(
    re.compile(
        r"\b[Rr]elations\b[^.;:]{0,60}?\b(?:were|was|had\s+been)\s+(?:\w+ly\s+)?"
        r"(?P<v1>restored|resumed|re-?established|renewed)\b"
        r"|\b(?:broken(?:\s+off)?|severed)\s+(?:in\s+\d{4}\s+)?and\s+(?:later\s+)?"
        r"(?P<v2>restored|resumed|re-?established)\b"
    ),
    "restored resumed established renewed",
)
_LEAGUE = re.compile(
    r"\b(?:joined|entered|(?:entry|entrance|admission)\s+(?:of\s+(?:the\s+)?(?:[\w.-]+\s+){1,3}?)?(?:in)?to|"
    r"admitted\s+(?:in)?to|accession\s+to|(?:voted|elected)\s+(?:in)?to\s+(?:membership\s+(?:of|in)\s+)?)"
    r"\s*the\s+League\s+of\s+Nations\b"
    r"|\bLeague\s+(?:of\s+Nations\s+)?(?:approved|admitted|accepted)\s+(?:the\s+)?(?:Soviet|Russian|USSR['’]s?)\s+"
    r"(?:membership|entry|application)\b"
)
# a state leaving the League: "Japan and Germany left the League of Nations"
_LEAGUE_LEFT = re.compile(
    r"\b(?:left|quit|withdrew\s+from|withdrawal\s+(?:of\s+(?:[\w.-]+\s+){1,3}?)?from)\s+the\s+League\s+of\s+Nations\b"
)
# negotiations told, not named: "trade negotiations", "negotiations with Britain"
_NEGOTIATIONS = Gated(
    re.compile(
        rf"\b(?:(?P<adj>trade|peace|commercial|economic|armistice|treaty)\s+)?(?P<what>negotiations|talks)\s+"
        rf"(?:with|between)\s+(?:the\s+)?(?P<with>{_MOD}(?:\s+{_MOD}){{0,2}})"
        r"|\b(?P<adj2>trade|peace|commercial|economic|armistice)\s+negotiations\b"
    ),
    "negotiations talks",
)
_VISIT = Gated(
    re.compile(
        r"(?<![\w'’.–-])(?P<who>[A-Z][\w.–-]*(?:\s+[A-Z][\w.–-]*)?)['’]s?\s+(?:(?:official|state|first)\s+)?"
        rf"visit\s+to\s+(?:the\s+)?(?P<to>{_MOD}(?:\s+{_MOD}){{0,1}})"
        rf"|\b(?:state|official)\s+visit\s+to\s+(?P<to2>{_MOD}(?:\s+{_MOD}){{0,1}})"
    ),
    "visit",
)
_POWER = Gated(
    re.compile(r"\b(?:seized|seizure\s+of|came\s+to|rise\s+to|accession\s+to|took)\s+power\b"),
    "power",
)
_TAKEN = Gated(
    re.compile(
        rf"\b(?P<what>annexation|occupation|partition|incorporation|seizure)\s+of\s+(?:the\s+)?"
        rf"(?:[a-z]+\s+)?(?P<of>{_MOD}(?:\s+{_MOD}){{0,2}})"
    ),
    "annexation occupation partition incorporation seizure",
)
_ULTIMATUM_TO = Gated(
    re.compile(rf"\bultimatum\s+to\s+(?:the\s+)?(?P<to>{_MOD}(?:\s+{_MOD}){{0,1}})"), "ultimatum"
)
_PURGE = Gated(
    re.compile(
        r"\b(?P<name>Great\s+(?:Terror|Purges?)|Ye?zhovshchina|Ezhovshchina|Red\s+Terror)\b"
        r"|\b[Tt]he\s+(?:great\s+)?(?P<purges>purges?)\s+of\s+(?=\d{4})"
    ),
    "terror purge zhovshchina",
)
# another state recognised: "recognized Manchukuo de facto"
_RECOGNISED_STATE = Gated(
    re.compile(
        rf"\brecogni[sz]ed\s+(?:the\s+)?(?!USSR|Soviet|Russia)(?P<whom>{_MOD}(?:\s+{_MOD}){{0,1}})\s+(?:de\s+jure|de\s+facto)\b"
        # a government recognised by its name: "recognized the X–Y government as the legal …"
        rf"|(?<!\bnot\s)(?<!\bnever\s)\brecogni[sz]ed\s+the\s+(?:new\s+)?(?!USSR|Soviet|Russia)"
        rf"(?P<gov>{_MOD}(?:[\s–-]+{_MOD}){{0,2}})\s+(?:government|regime|cabinet)\b"
    ),
    "recognised recognized",
)


# the world wars by their names, and a war's outbreak
_WORLD_WAR = Gated(
    re.compile(
        r"\b(?:(?P<ord>First|Second)\s+World\s+War|World\s+War\s+(?P<num>II|I|One|Two|1|2)\b|"
        r"(?P<great>Great\s+War)|(?P<outbreak>outbreak\s+of\s+(?:the\s+)?war))"
    ),
    "war",
)
_WORLD_WAR_NAME = {"first": "First World War", "second": "Second World War", "i": "First World War",
                   "one": "First World War", "1": "First World War", "ii": "Second World War",
                   "two": "Second World War", "2": "Second World War"}  # fmt: skip
# a mission sent away: "declared persona non grata", "expelled X from", "ordered to leave"
_EXPELLED = Gated(
    re.compile(
        r"\bdeclared\s+persona\s+non\s+grata\b|\bordered\s+(?:\w+\s+){0,3}?to\s+leave\s+the\s+country\b"
        rf"|\bexpelled\s+(?!from\s+the\s+(?:\w+\s+)?[Pp]arty)(?:the\s+)?(?:{_MOD}\s+){{1,3}}(?:from|in)\b"
    ),
    "grata leave expelled",
)
_CRASH = Gated(
    re.compile(
        r"\b(?:plane|air|aeroplane|airplane|train|car)\s+(?:crash|accident)\b|\bplane\s+crashed\b"
    ),
    "crash accident",
)
# a mission opened or closed: "the legation was closed", "the opening of the embassy"
_MISSION_OPENED = Gated(
    re.compile(
        r"\b(?:[Ee]mbassy|[Ll]egation|[Cc]onsulate(?:\s+[Gg]eneral)?|[Tt]rade\s+[Dd]elegation)\s+"
        r"(?:in\s+[A-Z]\w+\s+|at\s+[A-Z]\w+\s+)?(?:(?:was|were)\s+(?:\w+ly\s+)?(?P<v>opened|closed|established)\b|"
        r"(?P<v2>opened|closed)\s+(?=(?:in|at|on)\b))"
        r"|\b(?P<n>opening|closing|closure)\s+of\s+the\s+(?:\w+\s+)?(?:embassy|legation|consulate)\b"
    ),
    "embassy legation consulate delegation",
)
_MEETING = Gated(
    re.compile(
        rf"\b(?:[Aa]|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\w+\s+)?meeting\s+with\s+(?P<with>{_MOD}(?:\s+{_MOD}){{0,2}})"
    ),
    "meeting",
)
# talks told by what became of them: "the talks broke down", "negotiations began"
_TALKS_VERB = Gated(
    re.compile(
        r"\b(?P<what>talks|negotiations|conversations)\s+(?:\w+\s+)?(?:began|opened|broke\s+down|failed|"
        r"collapsed|resumed|were\s+(?:opened|begun|broken\s+off|resumed|held))\b"
    ),
    "talks negotiations conversations",
)
_PURGE_OF = Gated(
    re.compile(
        r"\b(?:the\s+)?(?:great\s+)?purges?\s+of\s+the\s+(?P<of>[Cc]ommissariat|NKID|[Pp]arty|[Aa]rmy|diplomatic\s+service|\w+\s+corps)\b"
    ),
    "purge",
)


_APPOINTMENT = Gated(
    re.compile(
        rf"\b(?:[Tt]he\s+)?(?P<what>(?i:appointment|dismissal|nomination|resignation|removal))\s+of\s+(?:\w+\s+){{0,2}}?(?P<who>{_MOD}(?:\s+{_MOD}){{0,2}})"
        rf"|(?<![\w'’.–-])(?P<who2>[A-Z][\w.–-]*)['’]s?\s+(?P<what2>appointment|dismissal|resignation)\b"
    ),
    "appointment dismissal nomination resignation removal",
)


_SPEECH = Gated(
    re.compile(
        rf"\b(?:[Ii]n\s+)?(?:a|an|his|her|the)\s+(?:\w+\s+)?(?P<what>speech|address|note|protest|declaration|statement)\s+"
        rf"(?:of\s+protest\s+)?(?:to|at|before|in|on)\s+(?:the\s+)?(?P<to>{_MOD}(?:\s+{_MOD}){{0,2}})"
    ),
    "speech address note protest declaration statement",
)


def _more(text: str, s: int, e: int, low: str) -> Iterator[tuple[str, str, int, int]]:
    """Wars by name, killings told, expulsions, crashes, missions opened or closed,
    meetings, talks told by their course, appointments and dismissals, speeches and
    notes, purges of a body."""
    for m in _WORLD_WAR.finditer(text, s, e, low):
        if m.group("outbreak"):
            yield "war", "outbreak of war", m.start(), m.end()
            continue
        key = (m.group("ord") or m.group("num") or "first").lower()
        yield "war", _WORLD_WAR_NAME[key], m.start(), m.end()
    for m in _EXPELLED.finditer(text, s, e, low):
        yield "expulsion", "expulsion", m.start(), m.end()
    for m in _CRASH.finditer(text, s, e, low):
        yield "other", "crash", m.start(), m.end()
    for m in _MISSION_OPENED.finditer(text, s, e, low):
        what = (
            "opening"
            if (m.group("v") or m.group("v2") or m.group("n") or "").startswith(("open", "estab"))
            else "closing"
        )
        yield "other", f"{what} of a mission", m.start(), m.end()
    for m in _MEETING.finditer(text, s, e, low):
        yield "conference", f"meeting with {m.group('with').rstrip('.')}", m.start(), m.end()
    for m in _TALKS_VERB.finditer(text, s, e, low):
        yield "conference", m.group("what"), m.start(), m.end()
    for m in _APPOINTMENT.finditer(text, s, e, low):
        what = (m.group("what") or m.group("what2")).lower()
        who = (m.group("who") or m.group("who2")).rstrip(".")
        yield "other", f"{what} of {who}", m.start(), m.end()
    for m in _SPEECH.finditer(text, s, e, low):
        yield "other", f"{m.group('what')} to {m.group('to').rstrip('.')}", m.start(), m.end()
    for m in _PURGE_OF.finditer(text, s, e, low):
        yield "other", f"purge of the {m.group('of')}", m.start(), m.end()


def _told(text: str, s: int, e: int, low: str) -> Iterator[tuple[str, str, int, int]]:
    """Events told by a noun phrase or a passive (a break, a restoration, an entry into
    the League, negotiations, a visit, a seizure of power or of a land, a purge)."""
    for m in _BREAK.finditer(text, s, e, low):
        name = f"rupture with {m.group('with')}" if m.group("with") else "rupture of relations"
        yield "rupture", name, m.start(), m.end()
    for m in _RESTORED.finditer(text, s, e, low):
        yield (
            "restoration",
            "restoration of relations",
            m.start("v1" if m.group("v1") else "v2"),
            m.end(),
        )
    for first in _RELATIONS_PASSIVE.finditer(text, s, e, low):
        link: re.Match[str] | None = first
        while link is not None:
            verb = link.group("v").split()[0]
            etype, name = _RELATIONS_EVENT.get(verb, ("restoration", "restoration of relations"))
            yield etype, name, link.start("v"), link.end()
            link = _RELATIONS_NEXT.match(text, link.end(), e)
    league = text.find("League", s, e) >= 0  # both League patterns name it
    for m in _LEAGUE.finditer(text, s, e) if league else ():
        yield "other", "entry into the League of Nations", m.start(), m.end()
    for m in _LEAGUE_LEFT.finditer(text, s, e) if league else ():
        yield "other", "withdrawal from the League of Nations", m.start(), m.end()
    for m in _NEGOTIATIONS.finditer(text, s, e, low):
        adj = m.group("adj") or m.group("adj2")
        name = " ".join(x for x in (adj, m.group("what") or "negotiations") if x)
        if m.group("with"):
            name += f" with {m.group('with')}"
        yield "conference", name, m.start(), m.end()
    for m in _VISIT.finditer(text, s, e, low):
        to = m.group("to") or m.group("to2")
        who = m.group("who")
        if who and who in _NOT_MODS:
            who = None
        yield (
            "other",
            (f"{who}'s " if who else "") + f"visit to {to.rstrip('.')}",
            m.start(),
            m.end(),
        )
    for m in _POWER.finditer(text, s, e, low):
        yield "other", "seizure of power", m.start(), m.end()
    for m in _TAKEN.finditer(text, s, e, low):
        yield "other", f"{m.group('what')} of {m.group('of').rstrip('.')}", m.start(), m.end()
    for m in _ULTIMATUM_TO.finditer(text, s, e, low):
        yield "ultimatum", f"ultimatum to {m.group('to').rstrip('.')}", m.start(), m.end()
    for m in _PURGE.finditer(text, s, e, low):
        yield "other", " ".join((m.group("name") or m.group("purges")).split()), m.start(), m.end()
    for m in _RECOGNISED_STATE.finditer(text, s, e, low):
        yield (
            "recognition",
            f"recognition of {m.group('whom') or m.group('gov')}",
            m.start(),
            m.end(),
        )


def event_phrases(text: str, low: str, s: int, e: int) -> Iterator[tuple[str, str, int, int]]:
    """(type, name, start, end) of the events named in the sentence ``text[s:e]``, whose
    lower-cased text ``low`` the patterns' gates look for their words in."""
    for m in _NAME_LOWER_HEAD.finditer(text, s, e, low):
        mods = m.group("mods").split()
        while mods and mods[0] in _NOT_MODS:
            mods = mods[1:]
        if not mods:
            continue
        head = m.group("head")
        if head == "peace" and mods[-1] in _NOT_PEACE_MODS:
            continue  # "European peace and security": no peace made
        if text[max(s, m.start() - 3) : m.start()] == "of ":
            continue  # "a League of Nations intervention": the name is cut, its head another's
        if _EXPECTED.search(text, max(s, m.start() - 30), m.start()):
            continue  # "anticipating a X intervention": an event hoped for or feared, not told
        adj = (m.group("adj") or "").strip()
        name = " ".join([*mods, *([adj] if adj else []), head])
        start = m.end() - len(m.group(0)) + m.group(0).find(mods[0])
        yield _HEAD_TYPE[head], name, start, m.end()
    for m in _RAID_ON.finditer(text, s, e, low):
        yield "raid", f"raid on {m.group('what')}", m.start(), m.end()
    for m in _RECOGNITION_BY.finditer(text, s, e, low):
        by = m.group("by")
        # an undated recognition named only by its manner is dropped unless a date is near
        name = f"recognition by {by}" if by else "recognition (unspecified)"
        yield "recognition", name, m.start(), m.end()
    for m in _KILLING.finditer(text, s, e, low):
        who = m.group("who") or m.group("who2")
        yield "assassination", f"assassination of {who}" if who else "murder", m.start(), m.end()
    for m in _EXPEL_MISSION.finditer(text, s, e, low):
        yield "expulsion", "expulsion of the Soviet mission", m.start(), m.end()
    yield from _frames(text, s, e, low)
    yield from _told(text, s, e, low)
    yield from _more(text, s, e, low)
    yield from narrative_events(text, low, s, e)
