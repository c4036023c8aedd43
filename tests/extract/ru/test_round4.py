"""Rules of Russian prose, fourth round (issue 14): given names before surnames in
-ский, a state's foreign minister named after the office, delegations, further
departments and places. Invented people and sentences."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str | None, str | None, str | None, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country, c.department, c.date_start)
        for c in ex.claims
        if c.type == "post"
    }


def _persons(ex: Extraction) -> list[str]:
    return [m.text for m in ex.mentions if m.type == "person"]


def test_a_given_name_before_an_adjective_in_sky_is_one_name() -> None:
    _, ex = run_text("Судьба дипломата Арсения Величковского была трагической.")
    assert _persons(ex) == ["Арсения Величковского"]
    # not after a given name, or in another case, the adjective is no surname
    _, ex = run_text("Арсений Величковский окончил Рижский университет.")
    assert _persons(ex) == ["Арсений Величковский"]


def test_a_foreign_minister_of_a_state_with_his_name_after_it() -> None:
    _, ex = run_text("Министр иностранных дел Латвии Н. Бордеску высказал пожелание.")
    assert _posts(ex) == {("Н. Бордеску", "foreign minister", "Latvia", None, None)}
    # without a name after it, "министров иностранных дел" stays a plural
    _, ex = run_text("Гавриил Тюменцев встречался с министрами иностранных дел.")
    assert not _posts(ex)


def test_a_delegation_headed_or_joined_is_a_delegates_post() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев возглавлял советскую делегацию на Гаагской конференции (1922)."
    )
    assert _posts(ex) == {("Гавриил Тюменцев", "head of delegation", None, "delegation", "1922")}
    _, ex = run_text(
        "В 1927 г. Гавриил Тюменцев работал в составе советской делегации в Лиге Наций."
    )
    assert _posts(ex) == {
        ("Гавриил Тюменцев", "delegate", None, "delegation League of Nations", "1927")
    }
    # "в составе" alone, without a body, is no post
    _, ex = run_text("Гавриил Тюменцев в 1927 г. прибыл в составе пяти человек.")
    assert not _posts(ex)


def test_further_departments_and_a_hyphenated_state() -> None:
    _, ex = run_text(
        "В 1930 г. Гавриил Тюменцев утверждён торгпредом СССР в Чехо-Словакии, затем "
        "членом коллегии Наркомюста."
    )
    assert _posts(ex) == {
        ("Гавриил Тюменцев", "trade representative", "Czechoslovakia", None, "1930"),
        ("Гавриил Тюменцев", "collegium member", None, "justice", "1930"),
    }


def _terms(ex: Extraction) -> set[tuple[str, str | None, str | None, str | None, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country, c.date_start, c.date_end)
        for c in ex.claims
        if c.type == "post"
    }


def test_a_term_and_a_place_after_a_post_abroad_repeat_its_role() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев (1890—1950), дипломат. В 1922—1923 полпред в Норвегии, "
        "в 1923—1934 - в Турции."
    )
    assert ("Гавриил Тюменцев", "polpred", "Turkey", "1923", "1934") in _terms(ex)
    _, ex = run_text(
        "Гавриил Тюменцев в 1925—1927 гг. торгпред в Латвии. В 1927—1930 гг. — в Эстонии."
    )
    assert ("Гавриил Тюменцев", "trade representative", "Estonia", "1927", "1930") in _terms(ex)
    # a place without a term of its own is no further post ("в Норвегии, в Осло")
    _, ex = run_text("Гавриил Тюменцев в 1925 г. торгпред в Латвии, в Риге жил с семьёй.")
    assert {c for c in _terms(ex) if c[2] != "Latvia"} == set()


def test_a_transfer_to_a_country_keeps_the_role_of_the_post_before() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев (1890—1950). В 1934—1937 полпред в Германии.\n\nВ 1937 переведен во Францию."
    )
    assert ("Гавриил Тюменцев", "polpred", "France", "1937", None) in _terms(ex)
    # without a post abroad before it, a transfer states no post
    _, ex = run_text("Гавриил Тюменцев в 1937 г. переведен во Францию.")
    assert not _terms(ex)


def test_the_one_a_verb_of_appointing_names_holds_the_role() -> None:
    _, ex = run_text(
        "Решение Политбюро.\n1) Освободить т. Кожина А.И. от должности члена коллегии НКПроса "
        "и от работы в Главлите.\n2) Утвердить т. Кожина А.И. полпредом СССР в Латвии."
    )
    assert _posts(ex) == {
        ("Кожина А.И.", "collegium member", None, "education", None),
        ("Кожина А.И.", "polpred", "Latvia", None, None),
    }
    # the role right after the verb, its holder named after the complement
    _, ex = run_text(
        "Нарком Тюменцев просит одобрить назначение послом и полномочным министром в "
        "Бухаресте Арсения Величковского."
    )
    posts = _posts(ex)
    assert ("Арсения Величковского", "ambassador", "Romania", None, None) in posts
    assert ("Арсения Величковского", "envoy", "Romania", None, None) in posts
    assert not any(p[0] == "Тюменцев" and p[1] == "ambassador" for p in posts)


def test_a_pronoun_object_of_the_verb_is_not_the_one_named_after() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев предложил назначить его торгпредом в Латвии, а в Эстонию направить "
        "Арсения Величковского."
    )
    assert not any(p[0] == "Арсения Величковского" for p in _posts(ex))


def test_an_unnamed_role_in_an_oblique_case_is_not_the_topics_post() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев (1890—1950), дипломат.\n\nСтороны договорились, что каждая из них "
        "назначит посла.\n\nВ 1934—1937 гг. полпред в Латвии.\n\nВ 1938 г. назначен полпредом "
        "в Эстонии.\n\nВ 1939 г. вступил в должность посла в Литве."
    )
    posts = {(p[1], p[2]) for p in _posts(ex) if p[0] == "Гавриил Тюменцев"}
    assert posts == {("polpred", "Latvia"), ("polpred", "Estonia"), ("ambassador", "Lithuania")}


def test_roles_listed_before_one_name_and_a_plural_role_before_several() -> None:
    _, ex = run_text(
        "Автор вспоминает своих сослуживцев, среди них полномочного представителя в Италии и "
        "Греции, генерального консула СССР в Шанхае Гавриила Львовича Тюменцева, консулов "
        "СССР в Монголии Никиты Федоровича Кожина и Анатолия "
        "Николаевича Пузырёва."
    )
    posts = {(p[0], p[1], p[2]) for p in _posts(ex)}
    assert posts == {
        ("Гавриила Львовича Тюменцева", "polpred", "Italy"),
        ("Гавриила Львовича Тюменцева", "polpred", "Greece"),
        ("Гавриила Львовича Тюменцева", "consul general", "China"),
        ("Никиты Федоровича Кожина", "consul", "Mongolia"),
        ("Анатолия Николаевича Пузырёва", "consul", "Mongolia"),
    }
    # a plural role without names after it is still no post
    _, ex = run_text("Гавриил Тюменцев встречал консулов СССР в Монголии.")
    assert not _posts(ex)


def test_a_foreign_envoy_in_the_ussr_named_after_the_host() -> None:
    _, ex = run_text("Он назвал и посла Латвии в СССР Петра Карловича Тюменса.")
    assert {(p[0], p[1], p[2]) for p in _posts(ex)} == {
        ("Петра Карловича Тюменса", "ambassador", "Latvia")
    }


def test_heads_of_government_and_state_and_a_plenipotentiary_of_the_commissariat() -> None:
    _, ex = run_text("Глава правительства Латвии Арвид Тюменс принял полпреда.")
    assert ("Арвид Тюменс", "prime minister", "Latvia", None, None) in _posts(ex)
    _, ex = run_text("В 1921 г. Гавриил Тюменцев — уполномоченный НКИД по Туркестану.")
    assert ("Гавриил Тюменцев", "plenipotentiary", None, "foreign affairs", "1921") in _posts(ex)
    # a representative of another body stays a representative
    _, ex = run_text("В 1921 г. Гавриил Тюменцев — уполномоченный ВЧК по Туркестану.")
    assert ("Гавриил Тюменцев", "representative", None, "Cheka", "1921") in _posts(ex)


def _fates(ex: Extraction) -> set[tuple[str, str | None]]:
    return {(ex.mentions[c.subject].text, c.value) for c in ex.claims if c.type == "fate"}


def test_further_fate_phrases_and_no_fate_of_a_group_for_one_person() -> None:
    _, ex = run_text("Гавриил Тюменцев в 1927 г. был застрелен в Варшаве.")
    assert _fates(ex) == {("Гавриил Тюменцев", "assassinated")}
    _, ex = run_text("В 1937 г. Гавриил Тюменцев был смещён с должности и подвергнут репрессиям.")
    assert _fates(ex) == {("Гавриил Тюменцев", "dismissed"), ("Гавриил Тюменцев", "purged")}
    _, ex = run_text(
        "Гавриил Тюменцев, историк.\n\nВ 1937–1938 гг. были арестованы и расстреляны многие "
        "ведущие дипломаты."
    )
    assert not _fates(ex)
    # a plural verb may be said of one: "его арестовали"
    _, ex = run_text("Гавриил Тюменцев вернулся в Москву. В 1937 г. его арестовали.")
    assert _fates(ex) == {("Гавриил Тюменцев", "arrested")}


def test_service_at_missions_abroad_and_both_places_of_one_verb() -> None:
    _, ex = run_text(
        "Его отец, Гавриил Петрович Тюменцев, служил и в Главном архиве МИД, и в российских "
        "представительствах в Бразилии и Италии."
    )
    posts = {(p[1], p[2], p[3]) for p in _posts(ex)}
    assert posts == {
        ("staff member", None, "archive foreign affairs"),
        ("staff member", "Brazil", "mission"),
        ("staff member", "Italy", "mission"),
    }
    # service in an army stays army service
    _, ex = run_text("Гавриил Тюменцев в 1919 г. служил в Красной армии.")
    assert {p[1] for p in _posts(ex)} == {"army serviceman"}


def test_a_department_of_the_commissariat_by_its_adjective() -> None:
    _, ex = run_text("Секретно. Заведующему Вторым западным отделом Тюменцеву.")
    assert _posts(ex) == {("Тюменцеву", "head of department", None, "Western Department", None)}


def test_a_role_that_is_the_subject_of_its_verb_is_not_of_one_named_before() -> None:
    _, ex = run_text(
        "После утверждения Л.П. Тюменко торгпредом в Риге, нарком торговли внезапно "
        "изменил своё мнение."
    )
    assert _posts(ex) == {("Л.П. Тюменко", "trade representative", "Latvia", None, None)}
    # a role in apposition after its holder is still the holder's
    _, ex = run_text("Гавриил Тюменцев, нарком торговли, изменил своё мнение.")
    assert _posts(ex) == {("Гавриил Тюменцев", "people's commissar", None, "trade", None)}


def test_the_perfective_verb_of_heading_a_mission() -> None:
    _, ex = run_text("В 1933 г. Гавриил Тюменцев возглавил полпредство в Латвии.")
    assert _posts(ex) == {("Гавриил Тюменцев", "polpred", "Latvia", None, "1933")}


def test_a_post_ends_when_a_successor_takes_it() -> None:
    _, ex = run_text(
        "В 1930 г. полпредом в Латвии был Гавриил Тюменцев. В 1934 г. его сменил Арсений "
        "Величковский."
    )
    terms = {(ex.mentions[c.subject].text, c.date_start, c.date_end) for c in ex.claims}
    assert terms == {("Гавриил Тюменцев", "1930", "1934"), ("Арсений Величковский", "1934", None)}


def test_the_namesake_of_an_institution_is_no_mention() -> None:
    _, ex = run_text("Гавриил Тюменцев окончил университет имени М.В. Величковского.")
    assert _persons(ex) == ["Гавриил Тюменцев"]


def test_further_states_and_cities_abroad() -> None:
    _, ex = run_text("В 1935 г. Гавриил Тюменцев — полпред в Маньчжурии, затем консул в Тебризе.")
    assert {(p[1], p[2]) for p in _posts(ex)} == {("polpred", "Manchukuo"), ("consul", "Persia")}
    # a city of the gazetteer after "в" is no surname
    _, ex = run_text("В 1931 г. Гавриил Тюменцев — консул в Мукдене.")
    assert _persons(ex) == ["Гавриил Тюменцев"]
    assert {(p[1], p[2]) for p in _posts(ex)} == {("consul", "China")}


def test_the_one_relieved_of_this_work_held_the_post_until_then() -> None:
    _, ex = run_text(
        "29 августа 1930 г. Утвердить т. Кожина А.И. полпредом СССР в Эстонии, освободив от "
        "этой работы т. Пузырёва И.Л."
    )
    terms = {(ex.mentions[c.subject].text, c.country, c.date_start, c.date_end) for c in ex.claims}
    assert ("Кожина А.И.", "Estonia", "1930-08-29", None) in terms
    assert ("Пузырёва И.Л.", "Estonia", None, "1930-08-29") in terms


def test_a_correspondent_in_apposition_and_the_state_of_his_paper() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев прочёл заметку Арсения Величковского, московского корреспондента "
        "немецкой газеты «Вечерний курьер»."
    )
    assert _posts(ex) == {("Арсения Величковского", "correspondent", "Germany", "newspaper", None)}
    # a paper of no state named stays without one
    _, ex = run_text("Гавриил Тюменцев, корреспондент газеты «Гудок», уехал.")
    assert _posts(ex) == {("Гавриил Тюменцев", "correspondent", None, "newspaper", None)}


def test_a_commission_of_a_body_and_the_bodys_abbreviation_in_its_name() -> None:
    _, ex = run_text("В 1921—1922 гг. Гавриил Тюменцев — член Туркестанской комиссии ВЦИК.")
    assert _posts(ex) == {
        (
            "Гавриил Тюменцев", "member", None,
            "commission All-Russian Central Executive Committee (VTsIK)", "1921",
        )
    }  # fmt: skip


def test_a_fate_reported_by_someone_is_not_the_reporters() -> None:
    _, ex = run_text("Тюменцев рассказал мне, что снята с работы и арестована его жена.")
    assert not _fates(ex)
    # his own fate, told with "он" after "что", stays his
    _, ex = run_text("Гавриил Тюменцев написал, что он был арестован в 1937 г.")
    assert _fates(ex) == {("Гавриил Тюменцев", "arrested")}


def test_two_initials_before_a_verb_name_someone_and_the_fate_is_theirs() -> None:
    _, ex = run_text("Тюменцев рассказал мне, что К. П. снят с работы и арестован.")
    assert _persons(ex) == ["Тюменцев", "К. П."]
    assert _fates(ex) == {("К. П.", "dismissed"), ("К. П.", "arrested")}
    # archival abbreviations and initials before a surname are no such name
    _, ex = run_text("РГАСПИ. Ф. 17. Оп. 162. Д. 9. Л. 41. Г. Е. Ползунов уехал.")
    assert _persons(ex) == ["Г. Е. Ползунов"]


def test_a_staff_list_is_no_membership() -> None:
    _, ex = run_text("В 1927 г. Гавриил Тюменцев обновил личный состав полпредства в Латвии.")
    assert not any(p[1] == "member" for p in _posts(ex))
