"""Rules of Russian prose, sixth round (issue 14): constructions of biographical
prose seen on new development texts — a date a fate verb owns is not a post's,
party membership is no post, appositive fate participles, a decision to stay in
the West, dates in both styles and with Roman months, a month without a year
after "в начале". Invented people and sentences."""

from __future__ import annotations

from narkomindel.extract.ru.dates import find_dates_ru
from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str, str | None, str | None, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country, c.date_start, c.date_end)
        for c in ex.claims
        if c.type == "post"
    }


def _fates(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.value, c.date_start) for c in ex.claims if c.type == "fate"
    }


def test_the_date_of_a_fate_verb_does_not_date_the_post_beside_it() -> None:
    _, ex = run_text("Полпред в Литве Савва Лукич Верхозин был убит в Каунасе 5 июня 1927 г.")
    assert _posts(ex) == {("Савва Лукич Верхозин", "polpred", "Lithuania", None, None)}
    assert _fates(ex) == {("Савва Лукич Верхозин", "assassinated", "1927-06-05")}
    _, ex = run_text("Расстрелянный в 1938 г. Савва Лукич Верхозин был послом в Японии.")
    assert _posts(ex) == {("Савва Лукич Верхозин", "ambassador", "Japan", None, None)}
    # a date of the post's own clause still dates it
    _, ex = run_text("В 1931 г. Савва Лукич Верхозин — полпред в Литве; в 1937 г. арестован.")
    assert _posts(ex) == {("Савва Лукич Верхозин", "polpred", "Lithuania", "1931", None)}
    # and the post left at a fate's date ends there
    _, ex = run_text("Савва Лукич Верхозин был отозван в 1937 г. с поста полпреда в Литве.")
    assert _posts(ex) == {("Савва Лукич Верхозин", "polpred", "Lithuania", None, "1937")}


def test_membership_of_a_party_is_no_post_but_of_its_committees_it_is() -> None:
    _, ex = run_text("Савва Лукич Верхозин, член РКП(б) с 1918 г., в 1922 г. — секретарь полпредства в Эстонии.")  # fmt: skip
    assert {role for _, role, *_ in _posts(ex)} == {"secretary"}
    _, ex = run_text(
        "Савва Лукич Верхозин был членом партии с 1917 г., в 1925 г. — член ЦК ВКП(б)."
    )
    assert {role for _, role, *_ in _posts(ex)} == {"member"}


def test_a_fate_participle_in_apposition_is_the_fate_of_the_one_named() -> None:
    _, ex = run_text("Савва Лукич Верхозин, впоследствии расстрелянный, долго работал в Токио.")
    assert _fates(ex) == {("Савва Лукич Верхозин", "executed", None)}


def test_sentenced_to_the_highest_measure_is_executed() -> None:
    _, ex = run_text(
        "Савва Лукич Верхозин был полпредом в Литве. Осуждён ВКВС СССР к ВМН 21 августа 1938 г."
    )
    assert _fates(ex) == {("Савва Лукич Верхозин", "executed", "1938-08-21")}


def test_a_decision_to_stay_in_the_west_is_a_defection() -> None:
    _, ex = run_text("Савва Лукич Верхозин сообщил жене о решении остаться за рубежом.")
    assert _fates(ex) == {("Савва Лукич Верхозин", "defected", None)}
    _, ex = run_text("Савва Лукич Верхозин предпочёл остаться за границей.")
    assert _fates(ex) == {("Савва Лукич Верхозин", "defected", None)}
    _, ex = run_text("Савва Лукич Верхозин не решил остаться на Западе.")
    assert _fates(ex) == set()


def _edtf(text: str) -> list[str]:
    return [d.edtf for d in find_dates_ru(text)]


def test_a_day_in_both_styles_is_the_day_printed_first() -> None:
    assert _edtf("родился 10 (23) марта 1889 г. в Вятке") == ["1889-03-10"]
    assert _edtf("25 октября (7 ноября) 1917 г.") == ["1917-10-25"]


def test_a_month_in_roman_numerals() -> None:
    assert _edtf("арестован 14.IV.1938, расстрелян") == ["1938-04-14"]
    assert _edtf("умер 3 XII 1941 г.") == ["1941-12-03"]
    assert _edtf("том IV. 1938") == ["1938"]


def test_a_month_without_a_year_after_v_nachale_takes_the_year_before() -> None:
    text = "21 августа 1937 года договор подписан. Уже в начале октября он был отозван."
    assert _edtf(text) == ["1937-08-21", "1937-10"]
    assert _edtf("В конце мая его отозвали.") == []
    _, ex = run_text("21 августа 1937 года Савва Лукич Верхозин подписал договор. " "Уже в начале октября он был отозван в Москву.")  # fmt: skip
    assert _fates(ex) == {("Савва Лукич Верхозин", "recalled", "1937-10")}


