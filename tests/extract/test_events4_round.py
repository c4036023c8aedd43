"""Events of task EV4 (branch events4): a long common name of an instrument or a meeting
("the Franco-Soviet mutual assistance pact"), a peace and plural instruments in the
passive, talks opened at a sentence's start, "the first state to recognize", an active
annexation, a mission expelled from two states, a dated meeting, a letter owned by its
writer, and a pair of instruments sharing one date ("both of …").
Invented sentences; nobody named here is in the corpus."""

from __future__ import annotations

import pytest

from tests.extract.sample import events_in as _events


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
            "In 1933 the talks ended and non-aggression pacts were concluded with Tarvia.",
            ("treaty", "non-aggression pacts", "1933"),
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
            "In 1931 the trade missions were expelled from Ruritania and Freedonia.",
            ("expulsion", "expulsion from Freedonia", "1931"),
        ),
        (
            "The envoy and Avdei Kuprikov argued over the loan in a meeting on 9 June 1927.",
            ("other", "meeting", "1927-06-09"),
        ),
        (
            "In 1939 Avdei Kuprikov's open letter to Stalin appeared in Paris.",
            ("other", "Avdei Kuprikov's letter to Stalin", "1939"),
        ),
        (
            "He signed the Tarvian Trade Agreement and the Treaty of Lomsk, both of 4 August 1926.",
            ("agreement", "Tarvian Trade Agreement", "1926-08-04"),
        ),
    ],
)
def test_event_told(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text)


def test_expelled_from_two_states_is_two_expulsions() -> None:
    found = _events("In 1931 the trade missions were expelled from Ruritania and Freedonia.")
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


@pytest.mark.parametrize(
    "text",
    [
        "In 1927 Ivan Petrenko was expelled from the Communist Party and the Komsomol.",
        "In 1921 Ivan Petrenko was expelled from Oxford and Cambridge.",
    ],
)
def test_a_man_expelled_from_bodies_is_no_expulsion_of_a_mission(text: str) -> None:
    found = _events(text)
    assert not [
        n for t, n, _ in found if t == "expulsion" and ("Komsomol" in n or "Cambridge" in n)
    ]
