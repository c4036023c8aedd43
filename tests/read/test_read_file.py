"""read_file reads regular files only, and never more than the size limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from narkomindel.config import Settings
from narkomindel.errors import FileTooLargeError, ReadError
from narkomindel.read import read_file


def test_read_file_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for path in (fifo, tmp_path, loop, tmp_path / "missing.txt"):
        with pytest.raises(ReadError) as info:
            read_file(path)
        assert "\n" not in info.value.render()
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 100)
    with pytest.raises(FileTooLargeError):
        read_file(big, Settings(max_file_bytes=100))
    assert read_file(big).text.startswith("word word")
