"""What the analyses read of each person, stored (migration 0013): under the default
evidence (every asserted factoid not rejected), the career span, the number of posts,
the fate factoids and the attributes cohorts are formed by — one row per listed person.

A fate table or a report over a large register then reads one table of 100,000 rows
instead of aggregating a million factoids. The rows are made by the very reads the
analyses make of the factoids (:mod:`narkomindel.store.analysis`), so that both give
the same profiles; other evidence (curator-accepted only, some kinds of source) is
still read from the factoids. Derived data, rebuilt by
:func:`narkomindel.store.derived.refresh_derived` with the person summaries (all of
them, or the persons a curator's decision touched).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from narkomindel.store.analysis import (
    FactoidFilter,
    _factoids_of,
    _tuples,
    attribute_rows,
    career_rows,
    membership_rows,
)
from narkomindel.store.ids import ref

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = ["refresh_profiles", "profiles_stored", "needs_profiles", "stored_profile_rows",
           "source_kinds"]  # fmt: skip

_CHUNK = 900  # entity numbers per statement (SQLite's limit on parameters is 999)


def refresh_profiles(store: Store, entity_ids: list[int] | None = None) -> None:
    """Rebuild the stored profiles of every listed person, or of these entities (call
    inside the transaction that rebuilt their summaries)."""
    conn = store.conn
    if entity_ids is None:
        conn.execute("DELETE FROM person_profiles")
        _fill(store, None)
        return
    for i in range(0, len(entity_ids), _CHUNK):
        chunk = tuple(entity_ids[i : i + _CHUNK])
        conn.execute(
            f"DELETE FROM person_profiles WHERE entity_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        _fill(store, chunk)


def _fill(store: Store, entities: tuple[int, ...] | None) -> None:
    flt = FactoidFilter(entities=entities)
    listed = _listed(store, entities)
    careers = {r["entity_id"]: r for r in career_rows(store, flt, elite=False)}
    fates = _fates(store, flt)
    attrs: dict[int, list[list[str]]] = defaultdict(list)
    for r in attribute_rows(store, flt):
        attrs[r["entity_id"]].append([r["id"], r["attribute"], str(r["value"])])
    for r in membership_rows(store, flt):
        year = str(r["date_start"] or "")[:4]
        if year.isdigit():
            attrs[r["entity_id"]].append([r["id"], "party_joined", year])
    rows = []
    for eid, *person in listed:
        c: dict[str, Any] = careers.get(eid, {})
        f, a = fates.get(eid), attrs.get(eid)
        rows.append((eid, *person, c.get("first_year"), c.get("last_year"),
                     int(c.get("posts") or 0), json.dumps(f) if f else "[]",
                     json.dumps(a) if a else "[]"))  # fmt: skip
    store.conn.executemany(
        "INSERT INTO person_profiles(entity_id, key, name, kind, is_soviet_official, is_diplomat,"
        " is_elite, first_year, last_year, posts, fates, attributes)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def _listed(store: Store, entities: tuple[int, ...] | None) -> list[tuple[Any, ...]]:
    """The listed persons (of ``entities``): entity id, key, name, kind and standing."""
    return _tuples(
        store,
        "SELECT ps.entity_id, e.key, ps.name, ps.kind, ps.is_soviet_official, ps.is_diplomat,"
        " ps.is_elite FROM person_summary ps JOIN entities e ON e.id = ps.entity_id"
        + ("" if entities is None else f" WHERE ps.entity_id IN ({','.join('?' * len(entities))})"),
        entities or (),
    )


def _fates(store: Store, flt: FactoidFilter) -> dict[int, list[list[Any]]]:
    """Each person's fate factoids that count, in the order the analyses read them from
    the covering index of migration 0007 (by status, then factoid): [id, value, start,
    end, status, source key]."""
    ids = {k: i for k, i in _tuples(store, "SELECT key, id FROM sources")}
    cond, args = flt.sql()
    out: dict[int, list[list[Any]]] = defaultdict(list)
    for eid, key, seq, value, d0, d1, status in _tuples(
        store,
        "SELECT pf.entity_id, f.source_key, f.seq, f.value, f.date_start, f.date_end, f.status"
        + _factoids_of(flt)
        + f" WHERE f.type = 'fate' AND {cond} AND f.value IS NOT NULL"
        " ORDER BY pf.entity_id, f.status, f.id",
        args,
    ):
        out[eid].append([ref("factoid", ids[key], seq), value, d0, d1, status, key])
    return out


def profiles_stored(store: Store) -> bool:
    """Whether every listed person has a stored profile (not yet in a database made
    before migration 0013 until it is brought up to date)."""
    row = store.conn.execute(
        "SELECT (SELECT COUNT(*) FROM person_profiles) = (SELECT COUNT(*) FROM person_summary)"
    ).fetchone()
    return bool(row[0])


def needs_profiles(store: Store) -> bool:
    """Whether the stored profiles are to be built (listed persons, no profiles)."""
    return not profiles_stored(store)


def stored_profile_rows(store: Store, *, attributes: bool = True) -> list[tuple[Any, ...]]:
    """Every listed person with their stored profile, in one pass over one table:
    (entity id, key, name, kind, is_soviet_official, is_diplomat, is_elite, posts, first
    year, last year, fates JSON, attributes JSON or None), in entity order."""
    return _tuples(
        store,
        "SELECT entity_id, key, name, kind, is_soviet_official, is_diplomat, is_elite, posts,"
        " first_year, last_year, fates, " + ("attributes" if attributes else "NULL")
        + " FROM person_profiles ORDER BY entity_id",
    )  # fmt: skip


def source_kinds(store: Store) -> dict[int, tuple[str, str]]:
    """Source key → (kind, path): what a fate factoid's profile shows of its source."""
    return {k: (kd, p) for k, kd, p in _tuples(store, "SELECT key, kind, path FROM sources")}
