"""Rules of Russian prose, fifth round (issue 14): rules meant to carry to unseen
texts, the country of a post held abroad read from its sentence or the one before,
and places abroad by class (consulate cities, further states). Invented people and
sentences."""

from __future__ import annotations

from narkomindel.extract.ru.context import place_in
from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return {(ex.mentions[c.subject].text, c.role, c.country) for c in ex.claims if c.type == "post"}


def test_a_post_abroad_takes_the_one_country_its_sentence_names_after_it() -> None:
    _, ex = run_text("В 1931 г. полпред Гавриил Тюменцев вручил в Риге верительные грамоты.")
    assert _posts(ex) == {("Гавриил Тюменцев", "polpred", "Latvia")}


def test_a_post_abroad_takes_the_one_country_of_the_sentence_before() -> None:
    _, ex = run_text(
        "Осенью 1929 г. Гавриил Тюменцев выехал в Стокгольм. Там он был советником полпредства."
    )
    assert _posts(ex) == {("Гавриил Тюменцев", "counsellor", "Sweden")}


def test_two_places_abroad_give_no_country() -> None:
    _, ex = run_text("В 1931 г. полпред Гавриил Тюменцев побывал в Риге и в Таллине проездом.")
    assert _posts(ex) == {("Гавриил Тюменцев", "polpred", None)}
    # nor does the sentence before when its own sentence names two
    _, ex = run_text(
        "Гавриил Тюменцев выехал в Стокгольм. Советником он был и в Риге, и в Таллине."
    )
    assert all(country is None for *_, country in _posts(ex))


def test_a_role_at_home_takes_no_country_from_the_sentence_before() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев выехал в Стокгольм. В 1930 г. он стал заведующим отделом печати НКИД."
    )
    assert {country for *_, country in _posts(ex)} == {None}


def test_consulate_cities_and_further_states_are_places_abroad() -> None:
    assert [place_in(w) for w in ("Гамбурге", "Кёнигсберге", "Милане", "Решт", "Урге")] == [
        "Germany", "Germany", "Italy", "Persia", "Mongolia",
    ]  # fmt: skip
    assert [place_in(w) for w in ("Египте", "Мехико", "Сирии", "Бухаре")] == [
        "Egypt", "Mexico", "Syria", "Bukhara",
    ]  # fmt: skip
    # a surname or a given name that begins like a city is no place
    assert place_in("Бухарин") is None
    assert place_in("Милан") is None


def test_one_who_heads_a_commissariat_as_a_whole_is_its_commissar() -> None:
    _, ex = run_text("В 1925 г. Гавриил Тюменцев возглавлял Наркомпрос.")
    assert _posts(ex) == {("Гавриил Тюменцев", "people's commissar", None)}
    _, ex = run_text("Гавриил Тюменцев руководил Наркоматом иностранных дел до 1930 г.")
    assert _posts(ex) == {("Гавриил Тюменцев", "people's commissar", None)}
    # a part of one has its head of department
    _, ex = run_text("Гавриил Тюменцев возглавлял отдел печати НКИД.")
    assert _posts(ex) == {("Гавриил Тюменцев", "head of department", None)}


def test_a_diplomatic_representative_abroad_is_a_head_of_mission() -> None:
    _, ex = run_text("В 1921 г. Гавриил Тюменцев — дипломатический представитель РСФСР в Эстонии.")
    assert _posts(ex) == {("Гавриил Тюменцев", "polpred", "Estonia")}


def test_a_role_there_takes_the_place_of_the_post_before() -> None:
    _, ex = run_text("В 1927 г. Гавриил Тюменцев работал в редакции газеты. Там же был секретарём.")
    assert {(role, country) for _, role, country in _posts(ex)} == {
        ("staff member", None), ("secretary", None),
    }  # fmt: skip
    departments = {c.department for c in ex.claims if c.type == "post"}
    assert departments == {"editorial office newspaper"}
    # without "там", a secretary of nothing named is no post
    _, ex = run_text("В 1927 г. Гавриил Тюменцев работал в редакции газеты. Был секретарём.")
    assert {role for _, role, _ in _posts(ex)} == {"staff member"}


def _terms(ex: Extraction) -> set[tuple[str, str | None, str | None]]:
    return {(c.role or "", c.date_start, c.date_end) for c in ex.claims if c.type == "post"}


