"""What the analyses read: one profile per person of the register (standing, fate
factoids, career span, the attributes cohorts are formed by), the statistical
statements of scholarship, and the events of relations between states.

Typed, read in one snapshot, never writing. Which factoids count as evidence is a
:class:`~narkomindel.store.analysis.FactoidFilter` (all not rejected, curator-accepted
only, some kinds of source only), so that every table can be recomputed on other
evidence (sensitivity).
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from functools import cached_property
from typing import Any, ClassVar, TypeVar

from narkomindel.query.results import Result, Results
from narkomindel.store import analysis as sql
from narkomindel.store import profiles as stored
from narkomindel.store.analysis import FactoidFilter
from narkomindel.store.database import Store

__all__ = [
    "built",
    "gc_paused",
    "FactoidFilter",
    "FateFact",
    "AttributeFact",
    "PersonProfile",
    "Statistic",
    "RelationEvent",
    "profiles",
    "with_details",
    "last_posts",
    "statistics",
    "relation_events",
    "register_facts",
    "SOURCE_KINDS",
]

SOURCE_KINDS = ("scholarship", "primary", "registry", "web_page")


@dataclass(frozen=True, repr=False)
class FateFact(Result):
    """One fate factoid of a person: its value, dates (EDTF), status and where it stands."""

    id: str
    value: str
    start: str | None
    end: str | None
    status: str
    source_kind: str
    path: str
    start_char: int
    end_char: int
    quote: str

    SHOWN: ClassVar[tuple[str, ...]] = ("id", "value", "start")


@dataclass(frozen=True, repr=False)
class AttributeFact(Result):
    """An attribute (birth, nationality, party, class origin, education ...) or a party
    membership (``attribute`` = ``party_joined``, ``value`` = the year) of a person."""

    id: str
    attribute: str
    value: str

    SHOWN: ClassVar[tuple[str, ...]] = ("attribute", "value")


@dataclass(frozen=True, repr=False)
class PersonProfile(Result):
    """What the analyses know of one person, from the factoids that count."""

    id: str
    number: int
    name: str
    kind: str
    is_soviet_official: bool
    is_diplomat: bool
    is_elite: bool
    fates: tuple[FateFact, ...] = ()
    first_year: int | None = None
    last_year: int | None = None
    posts: int = 0
    elite_posts: int = 0
    last_post: str | None = None
    attributes: tuple[AttributeFact, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("id", "name", "first_year", "last_year")

    def values(self, attribute: str) -> list[AttributeFact]:
        return self._by_attribute.get(attribute, [])

    @cached_property
    def _by_attribute(self) -> dict[str, list[AttributeFact]]:
        out: dict[str, list[AttributeFact]] = {}
        for a in self.attributes:
            out.setdefault(a.attribute, []).append(a)
        return out


@dataclass(frozen=True, repr=False)
class Statistic(Result):
    """A statistical statement of a source: population, variable, category, measure
    (share, count, mean, mode), the figure and its qualifier, with its span and quote."""

    id: str
    source: str
    path: str
    title: str | None
    population: str
    variable: str
    category: str
    measure: str
    value: float
    unit: str
    qualifier: str | None
    period: str | None
    start_char: int
    end_char: int
    quote: str
    figure: str  # the figure as printed ("at least 20 percent")
    confidence: float
    status: str

    SHOWN: ClassVar[tuple[str, ...]] = ("population", "variable", "category", "value")


@dataclass(frozen=True, repr=False)
class RelationEvent(Result):
    """An event of relations between states (agreement, recognition, rupture ...)."""

    id: str
    type: str
    name: str
    date: str | None
    parties: tuple[str, ...]
    source: str
    path: str
    source_kind: str
    start_char: int
    end_char: int
    quote: str
    confidence: float

    SHOWN: ClassVar[tuple[str, ...]] = ("date", "type", "name")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a whole register's profiles,
    classes and tables are built (also a decorator). Each of its collections walks
    every live object, and these reads make millions of them that all stay alive: it
    ran hundreds of times during one report over a large register and took half the
    time. Nothing built here forms reference cycles; the collector is switched back on
    (if it was on) at the end, and catches up then."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


_R = TypeVar("_R", bound=Result)
_FIELDS: dict[type, tuple[str, ...]] = {}


def built(cls: type[_R], *values: Any) -> _R:
    """``cls(*values)`` for a frozen dataclass given every field in order, without its
    ``__init__`` (which sets each field through ``object.__setattr__``: five times
    slower, over a second for the 100,000 profiles of a large register). The instance
    is the same: same fields, equal, frozen."""
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    obj = object.__new__(cls)
    obj.__dict__.update(zip(names, values, strict=True))
    return obj


def profiles(
    store: Store, flt: FactoidFilter | None = None, *, attributes: bool = True,
    decisive: frozenset[str] | None = None,
) -> Results[PersonProfile]:  # fmt: skip
    """One profile per listed person, from the factoids that count under ``flt``
    (default: every asserted factoid not rejected). With every factoid counting, the
    profiles are read from the register's stored profiles (migration 0013,
    :mod:`narkomindel.store.profiles`) when it has them: one table, the same profiles.
    Otherwise from the factoids: ``attributes=False`` skips the attributes and
    memberships; ``decisive`` (fate values) reads the career span only of persons with
    none of these fates (all a fate table without cohorts needs when their class does
    not depend on the career; with every factoid counting, the number of posts comes
    from the register's summary). Both are for speed."""
    flt = flt or FactoidFilter()
    default = flt == FactoidFilter()
    with store.reading():
        if default and stored.profiles_stored(store):
            return _stored_profiles(store, attributes=attributes)
        persons = sql.person_rows(store)
        fates = sql.fate_rows(store, flt)
        only = None
        if decisive is not None and default:
            decided = {r["entity_id"] for r in fates if r["value"] in decisive}
            only = [p[0] for p in persons if p[0] not in decided and p[7]]
        careers = {
            r["entity_id"]: r for r in sql.career_rows(store, flt, elite=not default, only=only)
        }
        attrs = sql.attribute_rows(store, flt) if attributes else []
        members = sql.membership_rows(store, flt) if attributes else []
    fates_of: dict[int, list[FateFact]] = defaultdict(list)
    for r in fates:
        fates_of[r["entity_id"]].append(
            built(FateFact, r["id"], r["value"], r["date_start"], r["date_end"], r["status"],
                   r["source_kind"], r["path"], 0, 0, "")
        )  # fmt: skip
    attrs_of: dict[int, list[AttributeFact]] = defaultdict(list)
    for r in attrs:
        attrs_of[r["entity_id"]].append(AttributeFact(r["id"], r["attribute"], str(r["value"])))
    for r in members:
        year = str(r["date_start"] or "")[:4]
        if year.isdigit():
            attrs_of[r["entity_id"]].append(AttributeFact(r["id"], "party_joined", year))
    out: Results[PersonProfile] = Results()
    for eid, key, name, kind, soviet, diplomat, elite, _posts in persons:
        c: dict[str, Any] = careers.get(eid, {})
        posts = int(c.get("posts") or 0) if only is None else int(_posts or 0)
        out.append(
            built(
                PersonProfile, key, eid, name, kind, bool(soviet), bool(diplomat), bool(elite),
                tuple(fates_of.get(eid, ())), c.get("first_year"), c.get("last_year"), posts,
                int(bool(elite and posts)) if default else int(c.get("elite_posts") or 0),
                c.get("last_post"), tuple(attrs_of.get(eid, ())),
            )
        )  # fmt: skip
    return out


def _stored_profiles(store: Store, *, attributes: bool) -> Results[PersonProfile]:
    """The profiles of the register's stored profiles (inside a read snapshot)."""
    sources = stored.source_kinds(store)
    loads = json.loads
    out: Results[PersonProfile] = Results()
    for (
        eid,
        key,
        name,
        kind,
        soviet,
        diplomat,
        elite,
        posts,
        y0,
        y1,
        fates,
        attrs,
    ) in stored.stored_profile_rows(store, attributes=attributes):
        out.append(
            built(
                PersonProfile, key, eid, name, kind, bool(soviet), bool(diplomat), bool(elite),
                () if fates == "[]" else tuple(
                    built(FateFact, i, v, d0, d1, st, *sources[k], 0, 0, "")
                    for i, v, d0, d1, st, k in loads(fates)
                ),
                y0, y1, posts, int(bool(elite and posts)), None,
                () if not attrs or attrs == "[]" else tuple(
                    AttributeFact(*a) for a in loads(attrs)  # (faster than built for three)
                ),
            )
        )  # fmt: skip
    return out


def last_posts(
    store: Store, persons: list[tuple[str, int]], flt: FactoidFilter | None = None
) -> dict[str, str]:
    """Person id → the id of the post where their career record ends, for these
    (person id, entity number) pairs."""
    with store.reading():
        found = sql.last_posts(store, [n for _i, n in persons], flt or FactoidFilter())
    return {i: found[n] for i, n in persons if n in found}


def with_details(store: Store, facts: list[FateFact]) -> list[FateFact]:
    """The same fate factoids with their spans and quotes (read for a drill-down)."""
    from dataclasses import replace

    with store.reading():
        found = sql.factoid_details(store, [f.id for f in facts])
    return [
        replace(f, start_char=found[f.id][0], end_char=found[f.id][1], quote=found[f.id][2])
        if f.id in found else f
        for f in facts
    ]  # fmt: skip


def statistics(store: Store) -> Results[Statistic]:
    """The statistical statements extracted from the current sources."""
    with store.reading():
        rows = sql.statistic_rows(store)
    out: Results[Statistic] = Results()
    for r in rows:
        a = r["attrs"]
        try:
            value = float(r["value"])
        except (TypeError, ValueError):
            continue
        out.append(
            Statistic(
                id=r["id"], source=r["source"], path=r["path"], title=r["title"],
                population=a.get("population", "unspecified"), variable=a.get("variable", ""),
                category=r["attribute"] or "", measure=a.get("measure", "share"), value=value,
                unit=a.get("unit", "percent"), qualifier=a.get("qualifier"),
                period=r["date_start"], start_char=r["start"], end_char=r["end"],
                quote=r["quote"], figure=a.get("figure", ""), confidence=r["confidence"],
                status=r["status"],
            )
        )  # fmt: skip
    return out


RELATION_TYPES = ("recognition", "rupture", "restoration", "agreement", "treaty", "expulsion")


def relation_events(store: Store) -> Results[RelationEvent]:
    """Events of relations between states in the current sources."""
    with store.reading():
        rows = sql.relation_event_rows(store, RELATION_TYPES)
    return Results(
        RelationEvent(
            r["id"], r["type"], r["name"], r["date"], tuple(r["parties"]), r["source"],
            r["path"], r["source_kind"], r["start"], r["end"], r["quote"], r["confidence"],
        )
        for r in rows
    )  # fmt: skip


def register_facts(store: Store) -> dict[str, Any]:
    """What identifies the register: its file, counts, last ingest, extraction version."""
    with store.reading():
        return sql.register_facts(store)
