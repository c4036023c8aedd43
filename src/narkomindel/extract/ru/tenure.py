"""The end of a post told by a verb of staying after it (``extract.ru.tenure``).

"В 1925 г. назначен полпредом в X, где проработал до 1927 г.", "… и оставался на
этом посту до 1927 года", "… и занимал этот пост до 1927 года", "… На этом посту он
пробыл до 1927 г.": the post stated with its start ends at the date after "до" that a
verb of staying or holding office governs, in the post's sentence after it, or in the
next sentence when that one opens by naming the post it continues ("На этом посту …",
"В этой должности …", "На этой должности …").

"… с 1925 г. до своего ареста в 1937 г.", "До отзыва в 1927 г. работал полпредом …":
a date after "до" and the noun of an end of service (an arrest, a recall, a death, a
dismissal) is the end of the post its sentence states (:func:`ended_by_a_fate`).
"""

from __future__ import annotations

import re

from narkomindel.extract.dates import DateMatch

__all__ = ["stayed_until", "ended_by_a_fate", "begun_before"]

#: a verb of staying in office (past, either gender) before "до" and its date
_STAYED = re.compile(
    r"(?<![\w-])(?:оставал(?:ся|ась)|пробыл[аи]?|проработал[аи]?|работал[аи]?|находил(?:ся|ась)"
    r"|состоял[аи]?|занимал[аи]?|возглавлял[аи]?|руководил[аи]?)(?![\w-])[^.;:!?\d]{0,40}?\s(?:вплоть\s+)?$",
    re.I,
)
#: a sentence continuing the post of the one before
_SAME_POST = re.compile(
    r"\s*(?:[Нн]а\s+(?:этом|том|своём|своем|новом)\s+(?:посту|месте)"
    r"|(?:[Вв]|[Нн]а)\s+(?:этой|той|новой|своей)\s+должности|[Тт]ам)(?![\w-])"
)


#: "до (своего) ареста (в)" right before a date: the service ended by the fate it names
_UNTIL_FATE = re.compile(
    r"(?<![\w-])(?:вплоть\s+)?[Дд]о\s+(?:(?:своего|своей|его|её|ее)\s+)?(?:ареста|отзыва|смерти"
    r"|кончины|гибели|расстрела|отставки|увольнения|снятия|освобождения|бегства|эмиграции)"
    r"(?:\s+(?:в|во|на|с|со|из)\s+[А-ЯЁа-яё]+)?,?\s+(?:в\s+)?$"
)


#: release from the post just named: "освобождён от этой должности", "снят с этого поста"
_RELEASED = re.compile(
    r"(?<![\w-])(?:освобожд[её]н[аы]?|снят[аы]?)\s+(?:от|с|со)\s+(?:этой|этого|своей|своего|занимаемой|"
    r"занимаемого|данной|данного)\s+(?:должности|поста|работы|обязанностей)(?![\w-])"
)


#: a recall from the posting abroad, right before its date ("отозван (уже) в 1937 г.") or
#: right after it ("в 1937 г. (был) отозван", "в 1937 г. его отозвали")
_RECALL_BEFORE = re.compile(
    r"(?<![\w-])(?:отозван[аы]?|отозвали)(?:\s+(?:в\s+Москву|на\s+родину))?\s+(?:уже\s+)?(?:в\s+)?$"
)
_RECALL_AFTER = re.compile(
    r"\s*,?\s*(?:(?:он|она)\s+)?(?:был[аи]?\s+|его\s+|её\s+|ее\s+)?(?:отозван[аы]?|отозвали)(?![\w-])"
)


def recalled_at(text: str, d: DateMatch, hi: int) -> bool:
    """Is ``d`` the date of a recall told right before or after it in its clause ("…, а
    в 1937 г. был отозван", "…, отозван уже в январе 1937 г.")?"""
    if "отозва" not in text[max(0, d.start - 40) : min(hi, d.end + 30)]:
        return False
    return bool(
        _RECALL_AFTER.match(text, d.end, hi)
        or _RECALL_BEFORE.search(text, max(0, d.start - 40), d.start)
    )


#: a verb of staying and how many years: "где проработал три года", "пробыл на этом посту два года"
_LASTED = re.compile(
    r"(?<![\w-])(?:оставал(?:ся|ась)|пробыл[аи]?|проработал[аи]?|прослужил[аи]?)"
    r"(?:\s+(?:там|на\s+(?:этом|том)\s+посту|в\s+(?:этой|той)\s+должности))?"
    r"\s+(?P<n>два|две|три|четыре|пять|шесть|[2-9])\s+(?:года|лет)(?![\w-])",
    re.I,
)
_YEARS = {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6}


