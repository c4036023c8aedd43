"""Events of Russian prose, eleventh round (issue 14): events told by verbs and by nouns
of concluding, rupture by "прервала", the League of Nations by a verb, invasions and
conflicts dated by their sentence, incorporation, named trials, notes of protest,
recognition in the passive, official visits. Invented sentences and people."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text
from tests.extract.sample import events_told


def _events(text: str) -> set[tuple[str, str, str | None]]:
    ex: Extraction = run_text(text)[1]
    return events_told(ex)


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _events(text)}


def test_a_treaty_named_by_the_noun_of_concluding_with_adjectives() -> None:
    assert ("treaty", "treaty", "1926") in _events(
        "Заключение торгового договора в 1926 г. стало успехом Пулькина."
    )
    assert ("treaty", "treaty", "1925") in _events(
        "Пулькин добился заключения торгового соглашения в 1925 г."
    )
    assert "treaty" not in _types("Пулькин занимался торговыми делами в 1925 г.")


def test_a_rupture_by_interrupting_and_in_the_passive() -> None:
    assert ("rupture", "rupture of diplomatic relations", "1927") in _events(
        "В 1927 г. Руритания прервала отношения с СССР."
    )
    assert ("rupture", "rupture of diplomatic relations", "1927") in _events(
        "В 1927 г. дипломатические отношения между СССР и Руританией были разорваны."
    )
    assert "rupture" not in _types("В 1927 г. отношения с Руританией улучшились.")


def test_the_league_of_nations_by_a_verb() -> None:
    entry = "entry of the Soviet Union into the League of Nations"
    assert ("other", entry, "1934-09") in _events("В сентябре 1934 г. СССР вступил в Лигу Наций.")
    assert ("other", entry, "1934") in _events("В 1934 г. СССР был принят в Лигу Наций.")
    assert (
        "other",
        "expulsion of the Soviet Union from the League of Nations",
        "1939-12",
    ) in _events("В декабре 1939 г. СССР был исключён из Лиги Наций.")
    assert ("other", "withdrawal from the League of Nations", "1933") in _events(
        "В 1933 г. Руритания вышла из Лиги Наций."
    )


def test_an_invasion_and_a_conflict_are_dated_by_their_sentence() -> None:
    assert ("war", "invasion", "1941-06-22") in _events("22 июня 1941 г. Руритания напала на СССР.")
    assert ("war", "invasion", "1941-06") in _events(
        "В июне 1941 г. Руритания вторглась в Фрудонию."
    )
    assert ("war", "conflict", "1929") in _events("В 1929 г. произошёл конфликт на КВЖД.")
    assert ("war", "conflict", "1938") in _events("В 1938 г. произошёл Пулькинский инцидент.")
    # a war named by its name is still dated only by a date right after it
    assert ("war", "Civil War", None) in _events(
        "В 1920 г. Пулькин служил в армии в годы Гражданской войны."
    )


def test_incorporation_into_the_union_and_entry_of_troops() -> None:
    assert ("other", "incorporation into the USSR", "1940") in _events(
        "В 1940 г. Руритания была включена в состав СССР."
    )
    assert ("other", "incorporation into the USSR", "1940") in _events(
        "Присоединение Руритании к СССР в 1940 г. положило конец миссии Пулькина."
    )
    assert ("war", "entry of troops", "1940-06") in _events(
        "В июне 1940 г. состоялся ввод советских войск в Руританию."
    )


def test_a_trial_named_by_a_place_adjective_or_its_defendants() -> None:
    assert ("trial", "trial", "1928") in _events(
        "В 1928 г. в Москве состоялся Пулькинский процесс."
    )
    assert ("trial", "trial", "1930") in _events("В 1930 г. прошёл процесс Зябликова.")
    assert "trial" not in _types("В процессе переговоров в 1925 г. Пулькин уступил.")


def test_a_note_of_protest_and_a_note_handed_over() -> None:
    assert ("other", "note", "1931") in _events("В 1931 г. НКИД направил Руритании ноту протеста.")
    assert ("other", "note", "1931-03-03") in _events("Нота была вручена 3 марта 1931 г.")
    assert "other" not in _types("В 1931 г. Пулькин записал эту мелодию нотами.")


def test_recognition_in_the_passive_and_persona_non_grata() -> None:
    assert ("recognition", "recognition of the Soviet Union", "1924") in _events(
        "В 1924 г. СССР был признан Руританией де-юре."
    )
    assert ("expulsion", "expulsion", "1927") in _events(
        "В 1927 г. правительство Руритании объявило Пулькина персоной нон грата."
    )


def test_an_official_visit_but_not_a_call_on_a_person() -> None:
    assert ("other", "visit", "1935") in _events(
        "В 1935 г. Пулькин посетил Руританию с официальным визитом."
    )
    assert ("other", "visit", "1935") in _events(
        "Во время визита в Москву в 1935 г. Зябликов встретился с Пулькиным."
    )
    assert "other" not in _types("Пулькин нанёс визит Зябликову в 1935 г.")


def test_a_bare_revolution_after_a_preposition_of_time_and_the_conviction_as() -> None:
    assert ("revolution", "revolution", None) in _events(
        "После революции Пулькин вернулся в Руританию."
    )
    assert "revolution" not in _types("Пулькин был сторонником мировой революции.")
    assert "trial" in _types("В 1937 г. Пулькин был осуждён как «враг народа».")


def test_troops_entering_a_country() -> None:
    assert ("war", "entry of troops", "1939") in _events(
        "Осенью 1939 г. Красная армия вступила в Западную Руританию."
    )


def test_soon_after_is_the_date_of_the_sentence_before() -> None:
    assert ("recognition", "establishment of diplomatic relations", "1924") in _events(
        "В 1924 г. Пулькин прибыл в Руританию. Вскоре были установлены дипломатические отношения."
    )


def test_several_persons_killed_share_the_fate() -> None:
    ex = run_text("В 1926 г. дипкурьеры Пулькин и Тарасевич были убиты в поезде.")[1]
    fates = {(ex.mentions[c.subject].text, c.value) for c in ex.claims if c.type == "fate"}
    assert fates == {("Пулькин", "assassinated"), ("Тарасевич", "assassinated")}


def test_coming_to_power_and_withdrawal_of_troops() -> None:
    assert ("other", "coming to power", "1933") in _events(
        "С приходом к власти Пулькина в 1933 г. отношения ухудшились."
    )
    assert ("other", "withdrawal of troops", "1925-05") in _events(
        "Вывод руританских войск с Фрудонии завершился в мае 1925 г."
    )
    assert ("other", "withdrawal of troops", "1925") in _events(
        "В 1925 г. Руритания вывела свои войска из Фрудонии."
    )
    # an obligation to withdraw is no withdrawal yet
    assert "other" not in _types("В 1925 г. Руритания обязалась вывести войска из Фрудонии.")


def test_a_bare_revolution_is_the_one_named_elsewhere() -> None:
    found = _events(
        "После Октябрьской революции Пулькин служил в армии. До революции он учился в Руритании."
    )
    assert {e for e in found if e[0] == "revolution"} == {
        ("revolution", "October Revolution", None)
    }
