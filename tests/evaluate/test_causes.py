"""Where a gold reference's posts were lost: each post put down to one stage."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from narkomindel.evaluate import CAUSES, evaluate_gold, post_causes
from narkomindel.evaluate.causes import _cause
from narkomindel.model import Claim
from tests.evaluate.test_gold import _gold, _setup
from tests.helpers import call


def _post(role: str, country: str | None = None, evidence: str = "") -> dict[str, Any]:
    return {"role": role, "country": country, "department": None, "evidence": evidence}


def _claim(role: str, country: str | None) -> Claim:
    return Claim("post", 0, 0, 1, "x", "test", 0.9, role=role, country=country)


def test_each_cause_is_the_first_stage_that_failed() -> None:
    envoy = _post("ambassador", "Portugal", "named ambassador to Portugal")
    assert _cause(envoy, "head of mission", None) == "person not found"
    assert _cause(envoy, "head of mission", [_claim("ambassador", "Portugal")]) == "matched"
    assert (
        _cause(envoy, "head of mission", [_claim("ambassador", "Spain")])
        == "same role, other place"
    )
    # the evidence names the role, but the person's only post is another one
    assert _cause(envoy, "head of mission", [_claim("consul", "Portugal")]) == "role not attached"
    beekeeper = _post("beekeeper", None, "kept bees at his dacha")
    assert _cause(beekeeper, "other", []) == "role not recognised"


def test_counts_add_up_and_agree_with_the_scores(tmp_path: Path) -> None:
    entry = _gold()
    entry["persons"].append(
        {  # named nowhere in the text
            "name": "Pavel Zhimolost",
            "forms": ["Pavel Zhimolost"],
            "posts": [_post("counsellor", "Portugal", "counsellor in Lisbon")],
        }
    )
    db, ref = _setup(tmp_path, entry)
    lost = call(post_causes, db, ref)
    posts = sum(len(p["posts"]) for p in entry["persons"])
    assert lost.posts == posts == lost.rows()[-1]["posts"]
    assert lost.counts["matched"] == call(evaluate_gold, db, ref).total["post"].tp
    assert lost.counts["person not found"] == 1
    assert lost.by_class["counsellor"]["person not found"] == 1
    total = lost.rows()[-1]
    assert total["role_class"] == "TOTAL" and sum(total[c] for c in CAUSES) == posts
    assert call(post_causes, db, ref, only=["x02"]).posts == 0


def test_the_command_prints_counts_and_no_text(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from narkomindel.cli.main import cli

    db, ref = _setup(tmp_path, _gold())
    out = CliRunner().invoke(
        cli, ["evaluate", "--db", str(db), "--reference", str(ref), "--causes", "--format", "json"]
    )
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert rows[-1]["role_class"] == "TOTAL" and rows[-1]["posts"] == 2
    assert "Miroshkin" not in out.output  # counts only: safe on a held-out set
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text('{"sha256": "00", "kind": "post"}\n')
    refused = CliRunner().invoke(
        cli, ["evaluate", "--db", str(db), "--reference", str(jsonl), "--causes"]
    )
    assert refused.exit_code != 0 and "gold-format" in refused.output


def test_a_russian_evidence_is_read_with_the_russian_role_lexicon() -> None:
    envoy = _post("polpred", "Finland", "в 1930 г. назначен полпредом в Финляндию")
    # the role is recognised in Russian: not attached, rather than not recognised
    assert _cause(envoy, "head of mission", [], russian=True) == "role not attached"
    assert _cause(envoy, "head of mission", []) == "role not recognised"
