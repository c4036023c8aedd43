"""Dates in English and Russian text, normalised to EDTF (ISO 8601-2).

Single dates in the common orders ("16 April 1922", "April 16, 1922",
"17.05.1938"), months and years, ranges ("April 10–May 19, 1922", "1937-38",
"between 12 and 16 May 1922", "from 1925 to 1936"), decades ("the 1920s"),
parts of years and decades ("mid-1936", "early 1920s", "the spring of 1939"),
approximations ("c. 1920"), open intervals ("before 1937", "since 1925"),
relative dates made certain by the text ("the next day", "the following year") and
days given without their year ("on 23 August", after "In August 1939").
Dates before 14 February 1918 in Russian sources, or marked "O.S.", are noted
as Julian.
"""

from __future__ import annotations

import calendar as _calendar
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from narkomindel.model import Mention

__all__ = ["DateMatch", "find_dates", "date_mentions", "full_year", "ymd", "EXTRACTOR"]

EXTRACTOR = "extract.dates.v3"

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
RU_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

_M = r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_Y = r"(?P<{n}>1[6-9]\d\d|20[0-4]\d)"
_D = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
_DASH = r"\s*(?:–|—|-|to|until|till)\s*"


def M(n: str) -> str:
    return _M.format(n=n)


def Y(n: str) -> str:
    return _Y.format(n=n)


def D(n: str) -> str:
    return _D.format(n=n)


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # ranges first (longest match wins by order)
    # full dates on both sides, across years ("28 February 1940 – 23 February 1946")
    (
        "dmy_dmy",
        re.compile(
            rf"\b{D('d1')}\s+{M('m1')},?\s+{Y('y1')}{_DASH}{D('d2')}\s+{M('m2')},?\s+{Y('y2')}\b"
        ),
    ),
    (
        "mdy_mdy",
        re.compile(
            rf"\b{M('m1')}\s+{D('d1')},\s*{Y('y1')}{_DASH}{M('m2')}\s+{D('d2')},\s*{Y('y2')}\b"
        ),
    ),
    ("md_md_y", re.compile(rf"\b{M('m1')}\s+{D('d1')}{_DASH}{M('m2')}\s+{D('d2')},?\s+{Y('y')}\b")),
    (
        "d_m_d_m_y",
        re.compile(rf"\b{D('d1')}\s+{M('m1')}{_DASH}{D('d2')}\s+{M('m2')},?\s+{Y('y')}\b"),
    ),
    ("md_d_y", re.compile(rf"\b{M('m1')}\s+{D('d1')}{_DASH}{D('d2')},?\s+{Y('y')}\b")),
    ("d_d_m_y", re.compile(rf"\b{D('d1')}{_DASH}{D('d2')}\s+{M('m1')},?\s+{Y('y')}\b")),
    (
        "between_d_d_m_y",
        re.compile(rf"\bbetween\s+{D('d1')}\s+and\s+{D('d2')}\s+{M('m1')},?\s+{Y('y')}\b", re.I),
    ),
    ("between_d_d_m", re.compile(rf"\bbetween\s+{D('d1')}\s+and\s+{D('d2')}\s+{M('m1')}\b", re.I)),
    ("my_my", re.compile(rf"\b{M('m1')},?\s+{Y('y1')}{_DASH}{M('m2')},?\s+{Y('y2')}\b")),
    # a month to a later year ("from March 1918 to 1920", "March 1918–1920")
    ("my_y", re.compile(rf"\b{M('m1')},?\s+{Y('y1')}{_DASH}{Y('y2')}\b(?!\s*(?:percent|%))")),
    ("m_m_y", re.compile(rf"\b{M('m1')}{_DASH}{M('m2')},?\s+(?:of\s+)?{Y('y')}\b")),
    (
        "between_y_y",
        re.compile(rf"\b(?:between|from)\s+{Y('y1')}\s+(?:and|to|until|till)\s+{Y('y2')}\b", re.I),
    ),
    (
        "y_y",
        re.compile(
            rf"\b{Y('y1')}\s*(?:–|—|-|/)\s*(?P<y2>\d{{2}}|\d{{4}})\b(?!\s*(?:percent|%)|\s+{_MONTH_WORD})"
        ),
    ),
    # single dates
    ("d_m_y", re.compile(rf"\b{D('d')}\s+{M('m')},?\s+{Y('y')}\b")),
    ("m_d_y", re.compile(rf"\b{M('m')}\s+{D('d')},\s*{Y('y')}\b")),
    ("m_d_y2", re.compile(rf"\b{M('m')}\s+{D('d')}\s+{Y('y')}\b")),
    ("ru_numeric", re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>1[6-9]\d\d|20[0-4]\d)\b")),
    (
        "ru_d_m_y",
        re.compile(
            r"\b(?P<d>[0-3]?\d)\s+(?P<m>(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*)\s+(?P<y>1[6-9]\d\d)\b"
        ),
    ),
    (
        "season_y",
        re.compile(
            rf"\b(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{Y('y')}\b", re.I
        ),
    ),
    (
        "part_y",
        re.compile(
            rf"\b(?P<p>early|mid|late|middle of|end of|beginning of)[\s-]+{Y('y')}\b(?!s)", re.I
        ),
    ),
    (
        "part_decade",
        re.compile(r"\b(?:the\s+)?(?P<p>early|mid|late)[\s-]+(?P<y>1[6-9]\d0)'?s\b", re.I),
    ),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<y>1[6-9]\d0)'?s\b")),
    ("m_y", re.compile(rf"\b{M('m')},?\s+(?:of\s+)?{Y('y')}\b")),
    (
        "approx_y",
        re.compile(rf"\b(?P<q>c\.|ca\.|circa|about|around|approximately)\s*{Y('y')}\b", re.I),
    ),
    ("open_y", re.compile(rf"\b(?P<q>before|after|since|by|until|till)\s+{Y('y')}\b", re.I)),
    ("y", re.compile(rf"(?<![\d$£.,/-]){Y('y')}(?![\d%]|\s*(?:percent|per cent))")),
    (
        "relative",
        re.compile(
            r"\b(?:the\s+)?(?P<r>next|following|same)\s+(?P<u>day|year|month)\b|\bthat\s+(?P<u2>year)\b"
            r"|\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u3>day|year|month)s?\s+later\b",
            re.I,
        ),
    ),
]
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:\bpp?\.|\bno\.|\bnos\.|\bvol\.|\bf\.|\bop\.|\bd\.|\bl\.|\bll\.|\bfile\s+no\.|№)\s*$", re.I
)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    edtf: str
    calendar: str = "gregorian"
    relative: bool = False
    kind: str = "date"  # date | range | decade | part | open


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _ru_month(word: str) -> int:
    w = word.lower()
    for stem, num in sorted(RU_MONTHS.items(), key=lambda kv: -len(kv[0])):
        if w.startswith(stem):
            return num
    raise KeyError(word)


