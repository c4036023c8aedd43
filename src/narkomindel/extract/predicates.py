"""Who a predicate is about: the subject of a post or a fate stated by a verb.

The statement kinds read here, each as a rule over the clause before the
predicate, not over any particular wording of the corpus:

* **copula and perfect** — "X was / had been / has been / is Ambassador in A";
* **appointment and service** — "X was appointed / named / elected / made / sent
  as …", "X served / acted / worked as …", "X became …", "X assumed the functions
  of …", "X remained …";
* **relative clauses** — "X, who had been Deputy Commissar, …";
* **coordination** — "both X and Y had served as Deputy Commissars", "X, Y and Z
  were …": every coordinated subject holds the post (or shares the fate);
* **pronouns** — "he" / "she" stand for the sentence's subject if one was named
  before them in the sentence, else for the subject carried from the sentences
  before (or the person the page is about);
* **"as"** — "appointed X as Ambassador", "X as Foreign Commissar": the name
  right before "as" holds the role.

Every pattern here reads a bounded stretch of text (at most :data:`WINDOW`
characters before the predicate) and has no nested unbounded repetition, so the
time spent is linear in the length of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from narkomindel.model import Mention

__all__ = [
    "Subject", "subjects_before", "is_verb_gap", "VERB_GAP", "AS_GAP", "WINDOW", "coordinated",
    "relative_object",
]  # fmt: skip

#: how far before a predicate its subject is looked for
WINDOW = 160

_ADVERBS = (
    r"(?:later|then|also|briefly|subsequently|again|first|now|still|soon|himself|herself|"
    r"both|all|each|formerly|once|already|eventually|thereafter|successively|simultaneously|"
    # how often or how far he held it: "was twice chairman", "was nominally its head"
    r"twice|thrice|temporarily|concurrently|nominally|officially|effectively|"
    # what a further office adds: "additionally served as", "finally became"
    r"additionally|initially|finally|afterwards|ultimately|jointly|meanwhile|formally|"
    r"until\s+recently|at\s+(?:the|that|one)\s+time|at\s+present|for\s+a\s+time|briefly"
    # a date inside the predicate: "was in 1925 named", "who in May 1925 had been"
    r"|,?\s*(?:in|by|from|since|on)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?"
    r"(?-i:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?1[89]\d\d,?"
    # the year in parentheses, as reference works write it: "became (1929) consul"
    r"|\(\s*(?:in\s+)?1[89]\d\d(?:\s*[-–—]\s*(?:1[89])?\d\d)?\s*\))"
)
_APPOINT = (
    r"(?:appointed|named|made|elected|promoted|sent|posted|transferred|confirmed|designated|"
    r"nominated|accredited|installed|chosen|assigned|dispatched|re-?appointed)"
)
_BE = r"(?:was|were|is|are|been|be|became|become|becomes|remained|remains|was\s+to\s+(?:be|become)|went\s+on\s+to\s+(?:be|become))"
#: where and when a move or a posting went, between its verb and "as": "went to Paris
#: as", "came to Tokyo in 1932 as", "was transferred back to Moscow as"
_WHERE_WHEN = (
    r"(?:\s+(?:(?:back\s+)?(?:to|in|at|for)\s+(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?"
    r"|(?:in|from|by)\s+(?:[A-Z][a-z]+\s+)?1[89]\d\d|there|back|abroad)){0,2}"
)
_AS_VERB = (
    r"(?:(?:went|returned|came|arrived|remained|stayed|served|worked|moved|travell?ed"
    # "would go to Lima as consul", "was to go to Quito as envoy"
    r"|(?:would|was\s+to|were\s+to)\s+go"
    rf"|{_APPOINT}|took\s+over|stayed\s+on){_WHERE_WHEN}"
    r"|serves|acted|functioned|continued|remains|serving|working|acting"
    r"|presented\s+(?:his|her)\s+credentials"
    r"|succeeded\s+[A-Z][\w'’-]+|replaced\s+[A-Z][\w'’-]+),?\s+as"
)
_TO_ROLE = (
    rf"[\"“‘']?{_APPOINT}[\"”’']?(?:\s+(?:as|to\s+be|to\s+the\s+(?:post|office|rank)\s+of|to))?"
    r"|assumed\s+the\s+(?:functions|post|office|duties)\s+of"
    r"|took\s+(?:over\s+|up\s+)?the\s+(?:post|office|duties)\s+of"
    # "held the post of", "continued to hold the office of", "occupied the title of"
    r"|(?:continued\s+to\s+)?(?:held|hold|holds|holding|occupied|occupies)\s+the\s+"
    r"(?:post|office|position|rank|title|portfolio)\s+of"
    r"|rose\s+to\s+(?:be|the\s+(?:post|rank)\s+of)"
    # "was given the post of counsellor", "was offered and accepted the post of"
    r"|(?:given|accepted)\s+the\s+(?:post|office|position|portfolio)\s+of"
)
# "was a Soviet diplomat who served as", "was a Soviet diplomat, ambassador to …", "was
# a revolutionary and diplomat and": what the subject was, then the post itself
_DESCRIBED = (
    r"(?:(?:a|an)\s+(?:(?:[A-Z][a-z]+|[a-z]+)\s+){0,3}?(?:diplomat|politician|statesman|"
    r"revolutionary|official|Bolshevik|communist|Communist|economist|journalist|lawyer|"
    r"functionary|party\s+worker|figure)(?:\s+and\s+(?:[a-z]+\s+)?(?:diplomat|politician|"
    r"statesman|revolutionary|official))?(?:\s*,\s*|\s+and\s+|\s+who\s+(?:(?:later|also|"
    rf"then|briefly|first)\s+)?(?:(?:had|has)\s+)?(?:{_BE}\s+)?(?:(?:{_AS_VERB}|{_TO_ROLE})\s+)?))"
)
#: the text between a subject and its role: verbs of being, serving, appointment
VERB_GAP = re.compile(
    rf"\s*(?:,\s*)?(?:{_ADVERBS}\s+){{0,2}}(?:(?:had|has|have)\s+)?(?:{_ADVERBS}\s+)?"
    rf"(?:{_BE}\s+(?:{_ADVERBS}\s+)?){{0,2}}{_DESCRIBED}?(?:(?:{_AS_VERB}|{_TO_ROLE})\s+)?"
    r"(?:(?:the|a|an|one\s+of\s+the|his|her|its|their|Soviet|Russian|first|new|sole|chief|last|"
    r"tsarist|imperial|provisional|future|permanent|official|senior|onetime|one-time|erstwhile|"
    r"(?-i:[A-Z]\.\s?[A-Z]\.))\s+"
    r"|(?-i:[A-Z][\w.]+['’]s)\s+"
    # "was named the republic's first consul": the state's, by a noun
    r"|the\s+(?:country|state|republic|government|regime|nation|commissariat)['’]s\s+"
    # "worked as the embassy's first secretary", "became the legation's counsellor"
    r"|the\s+(?:(?:Soviet|Russian)\s+)?(?:embassy|legation|mission|consulate)['’]s\s+){0,4}",
    re.I,
)
_HAS_VERB = re.compile(rf"\b(?:{_BE}|{_AS_VERB}|{_TO_ROLE})\b", re.I)


def is_verb_gap(gap: str) -> bool:
    """Whether ``gap`` links a subject to a role that follows it (a verb is needed)."""
    return len(gap) <= 90 and bool(VERB_GAP.fullmatch(gap)) and bool(_HAS_VERB.search(gap))


#: "appointed X as Ambassador", "X as Foreign Commissar"
AS_GAP = re.compile(
    r"\s*,?\s*(?<![\w])as\s+(?:(?:the|a|an|Soviet|Russian|new|its|his|her)\s+|[A-Z][a-z]+['’]s\s+){0,2}"
)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_WHO = re.compile(r",?\s*who\s+$")
_COORD = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
_BOTH = re.compile(r"(?:both|neither|either)\s+$", re.I)
#: a name governed by a preposition is no subject ("under X", "together with X", "like X")
_GOVERNED = re.compile(
    r"\b(?:under|with|beside|alongside|like|unlike|besides|behind)\s+(?:(?:Mr\.?|M\.|Comrade)\s+)?$"
)


_WHOM = re.compile(r"\bwhom\s+$")
#: between a subject and the object of its relative clause: "X, who had met Y", "X, whom"
_REL_OBJECT = re.compile(r"\s*,\s*(?:who|whom)\b[^,;:()\n]{0,60}")


@dataclass(frozen=True)
class Subject:
    """The subject of a predicate: person mention indices (several when coordinated), or
    a pronoun (``pronoun`` true, ``persons`` empty) to be resolved by the caller."""

    persons: tuple[int, ...]
    pronoun: bool
    start: int  # where the subject begins (for the claim's evidence)


def coordinated(text: str, mentions: list[Mention], persons: list[int], last: int) -> list[int]:
    """The persons coordinated with mention ``last`` before it ("X, Y and Z")."""
    out = [last]
    k = persons.index(last)
    while k > 0:
        prev, cur = persons[k - 1], persons[k]
        gap = text[mentions[prev].end : mentions[cur].start]
        if not _COORD.fullmatch(gap) or mentions[cur].start - mentions[prev].end > 8:
            break
        out.insert(0, prev)
        k -= 1
    return out


def subjects_before(
    text: str,
    mentions: list[Mention],
    persons: list[int],
    sentence_start: int,
    pos: int,
    *,
    as_gap: bool = False,
) -> Subject | None:
    """The subject whose verb ends right at ``pos`` (where a role phrase begins), if the
    text between them is a verb gap: the nearest person mention (with those coordinated
    with it) or pronoun before ``pos`` in the sentence, within :data:`WINDOW`."""
    lo = max(sentence_start, pos - WINDOW)
    before = [i for i in persons if lo <= mentions[i].start and mentions[i].end <= pos]
    last_person = before[-1] if before else None
    pron_end = max(
        (m.end() for m in _PRONOUN.finditer(text, lo, pos)),
        default=-1,
    )
    if (
        last_person is not None
        and len(before) >= 2
        and re.fullmatch(
            r"['’]s\s+(?:(?:private|personal|chief|own|first)\s+)?",
            text[mentions[last_person].end : pos],
        )
        and mentions[before[-2]].end >= pron_end
    ):
        # "X was Litvinov's envoy in Oslo": the possessor names whose envoy, X holds it
        pos, last_person, before = mentions[last_person].start, before[-2], before[:-1]
    if last_person is not None and mentions[last_person].end >= pron_end:
        p = last_person
        if _GOVERNED.search(text, max(lo, mentions[p].start - 16), mentions[p].start):
            return None  # "served under X as …", "worked with X as …": X is not the subject
        between = text[mentions[p].end : pos]
        if _possessor(text, mentions[p].end):
            return None
        if _WHOM.search(text, max(lo, mentions[p].start - 8), mentions[p].start) and re.match(
            rf"\s*(?:(?:had|has|have)\s+)?{_APPOINT}\b", between
        ):
            # "Y, whom X (had) made head of …": the office is Y's, not X's
            if len(before) >= 2 and _REL_OBJECT.fullmatch(
                text[mentions[before[-2]].end : mentions[p].start]
            ):
                y = before[-2]
                return Subject((y,), False, mentions[y].start)
            return None
        x = relative_object(text, mentions, before, pos)
        if x is not None and is_verb_gap(between):
            # "X, who had met Y, became ambassador": Y is the object of X's relative clause
            group = coordinated(text, mentions, before[: before.index(x) + 1], x)
            return Subject(tuple(group), False, mentions[group[0]].start)
        # "X, who had been ...", "X had been ...", "X (1880-1938) was ..."
        # "X, a Soviet diplomat, was in 1925 named …": an apposition before the verb
        rel = re.match(
            r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:a|an|the)\s+[^,;:()]{1,50},(?=\s*[a-z]))?"
            r"(?:,\s*who\s+|\s+who\s+)?",
            between,
        )
        rest = between[rel.end() :] if rel else between
        if is_verb_gap(rest) or (as_gap and AS_GAP.fullmatch(rest) and not rel_used(rel)):
            group = coordinated(text, mentions, before, p)
            first = mentions[group[0]].start
            both = _BOTH.search(text, max(lo, first - 10), first)
            start = both.start() if both else first
            return Subject(tuple(group), False, start)
        return None
    if pron_end > 0 and is_verb_gap(text[pron_end:pos]):
        return Subject((), True, pron_end - len(_pronoun_at(text, pron_end)))
    return None


def relative_object(text: str, mentions: list[Mention], before: list[int], pos: int) -> int | None:
    """The person whose relative clause has the last person(s) of ``before`` for its
    object, closed by a comma before ``pos`` ("X, who had met Y and Z, became …": X), or
    None."""
    group = coordinated(text, mentions, before, before[-1]) if before else []
    k = before.index(group[0]) if group else 0
    if k == 0 or not text[mentions[before[-1]].end : pos].lstrip().startswith(","):
        return None
    x = before[k - 1]
    found = _REL_OBJECT.fullmatch(text, mentions[x].end, mentions[group[0]].start)
    return x if found else None


def rel_used(rel: re.Match[str] | None) -> bool:
    return bool(rel and rel.group(0).strip())


def _pronoun_at(text: str, end: int) -> str:
    return "She" if text[max(0, end - 3) : end].lower() == "she" else "He"


def _possessor(text: str, end: int) -> bool:
    """A name followed by 's and a noun ("X's deputy was ...") is not the subject."""
    return bool(re.match(r"['’]s?\s+(?!(?:was|were|had|has|is)\b)[a-z]", text[end : end + 40]))
