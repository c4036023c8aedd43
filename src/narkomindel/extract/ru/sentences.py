"""Russian sentence boundaries, with Russian typographic conventions.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (closing quotes ``»`` and brackets
may follow) before white space and a capital letter, a digit, an opening ``«`` or
a dash. It does not end after an initial ("М. М. Литвинов", "Г.Котовский"), or
after an abbreviation that never closes a sentence ("т. е.", "т. н.", "им.",
"тов.", "зам.", "зав.", "см.", "ст. ст.", "англ."). After "г." / "гг." (year)
and "т. д." / "т. п." / "др." it ends only when the next word is not a name:
"в 1937 г. Литвинов был …" goes on, "1933—1937 гг. Арестован …" is a new one.
A date alone ("В 1934 г. Политбюро утвердило …", "В мае 1934 г. Германия …", "3 мая
1934 г. НКИД …") is never a sentence of its own.
Abbreviations in capitals (НКИД, ИККИ, ВКП(б)) carry no full stop and so end
nothing. A blank line (a paragraph's end) always ends a sentence, punctuated or
not (a heading, an entry's last "… 1938 г."); so does a footnote's call printed
twice, as book sites print a note inline ("…[15]15 Минкин А.Е. (1887–1955) – …");
and so does a full stop with no space after it between two words ("работой.Новый").
A day before a month in Roman numerals and a year ("11. X 1922") ends nothing.
"""

from __future__ import annotations

import re

from narkomindel.extract.ru.morph import parses

__all__ = ["sentence_spans_ru"]

_END = re.compile(
    r"(?:[.!?…]+)[»\"”’)\]]*\s+(?=[«\"“(\[]?[A-ZА-ЯЁ0-9—–])|(?<=\S)[ \t]*\n[ \t]*\n\s*"
    # a footnote's call printed twice, the note's text after it ("Минкин[15]15 Минкин
    # А.Е. (1887–1955) – …", as book sites print notes inline)
    r"|\[(\d{1,4})\]\1\s+(?=[A-ZА-ЯЁ«])"
    # a full stop the copy lost its space after, between a word and the next sentence's
    # first word ("…научной работой.Новый полпред …"); not after an initial or "т."
    r"|\.(?<=[а-яё]{3}\.)(?=[А-ЯЁ][а-яё])"
)
_DATE_ONLY = re.compile(
    r"\s*(?:(?:[ВвСс]|[Дд]о|[Пп]осле|[Оо]коло|[Кк]|[Лл]етом|[Вв]есной|[Оо]сенью|[Зз]имой)\s+)?"
    r"(?:(?:начале|конце|середине)\s+)?(?:(?:\d{1,2}\s+)?[а-яё]+\s+)?\d{4}(?:\s*[—–-]\s*\d{4})?\s*гг?\."
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")  # a paragraph ends its sentence, whatever precedes
_NEVER_FINAL = re.compile(
    r"(?:^|[\s(«\"])(?:т\.\s?е|т\.\s?н|т\.\s?к|им|тов|г-н|г-жа|зам|зав|пом|нач|см|ср|ст|англ|нем|франц|"
    r"фр|лат|польск|род|ум|ок|прибл|проф|акад|ген|полк|ред|изд|наст|фам|псевд|урожд|н|вып|т|ч|с|стр|"
    r"св|соч|кн|пер|ул|обл|губ|р-н|д|кв|пос|дер|ж\.\s?д|гос|сов|полпр|торгпр|упр|отд|сек|секр|"
    r"чл|канд|д-р|тыс|млн|млрд|руб|коп|экз|илл|табл|рис|гл|прим|и\s?т\.\s?д)\.$",
    re.I,
)
_MAYBE_FINAL = re.compile(r"(?:\bгг?|\bт\.\s?д|\bт\.\s?п|\bдр|\bвв?|\bн\.\s?э|\bст\.\s?ст)\.$")
_INITIAL = re.compile(
    r"(?:^|[\s(«\".,])[A-ZА-ЯЁ]\.$|(?:^|[\s(«\"])(?:Дж|Ш|Ч|Ю|Я|Ив|Вл|Ал|Св|Ек|Ст)\.$"
)
#: "20. XI 1922", "11. X 1922": a day, its month in Roman numerals, a year (dictionaries)
_ROMAN_DATE_AFTER = re.compile(r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.?\s?\d{4}(?!\d)")
_DAY_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\.$")
_NEXT_WORD = re.compile(r"[«\"“(\[]?([A-ZА-ЯЁ][а-яёa-z-]*)")


def _name_like(word: str) -> bool:
    """A capitalised word that is (most likely) a name: a given name, patronymic or
    surname, or a word the dictionary does not know."""
    found = parses(word)
    if not found:
        return True
    top = found[0]
    return bool(top.grammemes & {"Name", "Surn", "Patr"}) or "UNKN" in top.grammemes


def sentence_spans_ru(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]``, as (start, end) offsets."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _END.finditer(text, start, end):
        head = text[max(pos, m.start() - 12) : m.start() + 1]
        if m.group(0)[0] == "." and not _BLANK_LINE.search(m.group(0)):
            if _NEVER_FINAL.search(head) or _INITIAL.search(head):
                continue
            if _DAY_BEFORE.search(head) and _ROMAN_DATE_AFTER.match(text, m.end()):
                continue  # "подписанное 11. X 1922 …": a date, no sentence's end
            if _MAYBE_FINAL.search(head):
                if _DATE_ONLY.fullmatch(text, pos, m.start() + 1):
                    continue  # "В 1934 г. Политбюро утвердило …": a date alone is no sentence
                if text[m.end() : m.end() + 1] in ("—", "–"):
                    continue  # "1933—1937 гг. — полпред …" goes on
                if re.match(r"[A-ZА-ЯЁ]\.", text[m.end() : m.end() + 2]):
                    continue  # "в 1937 г. К. Хакимова …": an initial, a name goes on
                nxt = _NEXT_WORD.match(text, m.end())
                if nxt and _name_like(nxt.group(1)):
                    continue
        spans.append((pos, m.start() + len(m.group(0).rstrip())))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]
