"""Rules of Russian biographical prose (issue 14, third round): terms "с … по …",
roles sharing a complement, holders named after a title or a copula, offices of a
state with a country in the genitive, foreign envoys in Moscow. Invented people."""

from __future__ import annotations

from narkomindel.extract.ru.dates import find_dates_ru
from narkomindel.model import Claim, Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str | None, str | None, str | None, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country, c.date_start, c.date_end)
        for c in ex.claims
        if c.type == "post"
    }


def _fates(ex: Extraction) -> list[tuple[str, Claim]]:
    return [(ex.mentions[c.subject].text, c) for c in ex.claims if c.type == "fate"]


def test_a_term_from_one_day_to_another_and_an_open_end() -> None:
    (term,) = find_dates_ru("С 12 мая 1935 г. по 3 июня 1937 г. торгпред")
    assert (term.edtf, term.text) == ("1935-05-12/1937-06-03", "С 12 мая 1935 г. по 3 июня 1937 г.")
    (until,) = find_dates_ru("посол (до 24 февраля 1948 г.)")
    assert until.edtf == "../1948-02-24"
    (since,) = find_dates_ru("со 2 марта 1930 г. советник")
    assert since.edtf == "1930-03-02/.."
    (plain,) = find_dates_ru("в 1937 г. отозван")
    assert plain.edtf == "1937"


def test_a_post_takes_the_term_from_day_to_day_and_the_end_after_it() -> None:
    _, ex = run_text(
        "Глеб Пахомов с 12 мая 1935 г. по 3 июня 1937 г. был торгпредом в Италии. "
        "Затем полпред в Греции (до 24 февраля 1939 г.)."
    )
    posts = _posts(ex)
    assert ("Глеб Пахомов", "trade representative", "Italy", "1935-05-12", "1937-06-03") in posts
    assert ("Глеб Пахомов", "polpred", "Greece", None, "1939-02-24") in posts


def test_roles_listed_before_one_complement_share_it() -> None:
    _, ex = run_text(
        "Аркадий Верещак в 1922—1924 гг. — советник, первый секретарь полпредства РСФСР "
        "в Эстонии. В 1934 г. советник-посланник посольства в Японии."
    )
    posts = _posts(ex)
    assert ("Аркадий Верещак", "counsellor", "Estonia", "1922", "1924") in posts
    assert ("Аркадий Верещак", "first secretary", "Estonia", "1922", "1924") in posts
    assert ("Аркадий Верещак", "counsellor", "Japan", "1934", None) in posts
    # a compound of a role and a word that is none is no compound role
    _, ex = run_text("Аркадий Верещак — первый советский посол-эстонец.")
    assert not _posts(ex)


def test_the_holder_named_after_a_title_or_a_copula() -> None:
    _, ex = run_text(
        "Глеб Пахомов вернулся в Москву. Решено назначить полпредом в Латвии т. Ф. С. Курбатова. "
        "Полпредом в Японии тогда был Аркадий Верещак."
    )
    holders = {(who, country) for who, _, country, _, _ in _posts(ex)}
    assert holders == {("Ф. С. Курбатова", "Latvia"), ("Аркадий Верещак", "Japan")}


def test_a_role_s_complement_ends_at_its_holder_s_name() -> None:
    _, ex = run_text(
        "Глеб Пахомов уехал. Осенью 1936 г. новый полпред Тимофей Ржанов прибыл в Ригу."
    )
    # the complement ends at the name; the one place abroad of the sentence is where
    # the new polpred holds his post (fifth round: the country of a post abroad)
    assert _posts(ex) == {("Тимофей Ржанов", "polpred", "Latvia", "1936", None)}


