"""The register's derived tables: each person's factoids, names and summary
(migration 0004), the trigram index of the names (migration 0010), each country's
posts of Soviet officials in the order a mission lists them (migration 0011), the
staffing matrix made from them (migration 0012, :mod:`narkomindel.store.staffing`) and
what the analyses read of each person (migration 0013, :mod:`narkomindel.store.profiles`).

They are derived data, rebuilt from mentions, factoids, entities and links by
:func:`refresh_derived` after every resolution and curator decision. Nothing
here is a source of truth; the conclusions themselves (who is a Soviet official,
the gravest fate) are the rules of :mod:`narkomindel.resolve.standing`.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from narkomindel.resolve.standing import summarise
from narkomindel.store import profiles
from narkomindel.store.people import _year_of
from narkomindel.store.staffing import refresh_mission_years
from narkomindel.translit import surname_keys

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = ["refresh_derived", "needs_summaries", "refresh_missions"]


_S, _E, _A = _year_of("date_start"), _year_of("date_end"), _year_of("attested")
#: every post of a Soviet official in a country, as a mission's matrix reads it
#: (:func:`narkomindel.store.people.post_spans`; migration 0011 runs the same statement)
MISSION_POSTS = (
    "INSERT INTO mission_posts(country, sort_from, sort_to, name, factoid_id, entity_id,"
    " person, role, first_year, last_year, source, seq)"
    " SELECT country, COALESCE(NULLIF(date_start, ''), NULLIF(attested, ''),"
    " NULLIF(date_end, ''), '9999'), COALESCE(date_end, ''), name, fid, entity_id, key, role,"
    f" COALESCE({_S}, {_A}, {_E}), COALESCE({_E}, {_S}, {_A}), source, seq FROM ("
    "SELECT f.country, pf.entity_id, f.id AS fid, e.key, ps.name, f.role, f.date_start,"
    " f.date_end, json_extract(f.attrs_json, '$.attested') AS attested, s.id AS source, f.seq"
    " FROM {joins}"
    " JOIN person_summary ps ON ps.entity_id = pf.entity_id"
    " JOIN entities e ON e.id = pf.entity_id JOIN sources s ON s.key = f.source_key"
    " WHERE f.type = 'post' AND f.status != 'rejected' AND f.modality = 'asserted'"
    " AND f.country IS NOT NULL AND ps.is_soviet_official = 1{only})"
)
#: every post, read from the posts' index (the whole register)
EVERY_POST = "factoids f JOIN person_factoids pf ON pf.factoid_id = f.id"
#: a few persons' posts, read from their factoids first: left to itself SQLite read every
#: post of the register from the posts' index and looked each one's person up (3 s for one
#: person at 1,000,000 factoids)
THEIR_POSTS = "person_factoids pf CROSS JOIN factoids f ON f.id = pf.factoid_id"


def needs_summaries(store: Store) -> bool:
    """Whether a database has persons but no summaries (made before the register
    tables existed, or interrupted before they were built)."""
    conn = store.conn
    return (
        conn.execute("SELECT 1 FROM person_summary LIMIT 1").fetchone() is None
        and conn.execute("SELECT 1 FROM entities LIMIT 1").fetchone() is not None
    )


def refresh_missions(store: Store) -> None:
    """Make the missions' stored matrix (:mod:`narkomindel.store.staffing`) of every
    country if there is none yet (a register older than migration 0012), else of the
    countries whose posts changed since."""
    with store.transaction() as conn:
        none = conn.execute("SELECT 1 FROM mission_staffing LIMIT 1").fetchone() is None
        refresh_mission_years(conn, every=none)


def refresh_derived(store: Store, entity_ids: Collection[int] | None = None) -> None:
    """Rebuild person_factoids, entity_names, person_summary (and the names' trigram index,
    the missions' posts, the analyses' profiles) in one transaction: all of
    them, or only the rows of ``entity_ids`` (after a curator's decision on a few persons)."""
    ids = sorted(set(entity_ids)) if entity_ids is not None else None
    where = "" if ids is None else f" AND {{col}} IN ({','.join('?' * len(ids))})"
    args = ids or []
    with store.transaction() as conn:
        # the trigram index of the names (migration 0010) follows entity_names, row by row
        conn.execute(
            "DELETE FROM entity_names_trigram WHERE 1=1"
            if ids is None
            else "DELETE FROM entity_names_trigram WHERE rowid IN"
            " (SELECT rowid FROM entity_names WHERE 1=1" + where.format(col="entity_id") + ")",
            args,
        )
        for table in ("person_factoids", "entity_names", "person_summary", "mission_posts"):
            conn.execute(f"DELETE FROM {table} WHERE 1=1" + where.format(col="entity_id"), args)
        conn.execute(
            "INSERT OR IGNORE INTO person_factoids(entity_id, factoid_id, via_link)"
            " SELECT em.entity_id, f.id, NULL FROM entity_mentions em"
            " JOIN factoids f ON f.source_key = em.source_key AND f.subject_seq = em.mention_seq"
            " WHERE 1=1" + where.format(col="em.entity_id"),
            args,
        )
        # an applied link brings the record's factoids, marked with the link
        conn.execute(
            "INSERT OR IGNORE INTO person_factoids(entity_id, factoid_id, via_link)"
            " SELECT l.entity_id, f.id, l.id FROM links l"
            " JOIN sources s ON s.id = l.record_source"
            " JOIN factoids f ON f.source_key = s.key AND f.subject_seq = l.record_seq"
            " WHERE l.status = 'applied'" + where.format(col="l.entity_id"),
            args,
        )
        _names(conn, where.format(col="id"), where.format(col="entity_id"), args)
        conn.execute(
            "INSERT OR REPLACE INTO entity_names_trigram(rowid, name)"
            " SELECT rowid, name FROM entity_names WHERE 1=1" + where.format(col="entity_id"),
            args,
        )
        _summaries(conn, where, args)
        conn.execute(
            MISSION_POSTS.format(
                joins=EVERY_POST if ids is None else THEIR_POSTS,
                only=where.format(col="pf.entity_id"),
            ),
            args,
        )
        # the matrix of the countries whose posts changed (triggers mark them)
        refresh_mission_years(conn, every=ids is None)
        profiles.refresh_profiles(store, ids)


def _names(conn: sqlite3.Connection, only: str, only_links: str, args: list[int]) -> None:
    rows: list[tuple[int, str, str]] = []
    for eid, variants_json in conn.execute(
        "SELECT id, variants_json FROM entities WHERE 1=1" + only, args
    ):
        for v in json.loads(variants_json):
            rows.extend((eid, v, k) for k in surname_keys(v))
    for eid, name in conn.execute(
        "SELECT entity_id, record_name FROM links WHERE status = 'applied'" + only_links, args
    ):
        rows.extend((eid, name, k) for k in surname_keys(name))
    conn.executemany("INSERT INTO entity_names(entity_id, name, key) VALUES (?,?,?)", rows)


def _summaries(conn: sqlite3.Connection, where: str, args: list[int]) -> None:
    linked_records = {
        eid
        for (eid,) in conn.execute(
            "SELECT DISTINCT em.entity_id FROM links l JOIN sources s ON s.id = l.record_source"
            " JOIN entity_mentions em ON em.source_key = s.key AND em.mention_seq = l.record_seq"
            " WHERE l.status = 'applied'"
        )
    }
    counts = dict(
        conn.execute(
            "SELECT entity_id, COUNT(*) FROM entity_mentions WHERE 1=1"
            + where.format(col="entity_id")
            + " GROUP BY entity_id",
            args,
        )
    )
    # one person at a time, in entity order, so memory does not grow with the register
    facts = conn.execute(
        "SELECT pf.entity_id, f.type, f.role, f.organisation, f.country, f.value, f.attribute,"
        " f.date_start, f.date_end, f.modality, f.status, f.attrs_json, pf.via_link, f.quote"
        " FROM person_factoids pf JOIN factoids f ON f.id = pf.factoid_id WHERE 1=1"
        + where.format(col="pf.entity_id")
        + " ORDER BY pf.entity_id",
        args,
    )
    groups = itertools.groupby(facts, key=lambda row: int(row[0]))
    current: tuple[int, list[Any]] | None = next(((k, list(g)) for k, g in groups), None)
    batch: list[tuple[Any, ...]] = []
    entities = conn.execute(
        "SELECT id, label, attrs_json FROM entities WHERE 1=1"
        + where.format(col="id")
        + " ORDER BY id",
        args,
    ).fetchall()
    for eid, label, attrs_json in entities:
        rows: list[Any] = []
        while current is not None and current[0] <= eid:
            if current[0] == eid:
                rows = current[1]
            current = next(((k, list(g)) for k, g in groups), None)
        if eid in linked_records:
            continue  # the record is part of the text person it is linked to
        attrs = json.loads(attrs_json)
        batch.append(
            (eid, attrs.get("display_name") or label, "registry" if attrs.get("record") else "text",
             *summarise(rows, attrs, label), counts.get(eid, 0))
        )  # fmt: skip
        if len(batch) >= 5000:
            _insert_summaries(conn, batch)
            batch = []
    _insert_summaries(conn, batch)


def _insert_summaries(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    conn.executemany(
        "INSERT INTO person_summary(entity_id, name, kind, is_soviet_official, is_diplomat, is_elite,"
        " fate, fate_date, birth, death, posts, mentions) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
