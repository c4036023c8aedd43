"""What the Russian claim rules share: words with their lemmas, sentences, the
person a claim is about, and the date of a claim.

The person of a claim ("subject"): a person named in the same sentence before
the claim's cue, nearest first (in the gender of the cue's participle when it
has one: "арестована" is a woman's); else one named right after the cue ("полпред
СССР в США Уманский"); else, after a pronoun ("Его арестовали"), the one named
last before the sentence; else the person the text is about at that point — the
one named most often in earlier sentences (a biography's sentences without a subject:
"В 1934—1937 гг. полпред СССР в Финляндии.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from narkomindel import gazetteer as gz
from narkomindel.extract.dates import DateMatch
from narkomindel.extract.ru.morph import is_known, lemmas, parses
from narkomindel.model import Mention

__all__ = [
    "Word", "words_of", "matches", "Context", "places_ru", "place_in", "can_be_subject", "edtf_term",
]  # fmt: skip

_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:[-(][A-Za-zА-Яа-яЁё]+\)?)*")


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int


def words_of(text: str, start: int, end: int) -> list[Word]:
    return [Word(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def matches(word: str, lexicon_word: str) -> bool:
    """Is ``word`` a form of the lexicon's lemma (any case; abbreviations as printed)?"""
    low = word.lower().replace("ё", "е")
    if low == lexicon_word or lexicon_word in lemmas(word):
        return True
    if lexicon_word.endswith(("ый", "ий", "ой")):  # participles read as verbs: "поверенным"
        stem = lexicon_word[:-2]
        return low.startswith(stem) and len(low) - len(stem) <= 3
    # abbreviations the dictionary does not know, declined: "Наркоминдела", "НКИДа";
    # a word it knows is its own ("Наркомата" is a commissariat, not its commissar)
    return (
        len(lexicon_word) >= 4
        and low.startswith(lexicon_word)
        and len(low) - len(lexicon_word) <= 2
        and not low.endswith(("ство", "ства", "стве", "ству"))
        and not is_known(word)
    )


@cache
def places_ru() -> tuple[tuple[str, str], ...]:
    """(stem, English country) of places_ru.tsv, longest stem first."""
    rows = [(r[0], r[1]) for r in gz.table("places_ru.tsv") if len(r) >= 2]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def place_in(word: str) -> str | None:
    """The English country of a Russian place word ("Финляндии" → Finland)."""
    if not word[:1].isupper():
        return None
    return next((country for stem, country in places_ru() if word.startswith(stem)), None)


_PRONOUN = re.compile(
    r"(?<![\w-])(?:[Оо]н|[Оо]на|[Ее]го|[Ее]е|[Её]ё|[Ее]му|[Ее]й|[Нн]его|[Нн]её|[Нн]ему)(?![\w-])"
)
_SUBJECT_PRONOUN = re.compile(r"(?<![\w-])(?:[Оо]н|[Оо]на)(?![\w-])")
_OPENING_PRONOUN = re.compile(r"\s*(Он|Она)(?![\w-])")
_PARAGRAPH = re.compile(r"\n\s*\n")


def _opens_with(text: str, start: int, pronoun: str) -> bool:
    opening = _OPENING_PRONOUN.match(text, start)
    return opening is not None and opening.group(1) == pronoun


_REHABILITATED = re.compile(
    r"реабилит(?:ирован|аци)[а-яё]*(?:\s+посмертно)?\s+(?:(?:в|во)\s+)?$", re.I
)
_FEM_PARTICIPLE = re.compile(r"(?:на|ла|лась|ена|ана)$")
_MASC_PARTICIPLE = re.compile(r"(?:ен|ан|ён|л|лся)$")


def _only_preposition(gap: str) -> bool:
    return bool(re.fullmatch(r"\s*\(?\s*(?:(?:в|во|с|до|к|около|после)\s+)?", gap))


def _key(m: Mention) -> str:
    return str(
        m.attrs.get("other_name_of")
        or m.attrs.get("surname")
        or " ".join(m.attrs.get("given", []))
        or m.text
    )


