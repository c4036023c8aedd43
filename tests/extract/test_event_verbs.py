"""Events told by a verb, a year-named instrument or an anaphoric "the pact", and the
years they take (issue 11, events round four): invented sentences and people."""

from __future__ import annotations

import pytest

from tests.extract.sample import run


def _events(text: str) -> list[tuple[str, str, str | None]]:
    _doc, ex = run(text + "\n")
    return [(e.type, e.name, e.date) for e in ex.events]


FOUND = [
    ("Talks soon turned to the 1926 trade agreement with Portugal.",
     ("agreement", "1926 trade agreement", "1926")),
    ("On 3 June 1931 the police raided the offices of the trading company.",
     ("raid", "raid", "1931-06-03")),
    ("In April 1929 the consulate premises were raided by soldiers.", ("raid", "raid", "1929-04")),
    ("Pavel Ostrogin, the envoy, who was assassinated in March 1930, had warned them.",
     ("assassination", "assassination of Pavel Ostrogin", "1930-03")),
    ("In 1937 the kingdom was expelled from the League of Nations.",
     ("expulsion", "expulsion from the League of Nations", "1937")),
    ("The rebels concluded a separate peace with Portugal in May 1920.",
     ("treaty", "separate peace", "1920-05")),
    ("On 4 July 1932 the two sides signed a declaration on their common frontier.",
     ("agreement", "declaration", "1932-07-04")),
    ("In 1933 relations between the Kingdom of Portugal and the Soviet Union were broken off.",
     ("rupture", "rupture of relations", "1933")),
    ("The quarrel and the break in Luso-Soviet relations, 1931", ("rupture", "rupture of relations", "1931")),
    ("Moscow relied on the trade agreement of 1926.", ("agreement", "trade agreement", "1926")),
    ("The conference of 10 April 1928 failed.", ("conference", "conference", "1928-04-10")),
    ("In 1930 talks between Portugal and the Soviet Union began quietly.",
     ("conference", "talks with Portugal", "1930")),
    ("In 1927 Ivo Kastrin was a delegate to the conference.", ("conference", "conference", "1927")),
    ("In May 1925 he led the delegation at the trade talks.", ("conference", "trade talks", "1925-05")),
    ("It ended on 2 May 1931 with the invasion of eastern Portugal.",
     ("war", "war on Portugal", "1931-05-02")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), FOUND)
def test_event_told(text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)


def test_the_pact_dates_the_instrument_named_before() -> None:
    text = (
        "The Faro-Lisbon Treaty of Friendship was sought by both foreign ministers.\n\n"
        "The pact was concluded in Lisbon on 2 May 1931 and ratified later."
    )
    treaties = [e for e in _events(text) if e[0] in ("treaty", "agreement")]
    assert treaties == [("treaty", "Faro-Lisbon Treaty of Friendship", "1931-05-02")]


def test_a_term_of_office_in_brackets_dates_no_event() -> None:
    text = (
        "In 1931 the envoy Ivo Kastrin (1925–1929) came home.\n\n"
        "Ambassador Lev Pardo (1926–1928) then drafted the Faro-Lisbon Pact."
    )
    pacts = [e for e in _events(text) if e[1] == "Faro-Lisbon Pact"]
    assert pacts == [("treaty", "Faro-Lisbon Pact", "1931")]


def test_a_war_range_in_brackets_is_the_wars() -> None:
    assert ("war", "Civil War", "1918/1921") in _events("The Civil War (1918–1921) ruined them.")


def test_a_year_in_an_events_name_is_not_the_narratives_time() -> None:
    text = (
        "The envoy arrived in Lisbon in March 1931.\n\n"
        "The 1904–1905 Russo-Japanese War had left old claims.\n\n"
        "His aim was the Faro-Lisbon Pact."
    )
    pacts = [e for e in _events(text) if e[1] == "Faro-Lisbon Pact"]
    assert pacts == [("treaty", "Faro-Lisbon Pact", "1931-03")]


def test_the_same_name_in_another_year_is_another_event() -> None:
    text = "The Kostrov raid of 1924 failed.\n\nAnother Kostrov raid of 1927 came."
    raids = [e for e in _events(text) if e[0] == "raid"]
    assert [r[2] for r in raids] == ["1924", "1927"]


NOT_EVENTS = [
    "The volumes of the League of Nations Treaty Series list it.",
    "In 1925 his policy of not recognizing the Soviet government held.",
    "In 1925 the minister made a declaration of his sympathy.",
    "In 1925 the delegate was expelled from the party.",
]

NOT_WARS = [
    "In 1925 the delegates spoke of the Portuguese war debt.",
    "In 1931 the troops attacked Moscow from the west.",
]


@pytest.mark.parametrize("text", NOT_WARS)
def test_no_war(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "war"]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_event(text: str) -> None:
    events = _events(text)
    assert not [e for e in events if e[0] in ("treaty", "recognition", "agreement", "expulsion")]


def test_an_aim_to_conclude_dates_no_instrument() -> None:
    text = (
        "The Faro-Lisbon Pact\n\n"
        "In 1926 talks were opened to conclude a pact. They signed the pact on 3 May 1931."
    )
    treaties = [e for e in _events(text) if e[0] == "treaty"]
    assert treaties == [("treaty", "Faro-Lisbon Pact", "1931-05-03")]


def test_a_range_in_brackets_after_a_war_is_not_the_narratives_time() -> None:
    text = (
        "In May 1931 the envoy came.\n\n"
        "After the Faro War (1919–1921), the two sides kept apart.\n\n"
        "The Faro-Lisbon Pact was the aim."
    )
    pacts = [e for e in _events(text) if e[1] == "Faro-Lisbon Pact"]
    assert pacts == [("treaty", "Faro-Lisbon Pact", "1931-05")]


def test_a_name_in_capitals() -> None:
    events = _events("FARO–LISBON TREATY OF FRIENDSHIP (28 February 1921)")
    assert ("treaty", "Faro–Lisbon Treaty of Friendship", "1921-02-28") in events
    assert not _events("The TREATY was read in 1921.")


def test_two_en_dash_names_of_one_head_are_two_events() -> None:
    text = (
        "FARO–LISBON TREATY OF FRIENDSHIP (28 February 1921)\n\n"
        "It followed the Faro–Porto Treaty of Friendship of 26 February 1921."
    )
    treaties = [e for e in _events(text) if e[0] == "treaty"]
    assert [t[2] for t in treaties] == ["1921-02-28", "1921-02-26"]
