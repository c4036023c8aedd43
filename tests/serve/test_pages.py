"""Reading the register in the browser's terms: every page, its JSON twin, and a claim
followed to its highlighted passage (issue 12)."""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from fastapi.testclient import TestClient

PAGES = [
    "/", "/persons", "/persons?diplomats=true", "/sources", "/missions", "/departments",
    "/events", "/network", "/network?from=1920&to=1930", "/search?q=Zarewski", "/review",
    "/login",
]  # fmt: skip


def persons(c: TestClient) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = c.get("/api/persons").json()
    return rows


def test_every_page_renders_with_landmarks_and_one_h1(reader: TestClient) -> None:
    for url in PAGES:
        r = reader.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-type"].startswith("text/html")
        for landmark in ("<header", "<nav", "<main", "<footer"):
            assert landmark in r.text, (url, landmark)
        assert r.text.count("<h1") == 1, url


def test_home_counts_and_coverage_match_the_api(reader: TestClient) -> None:
    info = reader.get("/api/overview").json()
    page = reader.get("/").text
    assert info["counts"]["persons"] == len(persons(reader)) > 0
    assert f"<strong>{info['counts']['persons']}</strong> persons" in page
    cov = info["coverage"]
    assert cov["persons"] >= cov["with_fate"] >= 0
    assert sum(1 for p in persons(reader) if p["kind"] == "text") == cov["persons"]
    known = sum(1 for p in persons(reader) if p["kind"] == "text" and p["fate"])
    assert cov["with_fate"] == known


def test_a_person_page_shows_names_career_fate_and_every_factoid(reader: TestClient) -> None:
    for p in persons(reader):
        card = reader.get(f"/api/person/{quote(str(p['id']), safe='')}").json()
        page = reader.get(f"/person/{quote(str(p['id']), safe='')}").text
        assert html.escape(str(card["name"])) in page
        for v in card["cyrillic"]:
            assert html.escape(v) in page
        for f in card["factoids"]:
            assert f'id="{f["id"]}"' in page  # every factoid, with its row
            assert (
                f"/source/{f['source']}?hl={f['start']}%2C{f['end']}#char={f['start']},{f['end']}"
                in page
            )
        if any(f["date_start"] or f["date_end"] or f["attested"] for f in card["career"]):
            assert '<svg class="timeline"' in page


def test_a_claim_link_lands_on_its_highlighted_passage(reader: TestClient) -> None:
    checked = 0
    for p in persons(reader):
        card = reader.get(f"/api/person/{quote(str(p['id']), safe='')}").json()
        for f in card["factoids"][:5]:
            page = reader.get(f"/source/{f['source']}", params={"hl": f"{f['start']},{f['end']}"})
            assert page.status_code == 200
            marked = re.findall(r'<mark class="target">(.*?)</mark>', page.text, flags=re.S)
            text = html.unescape(re.sub(r"<[^>]+>", "", "".join(marked)))
            assert f["quote"] in text  # the highlight covers the quote, no more than its pieces
            checked += 1
    assert checked > 5


def test_the_original_text_of_a_span_on_request(reader: TestClient) -> None:
    src = reader.get("/api/sources").json()[0]["id"]
    data = reader.get(f"/api/source/{src}/span?start=0&end=20").json()
    page = reader.get(f"/source/{src}/span?start=0&end=20").text
    assert html.escape(data["span"]["source_text"]) in page


def test_every_page_has_a_json_twin(reader: TestClient) -> None:
    for url in ("/api/overview", "/api/persons", "/api/sources", "/api/missions",
                "/api/departments", "/api/events", "/api/network", "/api/search?q=Tolmachev",
                "/api/review"):  # fmt: skip
        r = reader.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-type"] == "application/json"


def test_search_finds_a_variant_spelling_and_counts_facets(reader: TestClient) -> None:
    # "Zarewski" is written nowhere: it is the German romanisation of Заревский
    found = reader.get("/api/search?q=Zarewski").json()
    names = [p["name"] for p in found["persons"]]
    assert any("Zarevskii" in n or "Заревск" in n for n in names)
    assert sum(found["facets"]["fate"].values()) >= len(found["persons"])
    fate = next(iter(found["facets"]["fate"]))
    narrowed = reader.get(f"/api/search?q=Zarewski&fate={quote(fate)}").json()
    assert len(narrowed["persons"]) == found["facets"]["fate"][fate]


def test_missions_show_the_staffing_by_year_with_fates(reader: TestClient) -> None:
    for m in reader.get("/api/missions").json():
        data = reader.get(f"/api/missions/{quote(m['country'])}").json()
        page = reader.get(f"/missions/{quote(m['country'])}").text
        assert '<table class="matrix"' in page or not data["years"]
        for y in data["years"]:
            assert f'<th scope="row">{y["year"]}</th>' in page
            for w in y["heads"] + y["charges"] + y["staff"]:
                assert html.escape(w["name"]) in page


def test_events_filter_by_years(reader: TestClient) -> None:
    every = reader.get("/api/events").json()
    assert every
    year = int(str(every[0]["date"])[:4])
    later = reader.get(f"/api/events?from={year + 1}").json()
    assert all(int(str(e["date"])[:4]) > year for e in later if e["date"])
    assert reader.get(f"/api/events?from={year}&to={year - 1}").status_code == 422


def test_network_exports_the_filtered_view(reader: TestClient) -> None:
    net = reader.get("/api/network").json()
    gexf = reader.get("/network.gexf")
    assert gexf.headers["content-type"].startswith("application/gexf+xml")
    assert gexf.text.count("<node ") == len(net["nodes"])
    assert gexf.text.count("<edge ") == len(net["edges"])
    ids = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in net["edges"])


def test_a_name_or_number_redirects_to_the_person_id(reader: TestClient) -> None:
    p = persons(reader)[0]
    r = reader.get(f"/person/{quote(str(p['name']), safe='')}", follow_redirects=False)
    assert r.status_code in (302, 404)  # a name that fits one person, or several
    if r.status_code == 302:
        assert r.headers["location"] == f"/person/{quote(str(p['id']), safe='')}"