def test_an_office_of_a_state_takes_its_country_in_the_genitive_and_envoys_in_moscow() -> None:
    _, ex = run_text(
        "Глеб Пахомов принял президента Латвии Карлиса Ванагса. "
        "Германский посол в Москве Вальтер Штокмар был у него в тот же день."
    )
    posts = {(who, role, country) for who, role, country, _, _ in _posts(ex)}
    assert ("Карлиса Ванагса", "president", "Latvia") in posts
    assert ("Вальтер Штокмар", "ambassador", "USSR") in posts
    # a Soviet envoy's "в Москве" is no country of his post
    _, ex = run_text("Советский посол Тимофей Ржанов был вызван в Москву.")
    assert {country for _, _, country, _, _ in _posts(ex)} == {None}


def test_a_fate_done_to_someone_is_of_its_object() -> None:
    _, ex = run_text(
        "Тимофей Ржанов долго работал в Берлине. В 1937 г. Глеба Пахомова арестовали. "
        "Военная коллегия приговорила его к высшей мере наказания."
    )
    fates = {(who, c.value, c.date_start) for who, c in _fates(ex)}
    assert fates == {("Глеба Пахомова", "arrested", "1937"), ("Глеба Пахомова", "executed", None)}


def test_the_object_named_right_after_a_plural_verb() -> None:
    _, ex = run_text("Аркадий Верещак вернулся в Москву. В 1938 г. расстреляли Глеба Пахомова.")
    assert [(who, c.value) for who, c in _fates(ex)] == [("Глеба Пахомова", "executed")]


def test_release_from_a_camp_is_survival() -> None:
    _, ex = run_text("Глеб Пахомов был арестован в 1938 г. В 1946 г. освобождён из лагеря.")
    fates = {(c.value, c.date_start) for _, c in _fates(ex)}
    assert fates == {("arrested", "1938"), ("survived", "1946")}


def test_a_former_post_is_a_post_and_a_negated_one_is_not() -> None:
    _, ex = run_text("Бывший полпред в Японии Аркадий Верещак не был послом в Китае.")
    assert {(who, role, country) for who, role, country, _, _ in _posts(ex)} == {
        ("Аркадий Верещак", "polpred", "Japan")
    }


def test_a_sentence_at_the_same_time_takes_the_date_before_it() -> None:
    _, ex = run_text(
        "Глеб Пахомов 20 августа 1938 г. приговорён к расстрелу. В тот же день расстрелян. "
        "В 1925 г. он был торгпредом в Италии. Одновременно — советник полпредства в Италии."
    )
    fates = {(c.value, c.date_start) for _, c in _fates(ex)}
    assert ("executed", "1938-08-20") in fates
    posts = {(role, start) for _, role, _, start, _ in _posts(ex)}
    assert posts == {("trade representative", "1925"), ("counsellor", "1925")}
    # a sentence that does not say so takes no date from the one before
    _, ex = run_text("Глеб Пахомов в 1925 г. был торгпредом в Италии. Позже — советник в Греции.")
    assert ("counsellor", None) in {(role, start) for _, role, _, start, _ in _posts(ex)}


def test_and_between_two_nouns_of_one_case_does_not_end_the_complement() -> None:
    _, ex = run_text(
        "В 1931 г. Глеб Пахомов — заведующий отделом пропаганды и агитации обкома партии."
    )
    (post,) = [c for c in ex.claims if c.type == "post"]
    assert post.role == "head of department"
    assert post.department is not None and "regional party committee" in post.department
    assert "propaganda" in post.department


def test_the_one_who_replaced_him_is_the_successor() -> None:
    _, ex = run_text(
        "Глеб Пахомов был торгпредом СССР в Эстонии около года "
        "(в октябре 1933 г. его сменил Аркадий Верещак)."
    )
    posts = _posts(ex)
    assert ("Аркадий Верещак", "trade representative", "Estonia", "1933-10", None) in posts
    assert {who for who, *_ in posts} == {"Глеб Пахомов", "Аркадий Верещак"}


def test_a_foreign_mission_s_counsellor_named_with_initials_and_a_particle() -> None:
    _, ex = run_text(
        "3 октября 1936 г. советник германского посольства в Москве В. фон Штокмар "
        "докладывал в Берлин. В тот же месяц германский посол в Москве Ф. фон Ранцау уехал."
    )
    posts = {(who, role, country) for who, role, country, _, _ in _posts(ex)}
    assert posts == {("Штокмар", "counsellor", "USSR"), ("Ранцау", "ambassador", "USSR")}


