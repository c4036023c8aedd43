"""Bringing a database up to date before it is read: the register's derived tables of a
database made before they existed, and a search index behind its sources."""

from __future__ import annotations

from narkomindel.pipeline.resolving import sync_search
from narkomindel.store import derived
from narkomindel.store import search as index
from narkomindel.store.database import Store

__all__ = ["bring_up_to_date"]


def bring_up_to_date(store: Store) -> list[str]:
    """Build what a reader needs and is missing; returns what was done (nothing, mostly).

    Runs when a database is opened for reading (``narkomindel.open``, the query
    commands), never inside a query."""
    done = []
    if derived.needs_summaries(store):
        derived.refresh_derived(store)
        done.append("register tables built")
    if not index.index_is_current(store):
        sync_search(store)
        done.append("search index brought up to date")
    return done
