"""Cues that a lone unknown capitalised word is a person (part of ``extract.names``).

A foreign statesman or a diplomat of a telegram is often named by his surname alone,
which no given name, initial or surname ending marks. What the sentence does with the
word can:

* **an office just before it**, set off by a comma: "the British Ambassador, X, said";
* **the agent of a passive**: "the locomotives promised by X", "signed by X and Y";
* **the object of a person's act**: "Y told X", "Y sends X a note", "Y received X";
* **a list with a person named by a title**: "X and Commissar Y", "Mr Y and X";
* **speech at a sentence's start**: "X replied that …" (a place or a body that
  "replies" is in the gazetteers and never gets here).

The caller has already ruled out words the document uses in lower case, places,
peoples and other never-names; each cue reads a few dozen characters around the word.
"""

from __future__ import annotations

import re

from narkomindel import gazetteer as gz
from narkomindel.extract.name_parts import TITLE_CUES
from narkomindel.extract.roles import find_roles

__all__ = ["sentence_cue"]

_TITLES = gz.alternation(TITLE_CUES)
#: "and Commissar ", "and Mr. ", ", Herr ": a list going on to a titled person
_TITLED_LIST = re.compile(rf"\s*(?:,\s*and|,|and|&)\s+(?:{_TITLES})\.?\s+$")
#: the passive's agent; works' makers are authors, not actors here
_AGENT = re.compile(r"\b(?P<verb>[a-z]+(?:ed|en|wn|nt|ld|ft|de))\s+by\s+$")
_AUTHORING = {
    "published", "edited", "translated", "printed", "compiled", "written", "introduced",
    "reviewed", "illustrated", "photographed", "reprinted", "quoted", "cited", "painted",
    "directed", "produced", "composed", "designed", "built", "founded", "owned", "made",
    "caused", "followed", "preceded", "replaced", "surrounded", "bounded", "dominated",
}  # fmt: skip
#: what a person does to another: the object of the verb is a person too
_ACT_ON = re.compile(
    r"(?:['’]s)?\s+(?:then\s+|also\s+|later\s+)?(?:told|tells|sent|sends|received|receives|met|meets"
    r"|visited|visits|informed|informs|asked|asks|thanked|thanks|urged|urges|warned|warns"
    r"|called\s+on|calls\s+on|saw|sees|instructed|instructs|assured|assures|cabled|cables"
    r"|telegraphed|wired|replaced|succeeded|dismissed|appointed|recalled|telephoned|phoned"
    r"|consulted|interviewed|invited|accompanied)\s+$"
)
#: "I saw X", "he told X": a person's act on X in a telegram's first person or a pronoun's
_PRONOUN_ACT = re.compile(
    r"\b(?:I|[Ww]e|[Hh]e|[Ss]he)\s+(?:then\s+|also\s+|later\s+|again\s+)?(?:told|asked|saw|met|informed"
    r"|called\s+on|thanked|urged|warned|assured|reminded|congratulated|pressed)\s+$"
)
#: "the Commissar received X": an office acting on X
_OFFICE_ACT = re.compile(
    r"\b(?:Commissar|Ambassador|Minister|Secretary|President|Premier|Chancellor|Envoy|Consul"
    r"|Charg[ée]|Counsel+or|King)\s+(?:then\s+|also\s+|later\s+)?(?:told|received|informed|asked"
    r"|saw|met|thanked|warned|assured|summoned|congratulated)\s+$"
)
#: "my conversation with X", "talks with X", "an audience with X"
_TALK_WITH = re.compile(
    r"\b(?i:conversations?|talks?|interviews?|meetings?|audience|discussions?|dinner|luncheon)"
    r"\s+with\s+$"
)
#: "the arrest of X", "the appointment of X": what befalls a person
_FATE_OF = re.compile(
    r"\b(?:appointment|nomination|recall|dismissal|arrest|execution|replacement|removal|resignation"
    r"|murder|assassination|death|funeral|release|trial|rehabilitation|expulsion)\s+of\s+$"
)
#: "my daughter X", "his wife, X", "Tarov's wife, X", "his English wife, X": a relative of
#: someone named by a kinship noun
_KIN = re.compile(
    r"(?:\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our)|\b[A-Za-z][a-z]+['’]s)\s+"
    r"(?:(?:eldest|elder|younger|youngest|only|late|first|second|little|infant|adopted|young|new"
    r"|[A-Z][a-z]+(?:an|ish|ese))\s+)?(?:wife|husband|daughter|son|brother|sister|mother"
    r"|father|widow|niece|nephew|cousin|grandson|granddaughter|fianc[ée]e?|stepson|stepdaughter)"
    r",?\s+$"
)
#: "It was X who …": a cleft sentence on a person
_IT_WAS = re.compile(r"\b[Ii]t\s+was\s+$")
#: "X and I went": the writer's companion
_WITH_ME = re.compile(r"\s+and\s+I\s+(?:[a-z]|['’])")
#: "X as Minister", "X as the new envoy": an office given to the word
_AS_OFFICE = re.compile(r"\s+as\s+(?:(?:the|a|an|new|acting|deputy|first|Soviet)\s+)*")
#: "X, who …", "X himself": words used of persons only ("who were": a group)
_PERSONAL = re.compile(r",\s+who\b(?!\s+(?:were|are|have|themselves)\b)|\s+(?:himself|herself)\b")
_SPEECH_START = re.compile(
    r"(?:,\s+(?:however|too|in\s+turn|for\s+his\s+part|for\s+her\s+part|nevertheless|though),)?"
    r"\s+(?:had\s+)?(?:said|says|told|tells|replied|replies|stated|declared|answered|added"
    r"|assured|explained|insisted|informed|promised|remarked|observed|asserted|telegraphed"
    # what a person does at a sentence's start ("X received the delegation"); a state, a
    # city or a body that does it is in the gazetteers and never gets here
    r"|received|refused|resigned|protested|proposed|demanded|complained|admitted|denied"
    r"|retired|died|fled|defected|returned|arrived|presented\s+his"
    # what befalls a person only ("X was arrested", "X had been shot")
    r"|(?:been|was)\s+(?:arrested|shot|executed|sentenced|rehabilitated|recalled|purged|exiled"
    r"|deported|imprisoned|born))\b"
)
#: what may follow a person named in apposition: the clause goes on
_APPOSITION_END = re.compile(r"\s*(?:[,;.)]|$|and\b|who\b|had\b|has\b|was\b|is\b|said\b)")

