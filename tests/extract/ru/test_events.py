"""Events in Russian prose, named in English, dated from their sentence."""

from __future__ import annotations

from tests.extract.ru.sample import run_text


def test_events_named_in_english_with_dates() -> None:
    doc, ex = run_text(
        "После Октябрьской революции Ползунов Г. Е. служил в РККА. В 1924 г. состоялось "
        "установление дипломатических отношений с Норвегией. В 1927 г. последовал разрыв "
        "отношений, а в 1932 г. был подписан договор о ненападении."
    )
    events = {(e.type, e.name, e.date) for e in ex.events}
    assert ("revolution", "October Revolution", None) in events
    assert ("recognition", "establishment of diplomatic relations", "1924") in events
    assert ("rupture", "rupture of diplomatic relations", "1927") in events
    assert ("treaty", "non-aggression treaty", "1932") in events
    for e in ex.events:
        assert e.quote == doc.text[e.start : e.end]


def test_a_war_named_twice_is_one_event() -> None:
    _, ex = run_text(
        "Во время Гражданской войны Ползунов Г. Е. был комиссаром. После войны он уехал."
    )
    assert [(e.type, e.name) for e in ex.events] == [("war", "Civil War")]


def test_general_treaties_trials_conferences_and_the_league() -> None:
    _, ex = run_text(
        "В 1926 г. последовало подписание договора с Литвой. В 1934 г. состоялось "
        "вступление СССР в Лигу Наций. В 1938 г. начался процесс над Пеночкиным. Позднее "
        "он был на Лиссабонской конференции."
    )
    events = {(e.type, e.name, e.date) for e in ex.events}
    assert ("treaty", "treaty", "1926") in events
    assert ("other", "entry of the Soviet Union into the League of Nations", "1934") in events
    assert ("trial", "trial", "1938") in events
    assert any(t == "conference" for t, _, _ in events)


def test_relations_established_or_broken_by_a_verb_and_pacts_with_the_year() -> None:
    _, ex = run_text(
        "В 1934 г. были установлены советско-руританские дипломатические отношения. В 1938 г. "
        "Руритания разорвала дипломатические отношения с СССР. В 1939 г. подписан пакт о "
        "взаимопомощи, а в 1940 г. мирный договор. В 1936 г. Гавриил Тюменцев был на "
        "конференции в Монтрё."
    )
    events = {(e.type, e.name, e.date) for e in ex.events}
    assert ("recognition", "establishment of diplomatic relations", "1934") in events
    assert ("rupture", "rupture of diplomatic relations", "1938") in events
    assert ("treaty", "pact", "1939") in events
    assert ("treaty", "peace treaty", "1940") in events
    assert ("conference", "conference", "1936") in events


def test_a_war_after_a_preposition_but_not_a_cold_war() -> None:
    _, ex = run_text("Гавриил Тюменцев уехал за три года до войны.")
    assert [(e.type, e.name) for e in ex.events] == [("war", "war")]
    _, ex = run_text("Гавриил Тюменцев писал о холодной войне.")
    assert not ex.events


def test_a_decision_of_the_politburo_is_an_event_of_its_date() -> None:
    _, ex = run_text("Протокол № 17 заседания Политбюро ЦК ВКП(б) от 3.4.1931.")
    assert [(e.type, e.name, e.date) for e in ex.events] == [
        ("other", "Politburo decision", "1931-04-03")
    ]


def test_two_decisions_of_one_year_on_different_days_are_two_events() -> None:
    _, ex = run_text(
        "Протокол № 17 заседания Политбюро ЦК ВКП(б) от 3.4.1931. Протокол № 19 заседания "
        "Политбюро ЦК ВКП(б) от 9.5.1931."
    )
    assert [(e.name, e.date) for e in ex.events] == [
        ("Politburo decision", "1931-04-03"),
        ("Politburo decision", "1931-05-09"),
    ]
