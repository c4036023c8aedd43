"""The stats and report commands: thin wrappers that print what the library returns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from narkomindel.cli.main import cli
from tests.analyse.register import build, fate, post


def _db(tmp_path: Path) -> str:
    people = [(f"Avdeev{i}", [post(), fate("executed", "1937-05-01")]) for i in range(3)]
    people += [
        ("Bobrov", [post("consul", "1930", "1937")]),
        ("Chernov", [post(), fate("survived")]),
    ]
    return str(build(tmp_path / "cli.db", people))


def test_stats_fates_table_csv_json_and_list(tmp_path: Path) -> None:
    db = _db(tmp_path)
    run = CliRunner()
    out = run.invoke(cli, ["stats", "fates", "--db", db, "--format", "csv"])
    assert out.exit_code == 0, out.output
    rows = {r["fate class"]: r for r in csv.DictReader(io.StringIO(out.output))}
    assert (
        rows["purged"]["n"] == "3"
        and rows["purged"]["N"] == "5"
        and rows["purged"]["share %"] == "60.0"
    )
    table = run.invoke(cli, ["stats", "fates", "--db", db])
    assert "N = 5" in table.output and "fate rule 'default'" in table.output
    listed = run.invoke(
        cli, ["stats", "fates", "--db", db, "--list", "likely-purged", "--format", "json"]
    )
    people = json.loads(listed.output)
    assert [p["name"] for p in people] == ["Bobrov"] and people[0]["last_post"]
    every = run.invoke(cli, ["stats", "fates", "--db", db, "--list"])
    assert "5 person(s)" in every.output
    bad = run.invoke(cli, ["stats", "fates", "--db", db, "--cohort", "colour=red"])
    assert bad.exit_code == 2 and "cohort" in bad.output


def test_the_other_stats_commands_and_the_report(tmp_path: Path) -> None:
    db = _db(tmp_path)
    run = CliRunner()
    for args in (["cohorts"], ["survival"], ["recognition"], ["published"], ["sensitivity"],
                 ["survival", "--by", "generation", "--format", "json"]):  # fmt: skip
        out = run.invoke(cli, ["stats", *args, "--db", db])
        assert out.exit_code == 0, (args, out.output)
    page = tmp_path / "r.html"
    out = run.invoke(cli, ["report", "--db", db, "--out", str(page), "--no-sensitivity"])
    assert out.exit_code == 0, out.output
    assert page.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "r_csv" / "fates_staff.csv").exists()
    assert not (tmp_path / "r_csv" / "sensitivity_staff.csv").exists()