def ymd(y: int, m: int | None = None, d: int | None = None) -> str | None:
    """EDTF of a year, year-month or day; None for a month or day that does not exist."""
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= _calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def full_year(y1: int, y2: str) -> int:
    """The end year of a range written short ("1923–25", "1899–02") after ``y1``."""
    if len(y2) == 4:
        return int(y2)
    century = y1 // 100 * 100
    value = century + int(y2)
    return value if value > y1 else value + 100


def _interpret(kind: str, m: re.Match[str]) -> tuple[str | None, str]:
    g = m.groupdict()
    try:
        if kind in ("dmy_dmy", "mdy_mdy"):
            a = ymd(int(g["y1"]), _month(g["m1"]), int(g["d1"]))
            b = ymd(int(g["y2"]), _month(g["m2"]), int(g["d2"]))
            return (f"{a}/{b}" if a and b and a < b else None), "range"
        if kind == "md_md_y" or kind == "d_m_d_m_y":
            y = int(g["y"])
            a, b = ymd(y, _month(g["m1"]), int(g["d1"])), ymd(y, _month(g["m2"]), int(g["d2"]))
            return (f"{a}/{b}" if a and b else None), "range"
        if kind in ("md_d_y", "d_d_m_y", "between_d_d_m_y"):
            y = int(g["y"])
            mo = _month(g["m1"])
            a, b = ymd(y, mo, int(g["d1"])), ymd(y, mo, int(g["d2"]))
            return (f"{a}/{b}" if a and b else None), "range"
        if kind == "my_my":
            a, b = ymd(int(g["y1"]), _month(g["m1"])), ymd(int(g["y2"]), _month(g["m2"]))
            return f"{a}/{b}", "range"
        if kind == "my_y":
            y1, y2 = int(g["y1"]), int(g["y2"])
            return (f"{ymd(y1, _month(g['m1']))}/{y2:04d}" if y1 < y2 <= y1 + 60 else None), "range"
        if kind == "m_m_y":
            y = int(g["y"])
            return f"{ymd(y, _month(g['m1']))}/{ymd(y, _month(g['m2']))}", "range"
        if kind == "between_y_y":
            return f"{g['y1']}/{g['y2']}", "range"
        if kind == "y_y":
            y1 = int(g["y1"])
            y2 = full_year(y1, g["y2"])
            if not y1 < y2 <= y1 + 60:
                return None, ""
            return f"{y1:04d}/{y2:04d}", "range"
        if kind in ("d_m_y", "m_d_y", "m_d_y2"):
            return ymd(int(g["y"]), _month(g["m"]), int(g["d"])), "date"
        if kind == "ru_numeric":
            return ymd(int(g["y"]), int(g["m"]), int(g["d"])), "date"
        if kind == "ru_d_m_y":
            return ymd(int(g["y"]), _ru_month(g["m"]), int(g["d"])), "date"
        if kind == "season_y":
            return f"{int(g['y']):04d}-{SEASONS[g['s'].lower()]}", "part"
        if kind == "part_y":
            p = g["p"].lower()
            y = int(g["y"])
            if p in ("early", "beginning of"):
                return f"{y:04d}-40", "part"  # first half
            if p in ("late", "end of"):
                return f"{y:04d}-41", "part"  # second half
            return f"{y:04d}-06~", "part"
        if kind == "part_decade":
            y = int(g["y"])
            p = g["p"].lower()
            lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}[p]
            return f"{y + lo:04d}~/{y + hi:04d}~", "decade"
        if kind == "decade":
            return f"{g['y'][:3]}X", "decade"
        if kind == "m_y":
            return ymd(int(g["y"]), _month(g["m"])), "date"
        if kind == "approx_y":
            return f"{int(g['y']):04d}~", "date"
        if kind == "open_y":
            q = g["q"].lower()
            y = int(g["y"])
            if q in ("before", "by", "until", "till"):
                return f"../{y:04d}", "open"
            return f"{y:04d}/..", "open"
        if kind == "y":
            return f"{int(g['y']):04d}", "date"
    except (KeyError, ValueError):
        return None, ""
    return None, ""


