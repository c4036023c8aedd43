"""Curation in the browser: accounts, CSRF, every action logged and replayed after
re-extraction, history and undo, merges that keep old ids, and two curators at once
(issue 12)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient

from narkomindel.pipeline import extract_sources
from narkomindel.store import curation
from narkomindel.store.database import Store
from tests.serve.conftest import client_for, login


def card(c: TestClient, key: str) -> dict[str, Any]:
    r = c.get("/api/person/" + quote(key, safe=""))
    assert r.status_code == 200, r.text[:200]
    data: dict[str, Any] = r.json()
    return data


def state(c: TestClient, key: str) -> str:
    page = c.get("/person/" + quote(key, safe="")).text
    found = re.search(r'name="state" value="([0-9a-f]+)"', page)
    assert found, "no curator's form on the page"
    return found.group(1)


def a_person_with_factoids(c: TestClient, n: int = 2) -> dict[str, Any]:
    for p in c.get("/api/persons?kind=text").json():
        data = card(c, p["id"])
        if len(data["factoids"]) >= n and p["kind"] == "text":
            return data
    raise AssertionError("the demo has no person with factoids")


def log_of(db: Path) -> list[dict[str, Any]]:
    with Store(db) as store:
        return curation.curation_log(store)


def judge(c: TestClient, csrf: str, person: str, factoid: str, status: str, seen: str) -> int:
    r = c.post(
        f"/factoid/{factoid}/judge",
        data={"csrf": csrf, "person": person, "state": seen, "status": status, "why": "test"},
        follow_redirects=False,
    )
    return r.status_code


def test_writes_need_a_curator_and_the_session_token(client: TestClient, demo_db: Path) -> None:
    p = a_person_with_factoids(client)
    fid = p["factoids"][0]["id"]
    assert judge(client, "", p["id"], fid, "rejected", "") == 403  # anonymous
    csrf = login(client)
    assert judge(client, "forged", p["id"], fid, "rejected", "") == 403
    assert judge(client, "", p["id"], fid, "rejected", "") == 403
    assert log_of(demo_db) == []
    assert judge(client, csrf, p["id"], fid, "rejected", state(client, p["id"])) == 303
    assert [e["who"] for e in log_of(demo_db)] == ["ada"]


def test_a_read_only_server_takes_no_write(demo_db: Path) -> None:
    with client_for(demo_db, read_only=True) as c:
        page = c.get("/login").text
        assert "read-only" in page
        token = page.split('name="token" value="', 1)[1].split('"', 1)[0]
        r = c.post("/login", data={"name": "ada", "password": "x" * 12, "token": token})
        assert r.status_code == 403
        assert c.post("/merge", data={"a": "x", "b": "y"}).status_code == 403
    assert log_of(demo_db) == []


def test_reject_a_factoid_see_it_in_the_history_and_undo_it(
    client: TestClient, demo_db: Path
) -> None:
    csrf = login(client)
    p = a_person_with_factoids(client)
    f = p["factoids"][0]
    assert judge(client, csrf, p["id"], f["id"], "rejected", state(client, p["id"])) == 303
    after = {x["id"]: x["status"] for x in card(client, p["id"])["factoids"]}
    assert after[f["id"]] == "rejected"
    history = client.get("/api/person/" + quote(p["id"], safe="") + "/history").json()
    assert [(h["action"], h["who"], h["target"], h["undone"]) for h in history] == [
        ("factoid", "ada", f["id"], False)
    ]
    entry = history[0]["id"]
    r = client.post(
        f"/undo/{entry}", data={"csrf": csrf, "person": p["id"], "state": state(client, p["id"])},
        follow_redirects=False,
    )  # fmt: skip
    assert r.status_code == 303
    back = {x["id"]: x["status"] for x in card(client, p["id"])["factoids"]}
    assert back[f["id"]] == f["status"]
    actions = [(e["action"], e["target"]) for e in log_of(demo_db)]
    assert actions == [("factoid", f["id"]), ("undo", str(entry))]  # the undo is logged too
    page = client.get("/person/" + quote(p["id"], safe="")).text
    assert "undone" in page


def test_an_edit_is_replayed_after_re_extraction(client: TestClient, demo_db: Path) -> None:
    csrf = login(client)
    p = a_person_with_factoids(client)
    f = next(x for x in p["factoids"] if x["type"] == "post") if any(
        x["type"] == "post" for x in p["factoids"]) else p["factoids"][0]  # fmt: skip
    r = client.post(
        f"/factoid/{f['id']}/edit",
        data={"csrf": csrf, "person": p["id"], "state": state(client, p["id"]),
              "role": "attaché", "country": "Norland", "date_start": "1926~", "why": "the source"},
        follow_redirects=False,
    )  # fmt: skip
    assert r.status_code == 303, r.text[:300]
    with Store(demo_db) as store:
        extract_sources(store, force=True)  # extraction writes the factoid afresh; the log replays
    edited = next(x for x in card(client, p["id"])["factoids"] if x["id"] == f["id"])
    assert (edited["role"], edited["country"], edited["date_start"], edited["status"]) == (
        "attaché", "Norland", "1926~", "edited",
    )  # fmt: skip
    bad = client.post(
        f"/factoid/{f['id']}/edit",
        data={"csrf": csrf, "person": p["id"], "state": state(client, p["id"]), "date_start": "soon"},
    )  # fmt: skip
    assert bad.status_code == 422 and "EDTF" in bad.text


def test_add_a_factoid_from_a_selected_passage(client: TestClient, demo_db: Path) -> None:
    csrf = login(client)
    p = a_person_with_factoids(client)
    m = p["mentions"][0]
    start, end = m["start"], m["end"] + 20
    r = client.post(
        f"/source/{m['source']}/factoids",
        data={"csrf": csrf, "start": start, "end": end, "person": p["id"], "type": "post",
              "role": "courier", "date_start": "1931", "why": "read it myself"},
        follow_redirects=False,
    )  # fmt: skip
    assert r.status_code == 303, r.text[:300]
    fid = r.headers["location"].rsplit("#", 1)[1]
    text = client.get(f"/api/source/{m['source']}/span?start={start}&end={end}").json()["span"][
        "text"
    ]

    def added() -> list[dict[str, Any]]:
        return [x for x in card(client, p["id"])["factoids"] if x["id"] == fid]

    assert [(x["role"], x["quote"], x["start"], x["end"]) for x in added()] == [
        ("courier", text, start, end)
    ]
    with Store(demo_db) as store:
        extract_sources(store, force=True)
    assert len(added()) == 1  # replayed from the log
    entry = next(e for e in log_of(demo_db) if e["action"] == "add")
    client.post(f"/undo/{entry['id']}", data={"csrf": csrf, "person": p["id"], "state": ""})
    assert added() == []


def test_merge_with_a_preview_then_undo_and_old_ids_redirect(
    client: TestClient, demo_db: Path
) -> None:
    csrf = login(client)
    texts = [p for p in client.get("/api/persons?kind=text").json() if p["kind"] == "text"]
    a, b = texts[0]["id"], texts[1]["id"]
    preview = client.get(f"/merge?a={quote(a, safe='')}&b={quote(b, safe='')}")
    assert preview.status_code == 200
    assert "keeps the id" in preview.text
    sa = re.search(r'name="state_a" value="(\w+)"', preview.text).group(1)  # type: ignore[union-attr]
    sb = re.search(r'name="state_b" value="(\w+)"', preview.text).group(1)  # type: ignore[union-attr]
    r = client.post(
        "/merge", data={"csrf": csrf, "a": a, "b": b, "state_a": sa, "state_b": sb, "why": "one man"},
        follow_redirects=False,
    )  # fmt: skip
    assert r.status_code == 303
    merged = card(client, a)
    assert len(merged["mentions"]) == texts[0]["mentions"] + texts[1]["mentions"]
    old = client.get("/person/" + quote(b, safe=""), follow_redirects=False)
    assert old.status_code == 301 and old.headers["location"] == "/person/" + quote(a, safe="")
    entry = next(e for e in log_of(demo_db) if e["action"] == "merge")
    client.post(f"/undo/{entry['id']}", data={"csrf": csrf, "person": a, "state": state(client, a)})
    assert len(card(client, a)["mentions"]) == texts[0]["mentions"]
    assert card(client, b)["id"] == b


def test_two_curators_on_one_person_no_lost_update(demo_db: Path) -> None:
    with client_for(demo_db) as ada, client_for(demo_db) as boris:
        ca, cb = login(ada, "ada"), login(boris, "boris")
        p = a_person_with_factoids(ada)
        seen_a, seen_b = state(ada, p["id"]), state(boris, p["id"])
        assert seen_a == seen_b
        f1, f2 = p["factoids"][0]["id"], p["factoids"][1]["id"]
        assert judge(ada, ca, p["id"], f1, "rejected", seen_a) == 303
        r = boris.post(
            f"/factoid/{f2}/judge",
            data={"csrf": cb, "person": p["id"], "state": seen_b, "status": "accepted"},
        )
        assert r.status_code == 409
        assert "changed by someone else" in r.text
        statuses = {x["id"]: x["status"] for x in card(ada, p["id"])["factoids"]}
        assert statuses[f1] == "rejected" and statuses[f2] == p["factoids"][1]["status"]
        assert [e["who"] for e in log_of(demo_db)] == ["ada"]
        # reloading shows the change; deciding again then works
        assert judge(boris, cb, p["id"], f2, "accepted", state(boris, p["id"])) == 303


def test_rename_and_split(client: TestClient, demo_db: Path) -> None:
    csrf = login(client)
    p = next(x for x in client.get("/api/persons?kind=text").json() if x["mentions"] >= 2)
    key = p["id"]
    client.post(f"/person/{quote(key, safe='')}/rename",
                data={"csrf": csrf, "name": "Invented Name", "state": state(client, key)})  # fmt: skip
    assert card(client, key)["name"] == "Invented Name"
    ref = card(client, key)["mentions"][0]["ref"]
    r = client.post(f"/person/{quote(key, safe='')}/split",
                    data={"csrf": csrf, "mentions": [ref], "state": state(client, key)},
                    follow_redirects=False)  # fmt: skip
    assert r.status_code == 303
    assert ref not in [m["ref"] for m in card(client, key)["mentions"]]
    assert [e["action"] for e in log_of(demo_db)] == ["rename", "split"]


def test_accounts_are_for_admins(client: TestClient) -> None:
    login(client, "ada")
    assert client.get("/users").status_code == 403
    client.cookies.clear()
    csrf = login(client, "root")
    assert client.get("/users").status_code == 200
    r = client.post(
        "/users", data={"csrf": csrf, "name": "vera", "password": "short", "role": "curator"}
    )
    assert r.status_code == 422
    r = client.post(
        "/users", data={"csrf": csrf, "name": "vera", "password": "a long passphrase", "role": "curator"},
        follow_redirects=False,
    )  # fmt: skip
    assert r.status_code == 303 and "vera" in client.get("/users").text
