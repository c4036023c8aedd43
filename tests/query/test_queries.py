"""Queries over the register, on an invented corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import narkomindel
from narkomindel import query
from narkomindel.cli.main import cli
from narkomindel.errors import NotFoundError, UsageError
from tests.helpers import call
from tests.query.fixture import build


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("reg"))


def names(rows: list[dict]) -> set[str]:
    return {r["name"] for r in rows}


def test_persons_filters(db: Path) -> None:
    everyone = call(query.persons, db)
    assert {"T. V. Mirolubov", "K. P. Sedykhin", "O. I. Vantsev"} <= names(everyone)
    assert "Миролюбов Павел Иванович" in names(everyone)  # an unlinked record is a person too
    assert "Миролюбов Тихон Васильевич" not in names(everyone)  # linked: part of Mirolubov
    assert names(call(query.persons, db, fate="executed", kind="text")) == {
        "T. V. Mirolubov",
        "K. P. Sedykhin",
    }
    assert names(call(query.persons, db, country="Denmark", year=1935)) == {"K. P. Sedykhin"}
    assert call(query.persons, db, country="Denmark", year=1939) == []
    assert names(call(query.persons, db, role="counsellor")) == {"F. A. Glinkov"}
    diplomats = names(call(query.persons, db, diplomats=True))
    assert "T. V. Mirolubov" in diplomats and "Миролюбов Павел Иванович" not in diplomats
    # any spelling or script of a name
    assert "T. V. Mirolubov" in names(call(query.persons, db, name="Mirolyubov"))
    assert "T. V. Mirolubov" in names(call(query.persons, db, name="Миролюбов"))
    with pytest.raises(UsageError):
        call(query.persons, db, year="the thirties")


def test_person_card(db: Path) -> None:
    card = call(query.person, db, "T. V. Mirolubov")
    assert "Миролюбов Тихон Васильевич" in card["cyrillic"] and "Tikhon Mirolyubov" in card["latin"]
    assert card["fate"] == "executed" and card["fate_date"] == "1938-02-02"
    assert card["birth"] == "1890" and card["death"] == "1938-02-02"
    assert [f["date_start"] for f in card["career"]][0] == "1931"  # in date order
    for f in card["factoids"]:
        assert f["quote"] and f["source"] and f["end"] > f["start"] and f["id"].startswith("f-")
    assert any(f.get("via_record") == "Миролюбов Тихон Васильевич" for f in card["factoids"])
    assert [lk["status"] for lk in card["links"]] == ["applied"]
    vantsev = call(query.person, db, "Vantsev")
    assert any(c["kind"] == "link" and "survived" in c["about"] for c in vantsev["conflicts"])
    with pytest.raises(NotFoundError):
        call(query.person, db, "Nobody-at-all")


def test_conflicting_fates_side_by_side(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(
        "Ambassador to Chile P. R. Zavodov was shot in 1938.\n\n"
        "Other accounts say that P. R. Zavodov survived the purges.\n"
    )
    from narkomindel import ingest

    ingest([tmp_path / "src"], tmp_path / "c.db")
    card = call(query.person, tmp_path / "c.db", "Zavodov")
    conflict = next(c for c in card["conflicts"] if c["kind"] == "fate")
    assert {f["value"] for f in conflict["claims"]} == {"executed", "survived"}
    assert all(f["quote"] for f in conflict["claims"])


def test_posts_and_events(db: Path) -> None:
    rows = call(query.posts, db, country="Norway")
    assert {r["person"] for r in rows} == {"T. V. Mirolubov"}
    assert {r["role"] for r in rows} >= {"ambassador", "polpred"}
    assert all(r["quote"] and r["path"] for r in rows)
    assert [r["person"] for r in call(query.posts, db, country="Denmark", year=1934)] == [
        "K. P. Sedykhin"
    ]
    chronology = call(query.events, db)
    assert [e["date"] for e in chronology] == sorted(e["date"] for e in chronology)
    assert [e["type"] for e in call(query.events, db, date_from=1933)] == [
        "conference",
        "recognition",
    ]
    conference = call(query.events, db, type="conference")[0]
    assert {p["name"] for p in conference["participants"]} == {"T. V. Mirolubov", "K. P. Sedykhin"}
    treaty = call(query.events, db, type="treaty")[0]
    assert treaty["date"] == "1932-05-12" and "Norway" in treaty["parties"]
    assert call(query.events, db, country="Denmark")[0]["type"] == "recognition"


def test_search_tolerates_spellings(db: Path) -> None:
    found = call(query.search, db, "Mirolyubov")
    assert any("Mirolubov" in h["snippet"] for h in found["passages"])  # another spelling
    assert any("Миролюбов" in h["snippet"] for h in found["passages"])  # and the record
    assert "T. V. Mirolubov" in {p["name"] for p in found["persons"]}
    assert call(query.search, db, "Bergen treaty")["passages"]
    assert call(query.search, db, "Quixotic")["passages"] == []
    with pytest.raises(UsageError):
        call(query.search, db, "  ")


def test_cli_queries(db: Path) -> None:
    run = CliRunner().invoke
    out = run(cli, ["persons", "--db", str(db), "--fate", "executed", "--format", "json"])
    assert out.exit_code == 0 and "K. P. Sedykhin" in names(json.loads(out.output))
    csv_out = run(cli, ["persons", "--db", str(db), "--country", "Denmark", "--format", "csv"])
    assert csv_out.output.splitlines()[0].startswith("id,name")
    table = run(cli, ["person", "Sedykhin", "--db", str(db)]).output
    assert "Career:" in table and "Denmark" in table and "1933–1937" in table
    assert "Norway" in run(cli, ["posts", "--db", str(db), "--country", "Norway"]).output
    assert "Treaty of Bergen" in run(cli, ["events", "--db", str(db)]).output
    assert "Mirolubov" in run(cli, ["search", "Mirolyubov", "--db", str(db)]).output
    bad = run(cli, ["persons", "--db", str(db), "--year", "soon"])
    assert bad.exit_code == 2 and "not a year" in bad.output


def test_missing_database_and_old_register(db: Path, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no database"):
        narkomindel.open(tmp_path / "nothing.db")
    assert not (tmp_path / "nothing.db").exists()  # not created by asking
    out = CliRunner().invoke(cli, ["persons", "--db", str(tmp_path / "nothing.db")])
    assert out.exit_code == 2 and "narkomindel ingest" in out.output
    # a database whose persons were never summarised gets its register built on first use
    import shutil

    from narkomindel.store.database import Store

    old = tmp_path / "old.db"
    shutil.copy(db, old)
    with Store(old) as store:
        store.conn.execute("DELETE FROM person_summary")
    assert "K. P. Sedykhin" in names(narkomindel.open(old).persons())
    with pytest.raises(UsageError, match="after"):
        call(query.events, db, date_from=1935, date_to=1930)


def test_registry_person_card_is_romanised(db: Path) -> None:
    card = call(query.person, db, "Миролюбов Павел")
    assert card["kind"] == "registry" and card["latin"] == []
    assert card["romanised"] == ["Miroliubov Pavel Ivanovich"]
    assert "(romanised)" in CliRunner().invoke(cli, ["person", card["id"], "--db", str(db)]).output


def test_filter_values_are_forgiving_and_checked(db: Path) -> None:
    assert names(call(query.persons, db, country="denmark")) == {"K. P. Sedykhin"}
    assert names(call(query.persons, db, country="Oslo")) == names(
        call(query.persons, db, country="Norway")
    )
    assert names(call(query.persons, db, role="Counsellor")) == {"F. A. Glinkov"}
    with pytest.raises(UsageError, match="known values: .*Denmark"):
        call(query.persons, db, country="Atlantis")
    with pytest.raises(UsageError, match="ambassador"):
        call(query.posts, db, role="ambasador")
    with pytest.raises(UsageError, match="not a year"):
        call(query.persons, db, year="19")


def test_a_decision_refreshes_the_persons_it_touches(tmp_path: Path) -> None:
    from narkomindel.pipeline import decide, judge_factoid
    from narkomindel.query import review_queue

    db = build(tmp_path)
    vantsev = next(r for r in call(review_queue, db) if r["person"] == "O. I. Vantsev")
    assert "Ванцев Олег Игоревич" in names(call(query.persons, db, kind="registry"))
    call(decide, db, str(vantsev["id"]), "accept", who="tester", why="the same man after all")
    card = call(query.person, db, "O. I. Vantsev")
    assert any(f.get("via_record") == "Ванцев Олег Игоревич" for f in card["factoids"])
    assert "Ванцев Олег Игоревич" not in names(call(query.persons, db, kind="registry"))
    shot = next(f for f in card["factoids"] if f["value"] == "executed")
    call(judge_factoid, db, shot["id"], "rejected", who="tester", why="he survived")
    assert call(query.person, db, "O. I. Vantsev")["fate"] == "survived"
    call(decide, db, str(vantsev["id"]), "reject", who="tester", why="no, a namesake")
    assert "Ванцев Олег Игоревич" in names(call(query.persons, db, kind="registry"))


VOLUME = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Invented
Papers</title></titleStmt><publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Test</p>
</sourceDesc></fileDesc></teiHeader><text><body>
<div type="document" xml:id="d7" n="7">
<head>The Consul at Vesterby to the Secretary of State</head>
<dateline><date when="1929-04-02">April 2, 1929</date>.</dateline>
<p>The Soviet Ambassador to Norway, Mr. <persName corresp="#p_KRV1">K. R. Vasyutin</persName>,
called on me today.</p></div>
</body></text></TEI>"""


def test_an_undated_post_in_a_dated_document_is_held_on_that_date(tmp_path: Path) -> None:
    from narkomindel import ingest

    (tmp_path / "v.xml").write_text(VOLUME)
    db = tmp_path / "v.db"
    ingest([tmp_path / "v.xml"], db)
    (post,) = [p for p in call(query.posts, db) if p["person"] == "K. R. Vasyutin"]
    assert (post["date_start"], post["attested"]) == (None, "1929-04-02")
    assert names(call(query.persons, db, country="Norway", year=1929)) == {"K. R. Vasyutin"}
    assert call(query.persons, db, country="Norway", year=1930) == []


def test_a_long_table_is_cut_with_a_note(tmp_path: Path) -> None:
    from narkomindel.cli import queries as cli_register

    db = build(tmp_path)
    old, cli_register.TABLE_ROWS = cli_register.TABLE_ROWS, 2
    try:
        out = CliRunner().invoke(cli, ["persons", "--db", str(db)]).output
    finally:
        cli_register.TABLE_ROWS = old
    assert "the first 2 shown" in out
    full = CliRunner().invoke(cli, ["persons", "--db", str(db), "--format", "csv"]).output
    assert len(full.strip().splitlines()) - 1 == len(call(query.persons, db))
