"""The SQL of accounts and sessions (migration 0005): users with a role and an argon2
hash, and sessions kept only as hashes of their tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = [
    "insert_user",
    "delete_user",
    "user_rows",
    "user_row",
    "set_password_hash",
    "insert_session",
    "session_row",
    "delete_session",
    "delete_expired_sessions",
]


def insert_user(store: Store, name: str, role: str, password_hash: str, at: str) -> bool:
    """Add a user; False when the name is taken."""
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT OR IGNORE INTO users(name, role, password_hash, created_at) VALUES (?,?,?,?)",
            (name, role, password_hash, at),
        )
    return cur.rowcount > 0


def delete_user(store: Store, name: str) -> bool:
    with store.transaction() as conn:
        conn.execute("DELETE FROM sessions WHERE user = ?", (name,))
        cur = conn.execute("DELETE FROM users WHERE name = ?", (name,))
    return cur.rowcount > 0


def user_rows(store: Store) -> list[dict[str, Any]]:
    """Every user (name, role, created_at), without hashes."""
    return [
        dict(r)
        for r in store.conn.execute("SELECT name, role, created_at FROM users ORDER BY name")
    ]


def user_row(store: Store, name: str) -> dict[str, Any] | None:
    row = store.conn.execute(
        "SELECT name, role, password_hash, created_at FROM users WHERE name = ?", (name,)
    ).fetchone()
    return dict(row) if row else None


def set_password_hash(store: Store, name: str, password_hash: str) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE users SET password_hash = ? WHERE name = ?", (password_hash, name))


def insert_session(
    store: Store, token_hash: str, user: str, csrf: str, at: str, expires: str
) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO sessions(token_hash, user, csrf, created_at, expires_at) VALUES (?,?,?,?,?)",
            (token_hash, user, csrf, at, expires),
        )


def session_row(store: Store, token_hash: str, now: str) -> dict[str, Any] | None:
    """The live session of this token with its user's role, or None."""
    row = store.conn.execute(
        "SELECT s.user, s.csrf, s.expires_at, u.role FROM sessions s JOIN users u ON u.name = s.user"
        " WHERE s.token_hash = ? AND s.expires_at > ?",
        (token_hash, now),
    ).fetchone()
    return dict(row) if row else None


def delete_session(store: Store, token_hash: str) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))


def delete_expired_sessions(store: Store, now: str) -> int:
    with store.transaction() as conn:
        cur = conn.execute("DELETE FROM sessions WHERE expires_at <= ?", (now,))
    return cur.rowcount
