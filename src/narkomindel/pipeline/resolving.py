"""The resolve run over the whole database (extract → resolve → store), with the
curation log replayed, the register's derived tables rebuilt and the search index
brought up to date."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from narkomindel.model import Entity, RecordLink
from narkomindel.pipeline.log_replay import CURATED_ACTIONS, effective_log, replay_curated
from narkomindel.resolve.cluster import cluster_persons, person_mentions
from narkomindel.resolve.curation import (
    CLUSTER_ACTIONS,
    apply_cluster_action,
    join_on_shared_records,
)
from narkomindel.resolve.link import link_records
from narkomindel.store import curation, derived, entities, state
from narkomindel.store import search as index
from narkomindel.store.database import Store

__all__ = ["resolve_people", "sync_search", "ResolveReport", "LINK_ACTIONS"]

#: a curator's link decision -> the status it gives the link
LINK_ACTIONS = {"accept": "applied", "reject": "rejected"}


@dataclass
class ResolveReport:
    persons: int = 0
    mentions: int = 0
    links_applied: int = 0
    links_review: int = 0
    links_rejected: int = 0
    conflicts: int = 0
    decisions_replayed: int = 0
    stale_decisions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Plan:
    """Persons and links computed from one reading of the database."""

    generation: int
    shaping: list[dict[str, Any]]  # the log entries that reshaped persons
    people: list[Entity]
    links: list[RecordLink]
    mentions: int
    replayed: int
    stale: list[dict[str, Any]]


def _shaping(log: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in log if e["action"] in CLUSTER_ACTIONS]


def _plan(store: Store) -> _Plan:
    as_of = state.generation(store)
    # the latest version of each file: an edited file replaces what it said before
    mentions = [
        person_mentions(src["id"], store.extraction(src["id"]), store.text(src["id"]))
        for src in store.sources()
    ]
    people = cluster_persons(mentions)
    log = effective_log(curation.curation_log(store))  # undone decisions do not replay
    replayed, stale = 0, []
    starts = {(m.source, m.index): m.start for ms in mentions for m in ms}
    for entry in _shaping(log):  # merges, splits, renames shape persons before links
        if apply_cluster_action(people, entry, starts):
            replayed += 1
        else:
            stale.append(entry)
    links = join_on_shared_records(people, link_records(people))
    return _Plan(
        as_of, _shaping(log), people, links, sum(len(m) for m in mentions), replayed, stale
    )


def resolve_people(store: Store) -> ResolveReport:
    """Cluster persons and link them to registry records; replay curator decisions;
    rebuild the register's tables and the search index.

    Persons are computed outside the write lock, then written in one transaction
    that first reads the database again: if a source, an extraction or a decision
    that reshapes persons arrived meanwhile (another process ingesting, a curator
    merging), the persons are computed again, so that nothing committed by others
    is undone. Link and factoid decisions are replayed from the log as it stands
    inside the transaction, so every decision made before it commits is in effect."""
    plan = _plan(store)
    for attempt in range(3):
        with store.transaction():
            moved = (
                state.generation(store) != plan.generation
                or _shaping(effective_log(curation.curation_log(store))) != plan.shaping
            )
            if not moved or attempt == 2:
                if moved:  # the database keeps changing: compute inside the lock
                    plan = _plan(store)
                report = _write(store, plan)
                break
        plan = _plan(store)  # something arrived meanwhile: compute again
    for lk in entities.load_links(store):
        if lk["status"] == "applied":
            report.links_applied += 1
        elif lk["status"] == "review":
            report.links_review += 1
        else:
            report.links_rejected += 1
        report.conflicts += 1 if lk["conflict"] else 0
    return report


def _write(store: Store, plan: _Plan) -> ResolveReport:
    """Save a plan and replay the log's link and factoid decisions (inside a transaction)."""
    report = ResolveReport(decisions_replayed=plan.replayed, stale_decisions=list(plan.stale))
    entities.save_resolution(store, plan.people, plan.links)
    report.persons = sum(1 for e in plan.people if not e.attrs.get("record"))
    report.mentions = plan.mentions
    for entry in effective_log(curation.curation_log(store)):
        if entry["action"] == "factoid":
            done = entities.set_factoid_status(store, entry["target"], entry["value"])
        elif entry["action"] in CURATED_ACTIONS:  # the web explorer's edits and additions
            done = replay_curated(store, entry)
        elif entry["action"] in LINK_ACTIONS:
            done = entities.set_link_status(store, entry["target"], LINK_ACTIONS[entry["action"]])
        else:
            continue
        if done:
            report.decisions_replayed += 1
        else:
            report.stale_decisions.append(entry)
    derived.refresh_derived(store)
    sync_search(store)
    state.mark_resolved(store, plan.generation)
    return report


def sync_search(store: Store) -> int:
    """Bring the full-text index up to date with the current sources; returns how many
    sources were newly indexed."""
    return index.sync_index(store)
