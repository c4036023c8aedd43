"""Fates and events of task EV2 (branch events2): the dated future in the past ("he would
be shot in 1938"), a repeated arrest ("was re-arrested"), an active killing whose victim is
the object ("X shot Y to death"), an expulsion from a capital, an instrument and its
participle ("an additional protocol signed on ..."). Invented sentences; nobody named here
is in the corpus."""

from __future__ import annotations

import pytest

from tests.extract.sample import asserted_fates as _fates
from tests.extract.sample import events_in as _events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gleb Tarutin would be shot in 1938.", ("Gleb Tarutin", "executed", "1938")),
        (
            "Nikodim Pesotsky would die in a Kiev hospital on May 3, 1936.",
            ("Nikodim Pesotsky", "died", "1936-05-03"),
        ),
        (
            "Feliks Borodai was sentenced in 1934; he would die in prison in 1939.",
            ("Feliks Borodai", "died in custody", "1939"),
        ),
        (
            "Osip Merkulin was re-arrested in March 1933 and got three years.",
            ("Osip Merkulin", "arrested", "1933-03"),
        ),
        ("Vsevolod Kulik would later be arrested in 1937.", ("Vsevolod Kulik", "arrested", "1937")),
        (
            "A White émigré named Kuzma Dorofeev pulled a gun and shot Ilarion Zvyagin to death.",
            ("Ilarion Zvyagin", "died", None),
        ),
        (
            "In 1931 a gunman murdered the envoy Savva Koltsov in Riga.",
            ("Savva Koltsov", "died", "1931"),
        ),
    ],
)
def test_fates_read(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _fates(text)


@pytest.mark.parametrize(
    ("text", "absent_person"),
    [
        # a fear or a condition, with no year in the clause: not a fate
        ("Gleb Tarutin feared that he would be arrested.", "Gleb Tarutin"),
        ("Gleb Tarutin knew he would be shot if he returned in 1938.", "Gleb Tarutin"),
        ("Gleb Tarutin would die for his country.", "Gleb Tarutin"),
        # a counterfactual stays hypothetical
        ("Gleb Tarutin would have been shot in 1938 had he returned.", "Gleb Tarutin"),
        # the killer of an active killing has no fate
        (
            "A White émigré named Kuzma Dorofeev pulled a gun and shot Ilarion Zvyagin to death.",
            "Kuzma Dorofeev",
        ),
        # a negated murder kills nobody
        ("Savva Koltsov, the envoy, was not murdered by Kuzma Dorofeev.", "Savva Koltsov"),
    ],
)
def test_fates_not_read(text: str, absent_person: str) -> None:
    assert not any(p == absent_person for p, _v, _d in _fates(text))


def test_expulsion_from_a_capital_is_from_its_state() -> None:
    found = _events("Dorofei Lyamin was returning to Moscow after his expulsion from Paris.")
    assert ("expulsion", "expulsion (France)", None) in found


def test_expulsion_from_a_body_is_no_event() -> None:
    assert not any(
        t == "expulsion"
        for t, _n, _d in _events(
            "Nikon Shurygin stayed in Berlin after he was expelled from the party."
        )
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty was renewed by additional protocol signed on June 24, 1931.",
            ("agreement", "additional protocol", "1931-06-24"),
        ),
        (
            "Relations rested on a trade agreement concluded in 1921 with Norway.",
            ("agreement", "trade agreement", "1921"),
        ),
    ],
)
def test_instrument_participle(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text)


def test_instrument_participle_needs_its_date() -> None:
    # no date after the participle: the reduced relative alone names no new event
    assert not any(
        n == "agreement" for _t, n, _d in _events("The agreement signed by Foma Lyubin lapsed.")
    )


def test_others_sharing_the_fate_are_read() -> None:
    found = _fates(
        "Ivan Lazutkin had been shot on 20 September 1937 (with several others, including "
        "Pavel Dedov and Luka Borisov); Yakov Chudin survived."
    )
    assert ("Pavel Dedov", "executed", "1937-09-20") in found
    assert ("Luka Borisov", "executed", "1937-09-20") in found
    assert not any(p == "Yakov Chudin" and v == "executed" for p, v, _d in found)


def test_others_with_the_subject_need_a_shared_fate_word() -> None:
    # "with his staff, including" is company, not a group sharing a fate
    found = _fates("Ivan Lazutkin was recalled in 1937 with his staff, including Pavel Dedov.")
    assert not any(p == "Pavel Dedov" for p, _v, _d in found)


def test_a_death_with_others_is_not_shared() -> None:
    # "perished with others" may be a crash or a battle: the group's class is not read
    found = _fates("Ivan Lazutkin perished in 1921 with several others, including Pavel Dedov.")
    assert not any(p == "Pavel Dedov" for p, _v, _d in found)