def _calendar_of(edtf: str, text_after: str, language: str) -> str:
    if re.match(r"\s*\(?(?:O\.\s?S\.|Old Style|ст\.\s?ст\.)", text_after):
        return "julian"
    if re.match(r"\s*\(?(?:N\.\s?S\.|New Style|н\.\s?ст\.)", text_after):
        return "gregorian"
    head = edtf.lstrip(".").split("/")[0].rstrip("~?")
    if language == "ru" and head[:4].isdigit():
        y = int(head[:4])
        parts = head.split("-")
        if y < 1918 or (y == 1918 and len(parts) >= 3 and (int(parts[1]), int(parts[2])) < (2, 14)):
            return "julian"
    return "gregorian"


_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


def _shift(edtf: str, unit: str, amount: int) -> str | None:
    parts = edtf.split("-")
    if not parts[0].isdigit():
        return None
    y = int(parts[0])
    if unit == "year":
        return f"{y + amount:04d}"
    if unit == "month" and len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) <= 12:
        m = int(parts[1]) - 1 + amount
        return f"{y + m // 12:04d}-{m % 12 + 1:02d}"
    if unit == "day" and len(parts) == 3 and all(p.isdigit() for p in parts):
        d = date(y, int(parts[1]), int(parts[2])) + timedelta(days=amount)
        return d.isoformat()
    return None


