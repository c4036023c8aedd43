"""Resolution over the whole database (extract → resolve → store), and curation.

:func:`resolve_people` clusters every person mention into persons and proposes
registry links; :func:`review_queue` lists the links waiting for a curator;
:func:`decide` records a curator's accept or reject in the append-only
curation log.  Every decision is replayed after each re-run, so none is lost;
a decision whose link no longer exists is reported, not dropped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from narkomindel.resolve.cluster import cluster_persons, person_mentions
from narkomindel.resolve.link import link_records
from narkomindel.store import resolution as _res
from narkomindel.store.sqlite import Store

__all__ = ["resolve_people", "review_queue", "decide", "ResolveReport"]

ACTIONS = {"accept": "applied", "reject": "rejected"}


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


def resolve_people(db: str | os.PathLike[str]) -> ResolveReport:
    """Cluster persons and link them to registry records; replay curator decisions."""
    with Store(db) as store:
        # the latest version of each file: an edited file replaces what it said before
        mentions = [
            person_mentions(src["id"], store.extraction(src["id"])) for src in store.sources()
        ]
        entities = cluster_persons(mentions)
        links = link_records(entities)
        _res.save_resolution(store.conn, entities, links)
        report = ResolveReport(persons=sum(1 for e in entities if not e.attrs.get("record")))
        report.mentions = sum(len(m) for m in mentions)
        for entry in _res.curation_log(store.conn):
            if _res.set_link_status(store.conn, entry["target"], ACTIONS[entry["action"]]):
                report.decisions_replayed += 1
            else:
                report.stale_decisions.append(entry)
        for lk in _res.load_links(store.conn):
            if lk["status"] == "applied":
                report.links_applied += 1
            elif lk["status"] == "review":
                report.links_review += 1
            else:
                report.links_rejected += 1
            report.conflicts += 1 if lk["conflict"] else 0
    return report


def review_queue(db: str | os.PathLike[str], *, status: str = "review") -> list[dict[str, Any]]:
    """Links with this status, each with its evidence side by side: the person as the
    texts name them and the registry record as it reads."""
    with Store(db) as store:
        rows = _res.load_links(store.conn, status)
        for row in rows:
            record = store.extraction(row["record_source"]).mentions[row["record_seq"]]
            seg = next(
                (
                    g
                    for g in store.segments(row["record_source"], "record")
                    if g.start <= record.start < g.end
                ),
                None,
            )
            row["record_text"] = (
                store.text(row["record_source"])[seg.start : seg.end] if seg else record.text
            )
        return rows


def decide(
    db: str | os.PathLike[str], ref: str, action: str, *, who: str = "curator", why: str = ""
) -> dict[str, Any]:
    """Accept or reject a link (by id or key); the decision goes to the curation log."""
    if action not in ACTIONS:
        raise ValueError(f"action must be one of {', '.join(ACTIONS)}")
    with Store(db) as store:
        key = _res.link_key(store.conn, ref)
        store.conn.execute("BEGIN IMMEDIATE")
        try:
            entry_id = _res.append_curation(store.conn, action, key, who, why)
            _res.set_link_status(store.conn, key, ACTIONS[action])
            store.conn.execute("COMMIT")
        except BaseException:
            store.conn.execute("ROLLBACK")
            raise
        return {"link": key, "status": ACTIONS[action], "curation_entry": entry_id}
