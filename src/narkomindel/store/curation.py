"""The append-only curation log: every curator's decision, with who, when and why.

Rows are only ever added; resolution replays them after every re-run so that no
decision is lost.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = ["append_curation", "curation_log"]


def append_curation(
    store: Store,
    action: str,
    target: str,
    who: str,
    why: str,
    value: str | None = None,
) -> int:
    """Add one decision to the log; returns its entry number."""
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO curation_log(at, who, action, target, why, value) VALUES (?,?,?,?,?,?)",
            (datetime.now(UTC).isoformat(timespec="seconds"), who, action, target, why, value),
        )
    return int(cur.lastrowid or 0)


def curation_log(store: Store) -> list[dict[str, Any]]:
    """Every decision in the order it was made."""
    return [dict(r) for r in store.conn.execute("SELECT * FROM curation_log ORDER BY id")]
