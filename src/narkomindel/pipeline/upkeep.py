"""Bringing a database up to date before it is read: finishing what an interrupted
run left undone, and building what an older database lacks."""

from __future__ import annotations

from narkomindel.pipeline.ingest import extract_missing
from narkomindel.pipeline.resolving import resolve_people, sync_search
from narkomindel.store import derived, profiles, staffing, state
from narkomindel.store import search as index
from narkomindel.store.database import Store

__all__ = ["bring_up_to_date"]


def bring_up_to_date(store: Store) -> list[str]:
    """Finish what is pending and build what a reader needs; returns what was done
    (nothing, mostly).

    Runs when a database is opened (``narkomindel.open``, every command but
    ``ingest``, which does the same itself), never inside a query: sources stored but
    never extracted are extracted (an ingest killed between the two), a resolution
    that did not finish is run again, an older database gets its register tables,
    its missions' stored staffing (migration 0012), the analyses' stored profiles
    (migration 0013) and its search index."""
    done = []
    extracted = extract_missing(store)
    if extracted:
        done.append(f"{len(extracted)} source(s) extracted that an interrupted run left")
    if state.resolution_pending(store):
        resolve_people(store)
        done.append("persons resolved again (a change since the last resolution)")
        return done
    if derived.needs_summaries(store):
        derived.refresh_derived(store)
        done.append("register tables built")
    else:
        if staffing.needs_mission_years(store):
            derived.refresh_missions(store)
            done.append("missions' staffing by year stored")
        if profiles.needs_profiles(store):
            with store.transaction():
                profiles.refresh_profiles(store)
            done.append("the analyses' profiles of the persons stored")
    if not index.index_is_current(store):
        sync_search(store)
        done.append("search index brought up to date")
    return done
