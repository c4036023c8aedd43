"""The full-text index over the sources (SQLite FTS5) and the queries that read it.

Every segment of the current sources is indexed with its text and the name keys
of its capitalised words, so that any spelling of a name finds it.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from narkomindel.translit import surname_keys

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = ["sync_index", "index_is_current", "passages", "source_keys"]


def sync_index(store: Store) -> int:
    """Index the segments of current sources (the latest version of each path) not yet
    indexed; drop sources no longer current. Returns how many sources were newly indexed."""
    conn = store.conn
    current_ids = {
        int(key): sid
        for key, sid in conn.execute(
            "SELECT s.key, s.id FROM sources s"
            " WHERE s.version = (SELECT MAX(version) FROM sources x WHERE x.path = s.path)"
        )
    }
    current = list(current_ids)

    def load(key: int) -> tuple[str, list[tuple[int, int, int]]]:
        sid = current_ids[key]
        segs = [(n, g.start, g.end) for n, g in enumerate(store.segments(sid))]
        return store.text(sid), segs

    indexed = {k for (k,) in conn.execute("SELECT source_key FROM search_indexed")}
    stale = indexed - set(current)
    new = [k for k in current if k not in indexed]
    if not stale and not new:
        return 0
    with store.transaction() as conn:
        for k in stale:
            conn.execute("DELETE FROM search_text WHERE source_key = ?", (k,))
            conn.execute("DELETE FROM search_indexed WHERE source_key = ?", (k,))
        for k in new:
            text, segments = load(k)
            rows = []
            for seq, start, end in segments:
                chunk = text[start:end]
                if chunk.strip():
                    rows.append((chunk, " ".join(sorted(surname_keys(chunk))), k, seq, start))
            conn.executemany(
                "INSERT INTO search_text(text, keys, source_key, seq, start) VALUES (?,?,?,?,?)",
                rows,
            )
            conn.execute("INSERT INTO search_indexed(source_key) VALUES (?)", (k,))
    return len(new)


def index_is_current(store: Store) -> bool:
    """Whether every current source is indexed and nothing else is."""
    current = {
        int(k)
        for (k,) in store.conn.execute(
            "SELECT s.key FROM sources s"
            " WHERE s.version = (SELECT MAX(version) FROM sources x WHERE x.path = s.path)"
        )
    }
    indexed = {int(k) for (k,) in store.conn.execute("SELECT source_key FROM search_indexed")}
    return current == indexed


def passages(store: Store, match: str, limit: int) -> list[sqlite3.Row]:
    """Segments matching an FTS5 query, best first: source key, segment, start, snippet, rank."""
    return store.conn.execute(
        "SELECT source_key, seq, start, snippet(search_text, 0, '[', ']', ' … ', 16) AS snip,"
        " bm25(search_text) AS rank FROM search_text WHERE search_text MATCH ? ORDER BY rank LIMIT ?",
        (match, limit),
    ).fetchall()


def source_keys(store: Store) -> dict[int, tuple[str, str]]:
    """Source key → (id, path), for every stored source."""
    return {
        int(r[0]): (r[1], r[2]) for r in store.conn.execute("SELECT key, id, path FROM sources")
    }
