"""The Python API for notebooks, and the package's public names (pinned)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import narkomindel
from narkomindel.errors import NotFoundError
from tests.query.fixture import build

PUBLIC = [
    "__version__", "Annotation", "Document", "DocumentMeta", "Event", "Factoid", "IngestReport",
    "Person", "PersonCard", "Prosopography", "Segment", "Source", "Store", "ingest", "open",
    "read_bytes", "read_file",
]  # fmt: skip


def test_public_names_are_pinned() -> None:
    assert narkomindel.__all__ == PUBLIC
    for name in PUBLIC:
        assert hasattr(narkomindel, name), name


def test_open_gives_objects_and_dataframes(tmp_path: Path) -> None:
    reg = narkomindel.open(build(tmp_path))
    executed = reg.persons(fate="executed", kind="text")
    assert {p.name for p in executed} == {"T. V. Mirolubov", "K. P. Sedykhin"}
    assert all(isinstance(p, narkomindel.Person) for p in executed)
    card = reg.person("Sedykhin")
    assert card.person.fate == "executed"
    assert [(f.role, f.country, f.start, f.end) for f in card.career] == [
        ("ambassador", "Denmark", "1933", "1937")
    ]
    assert all(f.quote and f.end_char > f.start_char for f in card.factoids)
    posts = reg.factoids(type="post")
    assert posts and all(isinstance(f, narkomindel.Factoid) for f in posts)
    assert {e.type for e in reg.events()} >= {"treaty", "recognition", "conference"}
    assert [e["date"] for e in reg.chronology()] == sorted(e["date"] for e in reg.chronology())
    assert {s.kind for s in reg.sources()} == {"scholarship", "registry"}
    df = reg.dataframe("factoids")
    assert isinstance(df, pd.DataFrame)
    assert {"id", "type", "subject", "quote", "source", "start_char"} <= set(df.columns)
    by_country = df[df.type == "post"].groupby("country").size()
    assert by_country["Norway"] >= 2
    assert len(reg.dataframe("persons")) == len(reg.persons())
    with pytest.raises(ValueError):
        reg.dataframe("nothing")
    with pytest.raises(NotFoundError):
        narkomindel.open(tmp_path / "missing.db")
