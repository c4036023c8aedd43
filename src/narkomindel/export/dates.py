"""EDTF values as the plain ISO dates other formats want."""

from __future__ import annotations

import re

__all__ = ["iso_bounds", "iso_or_none"]


def iso_bounds(edtf: str | None) -> tuple[str | None, str | None]:
    """The first and last day an EDTF value can mean, as ``YYYY-MM-DD`` (None where open
    or unknown): "1937" → 1937-01-01 … 1937-12-31; "1930/1933" → 1930-01-01 … 1933-12-31;
    "193X" → 1930-01-01 … 1939-12-31; "1937-05" → 1937-05-01 … 1937-05-31."""
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
    return f"{year}-01-01", f"{year}-12-31"


def iso_or_none(edtf: str | None) -> str | None:
    """An EDTF value that already is a plain ISO date (YYYY, YYYY-MM, YYYY-MM-DD), else None."""
    if edtf and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", edtf):
        return edtf
    return None
