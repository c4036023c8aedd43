"""The recognition chronology: for each state, trade agreements, de facto and de jure
recognition, ruptures and restorations of relations with the Soviet state, with
dates and sources — and the gaps: a rupture with no restoration in the register is
shown as a gap, never closed by assumption.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from narkomindel.analyse.numbers import edtf_year
from narkomindel.query.analysis import RelationEvent
from narkomindel.query.results import Result

__all__ = ["KINDS", "Milestone", "StateChronology", "chronology", "kind_of", "SOVIET"]

SOVIET = frozenset({"USSR", "Soviet Union", "Soviet Russia", "Russia", "RSFSR"})
#: the milestones, in the order relations usually went
KINDS = ("trade agreement", "de facto recognition", "de jure recognition", "recognition",
         "treaty", "rupture", "expulsion", "restoration")  # fmt: skip
#: an event's sentence naming more foreign states than this does not say whose it is
MAX_PARTIES = 2
_TRADE = re.compile(r"\btrade\b|\bcommerc\w*", re.I)


def kind_of(e: RelationEvent) -> str | None:
    """The milestone an event is: a trade agreement, a recognition (de facto, de jure,
    unspecified), a treaty, a rupture, an expulsion, a restoration."""
    if e.type in ("agreement", "treaty"):
        return "trade agreement" if _TRADE.search(e.name) else "treaty"
    if e.type == "recognition":
        name = e.name.lower()
        if "de jure" in name:
            return "de jure recognition"
        if "de facto" in name:
            return "de facto recognition"
        return "recognition"
    if e.type in ("rupture", "restoration", "expulsion"):
        return e.type
    return None


@dataclass(frozen=True, repr=False)
class Milestone(Result):
    state: str
    kind: str
    date: str | None
    name: str
    event: str  # event id
    source: str
    path: str
    start_char: int
    end_char: int
    quote: str

    SHOWN: ClassVar[tuple[str, ...]] = ("state", "date", "kind")


@dataclass(frozen=True, repr=False)
class StateChronology(Result):
    """One state's relations with the Soviet state, in date order, and its gaps."""

    state: str
    milestones: tuple[Milestone, ...]
    gaps: tuple[str, ...]
    missing: tuple[str, ...]  # milestones the register has no event for

    SHOWN: ClassVar[tuple[str, ...]] = ("state", "gaps")

    def first(self, kind: str) -> Milestone | None:
        return next((m for m in self.milestones if m.kind == kind), None)


def _order(m: Milestone) -> tuple[int, str, int]:
    y = edtf_year(m.date)
    return (y if y is not None else 9999, str(m.date or ""), KINDS.index(m.kind))


def chronology(events: Sequence[RelationEvent]) -> list[StateChronology]:
    """Each state's milestones, with gaps: an undated milestone, and a rupture with no
    later restoration. An event counts for the foreign states its own name or quote
    names; failing that, for the foreign states of its sentence if there are at most
    :data:`MAX_PARTIES` (a sentence listing five states does not say whose event it is)."""
    by_state: dict[str, list[Milestone]] = {}
    for e in events:
        kind = kind_of(e)
        if kind is None:
            continue
        foreign = [s for s in dict.fromkeys(e.parties) if s not in SOVIET]
        named = [s for s in foreign if s.lower() in f"{e.name} {e.quote}".lower()]
        # the parties of a sentence that names many states are not all parties of the event
        for state in named or (foreign if len(foreign) <= MAX_PARTIES else []):
            by_state.setdefault(state, []).append(
                Milestone(
                    state,
                    kind,
                    e.date,
                    e.name,
                    e.id,
                    e.source,
                    e.path,
                    e.start_char,
                    e.end_char,
                    e.quote,
                )  # fmt: skip
            )
    out = []
    for state, items in sorted(by_state.items()):
        seen: set[tuple[str, str | None, str]] = set()
        unique = []
        for m in sorted(items, key=_order):
            key = (m.kind, m.date, m.source)
            if key not in seen:
                seen.add(key)
                unique.append(m)
        gaps: list[str] = []
        open_rupture: Milestone | None = None
        for m in unique:
            if m.date is None:
                gaps.append(f"{m.kind} with no date ({m.name})")
            if m.kind == "rupture":
                open_rupture = m
            elif (
                m.kind in ("restoration", "de jure recognition")
                and open_rupture is not None
                and m.date is not None  # an undated milestone does not close a dated rupture
            ):
                open_rupture = None
        if open_rupture is not None:
            gaps.append(
                f"relations broken {open_rupture.date or '(undated)'}; no restoration in the register"
            )
        kinds = {m.kind for m in unique}
        missing = tuple(k for k in ("trade agreement", "de jure recognition") if k not in kinds)
        out.append(StateChronology(state, tuple(unique), tuple(gaps), missing))
    return out
