"""Fates and events of the fifth round (branch fates): a death the purges made, a fate
shared with a group ("one of many diplomats shot"), a dated participle in apposition,
relations told in the passive with their chained participles, recognition extended, a
trial told by its outcome. Invented sentences; nobody named here is in the corpus."""

from __future__ import annotations

import pytest

from tests.extract.sample import asserted_fates as _fates
from tests.extract.sample import run


def _events(text: str) -> list[tuple[str, str, str | None]]:
    _doc, ex = run(text + "\n")
    return [(e.type, e.name, e.date) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a death in the purges is a purge's victim, not a death of any cause
        ("The envoy Pavel Korotnev perished in the purges of 1937.",
         ("Pavel Korotnev", "purged", "1937"), ("Pavel Korotnev", "died", "1937")),
        ("Foma Lagutin perished in the Great Terror.",
         ("Foma Lagutin", "purged", None), ("Foma Lagutin", "died", None)),
        ("Taras Vikulin lost his life during Stalin's purges.",
         ("Taras Vikulin", "purged", None), None),
        ("Foma Lagutin was swept away in the purges of 1937.",
         ("Foma Lagutin", "purged", "1937"), None),
        # a death in a camp is a death in custody only
        ("Arkady Shumilin died in a labour camp in 1942.",
         ("Arkady Shumilin", "died in custody", "1942"), ("Arkady Shumilin", "died", "1942")),
        ("Zinovy Pokrass died in the Gulag in 1941.",
         ("Zinovy Pokrass", "died in custody", "1941"), ("Zinovy Pokrass", "died", "1941")),
        # a fate shared with a group the subject is one of
        ("Ilya Sorvin was one of many diplomats shot in 1937.",
         ("Ilya Sorvin", "executed", "1937"), None),
        ("Gleb Ovchinin was one of the hundreds of officials arrested that year.",
         ("Gleb Ovchinin", "arrested", None), None),
        ("Denis Shchepkin was one of the few envoys to be purged twice.",
         ("Denis Shchepkin", "purged", None), None),
        # escaping the purges is surviving them
        ("Leonid Sushkov escaped the purges and retired.", ("Leonid Sushkov", "survived", None), None),
        # a dated participle in apposition, and the verb chained to it
        ("Foma Lagutin, recalled in 1937 and shot in 1938, had been envoy to Oslo.",
         ("Foma Lagutin", "recalled", "1937"), None),
        ("The counsellor Yury Ostrovtsev, dismissed in 1938, left for Kiev.",
         ("Yury Ostrovtsev", "dismissed", "1938"), None),
        # a death in prison with its year between; other words for a sentence, a term, an
        # expulsion from the country, a removal, a refusal, an arrest by the police
        ("Foma Lagutin died in 1938 in prison.",
         ("Foma Lagutin", "died in custody", None), ("Foma Lagutin", "died", None)),
        ("Foma Lagutin received a ten-year sentence in 1938.", ("Foma Lagutin", "sentenced", "1938"), None),
        ("Foma Lagutin served eight years in the camps.", ("Foma Lagutin", "imprisoned", None), None),
        ("Foma Lagutin was expelled from the Soviet Union in 1929.",
         ("Foma Lagutin", "exiled", "1929"), None),
        ("Foma Lagutin was removed as ambassador in 1937.", ("Foma Lagutin", "dismissed", "1937"), None),
        ("Foma Lagutin declined to return to Moscow in 1937.", ("Foma Lagutin", "defected", "1937"), None),
        ("Foma Lagutin was taken away by the NKVD in 1937.", ("Foma Lagutin", "arrested", "1937"), None),
        ("Foma Lagutin and Gleb Ovchinin were among those recalled in 1937.",
         ("Gleb Ovchinin", "recalled", "1937"), None),
    ],
)  # fmt: skip
def test_a_fate_of_the_fifth_round(
    text: str,
    expected: tuple[str, str, str | None],
    absent: tuple[str, str, str | None] | None,
) -> None:
    fates = _fates(text)
    assert expected in fates
    if absent is not None:
        assert absent not in fates


def test_a_death_of_another_cause_stays_a_death() -> None:
    fates = _fates("Matvei Kuskov died in Moscow in 1934.")
    assert ("Matvei Kuskov", "died", "1934") in fates
    assert not any(f[1] == "purged" for f in fates)


