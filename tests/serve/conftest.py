"""The web explorer over the built-in demo register (written by the team; persons
invented) and over a register of hostile sources written here."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from narkomindel.pipeline import accounts, run_demo
from narkomindel.serve import ServeConfig, create_app
from narkomindel.store.database import Store

PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    with Store(db) as store:
        run_demo(store)
        accounts.add_user(store, "ada", PASSWORD, "curator")
        accounts.add_user(store, "boris", PASSWORD, "curator")
        accounts.add_user(store, "root", PASSWORD, "admin")
    return db


@pytest.fixture
def demo_db(demo_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo register (with accounts ada, boris: curators; root: admin)."""
    db = tmp_path / "demo.db"
    shutil.copy(demo_master, db)
    return db


def client_for(db: Path, **config: object) -> TestClient:
    app = create_app(lambda: Store(db), ServeConfig(**config))  # type: ignore[arg-type]
    return TestClient(app, base_url="http://127.0.0.1")


@pytest.fixture
def client(demo_db: Path) -> Iterator[TestClient]:
    with client_for(demo_db) as c:
        yield c


@pytest.fixture(scope="session")
def reader(demo_master: Path) -> Iterator[TestClient]:
    """A read-only client over the shared demo register (never written)."""
    with client_for(demo_master, read_only=True) as c:
        yield c


def login(c: TestClient, name: str = "ada", password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    form = c.get("/login")
    token = form.text.split('name="token" value="', 1)[1].split('"', 1)[0]
    r = c.post(
        "/login", data={"name": name, "password": password, "token": token, "next": "/"},
        follow_redirects=False,
    )  # fmt: skip
    assert r.status_code == 303, r.text[:300]
    page = c.get("/").text
    return page.split('name="csrf" value="', 1)[1].split('"', 1)[0]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(demo_master: Path, tmp_path: Path) -> Iterator[str]:
    """A live server (uvicorn on 127.0.0.1, a free port) over a copy of the demo register."""
    import uvicorn

    db = tmp_path / "live.db"
    shutil.copy(demo_master, db)
    port = _free_port()
    app = create_app(lambda: Store(db), ServeConfig())
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
