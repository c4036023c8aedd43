"""Dictionary entries: a heading surname in capitals, the heading person as the
subject of the entry's subject-less sentences, a post's date in parentheses."""

from __future__ import annotations

from tests.extract.ru.sample import run_text

_ENTRIES = (
    "ПЕРЕСВЕТОВ Гурий Елисеевич (1891—1938) — советский дипломат. В 1933—1937 гг. — "
    "полпред СССР в Литве.\n\n"
    "ЗАБЕЛИНА Агния Петровна (1898—1942) — секретарь полпредства СССР в Дании "
    "(1930—1935). Арестована в 1938 г.\n\n"
    "Скобелкин Ермолай Фомич был назначен консулом СССР в Харбине. В 1938 г. "
    "отказался вернуться в СССР."
)


def test_capitalised_heading_surname_is_part_of_the_name() -> None:
    _, ex = run_text(_ENTRIES)
    persons = {m.text: m.attrs.get("surname") for m in ex.mentions if m.type == "person"}
    assert persons.get("ПЕРЕСВЕТОВ Гурий Елисеевич") == "Пересветов"
    assert "ЗАБЕЛИНА Агния Петровна" in persons


def test_heading_person_is_the_subject_of_their_paragraph() -> None:
    _, ex = run_text(_ENTRIES)
    fates = {(ex.mentions[c.subject].text, c.value) for c in ex.claims if c.type == "fate"}
    assert ("Скобелкин Ермолай Фомич", "defected") in fates
    assert ("ЗАБЕЛИНА Агния Петровна", "arrested") in fates


def test_post_dated_in_parentheses_after_it_not_by_the_life_dates() -> None:
    _, ex = run_text(_ENTRIES)
    posts = {(c.role, c.country, c.date_start, c.date_end) for c in ex.claims if c.type == "post"}
    assert ("secretary", "Denmark", "1930", "1935") in posts
    assert ("polpred", "Lithuania", "1933", "1937") in posts


def test_a_plural_fate_is_said_of_every_person_listed() -> None:
    _, ex = run_text(
        "В 1937 г. были арестованы и расстреляны полпреды Синеоков, Жарновский и Пеночкин."
    )
    executed = {ex.mentions[c.subject].text for c in ex.claims if c.value == "executed"}
    assert executed == {"Синеоков", "Жарновский", "Пеночкин"}


def test_an_impersonal_plural_verb_is_not_a_list() -> None:
    _, ex = run_text("Пеночкин встретил Брыкина. Его арестовали в 1938 г.")
    arrested = [ex.mentions[c.subject].text for c in ex.claims if c.value == "arrested"]
    assert len(arrested) == 1


def test_fates_of_entries_beyond_the_plain_participles() -> None:
    _, ex = run_text(
        "Поливанов Харитон Саввич в 1936 г. эмигрировал.\n\nСинеоков Гурий Елисеевич вызван в "
        "Москву. Приговор приведён в исполнение 2 марта 1939 г.\n\nЖарновский провёл 8 лет в "
        "лагерях."
    )
    fates = {
        (ex.mentions[c.subject].text.split()[0], c.value) for c in ex.claims if c.type == "fate"
    }
    assert {("Поливанов", "defected"), ("Синеоков", "recalled"), ("Синеоков", "executed"),
            ("Жарновский", "imprisoned")} <= fates  # fmt: skip


def test_party_army_and_press_posts_with_their_bodies() -> None:
    _, ex = run_text(
        "Пеночкин Ермолай Фомич (1893—1939). В 1918—1920 гг. — член Реввоенсовета 9-й армии. "
        "В 1924—1926 гг. — военный атташе при полпредстве СССР в Японии. В 1926—1928 гг. "
        "работал корреспондентом ТАСС в Лондоне. В 1928—1930 гг. — первый секретарь обкома "
        "ВКП(б). Был сотрудником ОГПУ."
    )
    posts = {(c.role, c.country, c.department) for c in ex.claims if c.type == "post"}
    assert ("military attaché", "Japan", None) in posts
    assert ("correspondent", "United Kingdom", "TASS") in posts
    assert ("first secretary", None, "regional party committee VKP(b)") in posts
    assert ("security officer", None, "OGPU") in posts
    assert any(r == "member" and "Revolutionary Military Council" in (d or "") for r, _, d in posts)


def test_chargé_d_affaires_is_one_post_though_affairs_is_plural() -> None:
    _, ex = run_text("Андрей Фролович Кукушкин стал поверенным в делах СССР в Швеции.")
    posts = [(c.role, c.country) for c in ex.claims if c.type == "post"]
    assert posts == [("chargé d'affaires", "Sweden")]