def test_his_successor_named_in_the_next_sentence() -> None:
    _, ex = run_text(
        "В те годы полпредом в Греции был Глеб Пахомов. Затем его в 1934 году сменил "
        "Аркадий Верещак."
    )
    assert ("Аркадий Верещак", "polpred", "Greece", "1934", None) in _posts(ex)


def test_fate_participles_as_adjectives_and_among_the_repressed() -> None:
    _, ex = run_text(
        "Тимофей Ржанов вспоминал Берлин. Дело арестованного полпреда Глеба Пахомова "
        "закрыли. Дело расстрелянного в 1938 г. Аркадия Верещака пересмотрели. "
        "Олег Брыкин оказался в числе репрессированных дипломатов."
    )
    fates = {(who, c.value) for who, c in _fates(ex)}
    assert ("Глеба Пахомова", "arrested") in fates
    assert ("Аркадия Верещака", "executed") in fates
    assert ("Олег Брыкин", "purged") in fates
    assert not any(who == "Тимофей Ржанов" for who, _ in fates)


def test_narrative_sentences_of_many_diplomats() -> None:
    _, ex = run_text(
        "Например, советский посол в Монголии Брыкин был расстрелян в июне 1937 года. "
        "Ржанов и Пахомов были заместителями наркома иностранных дел. На суде звучали "
        "обвинения против посла в Японии Юренкова и посла в Китае Сватенко. Начальником "
        "отдела кадров был назначен видный чекист Олег Верещак."
    )
    posts = {(who, role, country) for who, role, country, _, _ in _posts(ex)}
    assert ("Брыкин", "ambassador", "Mongolia") in posts
    assert {("Ржанов", "deputy commissar", None), ("Пахомов", "deputy commissar", None)} <= posts
    assert ("Юренкова", "ambassador", "Japan") in posts
    assert ("Сватенко", "ambassador", "China") in posts
    assert ("Олег Верещак", "head of department", None) in posts
    assert [(who, c.value, c.date_start) for who, c in _fates(ex)] == [
        ("Брыкин", "executed", "1937-06")
    ]


def test_a_sentence_naming_a_possible_subject_is_not_about_the_topic() -> None:
    _, ex = run_text(
        "Глеб Пахомов жил тогда в Москве. Глеб Пахомов много писал. "
        "Послом во Франции, по словам Ржанова, мог стать Олег Брыкин."
    )
    assert not any(who.startswith("Глеб") for who, *_ in _posts(ex))
    # a sentence naming nobody who can be its subject still is
    _, ex = run_text(
        "Глеб Пахомов жил тогда в Москве. В 1921 г. по предложению Ржановского стал "
        "комиссаром бронесил РККА."
    )
    assert {who for who, *_ in _posts(ex)} == {"Глеб Пахомов"}


def test_a_fate_in_a_sentence_naming_another_possible_subject_is_not_the_topic_s() -> None:
    _, ex = run_text(
        "Глеб Пахомов жил тогда в Москве. Глеб Пахомов много писал. "
        "Вскоре был арестован один из сотрудников советской миссии, о чём писал Олег Брыкин."
    )
    assert not any(who.startswith("Глеб") for who, _ in _fates(ex))
    _, ex = run_text("Глеб Пахомов жил тогда в Москве. Вскоре он был арестован.")
    assert [who for who, _ in _fates(ex)] == ["Глеб Пахомов"]


def test_a_day_and_month_without_a_year_take_the_year_before() -> None:
    dates = find_dates_ru("В 1937 г. его отозвали, а 27 октября арестовали; в ноябре судили.")
    assert [(d.edtf, d.relative) for d in dates] == [
        ("1937", False),
        ("1937-10-27", True),
        ("1937-11", True),
    ]
    assert not find_dates_ru("27 октября его арестовали.")  # no year before: no date
    _, ex = run_text("Глеб Пахомов в 1937 г. был отозван, а 27 октября арестован.")
    assert {(c.value, c.date_start) for _, c in _fates(ex)} == {
        ("recalled", "1937"),
        ("arrested", "1937-10-27"),
    }


