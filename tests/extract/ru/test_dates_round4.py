"""Russian claims dated by construction, round 4: a term open at one end in parentheses
after a name (invented people)."""

from __future__ import annotations

from narkomindel.extract.ru.dates import find_dates_ru
from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _terms(ex: Extraction) -> set[tuple[str | None, str | None, str | None]]:
    return {(c.country or c.department, c.date_start, c.date_end) for c in ex.claims
            if c.type == "post"}  # fmt: skip


def _fates(ex: Extraction) -> set[tuple[str | None, str | None]]:
    return {(c.value, c.date_start) for c in ex.claims if c.type == "fate"}


def test_an_open_term_in_parentheses_after_a_name_dates_the_post_inside() -> None:
    _, ex = run_text("Игнат Безбородько (с 1930 г. полпред в Эстонии) сообщал в НКИД о ходе дел.")
    assert _terms(ex) == {("Estonia", "1930", None)}
    _, ex = run_text("Игнат Безбородько (до 1930 г. полпред в Эстонии) сообщал в НКИД о ходе дел.")
    assert _terms(ex) == {("Estonia", None, "1930")}


def test_the_date_of_an_aside_does_not_date_the_claim_after_it() -> None:
    _, ex = run_text(
        "Игнат Безбородько (с 1928 г. — советник полпредства в Китае) был отозван в Москву."
    )
    assert _terms(ex) == {("China", "1928", None)}
    assert _fates(ex) == {("recalled", None)}
    # a life span in parentheses stays no term
    _, ex = run_text("Игнат Безбородько (1890—1938) в 1930 г. стал полпредом в Эстонии.")
    assert _terms(ex) == {("Estonia", "1930", None)}


def test_a_former_post_keeps_its_own_term_in_parentheses() -> None:
    _, ex = run_text(
        "Бывший полпред в Литве (1931—1934) Игнат Безбородько в 1937 г. был арестован."
    )
    assert _terms(ex) == {("Lithuania", "1931", "1934")}
    # the date of the sentence is not the former post's
    _, ex = run_text("В 1937 г. бывший полпред в Литве Игнат Безбородько был арестован.")
    assert _terms(ex) == {("Lithuania", None, None)}


def test_two_days_joined_by_a_hyphen_are_one_term() -> None:
    assert [d.edtf for d in find_dates_ru("шла 5. III 1930-7. IV 1931 в Женеве")] == [
        "1930-03-05/1931-04-07"
    ]
    assert [d.edtf for d in find_dates_ru("5 мая 1930-7 июня 1931")] == ["1930-05-05/1931-06-07"]
    # years alone keep their own reading
    assert [d.edtf for d in find_dates_ru("в 1922-24 гг.")] == ["1922/1924"]


def test_a_recall_later_in_the_sentence_ends_the_post() -> None:
    _, ex = run_text("Тарас Гнедаш был полпредом в Венгрии с 1934 года, а в 1937 году был отозван.")
    assert _terms(ex) == {("Hungary", "1934", "1937")}
    _, ex = run_text(
        "Назначенный в мае 1936 г. полпредом в Болгарии, Тарас Гнедаш был отозван уже в январе 1937 г."
    )
    assert _terms(ex) == {("Bulgaria", "1936-05", "1937-01")}
    # another person's recall ends nothing
    _, ex = run_text(
        "В 1936 г. Тарас Гнедаш стал полпредом в Болгарии, в 1937 г. Петров был отозван."
    )
    assert _terms(ex) == {("Bulgaria", "1936", None)}


def test_a_recall_opening_the_next_sentence_ends_the_post() -> None:
    _, ex = run_text(
        "В 1934 году Тарас Гнедаш стал полпредом в Венгрии. В 1937 году он был отозван."
    )
    assert _terms(ex) == {("Hungary", "1934", "1937")}
    _, ex = run_text(
        "В 1934 году Тарас Гнедаш стал полпредом в Венгрии. В 1937 году Петров был отозван."
    )
    assert _terms(ex) == {("Hungary", "1934", None)}
    # a post with no start is not ended
    _, ex = run_text("Тарас Гнедаш был полпредом в Венгрии. В 1937 году отозван.")
    assert _terms(ex) == {("Hungary", None, None)}


def test_a_number_of_years_stayed_ends_the_post() -> None:
    _, ex = run_text(
        "В 1934 г. Тарас Гнедаш назначен полпредом в Норвегии, где проработал три года."
    )
    assert _terms(ex) == {("Norway", "1934", "1937")}
    _, ex = run_text(
        "В 1936 г. Тарас Гнедаш стал полпредом в Болгарии и пробыл на этом посту два года."
    )
    assert _terms(ex) == {("Bulgaria", "1936", "1938")}


def test_the_date_of_an_apposition_after_a_name_is_the_appositions() -> None:
    _, ex = run_text(
        "В 1920 году Тихон Заболотный, член партии с 1905 г., был назначен полпредом в Эстонии."
    )
    assert _terms(ex) == {("Estonia", "1920", None)}
    _, ex = run_text(
        "Тихон Заболотный, назначенный в 1925 г. торгпредом в Германии, стал полпредом в Австрии."
    )
    assert _terms(ex) == {("Germany", "1925", None), ("Austria", None, None)}


def test_from_a_season_and_until_a_part_of_a_year_is_one_term() -> None:
    assert [d.edtf for d in find_dates_ru("с осени 1932 г. и до начала 1935 г.")] == [
        "1932-23/1935-40"
    ]
    _, ex = run_text(
        "С осени 1932 г. и до начала 1935 г. Тихон Заболотный работал советником полпредства во Франции."
    )
    assert _terms(ex) == {("France", "1932", "1935")}


def test_a_clause_after_a_name_is_no_apposition() -> None:
    _, ex = run_text(
        "Полпредом был Тихон Заболотный, однако весной 1925 г. он бывал в Вене редко, а осенью "
        "того же года он стал полпредом в Австрии."
    )
    assert ("Austria", "1925", None) in _terms(ex)


def test_a_post_held_earlier_takes_no_date_of_the_sentence() -> None:
    _, ex = run_text(
        "В 1933 г. Тихон Заболотный, ранее служивший советником полпредства в Китае, стал "
        "полпредом в Австрии."
    )
    assert _terms(ex) == {("China", None, None), ("Austria", "1933", None)}


def test_review_a_recall_of_someone_else_ends_nothing() -> None:
    _, ex = run_text(
        "Игнат Безбородько — полпред в Эстонии с 1933 г. В 1937 г. отозван посол Германии."
    )
    assert ("Estonia", "1933", None) in _terms(ex)
    _, ex = run_text("Игнат Безбородько — полпред в Эстонии с 1933 г. В 1937 г. отозван в Москву.")
    assert ("Estonia", "1933", "1937") in _terms(ex)


def test_review_first_of_all_is_not_earlier_and_a_bare_date_is_no_apposition() -> None:
    _, ex = run_text("В 1933 г. Игнат Безбородько прежде всего был назначен полпредом в Эстонию.")
    assert _terms(ex) == {("Estonia", "1933", None)}
    _, ex = run_text("Игнат Безбородько, в 1925 г., был назначен полпредом в Эстонию.")
    assert _terms(ex) == {("Estonia", "1925", None)}
