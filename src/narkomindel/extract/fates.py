"""Fate claims: verbs and phrases of the purge vocabulary bound to their subject
(``extract.fates``).

Recalled, arrested, shot, died in custody, imprisoned, exiled, defected,
refused to return, died, survived, purged, "the victims included ...", with the
date stated in the clause. Rumours, negations and hypotheticals keep their
modality instead of becoming plain facts.
"""

from __future__ import annotations

import re

from narkomindel.extract.clauses import (
    CLAUSE_BREAK,
    COORD,
    ELLIPTICAL,
    RELATIVE_SUBJECT,
    ClaimContext,
)
from narkomindel.extract.coreference import GOVERNED, OBJECT_PRONOUN
from narkomindel.extract.dates import DateMatch
from narkomindel.model import Claim

__all__ = ["FateRules", "FATES", "EXTRACTOR", "COORD_APPOSED", "PLURAL_OPEN", "date_opening"]

EXTRACTOR = "extract.fates.v13"

#: a passive's auxiliary ("was", "has been", "had been", "being") and an adverb or two
_AUX = r"\b(?:was|were|(?:has|have|had)\s+been|been|being)\s+"
_ADV = r"(?:(?:\w+ly|later|soon|also|then|both|all|subsequently|eventually)\s+)?"
#: a fate verb after "and" or a comma of a chain ("was recalled, arrested and shot"):
#: its subject is the chain's
_AND = (
    r"(?<=\band )(?:(?:later|then|soon|subsequently|eventually|posthumously|almost|(?-i:[a-z]+ly))\s+){0,2}"
    # a span of time before the verb: "recalled in 1937 and within months (was) arrested"
    r"(?:(?:within|after)\s+(?:a\s+few\s+|(?:a|one|two|three|several)\s+)?(?:days?|weeks?|months?|years?)\s+"
    r"|(?:a|one|two|three|several|some)\s+(?:days?|weeks?|months?|years?)\s+later\s+)?(?:was\s+)?"
)
_COMMA = r"(?<=\w, )"
#: the future in the past of a narrative, with its year in the clause ("he would be shot in
#: 1938", "he would later die in prison in 1936"); without a year it may be a fear or a
#: condition ("he knew he would be shot if he returned"), so it is not read
_WOULD = r"\bwould\s+(?:later\s+|eventually\s+|soon\s+|himself\s+|herself\s+)?"
#: (a month's abbreviation may stand between: "would die on Dec. 4, 1937")
_CLAUSE_CHAR = r"(?:[^;.]|(?<=\b[A-Z][a-z]{2})\.|(?<=\bSept)\.)"
_YEAR_IN_CLAUSE = (
    rf"(?!{_CLAUSE_CHAR}{{0,70}}?\b(?:if|unless|should)\b)(?={_CLAUSE_CHAR}{{0,70}}?\b1[89]\d\d\b)"
)
#: what a purge is called when it makes a victim
_PURGE_WORDS = r"(?:purges?|repressions?|terror|Terror|Purge|Purges|Ye?zhovshchina|Ezhovshchina)"
#: a purge named after "in" or "by": "the purges", "the Great Terror", "Stalin's purges of 1937"
_PURGE_OF = rf"(?:the\s+)?(?:(?:great|Great|Stalinist|Stalin['’]s|Yezhov|bloody|[\w-]+)\s+){{0,2}}?{_PURGE_WORDS}\b"
#: where a death is no plain death: in a camp or prison, under torture, in the purges
_IN_CAMP_OR_PURGE = (
    r"(?:(?:(?:a|the)\s+)?(?:(?:labou?r|prison|concentration|forced[- ]labou?r)\s+)?(?:camps?|Gulag|prison|custody|"
    rf"interrogation|torture|arrest)\b|{_PURGE_OF})"
)
#: "was one of (the) many diplomats shot in 1937": a fate shared with a group, a participle after it
_ONE_OF = (
    r"\bone\s+of\s+(?:the\s+)?(?:many|numerous|several|countless|hundreds\s+of|thousands\s+of|few)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:diplomats|officials|envoys|ambassadors|people|men|women|officers|leaders|"
    r"members|commissars|Bolsheviks|communists|victims|persons|colleagues)\s+(?:(?:who\s+were|to\s+be)\s+)?"
)

