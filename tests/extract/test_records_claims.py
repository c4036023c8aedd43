"""Claims from registry records and persons lists carry their spans."""

from __future__ import annotations

from narkomindel.config import Settings
from narkomindel.extract import extract_document
from narkomindel.read import read_bytes
from tests.read.test_memorial import RECORDS, page
from tests.read.test_tei import TEI


def test_registry_record_claims() -> None:
    doc = read_bytes(page(RECORDS), "shot-x.htm", Settings())
    ex = extract_document(doc)
    person = next(i for i, m in enumerate(ex.mentions) if m.type == "person" and "Орлов" in m.text)
    claims = [c for c in ex.claims if c.subject == person]
    kinds = {(c.type, c.attribute or c.role or c.value) for c in claims}
    assert ("fate", "executed") in kinds and ("attribute", "nationality") in kinds
    post = next(c for c in claims if c.type == "post")
    assert (post.role, post.organisation) == ("first secretary", "NKID")
    fate = next(c for c in claims if c.type == "fate")
    assert fate.date_start == "1937-08-21"
    for c in claims:
        assert c.quote == doc.text[c.start : c.end]


def test_persons_list_identifications_give_dated_posts() -> None:
    doc = read_bytes(TEI.encode("utf-8"), "v.xml", Settings())
    ex = extract_document(doc)
    posts = [c for c in ex.claims if c.type == "post"]
    assert any(c.role == "chargé d'affaires" and c.date_start == "1921" for c in posts)
