"""Events and fates of Russian prose, ninth round (issue 14): relations "установил
нормальные дипломатические отношения", exchanges of ratifications, "Генуэзской и
Гаагской конференциях", arrests of many, a year-only naming absorbed by the dated
one, relations a treaty "устанавливала" dated by the treaty. Invented sentences."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text
from tests.extract.sample import events_told


def _events(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return events_told(ex)


def test_relations_established_with_adjectives_before_diplomatic() -> None:
    _, ex = run_text(
        "Договор с Руританией, заключенный 3 марта 1926, установил нормальные "
        "дипломатические отношения двух стран."
    )
    assert ("recognition", "establishment of diplomatic relations", "1926-03-03") in _events(ex)


def test_an_exchange_of_ratifications_is_an_event() -> None:
    _, ex = run_text(
        "Второго числа, 2 мая 1927, в Бранде состоялся обмен ратификационными грамотами."
    )
    assert ("other", "exchange of ratifications", "1927-05-02") in _events(ex)


def test_two_conferences_named_by_coordinated_adjectives() -> None:
    _, ex = run_text(
        "В 1922 г. Эдгар Пулькин был членом делегации на Генуэзской и Гаагской "
        "международных конференциях."
    )
    names = {n for t, n, d in _events(ex) if t == "conference" and d == "1922"}
    assert names == {"Genoa Conference", "conference"}


def test_arrests_of_many_are_the_purge_but_one_arrest_is_not() -> None:
    _, ex = run_text(
        "Осенью 1936 г. в Бранденском крае были арестованы и расстреляны сотни учителей."
    )
    assert any(n == "Great Purge (repression)" for _, n, _ in _events(ex))
    _, ex = run_text("В 1937 г. Пулькин и его брат были арестованы и расстреляны.")
    assert not any(n == "Great Purge (repression)" for _, n, _ in _events(ex))


def test_an_event_named_by_its_year_only_is_the_one_named_with_its_day() -> None:
    _, ex = run_text("Бранденский договор (1926). Бранденский договор был подписан 3 марта 1926 г.")
    dates = sorted(str(e.date) for e in ex.events if e.type == "treaty")
    assert dates == ["1926-03-03"]


def test_relations_a_treaty_established_take_the_treaty_s_date() -> None:
    _, ex = run_text(
        "Установление отношений. 20 мая 1926 г. в Бранде была подписана советско-руританская "
        "конвенция. Конвенция устанавливала дипломатические и консульские отношения."
    )
    assert ("recognition", "establishment of diplomatic relations", "1926-05-20") in _events(ex)
    _, ex = run_text(
        "20 мая 1926 г. в Бранде была подписана советско-руританская конвенция. "
        "Позднее стороны установили дипломатические отношения."
    )
    assert ("recognition", "establishment of diplomatic relations", None) in _events(ex)


def _fates(ex: Extraction) -> set[tuple[str, str]]:
    return {(ex.mentions[c.subject].text, str(c.value)) for c in ex.claims if c.type == "fate"}


def test_a_fate_is_shared_with_the_one_followed() -> None:
    _, ex = run_text(
        "Вслед за секретарём миссии Пулькиным в Бранде убежища попросил и "
        "торговый агент Эдгар Тырвинг."
    )
    fates = _fates(ex)
    assert ("Эдгар Тырвинг", "defected") in fates
    assert ("Пулькиным", "defected") in fates
    _, ex = run_text("За советником миссии Пулькиным пришёл Эдгар Тырвинг, и тот бежал в Париж.")
    assert ("Пулькиным", "defected") not in _fates(ex)


def test_an_agreement_reached_is_an_event() -> None:
    _, ex = run_text("Лишь 14 марта 1926 г. соглашение с руританской стороной было достигнуто.")
    assert ("agreement", "agreement reached", "1926-03-14") in _events(ex)
    _, ex = run_text("В 1927 г. стороны пришли к соглашению по спорным вопросам.")
    assert any(t == "agreement" and d == "1927" for t, n, d in _events(ex))
    _, ex = run_text("В 1927 г. соглашение так и не было достигнуто.")
    assert not any(t == "agreement" for t, n, d in _events(ex))


def test_a_person_exchanged_for_another_is_an_exchange() -> None:
    _, ex = run_text("В 1919 г. Пулькина обменяли на руританского дипломата Э. Тырвинга.")
    assert any(n == "exchange of prisoners" for _, n, _ in _events(ex))
    _, ex = run_text("В 1919 г. он обменял марки на рубли.")
    assert not any(n == "exchange of prisoners" for _, n, _ in _events(ex))


def test_conferences_coordinated_across_a_comma() -> None:
    _, ex = run_text(
        "В 1922 г. Пулькин был заместителем главы делегации на Генуэзской, затем главой "
        "делегации на Гаагской международных конференциях."
    )
    names = {n for t, n, d in _events(ex) if t == "conference" and d == "1922"}
    assert names == {"Genoa Conference", "conference"}
    _, ex = run_text("В 1922 г. на Генуэзской улице открылась Бранденская конференция.")
    assert "Genoa Conference" not in {n for _, n, _ in _events(ex)}


def test_a_party_conference_is_no_diplomatic_event() -> None:
    _, ex = run_text("В 1924 г. Пулькин был делегатом XIII Всероссийской конференции РКП(б).")
    assert not [e for e in ex.events if e.type == "conference"]
    _, ex = run_text("В 1924 г. Пулькин был делегатом Бранденской конференции.")
    assert [e for e in ex.events if e.type == "conference"]
