"""Rules of Russian prose, ninth round (issue 14): two roles joined by "и" before a
copula and the name after it, and the smaller units of an army one commands or
heads. Invented people and sentences."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str, str | None, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country, c.department)
        for c in ex.claims
        if c.type == "post"
    }


def test_two_roles_joined_before_a_copula_are_both_the_named_ones() -> None:
    _, ex = run_text("Военным атташе и резидентом в Турции в 1926 году был Прохор Ульянцев.")
    assert _posts(ex) == {
        ("Прохор Ульянцев", "military attaché", "Turkey", None),
        ("Прохор Ульянцев", "intelligence resident", "Turkey", None),
    }
    _, ex = run_text("Советником и первым секретарем в Турции был Прохор Ульянцев.")
    assert {role for _, role, _, _ in _posts(ex)} == {"counsellor", "first secretary"}


def test_one_who_heads_or_commands_a_small_unit_commands_it() -> None:
    _, ex = run_text("Прохор Ульянцев возглавлял батальон.")
    assert _posts(ex) == {("Прохор Ульянцев", "commander", None, "battalion")}
    _, ex = run_text("Прохор Ульянцев командовал эскадроном.")
    assert _posts(ex) == {("Прохор Ульянцев", "commander", None, "squadron")}
