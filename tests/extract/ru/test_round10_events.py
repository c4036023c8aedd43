"""Events of Russian prose, tenth round (issue 14): events named only as refused,
failed, proposed or drafted are none. Invented sentences and people."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text
from tests.extract.sample import events_told


def _events(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return events_told(ex)


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


def test_a_named_pact_stays_an_event_though_only_drafted() -> None:
    assert "treaty" in _types(
        "В 1934 г. обсуждался проект Южного пакта между Руританией и Фрудонией."
    )


def test_a_named_armistice_dated_in_roman_numerals() -> None:
    _, ex = run_text("Подписанное 3. IV 1921 Брандское перемирие положило конец распре.")
    assert ("treaty", "armistice", "1921-04-03") in _events(ex)


def test_national_operations_of_the_nkvd_are_the_repression() -> None:
    name = "national operations of the NKVD (repression)"
    _, ex = run_text("В 1938 г. началась брандская операция НКВД.")
    assert ("other", name, "1938") in _events(ex)
    _, ex = run_text("Летом 1937 г. начались массовые «национальные операции».")
    assert any(n == name for _, n, _ in _events(ex))


def test_a_memorandum_handed_over_but_not_one_promised() -> None:
    _, ex = run_text("5 мая 1931 г. посол Пулькин вручил наркому меморандум своего правительства.")
    assert ("other", "memorandum handed over", "1931-05-05") in _events(ex)
    assert not run_text("Посол обещал: вышлем меморандум почтой.")[1].events


def test_a_dictionary_heading_dated_by_the_entry_that_follows() -> None:
    _, ex = run_text("БРАНДСКАЯ КОНФЕРЕНЦИЯ\n\n- происходила 20. XI 1922 в г. Бранде.")
    assert ("conference", "conference", "1922-11-20") in _events(ex)
    _, ex = run_text("Брандская конференция\n\nПулькин приехал в 1925 г. в Бранд.")
    assert ("conference", "conference", None) in _events(ex)
