"""Schema migrations: numbered SQL files applied in order, each in one transaction."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from importlib import resources

__all__ = ["migrate", "available_migrations", "current_version"]

_NAME = re.compile(r"^(\d{4})_([\w-]+)\.sql$")


def available_migrations() -> list[tuple[int, str, str]]:
    """``(version, name, sql)`` for every packaged migration, in order."""
    folder = resources.files("narkomindel.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    return sorted(found)


def current_version(conn: sqlite3.Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations this database lacks; return their versions."""
    applied = []
    have = current_version(conn)
    for version, name, sql in available_migrations():
        if version <= have:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if current_version(conn) >= version:  # another process got there first
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (disk full)
                conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (comments removed; no ';' inside strings): a
    piece that SQLite does not see as complete (a trigger's body) takes the next."""
    body = re.sub(r"--[^\n]*", "", sql)
    out, pending = [], ""
    for piece in body.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n\t;"):
                out.append(pending.strip().removesuffix(";").strip())
            pending = ""
    if pending.strip(" \n\t;"):
        out.append(pending.strip().removesuffix(";").strip())
    return out
