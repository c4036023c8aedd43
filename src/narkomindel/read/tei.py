"""Reader for TEI XML, such as the FRUS volumes (``reader.tei.v1``).

One source per file.  Each ``<div type="document">`` becomes a group of
segments (heading, dateline, paragraphs, signature, notes), page breaks give
page numbers, and the editors' ``persName``/``placeName``/``orgName``/``date``
(and ``rs``, ``name``, ``pb``) tags are kept as ``tei`` annotations with their
attributes and exact spans.  A persons list (``div xml:id="persons"``) is read
as an authority list: one ``authority_entry`` segment and one ``authority``
annotation per entry (id, name as printed, identification).

Parsing is defensive (:mod:`narkomindel.read.xmlsafe`): a DOCTYPE with an
internal subset or an external DTD, and any ``<!ENTITY`` declaration, is refused
wherever it stands; lxml then checks well-formedness with entity expansion, DTD
loading and network access off.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from narkomindel.config import Settings
from narkomindel.errors import EmptyFileError, FileTooLargeError
from narkomindel.model import Annotation, Document, DocumentMeta
from narkomindel.read.decode import ascii_view, decode
from narkomindel.read.markup import tokenize
from narkomindel.read.plugins import ReaderSpec, register_reader
from narkomindel.read.writer import SegmentWriter
from narkomindel.read.xmlsafe import parse_xml, refuse_unsafe_declarations

__all__ = ["read_tei", "READER", "check_xml_safety"]

NAME = "reader.tei.v1"
KEPT_TAGS = {"persName", "placeName", "orgName", "date", "rs", "name", "geogName", "pb"}
BLOCKS = {
    "p": "paragraph", "ab": "paragraph", "head": "heading", "dateline": "dateline",
    "signed": "signature", "salute": "signature", "note": "note", "item": "list_item",
    "byline": "paragraph", "docDate": "dateline", "trailer": "paragraph", "postscript": "paragraph",
    "label": "paragraph", "seg": "paragraph", "closer": "signature", "opener": "paragraph",
    "quote": "paragraph", "title": "heading", "fw": "skip",
}  # fmt: skip
SKIP = {"teiHeader", "facsimile", "fw"}


def _local(name: str) -> str:
    return name.split(":", 1)[1] if ":" in name else name


def check_xml_safety(data: bytes, where: str, settings: Settings) -> Any:
    """Refuse oversize, entity-declaring or malformed XML with a clear error; return the
    root element lxml parsed."""
    _check_size(data, where, settings)
    text = decode(data, where).text
    refuse_unsafe_declarations(text, where)
    return parse_xml(text, where)


def _check_size(data: bytes, where: str, settings: Settings) -> None:
    if len(data) > settings.max_xml_bytes:
        raise FileTooLargeError(
            f"XML file is {len(data):,} bytes, over the limit of {settings.max_xml_bytes:,}",
            where=where,
            hint="split the volume, or raise max_xml_bytes in the configuration",
        )


@dataclass
class _Block:
    kind: str
    start: int
    page: str | None
    group: str | None
    label: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    pieces: list[tuple[str, Any, Any]] = field(default_factory=list)


@dataclass
class _Tag:
    key: str
    name: str
    attrs: dict[str, str]
    group: str | None
    in_persons: bool


def read_tei(
    data: bytes, path: str, settings: Settings, *, encoding: str | None = None
) -> Document:
    """Read a TEI XML file into one :class:`Document`."""
    _check_size(data, path, settings)
    decoded = decode(data, path, encoding=encoding)
    source, enc, bom = decoded.text, decoded.encoding, decoded.skip
    refuse_unsafe_declarations(source, path)
    tree = parse_xml(source, path)
    header_titles = tree.xpath("//*[local-name()='titleStmt']/*[local-name()='title']")
    header_title = (
        " ".join(" ".join(header_titles[0].itertext()).split()) if header_titles else None
    )
    blocks: list[_Block] = []
    in_blocks: set[int] = set()  # ids of the blocks listed in ``blocks``
    open_blocks: list[_Block] = []  # nested: a note inside a paragraph
    stack: list[tuple[str, dict[str, str], str]] = []  # (name, attrs, role)
    tags: list[_Tag] = []
    group: str | None = None
    group_depth = -1
    persons_depth = -1
    page: str | None = None
    skip_depth = -1
    counter = 0

    def current() -> _Block:
        if not open_blocks:
            blk = _Block("paragraph", 0, page, group)
            open_blocks.append(blk)
        return open_blocks[-1]

    for tok in tokenize(source):
        if tok.kind == "start":
            name = _local(tok.name)
            depth = len(stack)
            if skip_depth >= 0:
                if not tok.self_closing:
                    stack.append((name, tok.attrs, "skip"))
                continue
            if name in SKIP:
                if not tok.self_closing:
                    skip_depth = depth
                    stack.append((name, tok.attrs, "skip"))
                continue
            role = ""
            if name == "div" and tok.attrs.get("type") == "document":
                group, group_depth = (
                    tok.attrs.get("xml:id") or tok.attrs.get("n") or f"doc{counter}",
                    depth,
                )
                role = "group"
            elif name == "div" and tok.attrs.get("xml:id") == "persons":
                persons_depth = depth
            if name == "pb":
                page = tok.attrs.get("n") or page
            in_persons = persons_depth >= 0
            if name in KEPT_TAGS:
                counter += 1
                key = f"t{counter}"
                tags.append(_Tag(key, name, dict(tok.attrs), group, in_persons))
                current().pieces.append(("start", key, None))
                if tok.self_closing:
                    current().pieces.append(("end", key, None))
                    continue
                stack.append((name, tok.attrs, key))
                continue
            kind = "authority_entry" if in_persons and name == "item" else BLOCKS.get(name)
            if (
                kind
                and not tok.self_closing
                and (name not in ("seg", "quote", "title", "label", "opener") or not open_blocks)
            ):
                if kind == "note":
                    kind = "note" if tok.attrs.get("type") == "source" else "footnote"
                blk = _Block(
                    kind,
                    tok.end,
                    page,
                    group,
                    label=tok.attrs.get("n"),
                    attrs={
                        k: v for k, v in tok.attrs.items() if k in ("type", "xml:id", "rend", "n")
                    },
                )
                if group:
                    blk.attrs["document"] = group
                open_blocks.append(blk)
                blocks.append(blk)
                in_blocks.add(id(blk))
                role = "block"
            elif name in ("lb",) and open_blocks:
                current().pieces.append(("space", tok.start, tok.end))
            if not tok.self_closing:
                stack.append((name, tok.attrs, role))
        elif tok.kind == "end":
            if not stack:
                continue
            name, attrs, role = stack.pop()
            depth = len(stack)
            if skip_depth >= 0:
                if depth == skip_depth:
                    skip_depth = -1
                continue
            if role.startswith("t"):
                current().pieces.append(("end", role, None))
            elif role == "block":
                blk = open_blocks.pop()
            if depth == group_depth:
                group, group_depth = None, -1
            if depth == persons_depth:
                persons_depth = -1
            if open_blocks and name in ("div",):
                open_blocks.clear()
        elif tok.kind == "text" and skip_depth < 0:
            raw = source[tok.start : tok.end]
            if not open_blocks and not raw.strip():
                continue
            if not open_blocks and group is None and persons_depth < 0:
                continue  # stray text between divisions
            blk = current()
            if id(blk) not in in_blocks:
                blocks.append(blk)
                in_blocks.add(id(blk))
            blk.pieces.append(("text", tok.start, tok.end))
        elif tok.kind == "cdata" and open_blocks:
            current().pieces.append(("text", tok.start + 9, tok.end - 3))

    writer = SegmentWriter(source, xml_entities=True)
    seg_of_block: dict[int, int] = {}
    for blk in blocks:
        writer.begin(
            blk.kind, blk.start, page=blk.page, group=blk.group, label=blk.label, attrs=blk.attrs
        )
        for kind, a, b in blk.pieces:
            if kind == "text":
                writer.text(a, b)
            elif kind == "space":
                writer.space(a, b)
            elif kind == "start":
                writer.mark_start(a)
            elif kind == "end":
                writer.mark_end(a)
        if writer.end() is not None:
            seg_of_block[id(blk)] = len(writer.segments) - 1
    text, offsets, segments = writer.build()
    if not text.strip():
        raise EmptyFileError(
            "the XML holds no text", where=path, hint="check that this is a TEI edition"
        )
    annotations: list[Annotation] = []
    for tag in tags:
        start = writer.marks.get(tag.key)
        end = writer.marks.get(tag.key + "/end", start)
        if start is None or end is None:
            continue
        start = min(start, end)
        tag_attrs: dict[str, Any] = dict(tag.attrs)
        if tag.group:
            tag_attrs["document"] = tag.group
        if tag.in_persons:
            tag_attrs["in_persons_list"] = True
        value = text[start:end] or tag.attrs.get("n")
        annotations.append(Annotation(start, end, "tei", tag.name, value, tag_attrs))
    annotations.extend(_authority(text, segments, annotations))
    documents = sorted({s.group for s in segments if s.group})
    root = re.search(r"<(?:\w+:)?(?:TEI|frusSample|teiCorpus)\b([^>]*)>", source)
    root_attrs = dict(re.findall(r'(\w+)="([^"]*)"', root.group(1))) if root else {}
    meta = DocumentMeta(
        title=header_title or root_attrs.get("volume") or root_attrs.get("n"),
        language=settings.default_language,
        kind="primary",
        encoding=enc,
        byte_offset=bom,
        extra={"documents": len(documents), "root": root_attrs},
    )
    warnings = [*decoded.warnings, *writer.warnings()]
    return Document(text, offsets, segments, annotations, meta, NAME, warnings, source_text=source)


def _authority(text: str, segments: list[Any], annotations: list[Annotation]) -> list[Annotation]:
    """One ``authority`` annotation per persons-list entry: id, printed name, identification."""
    out: list[Annotation] = []
    names = [
        a
        for a in annotations
        if a.name == "persName" and a.attrs.get("in_persons_list") and "xml:id" in a.attrs
    ]
    # by start (stable, so equal starts keep document order): each entry looks only at
    # the names that start inside it, instead of at every name
    names.sort(key=lambda a: a.start)
    starts = [a.start for a in names]
    for seg in segments:
        if seg.kind != "authority_entry":
            continue
        first = None
        for k in range(bisect.bisect_left(starts, seg.start), len(names)):
            a = names[k]
            if a.start > seg.end:
                break
            if a.end <= seg.end:
                first = a
                break
        if first is None:
            continue
        ident = text[first.end : seg.end].lstrip(" ,;").strip()
        out.append(
            Annotation(
                seg.start,
                seg.end,
                "authority",
                first.attrs["xml:id"],
                first.value,
                {"identification": ident, "name_start": first.start, "name_end": first.end},
            )
        )
    return out


def _detect(data: bytes, path: str) -> float:
    head = ascii_view(data)
    if b"http://www.tei-c.org/ns/1.0" in head or re.search(rb"<TEI[\s>]", head):
        return 0.95
    if re.match(rb"\s*(?:\xef\xbb\xbf)?<\?xml", head) and not re.search(rb"<html", head, re.I):
        return 0.5
    return 0.3 if path.lower().endswith(".xml") else 0.0


READER = register_reader(ReaderSpec(NAME, _detect, read_tei, "TEI XML (FRUS); editors' tags kept"))
