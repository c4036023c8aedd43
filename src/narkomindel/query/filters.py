"""Checking and normalising what a user asks for: years, and filter values in the form
the register stores them."""

from __future__ import annotations

import re

from narkomindel import gazetteer as gz
from narkomindel.errors import UsageError
from narkomindel.store import people
from narkomindel.store.database import Store

__all__ = ["year_arg", "text_arg", "limit_arg", "stored_form", "MAX_TEXT", "MAX_LIMIT"]

#: the longest name or search text a query takes (longer ones are refused, not truncated)
MAX_TEXT = 500

#: filter parameter -> (factoid type, column)
_FILTERS = {"country": ("post", "country"), "role": ("post", "role"), "fate": ("fate", "value")}


def year_arg(year: int | str | None, param: str = "year") -> int | None:
    """A four-digit year, or None when none was given."""
    if year is None or year == "":
        return None
    if not re.fullmatch(r"\d{4}", str(year).strip()):
        raise UsageError(
            f"‹{param}› {str(year)[:40]!r} is not a year", hint="give a year such as 1937"
        )
    return int(str(year).strip())


def text_arg(text: str, param: str) -> str:
    """A name or search text of a sensible length, in valid Unicode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(
            f"‹{param}› is not valid UTF-8 text",
            hint="type it again, or set the terminal's encoding to UTF-8",
        ) from None
    if len(text) > MAX_TEXT:
        raise UsageError(
            f"‹{param}› is {len(text):,} characters long",
            hint=f"give at most {MAX_TEXT} characters (a name, or a few words)",
        )
    return text


#: the most rows a list may be asked for
MAX_LIMIT = 10_000_000


def limit_arg(limit: int | None, param: str = "limit") -> int | None:
    """A row limit between 1 and :data:`MAX_LIMIT`, or None for all rows."""
    if limit is None:
        return None
    if not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"‹{param}› {limit} is out of range", hint=f"give 1 to {MAX_LIMIT:,}")
    return limit


def stored_form(store: Store, param: str, value: str) -> str:
    """The form in which the register stores a filter value: any case; for a country
    any name the gazetteer knows (Britain, Soviet Union) or one of its cities. A value
    nothing in the register has is an error that lists what there is."""
    ftype, column = _FILTERS[param]
    wanted = text_arg(value, param).strip()
    if param == "country":
        place = next((v for k, v in gz.places().items() if k.lower() == wanted.lower()), None)
        if place is not None:
            wanted = place[2] or place[0]
    if people.value_known(store, ftype, column, wanted):
        return wanted
    known = people.known_values(store, ftype, column)
    hit = next((k for k in known if k.lower() == wanted.lower()), None)
    if hit is None:
        shown = ", ".join(known[:30]) + (" …" if len(known) > 30 else "")
        raise UsageError(
            f"‹{param}› {value[:60]!r}: nothing in the register has it",
            hint=f"known values: {shown}" if known else "the register has none yet",
        )
    return str(hit)
