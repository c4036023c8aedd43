"""Typed results of the read side, shared by the queries, the Python API and the exports.

Every result is a frozen dataclass. Each also reads like the JSON the command
line prints for it (:meth:`~Result.to_dict`): ``card.career`` and
``card["career"]`` both work, and ``json.dumps(card.to_dict())`` is what
``narkomindel person ID --format json`` writes. Where the two differ, the
attribute follows the exports and the Python API (a factoid's ``start`` and
``end`` are its *dates*, ``start_char``/``end_char`` its span) and the mapping
follows the command line (``"date_start"``, ``"start"`` = the span's first
character). :meth:`export_row` gives the row an export writes (the fields of
its JSON Schema, in order).

Lists come back as :class:`Results`: a plain list with a short ``repr`` and an
HTML table for notebooks.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Generic, TypeVar

__all__ = [
    "Result",
    "Results",
    "Person",
    "Factoid",
    "Post",
    "Event",
    "Source",
    "SourceDetail",
    "Link",
    "CardMention",
    "Conflict",
    "PersonCard",
    "MentionRow",
    "ReviewItem",
    "PersonMentions",
    "PersonHit",
    "Passage",
    "SearchResult",
]


def _plain(value: Any) -> Any:
    """JSON-ready copy: results become their dicts, tuples lists."""
    if isinstance(value, Result):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Result:
    """Base of the result types: the JSON view, a read-only mapping over it, short reprs."""

    #: fields shown by ``repr`` and in an HTML table
    SHOWN: ClassVar[tuple[str, ...]] = ()
    #: the fields of this kind's export schema, in order (empty: not exported)
    EXPORT: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON view of this result (what the command line prints)."""
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    def export_row(self) -> dict[str, Any]:
        """The row an export writes: the fields of the kind's JSON Schema, in order."""
        return {name: _plain(getattr(self, name)) for name in self.EXPORT}

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def __contains__(self, key: object) -> bool:
        return key in self.to_dict()

    def get(self, key: str, default: Any = None) -> Any:
        return self.to_dict().get(key, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __repr__(self) -> str:
        shown = self.SHOWN or tuple(f.name for f in fields(self))[:4]  # type: ignore[arg-type]
        parts = ", ".join(f"{n}={getattr(self, n)!r}" for n in shown)
        return f"{type(self).__name__}({parts})"

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><th>{html.escape(k)}</th><td>{html.escape(_short(v))}</td></tr>"
            for k, v in self.to_dict().items()
        )
        return f"<table><caption>{html.escape(type(self).__name__)}</caption>{rows}</table>"


def _short(value: Any, limit: int = 120) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


T = TypeVar("T", bound=Result)


class Results(list[T], Generic[T]):
    """A list of results with a short ``repr`` and an HTML table (for notebooks)."""

    def __repr__(self) -> str:
        if not self:
            return "Results([])"
        head = ", ".join(repr(r) for r in self[:3])
        more = f", … {len(self) - 3} more" if len(self) > 3 else ""
        return f"Results({len(self)}: {head}{more})"

    def _repr_html_(self) -> str:
        if not self:
            return "<p>no results</p>"
        cols = list(self[0].SHOWN) or list(self[0].to_dict())[:6]
        head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
        body = "".join(
            "<tr>"
            + "".join(f"<td>{html.escape(_short(getattr(r, c)))}</td>" for c in cols)
            + "</tr>"
            for r in self[:50]
        )
        more = f"<p>… {len(self) - 50} more</p>" if len(self) > 50 else ""
        return f"<table><tr>{head}</tr>{body}</table>{more}"

    def to_dicts(self) -> list[dict[str, Any]]:
        return [r.to_dict() for r in self]


def results(items: Sequence[T] | Iterator[T]) -> Results[T]:
    return Results(items)


