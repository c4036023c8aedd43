"""The spreadsheet round trip: export CSV, edit, import as curation actions."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from narkomindel import ingest, query
from narkomindel.cli.main import cli
from narkomindel.errors import ImportRowError
from narkomindel.export import export
from narkomindel.pipeline import import_curated
from narkomindel.store.database import Store
from tests.helpers import call
from tests.query.fixture import build


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def write(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def log(db: Path) -> list[tuple[str, str]]:
    with Store(db) as store:
        return [(r[0], r[1]) for r in store.conn.execute("SELECT action, who FROM curation_log")]


def test_round_trip_edits_become_curation_actions(tmp_path: Path) -> None:
    db = build(tmp_path)
    call(export, db, "csv", tmp_path / "csv")
    header, persons = read(tmp_path / "csv" / "persons.csv")
    by_name = {r["name"]: r for r in persons}
    by_name["T. V. Mirolubov"]["name"] = "Tikhon Vasil'evich Miroliubov"  # fix a name
    by_name["F. A. Glinkov"]["merge_into"] = by_name["K. P. Sedykhin"]["id"]  # one man
    write(tmp_path / "persons.csv", header, persons)
    fheader, factoids = read(tmp_path / "csv" / "factoids.csv")
    target = next(
        f
        for f in factoids
        if f["type"] == "fate" and f["subject"] == by_name["K. P. Sedykhin"]["id"]
    )
    target["status"] = "rejected"  # reject a factoid
    write(tmp_path / "factoids.csv", fheader, factoids)

    report = call(import_curated, db, tmp_path / "persons.csv", who="tester")
    assert (report.renamed, report.merged) == (1, 1)
    report = call(import_curated, db, tmp_path / "factoids.csv", who="tester")
    assert report.factoids == 1

    def check() -> None:
        card = call(query.person, db, "Miroliubov")
        assert card["name"] == "Tikhon Vasil'evich Miroliubov"
        sedykhin = call(query.person, db, by_name["K. P. Sedykhin"]["id"])
        assert "F. A. Glinkov" in sedykhin["variants"]
        rejected = [f for f in sedykhin["factoids"] if f["id"] == target["id"]]
        assert rejected and rejected[0]["status"] == "rejected"
        assert sedykhin["fate"] == "arrested"  # the shooting was rejected; Glinkov's arrest stays

    check()
    assert {a for a, who in log(db)} == {"rename", "merge", "factoid"}
    assert all(who == "tester" for _a, who in log(db))
    # the decisions hold after the sources are ingested again (a new file joins)
    (tmp_path / "src" / "more.txt").write_text(
        "Ambassador to Chile P. R. Zavodov arrived in 1934.\n"
    )
    ingest([tmp_path / "src"], db)
    check()


def test_invalid_rows_apply_nothing(tmp_path: Path) -> None:
    db = build(tmp_path)
    call(export, db, "csv", tmp_path / "csv")
    header, persons = read(tmp_path / "csv" / "persons.csv")
    persons[0]["name"] = "A Good New Name"  # valid on its own
    persons[1]["name"] = ""
    persons[2]["merge_into"] = "no-such-person"
    persons.append({**persons[3], "id": "invented|XX"})
    write(tmp_path / "persons.csv", header, persons)
    with pytest.raises(ImportRowError) as err:
        call(import_curated, db, tmp_path / "persons.csv")
    message = str(err.value)
    assert "row 3: the name is empty" in message
    assert "row 4: merge_into 'no-such-person'" in message
    assert f"row {len(persons) + 1}: no person 'invented|XX'" in message
    assert "nothing applied" in message
    assert log(db) == []  # not even the valid row
    assert "A Good New Name" not in {p["name"] for p in call(query.persons, db)}

    fheader, factoids = read(tmp_path / "csv" / "factoids.csv")
    factoids[0]["status"] = "maybe"
    write(tmp_path / "factoids.csv", fheader, factoids)
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "factoids.csv"), "--db", str(db)])
    assert result.exit_code == 2 and "row 2: status 'maybe'" in result.output
    (tmp_path / "other.csv").write_text("a,b\n1,2\n")
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "other.csv"), "--db", str(db)])
    assert result.exit_code == 2 and "not that of persons.csv" in result.output


def test_links_by_spreadsheet_and_dry_run(tmp_path: Path) -> None:
    db = build(tmp_path)
    call(export, db, "csv", tmp_path / "csv")
    header, links = read(tmp_path / "csv" / "links.csv")
    review = next(lk for lk in links if lk["status"] == "review")
    review["status"] = "rejected"
    write(tmp_path / "links.csv", header, links)
    run = CliRunner().invoke
    dry = run(cli, ["import", str(tmp_path / "links.csv"), "--dry-run", "--db", str(db)])
    assert dry.exit_code == 0 and "would apply" in dry.output and log(db) == []
    done = run(cli, ["import", str(tmp_path / "links.csv"), "--db", str(db), "--who", "tester"])
    assert done.exit_code == 0 and "1 link decision" in done.output
    call(export, db, "csv", tmp_path / "again")
    _h, after = read(tmp_path / "again" / "links.csv")
    assert next(lk for lk in after if lk["id"] == review["id"])["status"] == "rejected"


def test_semicolon_separated_and_non_utf8_files(tmp_path: Path) -> None:
    db = build(tmp_path)
    call(export, db, "csv", tmp_path / "csv")
    header, persons = read(tmp_path / "csv" / "persons.csv")
    by_name = {r["name"]: r for r in persons}
    by_name["O. I. Vantsev"]["name"] = "Oleg Vantsev"
    with (tmp_path / "semi.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, delimiter=";")
        writer.writeheader()
        writer.writerows(persons)
    assert call(import_curated, db, tmp_path / "semi.csv").renamed == 1
    (tmp_path / "latin1.csv").write_bytes("id,name,variants\nx,Müller\xff,\n".encode("latin-1"))
    with pytest.raises(ImportRowError, match="not UTF-8"):
        call(import_curated, db, tmp_path / "latin1.csv")
