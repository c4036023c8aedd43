"""Dates in Russian prose, normalised to EDTF (``extract.ru.dates``).

"3 ноября 1937 г.", "в феврале 1924 года", "в сентябре — ноябре 1921 г.",
"1933—1937 гг.", "1939‒40 гг.", "с 1925 по 1936 г.", "с 1925-го по 1936-й год", "в 1920-х гг.",
"в 20-е годы", "через два года" (after a year), "весной 1938 г.",
"в начале 1922 года", "в конце 1939 года", "около 1920 г.", "до 1937 г.", "с 1925 г.", "в 37-м году", "17.05.1938".
Seasons are EDTF seasons (21 spring … 24 winter), the beginning and end of a
year its first and second half (40, 41), as the English grammar writes them.
Dates marked "ст. ст." / "по старому стилю" are Julian, "н. ст." Gregorian;
otherwise dates before 14 February 1918 are Julian, as in Russian sources.
"""

from __future__ import annotations

import datetime as _dt
import re

from narkomindel.extract.dates import DateMatch, full_year, ymd

__all__ = ["find_dates_ru", "EXTRACTOR", "RU_MONTH_STEMS"]

EXTRACTOR = "extract.ru.dates.v9"

RU_MONTH_STEMS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
_MONTH = (
    r"(?:январ[ьяюе]|феврал[ьяюе]|марта?|марте|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|июл[ьяюе]|"
    r"августа?|августе|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|декабр[ьяюе])"
)
_M1, _M2, _M = (f"(?P<{n}>{_MONTH})" for n in ("m1", "m2", "m"))
_Y4 = r"(?:1[6-9]\d\d|20[0-4]\d)"
_D = r"(?:[0-3]?\d)"
_DASH = r"\s*(?:—|–|‒|-|−|‑|‐)\s*"  # also the non-breaking and Unicode hyphens
# what may follow a year: "г.", "гг.", "года", "году", "годах", "годов", "годы"
_YEAR_WORD = r"(?:\s*(?:гг?\.|год(?:а|у|ах|ов|ы|ом)?\b))?"
_SEASONS = {"весн": 21, "лет": 22, "осен": 23, "зим": 24}
_PARTS = {"начал": "40", "конц": "41", "конец": "41", "середин": "06~", "первой половин": "40",
          "второй половин": "41"}  # fmt: skip

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "с 7 ноября по 16 декабря 1933 г.", "с 7 по 16 ноября 1933 г.": one term, the
    # first day taking the month and year written after the second
    (
        "d_m_d_m_y",
        re.compile(
            rf"(?<![\w-])[Сс]о?\s+(?P<d1>{_D})\s+{_M1}\s+по\s+(?P<d2>{_D})\s+{_M2}\s+(?P<y>{_Y4}){_YEAR_WORD}"
        ),
    ),
    (
        "d_d_m_y",
        re.compile(
            rf"(?<![\w-])[Сс]о?\s+(?P<d1>{_D})\s+по\s+(?P<d2>{_D})\s+{_M}\s+(?P<y>{_Y4}){_YEAR_WORD}"
        ),
    ),
    (
        "d_m_d_m_y",
        re.compile(
            rf"(?<!\d)(?P<d1>{_D})\s+{_M1}{_DASH}(?P<d2>{_D})\s+{_M2}\s+(?P<y>{_Y4}){_YEAR_WORD}"
        ),
    ),
    # not the last digits of a year: "3 ноября 1925 — 6 февраля 1927" is no "25 — 6 февраля"
    (
        "d_d_m_y",
        re.compile(rf"(?<!\d)(?P<d1>{_D}){_DASH}(?P<d2>{_D})\s+{_M}\s+(?P<y>{_Y4}){_YEAR_WORD}"),
    ),
    # a day in both styles, the new one in parentheses: "10 (23) марта 1918 г.",
    # "25 октября (7 ноября) 1917 г." — the day as printed first
    (
        "d_m_y",
        re.compile(rf"(?P<d>{_D})\s*\(\s*{_D}\s*\)\s*{_M}\s+(?P<y>{_Y4}){_YEAR_WORD}"),
    ),
    (
        "d_m_y",
        re.compile(rf"(?P<d>{_D})\s+{_M}\s*\(\s*{_D}\s+{_MONTH}\s*\)\s*(?P<y>{_Y4}){_YEAR_WORD}"),
    ),
    # a month in Roman numerals, as registers write it: "14.IV.1938", "14 IV 1938"
    (
        "roman",
        re.compile(
            rf"(?<![\w.])(?P<d>{_D})(?:\.|\s)\s?(?P<mo>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
            rf"(?:\.|\s)\s?(?P<y>{_Y4})(?!\d){_YEAR_WORD}"
        ),
    ),
    ("m_m_y", re.compile(rf"{_M1}{_DASH}(?:по\s+)?{_M2}\s+(?P<y>{_Y4}){_YEAR_WORD}", re.I)),
    # "с мая по июль 1925 г.": the first month of the year written after the second
    ("m_m_y", re.compile(rf"(?<![\w-])[Сс]\s+{_M1}\s+по\s+{_M2}\s+(?P<y>{_Y4}){_YEAR_WORD}")),
    (
        "m_y_m_y",
        re.compile(
            rf"{_M1}\s+(?P<y1>{_Y4}){_YEAR_WORD}{_DASH}(?:по\s+)?{_M2}\s+(?P<y2>{_Y4}){_YEAR_WORD}",
            re.I,
        ),
    ),
    ("d_m_y", re.compile(rf"(?P<d>{_D})\s+{_M}\s+(?P<y>{_Y4}){_YEAR_WORD}")),
    ("numeric", re.compile(rf"(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>{_Y4}){_YEAR_WORD}")),
    (
        "from_to",
        re.compile(
            rf"(?<![\w])[Сс]\s+(?P<y1>{_Y4})(?:-го)?{_YEAR_WORD}\s+(?:по|до)\s+(?P<y2>{_Y4})(?:-[йго]+)?"
            rf"{_YEAR_WORD}"
        ),
    ),
    (
        "decade_range",
        re.compile(
            rf"(?P<y1>1[6-9]\d0)-?(?:х|е|ые|ых){_DASH}(?P<y2>1[6-9]\d0)-?(?:х|е|ые|ых)\b{_YEAR_WORD}"
        ),
    ),
    (
        "y_y",
        # a sentence may end on it ("в 1925–1927."), a day in figures may not follow
        re.compile(rf"(?P<y1>{_Y4}){_DASH}(?P<y2>\d{{4}}|\d{{2}})(?!\d|\.\d)(?!-[хе]){_YEAR_WORD}"),
    ),
    (
        "y_slash",
        re.compile(rf"(?P<y1>{_Y4})/(?P<y2>\d{{2}}|\d{{4}})(?![\d.]){_YEAR_WORD}"),
    ),
    ("decade", re.compile(rf"(?P<y>1[6-9]\d0)[-–‑]?(?:х|е|ые|ых)\b{_YEAR_WORD}")),
    (
        "decade2",
        re.compile(r"(?<![\d.])(?P<yy>[1-4]0)-?(?:х|е|ые|ых)\s+(?:гг\.|год(?:ах|ов|ы)\b)"),
    ),
    (
        "season_y",
        re.compile(
            rf"(?P<s>[Вв]есн(?:ой|а|ы|у)|[Лл]ет(?:ом|о|а)|[Оо]сен(?:ью|ь|и)|[Зз]им(?:ой|а|ы|у))\s+(?P<y>{_Y4}){_YEAR_WORD}"
        ),
    ),
    (
        "part_y",
        re.compile(
            rf"(?P<p>[Нн]ачал[аеоу]|[Кк]онц[аеу]|[Кк]онец|[Сс]ередин[аеуы]|первой половин[еыу]|второй половин[еыу])\s+(?P<y>{_Y4}){_YEAR_WORD}"
        ),
    ),
    ("m_y", re.compile(rf"{_M}\s+(?P<y>{_Y4}){_YEAR_WORD}", re.I)),
    (
        "approx_y",
        re.compile(rf"(?P<q>около|ок\.|примерно|приблизительно)\s+(?P<y>{_Y4}){_YEAR_WORD}"),
    ),
    ("open_y", re.compile(rf"(?<![\w])(?P<q>[Дд]о|[Сс]|[Пп]осле|[Кк])\s+(?P<y>{_Y4}){_YEAR_WORD}")),
    ("yy_m", re.compile(r"(?<![\w.])(?P<yy>1[89]|[2-4]\d)-(?:м|й|го|ом|х)\s+год(?:у|а|ах)?\b")),
    (
        "y",
        re.compile(
            rf"(?<![\d.,/№-])(?P<y>{_Y4})(?![\d%]|\s*(?:%|руб|чел|экз))-?(?:м|й|го)?{_YEAR_WORD}"
        ),
    ),
]
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_NOT_A_YEAR_BEFORE = re.compile(r"(?:\bс\.|\bл\.|\bд\.|\bф\.|\bоп\.|\bт\.|№|\bстр\.)\s*$")
_JULIAN = re.compile(r"\s*\(?(?:по\s+)?(?:ст\.\s?ст\.|старому\s+стилю|ст\.\s?стилю)")
_GREGORIAN = re.compile(r"\s*\(?(?:по\s+)?(?:н\.\s?ст\.|новому\s+стилю)")


