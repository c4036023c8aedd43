"""Many readers at once over a live server, while a curator writes: every request
answered, none with an error (regression: a dependency resolved in one worker thread
handed its SQLite connection to an endpoint running in another)."""

from __future__ import annotations

import re
import threading
from urllib.parse import quote

import httpx

from tests.serve.conftest import PASSWORD


def test_readers_and_a_curator_at_once(server: str) -> None:
    persons = httpx.get(f"{server}/api/persons").json()
    urls = ["/", "/persons", "/search?q=Tolmachev", "/api/overview"]
    urls += ["/person/" + quote(p["id"], safe="") for p in persons]
    failures: list[str] = []

    def read(n: int) -> None:
        with httpx.Client(base_url=server, timeout=60) as c:
            for i in range(8):
                url = urls[(n + i) % len(urls)]
                code = c.get(url).status_code
                if code != 200:
                    failures.append(f"{url}: {code}")

    def write() -> None:
        with httpx.Client(base_url=server, timeout=60) as c:
            token = re.search(r'name="token" value="([^"]+)"', c.get("/login").text).group(1)  # type: ignore[union-attr]
            c.post("/login", data={"name": "ada", "password": PASSWORD, "token": token})
            csrf = re.search(r'name="csrf" value="([^"]+)"', c.get("/").text).group(1)  # type: ignore[union-attr]
            for p in persons[:4]:
                card = c.get("/api/person/" + quote(p["id"], safe="")).json()
                for f in card["factoids"][:2]:
                    r = c.post(f"/factoid/{f['id']}/judge",
                               data={"csrf": csrf, "person": p["id"], "status": "accepted"})  # fmt: skip
                    if r.status_code != 303:
                        failures.append(f"write {f['id']}: {r.status_code}")

    threads = [threading.Thread(target=read, args=(n,)) for n in range(16)]
    threads.append(threading.Thread(target=write))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert failures == []
