"""How values are written into spreadsheet (CSV) cells, and read back.

Shared by the CSV export and the import of curated tables, so that a table
round-trips: lists are joined with `` | ``, and a cell a spreadsheet would run as
a formula is neutralised (CSV injection) and restored on import.
"""

from __future__ import annotations

__all__ = ["CSV_LIST_SEPARATOR", "FORMULA_STARTS", "guard_formula", "unguard_formula"]

CSV_LIST_SEPARATOR = " | "
#: what a spreadsheet reads as the start of a formula
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(text: str) -> str:
    """A cell a spreadsheet would run as a formula (it begins with ``= + - @``, a tab or
    a carriage return) is written with a leading apostrophe, which spreadsheets show as
    text; ``narkomindel import`` takes it off again (:func:`unguard_formula`)."""
    return "'" + text if text[:1] in FORMULA_STARTS else text


def unguard_formula(text: str) -> str:
    """The cell as it was before :func:`guard_formula`."""
    return text[1:] if text[:1] == "'" and text[1:2] in FORMULA_STARTS and text[1:2] else text