def _month(word: str) -> int:
    w = word.lower()
    for stem, num in sorted(RU_MONTH_STEMS.items(), key=lambda kv: -len(kv[0])):
        if w.startswith(stem):
            return num
    raise KeyError(word)


def _interpret(kind: str, g: dict[str, str]) -> tuple[str | None, str]:
    try:
        if kind == "d_m_d_m_y":
            y = int(g["y"])
            a, b = ymd(y, _month(g["m1"]), int(g["d1"])), ymd(y, _month(g["m2"]), int(g["d2"]))
            return (f"{a}/{b}" if a and b else None), "range"
        if kind == "d_d_m_y":
            y, mo = int(g["y"]), _month(g["m"])
            a, b = ymd(y, mo, int(g["d1"])), ymd(y, mo, int(g["d2"]))
            return (f"{a}/{b}" if a and b else None), "range"
        if kind == "m_m_y":
            y = int(g["y"])
            return f"{ymd(y, _month(g['m1']))}/{ymd(y, _month(g['m2']))}", "range"
        if kind == "m_y_m_y":
            a = ymd(int(g["y1"]), _month(g["m1"]))
            b = ymd(int(g["y2"]), _month(g["m2"]))
            return f"{a}/{b}", "range"
        if kind == "d_m_y":
            return ymd(int(g["y"]), _month(g["m"]), int(g["d"])), "date"
        if kind == "numeric":
            return ymd(int(g["y"]), int(g["mo"]), int(g["d"])), "date"
        if kind == "roman":
            return ymd(int(g["y"]), _ROMAN.index(g["mo"]) + 1, int(g["d"])), "date"
        if kind in ("from_to", "y_y", "y_slash"):
            y1 = int(g["y1"])
            y2 = full_year(y1, g["y2"])
            if not y1 < y2 <= y1 + 60:
                return None, ""
            return f"{y1:04d}/{y2:04d}", "range"
        if kind == "decade_range":
            return f"{g['y1'][:3]}X/{g['y2'][:3]}X", "decade"
        if kind == "decade":
            return f"{g['y'][:3]}X", "decade"
        if kind == "decade2":
            return f"19{g['yy'][0]}X", "decade"
        if kind == "season_y":
            code = next(v for k, v in _SEASONS.items() if g["s"].lower().startswith(k))
            return f"{int(g['y']):04d}-{code}", "part"
        if kind == "part_y":
            p = g["p"].lower()
            part = next(v for k, v in _PARTS.items() if p.startswith(k))
            return f"{int(g['y']):04d}-{part}", "part"
        if kind == "m_y":
            return ymd(int(g["y"]), _month(g["m"])), "date"
        if kind == "approx_y":
            return f"{int(g['y']):04d}~", "date"
        if kind == "open_y":
            q, y = g["q"].lower(), int(g["y"])
            if q in ("до", "к"):
                return f"../{y:04d}", "open"
            return f"{y:04d}/..", "open"
        if kind == "yy_m":
            return f"19{int(g['yy']):02d}", "date"
        if kind == "y":
            return f"{int(g['y']):04d}", "date"
    except (KeyError, ValueError):
        return None, ""
    return None, ""