FATES: list[tuple[str, re.Pattern[str]]] = [
    (
        "executed",
        re.compile(
            rf"{_AUX}{_ADV}(?:shot(?!\s+dead)|executed|liquidated)\b|\bwas put to death\b"
            rf"|{_AND}(?:shot|executed)\b(?!\s+(?:down|at|and|him|her|them)\b)(?!\s+(?-i:[A-Z]))|\bfaced\s+a\s+firing\s+squad\b"
            rf"|{_ONE_OF}(?:shot|executed)\b(?!\s+(?:down|at)\b)"
            rf"|{_WOULD}be\s+(?:shot|executed)\b{_YEAR_IN_CLAUSE}",
            re.I,
        ),
    ),
    (
        "sentenced",
        re.compile(
            rf"{_AUX}{_ADV}(?:sentenced|condemned\s+to)\b"
            r"|\b(?:received|was\s+given|got|drew)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?sentence\b",
            re.I,
        ),
    ),
    (
        "died in custody",
        re.compile(
            r"(?:\b(?:died|perished)|\bwould\s+(?:later\s+|eventually\s+)?die)\s+(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s+)?(?:in\s+(?:prison|custody|a\s+(?:(?:labou?r|prison|concentration|forced[- ]labou?r)\s+)?camp|a\s+prison|the\s+camps?|camp|the\s+Gulag)|under\s+(?:interrogation|torture|arrest))\b"
            rf"|{_AUX}tortured\s+to\s+death\b",
            re.I,
        ),
    ),
    (
        "arrested",
        re.compile(
            rf"{_AUX}{_ADV}(?:(?:re-?)?arrested|taken\s+into\s+custody)\b|{_AND}(?:re-?)?arrested\b"
            rf"|{_WOULD}be\s+(?:re-?)?arrested\b{_YEAR_IN_CLAUSE}"
            rf"|{_COMMA}arrested\b(?=\s+(?:and|in|on|by|at|\d))|{_ONE_OF}arrested\b"
            rf"|{_AUX}(?:taken\s+away|seized|picked\s+up|taken)\s+by\s+(?:the\s+)?(?:NKVD|N\.K\.V\.D\.|O?GPU|Cheka|"
            r"(?:secret\s+)?police)\b",
            re.I,
        ),
    ),
    (
        "imprisoned",
        re.compile(
            rf"{_AUX}{_ADV}(?:imprisoned|sent to (?:a\s+|the\s+)?(?:labor\s+|labour\s+|prison\s+)?(?:camps?|Gulag|prison)|jailed)\b"
            r"|(?<=\band )imprisoned\b"
            r"|\b(?:spent|served)\s+(?:\w+\s+){0,3}(?:years?|months?)\s+in\s+(?:a\s+|the\s+)?(?:prisons?|jail|(?:labou?r\s+)?camps?|Gulag)\b"
            # a state of being held: "X is still in prison", "Y remained in jail until 1946"
            r"|\b(?:is|was|are|were|remained|remains|(?:has|have|had)\s+been|ended\s+up|landed)\s+(?:still\s+|then\s+|already\s+)?"
            r"in\s+(?:a\s+|the\s+)?(?:prison|jail|gaol|custody|Gulag|(?:labou?r|concentration|prison)\s+camps?)\b",
            re.I,
        ),
    ),
    (
        "exiled",
        re.compile(
            rf"{_AUX}{_ADV}(?:exiled|deported|banished|sent\s+into\s+(?:internal\s+)?exile)\b|(?<=\band )exiled\b"
            r"|(?<=\band )(?:(?:was|later|then)\s+)?sent\s+into\s+(?:internal\s+)?exile\b"
            rf"|{_AUX}{_ADV}expelled\s+from\s+(?:the\s+)?(?:USSR|Soviet\s+Union|Soviet\s+Russia|country)\b",
            re.I,
        ),
    ),
    (
        "recalled",
        re.compile(rf"{_AUX}{_ADV}recalled\b", re.I),
    ),
    (
        "defected",
        re.compile(
            r"\b(?:defected|refused to return|declined\s+to\s+return|ignored\s+(?:the|a|his|her)\s+(?:\w+\s+)?(?:summons|order|orders)\s+to\s+return|(?:fled|escaped) (?:to|abroad)|made good (?:his|her) escape|became a (?:non-returner|defector)"
            r"|(?:sought|requested|asked\s+for|was\s+granted)\s+(?:political\s+)?asylum"
            r"|broke\s+(?:openly\s+)?with\s+(?:Moscow|Stalin|the\s+Soviet\s+(?:government|regime|Union)|the\s+Kremlin)"
            r"|deserted\s+(?:(?:his|her)\s+post|to\s+the\s+(?:West|Whites|enemy))"
            r"|went\s+over\s+to\s+the\s+(?:West|Whites|enemy|Germans|Nazis|British|French|Japanese)"
            r"|(?:decided|chose|preferred|resolved|elected)\s+not\s+to\s+(?:return|go\s+back)"
            r"|refused\s+to\s+go\s+(?:home|back)|refused\s+to\s+obey\s+(?:the\s+)?(?:order|orders|summons|recall)"
            r"|(?:did\s+not|never)\s+return(?:ed)?\s+to\s+(?:Moscow|the\s+Soviet\s+Union|the\s+USSR|Russia)"
            r"|(?:stayed|remained)\s+(?:abroad|in\s+the\s+West)|became\s+an?\s+(?:émigré|emigre|emigrant)"
            r"|asked\s+the\s+(?:\w+\s+){0,2}(?:[Gg]overnment|authorities)\s+for\s+(?:political\s+)?(?:asylum|protection)|(?:chose|decided|preferred)\s+to\s+(?:remain|stay)\s+(?:abroad|in\s+the\s+West)"
            r"|(?:sought|requested|asked\s+for|threw\s+(?:him|her)self\s+(?:up)?on|placed\s+(?:him|her)self\s+under)"
            r"\s+the\s+protection\s+of\s+the\s+(?:\w+\s+){0,2}?(?:[Gg]overnment|authorities|police))\b",
            re.I,
        ),
    ),
    (
        "died",
        re.compile(
            rf"\b(?:died|committed suicide|was killed|perished|passed away|lost (?:his|her) life|took (?:his|her) own life"
            r"|(?:shot|hanged|killed) (?:him|her)self|was\s+fatally\s+(?:wounded|injured)|(?:is|was)\s+(?:now\s+)?dead"
            r"|(?:was|were)\s+(?:found\s+dead|gunned\s+down|beaten\s+to\s+death|stabbed\s+to\s+death|strangled|hanged)"
            rf"|drowned|fell\s+to\s+(?:his|her)\s+death|{_WOULD}die\b{_YEAR_IN_CLAUSE})\b"
            rf"(?!\s+in\s+(?:prison|custody|camp))(?!\s+(?:(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:[A-Z][a-z]+\s+)?\d{{4}}\s+)?(?:in|during|under)\s+{_IN_CAMP_OR_PURGE})",
            re.I,
        ),
    ),
    (
        "survived",
        re.compile(
            rf"\bescaped\s+{_PURGE_OF}|"
            r"\b(?:survived|was not purged|escaped arrest|remained at (?:his|her|their) posts?|(?:managed|few|only\s+\w+|one)\s+to\s+survive)\b",
            re.I,
        ),
    ),
    (
        "purged",
        re.compile(
            rf"{_AUX}{_ADV}(?:purged|repressed)\b|\bfell (?:victim|in the e[zs]h?ovshchina)|\bdisappeared\b|\bvanished\b"
            rf"|\b(?:became|was|were)\s+(?:a\s+|one\s+of\s+the\s+(?:many\s+)?)?victims?\s+of\s+(?:(?:the|Stalin['’]s|[\w-]+)\s+){{0,3}}?{_PURGE_WORDS}\b"
            # "perished in the purges", "was caught up in the Terror": a death or a fall the
            # purge made, not a death of any cause
            rf"|\b(?:perished|died|lost\s+(?:his|her|their)\s+li(?:fe|ves)|met\s+(?:his|her|their)\s+deaths?)\s+"
            rf"(?:in|during)\s+{_PURGE_OF}"
            rf"|\b(?:swept\s+away|caught\s+up|engulfed|consumed)\s+(?:in|by)\s+{_PURGE_OF}"
            rf"|{_ONE_OF}(?:purged|repressed)\b",
            re.I,
        ),
    ),
    (
        "rehabilitated",
        re.compile(rf"{_AUX}{_ADV}rehabilitated\b|{_AND}rehabilitated\b", re.I),
    ),
]
#: words one of which each pattern of :data:`FATES` needs, lower-cased
_CUES = {
    "executed": ("shot", "executed", "liquidated", "death", "firing", "would"),
    "sentenced": ("sentenced", "condemned", "sentence"),
    "died in custody": ("died", "perished", "tortured", "would"),
    "arrested": ("arrested", "custody", "taken", "seized", "picked", "would"),
    "imprisoned": ("imprisoned", "camp", "jail", "gulag", "prison", "spent", "served", "custody", "gaol"),  # fmt: skip
    "exiled": ("exiled", "deported", "banished", "expelled", "exile"),
    "recalled": ("recalled",),
    "defected": ("defected", "refused", "declined", "ignored", "fled", "escaped", "made", "non-returner", "defector", "asylum",
                 "broke", "deserted", "went", " not to ", "remain", "stay", "protection", "return", "émigré",
                 "emigr"),
    "died": ("died", "suicide", "killed", "perished", "passed", "life", "self", "fatally", "dead",
             "gunned", "death", "strangled", "hanged", "drowned", "would"),
    "survived": ("survived", "purged", "escaped", "remained", "survive"),  # "escaped the purges"
    "purged": ("purged", "repressed", "fell", "disappeared", "vanished", "victim", "perished", "died",
               "lives", "life", "death", "swept", "caught", "engulfed", "consumed"),
    "rehabilitated": ("rehabilitated",),
}  # fmt: skip
#: others who shared the fate, named after it: "X was shot on 20 September (with several
#: others, including Y and Z)", "… with other leading figures, such as A, B and C"
_SHARERS = re.compile(
    r"\A[^;:.()]{0,60}?\(?\s*(?:together\s+)?with\s+(?:(?:several|many|a\s+number\s+of|\w+)\s+)?"
    r"(?:other|others|of\s+the\s+others)(?:\s+(?:[\w-]+\s+){0,5}?(?:figures|leaders|officials|diplomats|"
    r"members|men|people|commanders|officers|Bolsheviks|communists))?\s*,?\s*"
    r"(?:[^;:()]{0,80}?\b)?(?:including|among\s+them|such\s+as)\s"
)
#: the fates a group shares "with several others": a repression (a death "with others" is
#: as often an accident or a battle as a massacre, and its class is not the victims')
_SHARED_FATES = frozenset({"executed", "arrested", "sentenced", "imprisoned", "exiled", "purged"})
#: a killing told in the active voice, its victim the name right after the verb ("an émigré
#: shot X to death", "a gunman murdered the envoy X"): the victim died, the killer has no fate
_KILLED_OBJECT = re.compile(
    r"\b(?:shot|stabbed|beat|clubbed|hacked)\s+(?=(?:(?:the|a)\s+)?(?:[\w-]+\s+){0,3}?[A-Z][^;.]{0,60}?\s+to\s+death\b)"
    r"|\b(?:shot\s+and\s+killed|murdered|assassinated)\s+(?=(?:(?:the|a)\s+)?(?:[\w-]+\s+){0,3}?[A-Z])"
)
_VICTIMS = re.compile(
    r"\b(?:the\s+)?(?:victims|those\s+(?P<how>arrested|shot|executed|purged|repressed|killed)|(?P<dead>dead))\s+"
    r"(?:included|were|among\s+\w+\s+were|(?:are|were|is)\s+(?:believed|said|reported|thought|known|understood)"
    r"\s+to\s+(?:include|have\s+included))\b"
    r"|\bamong\s+(?:the\s+victims|(?P<dead2>the\s+dead)|those\s+(?P<how2>arrested|shot|executed|purged|repressed|killed))"
    r"(?:\s+(?:were|was))?\b",
    re.I,
)
# "those shot were ...": the fate the list names
_VICTIMS_FATE = {
    "shot": "executed",
    "executed": "executed",
    "arrested": "arrested",
    "killed": "died",
}
#: names coordinated across their appositions: "X, the envoy to A, and Y, his counsellor,"
#: or "X (1890-1938) and Y"
COORD_APPOSED = re.compile(r"^\s*(?:,[^,;:()]{1,60},|\([^()]{1,60}\))\s*(?:,\s*)?(?:and\s+|,\s*)$")
#: a relative clause between a name and its verb, however long: "X, who had served … , was"
_LONG_RELATIVE = re.compile(
    r",\s*who\s[^;:()]{1,220}?,\s*(?:(?:was|were|had|has)\s+)?(?:\w+\s+){0,3}"
)
_RUMOUR = re.compile(r"\b(?:rumou?red|it was said|reportedly|allegedly|rumou?rs?)\b", re.I)
_HYPO = re.compile(
    r"\b(?:may|might|could|would)\s+(?:well\s+)?(?:have\s+)?(?:been\s+)?$|\b(?:probably|perhaps|possibly|likely)\s+$",
    re.I,
)
_NEG = re.compile(r"\b(?:not|never|no longer|nor)\b[^,;.]*$", re.I)
_NEG_AFTER = re.compile(r"^\W*(?:never materiali[sz]ed|did not|was not)\b", re.I)
#: what may stand between two fate verbs of one chain ("recalled to Moscow in 1937 and shot")
_CHAIN_GAP = re.compile(
    r"[^,;:.()]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:later|then|soon|subsequently|eventually|posthumously|was|were)\s+){0,2}"
    # a longer chain closed by ", and was": "arrested in 1939, on charges of …, and was shot"
    r"|(?:(?!\b(?:who|whom|whose|which|when|where|while|because|although)\b)[^;:.()]){0,160}?,\s*and\s+"
    r"(?:(?:later|then|soon|subsequently|eventually)\s+)?(?:(?:was|were)\s+)?"
)
#: a sentence that opens with a plural subject ("Both were shot"): the fate rules read it
#: for the group of the sentence before, though it names nobody
PLURAL_OPEN = re.compile(r"\W*(?:both|all|they|each|the\s+(?:two|three|four)\s)\b", re.I)
#: a plural subject standing for the group whose fate was told last ("both were shot")
_PLURAL_SUBJECT = re.compile(
    r"\W*(?:and\s+|but\s+)?(?:both(?:\s+men)?|all\s+(?:three|four|five|six|of\s+them)|they|each|"
    r"the\s+(?:two|three|four)\s+(?:men|envoys|diplomats))\s+(?:\w+\s+){0,2}$",
    re.I,
)
_PRONOUN_BEFORE_FATE = re.compile(
    r"\b(?:he|she)\s+(?:was\s+|had\s+been\s+|(?:later|eventually|also|too)\s+)*$"
    # the pronoun of a passive the fate is chained to: "when he was transferred to A and
    # (almost immediately) arrested"
    r"|\b(?:he|she)\s+(?:was|had\s+been)\s+(?:\w+ly\s+)?\w+ed\b[^,;:.()]{0,60}?\s+and\s+$",
    re.I,
)