def _lasted(text: str, lo: int, hi: int, start: str) -> str | None:
    """The end of a post begun in the year ``start`` that a verb of staying after it in its
    clause gives as a number of years ("где проработал три года" after "в 1925 г.": 1928)."""
    if "год" not in text[lo:hi] and "лет" not in text[lo:hi]:
        return None
    m = _LASTED.search(text, lo, hi)
    if m is None or not start[:4].isdigit() or re.search(r"[;:]", text[lo : m.start()]):
        return None
    n = m.group("n").lower()
    return str(int(start[:4]) + (int(n) if n.isdigit() else _YEARS[n]))


def _recalled_next(text: str, dates: list[DateMatch], nxt: tuple[int, int]) -> str | None:
    """The date of a recall the next sentence opens with, naming no one ("В 1937 г.
    отозван в Москву", "В январе 1937 г. он был отозван")."""
    lo, hi = nxt
    d = next((d for d in dates if lo <= d.start and d.end <= hi), None)
    if d is None or "/" in d.edtf or text[lo : d.start].strip() not in ("", "В", "в"):
        return None
    m = _RECALL_AFTER.match(text, d.end, hi)
    if m is None:
        return None
    # naming no one: nothing capitalised after the verb but Moscow, where one is recalled to
    # ("В 1937 г. отозван полпред в Литве Y" recalls Y, not the holder before)
    rest = re.sub(r"(?<![\w-])в\s+Москву(?![\w-])", "", text[m.end() : hi])
    return None if re.search(r"[A-ZА-ЯЁ]", rest) else d.edtf


def released_at(text: str, d: DateMatch, hi: int) -> bool:
    """Is ``d`` the date of a release from the post just named, right before or after
    it in its clause ("…, а в 1927 г. освобождён от этой должности")?"""
    near = text[max(0, d.start - 45) : min(hi, d.end + 45)]
    if "освобожд" not in near and "снят" not in near:
        return False
    after = _RELEASED.match(text, d.end + len(text[d.end : hi]) - len(text[d.end : hi].lstrip()))
    before = _RELEASED.search(text, max(0, d.start - 45), d.start)
    return after is not None or (
        before is not None and not text[before.end() : d.start].strip(" ,в")
    )


def begun_before(text: str, dates: list[DateMatch], s: int, cue_start: int) -> str | None:
    """The start of a post whose end is given after it ("В 1925 г. назначен полпредом в
    X (до 1927 г.)"): the single date before the role in its clause (``s`` its
    sentence's start), none when a comma, dash or semicolon parts them."""
    before = [d for d in dates if s <= d.start and d.end <= cue_start]
    if not before or "/" in before[-1].edtf or before[-1].edtf.endswith("~"):
        return None
    if re.search(r"[,;:()]|\s[—–-]\s", text[before[-1].end : cue_start]):
        return None
    return before[-1].edtf


def ended_by_a_fate(text: str, d: DateMatch) -> bool:
    """Is ``d`` written right after "до ареста", "до своего отзыва (в)" …, the end of a
    service told by the fate that ended it?"""
    if "до" not in text[max(0, d.start - 50) : d.start].lower():
        return False
    return _UNTIL_FATE.search(text, max(0, d.start - 50), d.start) is not None


def stayed_until(
    text: str, dates: list[DateMatch], sentences: list[tuple[int, int]], claim_end: int,
    start: str,
) -> str | None:  # fmt: skip
    """The end ("до Y" after a verb of staying) of a post that starts at ``start`` and
    whose words (and own date) end at ``claim_end``: the first date after them in the sentence,
    or the first of the next sentence that continues it; None when the text states none."""
    e = next((b for a, b in sentences if a <= claim_end < b), claim_end)
    ranges = [(claim_end, e)]
    nxt = next(((a, b) for a, b in sentences if a >= e), None)
    if nxt is not None and _SAME_POST.match(text, nxt[0]):
        ranges.append(nxt)
    for lo, hi in ranges:
        d = next((d for d in dates if lo <= d.start and d.end <= hi), None)
        if d is None:
            if lo == claim_end and (end := _lasted(text, lo, hi, start)):
                return end  # "… назначен полпредом в X, где проработал три года"
            if lo == claim_end and nxt is not None and (end := _recalled_next(text, dates, nxt)):
                return end if end > start else None  # "… — полпред в X. В 1937 г. отозван."
            continue
        if (
            "/" not in d.edtf
            and d.edtf > start
            and (
                ended_by_a_fate(text, d)
                or (lo == claim_end and (released_at(text, d, hi) or recalled_at(text, d, hi)))
            )
        ):
            # "… с 1925 г. до своего ареста в 1937 г.", "…, а в 1927 г. освобождён от этой
            # должности"
            return d.edtf
        if not d.edtf.startswith("../") or text[d.start : d.start + 2].lower() != "до":
            return None  # another date first: another claim's
        until = d.edtf[3:]
        if until > start and _STAYED.search(text, max(lo, d.start - 70), d.start):
            return until
        return None
    return None
