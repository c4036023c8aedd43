"""The register tables: each person's factoids, names and summary, and the
full-text index over the sources (migration 0004).

They are derived data, rebuilt from mentions, factoids, entities and links by
:func:`refresh_register` after every resolution and curator decision, and
:func:`sync_search` after sources are added. Nothing here is a source of truth.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sqlite3
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from narkomindel.errors import NotFoundError
from narkomindel.extract import gazetteer as gz
from narkomindel.store.sqlite import Store
from narkomindel.translit import name_key

__all__ = [
    "open_register",
    "refresh_register",
    "entities_of_link",
    "entities_of_factoid",
    "sync_search",
    "ref",
    "parse_ref",
    "FATE_SEVERITY",
    "DIPLOMATIC_ROLES",
    "SOVIET_ROLES",
]

# The worse fate wins when a person has several (arrested, then shot).
FATE_SEVERITY = {
    "executed": 9,
    "died in custody": 8,
    "died": 7,
    "sentenced": 6,
    "arrested": 5,
    "purged": 4,
    "defected": 3,
    "dismissed": 2,
    "recalled": 2,
    "survived": 1,
}
DIPLOMATIC_ROLES = frozenset(
    {
        "ambassador", "polpred", "envoy", "minister", "chargé d'affaires", "counsellor",
        "first secretary", "second secretary", "third secretary", "attaché", "consul",
        "consul general", "vice consul", "trade representative", "deputy trade representative",
        "people's commissar", "deputy commissar", "collegium member", "diplomatic courier",
        "referent", "delegate",
    }
)  # fmt: skip
SOVIET_ROLES = frozenset({"people's commissar", "deputy commissar", "polpred", "collegium member"})
REPRESSION_FATES = frozenset({"executed", "died in custody", "sentenced", "arrested", "purged"})
HOME = frozenset({"USSR", "Russia", "Soviet Russia", "Soviet Union"})
# A post of the old regime (the Empire, the Provisional Government) is not a Soviet one.
OLD_REGIME = re.compile(
    r"\b(?:imperial|tsarist|czarist|provisional government|russian (?:ambassador|minister|"
    r"charg[ée]|consul|embassy|envoy))",
    re.I,
)


def _east_european_surname(label: str) -> bool:
    """Does the surname of a name as printed ("K. P. Sedykhin", "Sedykhin, K. P.") have an
    east-European shape (-ov, -in, -skii, -enko, -ian ...)?"""
    surname = label.split(",")[0] if "," in label else label
    words = re.findall(r"[^\W\d_][\w'’-]+", surname)
    if not words:
        return False
    last = words[-1].lower().split("-")[-1]
    return any(last.endswith(e) and len(last) > len(e) + 1 for e in gz.surname_endings())


_PREFIX = {"person": "p", "mention": "m", "factoid": "f", "event": "e"}


def ref(kind: str, source_id: str, seq: int) -> str:
    """A stable id for a mention, factoid or event: the same inputs give the same id."""
    return f"{_PREFIX[kind]}-{source_id[:16]}-{seq}"


def parse_ref(value: str) -> tuple[str, str, int] | None:
    """``(kind, source-id prefix, seq)`` of an id made by :func:`ref`, or None."""
    m = re.fullmatch(r"([mfe])-([0-9a-f]{16})-(\d+)", value.strip())
    if not m:
        return None
    kind = {v: k for k, v in _PREFIX.items()}[m.group(1)]
    return kind, m.group(2), int(m.group(3))


def _year(value: str | None) -> int | None:
    m = re.match(r"(\d{4})", value or "")
    return int(m.group(1)) if m else None


def open_register(db: str | os.PathLike[str]) -> Store:
    """Open an existing database for the register's queries and exports.

    A database made before the register tables existed (or whose persons were never
    summarised) gets them built now; a path with no database is an error, not a new
    empty database."""
    if not Path(db).is_file():
        raise NotFoundError(
            f"no database {db}",
            hint="build one with `narkomindel ingest FILES --db PATH` (or `narkomindel demo`)",
        )
    store = Store(db)
    conn = store.conn
    if (
        conn.execute("SELECT 1 FROM person_summary LIMIT 1").fetchone() is None
        and conn.execute("SELECT 1 FROM entities LIMIT 1").fetchone() is not None
    ):
        refresh_register(conn)
    return store


def refresh_register(conn: sqlite3.Connection, entity_ids: Collection[int] | None = None) -> None:
    """Rebuild person_factoids, entity_names and person_summary in one transaction: all of
    them, or only the rows of ``entity_ids`` (after a curator's decision on a few persons)."""
    ids = sorted(set(entity_ids)) if entity_ids is not None else None
    where = "" if ids is None else f" AND {{col}} IN ({','.join('?' * len(ids))})"
    args = ids or []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in ("person_factoids", "entity_names", "person_summary"):
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
        _summaries(conn, where, args)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def entities_of_link(conn: sqlite3.Connection, key: str) -> list[int]:
    """The persons a link's decision changes: the text person and the record's person."""
    return [
        int(r[0])
        for r in conn.execute(
            "SELECT l.entity_id FROM links l WHERE l.key = ? UNION"
            " SELECT em.entity_id FROM links l JOIN sources s ON s.id = l.record_source"
            " JOIN entity_mentions em ON em.source_key = s.key AND em.mention_seq = l.record_seq"
            " WHERE l.key = ?",
            (key, key),
        )
    ]


def entities_of_factoid(conn: sqlite3.Connection, factoid: str) -> list[int]:
    """The persons a factoid (by stable id) belongs to, directly or through a link."""
    parsed = parse_ref(factoid)
    if parsed is None:
        return []
    _kind, prefix, seq = parsed
    return [
        int(r[0])
        for r in conn.execute(
            "SELECT DISTINCT pf.entity_id FROM person_factoids pf JOIN factoids f ON f.id = pf.factoid_id"
            " JOIN sources s ON s.key = f.source_key WHERE s.id LIKE ? || '%' AND f.seq = ?",
            (prefix, seq),
        )
    ]


def _names(conn: sqlite3.Connection, only: str, only_links: str, args: list[int]) -> None:
    rows: list[tuple[int, str, str]] = []
    for eid, variants_json in conn.execute(
        "SELECT id, variants_json FROM entities WHERE 1=1" + only, args
    ):
        for v in json.loads(variants_json):
            rows.extend((eid, v, k) for k in _name_keys(v))
    for eid, name in conn.execute(
        "SELECT entity_id, record_name FROM links WHERE status = 'applied'" + only_links, args
    ):
        rows.extend((eid, name, k) for k in _name_keys(name))
    conn.executemany("INSERT INTO entity_names(entity_id, name, key) VALUES (?,?,?)", rows)


def _name_keys(name: str) -> set[str]:
    """Keys of the words of a name that can be a surname (capitalised, not an initial)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    return {name_key(w) for w in words if len(w) > 2 and w[:1].isupper()} - {""}


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


def summarise(rows: list[Any], attrs: dict[str, Any], label: str = "") -> tuple[Any, ...]:
    """(is_soviet_official, is_diplomat, is_elite, fate, fate_date, birth, death, posts) of a
    person from their factoid rows (type, role, organisation, country, value, attribute,
    date_start, date_end, modality, status, attrs_json, via_link after the entity id).

    A Soviet official: a Soviet post (the commissariat, a polpred, "Soviet ambassador"),
    a registry record's post, the party-state elite; or a person with an east-European
    surname who held a post abroad or met a fate of the purges."""
    soviet = bool(attrs.get("soviet"))
    diplomatic = elite_post = abroad = repressed = False
    fate: tuple[int, str, str | None] | None = None
    birth = death = None
    posts = 0
    for row in rows:
        _eid, ftype, role, org, country, value, attribute, d_start, d_end = row[:9]
        modality, status, fattrs, via_link, quote = row[9:14]
        if status == "rejected" or modality != "asserted":
            continue
        extra = json.loads(fattrs or "{}")
        if ftype == "post":
            posts += 1
            soviet |= bool(
                extra.get("soviet") or org == "NKID" or role in SOVIET_ROLES
                or attrs.get("record") or via_link is not None
            )  # fmt: skip
            diplomatic |= role in DIPLOMATIC_ROLES
            elite_post |= bool(extra.get("elite"))
            year = _year(d_start) or _year(d_end)
            old_regime = bool(OLD_REGIME.search(quote or "")) or (year is not None and year < 1918)
            abroad |= bool(country) and country not in HOME and not old_regime
            abroad &= not extra.get("former") or bool(d_start)
        elif ftype == "fate" and value:
            rank = FATE_SEVERITY.get(value, 0)
            if fate is None or rank > fate[0] or (rank == fate[0] and d_start and not fate[2]):
                fate = (rank, value, d_start)
            if value in ("executed", "died", "died in custody") and d_start:
                death = d_start
            repressed |= value in REPRESSION_FATES
        elif ftype == "attribute" and attribute == "birth" and value and birth is None:
            birth = value
        elif ftype == "attribute" and attribute == "standing":
            soviet = True
    if posts and (abroad or repressed) and _east_european_surname(label):
        soviet = True
    return (
        int(soviet), int(diplomatic and soviet), int(elite_post and soviet),
        fate[1] if fate else None, fate[2] if fate else None, birth, death, posts,
    )  # fmt: skip


def sync_search(
    conn: sqlite3.Connection,
    current: list[int],
    load: Callable[[int], tuple[str, list[tuple[int, int, int]]]],
) -> int:
    """Index the segments of current sources not yet indexed; drop sources no longer current.

    ``load`` gives a source's text and ``(seq, start, end)`` segments by source key;
    returns how many sources were newly indexed."""
    indexed = {k for (k,) in conn.execute("SELECT source_key FROM search_indexed")}
    stale = indexed - set(current)
    new = [k for k in current if k not in indexed]
    if not stale and not new:
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for k in stale:
            conn.execute("DELETE FROM search_text WHERE source_key = ?", (k,))
            conn.execute("DELETE FROM search_indexed WHERE source_key = ?", (k,))
        for k in new:
            text, segments = load(k)
            rows = []
            for seq, start, end in segments:
                chunk = text[start:end]
                if chunk.strip():
                    rows.append((chunk, " ".join(sorted(_name_keys(chunk))), k, seq, start))
            conn.executemany(
                "INSERT INTO search_text(text, keys, source_key, seq, start) VALUES (?,?,?,?,?)",
                rows,
            )
            conn.execute("INSERT INTO search_indexed(source_key) VALUES (?)", (k,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(new)
