"""Posts in a body told by a verb with no role word (helper recog4): membership of an
organ joined, entered or sat on, or listed by the body itself. Short invented sentences;
nobody named here appears in the corpus."""

from __future__ import annotations

import pytest

from tests.extract.sample import asserted_posts


@pytest.mark.parametrize(
    "verb", ["joined", "entered", "was co-opted onto", "sat on", "served on", "was appointed to"]
)
def test_a_verb_puts_its_subject_on_an_organ(verb: str) -> None:
    assert asserted_posts(f"Semyon Ostapchuk {verb} the Central Committee in 1927.") == {
        ("Semyon Ostapchuk", "member", "Central Committee")
    }


def test_an_organ_with_its_body_and_an_adjective() -> None:
    assert asserted_posts(
        "Semyon Ostapchuk served on the Revolutionary Military Council of the Republic."
    ) == {("Semyon Ostapchuk", "member", "Revolutionary Military Council of the Republic")}
    assert asserted_posts("Semyon Ostapchuk joined the powerful Politburo.") == {
        ("Semyon Ostapchuk", "member", "Politburo")
    }
    # a city's soviet by its name
    assert asserted_posts("Semyon Ostapchuk joined the Tula Soviet in 1918.") == {
        ("Semyon Ostapchuk", "member", "Tula Soviet")
    }


def test_a_collegium_in_lower_case_is_of_the_body_after_it() -> None:
    assert asserted_posts("Semyon Ostapchuk joined the collegium of the NKID in 1924.") == {
        ("Semyon Ostapchuk", "collegium member", "NKID")
    }


def test_what_is_joined_but_is_no_organ() -> None:
    # a party, a delegation's adjective, a bench, a debate of a foreign body: no membership
    assert asserted_posts("Semyon Ostapchuk joined the Communist Party in 1917.") == set()
    assert asserted_posts("Semyon Ostapchuk joined the Soviet delegation.") == set()
    assert asserted_posts("Semyon Ostapchuk sat on the bench all evening.") == set()
    assert asserted_posts("Semyon Ostapchuk joined the Security Council debate.") == set()
    # the subject of the verb, not a person named after it
    assert asserted_posts("The Politburo joined Semyon Ostapchuk in the protest.") == set()


def test_elected_to_a_city_soviet() -> None:
    # a body named after its city is a body, not the city
    assert asserted_posts("Semyon Ostapchuk was elected to the Tula Soviet.") == {
        ("Semyon Ostapchuk", "member", "Tula Soviet")
    }


def test_an_adjective_before_the_body_of_a_member() -> None:
    assert asserted_posts("Semyon Ostapchuk was a member of the powerful Politburo.") == {
        ("Semyon Ostapchuk", "member", "Politburo")
    }
    assert asserted_posts(
        "Semyon Ostapchuk became a member of the prestigious Academy of Sciences."
    ) == {("Semyon Ostapchuk", "member", "Academy of Sciences")}


def test_the_one_acted_on_stays_the_next_pronouns_person() -> None:
    text = (
        "Semyon Ostapchuk was born in Tula. Pavel Krylenkov then sent him to Siberia. "
        "In 1925 he was appointed to the Central Committee."
    )
    assert asserted_posts(text) == {("Semyon Ostapchuk", "member", "Central Committee")}
    # with no object pronoun the one named is the next "he"
    text = text.replace("sent him", "went")
    assert asserted_posts(text) == {("Pavel Krylenkov", "member", "Central Committee")}
    # "her" before a noun is a possessive, not the object; one met is not one sent
    met = (
        "Semyon Ostapchuk was born in Tula. Pavel Krylenkov then met him in Siberia. "
        "In 1925 he was appointed to the Central Committee."
    )
    assert asserted_posts(met) == {("Pavel Krylenkov", "member", "Central Committee")}
    text = (
        "Anna Ostapchuk was born in Tula. Pavel Krylenkov then sent her cousin abroad. "
        "In 1925 he was appointed to the Central Committee."
    )
    assert asserted_posts(text) == {("Pavel Krylenkov", "member", "Central Committee")}
    # "her" as the object, before a stop or a preposition: the one sent acts next
    for sent in ("then sent her.", "then sent her to Siberia.", "then sent her, alone, abroad."):
        text = (
            "Anna Ostapchuk was born in Tula. Vera Krylenkova " + sent + " In 1925 she was "
            "appointed to the Central Committee."
        )
        assert asserted_posts(text) == {("Anna Ostapchuk", "member", "Central Committee")}, sent


def test_a_body_that_lists_its_members() -> None:
    got = asserted_posts(
        "The Soviet delegation to the Lugano Conference consisted of Semyon Ostapchuk, "
        "Pavel Krylenkov and Foma Zhigarev."
    )
    body = "Soviet delegation to the Lugano Conference"
    assert {("Semyon Ostapchuk", "delegate", body), ("Pavel Krylenkov", "delegate", body),
            ("Foma Zhigarev", "delegate", body)} <= got  # fmt: skip
    assert asserted_posts(
        "The collegium of the NKID included Semyon Ostapchuk and Pavel Krylenkov."
    ) >= {("Semyon Ostapchuk", "collegium member", "NKID"),
          ("Pavel Krylenkov", "collegium member", "NKID")}  # fmt: skip


def test_a_list_ends_at_an_apposition_or_a_verb() -> None:
    got = asserted_posts("The Politburo included Semyon Ostapchuk, whom Pavel Krylenkov disliked.")
    assert ("Semyon Ostapchuk", "member", "Politburo") in got
    assert not any(who == "Pavel Krylenkov" for who, _r, _b in got)
    # a name not right after the verb is not listed ("included a report by X")
    assert asserted_posts("The delegation included a report by Semyon Ostapchuk.") == set()


def test_both_and_a_partys_organ_after_a_member() -> None:
    assert asserted_posts("Semyon Ostapchuk was a member of both the Politburo and the Orgburo.") == {
        ("Semyon Ostapchuk", "member", "Politburo"), ("Semyon Ostapchuk", "member", "Orgburo")
    }  # fmt: skip
    assert asserted_posts("Semyon Ostapchuk was a member of the party's Central Committee.") == {
        ("Semyon Ostapchuk", "member", "Central Committee")
    }
    # "both" before a lower-case plural names no body
    assert asserted_posts("Semyon Ostapchuk was head of both departments.") == set()
