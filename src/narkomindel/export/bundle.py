"""What every export writes: the register as typed rows of six kinds, with stable ids.

``persons``, ``mentions``, ``factoids``, ``events``, ``sources`` and ``links``; the
fields are documented in ``docs/exports.md`` and fixed by the JSON Schemas in
``narkomindel/export/schemas``. Ids are the same on every run over the same
inputs: persons by their resolution key, mentions (``m-``), factoids (``f-``) and
events (``e-``) by source and position, sources by the SHA-256 of their bytes.
The whole register is read in one snapshot, so its kinds agree with each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from narkomindel.query.results import Event, Factoid, Link, MentionRow, Person, Result, Source
from narkomindel.store.bulk import Snapshot
from narkomindel.store.database import Store

__all__ = ["ExportBundle", "collect", "KINDS"]

KINDS = ("persons", "mentions", "factoids", "events", "sources", "links")


@dataclass
class ExportBundle:
    """The register as the exports see it: typed rows of each kind."""

    persons: list[Person] = field(default_factory=list)
    mentions: list[MentionRow] = field(default_factory=list)
    factoids: list[Factoid] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    _rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False)

    def rows(self, kind: str) -> list[dict[str, Any]]:
        """The rows of one kind as the export writes them (the fields of its schema)."""
        if kind not in self._rows:
            items: list[Result] = getattr(self, kind)
            self._rows[kind] = [item.export_row() for item in items]
        return self._rows[kind]

    def kinds(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        for kind in KINDS:
            yield kind, self.rows(kind)


def collect(store: Store) -> ExportBundle:
    """The whole register of a database (current versions of sources only)."""
    out = ExportBundle()
    with store.reading():
        snap = Snapshot(store)
        out.sources = [Source.of(s) for s in snap.sources]
        out.persons = [Person(**p) for p in snap.persons()]
        out.mentions = [MentionRow(**m) for m in snap.mentions()]
        out.factoids = [Factoid(**f) for f in snap.factoids()]
        for ev in snap.events():
            eid, sid = ev["id"], ev["source"]
            participants = list(dict.fromkeys(ev["participants"]))
            for n, who in enumerate(ev["participants"]):
                # taking part in an event is a factoid of the person too
                out.factoids.append(
                    Factoid(
                        id=f"{eid.replace('e-', 'f-', 1)}.p{n}", type="participation",
                        subject=who, role="participant", organisation=None, department=None,
                        country=None, start=ev["date"], end=None, value=eid, attribute=None,
                        modality="asserted", source=sid, start_char=ev["start_char"],
                        end_char=ev["end_char"], quote=ev["quote"], confidence=ev["confidence"],
                        status="extracted", via_link=None,
                    )
                )  # fmt: skip
            # the event's own span, so mentions tell events apart too
            out.mentions.append(
                MentionRow(
                    f"m-{sid[:16]}-e{ev['seq']}", sid, ev["start_char"], ev["end_char"],
                    ev["quote"], "event", eid, ev["confidence"],
                )
            )  # fmt: skip
            out.events.append(
                Event(
                    id=eid, type=ev["type"], name=ev["name"], date=ev["date"], place=ev["place"],
                    parties=ev["parties"], participants=tuple(participants), source=sid,
                    start_char=ev["start_char"], end_char=ev["end_char"], quote=ev["quote"],
                )
            )  # fmt: skip
        out.links = [Link(**lk) for lk in snap.links()]
    return out
