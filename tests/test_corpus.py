"""The development corpus end to end (skipped when ../shared/corpus is absent)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from narkomindel import ingest
from narkomindel.store.database import Store

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    report = ingest([CORPUS / "seeds", CORPUS / "frus", CORPUS / "memorial"], db)
    assert report.ok, [r.error for r in report.failed]
    again = ingest([CORPUS / "seeds", CORPUS / "frus", CORPUS / "memorial"], db)
    assert again.counts["added"] == 0 and again.counts["new_version"] == 0
    return Store(db)


def by_name(store: Store, fragment: str) -> dict:  # type: ignore[type-arg]
    return next(s for s in store.sources() if fragment in Path(s["path"]).name)


def test_kocho_williams_footnotes(store: Store) -> None:
    src = by_name(store, "000_")
    notes = store.segments(src["id"], "footnote")
    assert [n.label for n in notes] == [str(i) for i in range(1, 82)]
    markers = store.annotations(src["id"], "footnote_marker")
    linked = {m.name for m in markers if m.attrs["note_segment"] is not None}
    assert {str(i) for i in range(1, 82)} <= linked
    text = store.text(src["id"])
    assert "<sup>" not in text and "Take down policy" not in text


def test_uldricks_notes_and_body(store: Store) -> None:
    src = by_name(store, "002_")
    notes = store.segments(src["id"], "footnote")
    assert [n.label for n in notes] == [str(i) for i in range(1, 63)]
    text = store.text(src["id"])
    body = "".join(text[s.start : s.end] for s in store.segments(src["id"]) if s.kind != "footnote")
    assert "M. S. Ostrovskii" in body and "V. A. Antonov-Ovseenko" in body
    assert "Slavic Review" not in body and "Published online" not in body and "doi.org" not in body
    for note in notes:  # no body text swallowed by a note, no note left in the body
        assert not re.search(r"^\d{1,2}\. [A-Z]", text[note.start : note.end][3:])


def test_frus_documents_tags_and_persons(store: Store) -> None:
    src = by_name(store, "frus")
    assert src["documents"] == 48 and src["person_tags"] == 159 and src["authority_entries"] == 88
    text = store.text(src["id"])
    for a in store.annotations(src["id"], "tei"):
        if a.name == "persName":
            span = store.original_span(src["id"], a.start, a.end)
            assert re.sub(r"<[^>]+>|\s+", "", span["source_text"]) == a.value.replace(" ", "")
            assert text[a.start : a.end] == a.value


def test_memorial_records(store: Store) -> None:
    rows = [s for s in store.sources() if s["kind"] == "registry"]
    assert sum(r["records"] for r in rows) == 5958
    n_executed = store.conn.execute(
        "SELECT COUNT(*) FROM annotations WHERE kind='record_field' AND name='executed'"
    ).fetchone()[0]
    assert n_executed == 5958


def test_study_notes_without_chrome(store: Store) -> None:
    src = by_name(store, "003_")
    text = store.text(src["id"])
    for chrome in (
        "Login",
        "logo",
        "fill out the form",
        "Your details",
        "WhatsApp",
        "Hire a tutor",
    ):
        assert chrome not in text
    assert "Treaty of Riga" in text


def test_spans_map_to_original_bytes(store: Store) -> None:
    for src in store.sources():
        text = store.text(src["id"])
        for seg in store.segments(src["id"])[:40]:
            span = store.original_span(
                src["id"], seg.start, seg.start + min(12, seg.end - seg.start)
            )
            first = text[seg.start : seg.start + 1]
            if first.isalnum():
                assert span["source_text"].startswith(first)
                assert (
                    span["original"]
                    .decode(src.get("encoding") or store.source(src["id"])["encoding"])
                    .startswith(first)
                )


REFERENCE = Path(__file__).resolve().parents[1] / "reference"


def test_resolution_targets(store: Store) -> None:
    """Issue 4's targets on the development corpus: the editors' clusters, one person per
    man across spellings, registry links precise and complete, no namesake applied."""
    from narkomindel import query
    from narkomindel.evaluate import editor_bcubed, evaluate

    assert editor_bcubed(store)["f1"] >= 0.95
    for spellings in (
        ("Litvinov", "Maxim Litvinov", "M. M. Litvinov"),
        ("Rakovsky", "Rakovskii"),
        ("Maisky", "Maiskii"),
        ("Barmin", "Barmine"),
    ):
        found = [
            p for p in query.persons(store, name=spellings[0], kind="text")
            if all(any(s in v for v in p["variants"]) for s in spellings)
        ]  # fmt: skip
        assert len(found) == 1, spellings
    # "Litvinoff" is printed only in a book title here; a search by that spelling finds him
    assert "M. M. Litvinov" in {p["name"] for p in query.persons(store, name="Litvinoff")}
    (links,) = evaluate(store, REFERENCE / "links.jsonl")
    _links_are_safe(links)


def _links_are_safe(links: Any) -> None:
    """No namesake applied; every applied link right; the true links a name alone cannot
    settle wait in review rather than being lost (measured figures: docs/accuracy.md)."""
    assert links.fp == 0 and links.hard_traps_applied == 0, links.errors
    assert links.tp and links.precision >= 0.98, links.errors
    assert links.recall >= 0.6, links.errors
    found = links.tp + links.review_true  # applied, or waiting for a curator
    assert found >= 0.8 * (links.true_pairs - links.person_not_found), links.errors


@pytest.fixture(scope="module")
def with_web(store: Store, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The corpus store with the web excerpts (English and Russian) added: the persons of
    reference/links-dev.jsonl."""
    import sqlite3

    from tests.conftest import CORPUS

    db = tmp_path_factory.mktemp("corpus-web") / "corpus.db"
    target = sqlite3.connect(db)
    store.conn.backup(target)
    target.close()
    texts = sorted((CORPUS / "web").glob("*.txt")) + sorted((CORPUS / "web-ru").glob("*.txt"))
    report = ingest(texts, db)
    assert report.ok, [r.error for r in report.failed]
    return Store(db)


