"""Role phrases recognised by construction (helper recog): a lower-case organ of a named
body, the head of a function, a post in a body, state-security ranks, titles of other
states' offices, a representative of a body to a state, and "headed" with a body's own
noun. Short invented sentences; nobody named here appears in the corpus."""

from __future__ import annotations

from narkomindel.extract.roles import find_roles
from narkomindel.gazetteer.vocabulary import role_class_of
from tests.extract.sample import asserted_posts


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.role, r.department, r.country) for r in find_roles(text)]


def test_an_organ_named_in_lower_case_of_a_named_body() -> None:
    assert _roles("Orlik sat on the presidium of the Ruritanian Soviet as a member of the "
                  "executive committee of the Tver Town Council.") == [
        ("member", "executive committee of the Tver Town Council", None)
    ]  # fmt: skip
    assert _roles("Orlik was chairman of the revisory commission of the Grain Export Trust.") == [
        ("chairman", "revisory commission of the Grain Export Trust", None)
    ]
    assert _roles("Orlik was a member of the board of the Volga Shipping Bank.") == [
        ("member", "board of the Volga Shipping Bank", None)
    ]


def test_an_organ_in_lower_case_without_a_named_body_is_no_post() -> None:
    assert _roles("Orlik was a member of the board of directors.") == []
    assert _roles("Orlik was the head of the family.") == []
    assert _roles("Orlik was a member of the audience.") == []


def test_the_head_of_a_function() -> None:
    assert _roles("Orlik became head of training of the Baltic Fleet.") == [
        ("head of department", "Baltic Fleet", None)
    ]
    assert _roles("Orlik became head of training of naval cadets.") == [
        ("head of department", "training of naval cadets", None)
    ]
    assert _roles("Orlik was head of operations in the morning.") == []


def test_a_post_in_a_named_body_is_a_staff_post() -> None:
    assert _roles("It won Orlik a post in the Ruritanian Telegraph Agency.") == [
        ("staff", "Ruritanian Telegraph Agency", None)
    ]
    assert _roles("Orlik held a position at the Soviet embassy in Paris.") == [
        ("staff", None, "France")
    ]
    assert role_class_of("staff") == "staff"
    # no body named, a newspaper's name, a post of an office: none of them a staff post
    assert _roles("Orlik took a post in the government.") == []
    assert _roles("The Evening Post in Lisbon reported it.") == []


def test_an_official_needs_the_body_he_serves() -> None:
    assert _roles("Orlik was an official of the Commissariat of Light Industry.") == [
        ("official", "Commissariat of Light Industry", None)
    ]
    assert role_class_of("official") == "staff"
    assert _roles("Orlik was an official in Lisbon.") == []
    assert _roles("Orlik was an official in Berlin.") == []


def test_a_commissar_of_state_security_is_a_rank_of_the_nkvd() -> None:
    assert _roles("Orlik was made commissar of state security, third rank, in 1936.") == [
        ("commissar of state security", "NKVD", None)
    ]
    assert _roles("Commissar of State Security Orlik signed it.") == [
        ("commissar of state security", "NKVD", None)
    ]


def test_titles_that_name_their_state() -> None:
    assert _roles("Reich Chancellor Brandt spoke.") == [("chancellor", None, "Germany")]
    assert _roles("The Führer spoke.") == [("führer", None, "Germany")]
    assert _roles("Permanent Under-Secretary Ashworth agreed.") == [
        ("under secretary", None, "United Kingdom")
    ]
    assert _roles("Said Senator Hollings: no.") == [("senator", None, "United States")]
    assert _roles("The French senator Dupuis spoke.") == [("senator", None, "France")]
    # a senate or a regency of no state named is left out
    assert _roles("Senator de Brissac spoke.") == []
    assert _roles("The regent spoke.") == []


def test_a_representative_of_a_body_to_a_state() -> None:
    assert _roles("Orlik was representative of the Comintern to Mongolia.") == [
        ("representative", "Comintern", "Mongolia")
    ]
    assert _roles("Orlik was a representative of the workers.") == []


