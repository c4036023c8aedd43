"""Rules of Russian prose, seventh round (issue 14): constructions read on new texts
gathered for the round — a participle of appointing after a name, further countries
with the term after each place, a commissariat that is not its commissar. Invented
people and sentences."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str, str | None, str | None, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country, c.date_start, c.date_end)
        for c in ex.claims
        if c.type == "post"
    }


def test_a_participle_of_appointing_after_a_name_gives_it_the_role() -> None:
    _, ex = run_text(
        "Коллегия обсудила кандидатуру Гавриила Тюменцева, только что утвержденного "
        "Политбюро полпредом в Финляндии."
    )
    assert _posts(ex) == {("Гавриила Тюменцева", "polpred", "Finland", None, None)}
    _, ex = run_text(
        "Нарком Павел Сомов принял Гавриила Тюменцева, назначенного полпредом в Латвии."
    )
    assert ("Гавриила Тюменцева", "polpred", "Latvia", None, None) in _posts(ex)
    assert all(who != "Павел Сомов" or role != "polpred" for who, role, *_ in _posts(ex))


def test_further_countries_take_the_term_printed_after_each() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев был военно-морским атташе в Норвегии в 1925–1927 гг., "
        "в Испании и Португалии в 1931–1932 гг. и в Японии — 1932–1935 гг."
    )
    assert {(country, a, b) for _, _, country, a, b in _posts(ex)} == {
        ("Norway", "1925", "1927"), ("Spain", "1931", "1932"),
        ("Portugal", "1931", "1932"), ("Japan", "1932", "1935"),
    }  # fmt: skip


def test_further_countries_in_parentheses_keep_their_own_terms() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев был торгпредом в Швеции (1926–1928), в Италии (1933–1934) "
        "и в США (1934–1936)."
    )
    assert {(country, a) for _, _, country, a, _ in _posts(ex)} == {
        ("Sweden", "1926"), ("Italy", "1933"), ("United States", "1934"),
    }  # fmt: skip


def test_a_commissariat_is_not_its_commissar() -> None:
    _, ex = run_text("В 1930 г. Гавриил Тюменцев перешел на работу в Наркомат внешней торговли.")
    assert not any(role == "people's commissar" for _, role, *_ in _posts(ex))
    _, ex = run_text("В 1930 г. Гавриил Тюменцев стал заместителем наркома внешней торговли.")
    assert {role for _, role, *_ in _posts(ex)} == {"deputy commissar"}


def test_a_role_led_by_a_participle_is_one_whatever_the_number_of_its_noun() -> None:
    # "делами" is plural, but "управляющий делами" is one manager
    _, ex = run_text("Гавриил Тюменцев — управляющий делами НКИД.")
    assert _posts(ex) == {("Гавриил Тюменцев", "head of department", None, None, None)}
    _, ex = run_text("Гавриил Тюменцев был назначен управляющим делами НКИД.")
    assert {role for _, role, *_ in _posts(ex)} == {"head of department"}


def test_relieved_from_the_work_of_a_role_states_that_post() -> None:
    _, ex = run_text(
        "Освободить т. Тюменцева Г.А. от работы советника полпредства СССР в Эстонии "
        "в связи с назначением его управляющим делами НКИД."
    )
    assert {(who, role, country) for who, role, country, *_ in _posts(ex)} == {
        ("Тюменцева Г.А.", "counsellor", "Estonia"),
        ("Тюменцева Г.А.", "head of department", None),
    }  # fmt: skip


def test_an_arrest_is_of_the_person_a_long_object_phrase_ends_with() -> None:
    _, ex = run_text(
        "В 1938 году органы НКВД арестовали 55-летнего библиотекаря Военной "
        "академии имени Фрунзе Гавриила Тюменцева."
    )
    fates = {
        (ex.mentions[c.subject].text, c.value, c.date_start) for c in ex.claims if c.type == "fate"
    }
    assert fates == {("Гавриила Тюменцева", "arrested", "1938")}


def test_a_further_country_after_then_repeats_the_role_with_its_own_term() -> None:
    _, ex = run_text("Гавриил Тюменцев — полпред в Дании (1924—1926), затем в Австрии (1926—1929).")
    assert {(country, a, b) for _, _, country, a, b in _posts(ex)} == {
        ("Denmark", "1924", "1926"), ("Austria", "1926", "1929"),
    }  # fmt: skip


def test_he_continues_the_first_person_of_a_sentence_whose_subject_is_no_person() -> None:
    # the sentence before names two, neither in the nominative: "Он" is the first
    _, ex = run_text(
        "Путь Гавриила Тюменцева, друга соратников П. С. Сомова, был обычным. "
        "Он вошел в историю на посту торгпреда в Японии."
    )
    assert {(who, role) for who, role, *_ in _posts(ex)} == {
        ("Гавриила Тюменцева", "trade representative")
    }


def test_roles_listed_after_an_office_noun_are_posts_adjectives_between() -> None:
    _, ex = run_text(
        "Путь Гавриила Тюменцева был обычным. Он вошел в историю на посту первого "
        "советского торгпреда в Японии, заместителя наркома внешней торговли "
        "и позднее члена коллегии НКИД."
    )
    assert {(who, role) for who, role, *_ in _posts(ex)} == {
        ("Гавриила Тюменцева", "trade representative"),
        ("Гавриила Тюменцева", "deputy commissar"),
        ("Гавриила Тюменцева", "collegium member"),
    }  # fmt: skip


def test_who_heads_a_trade_mission_or_a_consulate_abroad_is_its_head() -> None:
    roles = {}
    for text in (
        "В 1926 г. Гавриил Тюменцев возглавил торгпредство СССР в Италии.",
        "В 1926 г. Гавриил Тюменцев возглавлял консульство СССР в Гамбурге.",
        "В 1926 г. Гавриил Тюменцев руководил полпредством СССР в Италии.",
    ):
        _, ex = run_text(text)
        roles[text.split()[6]] = {(role, country) for _, role, country, *_ in _posts(ex)}
    assert roles == {
        "торгпредство": {("trade representative", "Italy")},
        "консульство": {("consul", "Germany")},
        "полпредством": {("polpred", "Italy")},
    }


def test_two_dates_of_a_day_joined_by_a_dash_are_one_term() -> None:
    from narkomindel.extract.ru.dates import find_dates_ru

    def edtf(text: str) -> list[str]:
        return [d.edtf for d in find_dates_ru(text)]

    # not "25 — 6 февраля 1927": the day range must not take a year's last digits
    assert edtf("3 ноября 1925 — 6 февраля 1927") == ["1925-11-03/1927-02-06"]
    assert edtf("с 12 марта 1925 г. — 3 июля 1927 г.") == ["1925-03-12/1927-07-03"]
    assert edtf("1—3 марта 1925 г.") == ["1925-03-01/1925-03-03"]
    # a year and a day are no term of one precision: left apart
    assert edtf("В 1925 г. — 6 февраля 1927 г.") == ["1925", "1927-02-06"]


def test_an_infobox_term_dates_the_post_above_it() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев\nПолномочный представитель СССР в Латвии\n"
        "3 ноября 1925 — 6 февраля 1927\nПредшественник Павел Сомов\n\n"
        "Гавриил Тюменцев (1890 — 1938) — советский дипломат."
    )
    assert ("Гавриил Тюменцев", "polpred", "Latvia", "1925-11-03", "1927-02-06") in _posts(ex)


def test_the_subject_after_a_verb_of_heading_holds_what_comes_before_it() -> None:
    _, ex = run_text("Посольство в Лондоне возглавлял тогда Гавриил Тюменцев.")
    assert _posts(ex) == {("Гавриил Тюменцев", "polpred", "United Kingdom", None, None)}
    _, ex = run_text("Отдел печати возглавлял Гавриил Тюменцев.")
    assert {(who, role) for who, role, *_ in _posts(ex)} == {
        ("Гавриил Тюменцев", "head of department")
    }


def test_who_replaced_holds_the_post_and_the_one_replaced_held_it_until_then() -> None:
    for text in (
        "В 1927 г. Никифор Пахомов сменил на посту полпреда в Латвии Гавриила Тюменцева.",
        "В 1927 г. Никифор Пахомов сменил Гавриила Тюменцева на посту полпреда в Латвии.",
    ):
        _, ex = run_text(text)
        assert _posts(ex) == {
            ("Никифор Пахомов", "polpred", "Latvia", "1927", None),
            ("Гавриила Тюменцева", "polpred", "Latvia", None, "1927"),
        }, text


def test_an_infinitive_of_heading_is_a_post_unless_it_is_only_proposed() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев родился в Киеве. В 1925 г. ему поручили возглавить полпредство в Латвии."
    )
    assert _posts(ex) == {("Гавриил Тюменцев", "polpred", "Latvia", "1925", None)}
    _, ex = run_text(
        "Гавриил Тюменцев родился в Киеве. В 1925 г. ему предложили возглавить полпредство в Латвии."
    )
    assert _posts(ex) == set()


def test_a_dash_after_a_copula_opens_the_places_of_the_role() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев родился в Киеве. Военным атташе он был дважды — "
        "в Афганистане (1921–1922 гг.) и в Китае (1925–1928 гг.)."
    )
    assert {(country, a, b) for _, _, country, a, b in _posts(ex)} == {
        ("Afghanistan", "1921", "1922"), ("China", "1925", "1928"),
    }  # fmt: skip


def test_a_footnote_call_printed_twice_ends_the_sentence_before_the_note() -> None:
    from narkomindel.extract.ru.sentences import sentence_spans_ru

    text = "Полпред Гавриил Тюменцев[15]15 Тюменцев Г.А. (1887–1955) – член партии с 1903 г."
    assert [text[s:e] for s, e in sentence_spans_ru(text)] == [
        "Полпред Гавриил Тюменцев[15]15",
        "Тюменцев Г.А. (1887–1955) – член партии с 1903 г.",
    ]
    # a citation printed once goes on
    text = "Полпред Гавриил Тюменцев[15] Сомов писал о нём."
    assert len(sentence_spans_ru(text)) == 1


def test_a_death_sentence_with_its_date_between_is_dated_by_it() -> None:
    for text in (
        "Гавриил Тюменцев был арестован. Приговорен 20 августа 1937 г. к расстрелу.",
        "Гавриил Тюменцев был арестован. Приговорен ВКВС СССР 20.08.1937 к ВМН.",
    ):
        _, ex = run_text(text)
        fates = {(c.value, c.date_start) for c in ex.claims if c.type == "fate"}
        assert ("executed", "1937-08-20") in fates, text


def test_a_post_held_at_the_same_time_is_in_the_country_of_the_one_before() -> None:
    _, ex = run_text(
        "В 1923 г. Гавриил Тюменцев был назначен консулом СССР в Кенигсберг, "
        "одновременно являлся резидентом ИНО ОГПУ."
    )
    assert {(role, country) for _, role, country, *_ in _posts(ex)} == {
        ("consul", "Germany"), ("intelligence resident", "Germany"),
    }  # fmt: skip
    # a post at home held at the same time takes no country
    _, ex = run_text(
        "В 1923 г. Гавриил Тюменцев был назначен консулом СССР в Кенигсберг, "
        "одновременно он был членом коллегии НКИД."
    )
    assert ("collegium member", None) in {(role, country) for _, role, country, *_ in _posts(ex)}
