"""Accounts of the web explorer: curators (who may decide) and admins (who also manage
accounts); passwords hashed with argon2, sessions kept only as hashes of their tokens."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from narkomindel.errors import AccessError, NotFoundError, UsageError
from narkomindel.store import accounts
from narkomindel.store.database import Store

__all__ = [
    "ROLES",
    "add_user",
    "remove_user",
    "list_users",
    "authenticate",
    "open_session",
    "session_of",
    "close_session",
]

ROLES = ("curator", "admin")
SESSION_HOURS = 12
_NAME = re.compile(r"[A-Za-z0-9_.@-]{1,64}")
_HASHER = PasswordHasher()
#: verified against when the user does not exist, so both cases take the same time
_DUMMY = _HASHER.hash(secrets.token_hex(16))


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


def add_user(store: Store, name: str, password: str, role: str = "curator") -> dict[str, Any]:
    """A new account; the password is stored only as its argon2 hash."""
    if not _NAME.fullmatch(name):
        raise UsageError(
            f"‹name› {name[:70]!r} is not a user name",
            hint="use 1 to 64 letters, digits, '.', '_', '-' or '@'",
        )
    if role not in ROLES:
        raise UsageError(f"‹role› {role!r} is not a role", hint=f"use one of {', '.join(ROLES)}")
    if len(password) < 10:
        raise UsageError("the password is too short", hint="give at least 10 characters")
    if not accounts.insert_user(store, name, role, _HASHER.hash(password), _stamp(_now())):
        raise UsageError(f"a user {name!r} exists already", hint="choose another name")
    return {"name": name, "role": role}


def remove_user(store: Store, name: str) -> dict[str, Any]:
    """Remove an account and end its sessions (its decisions stay in the log)."""
    if not accounts.delete_user(store, name):
        raise NotFoundError(f"no user {name!r}", hint="list them with `narkomindel users list`")
    return {"removed": name}


def list_users(store: Store) -> list[dict[str, Any]]:
    """Every account: name, role, created_at."""
    with store.reading():
        return accounts.user_rows(store)


def authenticate(store: Store, name: str, password: str) -> dict[str, Any]:
    """The account if the password is right; :class:`AccessError` otherwise (the same
    message whether the name or the password was wrong)."""
    row = accounts.user_row(store, name) if _NAME.fullmatch(name) else None
    try:
        _HASHER.verify(row["password_hash"] if row else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        row = None
    if row is None:
        raise AccessError("wrong user name or password", hint="check both and try again")
    if _HASHER.check_needs_rehash(row["password_hash"]):
        accounts.set_password_hash(store, name, _HASHER.hash(password))
    return {"name": row["name"], "role": row["role"]}


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(store: Store, name: str) -> dict[str, str]:
    """A new session for a user: the cookie's token and the CSRF token of its forms."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = _now()
    accounts.delete_expired_sessions(store, _stamp(now))
    accounts.insert_session(
        store, _digest(token), name, csrf, _stamp(now), _stamp(now + timedelta(hours=SESSION_HOURS))
    )
    return {"token": token, "csrf": csrf}


def session_of(store: Store, token: str | None) -> dict[str, Any] | None:
    """The user, role and CSRF token of a live session, or None."""
    if not token or len(token) > 200:
        return None
    with store.reading():
        return accounts.session_row(store, _digest(token), _stamp(_now()))


def close_session(store: Store, token: str | None) -> None:
    if token:
        accounts.delete_session(store, _digest(token))
