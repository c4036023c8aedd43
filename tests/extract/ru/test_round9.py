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
    _, ex = run_text("Советником и резидентом в Турции в 1926 году был Прохор Ульянцев.")
    assert _posts(ex) == {
        ("Прохор Ульянцев", "counsellor", "Turkey", None),
        ("Прохор Ульянцев", "intelligence resident", "Turkey", None),
    }
    _, ex = run_text("Советником и первым секретарем в Турции был Прохор Ульянцев.")
    assert {role for _, role, _, _ in _posts(ex)} == {"counsellor", "first secretary"}


def test_one_who_heads_or_commands_a_small_unit_commands_it() -> None:
    _, ex = run_text("Прохор Ульянцев возглавлял батальон.")
    assert _posts(ex) == {("Прохор Ульянцев", "commander", None, "battalion")}
    _, ex = run_text("Прохор Ульянцев командовал эскадроном.")
    assert _posts(ex) == {("Прохор Ульянцев", "commander", None, "squadron")}


def test_a_description_between_a_verb_of_heading_and_the_name_is_the_subjects() -> None:
    _, ex = run_text("Отдел кадров возглавлял латышский коммунист Прохор Ульянцев.")
    assert _posts(ex) == {("Прохор Ульянцев", "head of department", None, "personnel")}
    _, ex = run_text("Отделом печати руководил опытный журналист Прохор Ульянцев.")
    assert {(who, role) for who, role, _, _ in _posts(ex)} == {
        ("Прохор Ульянцев", "head of department")
    }


def test_an_object_between_a_verb_of_heading_and_a_name_is_no_description() -> None:
    _, ex = run_text("Отдел кадров возглавлял отдел печати Прохор Ульянцев.")
    assert not any(
        role == "head of department" and dept == "personnel" for _, role, _, dept in _posts(ex)
    )


def test_the_commander_of_a_company_or_an_air_squadron() -> None:
    _, ex = run_text("Прохор Ульянцев был командиром роты.")
    assert _posts(ex) == {("Прохор Ульянцев", "commander", None, "company")}
    _, ex = run_text("Прохор Ульянцев был командиром эскадрильи.")
    assert _posts(ex) == {("Прохор Ульянцев", "commander", None, "squadron")}


def test_a_diplomatic_agent_is_a_representative_where_he_is() -> None:
    _, ex = run_text("Прохор Ульянцев был дипагентом в Харбине.")
    assert _posts(ex) == {("Прохор Ульянцев", "representative", "China", None)}


def test_a_naval_attache_named_in_full() -> None:
    _, ex = run_text("Прохор Ульянцев стал военно-морским атташе в Греции.")
    assert _posts(ex) == {("Прохор Ульянцев", "naval attaché", "Greece", None)}


def test_a_mans_surname_in_an_oblique_form_is_not_the_subject_of_a_list() -> None:
    _, ex = run_text(
        "Прохор Ульянцев окончил курсы. Евсей Курдюмов ровесник Ульянцева, прошел похожий "
        "путь: красноармеец, командир взвода, секретарь бюро полка."
    )
    assert {who for who, _, _, _ in _posts(ex)} == {"Евсей Курдюмов"}