def test_a_season_after_do_or_s_ends_or_starts_a_term() -> None:
    _, ex = run_text("Гавриил Тюменцев был полпредом в Латвии до осени 1930 г.")
    assert _terms(ex) == {("polpred", None, "1930")}
    _, ex = run_text("С весны 1925 г. по осень 1927 г. Гавриил Тюменцев был полпредом в Латвии.")
    assert _terms(ex) == {("polpred", "1925", "1927")}


def test_a_post_left_ends_at_its_date() -> None:
    _, ex = run_text("В 1937 г. Гавриил Тюменцев отозван с поста полпреда в Латвии.")
    assert _terms(ex) == {("polpred", None, "1937")}
    _, ex = run_text("В 1937 г. Гавриил Тюменцев освобождён от должности полпреда в Латвии.")
    assert _terms(ex) == {("polpred", None, "1937")}
    # a post taken starts at it
    _, ex = run_text("В 1935 г. Гавриил Тюменцев назначен на пост полпреда в Латвии.")
    assert _terms(ex) == {("polpred", "1935", None)}


def _fates(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(ex.mentions[c.subject].text, c.value) for c in ex.claims if c.type == "fate"}


def test_further_fate_phrases_of_death_survival_and_asylum() -> None:
    _, ex = run_text("Гавриил Тюменцев похоронен на Введенском кладбище.")
    assert _fates(ex) == {("Гавриил Тюменцев", "died")}
    _, ex = run_text("Римма Тюменцева ушла из жизни в 1961 г.")
    assert _fates(ex) == {("Римма Тюменцева", "died")}
    _, ex = run_text("Гавриил Тюменцев дожил до глубокой старости, был персональным пенсионером.")
    assert {value for _, value in _fates(ex)} == {"survived"}
    _, ex = run_text("В 1930 г. Гавриил Тюменцев получил политическое убежище во Франции.")
    assert _fates(ex) == {("Гавриил Тюменцев", "defected")}
    # the escape of a revolutionary from exile is no defection
    _, ex = run_text("В 1910 г. Гавриил Тюменцев сбежал из ссылки.")
    assert not _fates(ex)


def test_further_office_nouns_by_class() -> None:
    _, ex = run_text("В 1926 г. Гавриил Тюменцев — замторгпреда СССР в Германии.")
    assert _posts(ex) == {("Гавриил Тюменцев", "deputy trade representative", "Germany")}
    _, ex = run_text("Гавриил Тюменцев — пресс-атташе полпредства в Финляндии.")
    assert _posts(ex) == {("Гавриил Тюменцев", "attaché", "Finland")}
    _, ex = run_text("В 1931 г. Гавриил Тюменцев — шифровальщик полпредства в Турции.")
    assert _posts(ex) == {("Гавриил Тюменцев", "staff member", "Turkey")}


def test_an_office_of_a_state_takes_the_one_state_its_sentence_names() -> None:
    _, ex = run_text(
        "В 1934 г. Гавриил Тюменцев прибыл в Ригу. Его принял президент Карлис Ванагс."
    )
    assert ("Карлис Ванагс", "president", "Latvia") in _posts(ex)


def test_the_holder_after_a_copula_past_a_term_and_further_copulas() -> None:
    _, ex = run_text(
        "Поверенным в делах СССР в Германии в 1937—1938 гг. оставался Гавриил Тюменцев."
    )
    assert _posts(ex) == {("Гавриил Тюменцев", "chargé d'affaires", "Germany")}
    _, ex = run_text("Полпредом в Японии в 1936 г. был назначен Гавриил Тюменцев.")
    assert _posts(ex) == {("Гавриил Тюменцев", "polpred", "Japan")}


def test_a_fate_noun_after_a_possessive_is_the_pronouns_persons() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев был полпредом в Латвии. После его ареста в 1937 г. полпредство закрыли."
    )
    assert {(c.value, c.date_start) for c in ex.claims if c.type == "fate"} == {
        ("arrested", "1937")
    }
    assert _fates(ex) == {("Гавриил Тюменцев", "arrested")}
    _, ex = run_text(
        "Гавриил Тюменцев дружил с Риммой Тюменцевой. Её арест в 1938 г. никого не удивил."
    )
    assert _fates(ex) == {("Риммой Тюменцевой", "arrested")}
