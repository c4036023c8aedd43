"""Extractors are registered plug-ins with their own versions."""

from __future__ import annotations

from narkomindel.extract import EXTRACTION_VERSION, extract_document, extractors
from narkomindel.extract.plugins import (
    _EXTRACTORS,
    ExtractorSpec,
    Findings,
    extraction_version,
    register_extractor,
)
from narkomindel.model import Document, Mention
from tests.extract.sample import run


def test_every_extractor_is_versioned_and_the_whole_version_names_them() -> None:
    names = [s.name for s in extractors()]
    assert all(".v" in n for n in names)
    assert len({n.split("[")[0].rsplit(".v", 1)[0] for n in names}) == len(names)
    assert EXTRACTION_VERSION == extraction_version()
    assert all(n.removeprefix("extract.") in EXTRACTION_VERSION for n in names)


def test_each_finding_names_the_rule_that_made_it() -> None:
    _doc, ex = run()
    registered = " ".join(s.name for s in extractors())
    rules = {m.extractor for m in ex.mentions} | {c.extractor for c in ex.claims}
    assert rules and all(r.split(".v")[0].removeprefix("extract.") in registered for r in rules)


def test_a_plug_in_runs_in_its_order_and_a_newer_version_replaces_the_older() -> None:
    saved = dict(_EXTRACTORS)

    def shout(doc: Document, found: Findings) -> None:
        found.mentions.append(Mention(0, 3, doc.text[:3], "place", "extract.shout.v1", 0.5))

    try:
        register_extractor(ExtractorSpec("extract.shout.v1", 35, shout))
        register_extractor(ExtractorSpec("extract.shout.v2", 35, shout))
        assert [s.name for s in extractors()].count("extract.shout.v2") == 1
        assert "extract.shout.v1" not in {s.name for s in extractors()}
        doc, _ex = run()
        assert any(m.extractor == "extract.shout.v1" for m in extract_document(doc).mentions)
        assert "shout.v2" in extraction_version()
    finally:
        _EXTRACTORS.clear()
        _EXTRACTORS.update(saved)
