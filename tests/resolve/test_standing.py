"""Conclusions from a person's factoids: Soviet official, diplomat, elite, gravest fate."""

from __future__ import annotations

import json
from typing import Any

from narkomindel.resolve.standing import summarise


def row(ftype: str, **f: Any) -> tuple[Any, ...]:
    """A factoid row as the register's summaries read it (after the entity id)."""
    return (
        1, ftype, f.get("role"), f.get("organisation"), f.get("country"), f.get("value"),
        f.get("attribute"), f.get("start"), f.get("end"), f.get("modality", "asserted"),
        f.get("status", "extracted"), json.dumps(f.get("attrs", {})), f.get("via_link"),
        f.get("quote", ""),
    )  # fmt: skip


def test_the_gravest_fate_wins_and_a_death_is_dated() -> None:
    rows = [
        row("fate", value="recalled", start="1937"),
        row("fate", value="executed", start="1938-02-02"),
        row("fate", value="arrested", start="1937-11"),
    ]
    soviet, diplomat, elite, fate, fate_date, birth, death, posts = summarise(rows, {}, "Ivanov")
    assert (fate, fate_date, death) == ("executed", "1938-02-02", "1938-02-02")


def test_rejected_and_unasserted_factoids_do_not_count() -> None:
    rows = [
        row("fate", value="executed", status="rejected"),
        row("fate", value="arrested", modality="rumoured"),
        row("fate", value="survived"),
    ]
    assert summarise(rows, {}, "Ivanov")[3] == "survived"


def test_who_is_a_soviet_diplomat_and_of_the_elite() -> None:
    polpred = [row("post", role="polpred", country="Latvia", attrs={"elite": True})]
    assert summarise(polpred, {}, "O. I. Vantsev")[:3] == (1, 1, 1)
    # a foreign minister with an English surname is no Soviet official
    foreign = [row("post", role="minister", country="Norway")]
    assert summarise(foreign, {}, "John Smith")[:3] == (0, 0, 0)
    # an east-European surname, a post abroad and an arrest: a Soviet official
    shaped = [row("post", role="consul", country="Iran"), row("fate", value="arrested")]
    assert summarise(shaped, {}, "P. N. Brisov")[0] == 1
    # the Imperial envoy before 1918 is not
    old = [row("post", role="ambassador", country="France", start="1912")]
    assert summarise(old, {}, "A. P. Izvolskov")[0] == 0
