"""Dates of posts stated before the holder's name: "In 1930 X was appointed ambassador"
takes the opening year, as "In 1930 he was appointed ambassador" does; a date before
another person's clause does not move to the holder. Invented people only."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.sample import run


def _claims(text: str) -> set[tuple[str, str | None, str | None, str | None, str | None]]:
    ex: Extraction = run(text + "\n")[1]
    return {
        (ex.mentions[c.subject].text, c.role, c.country, c.date_start, c.date_end)
        for c in ex.claims
        if c.type == "post"
    }


def test_an_opening_year_dates_the_named_holders_appointment() -> None:
    claims = _claims("In 1930 Lavrenty Obukhin was appointed ambassador to Italy.")
    assert ("Lavrenty Obukhin", "ambassador", "Italy", "1930", None) in claims


def test_an_opening_month_with_a_comma_dates_a_post_taken_up() -> None:
    claims = _claims("In May 1931, Lavrenty Obukhin became envoy to Greece.")
    assert ("Lavrenty Obukhin", "envoy", "Greece", "1931-05", None) in claims


def test_an_opening_from_year_dates_a_copula_post() -> None:
    claims = _claims("From 1922 Lavrenty Obukhin was counsellor of the embassy in Paris.")
    assert ("Lavrenty Obukhin", "counsellor", "France", "1922", None) in claims


def test_an_opening_year_does_not_pass_over_another_person() -> None:
    claims = _claims(
        "In 1930 Lavrenty Obukhin met Gavriil Tumanov, who was appointed envoy to Greece."
    )
    assert {c[0] for c in claims if c[1] == "envoy"} == {"Gavriil Tumanov"}
    assert all(c[3] is None for c in claims)


# -- a state's adjective before the office of the predicate --------------------------------


def test_an_unknown_name_before_a_sending_states_mission_rank_is_a_person() -> None:
    claims = _claims("Tadeusz Wrona was Polish Minister in Moscow from 1926 to 1932.")
    assert ("Tadeusz Wrona", "minister", "USSR", "1926", "1932") in claims


def test_a_states_own_office_after_its_adjective_is_the_subjects() -> None:
    claims = _claims("Tadeusz Wrona became Estonian Foreign Minister in 1933.")
    assert ("Tadeusz Wrona", "foreign minister", "Estonia", "1933", None) in claims


def test_a_states_office_as_an_object_is_nobodys_post() -> None:
    assert _claims("Tadeusz Wrona was received by the Polish Foreign Minister.") == set()


# -- a mission taken over; the start of a post taken up -----------------------------------


def test_a_mission_taken_over_is_headed_from_the_opening_year() -> None:
    claims = _claims("In 1924 Karl Wrona took charge of the Soviet legation in Riga.")
    assert ("Karl Wrona", "head of mission", "Latvia", "1924", None) in claims
    assert ("Karl Wrona", "head of mission", "Germany", None, None) in _claims(
        "Karl Wrona took over the embassy in Berlin."
    )


def test_an_arrival_as_envoy_starts_the_post_in_the_opening_year() -> None:
    claims = _claims("In 1925 Karl Wrona went to Riga as envoy.")
    assert ("Karl Wrona", "envoy", "Latvia", "1925", None) in claims


def test_an_opening_date_of_another_clause_does_not_start_the_post() -> None:
    for text in (
        "In 1920 Karl Wrona went to school in Kiev and later became ambassador to France.",
        "In 1920 Karl Wrona arrived in Moscow; he was ambassador to France.",
        "In 1928 Karl Wrona became a party member and in 1934 was appointed envoy to Japan.",
    ):
        assert all(c[3] != "1920" and c[3] != "1928" for c in _claims(text)), text
