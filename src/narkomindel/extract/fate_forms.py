"""More ways a text states a fate (part of ``extract.fates``), each a rule over the
clause, for any person:

* **nouns of fate** — "the death of X", "X's arrest", "the recall of X and Y",
  "Dismissal of X";
* **a fate in parentheses** after a name — "X (imprisoned in Berlin)", "X (shot 1938)";
* **a fate shared by a list** — "… managed to survive: X, Y and Z", "X and Y were
  among the victims of …", "Officials were tried and shot. They included X, Y …";
* **elliptical clauses** — "Born 1889; died Sept. 20, 1937": the fate of the person
  the sentence (or the page) is about;
* verbs of recall and dismissal ("was called back", "was dismissed", "was removed
  from his post") and of violent death ("was assassinated", "was shot dead").

Patterns read bounded stretches (a clause, a parenthesis, 200 characters of a
list), so the time is linear in the text.
"""

from __future__ import annotations

import re

from narkomindel.extract.clauses import ClaimContext
from narkomindel.extract.dates import DateMatch
from narkomindel.extract.fates import COORD_APPOSED, EXTRACTOR, date_opening
from narkomindel.model import Claim

__all__ = ["FateForms", "NOUN_FATES", "VERB_FATES"]

#: nouns of fate and the fate they name
NOUN_FATES = {
    "death": "died", "murder": "died", "assassination": "died", "suicide": "died",
    "execution": "executed", "shooting": "executed", "arrest": "arrested",
    "imprisonment": "imprisoned", "exile": "exiled", "deportation": "exiled",
    "recall": "recalled", "dismissal": "dismissed", "removal": "dismissed",
    "defection": "defected", "disappearance": "purged", "rehabilitation": "rehabilitated",
}  # fmt: skip
_NOUN = "|".join(sorted(NOUN_FATES, key=len, reverse=True))
#: nouns of fate read only before "of" ("the purge of X and Y"; "X's purge" is X's own)
_OF_FATES = {**NOUN_FATES, "purge": "purged"}
# "the death of X", "Dismissal of X", "death came to X"
_NOUN_OF = re.compile(
    rf"\b(?P<noun>{_NOUN}|purge)\s+(?:(?:is|was|has\s+been)\s+(?:reported|announced)\s+)?"
    r"(?:of|came\s+to)\s+",
    re.I,
)
# "X's arrest", "X’s death"
_POSSESSIVE_NOUN = re.compile(rf"['’]s?\s+(?:(?:sudden|untimely|violent|eventual|subsequent|own|house|brief|"
                              rf"first|second|final|later|early|tragic|mysterious)\s+)?(?P<noun>{_NOUN})\b", re.I)  # fmt: skip
#: verbs this module adds to those of :mod:`.fates`
VERB_FATES: list[tuple[str, re.Pattern[str]]] = [
    ("recalled", re.compile(
        r"\b(?:was|were|(?:had|has)\s+(?:\w+\s+)?been)\s+(?:\w+ly\s+)?(?:called\s+back|withdrawn|"
        r"summoned\s+(?:back\s+)?to\s+Moscow|ordered\s+(?:back|home)|(?:summoned|called|sent)\s+(?:back\s+)?home|"
        r"ordered\s+to\s+return|replaced\s+(?:as\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+|in\s+[A-Z][\w-]+\s+)?by)\b"
        r"|\b(?:received|got)\s+(?:an?\s+|the\s+)?(?:orders?|instructions?|summons)\s+to\s+return\b", re.I)),
    ("dismissed", re.compile(
        r"\b(?:was|were|(?:had|has)\s+(?:\w+\s+)?been)\s+(?:\w+ly\s+)?(?:dismissed|sacked|ousted|removed\s+from|relieved\s+of|removed\s+as|"
        r"fired|pensioned\s+off|(?:stripped|deprived)\s+of\s+(?:his|her|all)\s+(?:posts?|offices?|duties|rank)|"
        r"(?:forced|compelled|obliged|made)\s+to\s+(?:resign|retire|step\s+down))\b"
        r"|\blost\s+(?:his|her)\s+(?:post|job|office|position)\b(?!\s+(?:(?:in|at)\s+(?-i:[A-Z])|to\b))", re.I)),
    # a mission lost to a successor is a recall ("lost his post in Oslo to X")
    ("recalled", re.compile(r"\blost\s+(?:his|her)\s+post\s+(?:(?:in|at)\s+[A-Z][\w-]+|to)\b")),
    ("died", re.compile(
        r"\b(?:was|were|had\s+been|being)\s+(?:\w+ly\s+)?(?:assassinated|murdered|shot\s+dead)\b", re.I)),
]  # fmt: skip
# a fate done to a person named as the verb's object: "Moscow recalled its envoy X",
# "Stalin dismissed X", "the NKVD arrested X", "an assassin shot and killed X"
#: the words for an envoy that name whom a government recalls ("its envoy", "the counsellor")
_ENVOY = (r"[Aa]mbassador|[Ee]nvoy|[Mm]inister|[Pp]olpred|[Cc]harg[ée]|[Rr]epresentative|"
          r"[Cc]ounsellor|[Cc]onsul|[Aa]ttach[ée]|[Dd]elegate")  # fmt: skip
