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


def test_a_commanders_rank_at_arrest_is_a_claim() -> None:
    rows = [
        "<B>Тархелев Кирилл Петрович</B>, род. 1890, г. Тверь, русский, член ВКП(б), "
        "начальник штаба корпуса, комдив. Адрес: ул. Тестовая, д.1. Расстрелян 2.02.1938.",
        "<B>Умрихин Павел Ильич</B>, род. 1891, г. Тверь, русский, б/п, "
        "инженер треста Генералстрой. Адрес: ул. Тестовая, д.2. Расстрелян 3.02.1938.",
    ]
    from tests.helpers import records

    ex = extract_document(read_bytes(records(rows), "shot-y.htm", Settings()))
    ranks = {
        ex.mentions[c.subject].text: c.value
        for c in ex.claims
        if c.type == "attribute" and c.attribute == "military_rank"
    }
    assert ranks == {"Тархелев Кирилл Петрович": "комдив"}  # not the trust's "Генерал-"
