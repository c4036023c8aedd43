"""kill -9 during a full and during an incremental ingest, then the same ingest again:
the register equals a clean run's (issue 10). benchmarks/fault_kill.py runs twenty."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from narkomindel import ingest
from tests.pipeline.interruptions import corpus, fingerprint, kill_after, rerun


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, float]:
    root = tmp_path_factory.mktemp("kill")
    folder = root / "in"
    corpus(folder)
    db = root / "clean.db"
    started = time.perf_counter()
    ingest([folder], db)
    return folder, fingerprint(db), time.perf_counter() - started


@pytest.mark.parametrize("share", [0.15, 0.45, 0.8])
def test_a_killed_full_ingest_is_finished_by_the_next(
    clean: tuple[Path, str, float], tmp_path: Path, share: float
) -> None:
    folder, expected, seconds = clean
    db = tmp_path / "k.db"
    stage = kill_after(folder, db, share * seconds)
    assert rerun(folder, db) == expected, f"killed while {stage}"


@pytest.mark.parametrize("share", [0.2, 0.6])
def test_a_killed_incremental_ingest_is_finished_by_the_next(
    clean: tuple[Path, str, float], tmp_path: Path, share: float
) -> None:
    folder, expected, seconds = clean
    partial = tmp_path / "in"
    shutil.copytree(folder, partial)
    newest = sorted(partial.glob("text*.txt"))[-1]
    kept = newest.read_bytes()
    newest.unlink()
    db = tmp_path / "k.db"
    ingest([partial], db)
    newest.write_bytes(kept)
    full = fingerprint  # the clean run was over the same files at other paths: compare by rerun
    reference = tmp_path / "ref.db"
    ingest([partial], reference)
    stage = kill_after(partial, db, share * seconds / 3)
    assert rerun(partial, db) == full(reference), f"killed while {stage}"