_ACTIVE_BEFORE = re.compile(
    r"\b(?P<verb>recalled|dismissed|arrested|murdered|assassinated|killed|rehabilitated|replaced|replace)\s+"
    rf"(?!by\b)(?:(?:and\s+killed|and\s+arrested)\s+)?(?P<words>(?:(?:its|his|her|their|the|former|{_ENVOY}|"
    r"[Cc]ommissar|[Dd]eputy|[Ss]oviet|[Gg]eneral|(?!(?:in|at|on|for|from|with|under|after|during|before|since|as|of|to|into|near)\s)[a-z]+)\s+){0,4})$"
)
_ACTIVE_VALUE = {"recalled": "recalled", "dismissed": "dismissed", "arrested": "arrested",
                 "murdered": "died", "assassinated": "died", "killed": "died",
                 "rehabilitated": "rehabilitated", "replaced": "recalled", "replace": "recalled"}  # fmt: skip
#: "recalled" also means "remembered": as an act of recall it needs its envoy named
_MISSION_WORD = re.compile(rf"\b(?:its|their|{_ENVOY})\b")
_MISSION_AFTER = re.compile(rf",\s+(?:its|their|the)\s+(?:\w+\s+)?(?:{_ENVOY})\b")
# who recalls: a government, a capital standing for one, a commissariat
_RECALLING_SIDE = re.compile(
    r"\b(?:[Gg]overnment|Moscow|Kremlin|[Cc]ommissariat|Narkomindel|NKID|Politburo)\s+"
    r"(?:(?:has|had|have|then|soon|promptly|suddenly|abruptly)\s+)*$"
)
_DEFECTOR_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]|Soviet)\s+(?:\w+\s+)?defector\s+$")
_DEFECTOR_AFTER = re.compile(r",\s+(?:a|the)\s+(?:\w+\s+)?defector\b")
_PAREN_FATE = re.compile(
    r"\s*\(\s*(?:later\s+|subsequently\s+)?(?P<verb>executed|shot|arrested|imprisoned|exiled|died|killed|"
    r"purged|murdered|assassinated|recalled|dismissed|d\.)(?=[\s,;)])",
    re.I,
)
_PAREN_VALUE = {
    "executed": "executed", "shot": "executed", "arrested": "arrested",
    "imprisoned": "imprisoned", "exiled": "exiled", "died": "died", "killed": "died",
    "d.": "died", "purged": "purged", "murdered": "died", "assassinated": "died",
    "recalled": "recalled", "dismissed": "dismissed", "sentenced": "sentenced",
    "deported": "exiled", "repressed": "purged",
}  # fmt: skip
# a fate verb ending in a colon: the list after it shares the fate
_ALL_FATE_VERBS = re.compile(
    r"\b(?P<verb>survive|survived|were\s+(?:shot|executed|arrested|recalled|purged|imprisoned)|"
    r"perished|died)\s*:",
    re.I,
)
_LIST_VERB_VALUE = {
    "survive": "survived", "survived": "survived", "shot": "executed",
    "executed": "executed", "arrested": "arrested", "recalled": "recalled",
    "purged": "purged", "imprisoned": "imprisoned", "perished": "died", "died": "died",
}  # fmt: skip
# "such prominent purge victims as X, Y and Z": the names listed after "as"
_VICTIMS_AS = re.compile(r"\bvictims\s+(?:such\s+as|as|like)\s+", re.I)
# "X and Y were among the victims of ...", "... were among those shot"
_AMONG_AFTER = re.compile(
    r"(?:,[^,;()]{1,60},|\s+and\s+(?:his|her|their)\s+\w+)?\s*(?:were|was|are|is)\s+(?:both\s+|all\s+)?among\s+(?:the\s+)?(?:(?:\w+\s+){0,2})"
    r"(?P<what>victims|those\s+(?:arrested|shot|executed|purged|repressed|killed|recalled|dismissed)|survivors|dead|"
    r"arrested|shot|executed|purged|repressed|killed)\b",
    re.I,
)
_AMONG_VALUE = {"victims": "purged", "arrested": "arrested", "shot": "executed",
                "executed": "executed", "purged": "purged", "repressed": "purged",
                "survivors": "survived", "dead": "died", "killed": "died", "recalled": "recalled",
                "dismissed": "dismissed"}  # fmt: skip
