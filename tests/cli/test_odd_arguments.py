"""Odd arguments to queries, exports and imports: an answer or one clear line, never a
traceback (issue 10)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from narkomindel.cli.main import cli
from tests.query.fixture import build

LONG = "x" * 100_000
BAD_UTF8 = os.fsdecode(b"caf\xe9")  # what the shell hands over for Latin-1 bytes


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build(tmp_path_factory.mktemp("odd")))


@pytest.mark.parametrize(
    "args",
    [
        ["persons", "--name", LONG],
        ["persons", "--name", BAD_UTF8],
        ["persons", "--name", "%"],
        ["persons", "--name", "_"],
        ["persons", "--country", LONG],
        ["persons", "--country", BAD_UTF8],
        ["persons", "--year", "1" * 5000],
        ["persons", "--limit", str(10**30)],
        ["persons", "--limit", "-5"],
        ["persons", "--fate", "\x00"],
        ["person", LONG],
        ["person", BAD_UTF8],
        ["person", "%"],
        ["search", LONG],
        ["search", BAD_UTF8],
        ["search", '"'],
        ["search", "NEAR(a b)"],
        ["search", "x", "--limit", "0"],
        ["search", "x", "--limit", str(10**12)],
        ["events", "--from", "2000", "--to", "1900"],
        ["events", "--type", BAD_UTF8],
        ["posts", "--department", LONG],
        ["source", LONG],
        ["source", BAD_UTF8],
        ["source", "shot-test.htm", "--span", "999999999:1000000000"],
        ["review", "accept", "no-such-link"],
        ["merge", "no-one", "nobody"],
    ],
)
def test_an_answer_or_one_clear_line(db: str, args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, "--db", db], catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1, 2)
    if result.exit_code == 2:
        assert "error: [E" in result.output or "Error:" in result.output
        assert "Traceback" not in result.output


def test_wildcards_are_literal(db: str) -> None:
    out = CliRunner().invoke(cli, ["persons", "--name", "%", "--db", db, "--format", "json"])
    assert out.exit_code == 0 and out.output.strip() == "[]"


def test_exports_refuse_existing_files_and_unwritable_folders(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    target = tmp_path / "r.gexf"
    assert (
        runner.invoke(
            cli, ["export", "--format", "gexf", "--out", str(target), "--db", db]
        ).exit_code
        == 0
    )
    again = runner.invoke(cli, ["export", "--format", "gexf", "--out", str(target), "--db", db])
    assert (
        again.exit_code == 2 and "exist already" in again.output and "--overwrite" in again.output
    )
    ok = runner.invoke(
        cli, ["export", "--format", "gexf", "--out", str(target), "--db", db, "--overwrite"]
    )
    assert ok.exit_code == 0
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "file").write_text("x")
    into_file = runner.invoke(
        cli, ["export", "--format", "jsonl", "--out", str(locked / "file" / "x"), "--db", db]
    )
    assert into_file.exit_code == 2 and "[E130]" in into_file.output


def test_formulas_are_neutralised_and_restored(tmp_path: Path) -> None:
    from narkomindel import query
    from narkomindel.pipeline import rename
    from tests.helpers import call

    db = str(build(tmp_path))
    someone = call(query.persons, db, kind="text")[0]
    call(rename, db, someone.id, "=HYPERLINK(1)", who="t")
    runner = CliRunner()
    out = tmp_path / "sheet"
    assert (
        runner.invoke(cli, ["export", "--format", "csv", "--out", str(out), "--db", db]).exit_code
        == 0
    )
    text = (out / "persons.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK(1)" in text and ",=HYPERLINK" not in text
    back = runner.invoke(cli, ["import", str(out / "persons.csv"), "--db", db, "--dry-run"])
    assert back.exit_code == 0 and "0 rename(s)" in back.output  # the apostrophe came off
    header = text.splitlines()[0]
    big = tmp_path / "big.csv"
    big.write_text(header + "\n" + "x" * 200_000 + "\n", "utf-8")
    refused = runner.invoke(cli, ["import", str(big), "--db", db])
    assert refused.exit_code == 2 and "[E300]" in refused.output
