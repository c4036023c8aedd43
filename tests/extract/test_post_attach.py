"""Issue 11, attachment: a role recognised in its sentence, tied to its holder and its
place — given names outside the surname mention, a term and a rank before the name, a
genitive state, "respectively", "there", a parenthesised year in the verb gap, a
coordinated clause, a delegation "headed by" its head, a post recalled from a place.
Each rule is proved on short invented sentences; nobody named here is in the corpus."""

from __future__ import annotations

from tests.extract.sample import run
from tests.extract.test_post_round4 import _posts


def _mentions(text: str) -> set[str]:
    return {m.text for m in run(text + "\n")[1].mentions if m.type == "person"}


def test_given_names_outside_the_surname_mention_do_not_cut_a_title_off() -> None:
    text = "In Rome the talks went on with Foreign Minister Ettorino Valbrusca of Italy."
    assert "Ettorino Valbrusca" not in _mentions(text)  # the given name is no mention
    assert ("Valbrusca", "foreign minister", "Italy") in _posts(text)
    # a place before the surname is not a given name: no title crosses it
    assert not any(p[1] == "ambassador" for p in _posts("The ambassador met Rome Valbrusca."))


def test_a_term_and_a_military_rank_between_a_role_and_its_name() -> None:
    text = "We dined with the envoy to Quito (1931–1933), Gen. Ramiro Olavide, on Sunday."
    assert any(p[0].endswith("Olavide") and p[1:] == ("envoy", "Ecuador") for p in _posts(text))


def test_the_state_after_of_sends_a_mission_rank_and_owns_a_state_office() -> None:
    got = _posts("The ambassador of Poland, Stefan Wronowski, left Moscow.")
    assert any(p[0].endswith("Wronowski") and p[1:] == ("ambassador", "USSR") for p in got)
    heading = "Notes of a talk with the Envoy of Norway (Velminov), May 3"
    # not its sender's state; with no host named, the Soviet Union (posts v22)
    assert ("Velminov", "envoy", "USSR") in _posts(heading)
    assert ("Velminov", "envoy", "Norway") not in _posts(heading)


def test_respectively_pairs_each_role_with_the_name_in_its_place() -> None:
    text = (
        "Arkady Velminov and Grigory Tashkov (Prime Minister of Latvia and Deputy "
        "Commissar for Foreign Affairs, respectively) met twice."
    )
    got = _posts(text)
    assert ("Arkady Velminov", "prime minister", "Latvia") in got
    assert ("Grigory Tashkov", "deputy commissar", None) in got
    assert not any(p[0] == "Grigory Tashkov" and p[1] == "prime minister" for p in got)


def test_there_after_a_mission_rank_is_the_place_named_before_it() -> None:
    assert ("Arkady Velminov", "envoy", "Finland") in _posts(
        "Arkady Velminov arrived in Helsinki in 1926 and became envoy there."
    )
    # no place before "there": no country
    assert ("Arkady Velminov", "envoy", None) in _posts("Arkady Velminov became envoy there.")


def test_a_parenthesised_year_in_the_verb_gap() -> None:
    text = "Nina Orlevskaya was a Bolshevik. Soon she became (1927) consul in Lima."
    assert ("Nina Orlevskaya", "consul", "Peru") in _posts(
        "Nina Orlevskaya left the trust and became (1927) consul in Lima."
    )
    assert ("Nina Orlevskaya", "consul", "Peru") in _posts(text)


def test_the_states_own_ordinal_between_the_verb_and_the_role() -> None:
    assert ("Arkady Velminov", "consul", "Peru") in _posts(
        "Arkady Velminov, who was named the republic's first consul in Lima, left."
    )


def test_a_delegation_headed_by_its_head_after_a_comma() -> None:
    got = _posts("The Soviet delegation, headed by Arkady Velminov, arrived in Genoa.")
    assert any(p[0] == "Arkady Velminov" and p[1] == "head of delegation" for p in got)


def test_a_post_recalled_from_a_place_is_held_there() -> None:
    assert ("Arkady Velminov", "attaché", "Japan") in _posts(
        "Arkady Velminov, then a junior attaché, was recalled from Tokyo."
    )


def test_an_appointment_participle_after_a_comma_is_the_clause_subjects() -> None:
    assert ("Arkady Velminov", "envoy", "Norway") in _posts(
        "Arkady Velminov, recently named envoy to Norway, arrived."
    )
    got = _posts("Velminov spoke at the congress, elected as secretary of the Kazan bureau.")
    assert any(p[0] == "Velminov" and p[1] == "secretary" for p in got)


def test_a_gerund_of_service_takes_the_person_spoken_of() -> None:
    text = "Arkady Velminov was born in Kiev. The later years involved serving as envoy to Peru and Chile."
    got = _posts(text)
    assert ("Arkady Velminov", "envoy", "Peru") in got
    assert ("Arkady Velminov", "envoy", "Chile") in got
    # no gerund of service: nobody holds the rank
    assert (
        _posts("Arkady Velminov was born in Kiev. The later years involved an envoy to Chile.")
        == set()
    )


def test_him_after_another_subject_is_an_earlier_person_of_the_sentence() -> None:
    text = (
        "Grigory Tashkov was born in Omsk. Arkady Velminov waited in Kazan until "
        "Grigory Tashkov appointed him envoy to Latvia."
    )
    got = _posts(text)
    assert ("Arkady Velminov", "envoy", "Latvia") in got
    assert not any(p[0] == "Grigory Tashkov" for p in got)


def test_would_go_as_and_a_onetime_post_in_the_verb_gap() -> None:
    assert ("Arkady Velminov", "consul", "Peru") in _posts(
        "Arkady Velminov would go to Lima as consul."
    )
    assert ("Arkady Velminov", "consul", "Peru") in _posts(
        "Arkady Velminov is a onetime consul in Lima."
    )


def test_a_mission_rank_before_a_name_takes_the_place_after_the_name() -> None:
    assert ("Hans Kellerdorf", "ambassador", "Germany") in _posts(
        "Ambassador Hans Kellerdorf in Berlin met me."
    )
    # the sender's own capital is no host
    assert ("Hans Kellerdorf", "ambassador", "Germany") not in _posts(
        "The German Ambassador Hans Kellerdorf in Berlin met me."
    )


def test_an_abbreviated_state_as_adjective_in_an_apposition() -> None:
    assert ("Walter Pemberly", "consul", "Peru") in _posts(
        "We met Walter Pemberly, newly named US consul in Lima, at dinner."
    )


def test_a_title_before_a_name_is_not_the_post_of_the_subject_before_it() -> None:
    got = _posts("The host for Walter Pemberly was Consul Edwin Lathrop.")
    assert any(p[0] == "Edwin Lathrop" and p[1] == "consul" for p in got)
    assert not any(p[0] == "Walter Pemberly" for p in got)
    # a role with no name after it stays the subject's
    assert ("Walter Pemberly", "consul", None) in _posts("Walter Pemberly was consul until 1931.")


def test_a_plural_role_after_coordinated_names_pairs_its_places() -> None:
    got = _posts("Arkady Velminov and Grigory Tashkov, the Soviet consuls in Peru and Chile, left.")
    assert ("Arkady Velminov", "consul", "Peru") in got
    assert ("Grigory Tashkov", "consul", "Chile") in got
    assert ("Grigory Tashkov", "consul", "Peru") not in got
    # one holder: every place listed is his
    one = _posts("Arkady Velminov, the Soviet consul in Peru and Chile, left.")
    assert {("Arkady Velminov", "consul", "Peru"), ("Arkady Velminov", "consul", "Chile")} <= one
