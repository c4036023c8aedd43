"""Russian dates as EDTF, and sentence boundaries with Russian typography."""

from __future__ import annotations

import pytest

from narkomindel.extract.ru.dates import find_dates_ru
from narkomindel.extract.ru.sentences import sentence_spans_ru


@pytest.mark.parametrize(
    ("text", "edtf", "calendar"),
    [
        ("арестован 3 ноября 1937 г.", "1937-11-03", "gregorian"),
        ("в 1933—1937 гг. работал", "1933/1937", "gregorian"),
        ("весной 1938 г.", "1938-21", "gregorian"),
        ("в 1920-х гг.", "192X", "gregorian"),
        ("с 1925 по 1936 г.", "1925/1936", "gregorian"),
        ("25 октября 1917 г. (ст. ст.)", "1917-10-25", "julian"),
        ("в феврале 1924 года", "1924-02", "gregorian"),
    ],
)
def test_russian_dates(text: str, edtf: str, calendar: str) -> None:
    (found,) = find_dates_ru(text)
    assert (found.edtf, found.calendar) == (edtf, calendar)
    assert text[found.start : found.end] == found.text


def test_page_and_file_numbers_are_not_years() -> None:
    assert not find_dates_ru("ф. 1937, оп. 2, д. 14; с. 1938")


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans_ru(text)]


def test_sentences_keep_initials_abbreviations_and_year_dashes() -> None:
    text = (
        "В 1934—1937 гг. — полпред в НКИД, т. е. при М. М. Литвинове. "
        "Арестован в 1937 г. Квасюков уехал в 1938 г. Осенью вернулся."
    )
    assert _sentences(text) == [
        "В 1934—1937 гг. — полпред в НКИД, т. е. при М. М. Литвинове.",
        "Арестован в 1937 г. Квасюков уехал в 1938 г.",
        "Осенью вернулся.",
    ]