# Where a date can start. A pattern opening with a digit or a month's name (after ``\b``
# or a look-behind) matches only where one of these does: it is tried there alone, not
# at every character (Python's re scans a pattern opening with ``\b`` character by
# character; the scans below open with a literal or a class, which it skips to quickly).
_DIGIT_RUN = re.compile(r"\d+")  # a date's first digit opens a run of digits
_MONTH_LEAD = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")  # of every form of M
_DIGIT_OPENINGS = (
    "\\b(?P<d>[0-3]?\\d)",
    "\\b(?P<d1>[0-3]?\\d)",
    "\\b(?P<y1>1[6-9]",
    "(?<![\\d$£.,/-])(?P<y>1[6-9]",
)
_MONTH_OPENINGS = ("\\b(?P<m>January|", "\\b(?P<m1>January|")
#: the patterns that open with a word: the words (lower case) a match opens with, in any
#: case ("digit": or with a run of digits); each pattern is tried where one of them stands
_WORD_OPENINGS: dict[str, tuple[str, ...]] = {
    "between_d_d_m_y": ("between",),
    "between_d_d_m": ("between",),
    "between_y_y": ("between", "from"),
    "season_y": ("the", "spring", "summer", "autumn", "fall", "winter"),
    "part_y": ("early", "mid", "late", "end", "beginning"),
    "part_decade": ("the", "early", "mid", "late"),
    "decade": ("the", "digit"),
    "approx_y": ("c.", "ca.", "circa", "about", "around", "approximately"),
    "open_y": ("before", "after", "since", "by", "until", "till"),
    "relative": ("the", "next", "following", "same", "that", "a", "one", "two", "three", "four",
                 "five", "six", "seven", "eight", "nine", "ten", "digit"),
}  # fmt: skip
#: letters that a case-blind pattern reads as a Latin letter although lower() does not
#: give it (dotless i, dotted I, long s, Kelvin sign): a text holding one is scanned whole
_CASE_ODD = re.compile("[\u0131\u0130\u017f\u212a]")


def _word_starts(low: str, words: tuple[str, ...], start: int, digits: list[int]) -> list[int]:
    """Where one of ``words`` stands in the text whose stretch from ``start`` on is
    ``low`` (lower-cased, offsets kept), in order; "digit" stands for the runs of digits
    ``digits``."""
    out: list[int] = []
    for w in words:
        if w == "digit":
            out.extend(digits)
            continue
        i = low.find(w)
        while i >= 0:
            out.append(start + i)
            i = low.find(w, i + 1)
    out.sort()
    return out


def _lead(pattern: re.Pattern[str]) -> str | None:
    """ "digit" or "month" if every match of ``pattern`` opens with one, else None."""
    if pattern.flags & re.IGNORECASE or "|" in _top_level(pattern.pattern):
        return None
    if pattern.pattern.startswith(_DIGIT_OPENINGS):
        return "digit"
    if pattern.pattern.startswith(_MONTH_OPENINGS):
        return "month"
    return None


