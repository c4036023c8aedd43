"""Curators' decisions: accept or reject a registry link, judge a factoid, merge, split
or rename persons.

Each decision goes to the append-only curation log (who, when, why) and takes
effect at once; every later resolve run replays the log, so no decision is lost.
"""

from __future__ import annotations

from typing import Any

from narkomindel.errors import CurationError, NotFoundError, UsageError
from narkomindel.pipeline.resolving import LINK_ACTIONS, resolve_people
from narkomindel.resolve.curation import merge_target, split_target
from narkomindel.store import curation, derived, entities, people
from narkomindel.store.database import Store

__all__ = ["decide", "merge", "split", "rename", "judge_factoid", "FACTOID_STATUSES"]

FACTOID_STATUSES = ("accepted", "rejected", "extracted")


def _one_of(param: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise UsageError(
            f"‹{param}› {value!r} is not allowed", hint=f"use one of {', '.join(allowed)}"
        )


def decide(
    store: Store, ref: str, action: str, *, who: str = "curator", why: str = ""
) -> dict[str, Any]:
    """Accept or reject a link (by id or key); the decision goes to the curation log."""
    _one_of("action", action, tuple(LINK_ACTIONS))
    key = entities.link_key(store, ref)
    with store.transaction():
        entry_id = curation.append_curation(store, action, key, who, why)
        entities.set_link_status(store, key, LINK_ACTIONS[action])
        # an applied link brings the record's factoids: refresh the two persons it joins
        derived.refresh_derived(store, entities.entities_of_link(store, key))
    return {"link": key, "status": LINK_ACTIONS[action], "curation_entry": entry_id}


def merge(store: Store, a: str, b: str, *, who: str = "curator", why: str = "") -> dict[str, Any]:
    """Record that persons ``a`` and ``b`` (ids or keys) are one; applied now and after every re-run."""
    first, second = entities.entity_key(store, a), entities.entity_key(store, b)
    if first == second:
        raise CurationError(
            f"{a!r} and {b!r} are the same person already", hint="give two different persons"
        )
    target = merge_target(first, second)
    entry = curation.append_curation(store, "merge", target, who, why)
    resolve_people(store)
    return {"merged": target, "curation_entry": entry}


def split(
    store: Store, person: str, mentions: list[str], *, who: str = "curator", why: str = ""
) -> dict[str, Any]:
    """Record that the given mentions ("source-id:offset") of a person are someone else."""
    key = entities.entity_key(store, person)
    known = set(entities.mention_refs(store, people.entity(store, ref_or_key=key)["id"]))
    missing = [m for m in mentions if m not in known]
    if missing:
        raise NotFoundError(
            f"{len(missing)} mention(s) are not this person's: {', '.join(missing[:3])}",
            hint="take references from `narkomindel person ID --format json` (its mentions)",
        )
    if not mentions or set(mentions) >= known:
        raise CurationError(
            "a split must move some of the person's mentions and leave others",
            where=key,
            hint="name the mentions of the other person only (to rename, use a rename)",
        )
    entry = curation.append_curation(store, "split", split_target(key, mentions), who, why)
    resolve_people(store)
    return {"split": key, "mentions": mentions, "curation_entry": entry}


def judge_factoid(
    store: Store, factoid: str, status: str, *, who: str = "curator", why: str = ""
) -> dict[str, Any]:
    """Accept or reject a factoid by its stable id (``f-<source>-<seq>``), or put it back
    (``extracted``); the decision goes to the curation log and is replayed after re-runs."""
    _one_of("status", status, FACTOID_STATUSES)
    touched = entities.entities_of_factoid(store, factoid)
    with store.transaction():
        if not entities.set_factoid_status(store, factoid, status):
            raise NotFoundError(
                f"no factoid {factoid!r}",
                hint="factoid ids are in `narkomindel person ID --format json` and exports",
            )
        entry = curation.append_curation(store, "factoid", factoid, who, why, status)
        derived.refresh_derived(store, touched)
    return {"factoid": factoid, "status": status, "curation_entry": entry}


def rename(
    store: Store, person: str, name: str, *, who: str = "curator", why: str = ""
) -> dict[str, Any]:
    """Give a person (id or key) the name a curator chose; replayed after every re-run."""
    if not name.strip():
        raise UsageError("the new ‹name› is empty", hint="give the name the person should have")
    key = entities.entity_key(store, person)
    entry = curation.append_curation(store, "rename", key, who, why, name.strip())
    resolve_people(store)
    return {"person": key, "name": name.strip(), "curation_entry": entry}
