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


def test_events_told_by_a_verb_and_its_object() -> None:
    text = (
        "In March 1931 Ruritania signed a commercial treaty with Borduria.\n\n"
        "Two years later the Soviet Union established diplomatic relations with Ruritania.\n\n"
        "The conference at Zenda opened in May 1934.\n\n"
        "Borduria declared war on Ruritania in 1936.\n\n"
        "He wrote to a friend about the weather.\n"
    )
    _doc, ex = run(text)
    got = {(e.type, e.date[:4] if e.date else None) for e in ex.events}
    assert ("treaty", "1931") in got
    assert ("conference", "1934") in got
    assert ("war", "1936") in got
    assert any(e.type == "recognition" for e in ex.events)
    assert not any("weather" in e.quote for e in ex.events)


def test_an_undated_event_takes_the_date_given_before_it() -> None:
    text = (
        "The talks in Portugal went on through 1927.\n\n"
        "Then Norway broke off relations with Portugal.\n"
    )
    _doc, ex = run(text)
    rupture = next(e for e in ex.events if e.type == "rupture")
    assert rupture.date == "1927" and rupture.attrs.get("dated_from") == "context"


def test_an_event_with_no_date_before_it_stays_undated() -> None:
    _doc, ex = run("Norway broke off relations with Portugal. Trade fell in 1930.\n")
    assert [e.date for e in ex.events if e.type == "rupture"] == [None]