@dataclass(frozen=True, repr=False)
class Person(Result):
    """One person of the register (a person of the texts, or a registry record no one is
    linked to), with the conclusions drawn from their accepted factoids."""

    id: str
    name: str
    kind: str  # text | registry
    is_soviet_official: bool
    is_diplomat: bool
    is_elite: bool
    fate: str | None
    fate_date: str | None
    birth: str | None
    death: str | None
    posts: int | None = None
    mentions: int | None = None
    variants: tuple[str, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("id", "name", "fate", "fate_date")
    EXPORT: ClassVar[tuple[str, ...]] = (
        "id", "name", "variants", "kind", "is_soviet_official", "is_diplomat", "is_elite",
        "fate", "fate_date", "birth", "death",
    )  # fmt: skip


@dataclass(frozen=True, repr=False)
class Factoid(Result):
    """One assertion of one source about a person, with its quote and span.

    ``start``/``end`` are the dates (EDTF) the source gives; ``start_char``/
    ``end_char`` the span of the quote in the source's normalised text."""

    id: str
    type: str
    subject: str
    role: str | None
    organisation: str | None
    department: str | None
    country: str | None
    start: str | None
    end: str | None
    value: str | None
    attribute: str | None
    modality: str
    source: str
    start_char: int
    end_char: int
    quote: str
    confidence: float
    status: str
    via_link: int | None = None
    attested: str | None = None
    path: str | None = None
    via_record: str | None = None

    SHOWN: ClassVar[tuple[str, ...]] = ("id", "type", "role", "country", "value", "start", "end")
    EXPORT: ClassVar[tuple[str, ...]] = (
        "id", "type", "subject", "role", "organisation", "department", "country", "start",
        "end", "value", "attribute", "modality", "source", "start_char", "end_char", "quote",
        "confidence", "status", "via_link", "attested",
    )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type, "role": self.role, "organisation": self.organisation,
            "department": self.department, "country": self.country, "date_start": self.start,
            "date_end": self.end, "value": self.value, "attribute": self.attribute,
            "modality": self.modality, "confidence": self.confidence, "quote": self.quote,
            "status": self.status, "attested": self.attested, "id": self.id,
            "subject": self.subject, "source": self.source, "path": self.path,
            "start": self.start_char, "end": self.end_char,
        }  # fmt: skip
        if self.via_link is not None:
            out.update(via_link=self.via_link, via_record=self.via_record)
        return out


@dataclass(frozen=True, repr=False)
class Post(Result):
    """A post factoid with the name of the person who held it (``posts``)."""

    person: str
    person_id: str
    factoid: Factoid

    SHOWN: ClassVar[tuple[str, ...]] = ("person", "role", "country")

    @property
    def role(self) -> str | None:
        return self.factoid.role

    @property
    def country(self) -> str | None:
        return self.factoid.country

    def to_dict(self) -> dict[str, Any]:
        return {"person": self.person, "person_id": self.person_id, **self.factoid.to_dict()}


@dataclass(frozen=True, repr=False)
class Event(Result):
    """An event a source names, with its date (EDTF), parties, participants and quote."""

    id: str
    type: str
    name: str
    date: str | None
    place: str | None
    parties: tuple[str, ...]
    participants: tuple[str, ...]  # person ids
    source: str
    start_char: int
    end_char: int
    quote: str
    path: str | None = None
    participant_names: tuple[str, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("date", "type", "name")
    EXPORT: ClassVar[tuple[str, ...]] = (
        "id", "type", "name", "date", "place", "parties", "participants", "source",
        "start_char", "end_char", "quote",
    )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "name": self.name, "date": self.date,
            "place": self.place, "parties": list(self.parties),
            "participants": [
                {"id": i, "name": n} for i, n in zip(self.participants, self.participant_names, strict=False)
            ],
            "quote": self.quote, "source": self.source, "path": self.path,
            "start": self.start_char, "end": self.end_char,
        }  # fmt: skip


