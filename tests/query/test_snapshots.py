"""Queries and exports while another process ingests and resolves (issue 10): each reads
one consistent snapshot and none writes, so none fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from narkomindel import query
from narkomindel.export import collect
from narkomindel.store.database import Store
from tests.pipeline.interruptions import corpus
from tests.query.fixture import build


def test_reads_during_an_ingest_never_fail(tmp_path: Path) -> None:
    db = build(tmp_path)
    folder = tmp_path / "more"
    corpus(folder, n_texts=6, n_records=200)
    code = f"import narkomindel; narkomindel.ingest([{str(folder)!r}], {str(db)!r})"
    child = subprocess.Popen([sys.executable, "-c", code])
    rounds = 0
    with Store(db) as store:
        while child.poll() is None or rounds < 3:
            people = query.persons(store)
            if people:
                card = query.person(store, people[rounds % len(people)].id)
                assert all(f.quote for f in card.factoids)
            query.search(store, "Ambassador")
            query.events(store)
            bundle = collect(store)
            subjects = {p.id for p in bundle.persons}
            assert all(f.subject in subjects for f in bundle.factoids)  # one snapshot
            rounds += 1
    assert child.wait() == 0 and rounds >= 3
