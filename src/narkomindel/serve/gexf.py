"""The network page's view as GEXF 1.2 (for Gephi): the nodes and edges shown."""

from __future__ import annotations

from lxml import etree

from narkomindel.query.network import Network
from narkomindel.version import __version__

__all__ = ["network_gexf"]

NS = "http://www.gexf.net/1.2draft"


def _el(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{tag}")
    for k, v in attrs.items():
        el.set(k, v)
    return el


def network_gexf(net: Network) -> bytes:
    """GEXF of a :class:`~narkomindel.query.network.Network` (node kind and fate, edge
    relation and weight, an edge's years as its interval)."""
    root = etree.Element(f"{{{NS}}}gexf", nsmap={None: NS}, version="1.2")  # type: ignore[dict-item]
    meta = _el(root, "meta")
    _el(meta, "creator").text = f"narkomindel {__version__}"
    graph = _el(root, "graph", defaultedgetype="undirected", mode="static")
    nattrs = _el(graph, "attributes", **{"class": "node"})
    _el(nattrs, "attribute", id="0", title="kind", type="string")
    _el(nattrs, "attribute", id="1", title="fate", type="string")
    eattrs = _el(graph, "attributes", **{"class": "edge"})
    _el(eattrs, "attribute", id="0", title="relation", type="string")
    nodes = _el(graph, "nodes")
    for n in net.nodes:
        node = _el(nodes, "node", id=str(n["id"]), label=str(n["label"]))
        values = _el(node, "attvalues")
        _el(values, "attvalue", **{"for": "0", "value": str(n["kind"])})
        if n.get("fate"):
            _el(values, "attvalue", **{"for": "1", "value": str(n["fate"])})
    edges = _el(graph, "edges")
    for i, e in enumerate(net.edges):
        attrs = {"id": str(i), "source": str(e["source"]), "target": str(e["target"]),
                 "weight": str(e["weight"])}  # fmt: skip
        if e.get("years"):
            attrs.update(start=str(e["years"][0]), end=str(e["years"][1]))
        edge = _el(edges, "edge", **attrs)
        _el(_el(edge, "attvalues"), "attvalue", **{"for": "0", "value": str(e["relation"])})
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
