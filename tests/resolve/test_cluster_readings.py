"""A surname alone under another reading (a Russian case form the extraction kept, a
German spelling) joins the one person named more fully in the same document, so the
given names printed there corroborate its registry link; namesake traps stay apart."""

from __future__ import annotations

from narkomindel.model import Entity
from narkomindel.resolve.cluster import PersonMention, cluster_persons
from narkomindel.resolve.link import link_records
from narkomindel.translit import name_key


def pm(start: int, text: str, surname: str, given: list[str], source: str = "doc") -> PersonMention:
    return PersonMention(source, start, start, text, surname, given)


def record(label: str, n: int) -> Entity:
    words = label.split()
    return Entity(
        f"r|{label}",
        label,
        [("register", n)],
        [label],
        {"surname_key": name_key(words[0]), "given": words[1:3], "record": True, "birth": 1890},
    )


def test_a_case_form_joins_the_one_person_named_in_full_and_links_by_his_names() -> None:
    persons = cluster_persons(
        [
            [
                pm(0, "Павел Никитич Умрихин", "Умрихин", ["Павел", "Никитич"]),
                pm(300, "Умрихина", "Умрихина", []),  # the genitive, kept as printed
            ]
        ]
    )
    (one,) = persons
    assert one.variants == ["Павел Никитич Умрихин", "Умрихина"]
    assert "another reading" in one.scores[("doc", 300)][1]
    found = {
        lk.record_name: lk
        for lk in link_records(
            [one, record("Умрихин Павел Никитич", 1), record("Умрихин Павел Сергеевич", 2)]
        )
    }
    assert found["Умрихин Павел Никитич"].status == "applied"
    assert "full name" in found["Умрихин Павел Никитич"].evidence
    assert "Умрихин Павел Сергеевич" not in found  # another patronymic: a namesake


def test_a_german_spelling_joins_the_one_person_under_its_russian_reading() -> None:
    (one,) = cluster_persons(
        [
            [
                pm(0, "P. N. Shtoltsman", "Shtoltsman", ["P.", "N."]),
                pm(90, "Stoltsman", "Stoltsman", []),
            ]
        ]
    )
    assert one.attrs["given"] == ["P.", "N."] and len(one.mentions) == 2


def test_two_persons_under_the_readings_or_the_printed_key_first() -> None:
    # two Shtoltsmans named in full: the bare "Stoltsman" is neither of them
    persons = cluster_persons(
        [
            [
                pm(0, "P. N. Shtoltsman", "Shtoltsman", ["P.", "N."]),
                pm(40, "O. S. Shtoltsman", "Shtoltsman", ["O.", "S."]),
                pm(90, "Stoltsman", "Stoltsman", []),
            ]
        ]
    )
    assert len(persons) == 3
    bare = next(p for p in persons if p.variants == ["Stoltsman"])
    assert bare.attrs["given"] == []
    # a person of the printed surname itself comes first: the reading is not looked up
    persons = cluster_persons(
        [
            [
                pm(0, "K. Stoltsman", "Stoltsman", ["K."]),
                pm(40, "P. N. Shtoltsman", "Shtoltsman", ["P.", "N."]),
                pm(90, "Stoltsman", "Stoltsman", []),
            ]
        ]
    )
    k = next(p for p in persons if p.attrs["given"] == ["K."])
    assert k.variants == ["K. Stoltsman", "Stoltsman"]


def test_the_reading_stays_within_its_document() -> None:
    persons = cluster_persons(
        [
            [pm(0, "Павел Никитич Умрихин", "Умрихин", ["Павел", "Никитич"], source="one")],
            [pm(10, "Умрихина", "Умрихина", [], source="two")],
        ]
    )
    assert len(persons) == 2
