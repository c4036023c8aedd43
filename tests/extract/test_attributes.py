"""Attributes of persons (extract/attributes.py), on short texts written for these tests (no corpus names)."""

from __future__ import annotations

from tests.extract.sample import run


def test_attributes_from_prose() -> None:
    text = (
        "The deputy, Lev Tomarin (Tomarinskii), a former Menshevik, was born in Kiev in 1889. "
        "Pavel Dronov, a Latvian, joined the party in 1912. Ivan Sedykhin, an Old Bolshevik, stayed.\n"
    )
    _doc, ex = run(text)
    got = {
        (ex.mentions[c.subject].text, c.attribute or c.value, c.value, c.date_start)
        for c in ex.claims
    }
    assert ("Lev Tomarin", "other_name", "Tomarinskii", None) in got
    assert ("Lev Tomarin", "birth", "1889", None) in got
    assert ("Lev Tomarin", "birthplace", "Kiev", None) in got
    assert ("Lev Tomarin", "former_party", "Menshevik", None) in got
    assert ("Pavel Dronov", "nationality", "Latvian", None) in got
    assert ("Pavel Dronov", "member", "member", "1912") in got
    assert ("Ivan Sedykhin", "Old Bolshevik", "Old Bolshevik", None) in got
