"""The resolve run over the whole database (extract → resolve → store), with the
curation log replayed, the register's derived tables rebuilt and the search index
brought up to date."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from narkomindel.pipeline.log_replay import CURATED_ACTIONS, effective_log, replay_curated
from narkomindel.resolve.cluster import cluster_persons, person_mentions
from narkomindel.resolve.curation import (
    CLUSTER_ACTIONS,
    apply_cluster_action,
    join_on_shared_records,
)
from narkomindel.resolve.link import link_records
from narkomindel.store import curation, derived, entities
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


def resolve_people(store: Store) -> ResolveReport:
    """Cluster persons and link them to registry records; replay curator decisions;
    rebuild the register's tables and the search index."""
    # the latest version of each file: an edited file replaces what it said before
    mentions = [person_mentions(src["id"], store.extraction(src["id"])) for src in store.sources()]
    people = cluster_persons(mentions)
    log = effective_log(curation.curation_log(store))  # undone decisions do not replay
    report = ResolveReport()
    starts = {(m.source, m.index): m.start for ms in mentions for m in ms}
    for entry in log:  # merges, splits, renames shape the persons before links are proposed
        if entry["action"] in CLUSTER_ACTIONS:
            if apply_cluster_action(people, entry, starts):
                report.decisions_replayed += 1
            else:
                report.stale_decisions.append(entry)
    links = join_on_shared_records(people, link_records(people))
    with store.transaction():
        entities.save_resolution(store, people, links)
        report.persons = sum(1 for e in people if not e.attrs.get("record"))
        report.mentions = sum(len(m) for m in mentions)
        for entry in log:
            if entry["action"] == "factoid":
                done = entities.set_factoid_status(store, entry["target"], entry["value"])
            elif entry["action"] in CURATED_ACTIONS:  # the web explorer's edits and additions
                done = replay_curated(store, entry)
            elif entry["action"] in LINK_ACTIONS:
                done = entities.set_link_status(
                    store, entry["target"], LINK_ACTIONS[entry["action"]]
                )
            else:
                continue
            if done:
                report.decisions_replayed += 1
            else:
                report.stale_decisions.append(entry)
        derived.refresh_derived(store)
        sync_search(store)
    for lk in entities.load_links(store):
        if lk["status"] == "applied":
            report.links_applied += 1
        elif lk["status"] == "review":
            report.links_review += 1
        else:
            report.links_rejected += 1
        report.conflicts += 1 if lk["conflict"] else 0
    return report


def sync_search(store: Store) -> int:
    """Bring the full-text index up to date with the current sources; returns how many
    sources were newly indexed."""
    return index.sync_index(store)