def test_registry_links_on_the_hand_judged_pairs(with_web: Store) -> None:
    """reference/links-dev.jsonl: 31 true pairs, 161 namesakes, judged by reading."""
    from narkomindel.evaluate import evaluate

    (links,) = evaluate(with_web, REFERENCE / "links-dev.jsonl")
    assert links.true_pairs == 31 and links.namesake_pairs == 161
    _links_are_safe(links)


def test_register_exports_validate(store: Store, tmp_path: Path) -> None:
    import json

    import jsonschema

    from narkomindel.export import KINDS, export, schema

    export(store, "jsonl", tmp_path)
    for kind in KINDS:
        validator = jsonschema.Draft202012Validator(schema(kind))
        for line in (tmp_path / f"{kind}.jsonl").read_text("utf-8").splitlines():
            validator.validate(json.loads(line))


# -- extraction accuracy (issue 11): floors a little under the measured development
# figures (docs/accuracy.md), so a regression fails; the held-out half of corpus/web is
# measured only and asserts nothing.

WEB_DEV = [f"{p}{n:02d}" for p in "ab" for n in range(1, 7)]


def _f1(score: object) -> float:
    return float(score.f1)  # type: ignore[attr-defined]


def test_extraction_accuracy_on_the_web_development_part(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from narkomindel.evaluate import evaluate_gold
    from tests.conftest import CORPUS

    web = CORPUS / "web"
    if not web.is_dir():
        pytest.skip("../shared/corpus/web is absent")
    db = tmp_path_factory.mktemp("web") / "web.db"
    assert ingest([web / f"{n}.txt" for n in WEB_DEV], db).ok
    with Store(db) as st:
        total: dict[str, list[int]] = {}
        scholars = 0
        for part in ("a", "b"):
            report = evaluate_gold(st, web / f"gold-{part}.json", only=WEB_DEV)
            scholars += report.scholars_as_persons
            for kind, sc in report.total.items():
                t = total.setdefault(kind, [0, 0, 0])
                t[0], t[1], t[2] = t[0] + sc.tp, t[1] + sc.fp, t[2] + sc.fn
    assert scholars == 0

    def prf(kind: str) -> tuple[float, float, float]:
        tp, fp, fn = total[kind]
        p, r = tp / (tp + fp), tp / (tp + fn)
        return p, r, 2 * p * r / (p + r)

    assert prf("person_mention")[0] >= 0.98 and prf("person_mention")[1] >= 0.95
    assert prf("post")[2] >= 0.70
    assert prf("fate")[2] >= 0.78
    assert prf("event")[2] >= 0.74


def test_russian_prose_accuracy_on_the_web_ru_development_part(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """web-ru r01–r05 (issue 14): floors a little under the measured figures; the
    measure-only part r06–r10 asserts nothing."""
    from narkomindel.evaluate import evaluate_gold
    from tests.conftest import CORPUS

    web_ru = CORPUS / "web-ru"
    if not web_ru.is_dir():
        pytest.skip("../shared/corpus/web-ru is absent")
    dev = [f"r{n:02d}" for n in range(1, 6)]
    db = tmp_path_factory.mktemp("web-ru") / "web-ru.db"
    assert ingest([web_ru / f"{n}.txt" for n in dev], db).ok
    with Store(db) as st:
        report = evaluate_gold(st, web_ru / "gold-ru.json", only=dev)
    total = report.total
    assert total["person_mention"].precision >= 0.95 and total["person_mention"].recall >= 0.95
    assert _f1(total["post"]) >= 0.75
    assert _f1(total["fate"]) >= 0.9
    assert report.dates.share >= 0.85 and report.dates.found >= 17


def test_extraction_accuracy_on_the_complete_seed_references(store: Store) -> None:
    from narkomindel.evaluate import evaluate_gold

    ref = Path(__file__).resolve().parent.parent / "reference" / "seeds"
    uldricks = evaluate_gold(store, ref / "uldricks.json").total
    kocho = evaluate_gold(store, ref / "kocho-williams.json").total
    persons = [uldricks["person_mention"], kocho["person_mention"]]
    tp, fp, fn = (sum(getattr(s, k) for s in persons) for k in ("tp", "fp", "fn"))
    assert tp / (tp + fp) >= 0.97 and tp / (tp + fn) >= 0.95
    assert _f1(uldricks["post"]) >= 0.72
    assert _f1(uldricks["fate"]) >= 0.93
    assert _f1(kocho["event"]) >= 0.68
