"""Replaying the curation log: which entries still stand (an ``undo`` takes one back, an
undo of that undo puts it back), and what the web curation actions ``edit`` (a factoid's
values corrected) and ``add`` (a factoid a curator drew from a passage) do when replayed.

Used by the resolve run (:mod:`narkomindel.pipeline.resolving`); imports nothing of it.
"""

from __future__ import annotations

import json
from typing import Any

from narkomindel.store import curated
from narkomindel.store.ids import parse_ref, ref
from narkomindel.store.views import undone_ids

__all__ = ["CURATED_ACTIONS", "UNDO", "effective_log", "undone_ids", "replay_curated"]

#: the actions of the web explorer that the resolve run replays through :func:`replay_curated`
CURATED_ACTIONS = ("edit", "add")
UNDO = "undo"


def effective_log(log: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries that still stand, in order (undo entries themselves replay nothing)."""
    undone = undone_ids(log)
    return [e for e in log if e["action"] != UNDO and int(e["id"]) not in undone]


def added_factoid_id(entry: dict[str, Any]) -> str:
    """The stable id of the factoid an ``add`` entry made."""
    source = str(entry["target"]).split(":", 1)[0]
    return ref("factoid", source, curated.CURATED_SEQ + int(entry["id"]))


def replay_curated(store: Any, entry: dict[str, Any]) -> bool:
    """Apply one ``edit`` or ``add`` entry again; False when its target is gone."""
    value = json.loads(entry.get("value") or "{}")
    if entry["action"] == "edit":
        parsed = parse_ref(str(entry["target"]))
        if parsed is None:
            return False
        key = curated.source_key_of(store, parsed[1])
        if key is None:
            return False
        return curated.update_factoid(store, key, parsed[2], value.get("after", {}), "edited")
    if entry["action"] == "add":
        source = str(entry["target"]).split(":", 1)[0]
        key = curated.source_key_of(store, source)
        if key is None:
            return False
        subject = curated.mention_at(store, key, int(value["subject_start"]))
        if subject is None:
            return False
        curated.insert_curated_factoid(
            store, key, curated.CURATED_SEQ + int(entry["id"]), subject, value, str(entry["who"])
        )
        return True
    return False
