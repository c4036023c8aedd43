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

__all__ = [
    "Annotation",
    "Claim",
    "Document",
    "DocumentMeta",
    "ExtractedEvent",
    "Entity",
    "Extraction",
    "RecordLink",
    "Mention",
    "Segment",
    "SEGMENT_KINDS",
    "MENTION_TYPES",
    "CLAIM_TYPES",
]

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


#: Mention types: historical persons, modern authors named in citations, titles of works, ...
MENTION_TYPES = (
    "person",
    "cited_author",
    "organisation",
    "place",
    "date",
    "event",
    "work_title",
    "figure",
)
#: Claim types (DESIGN §4 factoid types)
CLAIM_TYPES = ("post", "fate", "attribute", "membership", "participation", "statistic")


@dataclass(frozen=True)
class Mention:
    """A stretch of normalised text naming something."""

    start: int
    end: int
    text: str
    type: str  # one of MENTION_TYPES
    extractor: str
    confidence: float
    attrs: dict[str, Any] = field(
        default_factory=dict
    )  # normalised value, name parts, role cue ...


@dataclass(frozen=True)
class Claim:
    """One assertion of the source about a person (a factoid before resolution).

    ``subject`` indexes :attr:`Extraction.mentions`; ``start``/``end`` is the
    evidence span (``quote`` is exactly ``text[start:end]``).  Dates are EDTF.
    """

    type: str  # one of CLAIM_TYPES
    subject: int
    start: int
    end: int
    quote: str
    extractor: str
    confidence: float
    role: str | None = None
    organisation: str | None = None
    department: str | None = None
    country: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    value: str | None = None  # fate (executed, ...), attribute value
    attribute: str | None = None  # birth, nationality, party, other_name ...
    modality: str = "asserted"  # asserted | negated | rumoured | hypothetical | likely
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ExtractedEvent:
    """An event the source names or describes (what extraction finds; the register's
    :class:`narkomindel.Event` is the same event with its ids resolved)."""

    type: str  # treaty, conference, recognition, rupture, raid, ultimatum, election, trial, ...
    name: str
    start: int
    end: int
    quote: str
    extractor: str
    confidence: float
    date: str | None = None  # EDTF
    place: str | None = None
    parties: tuple[str, ...] = ()
    participants: tuple[int, ...] = ()  # mention indices
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Extraction:
    """What the extract stage finds in one document."""

    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[ExtractedEvent] = field(default_factory=list)


@dataclass
class Entity:
    """One person, as resolution clusters their mentions across documents."""

    key: str  # stable across runs on the same inputs
    label: str
    mentions: list[tuple[str, int]]  # (source id, mention index)
    variants: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    scores: dict[tuple[str, int], tuple[float, str]] = field(
        default_factory=dict
    )  # mention -> (score, evidence)


@dataclass
class RecordLink:
    """A proposed identity between a person and a registry record, with its evidence."""

    key: str
    entity_key: str
    record_source: str
    record_seq: int
    record_name: str
    score: float
    status: str  # applied | review | rejected
    evidence: dict[str, Any] = field(default_factory=dict)
    conflict: str | None = None
