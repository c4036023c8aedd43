"""Source text is untrusted: escaped on every page; ids cannot reach files; bad input
gets a clear 404/422 and never a stack trace; headers; log-in rate limit (issue 12)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from narkomindel import ingest
from narkomindel.cli.serve import is_loopback
from narkomindel.serve.app import CSP
from tests.serve.conftest import PASSWORD, client_for

# written for this test; the persons are invented
HOSTILE_TEXT = """THE <script>alert("title")</script> MISSION TO NORLAND

In 1925 the commissariat sent Plenipotentiary Representative K. L. Vorobeikin<script>alert(1)</script>
to Norland. His counsellor, M. N. Shtukaturov, wrote <a href="javascript:alert(2)">a note</a> and
"<img src=x onerror=alert(3)>" in his diary. Vorobeikin was recalled in 1937 and shot in 1938.
See javascript:alert(4) and </textarea><svg onload=alert(5)> for more.
"""
HOSTILE_HTML = """<!doctype html><html><head><meta charset="utf-8">
<title>&lt;script&gt;alert('t')&lt;/script&gt; Report</title></head><body>
<h1>&lt;b onmouseover=alert(6)&gt;Report&lt;/b&gt;</h1>
<p>Counsellor M. N. Shtukaturov said &lt;script&gt;alert(7)&lt;/script&gt; in 1926.</p>
<p><a href="javascript:alert(8)">link</a> K. L. Vorobeikin was recalled in 1937.</p>
</body></html>
"""
RAW = ("<script>alert", "<img src=x", "<svg onload", 'href="javascript:', "<b onmouseover")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    src = root / "src"
    src.mkdir()
    (src / "evil<i>name.txt").write_text(HOSTILE_TEXT, "utf-8")
    (src / "report.html").write_text(HOSTILE_HTML, "utf-8")
    db = root / "hostile.db"
    assert ingest([src], db).ok
    return db


def _pages(c: TestClient) -> list[str]:
    urls = ["/", "/persons", "/sources", "/missions", "/departments", "/events", "/network",
            "/review", "/search?q=Vorobeikin", "/search?q=script", "/search?q=%3Cscript%3E"]  # fmt: skip
    for p in c.get("/api/persons").json():
        urls.append("/person/" + quote(p["id"], safe=""))
        card = c.get("/api/person/" + quote(p["id"], safe="")).json()
        for f in card["factoids"]:
            urls.append(f"/source/{f['source']}?hl={f['start']},{f['end']}")
            urls.append(f"/source/{f['source']}/span?start={f['start']}&end={f['end']}")
    for s in c.get("/api/sources").json():
        urls.append(f"/source/{s['id']}")
    for m in c.get("/api/missions").json():
        urls.append("/missions/" + quote(m["country"]))
    return urls


def test_hostile_source_text_is_escaped_on_every_page(hostile: Path) -> None:
    with client_for(hostile) as c:
        urls = _pages(c)
        assert any(u.startswith("/person/") for u in urls)
        shown = ""
        for url in urls:
            r = c.get(url)
            assert r.status_code == 200, url
            for raw in RAW:
                assert raw not in r.text, (url, raw)
            shown += r.text
        assert "&lt;script&gt;alert" in shown  # the text is shown, as text
        assert "evil&lt;i&gt;name.txt" in shown


def test_the_json_api_keeps_the_text_as_data(hostile: Path) -> None:
    with client_for(hostile) as c:
        src = next(s for s in c.get("/api/sources").json() if s["path"].endswith("name.txt"))
        view = c.get(f"/api/source/{src['id']}").json()
        text = "".join(p["text"] for b in view["blocks"] for p in b["pieces"])
        assert "<script>alert(1)</script>" in text


def test_security_headers_on_every_kind_of_response(reader: TestClient) -> None:
    for url in ("/", "/api/overview", "/ipif/describe", "/static/style.css", "/nowhere"):
        r = reader.get(url)
        assert r.headers["content-security-policy"] == CSP, url
        assert "frame-ancestors 'none'" in CSP and "script-src 'self'" in CSP
        assert "unsafe-inline" not in CSP
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["x-content-type-options"] == "nosniff"


def test_no_inline_script_or_style_in_the_pages(reader: TestClient) -> None:
    for url in ("/", "/persons", "/search?q=Tolmachev", "/network", "/login"):
        text = reader.get(url).text
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), url
        assert " style=" not in text and "<style" not in text, url
        assert not re.search(r"\son[a-z]+=", text), url


@pytest.mark.parametrize(
    "url",
    [
        "/person/no-such-person", "/source/..%2F..%2Fetc%2Fpasswd", "/source/%2e%2e",
        "/source/0000000000000000", "/static/../pyproject.toml", "/static/%2e%2e/app.py",
        "/missions/Atlantis", "/departments/Nothing", "/api/person/nobody",
        "/ipif/persons/nobody", "/ipif/sources/..%2F..", "/ipif/factoids/f-zz-1",
    ],
)  # fmt: skip
def test_bad_ids_are_404_with_a_message_never_a_trace(reader: TestClient, url: str) -> None:
    r = reader.get(url)
    assert r.status_code == 404, url
    assert "Traceback" not in r.text and 'File "' not in r.text
    assert "root:" not in r.text  # nothing of /etc/passwd


@pytest.mark.parametrize(
    "url, status",
    [
        ("/api/persons?year=abc", 422), ("/api/persons?limit=0", 422), ("/persons?year=99999", 422),
        ("/api/events?from=1930&to=1920", 422), ("/api/search?q=", 422),
        ("/api/persons?fate=" + "x" * 300, 422), ("/source/470b25a2?hl=9,1", 422),
        ("/ipif/persons?size=-1", 400), ("/ipif/persons?sortBy=password", 400),
        ("/ipif/persons?unknown=1", 400), ("/ipif/factoids?from=last+week", 400),
    ],
)  # fmt: skip
def test_bad_parameters_get_a_clear_error(reader: TestClient, url: str, status: int) -> None:
    r = reader.get(url)
    assert r.status_code == status, (url, r.text[:200])
    assert "Traceback" not in r.text
    if url.startswith("/ipif"):
        assert r.headers["content-type"] == "application/problem+json"
        assert {"type", "title", "status", "detail"} <= set(r.json())
    elif url.startswith("/api"):
        assert r.json()["error"]["detail"]


def test_log_in_is_rate_limited(demo_db: Path) -> None:
    with client_for(demo_db, login_attempts=3) as c:
        token = c.get("/login").text.split('name="token" value="', 1)[1].split('"', 1)[0]
        codes = [
            c.post("/login", data={"name": "ada", "password": "wrong guess!", "token": token},
                   follow_redirects=False).status_code
            for _ in range(5)
        ]  # fmt: skip
        assert codes[:3] == [403, 403, 403]
        assert codes[3:] == [429, 429]
        # even the right password waits out the minute
        r = c.post("/login", data={"name": "ada", "password": PASSWORD, "token": token})
        assert r.status_code == 429


def test_loopback_is_the_default_and_other_addresses_are_read_only() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1")
