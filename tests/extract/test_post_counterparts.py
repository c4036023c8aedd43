"""Foreign counterparts and missions: the state a mission is accredited to through its
sovereign, a state office of one state only, the state of a government named by its
adjective. Invented people and sentences."""

from __future__ import annotations

from tests.extract.sample import asserted_posts as _posts


def test_an_ambassador_to_a_sovereign_of_a_state_serves_in_that_state() -> None:
    posts = _posts("Ivan Petrenko went to Tokyo as Soviet Ambassador to Emperor Kenzo of Japan.")
    assert ("Ivan Petrenko", "ambassador", "Japan") in posts
    assert not any(dept == "Emperor Kenzo of Japan" for _, _, dept in posts)


def test_an_envoy_to_the_government_or_the_court_of_a_state() -> None:
    assert ("Anton Veselov", "envoy", "Finland") in _posts(
        "Anton Veselov, envoy to the Government of Finland, was recalled in 1937."
    )
    assert ("Boris Kolkin", "ambassador", "United Kingdom") in _posts(
        "In 1932 Boris Kolkin became ambassador to the Court of St. James's."
    )


def test_a_place_after_a_foreign_ministers_apposition_is_no_second_post() -> None:
    posts = _posts(
        "It was 1936. Litvinov met Henrik Olavsson, the Foreign Minister of Norway, in Moscow."
    )
    assert ("Henrik Olavsson", "foreign minister", "Norway") in posts
    assert ("Henrik Olavsson", "foreign minister", "USSR") not in posts


def test_a_mission_listed_in_several_states_keeps_each_posting() -> None:
    posts = _posts("Ivan Petrenko was envoy to Latvia, Estonia and Finland.")
    assert {("Ivan Petrenko", "envoy", c) for c in ("Latvia", "Estonia", "Finland")} <= posts


def test_an_office_heading_a_government_named_by_its_adjective_is_of_its_state() -> None:
    assert ("Lahtinen", "prime minister", "Finland") in _posts(
        "It was 1936 in Oslo. Litvinov met the Finnish delegation led by Prime Minister "
        "Eero Lahtinen in Moscow."
    )


def test_a_lower_case_comrade_between_role_and_name_binds_the_name_after() -> None:
    posts = _posts(
        "It was 1937. Present were Barinov, people's commissar for foreign affairs "
        "comrade Ilyushev, and others."
    )
    assert ("Ilyushev", "people's commissar", None) in posts
    assert not any(who == "Barinov" for who, _, _ in posts)


def test_the_council_of_peoples_commissars_names_a_body_not_its_members() -> None:
    posts = _posts(
        "It was 1937. The talks were attended by the chairman of the council of people's "
        "commissars comrade Barinov."
    )
    assert ("Barinov", "people's commissar", None) not in posts


def test_the_wartime_seats_of_missions_are_places() -> None:
    assert ("Harold Bramley", "ambassador", "France") in _posts(
        "It was 1941 in Moscow. Ambassador Admiral Harold Bramley in Vichy reported home."
    )
    assert ("Harold Bramley", "ambassador", "Portugal") in _posts(
        "It was 1941 in Moscow. Ambassador Harold Bramley in Lisbon reported home."
    )


def test_a_governed_envoys_host_is_not_a_later_place_of_the_sentence() -> None:
    posts = _posts(
        "It was 1925 in Berlin. Writing to American Ambassador Harold Bramley, Otto Wendrich "
        "deplored the meddling in Bulgaria."
    )
    assert ("Harold Bramley", "ambassador", "Germany") in posts
    assert ("Harold Bramley", "ambassador", "Bulgaria") not in posts


def test_a_bare_chairman_names_no_post_but_a_chairman_of_a_body_does() -> None:
    posts = _posts(
        "It was 1931. In 1925 Pavel Orkin became chairman. Later Orkin was Chairman of the "
        "Supreme Economic Council."
    )
    assert ("Pavel Orkin", "chairman", None) not in posts
    assert ("Orkin", "chairman", "Supreme Economic Council") in posts
