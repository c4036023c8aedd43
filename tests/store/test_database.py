"""The store's one transaction helper and its read snapshots."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from narkomindel.errors import DiskFullError, StoreError
from narkomindel.store.database import Store


def _count(store: Store) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM curation_log").fetchone()[0])


def _log(conn: sqlite3.Connection, what: str) -> None:
    conn.execute(
        "INSERT INTO curation_log(at, who, action, target, why) VALUES ('t', 'x', ?, 't', '')",
        (what,),
    )


def test_a_transaction_commits_everything_or_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        with store.transaction() as conn:
            _log(conn, "a")
            with store.transaction() as inner:  # joins the outer one
                _log(inner, "b")
        assert _count(store) == 2
        with pytest.raises(RuntimeError), store.transaction() as conn:
            _log(conn, "c")
            with store.transaction() as inner:
                _log(inner, "d")
            raise RuntimeError("stop")
        assert _count(store) == 2 and not store.conn.in_transaction


def test_a_read_sees_one_snapshot_while_another_connection_writes(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Store(db) as reader, Store(db) as writer:
        with reader.reading():
            before = _count(reader)
            with writer.transaction() as conn:
                _log(conn, "written meanwhile")
            assert _count(reader) == before  # the snapshot does not move
        assert _count(reader) == before + 1


def test_database_refusals_become_store_errors(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    full = store._failure(sqlite3.OperationalError("database or disk is full"))
    assert isinstance(full, DiskFullError) and "nothing was lost" in full.render()
    locked = store._failure(sqlite3.OperationalError("database is locked"))
    assert isinstance(locked, StoreError) and "wait" in locked.render()
    store.close()


def test_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not SQLite " * 200)
    with pytest.raises(StoreError, match="Narkomindel SQLite database"):
        Store(bad)


def test_a_migration_keeps_a_trigger_body_whole() -> None:
    from narkomindel.store.migrations import _statements

    sql = (
        "CREATE TABLE t (a TEXT); -- a note; with a semicolon\n"
        "CREATE TRIGGER t_added AFTER INSERT ON t BEGIN\n"
        "  INSERT INTO u(a) VALUES (new.a);\n  INSERT INTO u(a) VALUES (new.a || 'x');\nEND;\n"
        "CREATE INDEX t_a ON t(a);"
    )
    got = _statements(sql)
    assert len(got) == 3 and got[1].startswith("CREATE TRIGGER") and got[1].endswith("END")
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE u (a TEXT)")
    for statement in got:
        conn.execute(statement)
    conn.execute("INSERT INTO t(a) VALUES ('k')")
    assert sorted(r[0] for r in conn.execute("SELECT a FROM u")) == ["k", "kx"]