def test_he_of_a_sentence_is_the_one_named_before_it_in_any_case() -> None:
    _, ex = run_text(
        "Синеоков встретился с наркомом Тимохиным. Через год Пеночкина отозвали в Москву; "
        "вскоре он был арестован."
    )
    arrested = [ex.mentions[c.subject].text for c in ex.claims if c.value == "arrested"]
    assert arrested == ["Пеночкина"]


def test_posts_said_by_verbs_and_a_mission_country_named_before_the_role() -> None:
    _, ex = run_text(
        "Осенью 1936 г. в Берлин прибыл новый полпред Ж. Р. Скворцевич. Кукушкин работал в "
        "торгпредстве. Позднее он руководил отделом печати НКИД и редактировал журнал. "
        "Пеночкин работал заведующим отделом печати НКИД."
    )
    posts = {(ex.mentions[c.subject].text, c.role, c.country, c.department)
             for c in ex.claims if c.type == "post"}  # fmt: skip
    assert ("Ж. Р. Скворцевич", "polpred", "Germany", None) in posts
    assert ("Кукушкин", "staff member", None, "trade mission") in posts
    assert ("Кукушкин", "head of department", None, "press foreign affairs") in posts
    assert ("Кукушкин", "editor", None, "journal") in posts
    assert not any(who == "Пеночкин" and role == "staff member" for who, role, _, _ in posts)


def test_fate_nouns_are_of_the_person_named_after_them() -> None:
    _, ex = run_text(
        "После ареста полпреда Синеокова его место занял Пеночкин. Смерть Тулупова "
        "изменила всё. Арест произвёл Жарновский."
    )
    fates = {(ex.mentions[c.subject].text, c.value) for c in ex.claims if c.type == "fate"}
    assert ("Синеокова", "arrested") in fates and ("Тулупова", "died") in fates
    assert not any(who in ("Пеночкин", "Жарновский") for who, _ in fates)


def test_the_predecessor_replaced_held_the_same_post_until_then() -> None:
    _, ex = run_text(
        "В 1936 г. Константин Синеоков на посту полпреда СССР в США заменил Тимофея Пеночкина."
    )
    posts = {(ex.mentions[c.subject].text, c.role, c.country, c.date_start, c.date_end)
             for c in ex.claims if c.type == "post"}  # fmt: skip
    assert posts == {
        ("Константин Синеоков", "polpred", "United States", "1936", None),
        ("Тимофея Пеночкина", "polpred", "United States", None, "1936"),
    }


def test_birth_years_and_life_spans_do_not_date_posts() -> None:
    _, ex = run_text(
        "ЗАБЕЛИНА Агния Петровна (1898—1942) — секретарь полпредства СССР в Дании.\n\n"
        "Пеночкин Ермолай Фомич, 1890 г. р., полпред СССР в Литве."
    )
    terms = {(c.country, c.date_start, c.date_end) for c in ex.claims if c.type == "post"}
    assert terms == {("Denmark", None, None), ("Lithuania", None, None)}


def test_a_camp_is_custody_and_a_woman_s_verb_is_not_of_a_man_named_after_it() -> None:
    _, ex = run_text("Синеокова Агния Петровна арестована в 1938 г.\n\nУмерла в Карлаге в 1942 г.")
    fates = {(ex.mentions[c.subject].text, c.value) for c in ex.claims if c.type == "fate"}
    assert ("Синеокова Агния Петровна", "died in custody") in fates
    assert all(who == "Синеокова Агния Петровна" for who, _ in fates)


def test_a_role_in_a_list_of_countries_is_a_post_in_each() -> None:
    _, ex = run_text(
        "Синеоков Гурий Елисеевич — полпред СССР в Латвии (1921—1923), Эстонии (1923—1925) "
        "и Литве (1925—1927). Был полпредом в Финляндии, Москва его отозвала."
    )
    posts = {(c.country, c.date_start, c.date_end) for c in ex.claims if c.type == "post"}
    assert posts == {
        ("Latvia", "1921", "1923"), ("Estonia", "1923", "1925"), ("Lithuania", "1925", "1927"),
        ("Finland", None, None),
    }  # fmt: skip


def test_the_person_named_right_before_a_role_in_the_instrumental_is_made_it() -> None:
    _, ex = run_text(
        "Синеоков встретился с Тимохиным. В 1934 г. Политбюро утвердило Пеночкина полпредом в "
        "Литве."
    )
    posts = {(ex.mentions[c.subject].text, c.role, c.country, c.date_start)
             for c in ex.claims if c.type == "post"}  # fmt: skip
    assert posts == {("Пеночкина", "polpred", "Lithuania", "1934")}
