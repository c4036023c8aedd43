"""Events, fates and dates of Russian prose, eighth round (issue 14): signing and
concluding verbs with the treaty noun, relations established in other verb forms,
rupture in "сношений", raids, negotiations, notes, a revolution's year after its name,
dates in parentheses after an event, "с 3 по 9 мая", rehabilitation dates, chained
"Он …" sentences, a pronoun subject before the cue, a decision to recall. Invented
people and sentences."""

from __future__ import annotations

from narkomindel.extract.ru.dates import find_dates_ru
from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text
from tests.extract.sample import events_told


def _events(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return events_told(ex)


def _fates(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return {
        (ex.mentions[c.subject].text, str(c.value), c.date_start)
        for c in ex.claims
        if c.type == "fate"
    }


def test_signing_and_concluding_verbs_name_a_treaty_with_its_date() -> None:
    _, ex = run_text(
        "Руритания и СССР 4 апреля 1931 г. подписали Конвенцию о рыболовстве. "
        "Торговый договор, заключенный в Бранде 9 июня 1929 г., остался в силе."
    )
    events = _events(ex)
    assert ("treaty", "treaty", "1931-04-04") in events
    assert ("treaty", "treaty", "1929-06-09") in events


def test_a_date_between_the_participle_and_the_treaty_is_the_treaty_s() -> None:
    _, ex = run_text("Новым шагом стало подписанное 2 марта 1930 г. «Соглашение о пароходстве».")
    assert ("treaty", "treaty", "1930-03-02") in _events(ex)


def test_relations_established_in_other_verb_forms_and_the_dative() -> None:
    _, ex = run_text(
        "В 1928 г. договор устанавливал дипломатические и консульские отношения между "
        "странами. В 1933 г. Руритания и СССР установили (после долгого перерыва) "
        "дипломатические отношения. В 1935 г. нота положила начало официальным "
        "дипломатическим отношениям двух стран."
    )
    dates = {d for t, n, d in _events(ex) if t == "recognition"}
    assert dates == {"1928", "1933", "1935"}


def test_a_proposal_to_establish_relations_is_no_event() -> None:
    _, ex = run_text("В 1930 г. Руритания предложила установить дипломатические отношения.")
    assert not [e for e in ex.events if e.type == "recognition"]


def test_rupture_of_trade_and_diplomatic_relations_and_of_intercourse() -> None:
    _, ex = run_text(
        "В 1929 г. Руритания разорвала торговые и дипломатические отношения с СССР. "
        "В 1931 г. последовало прекращение дипломатических сношений с Арканией."
    )
    dates = {d for t, _, d in _events(ex) if t == "rupture"}
    assert dates == {"1929", "1931"}


def test_de_jure_recognition_with_words_between() -> None:
    _, ex = run_text(
        "3 мая 1926 г. посланник сообщил о признании советского правительства Руританией де юре."
    )
    assert ("recognition", "de jure recognition of the Soviet Union", "1926-05-03") in _events(ex)


def test_dates_in_parentheses_after_events_take_the_year_of_the_chronicle() -> None:
    _, ex = run_text(
        "Весь 1928 год был тревожным. Полиция устроила налет на полпредство в Бранде (4.03), "
        "затем Руритания разорвала дипломатические отношения с СССР (19.06)."
    )
    events = _events(ex)
    assert ("raid", "raid", "1928-03-04") in events
    assert ("rupture", "rupture of diplomatic relations", "1928-06-19") in events


def test_a_search_of_a_company_is_a_raid() -> None:
    _, ex = run_text("В 1930 г. последовал обыск, проведенный полицией в АО «Руртранс».")
    assert ("raid", "raid", "1930") in _events(ex)


def test_negotiations_notes_and_exchanges_of_messages() -> None:
    _, ex = run_text(
        "В 1932 г. начались руритано-советские переговоры. В 1933 г. нота Кукушкина "
        "осложнила дело, но в 1934 г. состоялся обмен посланиями."
    )
    events = _events(ex)
    assert ("other", "negotiations", "1932") in events
    assert ("other", "note", "1933") in events
    assert ("other", "exchange of notes", "1934") in events


def test_a_revolution_dated_right_after_its_name_but_a_war_not_by_the_sentence() -> None:
    _, ex = run_text(
        "Октябрьская революция 1917 года изменила всё. В годы Гражданской войны, в 1919 г., "
        "Евлампий Кукушкин служил в Бранде. В Руритании шла революция 1925–1927 гг."
    )
    events = _events(ex)
    assert ("revolution", "October Revolution", "1917") in events
    assert ("war", "Civil War", None) in events
    assert ("revolution", "revolution", "1925/1927") in events


def test_pacts_the_league_the_purge_and_intervention() -> None:
    _, ex = run_text(
        "В 1933 г. после выхода из Лиги Наций Руритании обсуждался проект Северного пакта. "
        "Кукушкин погиб во время Великой чистки. После окончания интервенции войска ушли."
    )
    names = {n for _, n, _ in _events(ex)}
    assert {"withdrawal from the League of Nations", "pact", "Great Purge (repression)",
            "intervention"} <= names  # fmt: skip


def test_a_politburo_decision_and_its_recall() -> None:
    _, ex = run_text(
        "12 марта 1930 года Политбюро постановило: «Отозвать т. Кукушкина из Руритании»."
    )
    assert ("other", "Politburo decision", "1930-03-12") in _events(ex)
    assert ("Кукушкина", "recalled", "1930-03-12") in _fates(ex)


def test_from_day_to_day_of_a_month_is_one_term() -> None:
    dates = find_dates_ru("Переговоры шли с 3 по 9 мая 1934 г. и с 2 июня по 5 июля 1935 г.")
    assert [d.edtf for d in dates] == ["1934-05-03/1934-05-09", "1935-06-02/1935-07-05"]


def test_a_day_and_month_in_parentheses_take_the_last_single_year() -> None:
    dates = find_dates_ru("В 1927 году, после событий 1925-1926 гг., пришла нота (14.02).")
    assert [d.edtf for d in dates][-1] == "1927-02-14"
    assert not find_dates_ru("Смотри пункт (3.1) выше.")


def test_a_rehabilitation_date_dates_no_fate_or_event() -> None:
    _, ex = run_text(
        "Евлампий Кукушкин был полпредом в Руритании. Он был расстрелян во время Большого "
        "террора и посмертно реабилитирован в 1957 году."
    )
    assert ("Евлампий Кукушкин", "executed", None) in _fates(ex)
    assert all(e.date != "1957" for e in ex.events)


def test_a_chain_of_he_sentences_continues_the_first_named() -> None:
    _, ex = run_text(
        "Евлампий Кукушкин (Евлампиус Кукуш, псевдоним Кукс; 1884–1937) был учителем. "
        "Он был полпредом в Норвегии. Он был расстрелян в 1937 году."
    )
    assert ("Евлампий Кукушкин", "executed", "1937") in _fates(ex)


def test_a_pronoun_before_the_cue_is_its_subject_not_the_agent_after_it() -> None:
    _, ex = run_text(
        "Евлампий Кукушкин учился в Осло. В 1906 году он был снова арестован отрядом "
        "генерала Зябликова."
    )
    fates = _fates(ex)
    assert ("Евлампий Кукушкин", "arrested", "1906") in fates
    assert all(who != "Зябликова" for who, _, _ in fates)


def test_before_the_arrest_a_sentence_noun_and_a_named_camp() -> None:
    _, ex = run_text(
        "Евлампий Кукушкин до ареста 12.05.1937 работал в Осло. Приговор - 10 лет "
        "заключения. Затем он был направлен в Карлаг."
    )
    fates = {(fate, date) for _, fate, date in _fates(ex)}
    assert ("arrested", "1937-05-12") in fates
    assert any(f == "sentenced" for f, _ in fates)
    assert any(f == "imprisoned" for f, _ in fates)


def test_released_into_exile() -> None:
    _, ex = run_text(
        "Евлампий Кукушкин сидел в лагере. В 1946 году его освободили, но отправили в ссылку."
    )
    fates = {(fate, date) for _, fate, date in _fates(ex)}
    assert ("survived", "1946") in fates
    assert any(f == "exiled" for f, _ in fates)


def test_asylum_asked_in_inverted_order() -> None:
    _, ex = run_text(
        "В 1930 году политического убежища попросил советник полпредства Евлампий Кукушкин."
    )
    assert ("Евлампий Кукушкин", "defected", "1930") in _fates(ex)


def test_no_subject_in_the_dative_after_the_cue() -> None:
    _, ex = run_text(
        "Евлампий Кукушкин служил в Осло. В 1935 г. он был назначен полпредом в Норвегии, "
        "а в 1938 г. бежал в Париж, где написал письмо Гавриилу Тюменцеву."
    )
    fates = _fates(ex)
    assert all(who != "Гавриилу Тюменцеву" for who, _, _ in fates)
    assert any(f == "defected" and d == "1938" for _, f, d in fates)


def test_a_death_is_dated_by_the_life_span_after_the_name() -> None:
    _, ex = run_text(
        "В мае 2020 года исполнилось 140 лет со дня рождения, а в 2031 году — сто лет, как не "
        "стало Евлампия Кукушкина (3.02.1880–4.05.1931), дипломата."
    )
    assert ("Евлампия Кукушкина", "died", "1931-05-04") in _fates(ex)


def test_trials_notes_of_a_day_and_expulsions() -> None:
    _, ex = run_text(
        "В 1929 г. последовала судебная расправа над советскими гражданами в Осло. В ноте от "
        "2 июня правительство протестовало. Затем НКИД потребовал высылки атташе за пределы СССР."
    )
    events = _events(ex)
    assert any(t == "trial" for t, _, _ in events)
    assert ("other", "note", "1929-06-02") in events
    assert any(t == "expulsion" for t, _, _ in events)


def test_named_peace_treaties_armistices_uprisings_coups_and_october() -> None:
    _, ex = run_text(
        "В 1921 г. был подписан Рижский мир. В 1918 г. стороны заключили перемирие. "
        "В 1921 г. вспыхнуло Кронштадтское восстание. В 1926 г. в Варшаве произошёл "
        "государственный переворот. Он участвовал в Октябрьском вооруженном восстании."
    )
    events = _events(ex)
    assert ("treaty", "treaty", "1921") in events
    assert ("treaty", "armistice", "1918") in events
    assert ("uprising", "uprising", "1921") in events
    assert ("other", "coup", "1926") in events
    assert any(n == "October Revolution" for _, n, _ in events)


def test_talks_about_an_armistice_are_no_armistice() -> None:
    _, ex = run_text("В 1919 г. начались переговоры о заключении перемирия.")
    assert [n for _, n, _ in _events(ex)] == ["negotiations"]


def test_from_month_to_month_of_a_year() -> None:
    assert [d.edtf for d in find_dates_ru("с мая по июль 1925 г.")] == ["1925-05/1925-07"]


def test_in_absentia_battle_deaths_and_a_term_served() -> None:
    _, ex = run_text("Евлампий Кукушкин в 1930 году был заочно приговорён к расстрелу.")
    assert ("Евлампий Кукушкин", "sentenced", "1930") in _fates(ex)
    _, ex = run_text("Евлампий Кукушкин был убит в бою под Москвой в 1941 году.")
    assert _fates(ex) == {("Евлампий Кукушкин", "died", "1941")}
    _, ex = run_text("Евлампий Кукушкин пал смертью храбрых в 1942 году.")
    assert ("Евлампий Кукушкин", "died", "1942") in _fates(ex)
    _, ex = run_text("Евлампий Кукушкин, отбыв срок, вернулся в Москву в 1947 году.")
    assert any(f == "imprisoned" for _, f, _ in _fates(ex))


def test_relations_named_before_their_verb_and_broken_by_порвала() -> None:
    _, ex = run_text(
        "Дипломатические отношения между СССР и Норвегией были установлены в 1924 году. "
        "В 1927 году Великобритания порвала дипломатические отношения с СССР. "
        "Возобновление дипломатических отношений произошло в 1929 году."
    )
    events = _events(ex)
    assert ("recognition", "establishment of diplomatic relations", "1924") in events
    assert ("rupture", "rupture of diplomatic relations", "1927") in events
    assert ("recognition", "establishment of diplomatic relations", "1929") in events


def test_a_treaty_noun_before_its_passive_and_protocols_and_conferences_on_a_topic() -> None:
    _, ex = run_text(
        "Конвенция об определении агрессии была подписана в Лондоне 3 июля 1933 г. "
        "В 1929 г. был подписан Протокол о пограничной торговле. "
        "В 1936 г. в Монтрё прошла конференция о режиме проливов."
    )
    events = _events(ex)
    assert ("treaty", "treaty", "1933-07-03") in events
    assert ("treaty", "treaty", "1929") in events
    assert ("conference", "conference", "1936") in events


def test_ranges_with_unicode_hyphens_and_decades_with_an_en_dash() -> None:
    assert [d.edtf for d in find_dates_ru("в 1937\u20111938 гг.")] == ["1937/1938"]
    assert [d.edtf for d in find_dates_ru("в 1917\u20101918 гг.")] == ["1917/1918"]
    assert [d.edtf for d in find_dates_ru("в 1920–х годах")] == ["192X"]


def test_an_event_over_days_keeps_its_whole_term() -> None:
    _, ex = run_text("Руритано-советские переговоры шли в Осло с 3 по 9 мая 1934 г.")
    assert ("other", "negotiations", "1934-05-03/1934-05-09") in _events(ex)


def test_a_fate_that_followed_and_one_shared_together_with() -> None:
    _, ex = run_text(
        "Евлампий Кукушкин работал в Осло. В 1937 году последовал арест, а в 1938 году — расстрел."
    )
    assert ("Евлампий Кукушкин", "arrested", "1937") in _fates(ex)
    _, ex = run_text("Вместе с Евлампием Кукушкиным в 1937 году были арестованы Гавриил Тюменцев.")
    fates = _fates(ex)
    assert ("Гавриил Тюменцев", "arrested", "1937") in fates
    assert ("Евлампием Кукушкиным", "arrested", "1937") in fates


def test_a_plural_participle_with_no_one_named_is_a_group_s_fate() -> None:
    _, ex = run_text(
        "Евлампий Кукушкин работал в Осло. В 1937 году были арестованы многие дипломаты."
    )
    assert not _fates(ex)
