"""Each mission's staffing by year, stored (migration 0012): for every country and year
of :data:`FIRST_YEAR`–:data:`LAST_YEAR` that its dated posts reach, how many heads of
mission, chargés d'affaires and staff served, and the first :data:`STAFF_SHOWN` of each
kind, so that a mission page reads a few dozen rows instead of every post.

Derived data, like ``mission_posts`` it is made from (:mod:`narkomindel.store.derived`):
rebuilt for the countries a resolution or a curator's decision touched. :func:`spread`
is the one rule for the matrix; the page for one year alone (everyone named) runs it
over the posts read then.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from narkomindel.gazetteer.vocabulary import HEAD_OF_MISSION

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = [
    "FIRST_YEAR", "LAST_YEAR", "STAFF_SHOWN", "CHARGE", "Cell", "spread", "kind_of",
    "refresh_mission_years", "stored_years", "needs_mission_years",
    "mission_posts_page", "mission_undated",
]  # fmt: skip

FIRST_YEAR, LAST_YEAR = 1917, 1945
#: persons named in one year's cell, of each kind (the counts say the rest)
STAFF_SHOWN = 8
CHARGE = frozenset({"chargé d'affaires"})

#: one post as the matrix reads it (``mission_posts``): entity id, factoid id, person
#: key, name, role, first year, last year, source id, seq
Held = tuple[Any, ...]
#: one year: (year, heads, chargés, staff, (heads, chargés, staff) beyond those named)
Cell = tuple[int, list[Held], list[Held], list[Held], tuple[int, int, int]]

_COLUMNS = "entity_id, factoid_id, person, name, role, first_year, last_year, source, seq"
_ORDER = "sort_from, sort_to, name, factoid_id, entity_id"  # mission_posts' own order


def kind_of(role: str | None) -> int:
    """0 a head of mission, 1 a chargé d'affaires, 2 staff."""
    return 0 if role in HEAD_OF_MISSION else 1 if role in CHARGE else 2


def spread(found: Sequence[Held], lo: int, hi: int, shown: int | None) -> list[Cell]:
    """The matrix of these posts (in time order) over the years ``lo``–``hi``, clipped to
    the years the dated posts reach: each year one post per person and role (the first
    in time order), as heads, chargés or staff, ``shown`` of each kind named (None:
    all). One pass over the posts."""
    held: dict[int, tuple[list[Held], list[Held], list[Held]]] = {
        y: ([], [], []) for y in range(lo, hi + 1)
    }
    seen: dict[int, set[tuple[str, str | None]]] = {y: set() for y in held}
    first, last = LAST_YEAR + 1, FIRST_YEAR - 1  # the years the dated posts reach
    for p in found:  # in order: each year stays in order
        if p[5] is None or p[6] is None:
            continue
        a, b = (int(p[5]), int(p[6])) if p[5] <= p[6] else (int(p[6]), int(p[5]))
        first, last = min(first, a), max(last, b)
        kind, who = kind_of(p[4]), (p[2], p[4])
        for y in range(max(lo, a), min(hi, b) + 1):
            if who not in seen[y]:
                seen[y].add(who)
                held[y][kind].append(p)
    cells: list[Cell] = []
    if first <= last:
        for y in range(max(lo, first), min(hi, last) + 1):
            heads, charges, staff = held[y]
            h, c, s = (max(0, len(g) - shown) if shown is not None else 0
                       for g in (heads, charges, staff))  # fmt: skip
            more = (h, c, s)
            cells.append((y, heads[:shown], charges[:shown], staff[:shown], more))
    return cells


