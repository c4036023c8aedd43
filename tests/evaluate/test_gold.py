"""Scoring against hand-made references of the gold format (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from narkomindel import ingest
from narkomindel.errors import ReferenceFileError
from narkomindel.evaluate import evaluate_gold, is_gold_reference
from narkomindel.gazetteer.vocabulary import fate_class, role_class_of
from tests.helpers import call

# invented people; nobody here appears in the corpus
TEXT = (
    "In 1931 Boris Miroshkin was appointed ambassador to Portugal. "
    "He was recalled in 1937 and shot in 1938. "
    "The Treaty of Faro was signed in 1932 by Miroshkin and Senhor Quental, "
    "the Portuguese Foreign Minister.\n"
)


def _gold(**extra: Any) -> dict[str, Any]:
    return {
        "file": "x01.txt",
        "persons": [
            {
                "name": "Boris Miroshkin",
                "forms": ["Boris Miroshkin", "Miroshkin"],
                "posts": [
                    {"role": "Soviet ambassador", "country": "Portugal", "department": None},
                    {"role": "consul general", "country": "Spain", "department": None},
                ],
                "fate": {"category": "executed", "date": "1938"},
                "other_fates": [{"category": "recalled", "date": "1937"}],
            },
            {"name": "Quental", "forms": ["Senhor Quental", "Quental"], "posts": []},
        ],
        "events": [
            {"type": "treaty", "name": "Treaty of Faro", "date": "1932"},
            {"type": "conference", "name": "Conference of Braga", "date": "1933"},
        ],
        **extra,
    }


def _setup(tmp_path: Path, entry: dict[str, Any]) -> tuple[Path, Path]:
    src = tmp_path / "texts"
    src.mkdir()
    (src / "x01.txt").write_text(TEXT, "utf-8")
    ref = src / "gold.json"
    ref.write_text(json.dumps({"about": "test", "files": [entry]}), "utf-8")
    db = tmp_path / "g.db"
    assert ingest([src / "x01.txt"], db).ok
    return db, ref


def test_scores_each_kind_against_a_gold_file(tmp_path: Path) -> None:
    db, ref = _setup(tmp_path, _gold())
    assert is_gold_reference(ref)
    report = call(evaluate_gold, db, ref)
    total = report.total
    people = total["person_mention"]
    # 3 occurrences of the two persons' forms (the longer form wins where they overlap)
    assert people.tp + people.fn == 3 and people.fp == 0 and people.tp >= 2
    posts = total["post"]
    assert posts.tp == 1 and posts.fn == 1  # the consulate is not in the text
    fates = total["fate"]
    # executed and recalled are two classes (repressed, recalled)
    assert fates.tp + fates.fn == 2 and fates.tp >= 1
    events = total["event"]
    assert events.tp == 1 and events.fn == 1
    assert [r["file"] for r in report.rows()][-1] == "TOTAL"


def test_only_limits_the_files_scored(tmp_path: Path) -> None:
    db, ref = _setup(tmp_path, _gold())
    assert call(evaluate_gold, db, ref, only=["x02"]).files == {}
    assert set(call(evaluate_gold, db, ref, only=["x01"]).files) == {"x01.txt"}


def test_a_cited_author_tagged_as_person_is_a_false_positive(tmp_path: Path) -> None:
    entry = _gold()
    entry["persons"] = entry["persons"][1:]  # Miroshkin made a cited scholar for the test
    entry["cited_authors"] = ["Boris Miroshkin", "Miroshkin"]
    db, ref = _setup(tmp_path, entry)
    report = call(evaluate_gold, db, ref)
    assert report.total["person_mention"].fp >= 1
    assert report.scholars_as_persons >= 1


def test_a_file_not_ingested_is_refused(tmp_path: Path) -> None:
    db, ref = _setup(tmp_path, _gold())
    (ref.parent / "x02.txt").write_text("Another text.\n", "utf-8")
    ref.write_text(json.dumps({"files": [{**_gold(), "file": "x02.txt"}]}), "utf-8")
    with pytest.raises(ReferenceFileError, match="not in the database"):
        call(evaluate_gold, db, ref)


def test_jsonl_is_not_taken_for_gold(tmp_path: Path) -> None:
    ref = tmp_path / "r.jsonl"
    ref.write_text('{"sha256": "00", "kind": "post"}\n{"sha256": "00", "kind": "fate"}\n')
    assert not is_gold_reference(ref)


@pytest.mark.parametrize(
    ("label", "cls"),
    [
        ("plenipotentiary representative of the Soviet Union in Italy", "head of mission"),
        ("polpred", "head of mission"),
        ("deputy people's commissar for foreign affairs", "deputy commissar"),
        ("assistant commissar for foreign affairs", "deputy commissar"),
        ("commissar for foreign affairs", "people's commissar"),
        ("foreign secretary", "foreign minister"),
        ("premier", "prime minister"),
        ("chairman of the council of people's commissars", "prime minister"),
        ("chargé d'affaires", "chargé d'affaires"),
        ("first secretary", "secretary"),
        ("consul general", "consul"),
        ("trade representative", "trade representative"),
        ("head of the Soviet mission in Ruritania", "head of mission"),
        ("assistant head of the Soviet mission in Ruritania", "head of department"),
        ("first secretary of the polpredstvo in Ruritania", "secretary"),
        ("counsellor of the polpredstvo", "counsellor"),
        ("secretary of state", "foreign minister"),
        ("member of the Presidium and secretary of the Soviet", "secretary"),
        ("official of the central apparatus of the commissariat", "staff"),
        ("staff member", "staff"),
        ("head of the Soviet mission to Sweden", "head of mission"),
        ("head of the Industrial Mission", "head of department"),
        ("colonel of the tsarist army", "military"),
        ("chief of staff of the Ruritanian Front", "head of department"),
    ],
)
def test_role_classes_of_free_labels(label: str, cls: str) -> None:
    assert role_class_of(label) == cls


def test_fate_classes() -> None:
    assert fate_class("executed") == fate_class("arrested") == "repressed"
    assert fate_class("recalled") == "recalled"
    assert fate_class("nonsense") is None


def test_dates_exact_counts_matched_dated_claims_at_their_precision(tmp_path: Path) -> None:
    entry = _gold()
    miroshkin = entry["persons"][0]
    miroshkin["posts"][1]["start"] = "1929"  # a post the text lacks: dated, not found
    miroshkin["other_fates"][0]["date"] = "1937-05"  # finer than the text's "in 1937"
    db, ref = _setup(tmp_path, entry)
    report = call(evaluate_gold, db, ref)
    d = report.dates
    # dated: one post (the ambassador's is undated), two fates, two events; the
    # consulate and the conference are not in the text
    assert (d.dated, d.found) == (5, 3)
    assert d.exact == 2 and round(d.share, 3) == 0.667  # shot in 1938, the treaty of 1932
    (wrong,) = d.errors
    assert wrong["claim"] == "fate" and wrong["reference"] == ["1937-05", None]
    assert wrong["stored"] == ["1937", None]
    assert report.file_dates["x01.txt"].exact == 2


def test_terms_compare_at_the_precision_given() -> None:
    from narkomindel.evaluate.dates import same_term, term

    assert term("1921", "1921") == ("1921", None)  # "in 1921" is one date
    assert term("1933/1937", None) == ("1933", "1937")
    assert same_term(("1921", None), ("1921", "1921"))
    assert not same_term(("1937", None), ("1937-11", None))
    assert not same_term(("1923", "1924"), ("1923", None))


def test_the_command_prints_dates_exact(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from narkomindel.cli.main import cli

    db, ref = _setup(tmp_path, _gold())
    args = ["evaluate", "--reference", str(ref), "--db", str(db)]
    out = CliRunner().invoke(cli, args).output
    assert "dates exact (TOTAL): 3 of 3 dated claims found (4 dated in the reference)" in out
    rows = json.loads(CliRunner().invoke(cli, [*args, "--format", "json"]).output)
    assert rows[-1] == {"file": "TOTAL", "kind": "dates_exact", "dated": 4, "found": 3,
                        "exact": 3, "share": 1.0}  # fmt: skip


def test_two_posts_alike_but_for_their_dates_are_two(tmp_path: Path) -> None:
    src = tmp_path / "texts"
    src.mkdir()
    text = (
        "Глеб Пахомов в 1925—1927 гг. работал консулом в Испании. "
        "В 1931—1933 гг. Глеб Пахомов снова был консулом в Испании.\n"
    )
    (src / "x01.txt").write_text(text, "utf-8")
    consul = {"role": "consul", "country": "Spain", "department": None}
    entry = {
        "file": "x01.txt",
        "persons": [
            {
                "name": "Gleb Pakhomov",
                "forms": ["Глеб Пахомов"],
                "posts": [
                    {**consul, "start": "1925", "end": "1927"},
                    {**consul, "start": "1931", "end": "1933"},
                ],
            }
        ],  # fmt: skip
        "events": [],
    }
    ref = src / "gold.json"
    ref.write_text(json.dumps({"files": [entry]}, ensure_ascii=False), "utf-8")
    db = tmp_path / "g.db"
    assert ingest([src / "x01.txt"], db).ok
    report = call(evaluate_gold, db, ref)
    posts = report.total["post"]
    assert (posts.tp, posts.fp, posts.fn) == (2, 0, 0)
    assert (report.dates.found, report.dates.exact) == (2, 2)


def test_a_commissariat_is_no_commissar_in_a_role_class() -> None:
    # "commissariat" and "Narkomindel" hold the letters of "commissar" and "narkom": the
    # head of a commissariat's department, a member of its collegium and its official keep
    # their own classes
    assert role_class_of("head of the press department of the People's Commissariat") == (
        "head of department"
    )
    assert role_class_of("member of the collegium of the Commissariat") == "member"
    assert role_class_of("Narkomindel official") == "staff"
    assert role_class_of("people's commissar for foreign affairs") == "people's commissar"
    assert role_class_of("narkom") == "people's commissar"
