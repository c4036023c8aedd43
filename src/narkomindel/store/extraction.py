"""Storing and loading extraction results (mentions, factoids, events) per source."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from narkomindel.errors import NotFoundError
from narkomindel.model import Claim, ExtractedEvent, Extraction, Mention
from narkomindel.store import state

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = ["save_extraction", "load_extraction", "pending_extraction"]


def _key(conn: sqlite3.Connection, source_id: str) -> int:
    row = conn.execute("SELECT key FROM sources WHERE id = ?", (source_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no source {source_id}", hint="list them with `narkomindel sources`")
    return int(row[0])


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def save_extraction(store: Store, source_id: str, ex: Extraction, version: str) -> None:
    """Replace a source's extraction with ``ex``, atomically."""
    key = _key(store.conn, source_id)
    with store.transaction() as conn:
        for table in ("mentions", "factoids", "events"):
            conn.execute(f"DELETE FROM {table} WHERE source_key = ?", (key,))
        conn.executemany(
            'INSERT INTO mentions(source_key, seq, start, "end", text, type, extractor, confidence, attrs_json)'
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (key, i, m.start, m.end, m.text, m.type, m.extractor, m.confidence, _j(m.attrs))
                for i, m in enumerate(ex.mentions)
            ],
        )
        conn.executemany(
            'INSERT INTO factoids(source_key, seq, type, subject_seq, start, "end", quote, role, organisation,'
            " department, country, date_start, date_end, value, attribute, modality, confidence, extractor,"
            " attrs_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    key, i, c.type, c.subject, c.start, c.end, c.quote, c.role, c.organisation, c.department,
                    c.country, c.date_start, c.date_end, c.value, c.attribute, c.modality, c.confidence,
                    c.extractor, _j(c.attrs),
                )
                for i, c in enumerate(ex.claims)
            ],
        )  # fmt: skip
        conn.executemany(
            'INSERT INTO events(source_key, seq, type, name, start, "end", quote, date, place, parties_json,'
            " participants_json, extractor, confidence, attrs_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    key, i, e.type, e.name, e.start, e.end, e.quote, e.date, e.place, _j(list(e.parties)),
                    _j(list(e.participants)), e.extractor, e.confidence, _j(e.attrs),
                )
                for i, e in enumerate(ex.events)
            ],
        )  # fmt: skip
        conn.execute(
            "INSERT INTO extraction_runs(source_key, version, ran_at) VALUES (?,?,?)"
            " ON CONFLICT(source_key) DO UPDATE SET version = excluded.version, ran_at = excluded.ran_at",
            (key, version, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        state.changed(store)


def load_extraction(conn: sqlite3.Connection, source_id: str) -> Extraction:
    key = _key(conn, source_id)
    mentions = [
        Mention(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]))
        for r in conn.execute(
            'SELECT start, "end", text, type, extractor, confidence, attrs_json FROM mentions'
            " WHERE source_key = ? ORDER BY seq",
            (key,),
        )
    ]
    claims = [
        Claim(
            r["type"], r["subject_seq"], r["start"], r["end"], r["quote"], r["extractor"], r["confidence"],
            role=r["role"], organisation=r["organisation"], department=r["department"], country=r["country"],
            date_start=r["date_start"], date_end=r["date_end"], value=r["value"], attribute=r["attribute"],
            modality=r["modality"], attrs=json.loads(r["attrs_json"]),
        )
        for r in conn.execute("SELECT * FROM factoids WHERE source_key = ? ORDER BY seq", (key,))
    ]  # fmt: skip
    events = [
        ExtractedEvent(
            r["type"], r["name"], r["start"], r["end"], r["quote"], r["extractor"], r["confidence"],
            date=r["date"], place=r["place"], parties=tuple(json.loads(r["parties_json"])),
            participants=tuple(json.loads(r["participants_json"])), attrs=json.loads(r["attrs_json"]),
        )
        for r in conn.execute("SELECT * FROM events WHERE source_key = ? ORDER BY seq", (key,))
    ]  # fmt: skip
    return Extraction(mentions, claims, events)


def pending_extraction(conn: sqlite3.Connection, version: str) -> list[str]:
    """Ids of sources with no extraction, or one made by another version."""
    rows = conn.execute(
        "SELECT s.id FROM sources s LEFT JOIN extraction_runs r ON r.source_key = s.key"
        " WHERE r.version IS NULL OR r.version != ? ORDER BY s.path, s.version",
        (version,),
    ).fetchall()
    return [str(r[0]) for r in rows]