def _calendar_of(edtf: str, after: str) -> str:
    if _JULIAN.match(after):
        return "julian"
    if _GREGORIAN.match(after):
        return "gregorian"
    head = edtf.lstrip(".").split("/")[0].rstrip("~?")
    if head[:4].isdigit():
        y = int(head[:4])
        parts = head.split("-")
        if y < 1918 or (y == 1918 and len(parts) == 3 and (int(parts[1]), int(parts[2])) < (2, 14)):
            return "julian"
    return "gregorian"


def find_dates_ru(text: str, start: int = 0, end: int | None = None) -> list[DateMatch]:
    """Every date in ``text[start:end]``; where two overlap, the longer one, in text order."""
    end = len(text) if end is None else end
    taken = bytearray(end - start + 1)
    found: list[DateMatch] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            while e > s and text[e - 1].isspace():
                e -= 1
            if any(taken[s - start : e - start]):
                continue
            if kind in ("y", "open_y") and _NOT_A_YEAR_BEFORE.search(text[max(start, s - 6) : s]):
                continue
            edtf, shape = _interpret(kind, {k: v for k, v in m.groupdict().items() if v})
            if not edtf:
                continue
            found.append(
                DateMatch(s, e, text[s:e], edtf, _calendar_of(edtf, text[e : e + 20]), kind=shape)
            )
            taken[s - start : e - start] = b"\x01" * (e - s)
    found.sort(key=lambda d: d.start)
    found = _relative_years(text, _without_year(text, found, start, end), start, end)
    return _ends(text, _next_day(text, found, start, end))


