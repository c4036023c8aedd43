"""Storing resolution results and the append-only curation log."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from narkomindel.errors import NotFoundError
from narkomindel.model import Entity, RecordLink
from narkomindel.store.register import parse_ref

__all__ = [
    "save_resolution",
    "load_links",
    "append_curation",
    "curation_log",
    "set_link_status",
    "set_factoid_status",
]


def save_resolution(
    conn: sqlite3.Connection, entities: list[Entity], links: list[RecordLink]
) -> None:
    """Replace entities, their mentions and the links, in one transaction.
    The curation log is never touched here."""
    by_id = {str(row[0]): int(row[1]) for row in conn.execute("SELECT id, key FROM sources")}
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in ("links", "entity_mentions", "entities"):
            conn.execute(f"DELETE FROM {table}")
        for e in entities:
            cur = conn.execute(
                "INSERT INTO entities(key, type, label, variants_json, attrs_json) VALUES (?,?,?,?,?)",
                (
                    e.key,
                    "person",
                    e.label,
                    json.dumps(e.variants, ensure_ascii=False),
                    json.dumps(e.attrs, ensure_ascii=False),
                ),
            )
            eid = cur.lastrowid
            conn.executemany(
                "INSERT OR REPLACE INTO entity_mentions(entity_id, source_key, mention_seq, score, evidence) VALUES (?,?,?,?,?)",
                [(eid, by_id[src], seq, e.scores.get((src, seq), (0.8, ""))[0], e.scores.get((src, seq), (0.8, ""))[1]) for src, seq in e.mentions],
            )  # fmt: skip
        ids = dict(conn.execute("SELECT key, id FROM entities").fetchall())
        conn.executemany(
            "INSERT INTO links(key, entity_id, record_source, record_seq, record_name, score, status, conflict, evidence_json)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (lk.key, ids[lk.entity_key], lk.record_source, lk.record_seq, lk.record_name, lk.score, lk.status,
                 lk.conflict, json.dumps(lk.evidence, ensure_ascii=False))
                for lk in links
            ],
        )  # fmt: skip
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def load_links(conn: sqlite3.Connection, status: str | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT l.id, l.key, l.status, l.score, l.conflict, l.evidence_json, l.record_source, l.record_seq,"
        " l.record_name, e.label AS person, e.variants_json, e.attrs_json FROM links l JOIN entities e ON e.id = l.entity_id"
    )
    args: list[Any] = []
    if status:
        sql += " WHERE l.status = ?"
        args.append(status)
    rows = []
    for r in conn.execute(sql + " ORDER BY l.score DESC, l.id", args):
        d = dict(r)
        d["evidence"] = json.loads(d.pop("evidence_json"))
        d["variants"] = json.loads(d.pop("variants_json"))
        d["attrs"] = json.loads(d.pop("attrs_json"))
        rows.append(d)
    return rows


def set_link_status(conn: sqlite3.Connection, key: str, status: str) -> bool:
    cur = conn.execute("UPDATE links SET status = ? WHERE key = ?", (status, key))
    return cur.rowcount > 0


def append_curation(
    conn: sqlite3.Connection,
    action: str,
    target: str,
    who: str,
    why: str,
    value: str | None = None,
) -> int:
    cur = conn.execute(
        "INSERT INTO curation_log(at, who, action, target, why, value) VALUES (?,?,?,?,?,?)",
        (datetime.now(UTC).isoformat(timespec="seconds"), who, action, target, why, value),
    )
    return int(cur.lastrowid or 0)


def set_factoid_status(conn: sqlite3.Connection, factoid: str, status: str) -> bool:
    """Set the status of a factoid by its stable id (``f-<source>-<seq>``) in the current
    version of its source; False when no such factoid exists (any more)."""
    parsed = parse_ref(factoid)
    if parsed is None or parsed[0] != "factoid":
        return False
    _kind, prefix, seq = parsed
    cur = conn.execute(
        "UPDATE factoids SET status = ? WHERE seq = ? AND source_key IN"
        " (SELECT key FROM sources WHERE id LIKE ? || '%')",
        (status, seq, prefix),
    )
    return cur.rowcount > 0


def curation_log(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute("SELECT * FROM curation_log ORDER BY id")]


def link_key(conn: sqlite3.Connection, ref: str) -> str:
    """A link's key from its id or key."""
    row = conn.execute(
        "SELECT key FROM links WHERE key = ? OR CAST(id AS TEXT) = ?", (ref, ref)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no link {ref!r}", hint="list the queue with `narkomindel review`")
    return str(row[0])
