"""The command line: every command runs, prints the promised shapes, exits honestly."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from narkomindel.cli.main import cli


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_demo_then_sources_json(db: Path) -> None:
    code, out = run("demo", "--db", str(db))
    assert code == 0, out
    assert "3 sources added" in out
    code, out = run("sources", "--db", str(db), "--format", "json")
    rows = json.loads(out)
    assert len(rows) == 3
    for key in (
        "id",
        "path",
        "kind",
        "language",
        "segments",
        "footnotes",
        "records",
        "annotations",
    ):
        assert all(key in r for r in rows)
    kinds = {r["kind"]: r for r in rows}
    assert kinds["registry"]["records"] == 3 and kinds["registry"]["language"] == "ru"
    assert kinds["scholarship"]["footnotes"] == 3
    assert kinds["primary"]["person_tags"] == 3 and kinds["primary"]["authority_entries"] == 2
    code, out = run("demo", "--db", str(db))  # running again changes nothing
    assert code == 0 and "0 sources added, 3 already there" in out


def test_source_views(db: Path) -> None:
    run("demo", "--db", str(db))
    rows = json.loads(run("sources", "--db", str(db), "--format", "json")[1])
    article = next(r for r in rows if r["kind"] == "scholarship")
    code, out = run("source", article["id"][:8], "--db", str(db), "--text")
    assert code == 0 and "Zarevskii" in out and "Sample Review" not in out
    code, out = run(
        "source",
        article["id"][:8],
        "--db",
        str(db),
        "--segments",
        "--kind",
        "footnote",
        "--format",
        "csv",
    )
    table = list(csv.DictReader(io.StringIO(out)))
    assert [r["label"] for r in table] == ["1", "2", "3"]
    volume = next(r for r in rows if r["kind"] == "primary")
    code, out = run(
        "source",
        volume["id"][:8],
        "--db",
        str(db),
        "--annotations",
        "--kind",
        "tei",
        "--format",
        "json",
    )
    tags = json.loads(out)
    assert {t["name"] for t in tags} >= {"persName", "placeName", "date"}
    assert all(t["text"] == t["value"] for t in tags if t["name"] == "persName")


def test_ingest_exit_code_and_messages(tmp_path: Path, db: Path) -> None:
    (tmp_path / "ok.txt").write_text("A line of text about an envoy.\n")
    (tmp_path / "empty.txt").write_text("")
    code, out = run("ingest", str(tmp_path), "--db", str(db), "--quiet")
    assert code == 1
    assert "1 added" in out and "1 failed" in out
    assert "empty.txt" in out and "E101" in out


def test_unknown_source_is_a_clear_error(db: Path) -> None:
    run("demo", "--db", str(db))
    code, out = run("source", "zzzz", "--db", str(db))
    assert code == 2 and "no source matches 'zzzz'" in out


def test_env_db_and_python_m(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    proc = subprocess.run(
        [sys.executable, "-m", "narkomindel", "sources", "--format", "json"],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "NARKOMINDEL_DB": str(db)},
        check=True,
    )
    assert json.loads(proc.stdout) == [] and db.exists()


def test_span_shown_in_original_bytes(db: Path) -> None:
    run("demo", "--db", str(db))
    rows = json.loads(run("sources", "--db", str(db), "--format", "json")[1])
    register = next(r for r in rows if r["kind"] == "registry")
    text = run("source", register["id"][:8], "--db", str(db), "--text")[1]
    start = text.index("Заревский")
    code, out = run(
        "source",
        register["id"][:8],
        "--db",
        str(db),
        "--span",
        f"{start}:{start + 9}",
        "--format",
        "json",
    )
    span = json.loads(out)
    assert span["text"] == "Заревский" and span["source_text"] == "Заревский"
    assert bytes.fromhex(span["original_bytes"]).decode("cp1251") == "Заревский"
    assert span["byte_end"] - span["byte_start"] == 9  # one byte a letter in windows-1251
    code, out = run("source", register["id"][:8], "--db", str(db), "--span", "5:1")
    assert code == 2 and "outside the text" in out


def test_extract_is_incremental_and_evaluate_scores(tmp_path: Path, db: Path) -> None:
    run("demo", "--db", str(db))  # ingest extracts as it goes
    code, out = run("extract", "--db", str(db))
    assert code == 0 and out.startswith("0 sources extracted")
    code, out = run("extract", "--db", str(db), "--force")
    assert code == 0 and out.startswith("3 sources extracted")
    rows = json.loads(run("sources", "--db", str(db), "--format", "json")[1])
    article = next(r for r in rows if r["kind"] == "scholarship")
    from narkomindel.store.database import Store

    with Store(db) as store:
        original = store.document(article["id"]).source_text
    spans = [
        (m.start(), m.end())
        for m in __import__("re").finditer(
            r"Zarev-\nskii|Zarevskii|Tol\nmachev|Tolmachev", original
        )
    ]
    ref = tmp_path / "ref.jsonl"
    lines = [
        {
            "sha256": article["id"],
            "kind": "mention",
            "type": "person",
            "start": s,
            "end": e,
            "entity": "x",
        }
        for s, e in spans
    ]
    lines.append(
        {"sha256": article["id"], "kind": "fate", "entity": "Zarevskii", "value": "executed"}
    )
    lines.append(
        {
            "sha256": article["id"],
            "kind": "post",
            "entity": "Zarevskii",
            "role": "polpred",
            "country": None,
        }
    )
    ref.write_text("\n".join(json.dumps(x) for x in lines))
    code, out = run("evaluate", "--reference", str(ref), "--db", str(db), "--format", "json")
    assert code == 0, out
    scores = {s["kind"]: s for s in json.loads(out)}
    assert scores["person_mention"]["recall"] == 1.0
    assert scores["fate"]["tp"] == 1 and scores["post"]["tp"] == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json}\n")
    code, out = run("evaluate", "--reference", str(bad), "--db", str(db))
    assert code == 2 and "bad.jsonl:1" in out
