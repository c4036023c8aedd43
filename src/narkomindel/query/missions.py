"""Missions abroad and departments at home: who headed them, who served, year by year."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from narkomindel.gazetteer.vocabulary import HEAD_OF_MISSION
from narkomindel.query.filters import stored_form, text_arg
from narkomindel.query.persons import factoid_of
from narkomindel.query.posts import posts
from narkomindel.query.results import Post, Result, Results
from narkomindel.store import people, staffing, views
from narkomindel.store.database import Store
from narkomindel.store.ids import ref
from narkomindel.store.staffing import CHARGE, FIRST_YEAR, LAST_YEAR, STAFF_SHOWN

__all__ = [
    "MissionSummary", "MissionYear", "Mission", "Department", "missions", "mission",
    "departments", "department", "post_years", "FIRST_YEAR", "LAST_YEAR", "STAFF_SHOWN",
    "POSTS_SHOWN", "CHARGE",
]  # fmt: skip

#: posts listed a page, at most (the count says the rest)
POSTS_SHOWN = 200


def _year(value: str | None) -> int | None:
    text = str(value or "")
    return int(text[:4]) if text[:4].isdigit() else None


def _span(start: Any, end: Any, attested: Any) -> tuple[int, int] | None:
    first = _year(start) or _year(attested) or _year(end)
    last = _year(end) or _year(start) or _year(attested)
    if first is None or last is None:
        return None
    return (min(first, last), max(first, last))


def post_years(p: Post) -> tuple[int, int] | None:
    """The years a post covers (a post with one date lasts that year), or None if undated."""
    return _span(p.factoid.start, p.factoid.end, p.factoid.attested)


#: one post as a staffing matrix reads it (:func:`narkomindel.store.people.post_spans`):
#: entity, factoid number, person key, name, role, first year, last year, source, seq
_Held = tuple[int, int, str, str, str | None, int | None, int | None, str, int]


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
    heads_more: int = 0  # heads of mission beyond those listed (a real mission has one)
    charges_more: int = 0

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
    total_posts: int = 0  # ``posts`` holds one page (:data:`POSTS_SHOWN`) of them
    page: int = 1
    pages: int = 1
    year: int | None = None  # the matrix of this year alone, everyone named

    SHOWN: ClassVar[tuple[str, ...]] = ("country",)

    @property
    def first_listed(self) -> int:
        """How many posts come before this page's."""
        return (self.page - 1) * POSTS_SHOWN


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


def _who(p: _Held, persons: dict[str, dict[str, Any]]) -> dict[str, Any]:
    info = persons.get(p[2], {})
    return {
        "id": p[2], "name": p[3], "role": p[4], "factoid": ref("factoid", p[7], p[8]),
        "fate": info.get("fate"), "fate_date": info.get("fate_date"),
    }  # fmt: skip


def _full(store: Store, held: list[_Held]) -> tuple[Post, ...]:
    """These posts with their quotes and sources, in the order given."""
    rows = people.post_rows_of(store, [(h[0], h[1]) for h in held])
    names = {(h[0], h[1]): h[3] for h in held}
    return tuple(
        Post(names.get((r["entity_number"], r["factoid_number"]), ""), r["subject"],
             factoid_of(r))
        for r in rows
    )  # fmt: skip


def mission(store: Store, country: str, page: int = 1, year: int | None = None) -> Mission:
    """The mission in ``country`` (any name the gazetteer knows): heads of mission,
    chargés d'affaires and staff for every year from its first known post to its last.
    The matrix is stored (:mod:`narkomindel.store.staffing`: a cell names
    :data:`STAFF_SHOWN` of each kind and counts the rest); the posts are listed
    :data:`POSTS_SHOWN` a page (``page`` from 1) with their quotes, and the first
    :data:`POSTS_SHOWN` posts without dates. With ``year``, the matrix has that year
    alone and names everyone known to serve in it, spread from every post read then
    (as it is for a mission whose stored matrix is not current)."""
    with store.reading():
        stored = stored_form(store, "country", text_arg(country, "country"))
        kept = staffing.stored_years(store, stored) if year is None else None
        if kept is not None:
            total, cells = kept[0], kept[2]
            pages = max(1, -(-total // POSTS_SHOWN))
            page = min(max(1, page), pages)
            on_page = staffing.mission_posts_page(
                store, stored, (page - 1) * POSTS_SHOWN, POSTS_SHOWN
            )
            no_years = staffing.mission_undated(store, stored, POSTS_SHOWN) if kept[1] else []
        else:
            found: list[_Held] = people.post_spans(store, country=stored)
            lo, hi = (FIRST_YEAR, LAST_YEAR) if year is None else (year, year)
            cells = staffing.spread(found, lo, hi, STAFF_SHOWN if year is None else None)
            total = len(found)
            pages = max(1, -(-total // POSTS_SHOWN))
            page = min(max(1, page), pages)
            on_page = found[(page - 1) * POSTS_SHOWN : page * POSTS_SHOWN]
            no_years = [p for p in found if p[5] is None or p[6] is None][:POSTS_SHOWN]
        shown = {p[2] for c in cells for g in (c[1], c[2], c[3]) for p in g}
        listed = _full(store, on_page)
        undated = _full(store, no_years)
        persons = views.summaries_by_key(store, sorted(shown | {p.person_id for p in listed}))
    years = [
        MissionYear(
            y,
            tuple(_who(p, persons) for p in heads),
            tuple(_who(p, persons) for p in charges),
            tuple(_who(p, persons) for p in staff),
            more[2],
            more[0],
            more[1],
        )  # fmt: skip
        for y, heads, charges, staff, more in cells
    ]
    return Mission(stored, tuple(years), listed, undated, persons, total, page, pages, year)


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
