"""Issue 11, fourth round: events told in narrative rather than named, and the dates
they take. Each an invented sentence (the names of people, places and bodies are made up
or generic), each asserting the event (type, name, date) the rules must find."""

from __future__ import annotations

import pytest

from tests.extract.sample import run


def _events(text: str) -> list[tuple[str, str, str | None]]:
    _doc, ex = run(text + "\n")
    return [(e.type, e.name, e.date) for e in ex.events]


SENTENCES = [
    # a kind of event dated by its modifier
    ("Two envoys died in the July 1938 massacre.",
     ("other", "July 1938 massacre", "1938-07")),
    ("The 1927 war scare led to new purges.", ("other", "1927 war scare", "1927")),
    # owned, common names in lower case, sent away, tried
    ("The President's Kostrov speech of 1937 alarmed Tokyo.",
     ("other", "President's speech", "1937")),
    ("Thousands were arrested in Stalin's great purge of 1937.", ("other", "Great Purge", "1937")),
    ("Pavel Gerasko had to leave Ruritania as persona non grata in 1940.",
     ("expulsion", "persona non grata", "1940")),
    ("Pavel Gerasko was cleared at his trial in 1931.", ("trial", "trial", "1931")),
    ("Fedor Sukin was tried in secret in 1938.", ("trial", "trial", "1938")),
    # conferences by their course, missions sent, bodies founded, wars told
    ("The conference opened in Kostrov on 10 April 1922.",
     ("conference", "conference", "1922-04-10")),
    ("The Ruritanian government sent a military mission to Kostrov in August 1939.",
     ("other", "military mission to Kostrov", "1939-08")),
    ("The Anglo-French military mission arrived in August 1939.",
     ("other", "Anglo-French military mission", "1939-08")),
    ("The founding of the Workers League in March 1919 alarmed the Allies.",
     ("other", "founding of Workers League", "1919-03")),
    ("The Ruritanian capture of Kostrov in 1920 provoked a counter-attack.",
     ("war", "capture of Kostrov", "1920")),
    ("Ruritania accepted an invitation to the Conference in 1937.",
     ("other", "invitation to the conference", "1937")),
    ("Pavel Gerasko was put under investigation for treason in 1938.",
     ("other", "investigation", "1938")),
    ("Pavel Gerasko was elected to the Academy of Letters in 1946.",
     ("election", "was elected to the Academy", "1946")),
    ("The Bureau was renamed the Office of Trade in 1946.", ("other", "renaming", "1946")),
    ("When he heard of Gerasko's appointment as commissar, he smiled.",
     ("other", "appointment of Gerasko", None)),
    ("In 1932 Ruritania signed non-aggression pacts with Molvania and Kostrovia.",
     ("treaty", "non-aggression pact with Molvania", "1932")),
    # diplomatic acts told by their verb
    ("Pavel Gerasko presented his credentials to the King on 3 May 1938.",
     ("other", "presentation of credentials", "1938-05-03")),
    ("The legation lodged a protest with the Foreign Office in 1938.", ("other", "protest", "1938")),
    ("The government asked for agrément for Pavel Gerasko as envoy in 1938.",
     ("other", "agrément", "1938")),
    ("The two governments reached an agreement on trade in 1935.",
     ("agreement", "agreement reached", "1935")),
    ("The commissariat was thoroughly purged in 1937.",
     ("other", "purge of the commissariat", "1937")),
    ("The murder of the envoy in 1923 was followed by a trial.",
     ("assassination", "murder of the envoy", "1923")),
    # a kind of event and the date after it; raids told by the verb; capitalised strikes
    ("The war scare of 1927 alarmed Moscow.", ("other", "war scare of 1927", "1927")),
    ("Police raided the offices of the Kostrotorg company in June 1931.",
     ("raid", "raid on Kostrotorg", "1931-06")),
    ("The Ruritanian General Strike of June 1930 failed.",
     ("event", "Ruritanian General Strike", "1930-06")),
    ("Oskar Lindahl's visit to the Soviet Union in 1924 helped.",
     ("other", "Oskar Lindahl's visit to Soviet Union", "1924")),
    ("In 1918 Ruritanian missions were expelled from Molvania.",
     ("expulsion", "expulsion from Molvania", "1918")),
    ("They passed the work to the newly founded Workers League in March 1919.",
     ("other", "founding of Workers League", "1919-03")),
    ("The abandonment of the NEP changed policy in 1928.",
     ("other", "abandonment of the NEP", "1928")),
    # meetings and visits told by their verb
    ("On May 3, 1938, I called on the Foreign Minister and discussed the loan.",
     ("other", "meeting with Foreign Minister", "1938-05-03")),
    ("Pavel Gerasko had a long conversation with the Foreign Minister on 3 May 1938.",
     ("other", "meeting with Foreign Minister", "1938-05-03")),
    ("Pavel Gerasko was received by Ostberg on 3 May 1938.",
     ("other", "meeting with Ostberg", "1938-05-03")),
    ("During his visit to Kostrov in 1923, Ostberg fell ill.", ("other", "visit to Kostrov", "1923")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_event_told(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text)


def test_a_day_without_its_year_takes_the_year_the_text_gave() -> None:
    events = _events(
        "In August 1939 the world turned. On 23 August the envoy signed a non-aggression "
        "pact with Molvania."
    )
    assert ("treaty", "non-aggression pact with Molvania", "1939-08-23") in events


def test_an_open_range_dates_no_later_event() -> None:
    events = _events(
        "Since 1931 Ruritania had looked for allies. Its envoy signed a treaty with Molvania."
    )
    assert ("treaty", "treaty with Molvania", None) in events


def test_a_later_date_of_its_own_replaces_the_date_from_context() -> None:
    events = _events(
        "In 1925 the talks dragged on. The Molvanian Treaty surprised everyone. On 3 May 1926 "
        "the Treaty of Molvania was signed at last."
    )
    assert [e for e in events if e[0] == "treaty"] == [("treaty", "Molvanian Treaty", "1926-05-03")]


def test_seeing_is_not_a_meeting() -> None:
    assert _events("The Allies saw the Workers League as a threat in 1919.") == []


def test_a_date_after_another_event_is_that_event_s() -> None:
    events = _events(
        "The Kostrov Conference, held by the powers, resulted in the Molvania Treaty of "
        "16 April 1922."
    )
    assert ("treaty", "Molvania Treaty", "1922-04-16") in events
    assert ("conference", "Kostrov Conference", "1922-04-16") not in events


def test_one_stretch_read_by_two_rules_is_one_event() -> None:
    events = _events("Ostberg continued Gerasko's negotiations with Molvania in 1939.")
    assert len([e for e in events if e[0] == "conference"]) == 1


def test_a_state_of_the_world_is_no_peace_made() -> None:
    assert _events("Ruritania had sought to protect European peace and security in 1933.") == []


def test_two_events_of_a_kind_named_together_are_two() -> None:
    events = _events("The Kostrov and Molvania treaties of 1921 ended the war.")
    assert ("treaty", "Kostrov Treaty", "1921") in events
    assert any(e[0] == "treaty" and "Molvania" in e[1] and e[2] == "1921" for e in events)


def test_a_sentence_opening_the_war_names_no_war() -> None:
    assert ("war", "war", "1927") not in _events("The war scare of 1927 alarmed Moscow.")
