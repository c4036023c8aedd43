"""No curator decision is lost (issue 10): not when another process resolves meanwhile,
not in any order of ingests, resolutions and decisions."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narkomindel import ingest, query
from narkomindel.pipeline import decide, judge_factoid, merge, resolve_people
from narkomindel.store.database import Store
from tests.helpers import DATA
from tests.query.fixture import FILES, build


def link_statuses(store: Store) -> dict[str, str]:
    return {r.key: r.status for s in ("review", "applied", "rejected")
            for r in query.review_queue(store, status=s)}  # fmt: skip


def test_decisions_made_while_another_process_resolves_stay_in_effect(tmp_path: Path) -> None:
    db = build(tmp_path)
    loop = (
        "import narkomindel\nfrom narkomindel.pipeline import resolve_people\n"
        f"s = narkomindel.Store({str(db)!r})\n"
        "for _ in range(6):\n    resolve_people(s)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", loop])
    try:
        with Store(db) as store:
            queue = query.review_queue(store)
            applied = query.review_queue(store, status="applied")
            decided = {}
            for item in queue[:1]:
                decide(store, item.key, "accept", who="t", why="same mission")
                decided[item.key] = "applied"
            for item in applied[:1]:
                decide(store, item.key, "reject", who="t", why="namesake")
                decided[item.key] = "rejected"
            people = [p for p in query.persons(store, kind="text") if p.posts]
            merge(store, people[0].id, people[1].id, who="t", why="one man")
            card = query.person(store, people[2].id)
            factoid = card.factoids[0].id
            judge_factoid(store, factoid, "rejected", who="t", why="misread")
    finally:
        assert child.wait(timeout=300) == 0
    with Store(db) as store:  # the other process has finished: everything is in effect
        statuses = link_statuses(store)
        assert all(statuses.get(k) == v for k, v in decided.items()), (decided, statuses)
        merged = query.person(store, people[0].id)
        assert set(people[1].variants) <= set(merged.person.variants)
        assert (
            next(f for f in query.person(store, people[2].id).factoids if f.id == factoid).status
            == "rejected"
        )


OPS = st.lists(
    st.one_of(
        st.tuples(st.just("ingest"), st.integers(0, 2)),
        st.tuples(st.just("resolve"), st.just(0)),
        st.tuples(st.sampled_from(["accept", "reject"]), st.integers(0, 5)),
        st.tuples(st.just("factoid"), st.integers(0, 30)),
        st.tuples(st.just("merge"), st.integers(0, 5)),
    ),
    min_size=3,
    max_size=9,
)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPS)
def test_any_order_of_ingests_resolutions_and_decisions_keeps_every_decision(
    ops: list[tuple[str, int]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        db = Path(tmp) / "t.db"
        files = list(FILES.items())
        shutil.copy(DATA / files[0][0], src / files[0][1])
        ingest([src], db)
        links: dict[str, str] = {}
        factoids: dict[str, str] = {}
        merged: list[tuple[str, str]] = []
        with Store(db) as store:
            for op, n in ops:
                if op == "ingest":
                    shutil.copy(DATA / files[n][0], src / files[n][1])
                    ingest([src], db)
                elif op == "resolve":
                    resolve_people(store)
                elif op in ("accept", "reject"):
                    items = sorted(link_statuses(store))
                    if items:
                        key = items[n % len(items)]
                        decide(store, key, op, who="t")
                        links[key] = "applied" if op == "accept" else "rejected"
                elif op == "factoid":
                    ids = sorted(f.id for p in query.persons(store, kind="text")
                                 for f in query.person(store, p.id).factoids if "." not in f.id)  # fmt: skip
                    if ids:
                        fid = ids[n % len(ids)]
                        status = "rejected" if fid not in factoids else "accepted"
                        judge_factoid(store, fid, status, who="t")
                        factoids[fid] = status
                elif op == "merge":
                    people = [p.id for p in query.persons(store, kind="text")]
                    if len(people) > 1:
                        a, b = people[n % len(people)], people[(n + 1) % len(people)]
                        merge(store, a, b, who="t")
                        merged.append((a, b))
            statuses = link_statuses(store)
            for key, status in links.items():
                assert statuses.get(key, status) == status, (key, status, statuses.get(key))
            for fid, status in factoids.items():
                holders = [f for p in query.persons(store) for f in query.person(store, p.id).factoids
                           if f.id == fid]  # fmt: skip
                assert all(f.status == status for f in holders), (fid, status)
            for a, b in merged:
                owner = {p.id for p in query.persons(store, kind="text")}
                assert not (a in owner and b in owner), (a, b)  # never two persons again


def test_a_decision_committed_while_persons_are_computed_is_not_undone(
    tmp_path: Path, monkeypatch: object
) -> None:
    """The race itself, made certain: a curator decides (from another connection) after
    the resolve run has read the database and before it writes."""
    import pytest

    from narkomindel.pipeline import resolving

    db = build(tmp_path)
    with Store(db) as store, Store(db) as curator:
        (item,) = query.review_queue(store, status="applied")[:1]
        people = [p for p in query.persons(store, kind="text") if p.posts]
        real_plan = resolving._plan
        calls = []

        def plan_then_decide(s: Store) -> object:
            plan = real_plan(s)
            if not calls:  # the first reading: now another curator acts
                calls.append(1)
                decide(curator, item.key, "reject", who="other", why="namesake")
                curator_merge = (people[0].id, people[1].id)
                from narkomindel.resolve.curation import merge_target
                from narkomindel.store import curation as log

                log.append_curation(curator, "merge", merge_target(*curator_merge), "other", "")
            return plan

        mp = pytest.MonkeyPatch()
        mp.setattr(resolving, "_plan", plan_then_decide)
        try:
            resolving.resolve_people(store)
        finally:
            mp.undo()
        assert link_statuses(store)[item.key] == "rejected"
        listed = {p.id for p in query.persons(store, kind="text")}
        assert people[0].id in listed and people[1].id not in listed  # the merge took effect
