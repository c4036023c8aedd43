"""Sessions, roles, CSRF and the log-in rate limit.

Anonymous readers read; curators decide; admins also manage accounts. A session is a
random token in an HttpOnly, SameSite=Strict cookie (the database keeps only its hash);
every form that writes carries the session's CSRF token, compared in constant time.
The log-in form, before there is a session, carries a token that must equal its cookie.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import defaultdict, deque
from typing import Any

from fastapi import Depends, Request
from fastapi.responses import Response

from narkomindel.errors import AccessError, TooManyAttemptsError
from narkomindel.pipeline import accounts
from narkomindel.serve.app import stores
from narkomindel.store.database import Store

__all__ = [
    "SESSION_COOKIE",
    "LOGIN_COOKIE",
    "LoginLimiter",
    "load_user",
    "require",
    "check_csrf",
    "set_session",
    "login_token",
]

SESSION_COOKIE = "nk_session"
LOGIN_COOKIE = "nk_login"
RANK = {"curator": 1, "admin": 2}


class LoginLimiter:
    """At most ``per_minute`` log-in attempts a minute from one address and for one user
    name (kept in memory: a restart forgets)."""

    def __init__(self, per_minute: int = 5) -> None:
        self.per_minute = per_minute
        self.seen: dict[str, deque[float]] = defaultdict(deque)
        self.lock = threading.Lock()

    def check(self, *keys: str) -> None:
        now = time.monotonic()
        with self.lock:
            for key in keys:
                q = self.seen[key]
                while q and now - q[0] > 60:
                    q.popleft()
                if len(q) >= self.per_minute:
                    raise TooManyAttemptsError(
                        f"more than {self.per_minute} log-in attempts in a minute"
                    )
            for key in keys:
                self.seen[key].append(now)
            if len(self.seen) > 10_000:  # forget the idle
                for k in [k for k, q in self.seen.items() if not q or now - q[-1] > 60]:
                    del self.seen[k]


def load_user(request: Request, store: Store = Depends(stores)) -> dict[str, Any] | None:
    """The session's user (name, role, csrf) or None; kept on ``request.state.user``."""
    session = accounts.session_of(store, request.cookies.get(SESSION_COOKIE))
    user = (
        {"name": session["user"], "role": session["role"], "csrf": session["csrf"]}
        if session
        else None
    )
    request.state.user = user
    return user


def require(request: Request, role: str = "curator") -> dict[str, Any]:
    """The user if they may write with ``role``; :class:`AccessError` otherwise."""
    if request.app.state.config.read_only:
        raise AccessError(
            "this server is read-only", hint="start it without --read-only on 127.0.0.1"
        )
    user = getattr(request.state, "user", None)
    if user is None:
        raise AccessError("log in first", hint="log in as a curator at /login")
    if RANK.get(user["role"], 0) < RANK[role]:
        raise AccessError(f"this needs an {role}'s account", hint="ask an admin")
    return dict(user)


def check_csrf(request: Request, token: str | None, role: str = "curator") -> dict[str, Any]:
    """The user, if they may write and ``token`` is their session's CSRF token."""
    user = require(request, role)
    if not token or not secrets.compare_digest(str(token), str(user["csrf"])):
        raise AccessError(
            "the form's security token is missing or stale", hint="reload the page and try again"
        )
    return user


def login_token(request: Request) -> str:
    """The token of the log-in form (set as a cookie too: the POST must bring back both)."""
    return request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)


def set_session(request: Request, response: Response, token: str | None) -> None:
    secure = request.app.state.config.secure_cookies
    if token is None:
        response.delete_cookie(SESSION_COOKIE, path="/")
        return
    response.set_cookie(
        SESSION_COOKIE, token, httponly=True, samesite="strict", path="/", secure=secure,
        max_age=accounts.SESSION_HOURS * 3600,
    )  # fmt: skip