#: the nominative endings of men's surnames
_MASC_SURNAME = re.compile(r"[а-яё](?:ов|ев|ёв|ин|ын|ский|цкий)$")


def _oblique_man(m: Mention) -> bool:
    """Is the mention a man's surname in a form other than its nominative ("Иванова"
    of a man read as "Иванов")?"""
    surname = m.attrs.get("surname")
    last = m.text.split()[-1] if m.text.split() else m.text
    return bool(
        surname and m.attrs.get("gender") == "masc" and last != surname
        and last.startswith(surname)
    )  # fmt: skip


def can_be_subject(m: Mention) -> bool:
    """Can the mention be in the nominative ("Литвинов", not "Литвинова" of "по
    предложению Литвинова" … unless a woman's)?"""
    if m.attrs.get("case"):  # read from the given name and patronymic
        return bool(m.attrs["case"] == "nomn")
    words = [w for w in m.text.split() if not w.endswith(".")]  # not the initials
    last = words[-1] if words else m.text
    if not re.match(r"[А-ЯЁ]", last):
        return True
    if _MASC_SURNAME.search(last):
        return True  # "Таиров", read by the dictionary as a plural of a noun
    found = parses(last)
    if not found or any(p.has("Fixd") for p in found) or not any(p.case for p in found):
        return True
    return any(p.case == "nomn" for p in found) or last == m.attrs.get("surname")


_SAME_TIME = re.compile(
    r"(?<![\w-])(?:[Оо]дновременно|[Тт]огда\s+же|[Вв]\s+(?:тот|том)\s+же\s+(?:день|году|месяце|год)|"
    r"[Вв]\s+(?:это|то)\s+же\s+время|"
    # "В 1924 г. X прибыл в Y. Вскоре были установлены отношения": soon after, the same year
    r"[Вв]скоре|"
    # "В 1937 г. X вернулся в Москву. По возвращении он был арестован": at the return told
    r"(?:[Сс]разу\s+(?:же\s+)?)?[Пп]о\s+(?:(?:своём|своем|его|её|ее)\s+)?(?:возвращении|приезде|прибытии)|"
    r"[Сс]разу\s+(?:же\s+)?после\s+(?:(?:своего|его|её|ее)\s+)?(?:возвращения|приезда|прибытия))(?![\w-])"
)
_BIRTH = re.compile(r"\s*(?:г\.\s?)?р\.|\s*(?:года\s+)?рождения")
#: years between a life's two ends printed after a name: fewer are a term of office
_SHORTEST_LIFE = 18
_PART_OF_YEAR = re.compile(r"(\d{4})-(?:2[1-9]|[3-4]\d)")


#: an aside after a name that opens a clause, not an apposition
_NO_APPOSITION = re.compile(
    r"\s*(?:однако|а|но|и|когда|где|который|которая|которые|хотя|так|же|тогда|затем|потом)(?![\w-])",
    re.I,
)


#: the words of a date's own phrase, not of an apposition around it ("в 1925 г.", "с мая")
_ASIDE_WORD = re.compile(r"(?<![\w-])(?:в|во|с|со|до|к|около|г|гг)(?![\w-])", re.I)
#: a word saying that what follows was before the date just given
_EARLIER = re.compile(r"(?<![\w-])(?:ранее|прежде(?!\s+всего)|до\s+этого|до\s+того)(?![\w-])", re.I)


def _year_of_part(edtf: str | None) -> str | None:
    """A claim's term is dated to the year when the text gives a season or a part of
    it ("летом 1920 года назначен …": from 1920); the date mention keeps the season."""
    if edtf and _PART_OF_YEAR.fullmatch(edtf):
        return edtf[:4]
    return edtf


