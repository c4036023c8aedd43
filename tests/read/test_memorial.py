"""Registry records: the record grammar on records written for these tests."""

from __future__ import annotations

from narkomindel.config import Settings
from narkomindel.read import read_bytes
from narkomindel.read.memorial import parse_record
from tests.helpers import records

RECORDS = [
    "<B>Орлов (Орлов-Белый) Семен Аркадьевич</B>, род. 3.05.1890, г. Вестерби, еврей, член ВКП(б) с 1917,"
    " бывший меньшевик, первый секретарь полпредства СССР в Норландии. Адрес: ул. Образцовая, д.3, кв. 5."
    " Рассстрелян 21.08.1937. Место захоронения: Донское.",
    "<B>Ким Ден Сун</B>, род. 1901, Корея, г. Пхеньян, кореец, б/п, переводчик. Адрес: Тестовый пер., д.1."
    " Расстрелян 2.02.1938. Место захоронения: Бутово.",
]


def page(rows: list[str]) -> bytes:
    return records(rows, street="Образцовая ул.")


def fields(doc, i):  # type: ignore[no-untyped-def]
    seg_index = [k for k, s in enumerate(doc.segments) if s.kind == "record"][i]
    return {(a.name): a.value for a in doc.annotations if a.attrs.get("segment") == seg_index}


def test_records_are_segments_with_fields() -> None:
    doc = read_bytes(page(RECORDS), "shot-x.htm", Settings())
    assert doc.reader == "reader.memorial.v2"
    assert len(doc.segments_of("record")) == 2
    f = fields(doc, 0)
    assert (
        f["surname"] == "Орлов" and f["given_name"] == "Семен" and f["patronymic"] == "Аркадьевич"
    )
    assert f["other_name"] == "Орлов-Белый"
    assert (
        f["birth"] == "3.05.1890"
        and f["birthplace"] == "г. Вестерби"
        and f["nationality"] == "еврей"
    )
    assert f["party_joined"] == "1917" and f["former_party"] == "меньшевик"
    assert f["position"] == "первый секретарь полпредства СССР в Норландии"
    assert f["address"] == "ул. Образцовая, д.3, кв. 5"
    assert f["executed"] == "21.08.1937" and f["burial_place"] == "Донское"
    g = fields(doc, 1)
    assert (
        g["birthplace"] == "Корея, г. Пхеньян"
        and g["party"] == "б/п"
        and g["position"] == "переводчик"
    )
    assert doc.segments_of("record")[0].attrs["street"] == "Образцовая ул."


def test_field_spans_point_at_their_text() -> None:
    doc = read_bytes(page(RECORDS), "shot-x.htm", Settings())
    for a in doc.annotations:
        if a.name not in ("address",):
            assert doc.text[a.start : a.end] == a.value


def test_parse_record_without_party() -> None:
    text = (
        "Ли Ван, род. 1899, Китай, китаец, прачка. Адрес: ул. Тестовая, д.1. Расстрелян 1.01.1938."
    )
    got = {f: v for f, v, _, _ in parse_record(text)}
    assert (
        got["nationality"] == "китаец"
        and got["position"] == "прачка"
        and got["executed"] == "1.01.1938"
    )


def test_names_in_parentheses_other_surname_or_given_name_variant() -> None:
    from narkomindel.read.memorial import parse_record

    def other(text: str) -> list[tuple[str, str]]:
        return [(f, v) for f, v, _s, _e in parse_record(text) if f.startswith("other")]

    assert other("Дубов (Клейн) Петр Ильич, род. 1890") == [("other_name", "Клейн")]
    assert other("Дубов Петр Рихардович (Рысяк), род. 1890") == [("other_given_name", "Рысяк")]
    assert other("Дубов Петр Ильич (Клейн Павел Осипович, Ворон), род. 1890") == [
        ("other_name", "Клейн Павел Осипович"),
        ("other_name", "Ворон"),
    ]


def test_unclosed_parenthesis_in_a_name_is_skipped() -> None:
    text = "Иванов (Петров Иван, род. 1900, г. Вестерби"
    fields = {f: v for f, v, _, _ in parse_record(text, name_end=text.index(","))}
    assert fields["surname"] == "Иванов" and fields["given_name"] == "Петров"
    assert fields["patronymic"] == "Иван"


def test_burial_place_after_the_last_full_stop() -> None:
    text = "Орлов Семен, род. 1890. Место захоронения: Бутово. Место захоронения: Коммунарка."
    assert ("burial_place", "Коммунарка") in [(f, v) for f, v, _, _ in parse_record(text)]


def test_street_heading_named_on_each_record() -> None:
    doc = read_bytes(page(RECORDS), "shot-x.htm", Settings())
    assert [s.attrs.get("street") for s in doc.segments_of("record")] == ["Образцовая ул."] * 2