#: a name joined to the next by the relation of its holder: "X and his deputy Y were shot"
_COORD_RELATION = re.compile(r"^\s*(?:,\s*)?and\s+(?:his|her|their)\s+(?:[\w-]+\s+){1,2}$")

#: a date that opens its clause ("In 1937", "and on 3 May 1938", "; early in 1938")
_DATE_OPENER = re.compile(
    r"(?:^|[;:.]\s*|\b(?:and|but|then)\s+|,\s*)(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring)\s+"
    r"(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|end|middle|beginning)\s+of\s+)?$"
)
#: words after which a date before the verb is another clause's ("born in 1890 and shot")
_NOT_THIS_CLAUSE = re.compile(
    r"[;:()]|\.\s|\b(?:born|until|till|when|while|after|before|since|but|whose|which|who)\b"
)
#: fate verbs a chain may join with "and" ("In 1937 he was arrested and shot")
_CHAINED = re.compile(
    r"\b(?:recalled|arrested|tried|sentenced|convicted|imprisoned|exiled|deported|dismissed|"
    r"expelled|condemned|accused|charged)\s+and\s"
)


def date_opening(text: str, dates: list[DateMatch], at: int) -> DateMatch | None:
    """The date opening the clause of the verb at ``at``, if nothing between them starts
    another clause."""
    before = [d for d in dates if d.end <= at and d.kind == "date"]
    if not before:
        return None
    d = before[-1]
    gap = text[d.end : at]
    if len(gap) > 80 or _NOT_THIS_CLAUSE.search(gap):
        return None
    if re.search(r"\band\b", gap) and len(re.findall(r"\band\b", gap)) != len(
        _CHAINED.findall(gap)
    ):
        return None  # "In 1935 he became envoy and was recalled": 1935 is the appointment's
    return d if _DATE_OPENER.search(text, max(0, d.start - 40), d.start) else None


