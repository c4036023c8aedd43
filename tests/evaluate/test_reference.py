"""Scoring extraction against a reference file (``narkomindel evaluate``)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from narkomindel.errors import ReferenceFileError
from narkomindel.evaluate import evaluate
from tests.helpers import DATA, call
from tests.query.fixture import build


def test_scores_per_kind_on_a_small_reference(tmp_path: Path) -> None:
    db = build(tmp_path)
    sha = hashlib.sha256((DATA / "mission_norway.txt").read_bytes()).hexdigest()
    lines = [
        {"sha256": sha, "kind": "scope", "types": ["post", "fate"]},
        {"sha256": sha, "kind": "post", "entity": "Mirolubov", "role": "ambassador", "country": "Norway"},
        {"sha256": sha, "kind": "post", "entity": "Sedykhin", "role": "ambassador", "country": "Denmark"},
        {"sha256": sha, "kind": "post", "entity": "Nobody", "role": "consul", "country": "Chile"},
        {"sha256": sha, "kind": "fate", "entity": "Sedykhin", "value": "executed"},
        {"sha256": sha, "kind": "event", "type": "treaty", "name": "Treaty of Bergen", "date": "1932-05-12"},
    ]  # fmt: skip
    ref = tmp_path / "ref.jsonl"
    ref.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    scores = {s.kind: s for s in call(evaluate, db, ref)}
    posts = scores["post"]
    assert posts.tp >= 2 and posts.fn == 1 and posts.recall < 1.0
    assert scores["fate"].tp == 1
    assert scores["event"].tp == 1 and scores["dated_event"].tp == 1


def test_a_bad_reference_is_refused_with_its_line(tmp_path: Path) -> None:
    db = build(tmp_path)
    ref = tmp_path / "bad.jsonl"
    ref.write_text('{"kind": "post"}\nnot json\n')
    with pytest.raises(ReferenceFileError, match=r"bad.jsonl:1"):
        call(evaluate, db, ref)
    ref.write_text(json.dumps({"sha256": "0" * 64, "kind": "post", "entity": "x"}) + "\n")
    with pytest.raises(ReferenceFileError, match="not in the database"):
        call(evaluate, db, ref)
