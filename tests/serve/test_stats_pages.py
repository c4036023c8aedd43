"""The analyses in the explorer (issue 13 §8): each page and its JSON twin, every count
of the fate table a link to the persons behind it, choices as query parameters."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import quote

from fastapi.testclient import TestClient

from narkomindel.analyse import stats as an
from narkomindel.analyse.report import DRILL_LIMIT
from narkomindel.store.database import Store

PAGES = ["/stats/fates", "/stats/fates?population=elite&coding=strict&sensitivity=true",
         "/stats/fates/persons?population=all", "/stats/cohorts", "/stats/survival",
         "/stats/survival?by=generation&start=1937", "/stats/published", "/recognition"]  # fmt: skip


def test_every_analysis_page_and_its_json_twin(reader: TestClient) -> None:
    home = reader.get("/").text
    for url in PAGES:
        r = reader.get(url)
        assert r.status_code == 200, url
        assert "Content-Security-Policy" in r.headers
        assert r.text.count("<h1") == 1 and "<main" in r.text
        twin = re.search(r'href="(/api/[^"]+)">JSON', r.text)
        assert twin is not None, url
        assert reader.get(html.unescape(twin.group(1))).status_code == 200, url
        if "?" not in url and "persons" not in url:
            assert f'href="{url}"' in home


def test_the_twin_is_the_library_s_table(reader: TestClient, demo_master: Path) -> None:
    with Store(demo_master) as store:
        want = an.fates(store, population_name="elite", rule="strict").to_dict()
    assert reader.get("/api/stats/fates?population=elite&coding=strict").json() == want


def test_each_count_leads_to_as_many_persons(reader: TestClient) -> None:
    table = reader.get("/api/stats/fates?population=all").json()
    page = reader.get("/stats/fates?population=all").text
    links = re.findall(r'<a href="(/stats/fates/persons\?[^"]+)">(\d+)</a>', page)
    counted = {r["fate_class"]: r["n"] for r in table["rows"] if r["n"]}
    assert len(links) >= len(counted) > 0
    for href, n in links:
        target = html.unescape(href)
        listed = reader.get(target).text
        persons = re.findall(r'<li><a href="(/person/[^"]+)">', listed)
        assert len(persons) == min(int(n), DRILL_LIMIT) or int(n) > DRILL_LIMIT, target
        twin = reader.get(target.replace("/stats/", "/api/stats/", 1)).json()
        assert len(twin) == int(n)
        assert reader.get(html.unescape(persons[0])).status_code == 200


def test_a_cohort_leads_to_its_fate_table(reader: TestClient) -> None:
    page = reader.get("/stats/cohorts?population=all").text
    cohort = re.search(r'href="(/stats/fates\?[^"]*cohort=[^"]+)"', page)
    assert cohort is not None
    assert reader.get(html.unescape(cohort.group(1))).status_code == 200


def test_choices_that_cannot_be_used_are_refused_and_echoed_safely(reader: TestClient) -> None:
    for url in ("/stats/fates?population=<b>x", "/stats/fates?coding=zz",
                "/stats/fates?without=<script>", "/stats/fates/persons?class=<i>nope",
                "/stats/cohorts?variable=nope", "/stats/survival?start=soon",
                "/stats/fates?likely_years=19x7", "/api/stats/fates?population=zz"):  # fmt: skip
        r = reader.get(url)
        assert r.status_code == 422, url
        assert "<script>" not in r.text and "<b>x" not in r.text and "<i>nope" not in r.text


def test_a_person_page_leads_to_the_fate_table_of_their_population(reader: TestClient) -> None:
    elite = reader.get("/api/persons?elite=true").json()[0]["id"]
    page = reader.get(f"/person/{quote(elite, safe='')}").text
    assert 'href="/stats/fates?population=elite"' in page
