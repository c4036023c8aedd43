"""Plain data types that flow between the pipeline stages (DESIGN §3-§4).

Every stage consumes and produces these dataclasses; no stage reaches into
another's internals.  Offsets are 0-based, end-exclusive character offsets
into :attr:`Document.text` (the normalised text) unless a name says
``source_`` (characters of the decoded original) or ``byte`` (bytes of the
original file).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from narkomindel.offsets import OffsetMap

__all__ = ["Annotation", "Document", "DocumentMeta", "Segment", "SEGMENT_KINDS"]

#: The kinds of segment readers produce.
SEGMENT_KINDS = (
    "heading",
    "paragraph",
    "list_item",
    "caption",
    "footnote",
    "author_note",
    "dateline",
    "signature",
    "note",
    "record",
    "authority_entry",
    "page",
    "table_cell",
)


@dataclass(frozen=True)
class Segment:
    """A stretch of normalised text with a structural role."""

    start: int
    end: int
    kind: str
    page: str | None = None
    label: str | None = None  # footnote number, TEI document id, record number ...
    group: str | None = None  # e.g. the TEI document (div) this segment belongs to
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Annotation:
    """A span the source itself marks: an editor's tag, a record field, a note marker."""

    start: int
    end: int
    kind: str  # "tei", "record_field", "footnote_marker", "authority"
    name: str  # element or field name: "persName", "surname", "1" ...
    value: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class DocumentMeta:
    title: str | None = None
    citation: str | None = None
    language: str = "en"
    kind: str = "scholarship"  # scholarship | primary | registry | web_page
    encoding: str = "utf-8"
    byte_offset: int = 0  # length of a byte-order mark, if any
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Document:
    """What a reader returns: normalised text that keeps its way back to the bytes."""

    text: str
    offsets: OffsetMap
    segments: list[Segment]
    annotations: list[Annotation]
    meta: DocumentMeta
    reader: str
    warnings: list[str] = field(default_factory=list)
    #: the decoded original that offsets point into (for PDFs: the extracted text layer)
    source_text: str = ""

    def segments_of(self, kind: str) -> list[Segment]:
        return [s for s in self.segments if s.kind == kind]

    def segment_text(self, segment: Segment) -> str:
        return self.text[segment.start : segment.end]
