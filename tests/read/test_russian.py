"""Russian text: windows-1251 and KOI8-R told apart and recorded; pre-reform
orthography read as today's for matching, with offsets into the exact original."""

from __future__ import annotations

import pytest

from narkomindel.config import Settings
from narkomindel.read.decode import decode
from narkomindel.read.text import is_pre_reform, read_text

MODERN = (
    "В 1934 году Тимофей Власович Мирошниченков был назначен полпредом в Норвегию. "
    "Осенью 1937 года его отозвали в Москву, где он был арестован.\n"
)
OLD = "Посолъ Квасюковъ прибылъ въ Лондонъ и встрѣтился съ министромъ.\n"


@pytest.mark.parametrize(("codec", "label"), [("cp1251", "windows-1251"), ("koi8-r", "KOI8-R")])
def test_single_byte_russian_detected_and_recorded(codec: str, label: str) -> None:
    data = MODERN.encode(codec)
    found = decode(data, "ru.txt")
    assert found.text == MODERN
    assert found.encoding == codec
    assert any(label in w and "detected" in w for w in found.warnings)
    doc = read_text(data, "ru.txt", Settings())
    assert doc.meta.encoding == codec and doc.meta.language == "ru"
    assert any(label in w for w in doc.warnings)


def test_utf8_russian_needs_no_guess() -> None:
    found = decode(MODERN.encode("utf-8"), "ru.txt")
    assert found.encoding == "utf-8" and found.warnings == []


def test_pre_reform_orthography_read_as_modern_with_exact_offsets() -> None:
    doc = read_text(OLD.encode("utf-8"), "old.txt", Settings())
    assert "Квасюков прибыл в Лондон и встретился с министром" in doc.text
    assert doc.meta.extra.get("orthography") == "pre-reform"
    assert any("pre-reform" in w for w in doc.warnings)
    for word, original in (("Квасюков", "Квасюков"), ("встретился", "встрѣтился")):
        at = doc.text.index(word)
        s, e = doc.offsets.to_source(at, at + len(word))
        assert doc.source_text[s:e] == original


def test_modern_russian_and_ukrainian_i_are_not_pre_reform() -> None:
    assert not is_pre_reform(MODERN)
    assert not is_pre_reform("Київ і Львів — міста України.")
    assert is_pre_reform(OLD)


def test_pre_reform_names_found_by_the_russian_extractors() -> None:
    from narkomindel.extract import extract_document

    text = "Въ 1916 г. посолъ Квасюковъ Т. В. уѣхалъ въ Лондонъ. Квасюковъ былъ арестованъ.\n"
    doc = read_text(text.encode("utf-8"), "old.txt", Settings())
    ex = extract_document(doc)
    persons = [m for m in ex.mentions if m.type == "person"]
    assert persons and all(m.attrs.get("surname") == "Квасюков" for m in persons)
    assert any(c.type == "fate" and c.value == "arrested" for c in ex.claims)
