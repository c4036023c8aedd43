"""The analyses' stored profiles (migration 0013) give the profiles read from the
factoids, stay current on a curator's decision, and reach an older database without
touching its curation; the garbage collector is held off only while a table is built."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

import pytest

from narkomindel.analyse import stats
from narkomindel.analyse.cohorts import birth_year, value_of
from narkomindel.analyse.report import report
from narkomindel.pipeline import judge_factoid
from narkomindel.pipeline.upkeep import bring_up_to_date
from narkomindel.query import analysis as q
from narkomindel.query.analysis import PersonProfile
from narkomindel.query.results import Results
from narkomindel.store import profiles as stored
from narkomindel.store.database import Store
from tests.analyse.register import build, fact, fate, post


def _persons() -> list:
    attested = fact("post", role="consul", country="Ruritania", attrs={"soviet": True,
                    "attested": "1936-05"})  # fmt: skip
    return [
        (
            "Vlinnov",
            [
                post("polpred", "1924", "1937", elite=True),
                fate("arrested", "1937-03"),
                fate("released", "1939", status="accepted"),
                fate("executed", "1941"),
                fact("attribute", attribute="birth", value="about then"),
                fact("attribute", attribute="birth", value="1890"),
                fact("membership", organisation="party", date_start="1912"),
                fact("membership", organisation="party", date_start="1905", kind="registry"),
                fact("attribute", attribute="nationality", value=" Ruritanian "),
            ],
        ),  # fmt: skip
        (
            "Orrek",
            [
                post("counsellor", "1930", "1938"),
                attested,
                fate("died", "1938", modality="rumoured"),
            ],
        ),  # fmt: skip
        (
            "Tasmuk",
            [
                post("consul", None, None, kind="primary"),
                attested,
                fate("defected", "1937", kind="registry"),
            ],
        ),  # fmt: skip
        (
            "Quellin",
            [
                post("attaché", "1931", "1937"),
                fate("survived", status="rejected"),
                fact("attribute", attribute="class_origin", value="peasant"),
            ],
        ),  # fmt: skip
        ("Brusk", [fact("attribute", attribute="education", value="gymnasium")]),
    ]


@pytest.fixture
def reg(tmp_path: Path) -> Store:
    store = Store(build(tmp_path / "reg.db", _persons()))
    yield store
    store.close()


def _from_factoids(store: Store, **kw: object) -> Results[PersonProfile]:
    """The profiles read from the factoids (as a database without stored profiles is)."""
    saved = stored.profiles_stored
    stored.profiles_stored = lambda s: False  # type: ignore[assignment]
    try:
        return q.profiles(store, **kw)  # type: ignore[arg-type]
    finally:
        stored.profiles_stored = saved  # type: ignore[assignment]


def test_the_stored_profiles_are_the_profiles_of_the_factoids(reg: Store) -> None:
    assert stored.profiles_stored(reg)
    mine = q.profiles(reg)
    assert list(mine) == list(_from_factoids(reg)) and len(mine) == 5
    assert list(q.profiles(reg, attributes=False)) == list(_from_factoids(reg, attributes=False))
    v = next(p for p in mine if p.name == "Vlinnov")
    assert birth_year(v) == (1890, (v.attributes[1].id,))  # the first readable birth
    assert value_of(v, "party_joined")[0] == "before 1917 (Old Bolsheviks)"
    assert value_of(v, "nationality")[0] == "ruritanian"
    t = next(p for p in mine if p.name == "Tasmuk")
    assert (t.first_year, t.last_year, t.posts) == (1936, 1936, 2)  # attested posts count
    assert [f.value for f in v.fates] == ["released", "arrested", "executed"]  # status, then id


def test_a_curators_decision_reaches_the_stored_profiles(reg: Store) -> None:
    before = stats.fates(reg, population_name="all")
    assert before.row("purged").n == 1
    executed = next(
        f.id for p in q.profiles(reg) for f in p.fates if f.value == "executed"
    )  # fmt: skip
    judge_factoid(reg, executed, "rejected")
    assert list(q.profiles(reg)) == list(_from_factoids(reg))
    after = stats.fates(reg, population_name="all")
    assert after.row("purged").n == 0 and after.row("survived").n == 1  # released 1939


def test_an_older_database_is_read_from_the_factoids_then_gets_them(tmp_path: Path) -> None:
    path = build(tmp_path / "old.db", _persons())
    with Store(path) as store:
        judge_factoid(store, next(f.id for p in q.profiles(store) for f in p.fates
                                  if f.value == "executed"), "rejected")  # fmt: skip
        expected = report(store, with_sensitivity=False).csv
    conn = sqlite3.connect(path)  # as it was before migration 0013
    conn.executescript(
        "DROP TABLE person_profiles; DELETE FROM schema_migrations WHERE version = 13;"
        " PRAGMA user_version = 12;"
    )
    log = conn.execute("SELECT * FROM curation_log").fetchall()
    statuses = conn.execute("SELECT id, status FROM factoids ORDER BY id").fetchall()
    conn.close()
    with Store(path) as store:
        assert not stored.profiles_stored(store)  # migrated: an empty table
        assert report(store, with_sensitivity=False).csv == expected  # from the factoids
        assert "the analyses' profiles of the persons stored" in bring_up_to_date(store)
        assert stored.profiles_stored(store) and bring_up_to_date(store) == []
        assert report(store, with_sensitivity=False).csv == expected
        rows = lambda sql: [tuple(r) for r in store.conn.execute(sql)]  # noqa: E731
        assert rows("SELECT * FROM curation_log") == log and len(log) == 1
        assert rows("SELECT id, status FROM factoids ORDER BY id") == statuses


def test_the_collector_is_held_off_only_while_a_table_is_built(reg: Store) -> None:
    assert gc.isenabled()
    with q.gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), q.gc_paused():
        raise RuntimeError("a failure inside")
    assert gc.isenabled()
    gc.disable()
    try:
        stats.fates(reg)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
