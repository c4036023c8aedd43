"""The web application: one database, a Store per worker thread, security headers on
every response, and the one place where errors become pages, JSON or RFC 7807 problems."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from narkomindel.errors import (
    AccessError,
    ConflictError,
    CurationError,
    NarkomindelError,
    NotFoundError,
    TooManyAttemptsError,
    UsageError,
)
from narkomindel.serve import render
from narkomindel.store.database import Store
from narkomindel.version import __version__

__all__ = ["create_app", "ServeConfig", "stores", "templates", "page"]

log = logging.getLogger("narkomindel.serve")

#: the Content-Security-Policy of every response: no inline script, no framing
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@dataclass(frozen=True)
class ServeConfig:
    """``read_only``: every write refused; ``secure_cookies``: session cookies only over
    HTTPS (set when serving behind TLS)."""

    read_only: bool = False
    secure_cookies: bool = False
    login_attempts: int = 5  # per minute, per address and per user name


class StorePool:
    """A Store per worker thread (SQLite connections stay in their thread)."""

    def __init__(self, connect: Callable[[], Store]) -> None:
        self.connect = connect
        self.local = threading.local()
        self.lock = threading.Lock()
        self.opened: list[Store] = []

    def get(self) -> Store:
        store: Store | None = getattr(self.local, "store", None)
        if store is None:
            store = self.connect()
            self.local.store = store
            with self.lock:
                self.opened.append(store)
        return store

    def close(self) -> None:
        with self.lock:
            for s in self.opened:
                try:
                    s.close()
                except Exception:  # a connection of a finished thread
                    pass
            self.opened.clear()


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("narkomindel.serve", "templates"),
        autoescape=select_autoescape(["html", "svg"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["edtf"] = render.edtf_words
    env.globals.update(
        person_url=render.person_url,
        source_url=render.source_url,
        passage_url=render.passage_url,
        version=__version__,
        zip=zip,
    )
    return env


_TEMPLATES = _env()


def templates() -> Environment:
    return _TEMPLATES


class _ThreadStore:
    """Stands for the Store of whichever thread uses it: FastAPI may resolve a dependency
    in one worker thread and run the endpoint in another, and a SQLite connection must
    stay in the thread that made it."""

    def __init__(self, pool: StorePool) -> None:
        self._pool = pool

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pool.get(), name)


def stores(request: Request) -> Store:
    """The Store of the worker thread that uses it (a FastAPI dependency)."""
    return cast(Store, request.app.state.thread_store)


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page from a template, with the user and CSRF token of the session."""
    user = getattr(request.state, "user", None)
    html = _TEMPLATES.get_template(name).render(
        request=request,
        user=user,
        csrf=user["csrf"] if user else "",
        read_only=request.app.state.config.read_only,
        **context,
    )
    return HTMLResponse(html, status_code=status)


def _status(exc: NarkomindelError, ipif: bool = False) -> int:
    if isinstance(exc, TooManyAttemptsError):
        return 429
    if isinstance(exc, AccessError):
        return 403
    if isinstance(exc, ConflictError):
        return 409
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, UsageError | CurationError):
        return 422 if not ipif else 400
    return 400


def _problem(request: Request, status: int, title: str, detail: str, code: str) -> Response:
    path = request.url.path
    if path.startswith("/ipif"):
        return JSONResponse(
            {"type": "about:blank", "status": status, "title": title, "detail": detail,
             "instance": path, "code": code},
            status_code=status,
            media_type="application/problem+json",
        )  # fmt: skip
    if path.startswith("/api") or path == "/openapi.json":
        return JSONResponse(
            {"error": {"status": status, "code": code, "title": title, "detail": detail}},
            status_code=status,
        )
    return page(request, "error.html", status, status_code=status, title=title, detail=detail)


def _validation_detail(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)[:500]


def create_app(connect: Callable[[], Store], config: ServeConfig | None = None) -> FastAPI:
    """The web explorer over the database ``connect()`` opens (called once per worker
    thread): pages, ``/api`` JSON, ``/ipif`` and ``/openapi.json``."""
    from narkomindel.serve import api_json, auth, curate, ipif, pages, stats

    config = config or ServeConfig()
    pool = StorePool(connect)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        lifespan=lifespan,
        title="Narkomindel",
        version=__version__,
        description="A cited prosopography of Soviet diplomacy, 1917-1945: the register as"
        " JSON (/api) and through the IPIF prosopography API (/ipif).",
        docs_url=None,  # the interactive docs load scripts from a CDN: not served
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.pool = pool
    app.state.thread_store = _ThreadStore(pool)
    app.state.config = config
    app.state.limiter = auth.LoginLimiter(config.login_attempts)

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if request.url.path.startswith("/ipif"):
            response.headers.setdefault(
                "Link",
                '<https://raw.githubusercontent.com/GVogeler/prosopogrAPhI/master/level1.json>;rel="profile"',
            )
        return response

    @app.exception_handler(NarkomindelError)
    async def known(request: Request, exc: NarkomindelError) -> Response:
        text = exc.render_for({}) if isinstance(exc, UsageError) else exc.render()
        return _problem(
            request, _status(exc, request.url.path.startswith("/ipif")), exc.title, text, exc.code
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        status = 400 if request.url.path.startswith("/ipif") else 422
        return _problem(request, status, "invalid parameters", _validation_detail(exc), "E002")

    @app.exception_handler(StarletteHTTPException)
    async def http(request: Request, exc: StarletteHTTPException) -> Response:
        titles = {404: "not found", 405: "method not allowed", 403: "not allowed"}
        detail = str(exc.detail) if exc.detail else titles.get(exc.status_code, "error")
        return _problem(
            request,
            exc.status_code,
            titles.get(exc.status_code, "error"),
            detail,
            "E201" if exc.status_code == 404 else "E002",
        )

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return _problem(
            request, 500, "an unexpected error (a bug)",
            "[E900] something went wrong on the server — please report it with the address",
            "E900",
        )  # fmt: skip

    static = resources.files("narkomindel.serve").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(pages.router)
    app.include_router(curate.router)
    app.include_router(api_json.router)
    app.include_router(ipif.router)
    app.include_router(stats.router)
    app.include_router(stats.api)
    return app


def iter_routes(app: FastAPI) -> Iterator[str]:
    for r in app.routes:
        path = getattr(r, "path", None)
        if path:
            yield str(path)
