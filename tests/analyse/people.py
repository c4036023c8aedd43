"""Invented persons (no name of the development corpus) as the analyses see them."""

from __future__ import annotations

from itertools import count
from typing import Any

from narkomindel.query.analysis import AttributeFact, FateFact, PersonProfile

_ids = count(1)


def fate(value: str, start: str | None = None, *, kind: str = "scholarship") -> FateFact:
    n = next(_ids)
    return FateFact(f"f-{n:016x}-{n}", value, start, None, "extracted", kind, "x.txt", 0, 1, "q")


def attr(attribute: str, value: str) -> AttributeFact:
    n = next(_ids)
    return AttributeFact(f"f-{n:016x}-{n}", attribute, value)


def person(
    name: str,
    *fates: FateFact,
    elite: bool = False,
    first: int | None = 1925,
    last: int | None = 1930,
    attrs: tuple[AttributeFact, ...] = (),
    **kw: Any,
) -> PersonProfile:
    return PersonProfile(
        id=f"{name.lower()}|X", number=next(_ids), name=name, kind="text",
        is_soviet_official=True, is_diplomat=True, is_elite=elite, fates=tuple(fates),
        first_year=first, last_year=last, posts=1 if first or last else 0,
        elite_posts=1 if elite else 0, last_post="f-0000000000000000-1" if last else None,
        attributes=attrs, **kw,
    )  # fmt: skip
