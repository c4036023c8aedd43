"""Issue 11, third round: events named or told the ways real texts do, each an invented
sentence (the names of people, places and instruments here are made up or generic),
each asserting the event (type, words of its name, date) the rules must find."""

from __future__ import annotations

import pytest

from tests.extract.sample import run


def _events(text: str) -> list[tuple[str, str, str | None]]:
    _doc, ex = run(text + "\n")
    return [(e.type, e.name, e.date) for e in ex.events]


SENTENCES = [
    # common names with a lower-case head, and their year nearby
    ("The Kostrov raid of May 1927 led to a break.", ("raid", "Kostrov raid", "1927-05")),
    ("The Pembury letter appeared in 1924.", ("other", "Pembury letter", "1924")),
    ("The Faro treaties of 1925 worried Moscow.", ("treaty", "Faro treaties", "1925")),
    ("The Bergen conflict of 1929 ended in a truce.", ("other", "Bergen conflict", "1929")),
    ("The Nordby rebellion of 1921 shook the regime.", ("uprising", "Nordby rebellion", "1921")),
    ("The Allied intervention of 1918 brought troops.", ("war", "Allied intervention", "1918")),
    ("The Kvetko murder of 1934 began the terror.", ("assassination", "Kvetko murder", "1934")),
    ("The Faro peace of 1921 ended the war.", ("treaty", "Faro peace", "1921")),
    # names with "Treaty of": the whole name, and one event for "the X Treaty of Y"
    ("The Faro-Lisbon Treaty of Mutual Assistance was signed in 1935.",
     ("treaty", "Faro-Lisbon Treaty of Mutual Assistance", "1935")),
    ("The Faro–Lisbon Pact was signed in August 1939.", ("treaty", "Faro–Lisbon Pact", "1939-08")),
    # a break and a restoration of relations, by noun or passive
    ("The break of relations with Portugal in 1927 alarmed Moscow.",
     ("rupture", "rupture of relations", "1927")),
    ("After the break with Portugal in 1927 the embassy closed.",
     ("rupture", "rupture with Portugal", "1927")),
    ("Relations were severed in 1927.", ("rupture", "rupture of relations", "1927")),
    ("Relations with Portugal were resumed in 1943.",
     ("restoration", "restoration of relations", "1943")),
    # the League, negotiations, visits, power, lands taken, ultimatums, purges
    ("The Soviet Union joined the League of Nations in 1934.",
     ("other", "entry into the League of Nations", "1934")),
    ("The Soviet Union was expelled from the League of Nations in 1939.",
     ("expulsion", "expulsion (USSR)", "1939")),
    ("In 1920 Oleg Vyrin was sent to Lisbon to undertake trade negotiations.",
     ("conference", "trade negotiations", "1920")),
    ("In 1939 Oleg Vyrin was in the midst of negotiations with the Portuguese delegation.",
     ("conference", "negotiations with Portuguese", "1939")),
    ("In 1920 Oleg Vyrin's visit to Lisbon impressed the commissariat.",
     ("other", "Oleg Vyrin's visit to Lisbon", "1920")),
    ("The Bolsheviks seized power in November 1917.", ("other", "seizure of power", "1917-11")),
    ("The partition of Portugal in 1939 followed the pact.",
     ("other", "partition of Portugal", "1939")),
    ("The Soviet ultimatum to Portugal of June 1940 ended its independence.",
     ("ultimatum", "ultimatum to Portugal", "1940-06")),
    ("The Great Terror of 1937 destroyed the commissariat.", ("other", "Great Terror", "1937")),
    ("The Soviet government recognized Nordland de facto in 1935.",
     ("recognition", "recognition of Nordland", "1935")),
    ("The trial of the Kvetko centre in January 1937 named diplomats.",
     ("trial", "trial of Kvetko", "1937-01")),
    # capitalised heads of other kinds, and names after "of the"
    ("The Bergen Crisis of 1938 isolated Moscow.", ("event", "Bergen Crisis", "1938")),
    ("The Nordby Incident of September 1931 alarmed Moscow.",
     ("event", "Nordby Incident", "1931-09")),
    ("The Kvetko Affair of 1937 decapitated the army.", ("event", "Kvetko Affair", "1937")),
    ("At the Sixth Congress of the Nordland Party in 1917 he was elected.",
     ("conference", "Sixth Congress of Nordland Party", "1917")),
    ("The Plenum of the Central Committee in June 1937 condemned him.",
     ("conference", "Plenum of Central Committee", "1937-06")),
    ("The Faro Conference of November 1937 failed.", ("conference", "Faro Conference", "1937-11")),
    ("The battle of Nordby in 1939 ended the fighting.", ("war", "battle of Nordby", "1939")),
    ("He was expelled in 1906; his expulsion from Portugal followed.",
     ("expulsion", "expulsion (Portugal)", "1906")),
    # wars by name, killings, expulsions, crashes, missions, meetings, talks, purges
    ("During the Second World War he served in Ankara.", ("war", "Second World War", None)),
    ("During World War II he served in Ankara.", ("war", "Second World War", None)),
    ("During the Great War he was a nurse.", ("war", "First World War", None)),
    ("After the outbreak of war in 1939 he stayed in Lisbon.",
     ("war", "outbreak of war", "1939")),
    ("The envoy Oleg Vyrin was shot dead in Warsaw in 1927.",
     ("assassination", "assassination of Vyrin", "1927")),
    ("A sensational murder was perpetrated last night at Faro.",
     ("assassination", "murder", None)),
    ("Oleg Vyrin was declared persona non grata in 1929.", ("expulsion", "expulsion", "1929")),
    ("The Portuguese government expelled Oleg Vyrin from Lisbon in 1929.",
     ("expulsion", "expulsion", "1929")),
    ("Oleg Vyrin was killed in a plane crash in 1945.", ("other", "crash", "1945")),
    ("The legation was closed in 1938.", ("other", "closing of a mission", "1938")),
    ("The opening of the embassy in 1924 was celebrated.",
     ("other", "opening of a mission", "1924")),
    ("A meeting with Kvetko took place in 1939.", ("conference", "meeting with Kvetko", "1939")),
    ("The talks broke down in August 1939.", ("conference", "talks", "1939-08")),
    ("The purge of the commissariat began in 1937.",
     ("other", "purge of the commissariat", "1937")),
    # appointments and dismissals, speeches and notes, as happenings of their own
    ("The appointment of Oleg Vyrin as Commissar was announced on 3 May 1939.",
     ("other", "appointment of Oleg Vyrin", "1939-05-03")),
    ("Dismissal of Oleg Vyrin appears on the last page in May 1939.",
     ("other", "dismissal of Oleg Vyrin", "1939-05")),
    ("In 1927 Oleg Vyrin delivered a speech at the League.", ("other", "speech to League", "1927")),
    ("In 1927 the Soviet government sent a note of protest to Portugal.",
     ("other", "note to Portugal", "1927")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_an_event_sentence(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


def test_a_break_and_a_restoration_in_one_sentence_keep_their_own_years() -> None:
    events = _events("Relations with Portugal were broken off in 1927 and restored in 1929.")
    assert ("rupture", "rupture of relations", "1927") in events
    assert ("restoration", "restoration of relations", "1929") in events


def test_a_month_is_not_what_was_invaded_nor_who_was_tried() -> None:
    events = _events("The invasion of June 1941 and the trial of March 1938 were far apart.")
    assert not any("June" in name or "March" in name for _t, name, _d in events)


def test_a_soviet_recognition_is_found_once() -> None:
    events = _events("Portugal recognized the USSR de jure in 1924.")
    assert [t for t, _n, _d in events] == ["recognition"]


def test_an_event_after_two_years_later_takes_the_year_counted() -> None:
    events = _events(
        "In 1941 Oleg Vyrin was called back to Moscow. Two years later, when Portugal "
        "resumed diplomatic relations with Russia, he returned."
    )
    assert [(t, d) for t, _n, d in events] == [("restoration", "1943")]


def test_with_several_dates_an_event_takes_the_last_one_before_it() -> None:
    text = (
        "The Faro Conference met in 1920.\n\nIn March, 1921, he signed a commercial treaty "
        "with Portugal and stayed in Lisbon until July, 1924, by which time he had begun "
        "talks for the de jure recognition of the Soviet.\n"
    )
    events = {t: d for t, _n, d in _events(text)}
    assert events["treaty"] == "1921-03"
    assert events["recognition"] == "1924-07"


def test_an_expulsion_from_the_party_is_not_a_mission_sent_away() -> None:
    events = _events("Oleg Vyrin was expelled from the Communist Party in 1937.")
    assert not any(t == "expulsion" for t, _n, _d in events)


def test_a_word_before_a_war_is_not_its_name() -> None:
    events = _events("During World War II he served in Ankara.")
    assert not any(name.startswith("During") for _t, name, _d in events)
