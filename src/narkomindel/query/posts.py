"""Posts: who held which office, where and when."""

from __future__ import annotations

from narkomindel.query.filters import stored_form, text_arg, year_arg
from narkomindel.query.persons import date_key, factoid_of
from narkomindel.query.results import Post, Results
from narkomindel.store import people
from narkomindel.store.database import Store

__all__ = ["posts"]


def posts(
    store: Store,
    *,
    country: str | None = None,
    year: int | str | None = None,
    department: str | None = None,
    role: str | None = None,
    soviet_only: bool = True,
) -> Results[Post]:
    """Who held which posts — in ``country`` (a mission there), in ``department`` (of the
    commissariat), as ``role`` — in ``year``; Soviet officials only unless told otherwise.
    Each row is one post factoid with the person, the dates, the quote and its source."""
    y = year_arg(year)
    with store.reading():
        country = stored_form(store, "country", country) if country else None
        role = stored_form(store, "role", role) if role else None
        department = text_arg(department, "department") if department else None
        rows = people.post_rows(
            store, role=role, country=country, year=y, department=department,
            soviet_only=soviet_only,
        )  # fmt: skip
        names = people.summary_names(store)
    facts = sorted(
        (factoid_of(r) for r in rows), key=lambda f: (date_key(f), str(names.get(f.subject, "")))
    )
    # a record's factoid is shown under the person it is linked to
    return Results(Post(names[f.subject], f.subject, f) for f in facts if f.subject in names)