@dataclass(frozen=True, repr=False)
class Source(Result):
    """A stored source (the latest version of its path unless asked), with its counts."""

    id: str
    path: str
    version: int
    kind: str
    language: str
    title: str | None
    reader: str
    size: int | None = None
    ingested_at: str | None = None
    segments: int | None = None
    footnotes: int | None = None
    records: int | None = None
    annotations: int | None = None
    person_tags: int | None = None
    authority_entries: int | None = None
    documents: int | None = None
    warnings: tuple[str, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("path", "kind", "reader")
    EXPORT: ClassVar[tuple[str, ...]] = (
        "id", "path", "title", "kind", "language", "reader", "version",
    )  # fmt: skip

    @classmethod
    def of(cls, row: dict[str, Any]) -> Source:
        names = {f.name for f in fields(cls)}
        values: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in row.items() if k in names
        }
        return cls(**values)


@dataclass(frozen=True, repr=False)
class SourceDetail(Result):
    """One source: its summary, and the text, segments, annotations or a span on request."""

    summary: dict[str, Any]
    text: str | None = None
    segments: tuple[dict[str, Any], ...] | None = None
    annotations: tuple[dict[str, Any], ...] | None = None
    span: dict[str, Any] | None = None

    SHOWN: ClassVar[tuple[str, ...]] = ("summary",)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"summary": self.summary}
        for name in ("text", "segments", "annotations", "span"):
            value = getattr(self, name)
            if value is not None:
                out[name] = _plain(value)
        return out


@dataclass(frozen=True, repr=False)
class Link(Result):
    """A proposed identity between a person and a registry record, with its evidence."""

    id: int
    key: str
    record: str  # the record's name
    status: str  # applied | review | rejected
    score: float
    conflict: str | None
    evidence: dict[str, Any]
    source: str  # the registry source's id
    person: str | None = None  # the person's id
    segment: int | None = None  # the record's segment in its source

    SHOWN: ClassVar[tuple[str, ...]] = ("id", "record", "status", "score")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "key": self.key, "record": self.record, "status": self.status,
            "score": self.score, "conflict": self.conflict, "evidence": self.evidence,
            "source": self.source,
        }  # fmt: skip

    def export_row(self) -> dict[str, Any]:
        return {
            "id": self.key, "person": self.person, "source": self.source,
            "segment": self.segment, "record_name": self.record, "confidence": self.score,
            "status": self.status, "conflict": self.conflict, "evidence": self.evidence,
        }  # fmt: skip


@dataclass(frozen=True, repr=False)
class CardMention(Result):
    """A mention of the person on a card, with the evidence that joined it to them."""

    ref: str  # "source-id:offset", as ``split`` takes it
    text: str
    source: str
    path: str
    start: int
    end: int
    score: float
    evidence: str

    SHOWN: ClassVar[tuple[str, ...]] = ("text", "ref")


@dataclass(frozen=True, repr=False)
class Conflict(Result):
    """Claims that cannot all be true, side by side."""

    kind: str  # fate | fate date | birth | link
    about: str
    claims: tuple[Factoid, ...] = ()
    link: Link | None = None

    SHOWN: ClassVar[tuple[str, ...]] = ("kind", "about")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "about": self.about,
            "claims": [c.to_dict() for c in self.claims],
        }
        if self.link is not None:
            out["link"] = self.link.to_dict()
        return out


