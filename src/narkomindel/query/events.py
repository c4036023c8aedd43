"""The chronology: events in date order."""

from __future__ import annotations

from typing import Any

from narkomindel.errors import UsageError
from narkomindel.query.filters import text_arg, year_arg
from narkomindel.query.results import Event, Results
from narkomindel.store import events as stored_events
from narkomindel.store.database import Store

__all__ = ["events", "event_of"]


def event_of(row: dict[str, Any]) -> Event:
    """An event from a row of :func:`narkomindel.store.events.event_rows`."""
    people = list(row["participants"])
    return Event(
        id=row["id"], type=row["type"], name=row["name"], date=row["date"], place=row["place"],
        parties=tuple(row["parties"]), participants=tuple(p["id"] for p in people),
        source=row["source"], start_char=row["start"], end_char=row["end"], quote=row["quote"],
        path=row["path"], participant_names=tuple(p["name"] for p in people),
    )  # fmt: skip


def events(
    store: Store,
    *,
    type: str | None = None,
    date_from: int | str | None = None,
    date_to: int | str | None = None,
    country: str | None = None,
) -> Results[Event]:
    """The chronology: events in date order (undated ones last), each with its date (EDTF),
    place, parties, participants (person ids where resolved), quote and source."""
    y0, y1 = year_arg(date_from, "date_from"), year_arg(date_to, "date_to")
    if y0 is not None and y1 is not None and y0 > y1:
        raise UsageError(
            f"‹date_from› {y0} is after ‹date_to› {y1}", hint="give the earlier year first"
        )
    with store.reading():
        rows = stored_events.event_rows(
            store,
            type=text_arg(type, "type").lower() if type else None,
            year_from=y0,
            year_to=y1,
            country=text_arg(country, "country") if country else None,
        )
    found = [event_of(r) for r in rows]
    found.sort(key=lambda e: (e.date is None, str(e.date or ""), e.name))
    return Results(found)