# a fate stated of a group noun, and the sentence that names its members
_GROUP_FATE = re.compile(
    r"\b(?:officials|diplomats|men|leaders|members|persons|people|officers|commissars)\b"
    r"[^.;]{0,80}?\b(?:were|have\s+been|had\s+been)\s+(?:\w+\s+){0,3}?"
    r"(?P<verb>executed|shot|arrested|purged|recalled|imprisoned)\b",
    re.I,
)
_MEMBERS = re.compile(
    r"\W*(?:They|These|Those|Among\s+them|The\s+victims)(?:\s+(?:include[ds]?|were|are|included)\b|\W*$)",
    re.I,
)
_MEMBERS_THEN_NAME = re.compile(r"\W*(?:They|These|Those|Among\s+them|The\s+victims)\W*$")
# a clause that opens with the fate verb: its subject is the sentence's (or page's) person
_ELLIPTICAL_OPEN = re.compile(
    r"(?:^|;\s*|\.\s+)(?:and\s+)?(?P<verb>[Dd]ied|[Ee]xecuted|[Ss]hot|[Aa]rrested)\b(?=\s+(?:in|on|at|\d|[A-Z]))"
)
# "his arrest", "until her death in 1937": the fate of the person the pronoun stands for
_APPOSED = re.compile(r"\s*,\s*")
_SENTENCE_BREAK = re.compile(r"[;!?]|\.\s+[A-Z]")  # searched up to a date's first letter
_PRONOUN_NOUN = re.compile(
    r"\b(?:[Hh]is|[Hh]er)\s+(?:(?:sudden|untimely|violent|eventual|subsequent|own|early|tragic|"
    r"mysterious|final|second|first)\s+)?(?P<noun>death|arrest|execution|imprisonment|exile|recall|"
    r"dismissal|defection|disappearance|murder|assassination|suicide|rehabilitation)\b"
    r"(?!\s+(?:sentence|penalty|warrant|certificate|mask|camp)s?\b)"
)
# "Arrested in 1937, X was shot": a participle opening the sentence, and its subject after it
_PARTICIPLE_OPEN = re.compile(
    r"(?:After\s+being|Having\s+been|Once)?\s*(?P<verb>[Aa]rrested|[Rr]ecalled|[Ii]mprisoned|"
    r"[Ee]xiled|[Dd]ismissed|[Ss]entenced|[Dd]eported|[Oo]rdered\s+(?:home|back)|[Ss]ummoned\s+(?:back\s+|home\s+)?to\s+Moscow|"
    r"[Cc]alled\s+back)\b[^,;.:()]{0,80},\s+"
)
_PARTICIPLE_VALUE = {
    "arrested": "arrested", "recalled": "recalled", "imprisoned": "imprisoned", "exiled": "exiled",
    "dismissed": "dismissed", "sentenced": "sentenced", "deported": "exiled",
    "ordered": "recalled", "summoned": "recalled", "called": "recalled",
}  # fmt: skip
# "X, later shot, was ...": a fate in apposition to the name
_APPOSED_FATE = re.compile(
    r"\s*,\s*(?:(?:who\s+was\s+)?(?:later|subsequently|afterwards|eventually)\s+)(?P<verb>executed|shot|arrested|"
    r"imprisoned|exiled|purged|repressed|murdered|assassinated|recalled|dismissed)\b(?:\s+(?:in|on)\s+[^,;()]{1,20})?\s*[,;.)]"
)
# "X, recalled in 1937 and shot in 1938, was ...": a dated participle in apposition to the
# name, with no adverb before it (the date, or "to Moscow", marks it a fate, not a verb of X)
_APPOSED_DATED = re.compile(
    r"\s*,\s*(?P<verb>recalled|executed|shot|arrested|imprisoned|exiled|deported|purged|repressed|"
    r"murdered|assassinated|dismissed|sentenced)\s+(?:(?:in|on)\s+[^,;()]{1,20}?|(?:back\s+)?to\s+Moscow)"
    r"(?:\s*[,;)]|\s+and\s)"
)
_IN_CUSTODY = re.compile(
    r"\s+(?:in|under)\s+(?:(?:a|the)\s+)?(?:(?:labou?r|prison|concentration)\s+)?(?:camps?|Gulag|prison|"
    r"custody|interrogation|torture|arrest)\b",
    re.I,
)
# "the plane crashed, killing X and Y": those killed
_KILLING_BEFORE = re.compile(
    r"\bkilling\s+(?:(?:the|its|his|her|former|[Aa]mbassador|[Ee]nvoy|[a-z]+)\s+){0,3}$"
)
# "an assassin shot X dead"
_SHOT_BEFORE = re.compile(r"\b(?:shot|gunned\s+down)\s+$")
# "an order to return home reached X": the recall of the one it reached
_SUMMONS_REACHED = re.compile(
    r"\b(?:summons|order|orders|instructions?)\s+to\s+return\b[^.;]{0,30}?\breached\s+"
)
# "Moscow ordered X home", "summoned its envoy X back to Moscow": a recall told actively
_ORDERED_BEFORE = re.compile(
    rf"\b(?:ordered|summoned|called)\s+(?:(?:its|his|her|their|the)\s+(?:(?:{_ENVOY}|[a-z]+)\s+){{0,2}})?$"
)
_ORDERED_AFTER = re.compile(r"\s+(?:(?:back\s+)?home|back(?:\s+to\s+Moscow)?|to\s+Moscow)\b")
#: what a possessor may own that is a person, so that "her death" after "X's wife" is not X's
_PERSON_NOUN = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:wife|husband|son|daughter|brother|sister|father|mother|children|child|"
    r"family|widow|deputy|assistant|secretary|successor|predecessor|friend|colleague|aide|"
    r"associates?|staff|men|agents?|envoy|ambassador|counsellor|driver|chauffeur|protégé|"
    r"lover|mistress|fiancée?|companion|partner|nephew|niece|cousin|boss|chief|superior)\b",
    re.I,
)
_OPEN_VALUE = {"died": "died", "executed": "executed", "shot": "executed", "arrested": "arrested"}
# an entry's clause of participles after a semicolon or a dash, its subject the entry's
# person: "X – Soviet diplomat; recalled in 1937, arrested and shot in 1938"
_ENTRY_CLAUSE = re.compile(
    r"(?:;|\s[–—])\s*(?P<verb>(?:recalled|arrested|shot|executed|sentenced|exiled|imprisoned|dismissed|"
    r"deported|rehabilitated)\b(?=\s+(?:in|on|at|to|from|by|and)\b|\s*[\d,])|removed\s+from|sent\s+into\s+exile)\b"
)
_ENTRY_NEXT = re.compile(
    r"[^,;:.()]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:later|then|eventually|posthumously)\s+)?"
    r"(?P<verb>recalled|arrested|shot|executed|sentenced|exiled|imprisoned|dismissed|deported|"
    r"sent\s+into\s+exile|rehabilitated)\b"
)
_ENTRY_VALUE = {"recalled": "recalled", "arrested": "arrested", "shot": "executed",
                "executed": "executed", "sentenced": "sentenced", "exiled": "exiled",
                "imprisoned": "imprisoned", "dismissed": "dismissed", "deported": "exiled",
                "removed": "dismissed", "sent": "exiled", "rehabilitated": "rehabilitated"}  # fmt: skip