class FateRules(ClaimContext):
    """The fate rules, run sentence by sentence (:meth:`fates`)."""

    fate_group: tuple[int, ...] = ()  # the persons who shared the fate told last
    fate_group_end = -1  # the end of its sentence: the group is read only in the next one
    #: a definite role description opening the sentence, standing for the holder ``prev``
    #: ("The envoy was recalled"; :mod:`.coreference`)
    description: tuple[int, int] | None = None

    def fates(
        self, s: int, e: int, persons: list[int], dates: list[DateMatch], prev: int | None
    ) -> int | None:
        text = self.text
        ms = self.mentions
        sentence = text[s:e]
        rumour = bool(_RUMOUR.search(sentence))
        low = sentence.lower()
        victims = (
            _VICTIMS.search(text, s, e)
            if "victims" in low or "those" in low or "dead" in low
            else None
        )
        if victims:
            how = (victims.group("how") or victims.group("how2") or "").lower()
            if victims.group("dead") or victims.group("dead2"):
                how = "killed"
            for i in persons:
                if ms[i].start >= victims.end() and not self._possessive(i):
                    self._fate(
                        i,
                        _VICTIMS_FATE.get(how, "purged"),
                        victims.start(),
                        ms[i].end,
                        dates,
                        "rumoured" if rumour else "asserted",
                        0.85,
                    )
        if "death" in low or "murdered" in low or "assassinated" in low or "killed" in low:
            self._killed_objects(s, e, persons, dates, rumour)
        if self.fate_group and not (self.fate_group_end <= s <= self.fate_group_end + 3):
            self.fate_group = ()
        subject_for_next = prev
        found = sorted(
            (
                (m.start(), value, m)
                for value, pattern in FATES
                if any(cue in low for cue in _CUES[value])  # else the pattern cannot match
                for m in pattern.finditer(text, s, e)
            ),
            key=lambda t: t[0],
        )  # in text order, so that a chain ("was recalled and shot") knows its first verb
        chain: tuple[int, list[int]] | None = None  # where the last fate verb ended, its subjects
        for _at, value, m in found:
            if m.start() < (victims.end() if victims else -1):
                continue
            if text[max(s, m.start() - 4) : m.start()].rstrip().endswith("|"):
                continue  # an infobox's "| Died |" field (read by extract.infobox)
            word = re.search(r"[A-Za-z]+", m.group(0))
            if word and word.group(0)[0].isupper() and text[s : m.start()].strip():
                continue  # a capitalised verb inside a sentence is in a title ("One Who Survived")
            before = [i for i in persons if ms[i].end <= m.start()]
            subjects: list[int] = []
            clause = re.split(r"[;:]|,\s+(?:and|but)\s+", text[s : m.start()])[-1]
            in_clause = [i for i in persons if m.start() - len(clause) <= ms[i].start < m.start()]
            pron = _PRONOUN_BEFORE_FATE.search(clause)
            plural = _PLURAL_SUBJECT.match(clause)
            if (
                chain is not None
                and _CHAIN_GAP.fullmatch(text, chain[0], m.start())
                and not self.persons_in(chain[0], m.start())
            ):
                # "he was recalled and shot", "X and Y were arrested, tried and shot":
                # a verb chained to the fate before it has its subjects
                subjects = list(chain[1])
            elif plural and self.fate_group:
                # "X and Y were recalled in 1937; both were shot": the group named before
                subjects = list(self.fate_group)
            elif re.match(r"\s*(?:and\s+|but\s+|then\s+)?(?:he|she)\b", clause, re.I) or (
                # "...; unlike many colleagues he survived": the pronoun right before the fate;
                # "X moved to A, where he was arrested": the pronoun is the nearer subject
                pron is not None
                and not any(
                    m.start() - len(clause) + pron.start() <= ms[i].start for i in in_clause
                )
            ):
                # "...; he was shot": the pronoun stands for the sentence's subject, or the last one's
                in_clause_start = m.start() - len(clause)
                at = in_clause_start + (pron.start() if pron is not None else 0)
                # never a name after a preposition ("Unlike X, he was shot") or the subject
                # of a verb whose object is the pronoun's person ("X denounced him and he …")
                earlier = [
                    i for i in before if ms[i].end <= in_clause_start
                    and not self._other_than_pronoun(i, s, at)
                ]  # fmt: skip
                if not earlier and pron is not None:
                    # "In 1937 X was recalled and in 1938 he was shot": the one named before
                    earlier = [
                        i for i in before if ms[i].end <= at and not self._possessive(i)
                        and not self._other_than_pronoun(i, s, at)
                    ]  # fmt: skip
                subjects = [earlier[0]] if earlier else ([prev] if prev is not None else [])
            elif (
                ELLIPTICAL.search(text[s : m.start()])
                and (first := self._chain_subject(before, m.start())) is not None
            ):
                # "X was tried with Y in 1938 and shot in 1941": X, the subject of the chain
                subjects = [first]
            elif (
                not before
                and self.description is not None
                and prev is not None
                and self.description[1] <= m.start()
                and not CLAUSE_BREAK.search(text, self.description[1], m.start())
            ):
                subjects = [prev]  # "The envoy was recalled in 1937": the envoy named before
            elif before:
                last = before[-1]
                if self._possessive(last):
                    continue  # "X's deputy was arrested": the deputy was, not X
                # a clause break with another verb between name and fate: the name is not the subject
                gap = text[ms[last].end : m.start()]
                relative = _LONG_RELATIVE.fullmatch(gap) is not None
                if (len(gap) > 100 and not relative) or (
                    CLAUSE_BREAK.search(gap) and not RELATIVE_SUBJECT.match(gap) and not relative
                ):
                    continue
                subjects = [last]
                k = len(before) - 1
                while k > 0 and (
                    COORD.match(gap := text[ms[before[k - 1]].end : ms[before[k]].start])
                    or COORD_APPOSED.match(gap)
                    or _COORD_RELATION.match(gap)
                ):
                    subjects.insert(0, before[k - 1])
                    k -= 1
            if not subjects:
                continue
            lead = text[max(s, m.start() - 40) : m.start()]
            modality = "asserted"
            if _NEG.search(lead) or _NEG_AFTER.match(text[m.end() : m.end() + 30]):
                modality = "negated"
            elif _HYPO.search(lead):
                modality = "hypothetical"
            elif rumour:
                modality = "rumoured"
            for subj in subjects:
                # a holder named in another sentence: the evidence is this sentence's
                ev = ms[subj].start if ms[subj].start >= s else s
                self._fate(subj, value, ev, m.end(), dates, modality, 0.8, m.start())
            if value in _SHARED_FATES and (
                "including" in low or "such as" in low or "among them" in low
            ):
                self._sharers(m.end(), e, persons, value, dates, modality)
            subject_for_next = subjects[-1]
            chain = (m.end(), subjects)
            if len(subjects) > 1:
                self.fate_group, self.fate_group_end = tuple(subjects), e
        return subject_for_next if persons or subject_for_next is not None else prev

    def _sharers(
        self,
        at: int,
        e: int,
        persons: list[int],
        value: str,
        dates: list[DateMatch],
        modality: str,
    ) -> None:
        """The persons named after "with several others, including" that follows the fate
        verb ending at ``at``: they share its fate, up to the parenthesis's or clause's end."""
        m = _SHARERS.match(self.text[at:e])
        if m is None:
            return
        start = at + m.end()
        stop = re.search(r"[;)]|\.\s", self.text[start:e])
        end = start + stop.start() if stop else e
        told = [d for d in dates if at <= d.start < start and d.kind == "date"]  # the verb's
        for i in persons:
            if start <= self.mentions[i].start < end and not self._possessive(i):
                self._fate(i, value, start, self.mentions[i].end, told or dates, modality, 0.75, at,
                           shared=bool(told))  # fmt: skip

    def _killed_objects(
        self, s: int, e: int, persons: list[int], dates: list[DateMatch], rumour: bool
    ) -> None:
        """The victim of an active killing ("X shot Y to death", "X murdered the envoy Y"):
        the first person after the verb, if only a description stands between them."""
        ms = self.mentions
        for m in _KILLED_OBJECT.finditer(self.text, s, e):
            after = [i for i in persons if ms[i].start >= m.end()]
            if not after:
                continue
            i = after[0]
            gap = self.text[m.end() : ms[i].start]
            if len(gap) > 40 or re.search(r"[,;:()]|\b(?:by|with|and|who)\b", gap):
                continue
            lead = self.text[max(s, m.start() - 40) : m.start()]
            if _NEG.search(lead) or _HYPO.search(lead):
                continue
            self._fate(i, "died", m.start(), ms[i].end, dates,
                       "rumoured" if rumour else "asserted", 0.8)  # fmt: skip

    def _other_than_pronoun(self, i: int, s: int, at: int) -> bool:
        """Is the person of mention ``i`` (in the sentence from ``s``) someone other than
        the pronoun at ``at``: governed by a preposition, or the subject of a verb whose
        object is "him" or "her" in the same clause ("X saw him off; he …" is X)?"""
        m = self.mentions[i]
        return bool(
            GOVERNED.search(self.text, max(s, m.start - 24), m.start)
            or (
                OBJECT_PRONOUN.search(self.text, m.end, max(m.end, at)) is not None
                and not re.search(r"[;:]", self.text[m.end : max(m.end, at)])
            )
        )

    def _fate(
        self,
        subject: int,
        value: str,
        start: int,
        end: int,
        dates: list[DateMatch],
        modality: str,
        conf: float,
        at: int | None = None,
        shared: bool = False,
    ) -> None:
        """Store a fate of ``subject``, dated by the date after the verb in its clause, or
        else by the date opening the clause before the verb at ``at`` ("In 1937 he was
        recalled", "On 3 May 1938, X was shot")."""
        start, end = min(start, end), max(start, end)
        sent_end = end
        m = re.search(
            r"[;.](?:\s|$)|\s(?:and|but|then)\s+(?:was|were|had|he|she|later)\b"
            # "recalled and in 1938 he was shot": the date opens the next clause
            r"|\s(?:and|but|then)\s+(?:(?:early|late)\s+)?(?:in|on|by|during)\s+(?:\d|[A-Z][a-z]+\s+\d|the\s+"
            r"(?:spring|summer|autumn|winter|following|next))",
            self.text[end : end + 120],
        )
        if m:
            sent_end = end + m.start()
        near = (
            dates[:1]  # the date of the fate told before, shared ("shot in 1937 with others, …")
            if shared
            else [d for d in dates if end <= d.start <= sent_end and d.kind != "decade"]
        )
        if not near and at is not None:
            opened = date_opening(self.text, dates, at)
            near = [opened] if opened else []
        date = near[0].edtf if near else None
        if near:
            end = max(end, near[0].end)
        self.add(
            Claim(
                "fate",
                subject,
                start,
                end,
                self.text[start:end],
                EXTRACTOR,
                conf,
                value=value,
                date_start=date,
                modality=modality,
            )
        )
