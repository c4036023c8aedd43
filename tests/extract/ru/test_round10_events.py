"""Events of Russian prose, tenth round (issue 14): events named only as refused,
failed, proposed or drafted are none. Invented sentences and people."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _events(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return {(e.type, e.name, e.date) for e in ex.events}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _events(run_text(text)[1])}


def test_a_proposed_pact_is_no_event_but_a_concluded_one_is() -> None:
    assert "treaty" not in _types(
        "В 1926 г. Руритания предложила Фрудонии заключить пакт о ненападении."
    )
    assert "treaty" in _types(
        "В 1931 г. удалось заключить пакт о ненападении между Руританией и Фрудонией."
    )
    assert "treaty" not in _types(
        "В 1931 г. не удалось заключить пакт о ненападении между Руританией и Фрудонией."
    )


def test_a_treaty_never_signed_is_no_event() -> None:
    assert "treaty" not in _types(
        "Договор о нейтралитете между Руританией и Фрудонией так и не был подписан в 1931 г."
    )
    assert "treaty" not in _types("Стороны не подписали договор о дружбе в 1933 г.")


def test_a_treaty_signed_but_not_ratified_is_still_an_event() -> None:
    assert ("treaty", "treaty", "1933") in _events(
        run_text("Договор о дружбе, подписанный в 1933 г., не был ратифицирован.")[1]
    )


def test_a_draft_treaty_and_a_proposed_conference_are_no_events() -> None:
    assert "treaty" not in _types("В 1929 г. Пулькин передал проект договора о нейтралитете.")
    assert "conference" not in _types(
        "Весной 1934 г. Руритания предложила созвать конференцию по разоружению."
    )


def test_negotiations_one_is_charged_to_open_stay_an_event() -> None:
    assert "other" in _types(
        "В марте 1925 г. правительство уполномочило Пулькина начать переговоры с Руританией."
    )