def test_sentenced_by_a_court_to_execution_is_executed_and_a_conviction() -> None:
    _, ex = run_text(
        "Савва Лукич Верхозин был приговорён Военной коллегией к расстрелу 2 сентября 1938 г."
    )
    assert _fates(ex) == {("Савва Лукич Верхозин", "executed", "1938-09-02")}
    assert [(e.type, e.date) for e in ex.events] == [("trial", "1938-09-02")]


def _events(text: str) -> list[tuple[str, str, str | None]]:
    _, ex = run_text(text)
    return [(e.type, e.name, e.date) for e in ex.events]


def test_an_event_takes_the_date_inside_its_phrase() -> None:
    assert _events(
        "Вскоре после установления в марте 1926 г. дипломатических отношений "
        "Савва Лукич Верхозин прибыл в Кабул."
    ) == [("recognition", "establishment of diplomatic relations", "1926-03")]
    # a bare year between the noun and its genitive, with or without "г."
    for year in ("в 1926 г.", "в 1926 году", "в 1926"):
        assert _events(
            f"После восстановления {year} дипломатических отношений Верхозин прибыл в Кабул."
        ) == [("recognition", "establishment of diplomatic relations", "1926")]
    assert _events("На процессе 1937 года над Пятаковым его имя не называлось.") == [
        ("trial", "trial", "1937")
    ]


def test_an_event_named_first_without_a_date_is_the_dated_statement_after_it() -> None:
    assert _events(
        "Убийство в Каунасе. Теракт случился утром 5 июня 1927 года: "
        "выстрелом на вокзале был убит полпред Савва Лукич Верхозин."
    ) == [("assassination", "assassination", "1927-06-05")]


def test_an_assassination_needs_someone_named_after_it() -> None:
    assert _events("В 1920-е годы с убийствами дипломатов сталкивались часто.") == []
    assert _events("Убийство 5 июня 1927 года в Каунасе полпреда Верхозина потрясло всех.") == [
        ("assassination", "assassination", "1927-06-05")
    ]


def test_the_german_attack_is_the_war() -> None:
    assert _events("После нападения Германии дело Саввы Лукича Верхозина прекратили.") == [
        ("war", "German invasion of the USSR", None)
    ]


def _persons(ex: Extraction) -> list[str]:
    return [m.text for m in ex.mentions if m.type == "person"]


def test_a_dictionary_heading_with_foreign_given_names_is_a_person() -> None:
    text = "Куйвала Эйно Юхани (1885—1940) — участник рабочего движения. С 1926 г. — секретарь Исполкома Коминтерна."  # fmt: skip
    _, ex = run_text(text)
    assert _persons(ex) == ["Куйвала Эйно Юхани"]
    assert {role for _, role, *_ in _posts(ex)} == {"secretary"}
    # an organisation's heading with its years is no one
    _, ex = run_text("Коммунистический Интернационал (1919—1943) — международная организация.")
    assert _persons(ex) == []


def test_presidium_and_supreme_soviet_are_bodies_of_a_post() -> None:
    _, ex = run_text(
        "В 1940 г. Савва Лукич Верхозин — председатель Президиума Верховного Совета Карельской АССР."
    )
    assert {c.department for c in ex.claims if c.type == "post"} == {"presidium Supreme Soviet"}


def test_a_year_counted_from_the_last_one_stated() -> None:
    assert _edtf("В 1933 г. он уехал. Через два года его назначили.") == ["1933", "1935"]
    assert _edtf("В 1933 г. он уехал, а в следующем году вернулся.") == ["1933", "1934"]
    assert _edtf("В 1933 г. он уехал. Годом ранее он был в Риге.") == ["1933", "1932"]
    # without a year before it, none
    assert _edtf("Через два года его назначили.") == []
    # forward from a range's last year, back from its first
    assert _edtf("В 1933—1935 гг. он был в Риге. Через два года его назначили.")[-1] == "1937"
    assert _edtf("В 1933—1935 гг. он был в Риге. Годом ранее он служил в Ревеле.")[-1] == "1932"
    _, ex = run_text(
        "В 1933 г. Савва Верхозин стал полпредом в Литве, а в следующем году — полпредом в Эстонии."
    )
    assert ("Савва Верхозин", "polpred", "Estonia", "1934", None) in _posts(ex)


def test_a_seat_on_an_editorial_board_or_a_soviet_is_membership() -> None:
    _, ex = run_text("Савва Верхозин входил в редакцию газеты «Рассвет».")
    assert {(c.role, c.department) for c in ex.claims if c.type == "post"} == {
        ("member", "newspaper")
    }
    _, ex = run_text("В 1918 г. Савва Верхозин был избран в состав Московского Совета.")
    assert _posts(ex) == {("Савва Верхозин", "member", None, "1918", None)}