_DAY_MONTH = re.compile(rf"(?<![\w.])(?P<d>{_D})\s+{_M}(?!\s*(?:\d|\())")
_IN_MONTH = re.compile(
    rf"(?<![\w-])[Вв]\s+(?:(?:начале|конце|середине)\s+)?{_M}(?![\w-])(?!\s*(?:\d|\())"
)
#: a day and month in figures in parentheses, as a chronicle dates an event: "(23.02)"
_PAREN_DAY_MONTH = re.compile(r"(?<=\()(?P<d>[0-3]?\d)\.(?P<mo>0?[1-9]|1[0-2])(?=\))")
_YEAR_OF = re.compile(r"(\d{4})")


def _without_year(text: str, found: list[DateMatch], start: int, end: int) -> list[DateMatch]:
    """A day and month, or a month after "в" (or "в начале", "в конце", "в середине"),
    without a year ("а 27 октября его арестовали", "в ноябре", "в начале октября") are
    of the year of the last date before them (a relative date: without one, none); so
    is a day and month in figures in parentheses ("… нота (23.02)"), of the last
    single date's year (a chronicle's year, not that of a term it names)."""
    out = list(found)
    for pattern in (_DAY_MONTH, _IN_MONTH, _PAREN_DAY_MONTH):
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            if any(d.start < e and s < d.end for d in out):
                continue
            before = [d for d in found if d.end <= s and not d.relative and _YEAR_OF.match(d.edtf)
                      and (pattern is not _PAREN_DAY_MONTH or "/" not in d.edtf)]  # fmt: skip
            if not before:
                continue
            year = int(before[-1].edtf[:4])
            try:
                month = int(m.group("mo")) if "mo" in m.groupdict() else _month(m.group("m"))
                edtf = (
                    ymd(year, month, int(m.group("d")))
                    if "d" in m.groupdict()
                    else ymd(year, month)
                )
            except (KeyError, ValueError):
                continue
            if edtf:
                out.append(DateMatch(s, e, m.group(0), edtf, _calendar_of(edtf, ""), relative=True))
    out.sort(key=lambda d: d.start)
    return out


