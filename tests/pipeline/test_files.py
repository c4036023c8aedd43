"""Odd things in a folder given to ingest: each gets one line, the rest is read (issue 10)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from narkomindel import ingest
from narkomindel.pipeline.files import read_bounded, walk
from narkomindel.store.database import Store

GOOD = "In 1931 Ambassador to Portugal T. V. Mirolubov arrived in Lisbon.\n"


def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text(GOOD)
    (root / "sub" / "also.txt").write_text(GOOD.replace("1931", "1932"))
    return root


def errors_of(root: Path) -> dict[str, str]:
    return {f.path.name: f.error.render() for f in walk([root]) if f.error is not None}


def test_a_symlink_loop_and_a_link_out_of_the_folder_are_reported(tmp_path: Path) -> None:
    root = folder(tmp_path)
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)
    (root / "loop.txt").symlink_to(root / "loop.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text("not for ingest")
    (root / "out.txt").symlink_to(outside)
    (root / "inside.txt").symlink_to(root / "good.txt")
    found = errors_of(root)
    assert "loop" in found["back"] and "loop" in found["loop.txt"]
    assert "out of the folders given" in found["out.txt"]
    files = sorted(f.path.name for f in walk([root]) if f.error is None)
    assert files == ["also.txt", "good.txt", "inside.txt"]


def test_devices_fifos_and_dev_zero_are_never_read(tmp_path: Path) -> None:
    root = folder(tmp_path)
    os.mkfifo(root / "pipe.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    db = tmp_path / "t.db"
    # the whole ingest runs in a child with a timeout: a FIFO opened for reading would block
    code = (
        f"import narkomindel; r = narkomindel.ingest([{str(root)!r}], {str(db)!r}); print(r.counts)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "'added': 2" in proc.stdout and "'failed': 2" in proc.stdout
    found = errors_of(root)
    assert "FIFO" in found["pipe.txt"]
    assert "out of the folders given" in found["zero.txt"]  # a link out of the folder
    named = list(walk([Path("/dev/zero")]))
    assert named[0].error is not None and "device" in named[0].error.render()


def test_one_missing_path_among_good_ones_does_not_stop_the_batch(tmp_path: Path) -> None:
    root = folder(tmp_path)
    report = ingest([tmp_path / "nothing-here", root / "good.txt"], tmp_path / "t.db")
    assert report.counts["added"] == 1 and report.counts["failed"] == 1
    assert report.failed[0].error is not None and "[E109]" in report.failed[0].error


def test_a_path_too_long_and_a_name_that_is_not_utf8(tmp_path: Path) -> None:
    root = folder(tmp_path)
    odd = os.fsencode(root) + b"/caf\xe9.txt"  # Latin-1 bytes in a name
    with open(odd, "wb") as fh:
        fh.write(GOOD.replace("1931", "1933").encode())
    long = tmp_path / ("x" * 250) / ("y" * 250) / ("z" * 250)
    report = ingest([root, long / ("w" * 5000)], tmp_path / "t.db")
    assert report.counts["added"] == 3, [r.error for r in report.failed]
    (failure,) = report.failed
    assert failure.error is not None and "too long" in failure.error
    with Store(tmp_path / "t.db") as store:
        assert any("caf\\xe9" in s["path"] for s in store.sources())


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_an_unlistable_folder_is_reported(tmp_path: Path) -> None:
    root = folder(tmp_path)
    (root / "locked").mkdir()
    (root / "locked" / "x.txt").write_text(GOOD)
    (root / "locked").chmod(0)
    try:
        found = errors_of(root)
        assert any("cannot open" in e for e in found.values())
    finally:
        (root / "locked").chmod(0o755)


def test_reading_is_bounded(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5000)
    assert len(read_bounded(big, 5000)) == 5000
    with pytest.raises(Exception, match="over the limit"):
        read_bounded(big, 4999)
