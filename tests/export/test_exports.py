"""Every export format, validated: JSON Schemas, stable ids, rdflib, TEI, networkx."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner
from lxml import etree

from narkomindel.cli.main import cli
from narkomindel.export import KINDS, export, schema
from tests.helpers import call
from tests.query.fixture import build

TEI = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("exp"))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_jsonl_files_follow_their_schemas(db: Path, tmp_path: Path) -> None:
    files = call(export, db, "jsonl", tmp_path)
    assert sorted(p.name for p in files) == sorted(f"{k}.jsonl" for k in KINDS)
    for kind in KINDS:
        validator = jsonschema.Draft202012Validator(schema(kind))
        validator.check_schema(schema(kind))
        rows = read_jsonl(tmp_path / f"{kind}.jsonl")
        assert rows, kind
        for row in rows:
            validator.validate(row)
    mentions = read_jsonl(tmp_path / "mentions.jsonl")
    types = {m["type"] for m in mentions}
    assert {"person", "place", "date", "event"} <= types
    event_ids = {e["id"] for e in read_jsonl(tmp_path / "events.jsonl")}
    assert {m["entity"] for m in mentions if m["type"] == "event"} == event_ids
    persons = {p["id"]: p for p in read_jsonl(tmp_path / "persons.jsonl")}
    factoids = read_jsonl(tmp_path / "factoids.jsonl")
    assert all(f["subject"] in persons for f in factoids)
    assert {f["type"] for f in factoids} >= {"post", "fate", "attribute", "participation"}
    sources = {s["id"]: s for s in read_jsonl(tmp_path / "sources.jsonl")}
    for f in factoids:  # every factoid points at the passage that states it
        text_of = sources[f["source"]]
        assert text_of and f["end_char"] > f["start_char"]
    links = read_jsonl(tmp_path / "links.jsonl")
    assert {lk["status"] for lk in links} == {"applied", "review"}


def test_ids_are_stable_across_runs(db: Path, tmp_path: Path) -> None:
    (tmp_path / "second").mkdir()
    again = build(tmp_path / "second", "again.db")  # the same inputs, ingested afresh
    call(export, db, "jsonl", tmp_path / "a")
    call(export, again, "jsonl", tmp_path / "b")
    for kind in KINDS:
        ids_a = [
            r.get("id") or r.get("person") for r in read_jsonl(tmp_path / "a" / f"{kind}.jsonl")
        ]
        ids_b = [
            r.get("id") or r.get("person") for r in read_jsonl(tmp_path / "b" / f"{kind}.jsonl")
        ]
        assert ids_a == ids_b, kind


def test_csv_tables(db: Path, tmp_path: Path) -> None:
    call(export, db, "csv", tmp_path)
    with (tmp_path / "persons.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert "merge_into" in rows[0] and any("Миролюбов" in r["variants"] for r in rows)
    with (tmp_path / "factoids.csv").open(encoding="utf-8-sig") as fh:
        assert {"id", "status", "quote", "start_char"} <= set(next(csv.DictReader(fh)))


def test_jsonld_parses_with_rdflib(db: Path, tmp_path: Path) -> None:
    (path,) = call(export, db, "jsonld", tmp_path / "register.jsonld")
    g = rdflib.Graph().parse(path, format="json-ld")
    schema_org = rdflib.Namespace("https://schema.org/")
    crm = rdflib.Namespace("http://www.cidoc-crm.org/cidoc-crm/")
    persons = set(g.subjects(rdflib.RDF.type, schema_org.Person))
    assert persons and persons <= set(g.subjects(rdflib.RDF.type, crm.E21_Person))
    rows = g.query(
        """PREFIX s: <https://schema.org/>
        SELECT ?name ?role ?org WHERE { ?p s:name ?name ; s:memberOf ?r .
          ?r s:roleName ?role ; s:memberOf ?o . ?o s:name ?org }"""
    )
    found = {(str(n), str(r), str(o)) for n, r, o in rows}
    assert ("K. P. Sedykhin", "ambassador", "Soviet mission in Denmark") in found
    assert set(g.subjects(rdflib.RDF.type, schema_org.Event))


def test_tei_standoff(db: Path, tmp_path: Path) -> None:
    (path,) = call(export, db, "tei", tmp_path)
    doc = etree.parse(str(path))
    person = doc.xpath(
        "//t:listPerson/t:person[t:persName[@type='main']='K. P. Sedykhin']", namespaces=TEI
    )[0]
    post = person.xpath("t:state[@type='post']", namespaces=TEI)[0]
    assert post.get("from") == "1933" and post.get("to") == "1937"
    assert person.xpath("t:event[@type='fate']/t:label/text()", namespaces=TEI) == ["executed"]
    mir = doc.xpath("//t:person[t:persName[@type='main']='T. V. Mirolubov']", namespaces=TEI)[0]
    assert mir.xpath("t:persName[@xml:lang='ru']/text()", namespaces=TEI) == [
        "Миролюбов Тихон Васильевич"
    ]
    assert doc.xpath("//t:listEvent/t:event[@type='treaty']/@when", namespaces=TEI) == [
        "1932-05-12"
    ]
    ids = set(doc.xpath("//@xml:id"))
    targets = doc.xpath("//t:linkGrp[@type='provenance']/t:link/@target", namespaces=TEI)
    assert targets and all(t.split()[0][1:] in ids and "#char=" in t.split()[1] for t in targets)


def test_gexf_loads_in_networkx(db: Path, tmp_path: Path) -> None:
    (path,) = call(export, db, "gexf", tmp_path)
    g = nx.read_gexf(path)
    assert g.nodes["sedihin|KP"]["label"] == "K. P. Sedykhin"
    edge = next(iter(g.get_edge_data("sedihin|KP", "org:Soviet mission in Denmark").values()))
    assert edge["start"] == "1933-01-01" and edge["end"] == "1937-12-31"
    assert any(d.get("kind") == "event" for _n, d in g.nodes(data=True))


def test_cli_export(db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["export", "--format", "gexf", "--out", str(tmp_path / "g.gexf"), "--db", str(db)]
    )
    assert result.exit_code == 0 and (tmp_path / "g.gexf").is_file()
