"""The Python API for notebooks: ``narkomindel.open(path)``.

>>> import narkomindel
>>> reg = narkomindel.open("narkomindel.db")          # doctest: +SKIP
>>> reg.persons(fate="executed", diplomats=True)[:3]   # doctest: +SKIP
>>> reg.person("Krestinskii").career                   # doctest: +SKIP
>>> df = reg.dataframe("factoids")                     # doctest: +SKIP
>>> df[df.type == "post"].groupby("country").size()    # doctest: +SKIP

Results are the typed, frozen dataclasses of :mod:`narkomindel.query.results`
with the fields of the exports (docs/exports.md); every factoid and event
carries its quote, its source id and its character span. This module and the
command line are the only places where a path becomes a database.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narkomindel import query
from narkomindel.errors import NotFoundError, UsageError
from narkomindel.export import KINDS, ExportBundle, collect, export
from narkomindel.pipeline import IngestReport, bring_up_to_date
from narkomindel.pipeline import ingest as _ingest
from narkomindel.query.results import (
    Event,
    Factoid,
    Person,
    PersonCard,
    Post,
    Results,
    SearchResult,
    Source,
)
from narkomindel.store.database import Store

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "open_register",
    "open_store",
    "ingest",
    "Prosopography",
    "Person",
    "PersonCard",
    "Factoid",
    "Event",
    "Source",
]


def open_store(path: str | os.PathLike[str], *, create: bool = False, upkeep: bool = True) -> Store:
    """The database at ``path``; a missing file is an error unless ``create``. An existing
    database is brought up to date (:func:`narkomindel.pipeline.bring_up_to_date`: what
    an interrupted run left is finished) unless ``upkeep`` is false."""
    existed = Path(path).is_file()
    if not create and not existed:
        raise NotFoundError(
            f"no database {path}",
            hint="build one with `narkomindel ingest FILES --db PATH` (or `narkomindel demo`)",
        )
    store = Store(path)
    if existed and upkeep:
        bring_up_to_date(store)
    return store


class Prosopography:
    """A register database opened for reading. Lists are read fresh on each call except
    the whole-register views (:meth:`factoids`, :meth:`events`, :meth:`sources`,
    :meth:`dataframe`), read once; call :meth:`refresh` after the database changed.
    Use as a context manager, or call :meth:`close` when done."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.store = open_store(self.path)

    def __repr__(self) -> str:
        return f"narkomindel.open({str(self.path)!r})"

    def __enter__(self) -> Prosopography:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    @cached_property
    def _rows(self) -> ExportBundle:
        return collect(self.store)

    def refresh(self) -> None:
        """Forget what was read, so the next call reads the database again."""
        self.__dict__.pop("_rows", None)

    def persons(self, **filters: Any) -> Results[Person]:
        """Persons; filters as :func:`narkomindel.query.persons` (name, fate, role,
        country, year, elite, diplomats, kind, limit)."""
        return query.persons(self.store, **filters)

    def person(self, ref: str) -> PersonCard:
        """One person's card by id or name (see :func:`narkomindel.query.person`)."""
        return query.person(self.store, ref)

    def posts(self, **filters: Any) -> Results[Post]:
        """Posts held (country, year, department, role): :func:`narkomindel.query.posts`."""
        return query.posts(self.store, **filters)

    def search(self, text: str, limit: int = 50) -> SearchResult:
        """Full-text and name search: :func:`narkomindel.query.search`."""
        return query.search(self.store, text, limit=limit)

    def factoids(self, *, type: str | None = None, subject: str | None = None) -> list[Factoid]:
        """Every factoid (of one type, of one person)."""
        return [
            f
            for f in self._rows.factoids
            if (type is None or f.type == type) and (subject is None or f.subject == subject)
        ]

    def events(self, *, type: str | None = None) -> list[Event]:
        """Every event, in the sources' order (:meth:`chronology` for date order)."""
        return [e for e in self._rows.events if type is None or e.type == type]

    def chronology(self, **filters: Any) -> Results[Event]:
        """Events in date order, filtered: :func:`narkomindel.query.events`."""
        return query.events(self.store, **filters)

    def sources(self) -> list[Source]:
        return list(self._rows.sources)

    def dataframe(self, kind: str = "persons") -> pd.DataFrame:
        """One kind of row (persons, mentions, factoids, events, sources, links) as a
        pandas DataFrame with the export's columns."""
        import pandas as pd

        if kind not in KINDS:
            raise UsageError(
                f"‹kind› {kind!r} is not a kind of row", hint=f"kinds: {', '.join(KINDS)}"
            )
        return pd.DataFrame(self._rows.rows(kind))

    def export(
        self, fmt: str, out: str | os.PathLike[str], *, overwrite: bool = False
    ) -> list[Path]:
        """Write an export (jsonl, csv, jsonld, tei, gexf); returns the files."""
        return export(self.store, fmt, out, overwrite=overwrite)


def open_register(path: str | os.PathLike[str]) -> Prosopography:
    """Open a register database (``narkomindel.open``)."""
    return Prosopography(path)


def ingest(
    paths: Iterable[str | os.PathLike[str]], db: str | os.PathLike[str], **options: Any
) -> IngestReport:
    """Read every file under ``paths`` into the database ``db`` (made if missing), extract
    and resolve: the one-call form of :func:`narkomindel.pipeline.ingest`."""
    with open_store(db, create=True, upkeep=False) as store:
        return _ingest(store, paths, **options)