def refresh_mission_years(conn: sqlite3.Connection, every: bool = False) -> None:
    """Make the matrix again of the countries whose posts changed since it was made
    (``mission_changed``, marked by triggers on ``mission_posts``), or of ``every``
    country, inside the caller's transaction; a country without posts loses its rows."""
    if every:
        conn.execute("DELETE FROM mission_years")
        conn.execute("DELETE FROM mission_staffing")
        countries = [str(r[0]) for r in conn.execute("SELECT DISTINCT country FROM mission_posts")]
    else:
        countries = [str(r[0]) for r in conn.execute("SELECT country FROM mission_changed")]
    for country in sorted(countries):
        conn.execute("DELETE FROM mission_years WHERE country = ?", (country,))
        conn.execute("DELETE FROM mission_staffing WHERE country = ?", (country,))
        found = conn.execute(
            f"SELECT {_COLUMNS} FROM mission_posts WHERE country = ? ORDER BY {_ORDER}",
            (country,),
        ).fetchall()
        if not found:
            continue
        undated = sum(1 for p in found if p[5] is None or p[6] is None)
        conn.execute(
            "INSERT INTO mission_staffing(country, posts, undated) VALUES (?,?,?)",
            (country, len(found), undated),
        )
        conn.executemany(
            "INSERT INTO mission_years(country, year, heads_more, charges_more, staff_more,"
            " shown) VALUES (?,?,?,?,?,?)",
            [
                (country, y, *more,
                 json.dumps([[k, *p] for k, g in enumerate((h, c, s)) for p in g]))
                for y, h, c, s, more in spread(found, FIRST_YEAR, LAST_YEAR, STAFF_SHOWN)
            ],
        )  # fmt: skip
    conn.execute("DELETE FROM mission_changed")


def stored_years(store: Store, country: str) -> tuple[int, int, list[Cell]] | None:
    """A country's stored matrix: (posts, undated posts, cells), or None when it has not
    is not stored or its posts changed since (a register built before migration 0012,
    or a factoid deleted and the register not yet refreshed)."""
    conn = store.conn
    if conn.execute("SELECT 1 FROM mission_changed WHERE country = ?", (country,)).fetchone():
        return None
    row = conn.execute(
        "SELECT posts, undated FROM mission_staffing WHERE country = ?", (country,)
    ).fetchone()
    if row is None:
        return None
    cells: list[Cell] = []
    for y, hm, cm, sm, shown in conn.execute(
        "SELECT year, heads_more, charges_more, staff_more, shown FROM mission_years"
        " WHERE country = ? ORDER BY year",
        (country,),
    ):
        groups: tuple[list[Held], list[Held], list[Held]] = ([], [], [])
        for k, *p in json.loads(shown):
            groups[k].append(tuple(p))
        cells.append((int(y), *groups, (int(hm), int(cm), int(sm))))
    return int(row[0]), int(row[1]), cells


def needs_mission_years(store: Store) -> bool:
    """Whether a register has missions' posts but no stored matrix (made before
    migration 0012), or countries whose posts changed since theirs was made."""
    conn = store.conn
    return conn.execute("SELECT 1 FROM mission_changed LIMIT 1").fetchone() is not None or (
        conn.execute("SELECT 1 FROM mission_staffing LIMIT 1").fetchone() is None
        and conn.execute("SELECT 1 FROM mission_posts LIMIT 1").fetchone() is not None
    )


def mission_posts_page(store: Store, country: str, offset: int, limit: int) -> list[Held]:
    """``limit`` of a country's stored posts from ``offset``, in the mission's order."""
    return store.conn.execute(
        f"SELECT {_COLUMNS} FROM mission_posts WHERE country = ? ORDER BY {_ORDER}"
        " LIMIT ? OFFSET ?",
        (country, limit, offset),
    ).fetchall()


def mission_undated(store: Store, country: str, limit: int) -> list[Held]:
    """The first ``limit`` of a country's stored posts without years, in order."""
    return store.conn.execute(
        f"SELECT {_COLUMNS} FROM mission_posts WHERE country = ?"
        f" AND (first_year IS NULL OR last_year IS NULL) ORDER BY {_ORDER} LIMIT ?",
        (country, limit),
    ).fetchall()