@dataclass(frozen=True, repr=False)
class PersonCard(Result):
    """One person's card: names, life, career, fate, linked records, every factoid."""

    person: Person
    number: int
    latin: tuple[str, ...]
    cyrillic: tuple[str, ...]
    romanised: tuple[str, ...]  # Library of Congress, without diacritics
    career: tuple[Factoid, ...]
    fates: tuple[Factoid, ...]
    links: tuple[Link, ...]
    mentions: tuple[CardMention, ...]
    factoids: tuple[Factoid, ...]
    conflicts: tuple[Conflict, ...]

    def __repr__(self) -> str:
        p = self.person
        fate = f", {p.fate} {p.fate_date or ''}".rstrip() if p.fate else ""
        return (
            f"PersonCard({p.name!r}, id={p.id!r}{fate}; {len(self.career)} posts,"
            f" {len(self.factoids)} factoids, {len(self.conflicts)} conflicts)"
        )

    def _repr_html_(self) -> str:
        p = self.person
        rows = "".join(
            f"<tr><td>{html.escape(_short(f.start or f.attested))}</td><td>{html.escape(_short(f.end))}</td>"
            f"<td>{html.escape(_short(f.role))}</td><td>{html.escape(_short(f.country or f.department))}</td>"
            f"<td>{html.escape(_short(f.quote, 80))}</td></tr>"
            for f in self.career
        )
        return (
            f"<h4>{html.escape(p.name)} <small>{html.escape(p.id)}</small></h4>"
            f"<p>fate: {html.escape(p.fate or 'unknown')} {html.escape(p.fate_date or '')}</p>"
            f"<table><tr><th>from</th><th>to</th><th>post</th><th>where</th><th>quote</th></tr>{rows}</table>"
        )

    def to_dict(self) -> dict[str, Any]:
        p = self.person
        return {
            "id": p.id, "number": self.number, "name": p.name, "kind": p.kind,
            "variants": list(p.variants), "latin": list(self.latin), "cyrillic": list(self.cyrillic),
            "romanised": list(self.romanised), "is_soviet_official": p.is_soviet_official,
            "is_diplomat": p.is_diplomat, "is_elite": p.is_elite, "birth": p.birth,
            "death": p.death, "fate": p.fate, "fate_date": p.fate_date,
            "career": _plain(self.career), "fates": _plain(self.fates),
            "links": _plain(self.links), "mentions": _plain(self.mentions),
            "factoids": _plain(self.factoids), "conflicts": _plain(self.conflicts),
        }  # fmt: skip


@dataclass(frozen=True, repr=False)
class MentionRow(Result):
    """An exported mention: a span of a source naming something, and what it names."""

    id: str
    source: str
    start: int
    end: int
    text: str
    type: str
    entity: str | None
    confidence: float

    SHOWN: ClassVar[tuple[str, ...]] = ("type", "text", "entity")
    EXPORT: ClassVar[tuple[str, ...]] = (
        "id", "source", "start", "end", "text", "type", "entity", "confidence",
    )  # fmt: skip


@dataclass(frozen=True, repr=False)
class ReviewItem(Result):
    """A registry link as the review queue shows it: the person and the record side by side."""

    id: int
    key: str
    status: str
    score: float
    conflict: str | None
    evidence: dict[str, Any]
    record_source: str
    record_seq: int
    record_name: str
    person: str
    variants: tuple[str, ...]
    attrs: dict[str, Any]
    record_text: str

    SHOWN: ClassVar[tuple[str, ...]] = ("id", "person", "record_name", "score")


@dataclass(frozen=True, repr=False)
class PersonMentions(Result):
    """A resolved person with the references of their mentions (what ``split`` takes)."""

    id: int
    key: str
    label: str
    variants: tuple[str, ...]
    mentions: tuple[str, ...]
    posts: tuple[str, ...] = ()
    fates: tuple[str, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("key", "label")


@dataclass(frozen=True, repr=False)
class PersonHit(Result):
    id: str
    name: str
    kind: str
    fate: str | None

    SHOWN: ClassVar[tuple[str, ...]] = ("id", "name")


@dataclass(frozen=True, repr=False)
class Passage(Result):
    source: str
    path: str
    segment: int
    start: int
    snippet: str
    score: float

    SHOWN: ClassVar[tuple[str, ...]] = ("path", "snippet")


@dataclass(frozen=True, repr=False)
class SearchResult(Result):
    """What ``search`` found: persons by name (any spelling) and passages of the sources."""

    query: str
    keys: tuple[str, ...]
    persons: tuple[PersonHit, ...] = field(default_factory=tuple)
    passages: tuple[Passage, ...] = field(default_factory=tuple)

    SHOWN: ClassVar[tuple[str, ...]] = ("query",)

    def __repr__(self) -> str:
        return f"SearchResult({self.query!r}: {len(self.persons)} persons, {len(self.passages)} passages)"
