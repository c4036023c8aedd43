"""Where the pipeline stands (migration 0009): has everything resolution reads been
resolved? An interrupted run leaves the generations apart; the next run sees it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = ["generation", "changed", "resolution_pending", "mark_resolved", "missing_extraction"]


def _get(store: Store, name: str) -> int:
    row = store.conn.execute("SELECT value FROM pipeline_state WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else 0


def generation(store: Store) -> int:
    """How many changes resolution reads have been made to the database."""
    return _get(store, "generation")


def changed(store: Store) -> None:
    """Record a change resolution must see (call inside the transaction that makes it)."""
    with store.transaction() as conn:
        conn.execute("UPDATE pipeline_state SET value = value + 1 WHERE name = 'generation'")


def resolution_pending(store: Store) -> bool:
    """Whether sources or extractions changed since persons were last resolved."""
    return _get(store, "resolved_generation") != generation(store)


def mark_resolved(store: Store, as_of: int) -> None:
    """Persons, links and the register now reflect generation ``as_of``."""
    with store.transaction() as conn:
        conn.execute(
            "UPDATE pipeline_state SET value = ? WHERE name = 'resolved_generation'", (as_of,)
        )


def missing_extraction(store: Store) -> list[str]:
    """Ids of sources that were stored but never extracted (an interrupted ingest): no
    extraction run and nothing extracted (what another tool wrote is never replaced)."""
    return [
        str(r[0])
        for r in store.conn.execute(
            "SELECT s.id FROM sources s LEFT JOIN extraction_runs r ON r.source_key = s.key"
            " WHERE r.source_key IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.source_key = s.key)"
            " AND NOT EXISTS (SELECT 1 FROM factoids f WHERE f.source_key = s.key)"
            " ORDER BY s.path, s.version"
        )
    ]
