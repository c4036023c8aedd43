"""Russian dates of posts: a year range ending a sentence, a full stop without its
space, and the end of a post told by a verb of staying (invented people)."""

from __future__ import annotations

from narkomindel.extract.ru.dates import find_dates_ru
from narkomindel.extract.ru.sentences import sentence_spans_ru
from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _terms(ex: Extraction) -> set[tuple[str | None, str | None, str | None]]:
    return {(c.country, c.date_start, c.date_end) for c in ex.claims if c.type == "post"}


def test_a_year_range_may_end_its_sentence() -> None:
    assert [d.edtf for d in find_dates_ru("Служил в Ковно в 1922–1924. Потом уехал.")] == [
        "1922/1924"
    ]
    # a day in figures after the dash is no second year
    assert [d.edtf for d in find_dates_ru("1931—12.05.1933")] == ["1931", "1933-05-12"]


def test_a_full_stop_without_its_space_ends_a_sentence() -> None:
    text = "Он вернулся к преподаванию.Новый посол Кулагин приехал позже. Письмо т.Кулагину."
    assert [text[s:e] for s, e in sentence_spans_ru(text)] == [
        "Он вернулся к преподаванию.",
        "Новый посол Кулагин приехал позже.",
        "Письмо т.Кулагину.",
    ]


def test_a_verb_of_staying_before_until_ends_the_post() -> None:
    _, ex = run_text(
        "В 1926 г. Степан Кулагин был назначен полпредом СССР в Литве, где проработал до 1929 г."
    )
    assert _terms(ex) == {("Lithuania", "1926", "1929")}
    _, ex = run_text(
        "Степан Кулагин был назначен полпредом СССР в Литве в 1926 году и оставался на этом посту до 1929 года."
    )
    assert _terms(ex) == {("Lithuania", "1926", "1929")}


def test_the_next_sentence_on_the_same_post_ends_it() -> None:
    _, ex = run_text(
        "В 1926 году Степан Кулагин стал полпредом СССР в Литве. На этом посту он пробыл до 1929 года."
    )
    assert _terms(ex) == {("Lithuania", "1926", "1929")}


def test_until_without_a_verb_of_staying_or_in_another_sentence_ends_nothing() -> None:
    _, ex = run_text(
        "В 1926 году Степан Кулагин стал полпредом СССР в Литве. До 1929 года в Каунасе не было консульства."
    )
    assert _terms(ex) == {("Lithuania", "1926", None)}


def test_a_year_dashed_to_a_later_year_or_part_of_one_is_a_term() -> None:
    assert [d.edtf for d in find_dates_ru("служил в 1922 г. — 1924 г.")] == ["1922/1924"]
    assert [d.edtf for d in find_dates_ru("служил в 1922 — начале 1924 г.")] == ["1922/1924-40"]
    # a year of a career list and the next entry's year are two dates
    assert [d.edtf for d in find_dates_ru("1922 г. — атташе. 1924 г. — советник")] == [
        "1922",
        "1924",
    ]


def test_two_years_after_a_name_too_close_for_a_life_are_a_term() -> None:
    _, ex = run_text("Полпред СССР в Литве Степан Кулагин (1926—1929) часто бывал в Москве.")
    assert _terms(ex) == {("Lithuania", "1926", "1929")}
    _, ex = run_text("Степан Кулагин (1886—1941) был полпредом СССР в Литве.")
    assert _terms(ex) == {("Lithuania", None, None)}


def test_ordinal_years_from_and_to_are_one_term() -> None:
    assert [d.edtf for d in find_dates_ru("С 1922-го по 1924-й год служил в Ковно")] == [
        "1922/1924"
    ]
    assert [d.edtf for d in find_dates_ru("с 1922-го до 1924-го года")] == ["1922/1924"]