_NUMBERS = {"два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6}
#: a year counted from the last one stated: "в следующем году", "через два года",
#: "год спустя", "годом позже", "в предыдущем году", "годом ранее"
_RELATIVE_YEAR = re.compile(
    r"(?<![\w-])(?:(?P<next>[ВвНн]а?\s+следующ(?:ем|ий)\s+год(?:у)?|[Гг]од\s+спустя|[Гг]одом\s+позже)"
    r"|(?P<prev>[Вв]\s+предыдущем\s+году|[Гг]одом\s+(?:ранее|раньше))"
    r"|(?:[Чч]ерез|[Сс]пустя)\s+(?:(?P<one>год)|(?P<n>два|две|три|четыре|пять|шесть|[2-6])\s+(?:года|лет))"
    r"(?:\s+спустя)?)(?![\w-])"
)


def _relative_years(text: str, found: list[DateMatch], start: int, end: int) -> list[DateMatch]:
    """A year counted from the last date stated before it ("В 1933 г. … Через два
    года …" → 1935); without one, none."""
    out = list(found)
    for m in _RELATIVE_YEAR.finditer(text, start, end):
        s, e = m.span()
        if any(d.start < e and s < d.end for d in out):
            continue
        before = [d for d in out if d.end <= s and _YEAR_OF.match(d.edtf)]
        if not before:
            continue
        if m.group("next") or m.group("one"):
            step = 1
        elif m.group("prev"):
            step = -1
        else:
            n = m.group("n")
            step = int(n) if n.isdigit() else _NUMBERS[n.lower()]
        # counted forward from a range's last year ("в 1933—1935 гг. … через два года"
        # → 1937), back from its first
        years = re.findall(r"\d{4}", before[-1].edtf)
        year = int(years[-1] if step > 0 else years[0]) + step
        out.append(DateMatch(s, e, m.group(0), f"{year:04d}", _calendar_of(f"{year:04d}", ""),
                             relative=True))  # fmt: skip
    out.sort(key=lambda d: d.start)
    return out


#: the day after the last one stated: "на следующий день", "на другой день", "через день"
_NEXT_DAY = re.compile(
    r"(?<![\w-])(?:[Нн]а\s+(?:следующий|другой)\s+день|[Чч]ерез\s+день)(?![\w-])"
)


def _next_day(text: str, found: list[DateMatch], start: int, end: int) -> list[DateMatch]:
    """ "Приговорён 19 сентября 1938 г. и расстрелян на следующий день" → 1938-09-20: the
    day after the last full date before it (a bare year or month: none)."""
    if "день" not in text[start:end]:
        return found
    out = list(found)
    for m in _NEXT_DAY.finditer(text, start, end):
        before = [d for d in found if d.end <= m.start()]
        if not before or not re.fullmatch(r"\d{4}-\d\d-\d\d", before[-1].edtf):
            continue
        day = _dt.date.fromisoformat(before[-1].edtf) + _dt.timedelta(days=1)
        out.append(DateMatch(m.start(), m.end(), m.group(0), day.isoformat(),
                             before[-1].calendar, relative=True))  # fmt: skip
    out.sort(key=lambda d: d.start)
    return out


_FROM = re.compile(r"(?<![\w-])(?:[Сс]о?)\s+$")
_UNTIL = re.compile(r"(?<![\w-])(?:[Дд]о|[Пп]о)\s+$")
_TO = re.compile(r"\s+(?:(?:и|вплоть)\s+)?(?:по|до)\s+")
#: two dates joined by a dash are one term: "3 ноября 1925 г. — 6 февраля 1927 г."
_DASH_TO = re.compile(r"\s*[—–]\s*(?:по\s+)?")


def _years_dashed(d: DateMatch, nxt: DateMatch) -> bool:
    """A year dashed to a later year (the first with its "г.") or to a part of one: "в
    1925 г. — 1927 г.", "в 1925 — начале 1927 г." (a term; two bare years dashed are the
    "y_y" pattern's; a year and a day are of no one precision: left apart)."""
    return (
        len(d.edtf) == 4 and d.edtf.isdigit()
        and (nxt.kind == "part" and nxt.edtf[:4].isdigit()
             or len(nxt.edtf) == 4 and nxt.edtf.isdigit() and d.text.rstrip().endswith("г."))
    )  # fmt: skip


def _dashed(gap: str, d: DateMatch, nxt: DateMatch) -> bool:
    """Are two dates joined by a dash, or by a hyphen when both give a day ("5. III
    1930-7. IV 1931", as a dictionary prints a conference's days)?"""
    if _DASH_TO.fullmatch(gap):
        return True
    return gap.strip() in ("-", "‑", "‐") and len(d.edtf) == len(nxt.edtf) == 10


_AND = re.compile(r"\s*(?:\s(?:и|вплоть)\s+)?")


def _open_from(d: DateMatch) -> bool:
    """Is ``d`` a year after "с" read alone ("с 1925" of "с 1925 по весну 1927 г.")?"""
    return d.kind == "open" and d.edtf.endswith("/..") and d.edtf[:4].isdigit() and len(d.edtf) == 7


def _to_of(text: str, d: DateMatch, nxt: DateMatch) -> str | None:
    """The end of a term begun at ``d`` that ``nxt`` gives: a single date or part after
    "по"/"до", or a year read with its "до" ("../1927"); else None."""
    gap = text[d.end : nxt.start]
    if nxt.kind in ("date", "part") and "/" not in nxt.edtf and _TO.fullmatch(gap):
        return nxt.edtf
    if nxt.kind == "open" and nxt.edtf.startswith("../") and _AND.fullmatch(gap):
        if text[nxt.start : nxt.start + 2].lower() == "до":
            return nxt.edtf[3:]
    return None


def _ends(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """A date after "с" is a term's start, one after "до"/"по" its end, and "с D1 по
    D2" one term: "с 12 мая 1935 г. по 3 июня 1937 г." → 1935-05-12/1937-06-03,
    "(до 24 февраля 1948 г.)" → ../1948-02-24 (years alone: the "from_to" and
    "open_y" patterns); two dates of a month or a day joined by a dash are one term
    too ("3 ноября 1925 — 6 февраля 1927", as an infobox prints a term), and so are a
    year and a later one or a part of one ("в 1925 г. — 1927 г.", "в 1925 — начале 1927 г.")."""
    out: list[DateMatch] = []
    k = 0
    while k < len(found):
        d = found[k]
        single = d.kind in ("date", "part") and "/" not in d.edtf and not d.edtf.endswith("~")
        before = text[max(0, d.start - 4) : d.start]
        start_m = _FROM.search(before) if single else None
        if (start_m is not None or _open_from(d)) and k + 1 < len(found):
            nxt = found[k + 1]
            first = d.edtf[:-3] if start_m is None else d.edtf
            second = _to_of(text, d, nxt)
            if second is not None and first < second:
                # "с 12 мая 1935 г. по 3 июня 1937 г.", "с 1925 по весну 1927 г.",
                # "с мая 1925 г. до 1927 г."
                s = d.start if start_m is None else d.start - len(before) + start_m.start()
                out.append(DateMatch(s, nxt.end, text[s : nxt.end], f"{first}/{second}",
                                     d.calendar, kind="range"))  # fmt: skip
                k += 2
                continue
        if single and k + 1 < len(found) and (
            (nxt := found[k + 1]).kind in ("date", "part") and "/" not in nxt.edtf
            and not nxt.edtf.endswith("~") and _dashed(text[d.end : nxt.start], d, nxt)
            and d.edtf < nxt.edtf and ("-" in d.edtf and "-" in nxt.edtf or _years_dashed(d, nxt))
        ):  # fmt: skip
            s = d.start - len(before) + start_m.start() if start_m is not None else d.start
            out.append(DateMatch(s, nxt.end, text[s : nxt.end], f"{d.edtf}/{nxt.edtf}",
                                 d.calendar, kind="range"))  # fmt: skip
            k += 2
            continue
        until_m = _UNTIL.search(before) if single else None
        if start_m is not None or until_m is not None:
            m = start_m or until_m
            assert m is not None
            s = d.start - len(before) + m.start()
            edtf = f"{d.edtf}/.." if start_m is not None else f"../{d.edtf}"
            d = DateMatch(s, d.end, text[s : d.end], edtf, d.calendar, kind="open")
        out.append(d)
        k += 1
    return out
