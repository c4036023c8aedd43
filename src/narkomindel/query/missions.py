"""Missions abroad and departments at home: who headed them, who served, year by year."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from narkomindel.gazetteer.vocabulary import HEAD_OF_MISSION
from narkomindel.query.filters import text_arg
from narkomindel.query.posts import posts
from narkomindel.query.results import Post, Result, Results
from narkomindel.store import views
from narkomindel.store.database import Store

__all__ = [
    "MissionSummary", "MissionYear", "Mission", "Department", "missions", "mission",
    "departments", "department", "post_years", "FIRST_YEAR", "LAST_YEAR",
]  # fmt: skip

FIRST_YEAR, LAST_YEAR = 1917, 1945
#: staff named in one year's cell, and posts listed, at most (the counts say the rest)
STAFF_SHOWN, POSTS_SHOWN = 40, 1000
CHARGE = frozenset({"chargé d'affaires"})


def _year(value: str | None) -> int | None:
    text = str(value or "")
    return int(text[:4]) if text[:4].isdigit() else None


def post_years(p: Post) -> tuple[int, int] | None:
    """The years a post covers (a post with one date lasts that year), or None if undated."""
    f = p.factoid
    first = _year(f.start) or _year(f.attested) or _year(f.end)
    last = _year(f.end) or _year(f.start) or _year(f.attested)
    if first is None or last is None:
        return None
    return (min(first, last), max(first, last))


@dataclass(frozen=True, repr=False)
class MissionSummary(Result):
    country: str
    posts: int

    SHOWN: ClassVar[tuple[str, ...]] = ("country", "posts")


@dataclass(frozen=True, repr=False)
class MissionYear(Result):
    """One year of a mission: its heads, chargés and staff known to serve that year."""

    year: int
    heads: tuple[dict[str, Any], ...]
    charges: tuple[dict[str, Any], ...]
    staff: tuple[dict[str, Any], ...]
    staff_more: int = 0  # staff known that year beyond those listed

    SHOWN: ClassVar[tuple[str, ...]] = ("year",)

    @property
    def no_head_known(self) -> bool:
        return not self.heads and not self.charges


@dataclass(frozen=True, repr=False)
class Mission(Result):
    """A country's Soviet mission: the staffing matrix by year, every post with its
    source, the posts without dates, and the fate of each person."""

    country: str
    years: tuple[MissionYear, ...]
    posts: tuple[Post, ...]
    undated: tuple[Post, ...]
    persons: dict[str, dict[str, Any]] = field(default_factory=dict)
    total_posts: int = 0  # ``posts`` holds the first :data:`POSTS_SHOWN` of them

    SHOWN: ClassVar[tuple[str, ...]] = ("country",)


@dataclass(frozen=True, repr=False)
class Department(Result):
    name: str
    heads: tuple[Post, ...]
    posts: tuple[Post, ...]
    persons: dict[str, dict[str, Any]] = field(default_factory=dict)

    SHOWN: ClassVar[tuple[str, ...]] = ("name",)


def missions(store: Store) -> Results[MissionSummary]:
    """Every country where Soviet officials held posts, with how many posts are known."""
    with store.reading():
        return Results(MissionSummary(c, n) for c, n in views.mission_countries(store))


def _who(p: Post, persons: dict[str, dict[str, Any]]) -> dict[str, Any]:
    info = persons.get(p.person_id, {})
    return {
        "id": p.person_id, "name": p.person, "role": p.role, "factoid": p.factoid.id,
        "fate": info.get("fate"), "fate_date": info.get("fate_date"),
    }  # fmt: skip


def mission(store: Store, country: str) -> Mission:
    """The mission in ``country`` (any name the gazetteer knows): heads of mission,
    chargés d'affaires and staff for every year from its first known post to its last."""
    found = posts(store, country=text_arg(country, "country"))
    dated = [(p, post_years(p)) for p in found]
    spans = [y for _, y in dated if y is not None]
    cells: list[tuple[int, list[Post], list[Post], list[Post], int]] = []
    if spans:
        lo = max(FIRST_YEAR, min(a for a, _ in spans))
        hi = min(LAST_YEAR, max(b for _, b in spans))
        for year in range(lo, hi + 1):
            here = [p for p, y in dated if y is not None and y[0] <= year <= y[1]]
            heads = _one_each([p for p in here if p.role in HEAD_OF_MISSION])
            charges = _one_each([p for p in here if p.role in CHARGE])
            staff = _one_each([p for p in here if p.role not in HEAD_OF_MISSION | CHARGE])
            cells.append((year, heads, charges, staff[:STAFF_SHOWN], len(staff) - STAFF_SHOWN))
    listed = found[:POSTS_SHOWN]
    shown = {p.person_id for c in cells for g in (c[1], c[2], c[3]) for p in g}
    with store.reading():
        persons = views.summaries_by_key(store, sorted(shown | {p.person_id for p in listed}))
    years = [
        MissionYear(
            year,
            tuple(_who(p, persons) for p in heads),
            tuple(_who(p, persons) for p in charges),
            tuple(_who(p, persons) for p in staff),
            max(0, more),
        )  # fmt: skip
        for year, heads, charges, staff, more in cells
    ]
    country_name = found[0].country if found else country
    return Mission(
        str(country_name), tuple(years), tuple(listed),
        tuple(p for p, y in dated if y is None)[:POSTS_SHOWN], persons, len(found),
    )  # fmt: skip


def _one_each(items: list[Post]) -> list[Post]:
    """One post per person and role (several sources may attest the same)."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for p in items:
        if (p.person_id, p.role) not in seen:
            seen.add((p.person_id, p.role))
            out.append(p)
    return out


def departments(store: Store) -> Results[MissionSummary]:
    """Departments named in posts, with how many posts name each."""
    with store.reading():
        return Results(MissionSummary(d, n) for d, n in views.departments(store))


def department(store: Store, name: str) -> Department:
    """A department of the commissariat (a name or part of it): its heads over time and
    every post in it."""
    found = posts(store, department=text_arg(name, "department"))
    with store.reading():
        persons = views.summaries_by_key(store, sorted({p.person_id for p in found}))
    heads = tuple(p for p in found if p.role == "head of department" or p.role in HEAD_OF_MISSION)
    return Department(name, heads, tuple(found), persons)
