"""A person's history: every curator's decision about them, and where an old id lives now."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from narkomindel.query.results import Result, Results
from narkomindel.resolve.curation import SEP
from narkomindel.store import people, views
from narkomindel.store.database import Store

__all__ = ["HistoryEntry", "history", "follow"]


@dataclass(frozen=True, repr=False)
class HistoryEntry(Result):
    """One entry of the curation log: who decided what, when and why; whether it stands."""

    id: int
    at: str
    who: str
    action: str
    target: str
    why: str
    value: str | None
    undone: bool

    SHOWN: ClassVar[tuple[str, ...]] = ("id", "action", "who", "at")


def history(store: Store, key: str) -> Results[HistoryEntry]:
    """Every decision about the person ``key`` (on them, their factoids and links, merges
    and splits naming them, and undos of those), oldest first."""
    with store.reading():
        ent = people.entity(store, ref_or_key=key)
        targets: list[str] = []
        if ent is not None:
            targets += [f["id"] for f in people.factoid_rows(store, ent["id"])]
            targets += [lk["key"] for lk in people.person_links(store, ent["id"])]
        rows = views.history_rows(store, key, targets)
    undone = views.undone_ids(rows)
    return Results(
        HistoryEntry(
            int(r["id"]),
            r["at"],
            r["who"],
            r["action"],
            r["target"],
            r["why"] or "",
            r["value"],
            int(r["id"]) in undone,
        )  # fmt: skip
        for r in rows
    )


def follow(store: Store, key: str, _depth: int = 0) -> str | None:
    """Where an old person id lives now: itself if it exists; the person it was merged
    into (or split from) if not; None when nothing is known of it."""
    with store.reading():
        if people.entity(store, ref_or_key=key) is not None:
            return key
        if _depth > 8:
            return None
        entries = views.merge_entries(store, key)
        standing = [e for e in entries if int(e["id"]) not in _undone_of(store, entries)]
    for e in standing:
        target = str(e["target"])
        if e["action"] == "merge" and target.endswith(SEP + key):
            return follow(store, target[: -len(SEP + key)], _depth + 1)
    if "#split-" in key:
        return follow(store, key.split("#split-", 1)[0], _depth + 1)
    return None


def _undone_of(store: Store, entries: list[dict[str, Any]]) -> set[int]:
    """Which of these entries an undo that stands took back."""
    rows = views.history_rows(store, "\x00", [str(e["id"]) for e in entries])
    return views.undone_ids([*entries, *rows])
