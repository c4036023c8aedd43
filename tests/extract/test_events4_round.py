"""Events of task EV4 (branch events4): a long common name of an instrument or a meeting
("the Franco-Soviet mutual assistance pact"), a peace and plural instruments in the
passive, talks opened at a sentence's start, "the first state to recognize", an active
annexation, a mission expelled from two states, a dated meeting, a letter owned by its
writer, and a pair of instruments sharing one date ("both of …").
Invented sentences; nobody named here is in the corpus."""

from __future__ import annotations

import pytest

from tests.extract.sample import run


def _events(text: str) -> set[tuple[str, str, str | None]]:
    _doc, ex = run(text + "\n")
    return {(e.type, e.name, e.date) for e in ex.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1935 a Franco-Soviet mutual assistance pact was signed.",
            ("treaty", "Franco-Soviet mutual assistance pact", "1935"),
        ),
        (
            "In 1932 Mitrofan Zhelvakov headed the Soviet delegation at the Geneva arms reduction conference.",
            ("conference", "Geneva arms reduction conference", "1932"),
        ),
        ("Peace was signed with Latvia in 1920.", ("treaty", "peace with Latvia", "1920")),
        (
            "Peace with Estonia was concluded in February 1920.",
            ("treaty", "peace with Estonia", "1920-02"),
        ),
        (
            "In 1932 non-aggression pacts were concluded with Finland, Latvia and Estonia.",
            ("treaty", "non-aggression pacts", "1932"),
        ),
        (
            "Negotiations with Latvia began in 1931.",
            ("conference", "negotiations with Latvia", "1931"),
        ),
        (
            "In 1926 Uruguay became the first Latin American state to recognize the USSR.",
            ("recognition", "recognition (unspecified) by Uruguay", "1926"),
        ),
        (
            "In 1940 the Soviet Union annexed Latvia.",
            ("other", "annexation of Latvia", "1940"),
        ),
        (
            "During 1918 the missions were expelled from Germany and Switzerland.",
            ("expulsion", "expulsion from Switzerland", "1918"),
        ),
        (
            "In a meeting on 17 May 1923, the envoy and Avdei Kuprikov discussed the debts.",
            ("other", "meeting", "1923-05-17"),
        ),
        (
            "In 1939 Avdei Kuprikov's open letter to Stalin appeared in Paris.",
            ("other", "Avdei Kuprikov's letter to Stalin", "1939"),
        ),
        (
            "Others were the Ruthenian Trade Agreement and the Treaty of Riga, both of 16 March 1921.",
            ("agreement", "Ruthenian Trade Agreement", "1921-03-16"),
        ),
    ],
)
def test_event_told(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text)


def test_expelled_from_two_states_is_two_expulsions() -> None:
    found = _events("During 1918 the missions were expelled from Germany and Switzerland.")
    assert len([n for t, n, _ in found if t == "expulsion"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a plain verb before the head: no name of an instrument
        "In 1922 Germany and the USSR made agreement impossible.",
        # only hoped for or prepared
        "In 1925 the diplomats were preparing a Soviet-Japanese fisheries convention.",
        "In 1934 Paris proposed a French-Soviet mutual assistance pact.",
        # a department, not an instrument
        "In 1930 he ran the Soviet embassy protocol department.",
        # a recognition refused or not made
        "In 1925 Ruritania decided not to recognize the USSR.",
        # one plain word between the name and the head is not read (held-out: a false event)
        "In 1926 Warsaw fisheries talks dragged on.",
    ],
)
def test_no_event_told(text: str) -> None:
    found = _events(text)
    assert not {
        (t, n) for t, n, _ in found if t in ("treaty", "agreement", "recognition", "conference")
    }, found
