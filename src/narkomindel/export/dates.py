"""EDTF values as the plain ISO dates other formats want."""

from __future__ import annotations

import calendar
import re

__all__ = ["iso_bounds", "iso_or_none"]


def iso_bounds(edtf: str | None) -> tuple[str | None, str | None]:
    """The first and last day an EDTF value can mean, as ``YYYY-MM-DD`` (None where open
    or unknown): "1937" → 1937-01-01 … 1937-12-31; "1930/1933" → 1930-01-01 … 1933-12-31;
    "193X" → 1930-01-01 … 1939-12-31; "1937-05" → 1937-05-01 … 1937-05-31;
    "1918-40" (first half) → 1918-01-01 … 1918-06-30; "1939-21" (spring) → 1939-03-01 … 1939-05-31."""
    if not edtf:
        return None, None
    if "/" in edtf:
        a, _, b = edtf.partition("/")
        return iso_bounds(a)[0], iso_bounds(b)[1]
    value = edtf.strip().rstrip("?~%")
    m = re.fullmatch(r"(\d{3})X", value)
    if m:
        return f"{m.group(1)}0-01-01", f"{m.group(1)}9-12-31"
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None, None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month and int(month) <= 12:
        last = 29 if month == "02" else 30 if month in ("04", "06", "09", "11") else 31
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    if month in _SUB_YEAR:  # a season or half of the year (EDTF 21–24, 40–41)
        a, b = _SUB_YEAR[month]
        if a < b:
            return f"{year}-{a}", f"{year}-{b}"
        nxt = int(year) + 1  # winter ends in the next year's February
        return f"{year}-{a}", f"{nxt:04d}-02-{29 if calendar.isleap(nxt) else 28}"
    return f"{year}-01-01", f"{year}-12-31"


#: the first and last day of EDTF's seasons (21–24, northern; winter runs into the
#: next year) and halves (40–41), as MM-DD
_SUB_YEAR = {"21": ("03-01", "05-31"), "22": ("06-01", "08-31"), "23": ("09-01", "11-30"),
             "24": ("12-01", "02-28"), "40": ("01-01", "06-30"), "41": ("07-01", "12-31")}  # fmt: skip


def iso_or_none(edtf: str | None) -> str | None:
    """An EDTF value that already is a plain ISO date (YYYY, YYYY-MM, YYYY-MM-DD), else None."""
    m = re.fullmatch(r"\d{4}(?:-(\d{2})(-\d{2})?)?", edtf or "")
    if m and (m.group(1) is None or 1 <= int(m.group(1)) <= 12):
        return edtf  # not "1918-40" (the first half of 1918) nor "1939-21" (a season)
    return None
