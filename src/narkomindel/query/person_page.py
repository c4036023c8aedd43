"""Everything the person page shows beyond the card: Old Style dates inside the quotes,
the curation history, and the state a curator's decision is checked against."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from narkomindel.query.history import HistoryEntry, history
from narkomindel.query.persons import person
from narkomindel.query.results import PersonCard, Result
from narkomindel.store import views
from narkomindel.store.database import Store

__all__ = ["PersonPage", "person_page"]


@dataclass(frozen=True, repr=False)
class PersonPage(Result):
    """The card; ``old_style``: factoid id → the Old Style (Julian) dates its quote
    gives (EDTF); ``history``: every decision about the person; ``state``: the digest a
    curator's form carries (see :func:`narkomindel.pipeline.guard.guarded`)."""

    card: PersonCard
    old_style: dict[str, tuple[str, ...]]
    history: tuple[HistoryEntry, ...]
    state: str | None

    SHOWN: ClassVar[tuple[str, ...]] = ("card",)


def person_page(store: Store, ref: str) -> PersonPage:
    """The person page of ``ref`` (an id, or a name that fits one person)."""
    with store.reading():
        card = person(store, ref)
        sources = sorted({f.source for f in card.factoids})
        julian = views.julian_dates(store, sources)
        state = views.person_state(store, card.person.id)
    old: dict[str, tuple[str, ...]] = {}
    for f in card.factoids:
        found = tuple(
            str(d["edtf"])
            for d in julian
            if d["source"] == f.source and f.start_char <= d["start"] < f.end_char and d["edtf"]
        )
        if found:
            old[f.id] = found
    return PersonPage(card, old, tuple(history(store, card.person.id)), state)
