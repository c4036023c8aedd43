"""Ingest: batches with bad files, re-runs, new versions, and interrupted runs."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from narkomindel import ingest
from narkomindel.config import Settings
from narkomindel.store.database import Store
from tests.helpers import call
from tests.pdfgen import make_pdf

GOOD = "The envoy arrived in the spring and presented his letters to the minister.\n"


def write_bad_batch(folder: Path) -> dict[str, str]:
    """One file per kind of bad input, and the error code each must get."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\n ")
    (folder / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin.txt").write_bytes(
        "The caf\xe9 where the na\xefve \xe9l\xe8ve met the envoy".encode("latin-1")
    )
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&b;</p></body></text></TEI>'
    )
    (folder / "laughs.xml").write_text(laughs)
    (folder / "broken.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><p>open</text>'
    )
    pdf = make_pdf([["A page of text that will be truncated in the middle of its bytes."]])
    (folder / "cut.pdf").write_bytes(pdf[: len(pdf) // 3])
    (folder / "huge.txt").write_text("word " * 5000)
    return {
        "empty.txt": "E101",
        "blank.txt": "E101",
        "binary.bin": "E102",
        "latin.txt": "E104",
        "laughs.xml": "E105",
        "broken.xml": "E106",
        "cut.pdf": "E10",  # E106 (damaged) or E108 (no text layer), both say what to do
        "huge.txt": "E107",  # one size limit, one code (issue 9)
    }


def test_bad_files_reported_batch_continues(tmp_path: Path, db: Path) -> None:
    expected = write_bad_batch(tmp_path / "in")
    report = ingest([tmp_path / "in"], db, settings=Settings(max_file_bytes=20_000))
    by_name = {Path(r.path).name: r for r in report.results}
    assert by_name["good.txt"].status == "added"
    for name, code in expected.items():
        result = by_name[name]
        assert result.status == "failed", name
        assert result.error and result.error.startswith(f"[{code}"), (name, result.error)
        assert name in result.error  # says which file
        assert "—" in result.error  # and what to do
    assert not report.ok
    with Store(db) as store:
        assert [s["path"].rsplit("/", 1)[-1] for s in store.sources()] == ["good.txt"]
        assert store.integrity_problems() == []


def test_reingest_adds_nothing_and_changed_file_is_new_version(tmp_path: Path, db: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GOOD)
    assert ingest([f], db).counts["added"] == 1
    assert ingest([f], db).counts == {
        "added": 0,
        "new_version": 0,
        "reread": 0,
        "unchanged": 1,
        "skipped": 0,
        "failed": 0,
    }
    f.write_text(GOOD + "He left in the autumn.\n")
    assert ingest([f], db).counts["new_version"] == 1
    with Store(db) as store:
        latest = store.sources()
        assert len(latest) == 1 and latest[0]["version"] == 2
        assert len(store.sources(all_versions=True)) == 2


def test_failed_file_does_not_damage_stored_data(tmp_path: Path, db: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    ingest([good], db)
    with Store(db) as store:
        before = store.text(store.sources()[0]["id"])
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI><unclosed></TEI>")
    assert ingest([bad], db).counts["failed"] == 1
    with Store(db) as store:
        assert store.text(store.sources()[0]["id"]) == before
        assert store.integrity_problems() == []


def test_kill_9_leaves_database_consistent_and_resumable(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    paragraph = "The commissariat sent a new envoy to the legation in the north. " * 400
    for i in range(400):
        (folder / f"doc{i:03d}.txt").write_text(f"Document {i}.\n\n{paragraph}\n")
    code = f"from narkomindel import ingest; ingest([{str(folder)!r}], {str(db)!r})"
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=5) as conn:
                stored = conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        if stored >= 20:
            break
    if proc.poll() is not None:
        pytest.fail("ingest finished before it could be interrupted; make the batch larger")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db) as store:
        assert store.integrity_problems() == []
        n = len(store.sources())
        assert 20 <= n < 400
        for sid in store.iter_source_ids():  # every stored source is complete
            assert store.segments(sid) and store.text(sid)
    report = ingest([folder], db)
    assert report.counts["unchanged"] == n and report.counts["added"] == 400 - n


def test_bytes_read_by_an_older_reader_are_read_again(tmp_path: Path, db: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GOOD)
    ingest([f], db)
    with Store(db) as store:
        sid = store.sources()[0]["id"]
        store.conn.execute("UPDATE sources SET reader = 'reader.text.v0' WHERE id = ?", (sid,))
    report = ingest([f], db)
    assert report.counts["reread"] == 1 and report.counts["added"] == 0
    with Store(db) as store:
        assert store.reader_of(sid) == "reader.text.v1"
        assert len(store.sources(all_versions=True)) == 1
        assert (
            store.text(sid).startswith("The envoy arrived")
            and store.extraction(sid).mentions is not None
        )
        assert store.integrity_problems() == []
    assert ingest([f], db).counts["unchanged"] == 1


def test_extract_after_a_new_extractor_resolves_again(tmp_path: Path) -> None:
    """Persons point at mentions by number; a fresh extraction renumbers them, so
    `extract` resolves again and the register stays consistent."""
    from narkomindel import query
    from narkomindel.pipeline import extract_sources

    (tmp_path / "a.txt").write_text("Ambassador to Chile P. R. Zavodov was shot in 1938.\n")
    db = tmp_path / "x.db"
    ingest([tmp_path / "a.txt"], db)
    before = call(query.person, db, "Zavodov")
    with sqlite3.connect(db) as conn:  # as if the persons were of an older extraction
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("DELETE FROM entities")
    call(extract_sources, db, force=True)
    after = call(query.person, db, "Zavodov")
    assert [m["text"] for m in after["mentions"]] == [m["text"] for m in before["mentions"]]
    assert after["fate"] == "executed"


def test_data_files_beside_sources_are_skipped_in_a_folder_but_read_when_named(
    tmp_path: Path, db: Path
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "note.txt").write_text(GOOD, encoding="utf-8")
    (folder / "gold-z.json").write_text('{"files": [{"file": "note.txt", "persons": []}]}')
    (folder / "links.jsonl").write_text('{"a": 1}\n')
    (folder / "make_gold.py").write_text('print("Ambassador Zavodov")\n')
    report = ingest([folder], db)
    by_name = {Path(r.path).name: r for r in report.results}
    assert by_name["note.txt"].status == "added"
    for name in ("gold-z.json", "links.jsonl", "make_gold.py"):
        assert by_name[name].status == "skipped"
        assert name in (by_name[name].error or "") and "Name the file itself" in (
            by_name[name].error or ""
        )
    assert "program or script" in (by_name["make_gold.py"].error or "")
    assert report.counts["skipped"] == 3 and report.ok  # a note, not a failure
    with Store(db) as store:
        assert [s["path"].rsplit("/", 1)[-1] for s in store.sources()] == ["note.txt"]
    named = ingest([folder / "gold-z.json"], db)  # named itself: read as a text
    assert [r.status for r in named.results] == ["added"]
