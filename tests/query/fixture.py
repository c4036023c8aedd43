"""An invented little corpus (tests/data; no name of the development corpus) built once per test."""

from __future__ import annotations

import shutil
from pathlib import Path

from narkomindel import ingest
from tests.helpers import DATA

FILES = {
    "mission_norway.txt": "article.txt",
    "mission_norway_later.txt": "later.txt",
    "register_sample.htm": "shot-test.htm",
}
ARTICLE = (DATA / "mission_norway.txt").read_text("utf-8")


def build(tmp_path: Path, name: str = "reg.db") -> Path:
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    for data, as_name in FILES.items():
        shutil.copy(DATA / data, src / as_name)
    db = tmp_path / name
    assert ingest([src], db).ok
    return db
