"""Typed results: attributes, the JSON view the CLI prints, short reprs for notebooks."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from narkomindel import query
from narkomindel.cli.main import cli
from narkomindel.query.results import Factoid, PersonCard, Results
from tests.helpers import call
from tests.query.fixture import build


def test_a_card_is_typed_and_reads_like_the_cli_json(tmp_path: Path) -> None:
    db = build(tmp_path)
    card = call(query.person, db, "Sedykhin")
    assert isinstance(card, PersonCard) and all(isinstance(f, Factoid) for f in card.factoids)
    post = card.career[0]
    assert (post.start, post.end) == ("1933", "1937")  # dates, as in the exports
    assert post.end_char > post.start_char
    assert card["career"][0]["date_start"] == "1933"  # the CLI's naming
    out = CliRunner().invoke(cli, ["person", "Sedykhin", "--db", str(db), "--format", "json"])
    assert json.loads(out.output) == json.loads(json.dumps(card.to_dict()))
    assert "Sedykhin" in repr(card) and "posts" in repr(card) and len(repr(card)) < 200
    assert "<table>" in card._repr_html_()


def test_lists_have_a_short_repr_and_an_html_table(tmp_path: Path) -> None:
    db = build(tmp_path)
    people = call(query.persons, db)
    assert isinstance(people, Results) and len(people) > 3
    assert repr(people).startswith(f"Results({len(people)}:") and "more" in repr(people)
    assert people._repr_html_().count("<tr>") == min(len(people), 50) + 1
    assert people.to_dicts()[0] == people[0].to_dict()
    assert "name" in people[0] and people[0]["name"] == people[0].name
