"""GEXF export for Gephi: the graph of persons, organisations (and missions) and
events, with time intervals on the edges (a post's dates, an event's date)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from narkomindel.export.bundle import ExportBundle
from narkomindel.export.dates import iso_bounds
from narkomindel.export.files import replacing
from narkomindel.version import __version__

__all__ = ["write_gexf", "GEXF_NS"]

GEXF_NS = "http://www.gexf.net/1.2draft"
NODE_ATTRS = (("0", "kind", "string"), ("1", "fate", "string"), ("2", "soviet_official", "boolean"))
EDGE_ATTRS = (("0", "relation", "string"), ("1", "factoid", "string"), ("2", "source", "string"))


def _el(parent: Any, tag: str, **attrs: str | None) -> Any:
    el = etree.SubElement(parent, f"{{{GEXF_NS}}}{tag}")
    for k, v in attrs.items():
        if v is not None:
            el.set(k, v)
    return el


def _values(parent: Any, values: dict[str, str | None]) -> None:
    box = _el(parent, "attvalues")
    for key, value in values.items():
        if value is not None:
            _el(box, "attvalue", **{"for": key, "value": value})


def build(reg: ExportBundle) -> Any:
    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS}, version="1.2")  # type: ignore[dict-item]
    meta = _el(root, "meta")
    etree.SubElement(meta, f"{{{GEXF_NS}}}creator").text = f"narkomindel {__version__}"
    etree.SubElement(
        meta, f"{{{GEXF_NS}}}description"
    ).text = "Persons, organisations and missions, events; posts and participation with dates"
    graph = _el(root, "graph", defaultedgetype="directed", mode="dynamic", timeformat="date")
    for cls, attrs in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
        box = _el(graph, "attributes", **{"class": cls})
        for aid, title, typ in attrs:
            _el(box, "attribute", id=aid, title=title, type=typ)
    nodes = _el(graph, "nodes")
    edges = _el(graph, "edges")
    seen: set[str] = set()

    def node(nid: str, label: str, kind: str, **extra: str | None) -> None:
        if nid in seen:
            return
        seen.add(nid)
        n = _el(nodes, "node", id=nid, label=label)
        _values(n, {"0": kind, **extra})

    persons = {p["id"]: p for p in reg.rows("persons")}
    for p in reg.rows("persons"):
        node(
            p["id"], p["name"], "person",
            **{"1": p["fate"], "2": "true" if p["is_soviet_official"] else "false"},
        )  # fmt: skip
    count = 0
    for f in reg.rows("factoids"):
        if f["type"] != "post" or f["status"] == "rejected" or f["modality"] != "asserted":
            continue
        if f["subject"] not in persons:
            continue
        org = f["organisation"] or (f"Soviet mission in {f['country']}" if f["country"] else None)
        if org is None:
            continue
        oid = f"org:{org}"
        node(oid, org, "organisation")
        start = iso_bounds(f["start"])[0]
        end = iso_bounds(f["end"])[1] if f["end"] else iso_bounds(f["start"])[1]
        count += 1
        e = _el(edges, "edge", id=f"x{count}", source=f["subject"], target=oid,
                label=f["role"], start=start, end=end)  # fmt: skip
        _values(e, {"0": f["role"] or "post", "1": f["id"], "2": f["source"]})
    for ev in reg.rows("events"):
        if not ev["participants"]:
            continue
        node(ev["id"], ev["name"], "event")
        start, end = iso_bounds(ev["date"])
        for who in ev["participants"]:
            if who not in persons:
                continue
            count += 1
            e = _el(edges, "edge", id=f"x{count}", source=who, target=ev["id"],
                    label="participant", start=start, end=end)  # fmt: skip
            _values(e, {"0": "participant", "1": None, "2": ev["source"]})
    return root


def gexf_target(out: Path) -> list[Path]:
    return [out / "register.gexf" if out.suffix != ".gexf" else out]


def write_gexf(reg: ExportBundle, out: Path) -> list[Path]:
    """``out`` (a file, or ``register.gexf`` in a folder): the register's graph as GEXF 1.2."""
    (path,) = gexf_target(out)
    with replacing(path) as tmp:
        etree.ElementTree(build(reg)).write(
            str(tmp), encoding="utf-8", xml_declaration=True, pretty_print=True
        )
    return [path]