def test_headed_a_body_named_by_its_own_noun() -> None:
    assert ("Pavel Orlik", "head of department", "Statistical Board of Ruritania") in (
        asserted_posts("Pavel Orlik was born in 1890. From 1927 he headed the Statistical "
                       "Board of Ruritania.")
    )  # fmt: skip
    assert ("Pavel Orlik", "head of department", "military intelligence") in (
        asserted_posts("Pavel Orlik headed military intelligence until 1936.")
    )
    # "led" an army or a body is no head of a department
    assert not any(
        p[1] == "head of department"
        for p in asserted_posts("Pavel Orlik led the Revolutionary Committee into the town.")
    )


def test_an_official_in_a_body_by_its_own_noun() -> None:
    assert _roles("Orlik was a senior official in the Commissariat of Light Industry.") == [
        ("official", "Commissariat of Light Industry", None)
    ]


def test_a_commissar_with_a_force() -> None:
    assert _roles("Orlik was a political commissar with the Ninth Red Army.") == [
        ("people's commissar", "Ninth Red Army", None)
    ]
    assert _roles("Orlik was a commissar with the delegation.") == [
        ("people's commissar", None, None)
    ]


def test_a_controller_of_trade_is_its_representative() -> None:
    assert _roles("Orlik was made controller of Ruritania's foreign trade.") == [
        ("trade representative", "foreign trade", None)
    ]
    assert role_class_of("trade representative") == "trade representative"
    assert _roles("Orlik was controller of the household.") == []


def test_a_political_commissar_is_attached_to_his_subject() -> None:
    assert ("Pavel Orlik", "people's commissar", "Ninth Army") in asserted_posts(
        "Pavel Orlik was a political commissar with the Ninth Army."
    )


def test_a_subject_remembered_as_a_holder() -> None:
    assert ("Pavel Orlik", "head of department", "Eastern Bureau of the Ruritanian Party") in (
        asserted_posts("Pavel Orlik is best remembered as head of the Eastern Bureau of the "
                       "Ruritanian Party.")
    )  # fmt: skip


def test_an_adverb_of_a_further_office_before_the_predicate() -> None:
    assert ("Pavel Orlik", "editor-in-chief", "Ruritanian Press Bureau") in asserted_posts(
        "Pavel Orlik was born in 1890. During the war, he additionally served as "
        "editor-in-chief of the Ruritanian Press Bureau."
    )


def test_a_member_of_coordinated_organs_sits_on_each() -> None:
    posts = asserted_posts(
        "Pavel Orlik was a member of the Tver Soviet, the Tver Revolutionary Committee "
        "and the Volga Military-Revolutionary Committee."
    )
    assert {p[2] for p in posts if p[1] == "member"} == {
        "Tver Soviet", "Tver Revolutionary Committee", "Volga Military-Revolutionary Committee"
    }  # fmt: skip
    assert {p[2] for p in asserted_posts("Pavel Orlik was a member of the Central Committee "
                                         "and of the Orgburo.")} == {"Central Committee", "Orgburo"}  # fmt: skip
    # "and" inside a body's name is no coordination of organs
    assert {p[2] for p in asserted_posts("Pavel Orlik was a member of the Workers' and "
                                         "Peasants' Inspectorate.")} == {"Workers' and Peasants' Inspectorate"}  # fmt: skip


def test_a_title_before_a_name_of_a_state() -> None:
    assert _roles("The letter reached King Ferdinand of Portugal.") == [
        ("head of state", None, "Portugal")
    ]
    assert _roles("The letter reached King Ferdinand in Lisbon.") == [("head of state", None, None)]


def test_a_qualifier_before_a_membership_keeps_it_attached() -> None:
    assert ("Pavel Orlik", "member", "Ruritanian Soviet") in asserted_posts(
        "Pavel Orlik was a founding member of the Ruritanian Soviet."
    )


def test_a_department_after_another_name_is_that_name_s() -> None:
    posts = asserted_posts(
        "Arrested were Pavel Orlik, former secretary of the Central Executive Committee, and "
        "Ivan Petrov, former chief of the Eastern Department."
    )
    assert ("Ivan Petrov", "head of department", "Eastern Department") in posts
    assert ("Pavel Orlik", "head of department", "Eastern Department") not in posts
