"""TEI export: a ``standOff`` with ``listPerson`` (names in every spelling, posts as
``state``, fates as ``event``), ``listEvent``, ``listBibl`` of the sources, and a
``linkGrp`` pointing every factoid into its source passage (RFC 5147 ``#char=``)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from lxml import etree

from narkomindel.export.bundle import ExportBundle
from narkomindel.export.dates import iso_or_none
from narkomindel.export.files import replacing
from narkomindel.version import __version__

__all__ = ["write_tei", "TEI_NS", "xml_id"]

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def xml_id(prefix: str, key: str) -> str:
    """A valid xml:id made from an id of the register (keys may hold '|' and '#')."""
    return prefix + re.sub(r"[^\w.-]", "_", key)


def _el(parent: Any, tag: str, text: str | None = None, **attrs: str | None) -> Any:
    el = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}")
    for k, v in attrs.items():
        if v is not None:
            el.set(f"{{{XML_NS}}}{k[4:]}" if k.startswith("xml_") else k.replace("_", "-"), v)
    if text is not None:
        el.text = text
    return el


def _dated(attrs: dict[str, str | None], start: str | None, end: str | None) -> list[str]:
    """Put ISO dates into TEI date attributes; return the EDTF values they cannot hold."""
    s, e = iso_or_none(start), iso_or_none(end)
    if s and e:
        attrs.update({"from": s, "to": e})
    elif s:
        attrs["when" if not end else "from"] = s
    elif e:
        attrs["to"] = e
    return [v for v, iso in ((start, s), (end, e)) if v and not iso]


def _edtf(parent: Any, values: list[str]) -> None:
    for v in values:
        _el(parent, "date", v, type="edtf")


def _target(xmlid: str, path: str, start: int, end: int) -> str:
    return f"#{xmlid} {quote(path, safe='/:')}#char={start},{end}"


def build(reg: ExportBundle) -> Any:
    root = etree.Element(f"{{{TEI_NS}}}TEI", nsmap={None: TEI_NS})  # type: ignore[dict-item]
    header = _el(root, "teiHeader")
    file_desc = _el(header, "fileDesc")
    _el(_el(file_desc, "titleStmt"), "title", "Narkomindel register: persons, posts, fates, events")
    _el(_el(file_desc, "publicationStmt"), "p", f"Exported by narkomindel {__version__}.")
    bibl_list = _el(_el(file_desc, "sourceDesc"), "listBibl")
    paths = {}
    for s in reg.rows("sources"):
        bibl = _el(bibl_list, "bibl", xml_id=xml_id("src-", s["id"][:16]), type=s["kind"])
        _el(bibl, "title", s["title"] or Path(s["path"]).name)
        _el(bibl, "idno", s["id"], type="sha256")
        _el(bibl, "ptr", target=s["path"])
        paths[s["id"]] = s["path"]
    stand_off = _el(root, "standOff")
    list_person = _el(stand_off, "listPerson")
    by_subject: dict[str, list[dict[str, Any]]] = {}
    for f in reg.rows("factoids"):
        by_subject.setdefault(f["subject"], []).append(f)
    for p in reg.rows("persons"):
        person = _el(list_person, "person", xml_id=xml_id("p-", p["id"]))
        _el(person, "persName", p["name"], type="main")
        for v in p["variants"]:
            if v != p["name"]:
                lang = "ru" if re.search(r"[А-Яа-яЁё]", v) else None
                _el(person, "persName", v, type="variant", xml_lang=lang)
        _el(person, "idno", p["id"], type="narkomindel")
        if p["birth"]:
            _el(person, "birth", when=iso_or_none(p["birth"]))
        if p["death"]:
            _el(person, "death", when=iso_or_none(p["death"]))
        for f in by_subject.get(p["id"], []):
            if f["type"] not in ("post", "fate") or f["status"] == "rejected":
                continue
            attrs: dict[str, str | None] = {
                "type": "post" if f["type"] == "post" else "fate",
                "xml_id": xml_id("", f["id"]),
                "source": "#" + xml_id("src-", f["source"][:16]),
                "cert": "high" if f["confidence"] >= 0.9 else "medium",
            }
            edtf = _dated(attrs, f["start"], f["end"] if f["type"] == "post" else None)
            el = _el(person, "state" if f["type"] == "post" else "event", **attrs)
            label = f["role"] if f["type"] == "post" else f["value"]
            _el(el, "label", label)
            where = ", ".join(x for x in (f["country"], f["department"], f["organisation"]) if x)
            modality = f["modality"] if f["modality"] != "asserted" else ""
            if where or modality or edtf:
                desc = _el(el, "desc", "; ".join(x for x in (where, modality) if x) or None)
                _edtf(desc, edtf)
            note = _el(el, "note", type="evidence")
            _el(note, "quote", f["quote"])
    list_event = _el(stand_off, "listEvent")
    for e in reg.rows("events"):
        attrs = {"xml_id": xml_id("", e["id"]), "type": e["type"],
                 "source": "#" + xml_id("src-", e["source"][:16])}  # fmt: skip
        event_edtf: list[str] = []
        if e["date"]:
            start, _, end = e["date"].partition("/")
            event_edtf = _dated(attrs, start, end or None)
        ev = _el(list_event, "event", **attrs)
        _el(ev, "label", e["name"])
        desc = _el(ev, "desc")
        _edtf(desc, event_edtf)
        if e["place"]:
            _el(desc, "placeName", e["place"])
        for party in e["parties"]:
            _el(desc, "orgName", party, type="party")
        for who in e["participants"]:
            _el(desc, "persName", ref="#" + xml_id("p-", who))
        _el(_el(ev, "note", type="evidence"), "quote", e["quote"])
    links = _el(stand_off, "linkGrp", type="provenance")
    for f in reg.rows("factoids"):
        if f["type"] in ("post", "fate") and f["status"] != "rejected":
            target = _target(
                xml_id("", f["id"]), paths[f["source"]], f["start_char"], f["end_char"]
            )
            _el(links, "link", target=target)
    for e in reg.rows("events"):
        target = _target(xml_id("", e["id"]), paths[e["source"]], e["start_char"], e["end_char"])
        _el(links, "link", target=target)
    text = _el(root, "text")
    _el(_el(text, "body"), "p", "The register is in the standOff above; each post, fate and "
        "event points to its source passage in the provenance link group.")  # fmt: skip
    return root


def tei_target(out: Path) -> list[Path]:
    return [out / "register.tei.xml" if not out.name.endswith(".xml") else out]


def write_tei(reg: ExportBundle, out: Path) -> list[Path]:
    """``out`` (a file, or ``register.tei.xml`` in a folder): the register as TEI."""
    (path,) = tei_target(out)
    with replacing(path) as tmp:
        etree.ElementTree(build(reg)).write(
            str(tmp), encoding="utf-8", xml_declaration=True, pretty_print=True
        )
    return [path]
