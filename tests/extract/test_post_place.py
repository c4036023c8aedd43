"""Where a post is: the portfolio of a commissar named in lower case, the formation a
commander commands, the country of a military adviser. Invented people and sentences."""

from __future__ import annotations

from tests.extract.sample import asserted_posts as _posts


def test_a_welfare_commissariat_is_a_portfolio() -> None:
    assert ("Anna Semirenko", "people's commissar", "Social Welfare") in _posts(
        "In 1919 Anna Semirenko became people's commissar for social security."
    )


def test_river_transport_is_a_portfolio() -> None:
    assert ("Boris Lavrunets", "people's commissar", "Water Transport") in _posts(
        "Boris Lavrunets became people's commissar for river transport in 1931."
    )


def test_a_front_and_a_numbered_army_are_commands() -> None:
    assert ("Fyodor Marsekin", "commander", "Northern Front") in _posts(
        "Fyodor Marsekin was appointed Commander of the Northern Front in 1942."
    )
    assert ("Fyodor Marsekin", "commander", "14th Army") in _posts(
        "Fyodor Marsekin, commander of the 14th Army, was wounded."
    )


def test_a_military_adviser_keeps_the_country() -> None:
    assert ("Pavel Ostrugin", "adviser", "Mongolia") in _posts(
        "Pavel Ostrugin was a Soviet military adviser in Mongolia."
    )


def test_a_later_verb_of_a_pronouns_series_takes_its_role() -> None:
    posts = _posts(
        "Pavel Ostrugin was born in 1899. A volunteer in 1918, he served in the Urals, "
        "acted as military adviser to Feng Yuxiang, and in 1939 was appointed Commander "
        "of the 9th Army."
    )
    assert ("Pavel Ostrugin", "commander", "9th Army") in posts
    # the name governed by "to" is not the subject of "was appointed"
    assert not any(holder == "Feng Yuxiang" for holder, _, _ in posts)


def test_given_command_of_a_district_is_its_commander() -> None:
    assert ("Fyodor Marsekin", "commander", "Ural Military District") in _posts(
        "Fyodor Marsekin was given command of the Ural Military District in 1931."
    )


def test_a_trading_delegation_is_a_trade_mission() -> None:
    assert ("Boris Lavrunets", "trade representative", "United Kingdom") in _posts(
        "In 1923 Boris Lavrunets was appointed head of the Soviet trading delegation in London."
    )


def test_a_government_after_the_role_takes_the_host_from_the_gap() -> None:
    assert ("Boris Lavrunets", "ambassador", "China") in _posts(
        "Boris Lavrunets went to China as an ambassador to the Nationalist Government."
    )


def test_each_item_of_a_plural_office_has_its_portfolio_and_holder() -> None:
    posts = _posts(
        "The Commissars for Justice (Lavrunetsky), for Internal Trade (Marsekov) and "
        "for Education (Ostrugov) were arrested."
    )
    assert {("Lavrunetsky", "people's commissar", "Justice"),
            ("Marsekov", "people's commissar", "Internal Trade"),
            ("Ostrugov", "people's commissar", "Education")} <= posts  # fmt: skip


def test_a_delegation_is_in_the_state_its_conference_met_in() -> None:
    assert ("Boris Lavrunets", "delegate", "Italy") in _posts(
        "Boris Lavrunets, a member of the Soviet delegation to the Genoa Conference, spoke."
    )
    assert ("Boris Lavrunets", "head of delegation", "Netherlands") in _posts(
        "Boris Lavrunets was head of the Soviet delegation at the Hague Conference."
    )
    # a conference in Moscow gives no host abroad
    assert ("Boris Lavrunets", "delegate", "USSR") in _posts(
        "Boris Lavrunets was a delegate to the Moscow Conference."
    )


def test_one_of_the_holders_of_a_plural_role_holds_it() -> None:
    assert ("Boris Lavrunets", "delegate", "Switzerland") in _posts(
        "Boris Lavrunets was one of the Soviet delegates at the Lausanne Conference."
    )


def test_had_been_appointed_after_an_apposition_binds_the_name() -> None:
    assert ("Boris Lavrunets", "trade representative", "United Kingdom") in _posts(
        "Boris Lavrunets, head of the Flax Syndicate, had been appointed head of the Soviet "
        "trading delegation in London."
    )


def test_a_holder_not_found_does_not_end_a_plural_office() -> None:
    posts = _posts(
        "The Commissars for Justice (Lavrunetsky), for Internal Trade (Qx), and "
        "for Education (Ostrugov) were arrested."
    )
    assert ("Ostrugov", "people's commissar", "Education") in posts


def test_a_head_of_state_in_a_soviet_passage_is_of_the_other_state_named() -> None:
    # the passage ends in Moscow, but the president is the one of the state left
    posts = _posts(
        "Ivan Kestrov left Paris for Moscow in 1927. His letter of recall was addressed "
        "to President Gaston Darnay."
    )
    assert ("Darnay", "president", "France") in posts
    # no other state before: the nationality named after him in his sentence
    posts = _posts(
        "Recognition of the Soviet Union\n\nIn 1933 President Harold Brackwell ended "
        "American non-recognition of the Soviet Union."
    )
    assert ("Harold Brackwell", "president", "United States") in posts


def test_adjectives_before_a_plural_role_respectively_are_each_names_state() -> None:
    posts = _posts(
        "Henri Darnay and Ivan Kestrov, the French and Soviet foreign ministers "
        "respectively, met in Geneva in 1933."
    )
    assert ("Henri Darnay", "foreign minister", "France") in posts
    assert ("Ivan Kestrov", "foreign minister", "France") not in posts
    assert any(p[0] == "Ivan Kestrov" and p[1] == "foreign minister" for p in posts)


def test_the_head_of_a_commissariat_is_its_commissar() -> None:
    posts = _posts("In 1930 Ivan Kestrov became head of the Commissariat for Finance.")
    assert ("Ivan Kestrov", "people's commissar", "Finance") in posts
    # a department of the commissariat keeps its head
    posts = _posts(
        "Ivan Kestrov was head of the Western Department of the Commissariat of Foreign Affairs."
    )
    assert ("Ivan Kestrov", "people's commissar", "Finance") not in posts
    assert any(p[1] == "head of department" for p in posts)


def test_a_bodys_abbreviation_between_role_and_name_is_no_gap() -> None:
    posts = _posts(
        "Jan Wolski met the head of the People's Commissariat of Foreign Affairs (NKID), "
        "Ivan Kestrov, in 1934."
    )
    assert any(p[0] == "Ivan Kestrov" and p[1] == "people's commissar" for p in posts)


def test_the_abbreviated_united_states_sends_an_envoy_and_names_an_office() -> None:
    posts = _posts("In Moscow, Kestrov had no appointments with U.S. Ambassador Harold Brackwell.")
    assert ("Harold Brackwell", "ambassador", "USSR") in posts
    posts = _posts("In 1941 Ivan Kestrov saw the U.S. Under Secretary of State, Harold Brackwell.")
    assert ("Harold Brackwell", "under secretary", "United States") in posts
