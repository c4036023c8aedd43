"""Every SQL statement lives in the store layer (issue 9)."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "narkomindel"
SQL = re.compile(r"\.execute(?:many)?\(|\bimport sqlite3\b|\.conn\b|\bBEGIN\b")


def test_no_sql_outside_the_store() -> None:
    outside = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in PACKAGE.rglob("*.py")
        if "store" not in path.relative_to(PACKAGE).parts
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if SQL.search(line)
    ]
    assert outside == []
