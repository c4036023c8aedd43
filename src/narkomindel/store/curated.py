"""The SQL of curators' factoid edits and of factoids a curator added by selecting text.

A curator's factoid lives in ``factoids`` beside the extracted ones, numbered from
:data:`CURATED_SEQ` + its curation-log entry (so it never meets an extracted number),
and is written again from the log after every re-extraction.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = [
    "CURATED_SEQ",
    "EDITABLE",
    "update_factoid",
    "insert_curated_factoid",
    "delete_curated_factoid",
    "mention_at",
    "source_key_of",
]

#: curated factoids are numbered from here (+ their curation-log entry)
CURATED_SEQ = 1_000_000_000
#: the columns a curator may edit
EDITABLE = (
    "role", "organisation", "department", "country", "date_start", "date_end", "value",
    "attribute",
)  # fmt: skip


def source_key_of(store: Store, source_prefix: str) -> int | None:
    row = store.conn.execute(
        "SELECT key FROM sources WHERE id LIKE ? || '%' ORDER BY version DESC LIMIT 1",
        (source_prefix,),
    ).fetchone()
    return int(row[0]) if row else None


def update_factoid(
    store: Store, source_key: int, seq: int, values: dict[str, Any], status: str
) -> bool:
    """Set edited columns (of :data:`EDITABLE`) and the status of one factoid."""
    cols = [c for c in values if c in EDITABLE]
    sets = ", ".join([f"{c} = ?" for c in cols] + ["status = ?"])
    with store.transaction() as conn:
        cur = conn.execute(
            f"UPDATE factoids SET {sets} WHERE source_key = ? AND seq = ?",
            [*(values[c] for c in cols), status, source_key, seq],
        )
    return cur.rowcount > 0


def mention_at(store: Store, source_key: int, start: int) -> int | None:
    """The number of the person mention starting at ``start`` in a source, or None."""
    row = store.conn.execute(
        "SELECT seq FROM mentions WHERE source_key = ? AND start = ? AND type = 'person'",
        (source_key, start),
    ).fetchone()
    return int(row[0]) if row else None


def insert_curated_factoid(
    store: Store, source_key: int, seq: int, subject_seq: int, fields: dict[str, Any], who: str
) -> None:
    """Write (or write again) one curator's factoid."""
    with store.transaction() as conn:
        conn.execute(
            'INSERT OR REPLACE INTO factoids(source_key, seq, type, subject_seq, start, "end", quote,'
            " role, organisation, department, country, date_start, date_end, value, attribute,"
            " modality, confidence, extractor, status, attrs_json)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'asserted',1.0,'curator',?,?)",
            (
                source_key, seq, fields["type"], subject_seq, fields["start"], fields["end"],
                fields["quote"], fields.get("role"), fields.get("organisation"),
                fields.get("department"), fields.get("country"), fields.get("date_start"),
                fields.get("date_end"), fields.get("value"), fields.get("attribute"),
                "accepted", json.dumps({"curator": who}, ensure_ascii=False),
            ),
        )  # fmt: skip


def delete_curated_factoid(store: Store, source_key: int, seq: int) -> bool:
    with store.transaction() as conn:
        cur = conn.execute(
            "DELETE FROM factoids WHERE source_key = ? AND seq = ? AND extractor = 'curator'",
            (source_key, seq),
        )
    return cur.rowcount > 0
