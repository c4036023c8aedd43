"""The Python API for notebooks: ``narkomindel.open(path)``.

>>> import narkomindel
>>> reg = narkomindel.open("narkomindel.db")          # doctest: +SKIP
>>> [p.name for p in reg.persons(fate="executed", diplomats=True)][:3]   # doctest: +SKIP
>>> reg.person("Krestinskii").career                   # doctest: +SKIP
>>> df = reg.dataframe("factoids")                     # doctest: +SKIP
>>> df[df.type == "post"].groupby("country").size()    # doctest: +SKIP

Objects are frozen dataclasses with the fields of the exports (docs/exports.md);
every factoid and event carries its quote, its source id and its character span.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narkomindel import register
from narkomindel.errors import NotFoundError
from narkomindel.export import KINDS, collect, export
from narkomindel.export.rows import Register as Rows

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["open_register", "Prosopography", "Person", "PersonCard", "Factoid", "Event", "Source"]


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    variants: tuple[str, ...]
    kind: str
    is_soviet_official: bool
    is_diplomat: bool
    is_elite: bool
    fate: str | None
    fate_date: str | None
    birth: str | None
    death: str | None


@dataclass(frozen=True)
class Factoid:
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


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    name: str
    date: str | None
    place: str | None
    parties: tuple[str, ...]
    participants: tuple[str, ...]
    source: str
    start_char: int
    end_char: int
    quote: str


@dataclass(frozen=True)
class Source:
    id: str
    path: str
    title: str | None
    kind: str
    language: str
    reader: str
    version: int


@dataclass(frozen=True)
class PersonCard:
    person: Person
    career: tuple[Factoid, ...]
    factoids: tuple[Factoid, ...]
    links: tuple[dict[str, Any], ...]
    conflicts: tuple[dict[str, Any], ...]


def _make(cls: type, row: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in row.items() if k in names}
    return cls(**values)


def _factoid_of_card(row: dict[str, Any]) -> Factoid:
    factoid: Factoid = _make(
        Factoid,
        {**row, "start": row.get("date_start"), "end": row.get("date_end"),
         "start_char": row["start"], "end_char": row["end"]},
    )  # fmt: skip
    return factoid


class Prosopography:
    """A register database opened for reading (curation goes through the CLI or
    :mod:`narkomindel.resolution`). Lists are read fresh on each call except the
    whole-register views (:meth:`factoids`, :meth:`events`, :meth:`sources`,
    :meth:`dataframe`), read once; call :meth:`refresh` after the database changed."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise NotFoundError(
                f"no database {self.path}",
                hint="build one with `narkomindel ingest FILES --db PATH`",
            )

    def __repr__(self) -> str:
        return f"narkomindel.open({str(self.path)!r})"

    @cached_property
    def _rows(self) -> Rows:
        return collect(self.path)

    def refresh(self) -> None:
        """Forget what was read, so the next call reads the database again."""
        self.__dict__.pop("_rows", None)

    def persons(self, **filters: Any) -> list[Person]:
        """Persons; filters as :func:`narkomindel.register.persons` (name, fate, role,
        country, year, elite, diplomats, kind, limit)."""
        return [_make(Person, r) for r in register.persons(self.path, **filters)]

    def person(self, ref: str) -> PersonCard:
        """One person's card by id or name (see :func:`narkomindel.register.person`)."""
        card = register.person(self.path, ref)
        person = Person(
            card["id"], card["name"], tuple(card["variants"]), card["kind"],
            card["is_soviet_official"], card["is_diplomat"], card["is_elite"], card["fate"],
            card["fate_date"], card["birth"], card["death"],
        )  # fmt: skip
        return PersonCard(
            person,
            tuple(_factoid_of_card(f) for f in card["career"]),
            tuple(_factoid_of_card(f) for f in card["factoids"]),
            tuple(card["links"]),
            tuple(card["conflicts"]),
        )

    def posts(self, **filters: Any) -> list[dict[str, Any]]:
        """Posts held (country, year, department, role): :func:`narkomindel.register.posts`."""
        return register.posts(self.path, **filters)

    def search(self, text: str, limit: int = 50) -> dict[str, Any]:
        """Full-text and name search: :func:`narkomindel.register.search`."""
        return register.search(self.path, text, limit=limit)

    def factoids(self, *, type: str | None = None, subject: str | None = None) -> list[Factoid]:
        """Every factoid (of one type, of one person)."""
        return [
            _make(Factoid, f)
            for f in self._rows.factoids
            if (type is None or f["type"] == type) and (subject is None or f["subject"] == subject)
        ]

    def events(self, *, type: str | None = None) -> list[Event]:
        """Every event, in the sources' order (:meth:`chronology` for date order)."""
        return [_make(Event, e) for e in self._rows.events if type is None or e["type"] == type]

    def chronology(self, **filters: Any) -> list[dict[str, Any]]:
        """Events in date order, filtered: :func:`narkomindel.register.events`."""
        return register.events(self.path, **filters)

    def sources(self) -> list[Source]:
        return [_make(Source, s) for s in self._rows.sources]

    def dataframe(self, kind: str = "persons") -> pd.DataFrame:
        """One kind of row (persons, mentions, factoids, events, sources, links) as a
        pandas DataFrame with the export's columns."""
        import pandas as pd

        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        return pd.DataFrame(getattr(self._rows, kind))

    def export(self, fmt: str, out: str | os.PathLike[str]) -> list[Path]:
        """Write an export (jsonl, csv, jsonld, tei, gexf); returns the files."""
        return export(self.path, fmt, out)


def open_register(path: str | os.PathLike[str]) -> Prosopography:
    """Open a register database (``narkomindel.open``)."""
    return Prosopography(path)
