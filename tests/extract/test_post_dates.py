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
