"""Russian terms of posts and events: the end a fate sets ("до ареста в 1937 г."), a verb
of holding office before "до", "На этой должности" continuing a post, a term begun by
"с" and ended by a season or by "до", an event's closed term (invented people)."""

from __future__ import annotations

from narkomindel.extract.ru.dates import find_dates_ru
from narkomindel.extract.ru.sentences import sentence_spans_ru
from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _terms(ex: Extraction) -> set[tuple[str | None, str | None, str | None]]:
    return {(c.country or c.department, c.date_start, c.date_end) for c in ex.claims
            if c.type == "post"}  # fmt: skip


def test_until_an_arrest_ends_the_post_of_its_sentence() -> None:
    _, ex = run_text("До ареста в 1937 году Тарас Загорулько работал полпредом СССР в Литве.")
    assert _terms(ex) == {("Lithuania", None, "1937")}
    # the arrest keeps its date
    assert {(c.value, c.date_start) for c in ex.claims if c.type == "fate"} == {
        ("arrested", "1937")
    }
    _, ex = run_text(
        "Тарас Загорулько был полпредом СССР в Литве с 1931 года до своего ареста в 1937 году."
    )
    assert _terms(ex) == {("Lithuania", "1931", "1937")}
    _, ex = run_text(
        "В 1931 г. Тарас Загорулько назначен полпредом в Литве, где и работал вплоть до отзыва в 1935 г."
    )
    assert _terms(ex) == {("Lithuania", "1931", "1935")}


def test_a_date_after_an_arrest_not_after_until_dates_the_arrest_only() -> None:
    _, ex = run_text("Полпред СССР в Литве Тарас Загорулько был арестован в 1937 году.")
    assert _terms(ex) == {("Lithuania", None, None)}


def test_a_verb_of_holding_office_before_until_ends_the_post() -> None:
    _, ex = run_text(
        "В 1931 году Тарас Загорулько назначен полпредом СССР в Литве и занимал этот пост до 1935 года."
    )
    assert _terms(ex) == {("Lithuania", "1931", "1935")}


def test_on_this_post_in_the_next_sentence_continues_it() -> None:
    _, ex = run_text(
        "В 1931 г. Тарас Загорулько стал полпредом СССР в Литве. На этой должности он оставался до 1935 г."
    )
    assert _terms(ex) == {("Lithuania", "1931", "1935")}


def test_from_a_date_to_a_season_or_until_a_year_is_one_term() -> None:
    assert [d.edtf for d in find_dates_ru("с конца 1931 по весну 1935 г.")] == ["1931-41/1935-21"]
    assert [d.edtf for d in find_dates_ru("с 1931 по зиму 1935 г.")] == ["1931/1935-24"]
    assert [d.edtf for d in find_dates_ru("с мая 1931 г. до 1935 г.")] == ["1931-05/1935"]
    assert [d.edtf for d in find_dates_ru("с 1931 г. и до 1935 г.")] == ["1931/1935"]
    # a later start is no term's end
    assert [d.edtf for d in find_dates_ru("с мая 1935 г. до 1931 г.")] == ["1935-05/..", "../1931"]
    _, ex = run_text("Тарас Загорулько был полпредом в Литве с конца 1931 по весну 1935 г.")
    assert _terms(ex) == {("Lithuania", "1931", "1935")}


def test_an_event_takes_the_closed_term_of_its_sentence() -> None:
    _, ex = run_text(
        "В течение 1937–1938 гг. были арестованы, осуждены и расстреляны многие сотрудники НКИД."
    )
    assert [e.date for e in ex.events] == ["1937/1938"]


def test_a_month_and_year_opening_a_sentence_is_no_sentence_of_its_own() -> None:
    text = "В сентябре 1926 г. СССР и Литва подписали договор, а в 1931 г. продлили его."
    assert len(sentence_spans_ru(text)) == 1
    assert len(sentence_spans_ru("В конце мая 1926 г. НКИД ответил.")) == 1
    # a date closing a sentence still ends it
    assert len(sentence_spans_ru("Полпред уехал в мае 1926 г. Литва ответила нотой.")) == 2
    _, ex = run_text(text)
    assert [e.date for e in ex.events] == ["1926-09"]


def test_the_next_day_is_the_day_after_the_last_full_date() -> None:
    assert [
        d.edtf
        for d in find_dates_ru("приговорён 30 сентября 1938 г., расстрелян на следующий день")
    ] == [
        "1938-09-30",
        "1938-10-01",
    ]
    # after a bare year there is no day to count from
    assert [d.edtf for d in find_dates_ru("арестован в 1937 г., на следующий день допрошен")] == [
        "1937"
    ]


def test_a_release_from_this_post_later_in_the_sentence_ends_it() -> None:
    _, ex = run_text(
        "Тарас Загорулько в 1931 г. был назначен полпредом в Литве, а в 1935 г. освобождён от этой должности."
    )
    assert _terms(ex) == {("Lithuania", "1931", "1935")}
    # a transfer elsewhere is not said to end it
    _, ex = run_text(
        "Тарас Загорулько в 1931 г. был назначен полпредом в Литве, а в 1935 г. уехал в Ригу."
    )
    assert _terms(ex) == {("Lithuania", "1931", None)}


def test_an_end_in_parentheses_after_the_post_keeps_the_start_before_it() -> None:
    _, ex = run_text("В 1931 г. Тарас Загорулько назначен полпредом в Литве (до 1935 г.).")
    assert _terms(ex) == {("Lithuania", "1931", "1935")}
    # a date of another post before a comma starts nothing here
    _, ex = run_text(
        "В 1931 г. Тарас Загорулько — советник полпредства в Литве, затем полпред в Литве (до 1935 г.)."
    )
    assert ("Lithuania", None, "1935") in _terms(ex)


def test_on_return_a_sentence_takes_the_date_of_the_return_told_before() -> None:
    _, ex = run_text(
        "В мае 1937 г. Тарас Загорулько вернулся в Москву. По возвращении он был арестован."
    )
    assert {(c.value, c.date_start) for c in ex.claims if c.type == "fate"} == {
        ("arrested", "1937-05")
    }
    # a sentence saying nothing of the time takes no date of the one before
    _, ex = run_text("В мае 1937 г. Тарас Загорулько вернулся в Москву. Он был арестован.")
    assert {(c.value, c.date_start) for c in ex.claims if c.type == "fate"} == {("arrested", None)}
