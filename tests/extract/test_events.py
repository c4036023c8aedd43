"""Events (extract/events.py), on short texts written for these tests (no corpus names)."""

from __future__ import annotations

from tests.extract.sample import run


def test_events_with_dates_and_parties() -> None:
    _doc, ex = run()
    events = {(e.type, e.name, e.date) for e in ex.events}
    assert ("treaty", "Treaty of Lisbon", "1932-05-12") in events
    assert ("conference", "Lisbon Conference", "1933-10-10/1933-10-14") in events
    rec = next(e for e in ex.events if e.type == "recognition")
    assert rec.date == "1933-06" and "de jure" in rec.name and "Portugal" in rec.parties
    assert not any(e.type == "trial" for e in ex.events if "never" in e.quote)