class Context:
    """The sentences and person mentions of one document, for choosing subjects."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                 dates: list[DateMatch]) -> None:  # fmt: skip
        self.text = text
        self.sentences = sentences
        self.persons = [(k, m) for k, m in enumerate(mentions) if m.type == "person"]
        self.dates = dates

    def sentence_of(self, pos: int) -> tuple[int, int]:
        return next(((s, e) for s, e in self.sentences if s <= pos < e), (pos, pos + 1))

    def subject(self, cue_start: int, cue_end: int, cue_word: str = "",
                after_limit: int = 40, topic: bool = True) -> int | None:  # fmt: skip
        """The mention index of the person a claim at the cue is about."""
        s, e = self.sentence_of(cue_start)
        gender = None
        if _FEM_PARTICIPLE.search(cue_word):
            gender = "femn"
        elif _MASC_PARTICIPLE.search(cue_word):
            gender = "masc"
        before = [
            (k, m) for k, m in self.persons
            if s <= m.start and m.end <= cue_start and can_be_subject(m)
        ]  # fmt: skip
        if gender:
            agreeing = [(k, m) for k, m in before if m.attrs.get("gender", "masc") == gender]
            before = agreeing or before
        # "X ровесник Иванова, прошёл путь: …": of several, not a man named in another case
        before = [(k, m) for k, m in before if not _oblique_man(m)] or before
        if before:
            return before[-1][0]
        after = [
            (k, m) for k, m in self.persons if cue_end <= m.start < min(e, cue_end + after_limit)
            and (gender is None or m.attrs.get("gender", gender) == gender)
        ]  # fmt: skip
        if after:
            return after[0][0]
        if not topic:
            return None
        earlier = [(k, m) for k, m in self.persons if m.end <= s]
        if gender:
            earlier = [
                (k, m) for k, m in earlier if m.attrs.get("gender", "masc") == gender
            ] or earlier
        subject_pronoun = _SUBJECT_PRONOUN.search(self.text, s, cue_start)
        if subject_pronoun:
            # "Иванова отозвали; вскоре он был арестован": the one named last before
            # "он" in its sentence, in any case
            in_sentence = [
                k for k, m in self.persons if s <= m.start and m.end <= subject_pronoun.start()
            ]
            if in_sentence:
                return in_sentence[-1]
        if earlier and _PRONOUN.search(self.text, s, cue_start):
            opening = _OPENING_PRONOUN.match(self.text, s)
            if opening and (previous := self._previous_subject(s, opening.group(1))) is not None:
                return previous  # "Путь Иванова, друга Петрова, был обычным. Он …": Иванов
            return earlier[-1][0]  # "Его арестовали": the one named last
        heading = self._heading(s, earlier)
        if heading is not None:
            return heading
        continued = self._continued_subject(s)
        return continued if continued is not None else self._topic(earlier)

    def _continued_subject(self, s: int) -> int | None:
        """A sentence with no subject continues the one of the sentence before that
        names several people, one of them in the nominative ("Вслед за советником X-ом
        бежал и Y. В 1925 г. был назначен атташе в Турцию": Y), also across a sentence
        naming no one that says "он" of him; None when that sentence names one person
        or several who can be its subject (then the text's topic decides)."""
        end = s
        for _ in range(2):
            ps = max((a for a, b in self.sentences if b <= end), default=None)
            if ps is None or _PARAGRAPH.search(self.text, ps, s):
                return None
            named = [(k, m) for k, m in self.persons if ps <= m.start and m.end <= end]
            if named:
                subjects = {
                    _key(m): k for k, m in named if can_be_subject(m) and not _oblique_man(m)
                }
                if len(subjects) == 1 and len({_key(m) for _, m in named}) > 1:
                    return next(iter(subjects.values()))
                return None
            if not _SUBJECT_PRONOUN.search(self.text, ps, end):
                return None
            end = ps
        return None

    def _previous_subject(self, s: int, pronoun: str) -> int | None:
        """The person a sentence opening with "Он"/"Она" continues, when the sentence
        before names several: the one of them in the nominative, else (its subject no
        person: "Путь Иванова, друга соратников Петрова, был обычным") the first named;
        None when the sentence before names one or none (the one named last decides)."""
        ps = max((a for a, b in self.sentences if b <= s), default=s)
        named = [(k, m) for k, m in self.persons if ps <= m.start and m.end <= s]
        steps = 0
        while not named and ps < s and steps < 3 and _opens_with(self.text, ps, pronoun):
            # "Иванов (…) — дипломат. Он был полпредом … Он был расстрелян": a chain of
            # sentences opening with the pronoun continues the one named before them
            s, steps = ps, steps + 1
            ps = max((a for a, b in self.sentences if b <= s), default=s)
            named = [(k, m) for k, m in self.persons if ps <= m.start and m.end <= s]
        if ps >= s or len(named) < 2:
            return None
        gender = "femn" if pronoun.lower() == "она" else "masc"
        named = [(k, m) for k, m in named if m.attrs.get("gender", "masc") == gender]
        nominative = [k for k, m in named if m.attrs.get("case") == "nomn"]
        if len({_key(m) for k, m in named if k in nominative}) == 1 or (steps and nominative):
            # one person in the nominative, named once or more; after a chain of "Он …"
            # sentences, the first named in the nominative (the subject they continue)
            return nominative[0]
        return named[0][0] if named and not nominative else None

    def _heading(self, s: int, earlier: list[tuple[int, Mention]]) -> int | None:
        """The person a paragraph opens with, named in the nominative: the entry a
        dictionary's subject-less sentences are about ("ИВАНОВ Пётр Ильич (1890—1938) —
        … Арестован в 1937 г.")."""
        para = max((m.end() for m in _PARAGRAPH.finditer(self.text, 0, s)), default=0)
        for k, m in earlier:
            if m.start >= para:
                opens = not self.text[para : m.start].strip()
                return k if opens and can_be_subject(m) else None
        return None

    @staticmethod
    def _topic(earlier: list[tuple[int, Mention]]) -> int | None:
        """The person the text is about so far: the one named most often (the first
        named of those), as the latest of their mentions."""
        if not earlier:
            return None
        count: dict[str, int] = {}
        first: dict[str, int] = {}
        last: dict[str, int] = {}
        for n, (k, m) in enumerate(earlier):
            key = _key(m)
            count[key] = count.get(key, 0) + 1
            first.setdefault(key, n)
            if "other_name_of" not in m.attrs or key not in last:
                last[key] = k
        best = max(count, key=lambda key: (count[key], -first[key]))
        return last[best]

    def _of_life(self, d: DateMatch) -> bool:
        """A birth year ("1890 г. р.") or a life span in parentheses after a name
        ("Иванов Пётр Ильич (1890—1938)") dates a person, not a claim; two years too
        close for a life ("Иванов (1925—1927)") are a term."""
        if _BIRTH.match(self.text, d.end):
            return True
        gap = self.text[max(0, d.start - 2) : d.start]
        if not gap.endswith("("):
            return False
        opening = d.start - len(gap) + gap.index("(")
        if ".." in d.edtf:
            return False  # "Иванов (с 1928 г. — советник …)": a term open at one end, no life
        years = re.findall(r"\d{4}", d.edtf)
        if len(years) == 2 and int(years[1]) - int(years[0]) < _SHORTEST_LIFE:
            return False  # "полпред в X Иванов (1925—1927)": a term, too short for a life
        return any(0 <= opening - m.end <= 1 for _, m in self.persons)

    def _rehabilitated(self, d: DateMatch) -> bool:
        """The date of a rehabilitation ("посмертно реабилитирован в 1956 году") dates
        no fate or post of the sentence."""
        return bool(_REHABILITATED.search(self.text, max(0, d.start - 40), d.start))

    def _same_time(self, s: int, cue_start: int) -> DateMatch | None:
        """ "Одновременно …", "Тогда же …", "В тот же день …", "По возвращении …": a
        sentence without a date of its own saying so is at the last date of the sentence
        before."""
        if not _SAME_TIME.search(self.text, s, cue_start):
            return None
        ps = max((a for a, b in self.sentences if b <= s), default=None)
        if ps is None:
            return None
        earlier = [d for d in self.dates if ps <= d.start and d.end <= s and not self._of_life(d)]
        return earlier[-1] if earlier else None

    def _in_closed_aside(self, d: DateMatch, cue_start: int) -> bool:
        """Is ``d`` inside parentheses that close before ``cue_start``?"""
        opening = self.text.rfind("(", 0, d.start)
        closing = self.text.find(")", d.end, cue_start)
        return opening >= 0 and closing >= 0 and ")" not in self.text[opening : d.start]

    def _in_apposition(self, d: DateMatch, s: int, cue_start: int) -> bool:
        """Is ``d`` inside commas that open right after a person's name and close before
        ``cue_start`` ("Иванов, член партии с 1905 г., был …")?"""
        opening = self.text.rfind(",", s, d.start)
        closing = self.text.find(",", d.end, cue_start)
        if opening < 0 or closing < 0 or _NO_APPOSITION.match(self.text, opening + 1):
            return False
        if _SUBJECT_PRONOUN.search(self.text, opening, closing):
            return False  # "X, однако в 1925 г. он …, стал": a clause of its own
        rest = self.text[opening + 1 : d.start] + " " + self.text[d.end : closing]
        if not _ASIDE_WORD.sub("", rest).strip(" .\t\n"):
            return False  # "X, в 1925 г., был назначен": the aside is the date itself
        return any(
            s <= m.end <= opening and not self.text[m.end : opening].strip()
            for _, m in self.persons
        )

    def term_date(self, cue_start: int, cue_end: int, right_after: int = 0) -> DateMatch | None:
        """The date a claim takes: one within ``right_after`` characters after the cue
        ("арестован 3 ноября 1937 г."), else the one nearest before the cue in its
        sentence, else the first after it."""
        s, e = self.sentence_of(cue_start)
        dates = [
            d for d in self.dates
            if s <= d.start and d.end <= e and not self._of_life(d) and not self._rehabilitated(d)
        ]  # fmt: skip
        before = [d for d in dates if d.end <= cue_start]
        if before and "(" in self.text[s:cue_start]:
            # "Иванов (с 1928 г. — советник …) был отозван": an aside's date dates the aside
            before = [d for d in before if not self._in_closed_aside(d, cue_start)]
        if before and "," in self.text[s:cue_start]:
            # "В 1920 г. Иванов, член партии с 1905 г., был назначен …": the apposition's
            # date is the apposition's
            before = [d for d in before if not self._in_apposition(d, s, cue_start)]
        clause = max(before[-1].end, self.text.rfind(",", s, cue_start) + 1) if before else 0
        if before and _EARLIER.search(self.text, clause, cue_start):
            before = []  # "В 1933 г. Иванов, ранее служивший в X, стал …": not at that date
        after = [d for d in dates if cue_end <= d.start]
        if (
            after
            and after[0].start - cue_end <= right_after
            and _only_preposition(self.text[cue_end : after[0].start])
        ):
            before = []
        d = before[-1] if before else (after[0] if after else None)
        return d if d is not None else self._same_time(s, cue_start)

    def term(
        self, cue_start: int, cue_end: int, right_after: int = 0
    ) -> tuple[str | None, str | None]:
        """The (start, end) EDTF of a claim, of the date :meth:`term_date` gives."""
        return edtf_term(self.term_date(cue_start, cue_end, right_after))


def edtf_term(d: DateMatch | None) -> tuple[str | None, str | None]:
    """The (start, end) EDTF of a date: a term's two ends, a single date's start."""
    if d is None:
        return None, None
    if "/" in d.edtf:
        a, b = d.edtf.split("/", 1)
        return _year_of_part(a.strip(".") or None), _year_of_part(b.strip(".") or None)
    return _year_of_part(d.edtf), None