#: after the agent: not a noun it modifies ("estranged by Freikorps activity")
_CLAUSE_GOES_ON = re.compile(
    r"(?:['’]s)?\d*\s*(?:[,;.:)\]\"”—–]|$|(?:and|or|in|on|at|to|for|of|with|who|which|that|as|when"
    r"|after|before|during|but|had|has|was|were|is|would|will|[a-z]+ed)\b)"
)


#: white space within one paragraph (a heading's title and the next paragraph are apart)
_ONE_LINE_GAP = re.compile(r"[^\S\n]+|[^\S\n]*\n[^\S\n]*")


def sentence_cue(
    text: str, s: int, end: int, spans: list[tuple[int, int]], sentence_start: bool
) -> str | None:
    """Why the unknown word at ``text[s:end]`` is a person, from its sentence, or None.
    ``spans`` are the persons found so far (sorted)."""
    before = text[max(0, s - 90) : s]
    if re.search(r"\b(?:in|at|near|into|across|from|to)\s+$", before[-8:]):
        return None  # "to Varna", "from Kestrand": a place
    if _IT_WAS.search(text, max(0, s - 8), s) and re.match(r"\s+who\s", text[end : end + 6]):
        return "personal pronoun"  # "It was X who signed"
    if _WITH_ME.match(text, end):
        return "a person with the writer"
    if _PERSONAL.match(text, end) and not re.search(
        r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ing)s?$|(?:ers|ists|ians)$", text[s:end]
    ):
        return "personal pronoun"
    m = _AS_OFFICE.match(text, end)
    if m:
        roles = find_roles(text, m.end(), min(len(text), m.end() + 80))
        if roles and roles[0].start <= m.end() + 1 and not roles[0].plural:
            return "holds an office"
    if sentence_start:
        if _SPEECH_START.match(text, end) and not re.search(
            r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ing)s?$|(?:ers|ists|ians)$", text[s:end]
        ):
            return "speech at a sentence start"
        return None
    if re.search(r",\s+$", before) and _APPOSITION_END.match(text, end):
        roles = find_roles(text, max(0, s - 90), s)
        if roles and not roles[-1].plural and re.fullmatch(r",\s+", text[roles[-1].end : s]):
            return "office before"
    if re.search(r"[a-z]\s+$", before) and not re.search(r"(?:ed|ing)$", text[s:end]):
        # a title with its complement right before: "Secretary of State X", "Minister of
        # War X" (a one-word title before a name is read when the name is; a participle
        # after a title is none: "Envoy Linked to ..." in a headline). The roles are
        # read on past the word: where the title's complement takes it in ("of the State
        # Grain Syndicate", "of the Lomsk Arbitration Court") it names a body, not a person
        roles = [
            r for r in find_roles(text, max(0, s - 90), min(len(text), end + 40)) if r.start < s
        ]
        gap = text[roles[-1].end : s] if roles else ""
        if roles and not roles[-1].plural and _ONE_LINE_GAP.fullmatch(gap):
            return "office right before"
    if _FATE_OF.search(before) and _CLAUSE_GOES_ON.match(text, end):
        return "what befalls a person"
    if _KIN.search(before[-40:]):
        return "a relative"
    if (
        _PRONOUN_ACT.search(before) or _OFFICE_ACT.search(before) or _TALK_WITH.search(before)
    ) and _CLAUSE_GOES_ON.match(text, end):
        return "object of a person's act"
    m = _AGENT.search(before)
    if m and m.group("verb") not in _AUTHORING and _CLAUSE_GOES_ON.match(text, end):
        return "agent of a passive"
    for ps, pe in spans:
        if pe <= s and s - pe < 40 and _ACT_ON.fullmatch(text, pe, s):
            return "object of a person's act"
        if ps >= end and ps - end < 30:
            # "Ilvessalo and Commissar Garanin": the found span starts after the title
            gap = text[end:ps]
            if _TITLED_LIST.fullmatch(gap):
                return "coordinated with a person"
    return None
