"""Person names in Russian prose (``extract.ru.names``).

A grammar of Cyrillic names over the morphological analysis of each word
(:mod:`~narkomindel.extract.ru.morph`), not a list of people:

* initials and a surname, either order ("М. М. Литвинова", "Г.Котовского",
  "Литвинов М. М.");
* a given name and patronymic, with or without a surname, either order
  ("Константин Александрович Уманский", "Литвинов Максим Максимович",
  "Максим Максимович");
* a given name and a surname ("Назир Тюрякулов");
* a lone surname when the dictionary reads it as one (or as an adjective in
  -ский/-цкий that agrees with no noun after it: "Уманский переводил"), when a
  cue stands before it (an office, kinship, a form of address, "фамилией"), or
  when it is the surname of a fuller name found in the document; a lone given
  name when it is the given name of such a fuller name ("Назир");
* a name in parentheses after a name is the same person's other name
  ("Литвинов (Валлах)", "(наст. фамилия Валлах)").

Every mention keeps its surface form and, in ``attrs``, the surname in the
nominative of the person's gender (``surname``: "Литвинова" of "М. М.
Литвинова" is Литвинов; of "Т. Литвиновой, его жены" Литвинова), the given
names in the nominative (``given``), the gender (``gender``) and the case.
Women's surnames stay apart from men's: the gender comes from the given name or
patronymic, else from a feminine verb of the clause, else from a fuller name of
the document; without any of these an ambiguous form is read as a man's.
Names in quotation marks (titles of papers and books) are not persons; names
after "историк", "исследователь" … or before "пишет", "считает" …, and the
speakers of a transcript ("Иван Петров:"), are ``cited_author``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from narkomindel import gazetteer as gz
from narkomindel.extract.ru.context import place_in
from narkomindel.extract.ru.morph import is_known, lemma, parses
from narkomindel.extract.ru.name_forms import (
    SURNAME_SHAPE,
    adjective_cases,
    common,
    given_nominative,
    has,
    is_given,
    is_patronymic,
    is_surname,
    name_cases,
    place_like,
    sk_adjective,
    surname_nominative,
    title,
)
from narkomindel.extract.ru.quotes import title_quotes
from narkomindel.model import Document, Mention

__all__ = ["find_persons_ru", "EXTRACTOR", "surname_nominative"]

EXTRACTOR = "extract.ru.names.v7"

_TOKEN = re.compile(
    r"(?P<init>(?:Дж|Ал|Вл|Св|Ек|Ст|Ш|Ч|Щ|[А-ЯЁ])\.)"
    # a dictionary entry's heading surname in capitals, before a given name and a
    # patronymic ("ИВАНОВ Пётр Ильич")
    r"|(?P<caps>[А-ЯЁ]{3,}(?:-[А-ЯЁ]{3,})?(?=\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|ична|чна)\b)"
    # or a surname in capitals after initials, as in a document's heading ("П. И. ИВАНОВУ");
    # two vowels at least, so that no abbreviation ("СССР") is read as one
    r"|(?:(?<=[А-ЯЁ]\.\s)|(?<=[А-ЯЁ]\.))(?=(?:[А-ЯЁ]*[АЕЁИОУЫЭЮЯ]){2})[А-ЯЁ]{3,}(?:-[А-ЯЁ]{3,})?(?![а-яё]))"
    r"|(?P<word>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*)"
    r"|(?P<other>[^\W\d_][\w-]*|\d+|[^\w\s])"
)
_LATIN_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![\w.])")
_QUOTES = {"«": "»", "„": "“", '"': '"', "“": "”"}
_FEMININE_VERB = re.compile(r"\b(?:был[аи]?|стала|работала|родилась|умерла|погибла|вернулась|"
                            r"[а-яё]+(?:ла|лась|на|ена|ана|ята|ута))\b")  # fmt: skip
_CITED_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:пишет|писал|писала|отмечает|отмечал|считает|полагает|утверждает|указывает|"
    r"подчеркивает|подчёркивает|приводит|цитирует|сообщает|вспоминает историк)\b"
)
_PARENS_OTHER = re.compile(
    r"\s*\((?P<cue>наст\.\s*фам(?:\.|илия)\s*[—–-]?\s*|настоящая фамилия\s*[—–-]?\s*|урожд\.\s*|"
    r"урожденн?ая\s*|псевд(?:\.|оним)\s*|он же\s*|партийный псевдоним\s*)?"
    r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?:\)|[;,](?=[^()]*\)))"
)


@dataclass
class _Tok:
    text: str
    start: int
    end: int
    kind: str  # init | word | other


@dataclass
class _Name:
    start: int
    end: int
    surname: str | None  # the surname as printed
    given: list[str] = field(default_factory=list)  # nominative given name, patronymic, initials
    rule: str = ""
    conf: float = 0.9
    gender: str | None = None
    case: str | None = None
    lemma: str | None = None


class _Finder:
    def __init__(self, doc: Document, sentences: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc.text
        self.starts = {s for s, _ in sentences}
        self.person_cues = gz.words("person_cues_ru.txt")
        self.cited_cues = gz.words("cited_cues_ru.txt")
        self.place_cues = gz.words("places_cue_ru.txt")
        # bodies named in one word ("Наркомвнешторг", "Разведупр"): never a surname
        self.bodies = frozenset(
            r[0] for r in gz.table("departments_ru.tsv") if len(r) >= 2 and " " not in r[0]
        )
        self.quoted = self._quoted()
        self.toks = [
            _Tok(m.group(0).title(), m.start(), m.end(), "word")
            if m.lastgroup == "caps"
            else _Tok(m.group(0), m.start(), m.end(), m.lastgroup or "other")
            for m in _TOKEN.finditer(self.text)
        ]
        self.caps = {m.start() for m in _TOKEN.finditer(self.text) if m.lastgroup == "caps"}
        self.index = {t.start: k for k, t in enumerate(self.toks)}

    def _quoted(self) -> list[tuple[int, int]]:
        return title_quotes(self.text)

    def _in_quotes(self, pos: int) -> bool:
        return any(s < pos < e for s, e in self.quoted)

    def _prev_word(self, k: int) -> str | None:
        if self._address_before(k):
            return self.toks[k - 2].text  # "т. Петров", "тов. Петрову", "г-н Смит"
        j = k - 1
        while j >= 0 and self.toks[j].kind == "other" and not self.toks[j].text[0].isalpha():
            if self.toks[j].text not in (",",) or j < k - 1:
                return None
            j -= 1
        return self.toks[j].text if j >= 0 and self.toks[j].text[0].isalpha() else None

    def _address_before(self, k: int) -> bool:
        """Is the word right after an abbreviated form of address ("т.", "тов.", "г-н")?"""
        if k < 2 or self.toks[k - 1].text != ".":
            return False
        abbr = self.toks[k - 2]
        return abbr.text in _ADDRESS and self.text[abbr.end : self.toks[k].start].strip() == "."

    def _sentence_initial(self, tok: _Tok) -> bool:
        before = self.text[max(0, tok.start - 3) : tok.start]
        k = self.index.get(tok.start, -1)
        if k >= 0 and self._address_before(k):
            return False
        return (
            tok.start in self.starts
            or not before.strip()
            or bool(re.search(r"(?:^|[.!?…:»]\s|\n)\s*[«\"(—–-]?\s*$", before))
        )

    # -- runs ---------------------------------------------------------------------
    def runs(self) -> list[list[int]]:
        out: list[list[int]] = []
        cur: list[int] = []
        for k, t in enumerate(self.toks):
            if t.kind in ("init", "word") and not self._in_quotes(t.start):
                if cur:
                    gap = self.text[self.toks[cur[-1]].end : t.start]
                    if not (gap in (" ", "") and (gap == " " or self.toks[cur[-1]].kind == "init")):
                        out.append(cur)
                        cur = []
                cur.append(k)
                continue
            if cur:
                out.append(cur)
                cur = []
        if cur:
            out.append(cur)
        return out

    def parse_run(self, run: list[int]) -> list[_Name]:
        """Names within one run of capitalised words and initials."""
        toks = [self.toks[k] for k in run]
        names: list[_Name] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            rest = toks[i:]
            kinds = "".join("I" if x.kind == "init" else "W" for x in rest)
            inits = len(kinds) - len(kinds.lstrip("I"))
            # initials + surname
            if (
                1 <= inits <= 3 and inits < len(rest)
                and self._surname_ok(rest[inits].text, initials=inits)
            ):  # fmt: skip
                w = rest[inits]
                names.append(
                    _Name(
                        t.start,
                        w.end,
                        w.text,
                        [x.text for x in rest[:inits]],
                        "initials + surname",
                        0.95,
                    )
                )
                i += inits + 1
                continue
            if t.kind == "word":
                # surname + initials
                n_after = len(kinds[1:]) - len(kinds[1:].lstrip("I"))
                if n_after >= 1 and self._surname_before_initials(t.text, rest[n_after + 1 :]):
                    last = rest[n_after]
                    names.append(
                        _Name(
                            t.start,
                            last.end,
                            t.text,
                            [x.text for x in rest[1 : n_after + 1]],
                            "surname + initials",
                            0.9,
                        )
                    )
                    i += n_after + 1
                    continue
                words = [x for x in rest[:3] if x.kind == "word"]
                # given + patronymic (+ surname)
                if len(words) >= 2 and words is not None and rest[1].kind == "word":
                    a, b = rest[0].text, rest[1].text
                    if is_given(a) and is_patronymic(b):
                        if (
                            len(rest) >= 3
                            and rest[2].kind == "word"
                            and self._surname_ok(rest[2].text, strict=False)
                        ):
                            names.append(
                                _Name(
                                    t.start,
                                    rest[2].end,
                                    rest[2].text,
                                    [a, b],
                                    "given + patronymic + surname",
                                    0.97,
                                )
                            )
                            i += 3
                        else:
                            names.append(
                                _Name(t.start, rest[1].end, None, [a, b], "given + patronymic", 0.9)
                            )
                            i += 2
                        continue
                    if (
                        len(rest) >= 3 and rest[2].kind == "word"
                        and (t.start in self.caps or (is_surname(a) and not common(a)))
                        and is_given(b) and is_patronymic(rest[2].text)
                        and not self._cue(a)  # "Наркоминдела Иван Анатольевич Д.": an office
                    ):  # fmt: skip
                        names.append(
                            _Name(
                                t.start,
                                rest[2].end,
                                a,
                                [b, rest[2].text],
                                "surname + given + patronymic",
                                0.95,
                            )
                        )
                        i += 3
                        continue
                    if (
                        is_given(a) and not common(a)
                        and (is_surname(b) or _foreign_surname(b) or _ru_surname_form(b))
                        and _surname_after(a, b)
                    ):  # fmt: skip
                        names.append(_Name(t.start, rest[1].end, b, [a], "given + surname", 0.9))
                        i += 2
                        continue
            i += 1
        return names

    def _surname_before_initials(self, word: str, after: list[_Tok]) -> bool:
        """ "Ползунов Г. Е.": a surname-shaped word before initials that no further
        capitalised word follows (else the initials are that word's: "Затем М. Литвинов")."""
        if is_surname(word) and not common(word):
            return True
        if after and after[0].kind == "word":
            return False
        if word.lower() in self.person_cues or lemma(word) in self.person_cues or place_like(word):
            return False
        return bool(SURNAME_SHAPE.search(word)) and any(p.pos == "NOUN" for p in parses(word))

    @staticmethod
    def _placeless(word: str, initials: int) -> bool:
        """After initials, a word the dictionary reads as a place is still a surname when
        that reading is a guess ("К. Вебер"), or after two initials when it names no
        place of the gazetteer ("С. Б. Цейтлин"; but "Н. Новгород")."""
        if not initials:
            return False
        if not is_known(word):
            return True
        return (
            initials >= 2
            and not place_in(word)
            and any("anim" in p.grammemes for p in parses(word))
        )

    def _cue(self, word: str) -> bool:
        """Is the word an office or another cue of a person, not a name?"""
        low = word.lower()
        return (
            low in self.person_cues or lemma(word) in self.person_cues
            # an abbreviation declined: "Наркоминдела"
            or any(low.startswith(c) and len(low) - len(c) <= 2 for c in self.person_cues
                   if len(c) >= 6)
            # a body of the department lexicon, declined: "Наркомвнешторга", "Разведупра"
            or any(low.startswith(b) and len(low) - len(b) <= 2 for b in self.bodies
                   if len(b) >= 5)
        )  # fmt: skip

    def _surname_ok(self, word: str, strict: bool = True, initials: int = 0) -> bool:
        if word.split("-")[0].lower() in self.person_cues:
            return False
        if place_like(word) and not has(word, "Surn") and not self._placeless(word, initials):
            return False
        if not strict:
            return True
        if is_surname(word) or not common(word):
            return True
        # after initials, a noun of a surname's shape ("Г. Е. Ползунов", though the
        # dictionary also reads "ползунов" as a plural)
        return bool(SURNAME_SHAPE.search(word)) and any(p.pos == "NOUN" for p in parses(word))

    # -- the document ---------------------------------------------------------------
    def find(self) -> list[Mention]:
        names: list[_Name] = []
        covered: set[int] = set()
        for run in self.runs():
            for n in self.parse_run(run):
                names.append(n)
        for n in names:
            covered.update(k for k, t in enumerate(self.toks) if n.start <= t.start < n.end)
        self._resolve_forms(names)
        for n in self._headwords(names):
            names.append(n)
            covered.update(k for k, t in enumerate(self.toks) if n.start <= t.start < n.end)
        full_surnames = {n.lemma for n in names if n.lemma}
        full_forms = {self.text[n.start : n.end].split()[-1] for n in names if n.surname}
        given_only = {n.given[0] for n in names if n.given and not n.given[0].endswith(".")}
        for k, t in enumerate(self.toks):
            if k in covered or t.kind != "word" or self._in_quotes(t.start):
                continue
            found = self._bare(k, t, full_surnames, full_forms, given_only)
            if found is not None:
                names.append(found)
                covered.add(k)
                if found.lemma:
                    full_surnames.add(found.lemma)
                    full_forms.add(t.text)
        # a lone surname before the fuller name or the surname it echoes ("Петров
        # вернулся …, и Петровым …"): once more with every surname the document gave
        stems = {s[:3] for s in full_surnames} | {g[:3] for g in given_only}
        for k, t in enumerate(self.toks):
            if k in covered or t.kind != "word" or t.text[:3] not in stems:
                continue  # (only a word sharing a found name's first letters can echo it)
            if self._in_quotes(t.start):
                continue
            found = self._bare(k, t, full_surnames, full_forms, given_only)
            if found is not None and found.rule.endswith("of a fuller name"):
                names.append(found)
        names += self._listed(names, covered)
        names += self._other_names(names)
        names += self._latin(names)
        names += self._initials_alone(names)
        names.sort(key=lambda n: n.start)
        # "МГУ имени М. В. Ломоносова": the namesake of an institution, no one in the text
        names = [n for n in names if not _EPONYM.search(self.text, max(0, n.start - 8), n.start)]
        return self._typed(names)

    def _listed(self, names: list[_Name], covered: set[int]) -> list[_Name]:
        """A capitalised word in an enumeration of names ("Члены ЦК: Петров, Кулак,
        Сидоров", "т.т. Петрова, Кулака и Сидорова"): a name, when the names next to it
        on both sides, or two before or after it, are persons the grammar found."""
        by_end = {n.end: n for n in names}
        by_start = {n.start: n for n in names}

        def left(pos: int) -> _Name | None:
            m = _LIST_GAP_BEFORE.search(self.text, max(0, pos - 6), pos)
            return by_end.get(m.start()) if m else None

        def right(pos: int) -> _Name | None:
            m = _LIST_GAP.match(self.text, pos)
            return by_start.get(m.end()) if m else None

        out = []
        for k, t in enumerate(self.toks):
            if k in covered or t.kind != "word" or t.start in by_start:
                continue
            a, b = left(t.start), right(t.end)
            if not (a and b) and not (a and left(a.start)) and not (b and right(b.end)):
                if not ((a or b) and self._paired_surname(k)):
                    continue
            word = t.text
            # a place's name only between two persons ("Петров, Кировск, Сидоров" is a
            # list of men whose surnames are also towns)
            if (
                self._cue(word)
                or self._in_quotes(t.start)
                or (place_like(word) and not has(word, "Surn") and not (a and b))
            ):
                continue
            nominative, gender = surname_nominative(word)
            out.append(_Name(t.start, t.end, word, [], "surname in a list of names", 0.8,
                             gender, None, nominative))  # fmt: skip
        return out

    def _paired_surname(self, k: int) -> bool:
        """One person the grammar found is enough beside a Russian surname's form that
        the dictionary reads as a word ("Пыжиков и Сорокин", "Сорокину и Пыжикову"), or
        beside a word it does not know (a foreign surname: "Накано, Огава"),
        unless a capitalised word other than the sentence's first stands before it, as in a
        body's title ("Совет Народных Комиссаров и …")."""
        word = self.toks[k].text
        if not (_ru_surname_form(word) or not is_known(word)) or place_like(word):
            return False
        prev = self.toks[k - 1] if k else None
        return not (
            prev is not None and prev.kind == "word" and prev.text[:1].isupper()
            and not self._sentence_initial(prev)
        )  # fmt: skip

    def _headwords(self, names: list[_Name]) -> list[_Name]:
        """A dictionary entry's heading: a surname and one or two given names, then the
        years of life in parentheses and a dash, at the start of a line ("Куйвала Эйно
        Юхани (1885—1940) — участник …"), whatever the given names' language."""
        out = []
        for m in _HEADWORD.finditer(self.text):
            surname = m.group("surname")
            if any(n.start < m.end("given") and m.start() < n.end for n in names):
                continue
            if common(surname) or surname.split("-")[0].lower() in self.person_cues:
                continue
            given = m.group("given").split()
            out.append(
                _Name(m.start(), m.end("given"), surname, given, rule="headword", conf=0.85,
                      case="nomn", lemma=surname)
            )  # fmt: skip
        return out

    def _resolve_forms(self, names: list[_Name]) -> None:
        """Nominative surname and given names, gender and case of each fuller name."""
        for n in names:
            gender = case = None
            given = []
            options = [name_cases(g) for g in n.given if not g.endswith(".")]
            agreed = (
                tuple(c for c in options[-1] if all(c in o for o in options)) if options else ()
            )
            for g in n.given:
                if g.endswith("."):
                    given.append(g)
                    continue
                nominative, gg, gc = given_nominative(g, gender, agreed)
                given.append(nominative)
                gender, case = gender or gg, case or gc
            n.given = given
            if n.surname is None:
                n.gender, n.case = gender, case
                continue
            if gender is None:
                gender = self._gender_from_clause(n)
            n.lemma, n.gender = surname_nominative(n.surname, gender, case)
            n.case = case

    def _initials_alone(self, names: list[_Name]) -> list[_Name]:
        """Two initials with no surname, the subject of the verb after them, are someone
        named by given name and patronymic ("что К. П. снят с работы"), as memoirs and
        diaries write of those close to them."""
        out: list[_Name] = []
        for m in _INITIALS_ALONE.finditer(self.text):
            if any(n.start <= m.start() < n.end for n in names):
                continue
            if any(p.pos in ("VERB", "PRTS") for p in parses(m.group(3))[:2]):
                given = [m.group(1) + ".", m.group(2) + "."]
                out.append(_Name(m.start(), m.start() + len(m.group(0).rstrip()) - len(m.group(3)) - 1,
                                 None, given, "initials alone", 0.7))  # fmt: skip
        return out

    def _gender_from_clause(self, n: _Name) -> str | None:
        """A woman's surname form ("Литвинова") followed in its clause by a feminine verb."""
        if not re.search(r"(?:ова|ева|ина|ына|ская|цкая)$", n.surname or ""):
            return None
        clause = re.split(r"[,;.()—]", self.text[n.end : n.end + 60], maxsplit=1)[0]
        return "femn" if _FEMININE_VERB.search(clause) else None

    def _bare(
        self, k: int, t: _Tok, full: set[str], forms: set[str], given_only: set[str]
    ) -> _Name | None:
        word = t.text
        if self._cue(word):
            return None  # "Наркоминдела": an office, not a surname
        initial = self._sentence_initial(t)
        prev = self._prev_word(k)
        prev_lemma = lemma(prev) if prev else ""
        if prev_lemma in self.place_cues:
            return None
        if prev and prev.lower() in ("в", "во", "из") and place_in(word) and word not in forms:
            return None  # "консул в Мукдене": a place of the gazetteer, not a surname
        if word in given_only and not common(word):
            return _Name(t.start, t.end, None, [word], "given name of a fuller name", 0.85)
        woman = self._gender_from_clause(_Name(t.start, t.end, word)) == "femn"
        readings = [
            surname_nominative(word, g) for g in (("femn", None) if woman else (None, "femn"))
        ]
        known = (
            [r for r in readings if r[0] in full]
            or (readings[:1] if word in forms else [])
            # a case form of a foreign surname already found that the dictionary reads
            # as a thing ("на Мориваля" after "Мориваль", "с Мацугавой" after "Мацугава")
            or [(title(p.normal), None) for p in parses(word)[:3]
                if p.pos == "NOUN" and title(p.normal) in full and p.normal != word.lower()][:1]
        )  # fmt: skip
        if known:
            nominative, gender = known[0]
            rule = "surname of a fuller name"
            return _Name(t.start, t.end, word, [], rule, 0.9, gender, None, nominative)
        cue = prev is not None and (
            prev_lemma in self.person_cues or prev.lower() in self.person_cues
            or self._compound_rank(prev)
            or self._address_before(k) or self._office_before(k)
        )  # fmt: skip
        if place_like(word) and not has(word, "Surn") and not (cue and not is_known(word)):
            return None
        if "-" in word and any(len(part) < 3 for part in word.split("-")):
            return None  # "Эр-Рияд", "Аль-…": not a surname
        if (
            cue
            and not (initial and common(word))
            and (
                not common(word)
                or prev_lemma in ("фамилия", "псевдоним")
                # a Russian surname's form after a rank or an office, though the dictionary
                # reads it as a common word ("полковник Зябликов", "атташе Мягких")
                # — unless it agrees with the noun after it ("Комиссара Иностранных Дел")
                or (_ru_surname_form(word) and not self._agrees_with_next(k))
                # a noun in apposition to a military rank ("капитан Соловей")
                or (prev is not None and _apposed_to_rank(prev, word))
                # a form of address names a person whatever else the word may mean
                # ("тов. Кулак", "товарищ Мороз", "господин Кот")
                or self._address_before(k) or prev_lemma in _ADDRESS_WORDS
            )
        ):  # fmt: skip
            nominative, gender = surname_nominative(word)
            return _Name(t.start, t.end, word, [], f"after {prev}", 0.85, gender, None, nominative)
        if not is_surname(word):
            if not initial and _lone_name(word) and prev_lemma not in _PLACE_PREPOSITIONS:
                return _Name(t.start, t.end, word, [], "lone name", 0.75, None, None, word)
            return self._name_before_verb(k, t)
        if sk_adjective(word) and self._agrees_with_next(k):
            return None
        surn = [p for p in parses(word) if p.has("Surn")]
        if initial and common(word) and not (surn and surn[0] is parses(word)[0]):
            return None
        if common(word) and not surn and not sk_adjective(word):
            return None
        if sk_adjective(word) and is_known(word) and not surn and initial:
            return None
        if (
            not surn
            and not sk_adjective(word)
            and not any("anim" in p.grammemes for p in parses(word))
        ):
            return None
        nominative, gender = surname_nominative(word)
        return _Name(t.start, t.end, word, [], "surname", 0.8, gender, None, nominative)

    def _compound_rank(self, word: str) -> bool:
        """A rank or office in two hyphenated parts, one of them a cue: "контр-адмирал",
        "генерал-майор", "вице-консул"."""
        if "-" not in word or word[:1].isupper():
            return False
        return any(part in self.person_cues or lemma(part) in self.person_cues
                   for part in word.lower().split("-") if len(part) > 3)  # fmt: skip

    def _office_before(self, k: int) -> bool:
        """An office and the state or body it serves stand before the word: "посол
        Франции X", "министр иностранных дел X", "полпреда в Турции X",
        "председатель СНК Украины X" (up to four words of genitives, places,
        abbreviations and "в", "при" between the office and the name)."""
        j, seen = k - 1, 0
        while j >= 0 and seen < 5:
            tok = self.toks[j]
            gap = self.text[tok.end : self.toks[j + 1].start]
            if gap != " " or not tok.text[:1].isalpha():
                return False
            low = tok.text.lower()
            if seen and (low in self.person_cues or lemma(tok.text) in self.person_cues):
                return True
            if seen == 4:
                return False
            if tok.text[:1].isupper():
                if not (tok.text.isupper() or place_like(tok.text) or place_in(tok.text)):
                    return False
            elif low not in ("в", "во", "при") and not any(
                p.case == "gent" and p.pos in ("NOUN", "ADJF") for p in parses(tok.text)[:1]
            ):
                return False
            j, seen = j - 1, seen + 1
        return False

    def _latin(self, names: list[_Name]) -> list[_Name]:
        """Names in Latin script within Russian prose ("англ. John Smith"): a known
        given name and one or two capitalised words after it."""
        out = []
        given = gz.given_names()
        for m in _LATIN_NAME.finditer(self.text):
            words = m.group(0).split()
            if words[0] not in given or any(n.start <= m.start() < n.end for n in names):
                continue
            out.append(_Name(m.start(), m.end(), words[-1], words[:-1], "latin given + surname", 0.85,
                             None, None, words[-1]))  # fmt: skip
        return out

    def _name_before_verb(self, k: int, t: _Tok) -> _Name | None:
        """A lone word the dictionary reads first as a name ("Коллонтай", indeclinable)
        right before a verb of which it is the subject: a person."""
        found = parses(t.text)
        if not found or k + 1 >= len(self.toks):
            return None
        # or a word the dictionary knows only as a pronoun or particle, capitalised
        # inside a sentence ("1 июня Того [a surname] дал указание"): a name, not the word
        function = (
            found[0].pos in ("NPRO", "CONJ", "PRCL", "PREP") or "Apro" in found[0].grammemes
        ) and not self._sentence_initial(t)
        if found[0].pos == "NPRO" and found[0].normal in _PERSONAL_PRONOUNS:
            return None  # "он", "ему": a pronoun capitalised by a lost full stop
        if not (found[0].grammemes & {"Name", "Surn"}) and not function:
            return None
        nxt = self.toks[k + 1]
        if self.text[t.end : nxt.start] != " " or not nxt.text[:1].islower():
            return None
        verb = [p for p in parses(nxt.text)[:2] if p.pos == "VERB"] or (
            [p for p in parses(self.toks[k + 2].text)[:1] if p.pos == "VERB"]
            if k + 2 < len(self.toks) and parses(nxt.text)[:1] and parses(nxt.text)[0].pos == "ADVB"
            else []
        )
        if not verb:
            return None
        gender = verb[0].gender or (None if function else found[0].gender)
        return _Name(
            t.start,
            t.end,
            t.text,
            [],
            "name before its verb",
            0.8,
            gender,
            None,
            t.text if function else title(found[0].normal),
        )

    def _agrees_with_next(self, k: int) -> bool:
        """An adjective in -ский followed by a lower-case noun or adjective: not a name.
        So is each of coordinated adjectives before the noun they share ("Белорусского,
        Ленинградского и Московского военных округов")."""
        if k + 1 >= len(self.toks):
            return False
        j, cases = k, adjective_cases(self.toks[k].text)
        while (
            j + 2 < len(self.toks) and self.toks[j + 1].text in (",", "и")
            and sk_adjective(self.toks[j + 2].text) and self.toks[j + 2].text[:1].isupper()
            and cases & adjective_cases(self.toks[j + 2].text)
        ):  # fmt: skip
            j += 2
        if j > k:
            return self._agrees_with_next(j)
        nxt = self.toks[k + 1]
        if self.text[self.toks[k].end : nxt.start] != " ":
            return False
        if nxt.text.isupper() and len(nxt.text) > 1:
            return True  # "Московской ЧК"
        if not nxt.text[:1].islower():
            # "Саудовской Аравии", but not "Троцкий Лев"
            top = parses(nxt.text)[:2]
            return (
                bool(top)
                and not any(p.grammemes & {"Name", "Surn", "Patr"} for p in top)
                and any(
                    p.pos in ("NOUN", "ADJF") and p.case in adjective_cases(self.toks[k].text)
                    for p in top
                )
            )
        # a lower-case noun or adjective in a case the word has as an adjective
        # ("Советский посол"); a surname the dictionary knows only as a noun, or a
        # preposition after it ("под начальством Петровского в Москве"), agrees with nothing
        cases = adjective_cases(self.toks[k].text)
        top = parses(nxt.text)[:2]
        return (
            bool(cases and top)
            and top[0].pos not in ("PREP", "CONJ", "PRCL")
            and any(p.pos in ("NOUN", "ADJF", "PRTF") and p.case in cases for p in top)
        )

    def _other_names(self, names: list[_Name]) -> list[_Name]:
        out = []
        for n in names:
            m = _PARENS_OTHER.match(self.text, n.end)
            if not m or place_like(m.group("name")) or common(m.group("name")):
                continue
            if not m.group("cue") and not m.group(0).endswith(")"):
                continue
            word = m.group("name")
            nominative, gender = surname_nominative(word, n.gender)
            other = _Name(
                m.start("name"),
                m.end("name"),
                word,
                [],
                "other name in parentheses",
                0.85,
                gender,
                None,
                nominative,
            )
            other.given = ["=" + (n.lemma or " ".join(n.given))]
            out.append(other)
        return out

    # -- person or cited author -------------------------------------------------------
    def _cited(self, n: _Name) -> bool:
        before = self.text[max(0, n.start - 40) : n.start]
        words = re.findall(r"[а-яё-]+", before.lower())
        if words and lemma(words[-1]) in self.cited_cues:
            return True
        if _CITED_AFTER.match(self.text, n.end):
            return True
        line_start = self.text.rfind("\n", 0, n.start) + 1
        if not self.text[line_start : n.start].strip() and self.text[n.end : n.end + 1] == ":":
            return True  # a speaker of a transcript
        return bool(re.match(r"\s*\(?\s*(?:19|20)\d\d\s*[,)]", self.text[n.end : n.end + 10]) and
                    re.search(r"\(\s*$|;\s*$", before))  # fmt: skip

    def _typed(self, names: list[_Name]) -> list[Mention]:
        cited = [self._cited(n) for n in names]
        actors = {
            n.lemma or (n.given[0] if n.given else "")
            for n, c in zip(names, cited, strict=True)
            if not c
        }
        out = []
        for n, c in zip(names, cited, strict=True):
            key = n.lemma or (n.given[0] if n.given else "")
            mtype = "cited_author" if c and key not in actors else "person"
            attrs: dict[str, object] = {"rule": n.rule, "script": "cyrillic"}
            if n.lemma:
                attrs["surname"] = n.lemma
            elif n.given and not n.given[0].startswith("="):
                attrs["surname"] = ""
            given = [g for g in n.given if not g.startswith("=")]
            attrs["given"] = given
            if n.given and n.given[0].startswith("="):
                attrs["other_name_of"] = n.given[0][1:]
            if n.gender:
                attrs["gender"] = n.gender
            if n.case:
                attrs["case"] = n.case
            out.append(
                Mention(n.start, n.end, self.text[n.start : n.end], mtype, EXTRACTOR, n.conf, attrs)
            )
        return out


_HEADWORD = re.compile(
    r"^[ \t]*(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+"
    r"(?P<given>[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)"
    r"\s*\((?:\d{4}|\?)\s*[—–-]\s*(?:\d{4}|\?)?\)\s*[—–-]",
    re.M,
)
#: what separates the members of an enumeration
_LIST_GAP = re.compile(r",\s*|\s+и\s+")
_LIST_GAP_BEFORE = re.compile(f"(?:{_LIST_GAP.pattern})$")  # the same gap, ending at a name
#: abbreviated forms of address and titles before a surname, written with a full stop
_ADDRESS = frozenset({"т", "тов", "гр", "ген", "проф", "акад", "д-р"})
#: prepositions after which an indeclinable name is rather a place ("за Дамаском")
_PLACE_PREPOSITIONS = frozenset("в во из за до под через над на по".split())
_ADDRESS_WORDS = frozenset(
    "товарищ тов господин г-н госпожа г-жа мистер миссис мисс сэр мадам месье".split()
)
_INITIALS_ALONE = re.compile(r"(?<![\w.])([А-ЯЁ])\.\s?([А-ЯЁ])\.\s+([а-яё]+)")
#: the forms of a Russian surname in -ов/-ев/-ин/-ын, and the indeclinable ones in -их/-ых
_RU_SURNAME_FORM = re.compile(r"(?:[оеё]в|[иы]н)(?:а|у|ым|ом|е|ой|ою|у)?$|[иы]х$")
_PERSONAL_PRONOUNS = frozenset("я ты он она оно мы вы они".split())
_EPONYM = re.compile(r"(?<![\w-])(?:имени|им\.)\s*$")


def _lone_name(word: str) -> bool:
    """A capitalised word inside a sentence that the dictionary reads only as an
    indeclinable name: a foreign surname ("к голосу Дюбуа", "при правительстве Дюбуа")."""
    found = parses(word)
    return (
        bool(found)
        and found[0].has("Name", "Fixd")
        and not place_like(word)
        and all(p.has("Name") or p.has("Surn") for p in found[:3])
    )


def _ru_surname_form(word: str) -> bool:
    """A form of a Russian surname in -ов/-ин/-их … ("Зябликов", "Лапину", "Мягких"),
    though the dictionary reads it as a word, but not a noun in its own dictionary
    form ("Остров", "Кувшин"): that is the word, capitalised."""
    if not _RU_SURNAME_FORM.search(word):
        return False
    top = parses(word)[:1]
    return not (top and top[0].pos == "NOUN" and top[0].normal == word.lower())


#: military and naval ranks, after which a noun in the same case is a surname
_RANKS = frozenset(
    "генерал адмирал маршал полковник подполковник майор капитан лейтенант старшина сержант "
    "ефрейтор ротмистр есаул командарм флагман".split()
)


def _apposed_to_rank(rank: str, word: str) -> bool:
    """A singular noun after a rank, in the rank's case: a surname in apposition
    ("капитан Соловей", "комкору Лисице"), not the rank's complement ("адмирал Флота",
    "генерал Армии"). Outside the nominative the noun must name a living being, since a
    genitive thing agrees with an accusative rank by chance."""
    parts = rank.lower().split("-")
    rank_parses = [p for p in parses(parts[-1] if parts[-1] in _RANKS else parts[0])
                   if p.normal in _RANKS]  # fmt: skip
    if not rank_parses:
        return False
    cases = {p.case for p in rank_parses if "sing" in p.grammemes}
    for p in parses(word):
        if p.pos == "NOUN" and "sing" in p.grammemes and p.case in cases:
            if p.case == "nomn" or "anim" in p.grammemes:
                return True
    return False


def _foreign_surname(word: str) -> bool:
    """A word the dictionary does not know, or knows only as a name, after a given name:
    a foreign surname in Cyrillic ("Шарль Лафоржи", "Эдуард Дюбуа")."""
    if not is_known(word):  # a guess of the dictionary, even a place, proves nothing
        return "-" not in word
    return not common(word) and not place_like(word) and parses(word)[0].has("Name")


def _surname_after(given: str, word: str) -> bool:
    """Is the word after a given name its surname? One the dictionary reads as no common
    word, or an adjective in -ский/-цкий in the given name's case ("Михаила Морского",
    though "морского" is also an adjective of the sea)."""
    if not common(word):
        return True
    if _ru_surname_form(word) and not place_like(word):
        return True  # "Павел Сомов", "Игорь Лапин", though "сомов", "лапин" are words
    cases = {p.case for p in parses(given) if p.has("Name")}
    return sk_adjective(word) and bool(cases & adjective_cases(word))


def find_persons_ru(doc: Document, sentences: list[tuple[int, int]]) -> list[Mention]:
    """Person and cited-author mentions of a Russian document, in text order."""
    return _Finder(doc, sentences).find()
