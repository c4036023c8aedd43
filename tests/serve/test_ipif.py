"""The IPIF read endpoints against our schemas of the specification's shapes, every
filter, paging, errors; and the OpenAPI document FastAPI produces (issue 12)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator, FormatChecker

from narkomindel.query.ipif import FILTERS
from tests.serve.ipif_shapes import DESCRIPTION, ONE, PROBLEM, RESPONSES


def valid(data: Any, schema: dict[str, Any]) -> None:
    errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(data))
    assert errors == [], [e.message for e in errors[:3]]


@pytest.mark.parametrize("kind", sorted(RESPONSES))
def test_every_listing_has_the_spec_shape_and_each_item_resolves(
    reader: TestClient, kind: str
) -> None:
    data = reader.get(f"/ipif/{kind}?size=50").json()
    valid(data, RESPONSES[kind])
    assert data["protocol"]["totalHits"] >= len(data[kind]) > 0
    for item in data[kind][:10]:
        one = reader.get(f"/ipif/{kind}/{quote(item['@id'], safe='')}")
        assert one.status_code == 200
        valid(one.json(), ONE[kind])
        assert one.json()["@id"] == item["@id"]


def test_describe_says_compliance_level_1(reader: TestClient) -> None:
    r = reader.get("/ipif/describe")
    valid(r.json(), DESCRIPTION)
    assert 'rel="profile"' in r.headers["link"]


def test_references_between_persons_factoids_statements_and_sources_agree(
    reader: TestClient,
) -> None:
    factoids = reader.get("/ipif/factoids?size=500").json()["factoids"]
    persons = {p["@id"]: p for p in reader.get("/ipif/persons?size=500").json()["persons"]}
    for f in factoids:
        (person,) = f["person-refs"]
        assert f["@id"] in {r["@id"] for r in persons[person["@id"]]["factoid-refs"]}
        st = reader.get(f"/ipif/statements/{f['statement-refs'][0]['@id']}").json()
        assert st["factoid-refs"][0]["@id"] == f["@id"]
        src = reader.get(f"/ipif/sources/{f['source-refs'][0]['@id']}").json()
        assert f["@id"] in {r["@id"] for r in src["factoid-refs"]}


def test_paging_walks_every_hit_once(reader: TestClient) -> None:
    total = reader.get("/ipif/statements?size=1").json()["protocol"]["totalHits"]
    seen: list[str] = []
    page = 1
    while len(seen) < total:
        data = reader.get(f"/ipif/statements?size=7&page={page}&sortBy=@id%20DESC").json()
        assert data["protocol"] == {"size": 7, "page": page, "totalHits": total}
        seen += [s["@id"] for s in data["statements"]]
        page += 1
    assert len(seen) == len(set(seen)) == total
    assert seen == sorted(
        seen, key=lambda s: (s.rsplit("-", 1)[0], int(s.rsplit("-", 1)[1])), reverse=True
    )
    assert reader.get(f"/ipif/statements?size=7&page={page}").json()["statements"] == []


def test_every_filter_narrows_to_what_matches(reader: TestClient) -> None:
    statements = reader.get("/ipif/statements?size=500").json()["statements"]
    posts = [s for s in statements if s.get("role")]
    assert posts
    role = posts[0]["role"]["label"]
    got = reader.get(f"/ipif/statements?role={quote(role)}&size=500").json()["statements"]
    assert got and all(role in s["role"]["label"] for s in got)
    person = statements[0]["factoid-refs"][0]["person-refs"][0]["@id"]
    mine = reader.get(f"/ipif/factoids?personId={quote(person, safe='')}&size=500").json()
    assert mine["factoids"] and all(f["person-refs"][0]["@id"] == person for f in mine["factoids"])
    word = statements[0]["statementContent"].split()[-1].strip(".,;")
    for param in ("st", "statementContent", "statementText"):
        hits = reader.get(f"/ipif/statements?{param}={quote(word)}&size=500").json()["statements"]
        assert hits and all(word.lower() in s["statementContent"].lower() for s in hits), param
    dated = [s for s in statements if "sortdate" in s.get("date", {})]
    year = dated[0]["date"]["sortdate"][:4]
    within = reader.get(f"/ipif/statements?from={year}&to={year}&size=500").json()["statements"]
    assert dated[0]["@id"] in {s["@id"] for s in within}
    for param in FILTERS:  # every filter is taken, none is an error
        r = reader.get(f"/ipif/persons?{param}=zzzz-nothing-matches")
        if param not in ("factoidId", "statementId", "from", "to"):
            assert r.status_code == 200, param
            assert r.json()["protocol"]["totalHits"] == 0, param
        else:
            assert r.status_code == 400, param
            valid(r.json(), PROBLEM)


def test_persons_by_name_in_any_spelling(reader: TestClient) -> None:
    data = reader.get("/ipif/persons?name=Sarewski").json()  # German for Заревский
    assert data["protocol"]["totalHits"] >= 1
    assert any("Zarevskii" in p.get("label", "") for p in data["persons"])


def test_writes_and_unknown_things_are_problems(reader: TestClient) -> None:
    for method in ("post", "put", "delete"):
        r = getattr(reader, method)("/ipif/persons")
        assert r.status_code == 400
        assert r.headers["content-type"] == "application/problem+json"
        valid(r.json(), PROBLEM)
    r = reader.get("/ipif/persons/no-such-person")
    assert r.status_code == 404
    valid(r.json(), PROBLEM)


def test_the_openapi_document_lists_every_endpoint_with_its_parameters(reader: TestClient) -> None:
    doc = reader.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    paths = doc["paths"]
    for kind in ("persons", "factoids", "statements", "sources"):
        names = {p["name"] for p in paths[f"/ipif/{kind}"]["get"]["parameters"]}
        assert set(FILTERS) | {"size", "page", "sortBy"} <= names, kind
        assert f"/ipif/{kind}/{{id}}" in paths
    assert "/ipif/describe" in paths
    for api in ("/api/persons", "/api/person/{key}", "/api/search", "/api/network",
                "/api/missions/{country}", "/api/events", "/api/source/{source_id}"):  # fmt: skip
        assert "get" in paths[api], api
    assert not any(p.startswith("/person/") or p == "/" for p in paths)  # pages are not API
    ids = [op["operationId"] for p in paths.values() for op in p.values()]
    assert len(ids) == len(set(ids))