def _top_level(pattern: str) -> str:
    """The characters of ``pattern`` outside any group or class (an alternation there
    would let a match open otherwise)."""
    out, depth, in_class, escaped = [], 0, False, False
    for c in pattern:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            out.append(c)
    return "".join(out)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: list[int], end: int
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, starts[0], end)`` finds, for a pattern whose matches
    open only at the positions ``starts`` (ascending): tried at those alone."""
    last = -1
    for p in starts:
        if p < last:
            continue
        m = pattern.match(text, p, end)
        if m is not None:
            yield m
            last = m.end()


def _matches(
    kind: str,
    pattern: re.Pattern[str],
    text: str,
    low: str,
    starts: dict[str, list[int]],
    start: int,
    end: int,
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, start, end)`` finds, tried only where a match of
    its kind can open (its digit or month lead, or its opening words in ``low``)."""
    lead = _LEADS[kind]
    if lead is not None:
        return matches_at(pattern, text, starts[lead], end)
    words = _WORD_OPENINGS.get(kind)
    if words is None or not low:
        return pattern.finditer(text, start, end)
    return matches_at(pattern, text, _word_starts(low, words, start, starts["digit"]), end)


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, language: str = "en"
) -> list[DateMatch]:
    """All dates in ``text[start:end]``, longest first where they overlap, in text order."""
    end = len(text) if end is None else end
    taken = bytearray(end - start + 1)  # characters already inside a longer date
    found: list[DateMatch] = []
    starts = {
        "digit": [m.start() for m in _DIGIT_RUN.finditer(text, start, end)],
        "month": [m.start() for m in _MONTH_LEAD.finditer(text, start, end)],
    }
    low = text[start:end].lower()  # only the stretch read: records and attributes read a few lines
    if len(low) != end - start or _CASE_ODD.search(text, start, end):
        low = ""  # offsets would shift, or a letter lower() does not give: scan whole
    for kind, pattern in _PATTERNS:
        if kind == "relative":
            continue
        matches = _matches(kind, pattern, text, low, starts, start, end)
        for m in matches:
            s, e = m.span()
            if any(taken[s - start : e - start]):
                continue
            if kind == "y" and _NOT_A_YEAR_BEFORE.search(text[max(start, s - 12) : s]):
                continue
            edtf, shape = _interpret(kind, m)
            if not edtf:
                continue
            found.append(
                DateMatch(
                    s,
                    e,
                    m.group(0),
                    edtf,
                    _calendar_of(edtf, text[e : e + 12], language),
                    kind=shape,
                )
            )
            taken[s - start : e - start] = b"\x01" * (e - s)
    found.sort(key=lambda d: d.start)
    # relative dates: certain only from an absolute date earlier in the same stretch of text
    rel_pattern = dict(_PATTERNS)["relative"]
    out = list(found)
    # the dates found do not overlap, so in text order their ends are sorted too: the
    # last one ending before a position is found by bisection
    anchors = [d for d in found if d.kind == "date" and not d.relative]
    anchor_ends = [d.end for d in anchors]
    for m in _matches("relative", rel_pattern, text, low, starts, start, end):
        s, e = m.span()
        if any(taken[s - start : e - start]):
            continue
        k = bisect_right(anchor_ends, s)
        if not k:
            continue
        anchor = anchors[k - 1].edtf
        unit = (m.group("u") or m.group("u2") or m.group("u3") or "").lower()
        which = (m.group("r") or "same").lower()
        amount = 0 if which == "same" or m.group("u2") else 1
        if m.group("n"):  # "two years later"
            n = m.group("n").lower()
            amount = int(n) if n.isdigit() else _COUNT.get(n, 1)
        value = _shift(anchor, unit, amount) if amount else _shift(anchor, unit, 0)
        if value:
            out.append(DateMatch(s, e, m.group(0), value, relative=True))
    # a day and a month with no year ("On 23 August", "on May 3"): the year of the last
    # full date before it (a dispatch's heading, "In August 1939 ..."), if there is one
    full = [d for d in anchors if _YEAR_MONTH.fullmatch(d.edtf)]
    full_ends = [d.end for d in full]
    for m in matches_at(_DAY_MONTH, text, sorted(starts["digit"] + starts["month"]), end):
        s, e = m.span()
        if any(taken[s - start : e - start]):
            continue
        if text[max(start, s - 3) : s].rstrip().endswith(("-", "–", "—")):
            continue  # the end of a range cut short ("12 December 1924 – 29 June")
        # a month and year or a full date gives it: a bare year is too often a citation's
        k = bisect_right(full_ends, s)
        last = full[k - 1] if k and s - full[k - 1].end <= _DAY_MONTH_REACH else None
        year = re.match(r"(\d{4})", last.edtf) if last is not None else None
        if year is None:
            continue
        value = ymd(int(year.group(1)), _month(m.group("m") or m.group("m2")),
                    int(m.group("d") or m.group("d2")))  # fmt: skip
        if value:
            out.append(DateMatch(s, e, m.group(0), value, relative=True))
    out.sort(key=lambda d: d.start)
    return out


_LEADS = {kind: _lead(pattern) for kind, pattern in _PATTERNS}
_YEAR_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_DAY_MONTH_REACH = 600  # characters from the full date that gives the year
#: a day and a month, no year after them
_DAY_MONTH = re.compile(
    rf"\b(?:{D('d')}\s+{M('m')}|{M('m2')}\s+{D('d2')})\b(?![.,]?\s*(?:1[6-9]\d\d|20[0-4]\d)|\s*[-–—]\s*\d)"
)


def date_mentions(dates: list[DateMatch], extractor: str) -> list[Mention]:
    """The dates found in a text as ``date`` mentions of ``extractor``, their EDTF,
    calendar and relativity in the mention's attributes."""
    return [
        Mention(
            d.start, d.end, d.text, "date", extractor, 0.9,
            {"edtf": d.edtf, "calendar": d.calendar, "relative": d.relative},
        )
        for d in dates
    ]  # fmt: skip
