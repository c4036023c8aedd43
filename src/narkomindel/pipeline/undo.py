"""Undo of any curator's decision — itself a decision in the append-only log.

An ``undo`` entry names the entry it takes back; an undo of an undo puts the decision
back. The resolve run replays only the entries that stand
(:func:`narkomindel.pipeline.log_replay.effective_log`); what an undo changes at once
is recomputed from the log: a factoid's status and values from its own entries, persons
and links by a resolve run.
"""

from __future__ import annotations

import json
from typing import Any

from narkomindel.errors import CurationError, NotFoundError
from narkomindel.pipeline.log_replay import (
    UNDO,
    added_factoid_id,
    effective_log,
    replay_curated,
    undone_ids,
)
from narkomindel.pipeline.resolving import resolve_people
from narkomindel.store import curated, curation, derived, entities, views
from narkomindel.store.database import Store
from narkomindel.store.ids import parse_ref

__all__ = ["undo", "rebuild_factoid"]


def _base(entry: dict[str, Any], by_id: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """The decision an entry finally concerns (following undos of undos)."""
    seen = set()
    while entry["action"] == UNDO and int(entry["id"]) not in seen:
        seen.add(int(entry["id"]))
        entry = by_id[int(entry["target"])]
    return entry


def undo(store: Store, entry_id: int, *, who: str = "curator", why: str = "") -> dict[str, Any]:
    """Take back decision ``entry_id`` (or, for an undo, put its decision back)."""
    log = curation.curation_log(store)
    by_id = {int(e["id"]): e for e in log}
    entry = by_id.get(int(entry_id))
    if entry is None:
        raise NotFoundError(f"no decision {entry_id} in the curation log", hint="see the history")
    if int(entry_id) in undone_ids(log):
        raise CurationError(
            f"decision {entry_id} is undone already", hint="undo the undo to put it back"
        )
    base = _base(entry, by_id)
    with store.transaction():
        new_id = curation.append_curation(store, UNDO, str(entry_id), who, why)
        log = curation.curation_log(store)
        _take_effect(store, base, log)
    standing = int(base["id"]) not in undone_ids(log)
    return {
        "undone": int(entry_id), "decision": int(base["id"]), "action": base["action"],
        "in_force": standing, "curation_entry": new_id,
    }  # fmt: skip


def _take_effect(store: Store, base: dict[str, Any], log: list[dict[str, Any]]) -> None:
    action = base["action"]
    if action in ("factoid", "edit"):
        touched = entities.entities_of_factoid(store, str(base["target"]))
        rebuild_factoid(store, str(base["target"]), log)
        derived.refresh_derived(store, touched)
    elif action == "add":
        fid = added_factoid_id(base)
        touched = entities.entities_of_factoid(store, fid)
        parsed = parse_ref(fid)
        assert parsed is not None
        if int(base["id"]) in undone_ids(log):
            key = curated.source_key_of(store, parsed[1])
            if key is not None:
                curated.delete_curated_factoid(store, key, parsed[2])
        else:
            replay_curated(store, base)
        derived.refresh_derived(store, touched + entities.entities_of_factoid(store, fid))
    else:  # links, merges, splits, renames: persons and links are made again from the log
        resolve_people(store)


def rebuild_factoid(store: Store, factoid: str, log: list[dict[str, Any]]) -> bool:
    """Give a factoid the status and values its standing log entries give it: its values
    as extracted (the first edit of each value kept what it was), then every standing
    judgement and edit in order."""
    parsed = parse_ref(factoid)
    row = views.factoid_row(store, parsed[1], parsed[2]) if parsed else None
    if parsed is None or row is None:
        return False
    mine = [e for e in log if e["target"] == factoid and e["action"] in ("factoid", "edit")]
    values: dict[str, Any] = {}
    for e in mine:
        if e["action"] == "edit":
            for k, v in json.loads(e["value"] or "{}").get("before", {}).items():
                values.setdefault(k, v)
    status = "accepted" if row["extractor"] == "curator" else "extracted"
    standing = {int(e["id"]) for e in effective_log(log)}
    for e in mine:
        if int(e["id"]) not in standing:
            continue
        if e["action"] == "factoid":
            status = str(e["value"])
        else:
            values.update(json.loads(e["value"] or "{}").get("after", {}))
            status = "edited"
    return curated.update_factoid(store, int(row["source_key"]), parsed[2], values, status)
