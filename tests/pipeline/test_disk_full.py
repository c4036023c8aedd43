"""A disk that fills during ingest: one clear line, nothing stored before is damaged (issue 10).

Needs a small tmpfs (root on Linux); skipped cleanly elsewhere."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from narkomindel import ingest
from narkomindel.store.database import Store


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1200k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root on Linux)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_full_disk_fails_with_one_line_and_loses_nothing(
    small_disk: Path, tmp_path: Path
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("In 1931 Ambassador to Portugal T. V. Mirolubov arrived.\n")
    db = small_disk / "t.db"
    assert ingest([src], db).ok
    big = tmp_path / "big"
    big.mkdir()
    words = " ".join(
        f"Ambassador{i} Ivanov{i % 97} arrived in Lisbon in 19{20 + i % 20}." for i in range(60_000)
    )
    (big / "book.txt").write_text(words)
    report = ingest([big], db)
    messages = [r.error or "" for r in report.failed] + [x.error or "" for x in report.extracted]
    assert any("[E202]" in m and "nothing was lost" in m for m in messages), messages
    assert not any("Traceback" in m or "E900" in m for m in messages)
    with Store(db) as store:
        assert store.integrity_problems() == []
        assert [Path(s["path"]).name for s in store.sources()] == ["a.txt"]