def test_a_role_after_a_participle_is_of_the_one_named_after_it() -> None:
    _, ex = run_text(
        "Глеб Пахомов жил тогда в Москве. Работавший в то время советником полпредства "
        "в Германии Олег Брыкин прислал письмо."
    )
    assert _posts(ex) == {("Олег Брыкин", "counsellor", "Germany", None, None)}


def test_the_name_after_a_role_in_the_genitive_is_that_role_s_holder() -> None:
    _, ex = run_text(
        "Глеб Пахомов окончил школу. В 1946 г. работал помощником заместителя наркома "
        "иностранных дел Аркадия Верещака. Беседа с полпредом велась не Ржановым."
    )
    assert not any(who.startswith("Аркадия") for who, *_ in _posts(ex))
    assert not any(who == "Ржановым" for who, *_ in _posts(ex))


def test_sentences_camps_dismissals_and_suicides_in_other_words() -> None:
    _, ex = run_text(
        "Глеб Пахомов в 1937 г. был освобождён от обязанностей полпреда. В 1938 г. "
        "он получил восемь лет лагерей и был отправлен в лагерь. В 1941 г. он выбросился из окна."
    )
    assert {c.value for _, c in _fates(ex)} == {"dismissed", "sentenced", "imprisoned", "suicide"}


def test_offices_of_the_commissariat_before_full_names() -> None:
    _, ex = run_text(
        "Его сопровождали генеральный секретарь Наркоминдела Иван Анатольевич Брыкин и "
        "заведующий отделом печати Наркоминдела Олег Петрович Верещак."
    )
    persons = [m.text for m in ex.mentions if m.type == "person"]
    assert persons == ["Иван Анатольевич Брыкин", "Олег Петрович Верещак"]
    assert {(who, role) for who, role, *_ in _posts(ex)} == {
        ("Иван Анатольевич Брыкин", "general secretary"),
        ("Олег Петрович Верещак", "head of department"),
    }


def test_the_narrator_s_post_is_nobody_s_named() -> None:
    _, ex = run_text(
        "25 мая приказом Г. Е. Пахомова я был зачислен на должность консультанта отдела НКИД."
    )
    assert not _posts(ex)


def test_an_ambassador_to_governments_takes_their_countries() -> None:
    _, ex = run_text("Глеб Пахомов — посол при правительствах Греции и Югославии (1943).")
    countries = {country for _, role, country, _, _ in _posts(ex) if role == "ambassador"}
    assert countries == {"Greece", "Yugoslavia"}


def test_a_fate_takes_the_date_after_it_in_its_clause_over_one_before() -> None:
    _, ex = run_text(
        "Глеб Пахомов в 1937 г. вернулся в Москву и был арестован органами НКВД "
        "3 ноября 1937 г. В 1936 г. его отозвали, и расстрелян он был 10 января 1938 г."
    )
    assert {(c.value, c.date_start) for _, c in _fates(ex)} == {
        ("arrested", "1937-11-03"),
        ("recalled", "1936"),
        ("executed", "1938-01-10"),
    }


def test_a_former_post_takes_no_date_of_its_sentence() -> None:
    _, ex = run_text("В 1937 г. бывший полпред в Японии Аркадий Верещак был арестован.")
    assert _posts(ex) == {("Аркадий Верещак", "polpred", "Japan", None, None)}


def test_what_is_headed_may_come_before_the_verb() -> None:
    text = "Глеб Пахомов жил в Москве. Посольство в Лондоне тогда возглавлял Тимофей Ржанов."
    _, ex = run_text(text)
    (post,) = [c for c in ex.claims if c.type == "post"]
    assert (ex.mentions[post.subject].text, post.role, post.country) == (
        "Тимофей Ржанов",
        "polpred",
        "United Kingdom",
    )
    assert post.quote == "Посольство в Лондоне тогда возглавлял"
