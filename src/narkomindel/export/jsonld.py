"""JSON-LD export: schema.org persons, organisations, events and sources, with the
CIDOC CRM classes they correspond to, each post a schema.org Role cited to the
factoid (and so to the passage) that states it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from narkomindel.export.bundle import ExportBundle
from narkomindel.export.dates import iso_or_none
from narkomindel.export.files import replacing
from narkomindel.version import __version__

__all__ = ["write_jsonld", "BASE"]

BASE = "https://narkomindel.org/id/"
CONTEXT = {
    "@vocab": "https://schema.org/",
    "crm": "http://www.cidoc-crm.org/cidoc-crm/",
    "prov": "http://www.w3.org/ns/prov#",
    "nk": "https://narkomindel.org/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "nk:startChar": {"@type": "xsd:integer"},
    "nk:endChar": {"@type": "xsd:integer"},
}


def _id(kind: str, key: str) -> str:
    return f"{BASE}{kind}/{quote(key, safe='')}"


def _dates(node: dict[str, Any], start: str | None, end: str | None) -> None:
    for prop, value in (("startDate", start), ("endDate", end)):
        if value:
            node[prop] = iso_or_none(value) or value
            if not iso_or_none(value):
                node[f"nk:{prop}EDTF"] = value


def build(reg: ExportBundle) -> dict[str, Any]:
    graph: list[dict[str, Any]] = []
    orgs: dict[str, dict[str, Any]] = {}
    by_subject: dict[str, list[dict[str, Any]]] = {}
    for f in reg.rows("factoids"):
        by_subject.setdefault(f["subject"], []).append(f)
    for s in reg.rows("sources"):
        graph.append(
            {"@id": _id("source", s["id"]), "@type": ["CreativeWork", "crm:E31_Document"],
             "name": s["title"] or s["path"], "identifier": s["id"], "nk:path": s["path"],
             "nk:kind": s["kind"]}
        )  # fmt: skip
    for f in reg.rows("factoids"):
        graph.append(
            {"@id": _id("factoid", f["id"]), "@type": ["nk:Factoid", "prov:Entity"],
             "nk:factoidType": f["type"], "nk:quote": f["quote"], "nk:status": f["status"],
             "nk:confidence": f["confidence"], "nk:startChar": f["start_char"],
             "nk:endChar": f["end_char"], "prov:wasDerivedFrom": {"@id": _id("source", f["source"])}}
        )  # fmt: skip
    for p in reg.rows("persons"):
        node: dict[str, Any] = {
            "@id": _id("person", p["id"]), "@type": ["Person", "crm:E21_Person"], "name": p["name"],
            "alternateName": [v for v in p["variants"] if v != p["name"]], "identifier": p["id"],
            "nk:isSovietOfficial": p["is_soviet_official"], "nk:isDiplomat": p["is_diplomat"],
        }  # fmt: skip
        if p["birth"]:
            node["birthDate"] = iso_or_none(p["birth"]) or p["birth"]
        if p["death"]:
            node["deathDate"] = iso_or_none(p["death"]) or p["death"]
        roles = []
        for f in by_subject.get(p["id"], []):
            if f["type"] == "post" and f["status"] != "rejected" and f["modality"] == "asserted":
                org_name = f["organisation"] or (
                    f"Soviet mission in {f['country']}" if f["country"] else None
                )
                role: dict[str, Any] = {
                    "@type": "OrganizationRole", "roleName": f["role"],
                    "citation": {"@id": _id("factoid", f["id"])},
                }  # fmt: skip
                if org_name:
                    org_id = _id("organisation", org_name)
                    orgs.setdefault(
                        org_id,
                        {
                            "@id": org_id,
                            "@type": ["Organization", "crm:E74_Group"],
                            "name": org_name,
                        },
                    )
                    role["memberOf"] = {"@id": org_id}
                if f["country"]:
                    role["nk:country"] = f["country"]
                if f["department"]:
                    role["nk:department"] = f["department"]
                _dates(role, f["start"], f["end"])
                roles.append(role)
            elif f["type"] == "fate" and f["status"] != "rejected":
                fate = {"@type": ["nk:Fate", "crm:E5_Event"], "name": f["value"],
                        "nk:modality": f["modality"], "citation": {"@id": _id("factoid", f["id"])}}  # fmt: skip
                _dates(fate, f["start"], None)
                node.setdefault("nk:fate", []).append(fate)
        if roles:
            node["memberOf"] = roles
        graph.append(node)
    for e in reg.rows("events"):
        event: dict[str, Any] = {
            "@id": _id("event", e["id"]), "@type": ["Event", "crm:E5_Event"], "name": e["name"],
            "nk:eventType": e["type"], "nk:quote": e["quote"],
            "attendee": [{"@id": _id("person", p)} for p in e["participants"]],
            "nk:party": e["parties"], "prov:wasDerivedFrom": {"@id": _id("source", e["source"])},
        }  # fmt: skip
        if e["date"]:
            event["startDate"] = iso_or_none(e["date"]) or e["date"]
        if e["place"]:
            event["location"] = {"@type": ["Place", "crm:E53_Place"], "name": e["place"]}
        graph.append(event)
    graph.extend(orgs.values())
    graph.append(
        {"@id": _id("export", "register"), "@type": "Dataset",
         "name": "Narkomindel register", "creator": f"narkomindel {__version__}"}
    )  # fmt: skip
    return {"@context": CONTEXT, "@graph": graph}


def jsonld_target(out: Path) -> list[Path]:
    return [out / "register.jsonld" if out.suffix != ".jsonld" else out]


def write_jsonld(reg: ExportBundle, out: Path) -> list[Path]:
    """``out`` (a file, or ``register.jsonld`` in a folder): the register as one JSON-LD graph."""
    (path,) = jsonld_target(out)
    with replacing(path) as tmp:
        tmp.write_text(json.dumps(build(reg), ensure_ascii=False, indent=1), "utf-8")
    return [path]
