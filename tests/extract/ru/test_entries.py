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