#: a sentence passed in the active voice, its convict the object: "the court sentenced X to
#: death", "the collegium condemned him to ten years"; a pronoun is the person carried
_SENTENCED_OBJECT = re.compile(
    r"\b(?:sentenced|condemned)\s+(?:(?P<pron>him|her)\s+)?(?=(?:\S[^;.]{0,60}?\s)?to\s+(?:death|be\s+shot|\w+\s+years?|life|"
    r"(?:the\s+)?(?:highest|supreme|capital)\s+(?:measure|penalty)|(?:a\s+)?(?:prison|labou?r|camp)|imprisonment|exile)\b)"
)

# every rule below starts from one of these words (a cheap test before reading a sentence)
#: the words any of these rules starts from (a sentence holding none is not read further),
#: each a whole word in any case; "called back" and "(d." are looked for apart
_CUE_WORDS = frozenset(NOUN_FATES) | frozenset(
    "purge survive survived perished died victims survivors dead executed shot arrested purged "
    "recalled imprisoned withdrawn dismissed sacked ousted removed relieved assassinated "
    "murdered killed exiled sentenced deported summoned ordered replace replaced defector "
    "fired pensioned stripped deprived forced compelled obliged made lost repressed killing "
    "summons gunned home return condemned".split()
)
_WORD = re.compile(r"\b\w+")
_CALLED_BACK = re.compile(r"\bcalled\s+back\b", re.I)
_DIED_ABBREV = re.compile(r"\(\s*d\.", re.I)