def test_one_of_many_needs_a_fate_after_the_group() -> None:
    fates = _fates("Ilya Sorvin was one of many diplomats who served in Oslo.")
    assert fates == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diplomatic relations were established in 1924.",
         [("recognition", "establishment of relations", "1924")]),
        ("Diplomatic relations were established with Norland in 1924, broken by Norland in 1927"
         " and re-established in 1929.",
         [("recognition", "establishment of relations", "1924"),
          ("rupture", "rupture of relations", "1927"),
          ("restoration", "restoration of relations", "1929")]),
        ("In 1933 Washington extended recognition to Moscow.",
         [("recognition", "recognition (unspecified)", "1933")]),
        ("The recognition accorded to Russia by the new cabinet in 1924 was welcomed.",
         [("recognition", "recognition (unspecified)", "1924")]),
        ("Ivan Kostrikin and his accomplice were tried and acquitted in 1923.",
         [("trial", "trial", "1923")]),
        ("In 1922 the two states drew up an agreement at Faro.",
         [("agreement", "agreement", "1922")]),
        # the League entered and left, told many ways
        ("Norland, in September 1934, was voted into membership in the League of Nations.",
         [("other", "entry into the League of Nations", "1934-09")]),
        ("The party called for the entrance of Norland into the League of Nations in 1933.",
         [("other", "entry into the League of Nations", "1933")]),
        ("In 1933 Japan and Norland left the League of Nations.",
         [("other", "withdrawal from the League of Nations", "1933")]),
        # a body founded, in the passive; a dispute by its name; an interview
        ("The Kostrov Bureau was founded in 1921.", [("other", "founding of Kostrov Bureau", "1921")]),
        ("The Faro-Nordic dispute of 1929 dragged on.", [("other", "Faro-Nordic dispute", "1929")]),
        ("In December 1933, Ivan Kostrikin, in an interview with Walter Pembury, spoke of peace.",
         [("other", "meeting with Walter Pembury", "1933-12")]),
    ],
)  # fmt: skip
def test_an_event_of_the_fifth_round(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    events = _events(text)
    for ev in expected:
        assert ev in events


def test_relations_without_a_passive_verb_are_no_event() -> None:
    assert _events("Relations were cordial in 1924 and trade grew.") == []


def test_a_pronoun_or_a_negation_founds_nothing() -> None:
    assert _events("It was formed of old friends in 1921.") == []
    assert _events("The Kostrov Bureau was not formed until 1921.") == []


def test_expelled_from_the_party_is_no_exile() -> None:
    fates = _fates("Foma Lagutin was expelled from the party in 1937.")
    assert not any(f[1] == "exiled" for f in fates)


def test_an_entry_clause_of_participles_is_the_entry_persons() -> None:
    fates = _fates("Foma Lagutin – Soviet diplomat; recalled in 1937, arrested and shot in 1938.")
    assert ("Foma Lagutin", "recalled", "1937") in fates
    assert ("Foma Lagutin", "arrested", "1938") in fates
    assert ("Foma Lagutin", "executed", "1938") in fates


def test_an_entry_clause_after_another_persons_name_is_nobodys() -> None:
    fates = _fates(
        "Foma Lagutin worked under Gleb Ovchinin in Oslo; recalled in 1937, he left the service."
    )
    assert not any(f[1] == "recalled" for f in fates)


def test_a_recognition_with_no_date_in_its_sentence_is_kept() -> None:
    events = _events("Ivan Kostrikin had won recognition of the Soviet Union from three republics.")
    assert [e[0] for e in events] == ["recognition"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Baltic states were annexed in 1940.",
         ("other", "annexation of Baltic states", "1940")),
        ("Latvia was occupied in June 1940.", ("other", "occupation of Latvia", "1940-06")),
        ("Poland was invaded in September 1939.", ("war", "war on Poland", "1939-09")),
        ("The Soviet envoy was assassinated in Warsaw in 1927.",
         ("assassination", "murder of the envoy", "1927")),
        ("The mission was expelled in 1918.", ("expulsion", "expulsion of a mission", "1918")),
    ],
)  # fmt: skip
def test_an_event_told_in_the_passive(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text)


def test_a_person_or_a_thing_taken_is_no_annexation() -> None:
    assert _events("Peter Norrbin was invaded by doubts in 1931.") == []
    assert _events("The Kostrov house was occupied in 1931.") == []


def test_a_name_joined_by_its_holders_relation_shares_the_fate() -> None:
    fates = _fates("Both Foma Lagutin and his deputy Gleb Ovchinin were arrested in 1937.")
    assert ("Foma Lagutin", "arrested", "1937") in fates
    assert ("Gleb Ovchinin", "arrested", "1937") in fates


def test_a_date_opening_the_next_clause_is_not_the_fates() -> None:
    fates = _fates(
        "Foma Lagutin was envoy to Oslo. In 1937 he was recalled and in 1938 he was shot."
    )
    assert ("Foma Lagutin", "recalled", "1937") in fates
    assert ("Foma Lagutin", "recalled", "1938") not in fates
    assert ("Foma Lagutin", "executed", "1938") in fates


def test_a_death_in_prison_in_parentheses_is_a_death_in_custody() -> None:
    fates = _fates("Foma Lagutin (died in prison, 1939) was envoy to Oslo.")
    assert ("Foma Lagutin", "died in custody", "1939") in fates
    assert ("Foma Lagutin", "died", "1939") not in fates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A trade agreement was concluded in 1925.", ("agreement", "trade agreement", "1925")),
        ("The pact was ratified in 1936.", ("treaty", "pact", "1936")),
        ("War broke out in September 1939.", ("war", "outbreak of war", "1939-09")),
        ("Relations between the two states were normalized in 1925.",
         ("restoration", "restoration of relations", "1925")),
        ("The Soviet government was recognized by Norland in 1924.",
         ("recognition", "recognition (unspecified)", "1924")),
        ("The Soviet embassy opened in Faro in 1933.", ("other", "opening of a mission", "1933")),
    ],
)  # fmt: skip
def test_an_instrument_or_a_start_told_by_its_verb(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _events(text)


def test_a_treaty_named_before_is_not_told_again_by_its_passive() -> None:
    events = _events("The Treaty of Faro ended the war. The treaty was signed on 3 May 1921.")
    assert [e[0] for e in events].count("treaty") == 1
