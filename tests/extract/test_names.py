"""Person names and cited authors (extract/names.py), on short texts written for these tests (no corpus names)."""

from __future__ import annotations

from tests.extract.sample import persons, run


def test_person_mentions_by_name_grammar() -> None:
    _doc, ex = run()
    found = persons(ex)
    assert {"T. V. Mirolubov", "Gavriil Petrushenko", "Lindqvist", "Mirolubov"} <= found
    assert not found & {"Portugal", "Lisbon", "Moscow", "Paris", "Commissar", "Ambassador"}
    assert "Harold Pembury" in persons(ex, "cited_author")
    assert "Arkadii Kvetov" in persons(ex, "cited_author")  # cited only: not an actor here
    for m in ex.mentions:  # provenance: the text at the span is the mention
        assert _doc.text[m.start : m.end] == m.text


def test_title_words_and_ships_are_not_persons() -> None:
    text = (
        "The steamer Omutninsk left port.\n\nThe S.S. Krasnovodsk sailed on.\n\n"
        "1. V. Orlovtsev, Diplomaticheskii slovar' (Moscow, 1950), p. 4.\n"
    )
    _doc, ex = run("The talks ended. The Treaty of Kestrand, signed on 2 June 1925, held.\n")
    assert "Kestrand" not in persons(ex)
    # a biography titled with its subject's name, in italics, is a title
    _doc, ex = run(
        "Commissar Vorontsev spoke.<sup>1</sup>\n\n---\n\n<sup>1</sup> Dalby, *Gleb Vorontsev*, p. 12.\n"
    )
    assert [m.text for m in ex.mentions if m.type == "person"] == ["Vorontsev"]
    _doc, ex = run(text)
    assert "Omutninsk" not in persons(ex) and "Krasnovodsk" not in persons(ex)
    assert "Diplomaticheskii" not in persons(ex) | persons(ex, "cited_author")


def test_two_persons_joined_by_a_hyphen_are_not_a_double_surname() -> None:
    _doc, ex = run(
        "Grigorii Vorontsov and Pavel Lugin met in Riga in 1925. The Vorontsov-Lugin line"
        " prevailed until Pavel Antonov-Gorskii came.\n"
    )
    found = persons(ex)
    assert "Vorontsov-Lugin" not in found
    assert {"Grigorii Vorontsov", "Pavel Lugin", "Pavel Antonov-Gorskii"} <= found