def _has_cue(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds a word any fate form starts from: one look at its
    words (a set) where a pattern of all the cue words was tried at every letter."""
    if not _CUE_WORDS.isdisjoint(w.lower() for w in _WORD.findall(text, s, e)):
        return True
    return _CALLED_BACK.search(text, s, e) is not None or (
        "(" in text[s:e] and _DIED_ABBREV.search(text, s, e) is not None
    )


class FateForms(ClaimContext):
    """The further fate rules (:meth:`fate_forms`), run sentence by sentence after
    :meth:`~narkomindel.extract.fates.FateRules.fates`."""

    group_fate: tuple[str, int] | None = None  # a group noun's fate, for the next sentence
    group_list: str | None = None  # the fate of a list of names now being read

    def _to(
        self, who: int, value: str, s: int, e: int, dates: list[DateMatch], conf: float,
        at: int | None = None,
    ) -> None:  # fmt: skip
        lead = self.text[max(0, s - 40) : s]
        modality = (
            "rumoured"
            if re.search(r"\b(?:rumou?red|reportedly|allegedly)\b", lead, re.I)
            else "asserted"
        )
        if re.search(r"\b(?:not|never|nor)\s+$", lead):
            modality = "negated"
        near = [
            d
            for d in dates
            if e <= d.start <= e + 40
            and d.kind != "decade"
            and not _SENTENCE_BREAK.search(self.text, e, d.start + 1)
        ]  # a date of the next sentence ("his first arrest. From 1910 to 1915 he") is not its date
        if not near:  # "arrested in 1910, his first arrest": the date the noun is apposed to
            near = [d for d in dates if d.end <= s and _APPOSED.fullmatch(self.text, d.end, s)]
        if not near and at is not None:  # "In 1938 he was dismissed": the clause's opening date
            opened = date_opening(self.text, dates, at)
            near = [opened] if opened else []
        date = near[0].edtf if near else None
        end = max(near[0].end, e) if near else e
        lo = min(s, self.mentions[who].start, near[0].start if near else s)
        hi = max(end, self.mentions[who].end)
        self.add(Claim("fate", who, lo, hi, self.text[lo:hi], EXTRACTOR, conf, value=value,
                       date_start=date, modality=modality))  # fmt: skip

    def _names_from(self, persons: list[int], pos: int, stop: int) -> list[int]:
        """The persons named from ``pos`` to ``stop`` that are not possessors."""
        return [
            i for i in persons if pos <= self.mentions[i].start < stop and not self._possessive(i)
        ]

    def fate_forms(self, s: int, e: int, persons: list[int], dates: list[DateMatch],
                   carried: int | None) -> None:  # fmt: skip
        text, ms = self.text, self.mentions
        if self.group_fate is None and self.group_list is None and not _has_cue(text, s, e):
            return  # no word any of these rules starts from
        group, self.group_fate = self.group_fate, None
        listing, self.group_list = self.group_list, None
        members = _MEMBERS.match(text, s, e) if group is not None else None
        if group is not None and members is None and persons:
            # "They" and the first name of a list, one name a line ("They\n\nM. X, ...")
            members = _MEMBERS_THEN_NAME.match(text, s, ms[persons[0]].start)
        if group is not None and members is not None:
            names = self._names_from(persons, s, e)
            for i in names:
                self._to(i, group[0], ms[i].start, ms[i].end, dates, 0.7)
            if not names or ms[names[-1]].end > e:
                # "They include:" and the list follows, or the sentence was cut inside its name
                self.group_list = group[0]
        elif listing is not None:
            # a list item: a sentence opening with a name (or a stray initial of one), or
            # one cut from the last item inside its name ("M." | "X, former envoy")
            first = [i for i in persons if ms[i].start - s <= 8]
            if first:
                self._to(first[0], listing, ms[first[0]].start, ms[first[0]].end, dates, 0.65)
                self.group_list = listing
            elif (e - s <= 6 and not persons) or self._inside_name(s):
                self.group_list = listing
        if "sentenced" in text[s:e] or "condemned" in text[s:e]:
            self._sentenced_objects(s, e, persons, dates, carried)
        gm = _GROUP_FATE.search(text, s, e)
        if gm and not self._names_from(persons, s, gm.start()):
            self.group_fate = (_LIST_VERB_VALUE.get(gm.group("verb").lower(), "purged"), gm.start())
        for m in _NOUN_OF.finditer(text, s, e):
            nxt = [i for i in persons if ms[i].start >= m.end()]
            gap = text[m.end() : ms[nxt[0]].start] if nxt else ""
            if nxt and len(gap) <= 40 and not re.search(r"[,;.:()]|\b(?:and|who|which)\b", gap):
                value = _OF_FATES[m.group("noun").lower()]
                for i in self._coordinated_after(persons, nxt[0], e):
                    self._to(i, value, m.start(), ms[i].end, dates, 0.75)
        for i in persons:
            pm = _POSSESSIVE_NOUN.match(text, ms[i].end, e)
            if pm:
                self._to(
                    i, NOUN_FATES[pm.group("noun").lower()], ms[i].start, pm.end(), dates, 0.75
                )
            par = (
                _PAREN_FATE.match(text, ms[i].end, e)
                or _APPOSED_FATE.match(text, ms[i].end, e)
                or _APPOSED_DATED.match(text, ms[i].end, e)
            )
            if par:
                verb = par.group("verb").lower()
                value = _PAREN_VALUE.get(verb, "purged")
                if value == "died" and _IN_CUSTODY.match(text, par.end("verb"), e):
                    value = "died in custody"  # "X (died in prison, 1939)"
                self._to(i, value, ms[i].start, par.end("verb"), dates, 0.75)
            if _KILLING_BEFORE.search(text, max(s, ms[i].start - 50), ms[i].start):
                for j in self._coordinated_after(persons, i, e):
                    self._to(j, "died", ms[i].start, ms[j].end, dates, 0.7)
            if re.match(r"\s+dead\b", text[ms[i].end : ms[i].end + 6]) and _SHOT_BEFORE.search(
                text, max(s, ms[i].start - 20), ms[i].start
            ):
                self._to(i, "died", ms[i].start, ms[i].end + 5, dates, 0.7)
            if _ORDERED_AFTER.match(text, ms[i].end, e) and _ORDERED_BEFORE.search(
                text, max(s, ms[i].start - 50), ms[i].start
            ):
                self._to(i, "recalled", ms[i].start, ms[i].end, dates, 0.7)
        for m in _SUMMONS_REACHED.finditer(text, s, e):
            reached = [i for i in persons if m.end() <= ms[i].start <= m.end() + 80]
            if reached and not re.search(r"[.;]", text[m.end() : ms[reached[0]].start]):
                self._to(
                    reached[0], "recalled", m.start(), ms[reached[0]].end, dates, 0.65, m.start()
                )
        for m in _VICTIMS_AS.finditer(text, s, e):
            nxt = [i for i in persons if ms[i].start >= m.end()]
            if nxt and ms[nxt[0]].start - m.end() <= 2:
                for i in self._coordinated_after(persons, nxt[0], e):
                    self._to(i, "purged", m.start(), ms[i].end, dates, 0.7)
        for m in _ALL_FATE_VERBS.finditer(text, s, e):
            value = _LIST_VERB_VALUE[m.group("verb").split()[-1].lower()]
            for i in self._names_from(persons, m.end(), e):
                self._to(i, value, m.start(), ms[i].end, dates, 0.7)
        for i in persons:
            am = _AMONG_AFTER.match(text, ms[i].end, e)
            if am:
                what = am.group("what").lower().split()[-1]
                for j in self._coordinated_before(persons, i):
                    self._to(j, _AMONG_VALUE[what], ms[j].start, am.end(), dates, 0.75)
        for value, pattern in VERB_FATES:
            for m in pattern.finditer(text, s, e):
                subj = self._subject_of_verb(persons, s, m.start(), carried)
                for i in subj:
                    self._to(i, value, ms[i].start, m.end(), dates, 0.75, m.start())
        self._pronoun_nouns(s, e, persons, dates, carried)
        for i in persons:
            am = _ACTIVE_BEFORE.search(text, max(s, ms[i].start - 80), ms[i].start)
            if am is None:
                continue
            if am.group("verb") == "recalled" and not (
                _MISSION_WORD.search(am.group("words"))
                or _MISSION_AFTER.match(text, ms[i].end, e)
                or _RECALLING_SIDE.search(text, max(s, am.start() - 40), am.start())
            ):
                continue
            if re.search(
                r"\b(?:was|were|been|being)\s+$", text[max(s, am.start() - 12) : am.start()]
            ):
                continue  # "Y was recalled X days …": a passive, its subject is not the name after
            self._to(i, _ACTIVE_VALUE[am.group("verb")], am.start(), ms[i].end, dates, 0.7,
                     am.start())  # fmt: skip
        for i in persons:
            # "the defector X", "X, a defector,"
            if _DEFECTOR_BEFORE.search(text, max(s, ms[i].start - 30), ms[i].start) or (
                _DEFECTOR_AFTER.match(text, ms[i].end, e)
            ):
                self._to(i, "defected", ms[i].start, ms[i].end, dates, 0.7)
        pm = _PARTICIPLE_OPEN.match(text, s, e)
        if pm and carried is not None and re.match(r"(?:he|she)\b", text[pm.end() : pm.end() + 4]):
            # "Recalled in 1937, he was shot": the pronoun's person, carried from before
            value = _PARTICIPLE_VALUE[pm.group("verb").split()[0].lower()]
            self._to(carried, value, pm.start("verb"), pm.end("verb"), dates, 0.65)
        elif pm and persons:
            opener = persons[0]
            # the subject opens the main clause: at most a title or a role before the name
            if ms[opener].start >= pm.end() and re.fullmatch(
                r"(?:(?:the|former|[A-Z][a-z]+|[a-z]+)\s+){0,3}", text[pm.end() : ms[opener].start]
            ):
                value = _PARTICIPLE_VALUE[pm.group("verb").split()[0].lower()]
                self._to(opener, value, pm.start("verb"), pm.end("verb"), dates, 0.7)
        self._entry_clauses(s, e, persons, dates, carried)
        if not persons and carried is not None:
            for m in _ELLIPTICAL_OPEN.finditer(text, s, e):
                if text[max(s, m.start() - 3) : m.start()].strip().endswith("|"):
                    continue
                self._to(carried, _OPEN_VALUE[m.group("verb").lower()], m.start("verb"),
                         m.end("verb"), dates, 0.7)  # fmt: skip

    def _sentenced_objects(
        self, s: int, e: int, persons: list[int], dates: list[DateMatch], carried: int | None
    ) -> None:
        """The convict of an active sentence: the person right after "sentenced" (with a
        description at most between), or, for "him" / "her", the person carried from before
        when the sentence names nobody before the verb."""
        ms = self.mentions
        for m in _SENTENCED_OBJECT.finditer(self.text, s, e):
            lead = self.text[max(s, m.start() - 40) : m.start()]
            if re.search(
                r"\b(?:was|were|been|being)\s+$|\b(?:not|never|would|might|could|may)\b[^,;.]*$",
                lead,
            ):
                continue  # a passive ("was sentenced to") is the verb rules'; a negation, a conjecture
            if m.group("pron"):
                if carried is None or any(ms[i].start < m.start() for i in persons):
                    continue
                self._to(carried, "sentenced", m.start(), m.end(), dates, 0.7)
                continue
            after = [i for i in persons if ms[i].start >= m.end()]
            if not after:
                continue
            gap = self.text[m.end() : ms[after[0]].start]
            if len(gap) <= 30 and not re.search(r"[,;:()]|\b(?:by|with|and|who|to)\b", gap):
                self._to(after[0], "sentenced", m.start(), ms[after[0]].end, dates, 0.75)

    def _entry_clauses(self, s: int, e: int, persons: list[int], dates: list[DateMatch],
                       carried: int | None) -> None:  # fmt: skip
        """ "X – Soviet diplomat; recalled in 1937, arrested and shot in 1938": the fates of
        a clause of participles with no subject of its own, the entry's person's: the person
        opening the sentence when nobody else is named before the clause, else the one
        carried from before when nobody is."""
        text, ms = self.text, self.mentions
        if ";" not in text[s:e] and "–" not in text[s:e] and "—" not in text[s:e]:
            return
        for m in _ENTRY_CLAUSE.finditer(text, s, e):
            named = [i for i in persons if ms[i].end <= m.start()]
            if not named:
                who = carried
            elif ms[named[0]].start - s <= 3 and len({ms[i].text for i in named}) == 1:
                who = named[0]
            else:
                continue
            if who is None:
                continue
            link: re.Match[str] | None = m
            while link is not None:
                verb = link.group("verb").split()[0].lower()
                self._to(who, _ENTRY_VALUE[verb], link.start("verb"), link.end("verb"), dates, 0.65)
                link = _ENTRY_NEXT.match(text, link.end(), e)

    def _inside_name(self, pos: int) -> bool:
        """Does a person mention begin before ``pos`` and end after it?"""
        return any(self.mentions[i].end > pos for i in self.persons_in(max(0, pos - 40), pos))

    def _pronoun_nouns(self, s: int, e: int, persons: list[int], dates: list[DateMatch],
                       carried: int | None) -> None:  # fmt: skip
        """ "his arrest", "her death": the person the pronoun stands for is the one person
        named before it in the sentence, or the subject carried from before if none is;
        with two or more named before, whose it is stays open and nothing is claimed."""
        for m in _PRONOUN_NOUN.finditer(self.text, s, e):
            before = {
                self.mentions[i].text
                for i in persons
                if self.mentions[i].end <= m.start() and not self._possessive(i)
            }
            named = [i for i in persons if self.mentions[i].end <= m.start()]
            if len(before) > 1:
                continue
            who = next((i for i in named if not self._possessive(i)), None) if before else carried
            owners = {self.mentions[i].text for i in named}
            if (
                not before
                and len(owners) == 1
                and not _PERSON_NOUN.match(self.text, self.mentions[named[-1]].end)
            ):
                # "X's papers, seized on the day of his death": a possessor of things is the one
                who = named[-1]
            elif who is None or (not before and named):
                continue  # only a possessor named before: "X's wife ... her death"
            value = NOUN_FATES[m.group("noun").lower()]
            self._to(who, value, m.start(), m.end(), dates, 0.7)

    def _coordinated_after(self, persons: list[int], first: int, e: int) -> list[int]:
        out = [first]
        rest = [i for i in persons if self.mentions[i].start > self.mentions[first].start]
        for j in rest:
            gap = self.text[self.mentions[out[-1]].end : self.mentions[j].start]
            if re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:the|former)\s+)?", gap):
                out.append(j)
            else:
                break
        return out

    def _coordinated_before(self, persons: list[int], last: int) -> list[int]:
        out = [last]
        before = [i for i in persons if self.mentions[i].end <= self.mentions[last].start]
        for j in reversed(before):
            gap = self.text[self.mentions[j].end : self.mentions[out[0]].start]
            if re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", gap) or COORD_APPOSED.match(gap):
                out.insert(0, j)
            else:
                break
        return out

    def _subject_of_verb(
        self, persons: list[int], s: int, pos: int, carried: int | None
    ) -> list[int]:
        """The subject of a fate verb at ``pos``: the name right before it (with those
        coordinated with it), or the carried subject for a pronoun."""
        before = [i for i in persons if s <= self.mentions[i].start and self.mentions[i].end <= pos]
        clause = re.split(r"[;:]|,\s+(?:and|but)\s+", self.text[s:pos])[-1]
        pron = re.search(r"\b(?:he|she)\s+(?:\w+\s+){0,2}$", clause, re.I)
        if pron and not any(
            self.mentions[i].start >= pos - len(clause) + pron.start() for i in before
        ):
            earlier = [i for i in before if self.mentions[i].end <= pos - len(clause)]
            return [earlier[0]] if earlier else ([carried] if carried is not None else [])
        if not before:
            return []
        last = before[-1]
        gap = self.text[self.mentions[last].end : pos]
        apposition = re.fullmatch(r",[^;:]{1,90},\s*", gap)  # "X, one of the delegates, being"
        if (
            self._possessive(last)
            or (len(gap) > 60 and not apposition)
            or re.search(r"[;:]|\b(?:which|that|when|whom)\b", gap)
        ):
            return []
        return self._coordinated_before(persons, last)
