"""Historians' tables as cited sources (issue 13, §7): the reader and the rows' claims.
Invented persons only."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from narkomindel import ingest, query
from narkomindel.config import Settings
from narkomindel.errors import MalformedInputError
from narkomindel.extract import extract_document
from narkomindel.extract.tables import fate_value
from narkomindel.read import choose_reader, read_bytes
from narkomindel.read.spreadsheet import NAME, detect_mapping

CSV = (
    "Surname,Given name,Post,Country,From,To,Fate,Fate date,Born,Nationality\n"
    "Zarnitskii,Ivan,Polpred,Ruritania,1925,1931,shot,5.11.1937,1889,Latvian\n"
    '"Borovikov",Pavel,Counsellor,Graustark,1930,1937,,,1899,\n'
    "\n"
    'Melnikova,Anna,"Ambassador, later envoy",Freedonia,1933,1936,survived,,1895,Russian\n'
)


def test_rows_are_records_and_cells_are_cited() -> None:
    data = CSV.encode("utf-8")
    assert choose_reader(data, "heads.csv").name == NAME  # type: ignore[union-attr]
    doc = read_bytes(data, "heads.csv", Settings())
    assert doc.text == CSV and doc.meta.kind == "registry"
    assert [s.label for s in doc.segments] == ["2", "3", "5"]  # the blank line is no row
    for a in doc.annotations:
        assert doc.text[a.start : a.end] == a.value
    roles = [a.value for a in doc.annotations if a.name == "role"]
    assert roles == ["Polpred", "Counsellor", "Ambassador, later envoy"]


def test_the_rows_become_persons_posts_and_fates() -> None:
    doc = read_bytes(CSV.encode("utf-8"), "heads.csv", Settings())
    ex = extract_document(doc)
    persons = [m for m in ex.mentions if m.type == "person" and m.attrs.get("table_row")]
    assert [m.text for m in persons] == ["Zarnitskii", "Borovikov", "Melnikova"]
    posts = [c for c in ex.claims if c.type == "post" and c.extractor.startswith("extract.tables")]
    assert [(c.role, c.country, c.date_start, c.date_end) for c in posts][0] == (
        "polpred", "Ruritania", "1925", "1931",
    )  # fmt: skip
    assert posts[0].attrs["elite"] and not posts[1].attrs["elite"]
    fates = {
        (ex.mentions[c.subject].text, c.value, c.date_start) for c in ex.claims if c.type == "fate"
    }
    assert ("Zarnitskii", "executed", "1937-11-05") in fates and (
        "Melnikova",
        "survived",
        None,
    ) in fates
    assert all(c.quote == doc.text[c.start : c.end] for c in ex.claims)


def test_a_mapping_line_and_russian_headers() -> None:
    text = "#mapping: Кто=surname; Где=country; Что=role\nКто,Где,Что,Судьба\nЛапшин,Руритания,полпред,расстрелян\n"
    doc = read_bytes(text.encode("utf-8"), "list.csv", Settings())
    fields = {a.name: a.value for a in doc.annotations}
    assert fields == {
        "surname": "Лапшин",
        "country": "Руритания",
        "role": "полпред",
        "fate": "расстрелян",
    }
    assert fate_value("расстрелян") == "executed" and fate_value("Arrested 1938") == "arrested"
    assert detect_mapping(["Full name", "Position"]) == {0: "name", 1: "role"}


def test_a_table_without_names_is_refused_and_other_csv_is_left_to_the_text_reader() -> None:
    with pytest.raises(MalformedInputError, match="no name column"):
        read_bytes(b"#mapping: a=b\nx,y\n1,2\n", "odd.csv", Settings())
    other = b"year,price\n1921,3\n"
    assert choose_reader(other, "prices.csv").name != NAME  # type: ignore[union-attr]


def test_xlsx_is_read_as_a_text_layer(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Name", "Role", "Country", "Fate", "Fate date"])
    ws.append(["Petr Lapshin", "Consul", "Ruritania", "arrested", 1938])
    buf = io.BytesIO()
    wb.save(buf)
    doc = read_bytes(buf.getvalue(), "list.xlsx", Settings())
    assert doc.reader == NAME and "Petr Lapshin\tConsul" in doc.text
    ex = extract_document(doc)
    assert {(c.type, c.value or c.role) for c in ex.claims} >= {
        ("post", "consul"),
        ("fate", "arrested"),
    }


def test_a_table_joins_the_register_with_its_own_provenance(tmp_path: Path) -> None:
    (tmp_path / "heads.csv").write_text(CSV, encoding="utf-8")
    db = tmp_path / "t.db"
    assert ingest([tmp_path / "heads.csv"], db).ok
    from narkomindel.api import open_store

    with open_store(str(db)) as store:
        card = query.person(store, "Zarnitskii")
        assert card.person.fate == "executed" and card.person.is_elite
        assert all(f.path and f.path.endswith("heads.csv") for f in card.factoids)
