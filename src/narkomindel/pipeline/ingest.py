"""Ingest: read files and store them (read → store), one transaction per file.

:func:`ingest` is the library entry point behind ``narkomindel ingest``: it
returns an :class:`IngestReport` and never prints.  A file that fails is
reported with a clear message and the batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from narkomindel.config import Settings, load_settings
from narkomindel.errors import (
    ExtractionError,
    InternalError,
    MalformedInputError,
    NarkomindelError,
    UnreadableFileError,
)
from narkomindel.extract import EXTRACTION_VERSION, extract_document
from narkomindel.model import Document
from narkomindel.pipeline.budget import time_budget
from narkomindel.pipeline.files import display_path, read_bounded, walk
from narkomindel.pipeline.resolving import ResolveReport, resolve_people
from narkomindel.read import choose_reader, read_bytes
from narkomindel.store import state
from narkomindel.store.database import Store, source_id_for

__all__ = [
    "ingest",
    "extract_sources",
    "extract_missing",
    "iter_files",
    "FileResult",
    "IngestReport",
    "ExtractResult",
]


@dataclass
class FileResult:
    path: str
    status: str  # added | new_version | reread | unchanged | skipped | failed
    source_id: str | None = None
    reader: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class ExtractResult:
    source_id: str
    path: str
    mentions: int = 0
    claims: int = 0
    events: int = 0
    error: str | None = None


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)
    extracted: list[ExtractResult] = field(default_factory=list)
    resolved: ResolveReport | None = None  # when persons were resolved after this ingest

    @property
    def counts(self) -> dict[str, int]:
        out = {"added": 0, "new_version": 0, "reread": 0, "unchanged": 0, "skipped": 0, "failed": 0}
        for r in self.results:
            out[r.status] = out.get(r.status, 0) + 1
        return out

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def extraction_failures(self) -> list[ExtractResult]:
        return [r for r in self.extracted if r.error]

    @property
    def ok(self) -> bool:
        return not self.failed and not self.extraction_failures


# Data that sits beside sources in a corpus folder (reference annotations, exports,
# settings) rather than a source: left out of a folder walk, read when named itself.
NOT_SOURCES = frozenset({".json", ".jsonl", ".ndjson", ".toml", ".yaml", ".yml"})
# Programs a project keeps beside its sources (the scripts that built a reference, a
# notebook): left out of a folder walk the same way.
PROGRAMS = frozenset({".py", ".ipynb", ".sh", ".r", ".js", ".sql"})


def _not_a_source(found_path: Path) -> str:
    suffix = found_path.suffix.lower()
    kind = (
        "program or script" if suffix in PROGRAMS else "data file (a reference, export or setting)"
    )
    return (
        f"{display_path(found_path)}: skipped: a {suffix} {kind}, not a source. "
        "Name the file itself to read it as text"
    )


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """The regular files named, and below the folders named (see :func:`walk`)."""
    return (found.path for found in walk(paths) if found.error is None)


def ingest(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    settings: Settings | None = None,
    encoding: str | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    extract: bool = True,
    resolve: bool = True,
) -> IngestReport:
    """Read every file under ``paths`` into the database, then extract.

    Re-ingesting a file whose bytes are already stored adds nothing; a file whose
    bytes changed is stored as a new version of the same path.  With ``extract``
    every new source (and any whose extraction is out of date) is extracted; with
    ``resolve`` (and ``extract``) persons are resolved again when anything changed.
    """
    settings = settings or load_settings()
    report = IngestReport()
    db_file = Path(store.path).resolve()
    own_files = {db_file} | {
        db_file.with_name(db_file.name + s) for s in ("-wal", "-shm", "-journal")
    }
    for found in walk(paths):
        if found.error is not None:
            result, doc = FileResult(found.where, "failed", error=found.error.render()), None
        elif found.path.resolve() in own_files:
            continue  # the database itself, when it lives inside an ingested folder
        elif found.in_folder and found.path.suffix.lower() in NOT_SOURCES | PROGRAMS:
            result, doc = FileResult(found.where, "skipped", error=_not_a_source(found.path)), None
        else:
            result, doc = _ingest_one(store, found.path, settings, encoding)
        if extract and doc is not None and result.source_id:
            report.extracted.append(
                _extract_one(store, result.source_id, result.path, doc, settings)
            )
        report.results.append(result)
        if on_file:
            on_file(result)
    if extract:
        for sid in store.pending_extraction(EXTRACTION_VERSION):
            report.extracted.append(
                _extract_one(store, sid, store.source(sid)["path"], None, settings)
            )
    if extract and resolve and state.resolution_pending(store):
        # anything stored or extracted since the last resolution, by this run or by one
        # that was interrupted, is resolved now
        report.resolved = resolve_people(store)
    return report


def extract_sources(
    store: Store,
    *,
    force: bool = False,
    on_source: Callable[[ExtractResult], None] | None = None,
    settings: Settings | None = None,
) -> list[ExtractResult]:
    """Extract every stored source whose extraction is missing or out of date
    (all of them with ``force``), then resolve persons again if anything was
    extracted (persons point at mentions, which a new extraction renumbers).
    Re-running on unchanged sources changes nothing."""
    settings = settings or load_settings()
    results = []
    ids = list(store.iter_source_ids()) if force else store.pending_extraction(EXTRACTION_VERSION)
    for sid in ids:
        result = _extract_one(store, sid, store.source(sid)["path"], None, settings)
        results.append(result)
        if on_source:
            on_source(result)
    if state.resolution_pending(store):
        resolve_people(store)
    return results


def extract_missing(store: Store, settings: Settings | None = None) -> list[ExtractResult]:
    """Extract the sources stored but never extracted (an ingest interrupted between the
    two); sources extracted by an older extractor wait for ``extract`` or ``ingest``."""
    settings = settings or load_settings()
    return [
        _extract_one(store, sid, store.source(sid)["path"], None, settings)
        for sid in state.missing_extraction(store)
    ]


def _extract_one(
    store: Store, source_id: str, path: str, doc: Document | None, settings: Settings
) -> ExtractResult:
    try:
        document = doc if doc is not None else store.document(source_id)
        with time_budget(settings.max_seconds_per_file, path, "extraction"):
            extraction = extract_document(document)
        store.save_extraction(source_id, extraction, EXTRACTION_VERSION)
        return ExtractResult(
            source_id,
            path,
            len(extraction.mentions),
            len(extraction.claims),
            len(extraction.events),
        )
    except NarkomindelError as exc:
        return ExtractResult(source_id, path, error=exc.render())
    except Exception as exc:  # an extractor bug must not stop the batch or touch the source
        error = ExtractionError(f"extraction failed ({exc.__class__.__name__}: {exc})", where=path)
        return ExtractResult(source_id, path, error=error.render())


def _ingest_one(
    store: Store, path: Path, settings: Settings, encoding: str | None
) -> tuple[FileResult, Document | None]:
    """Read and store one file; the Document too when it was stored anew."""
    where = display_path(path)

    def failed(message: str) -> tuple[FileResult, Document | None]:
        return FileResult(where, "failed", error=message), None

    try:
        data = read_bounded(path, settings.max_file_bytes)
        sid = source_id_for(data)
        if store.has_source(sid):
            chosen = choose_reader(data, where)
            if encoding is None and chosen is not None and chosen.name != store.reader_of(sid):
                # a newer reader (or another one) now fits these bytes: read them again
                with time_budget(settings.max_seconds_per_file, where, "reading"):
                    doc = read_bytes(data, where, settings)
                stored = store.replace_document(doc, data)
                return FileResult(
                    where, stored.status, stored.id, doc.reader, warnings=list(doc.warnings)
                ), doc
            return FileResult(where, "unchanged", sid), None
        with time_budget(settings.max_seconds_per_file, where, "reading"):
            doc = read_bytes(data, where, settings, encoding=encoding)
        stored = store.add_document(doc, where, data)
        return FileResult(
            where, stored.status, stored.id, doc.reader, warnings=list(doc.warnings)
        ), doc
    except NarkomindelError as exc:
        return failed(exc.render())
    except OSError as exc:
        return failed(
            UnreadableFileError(f"cannot read the file ({exc.strerror})", where=where).render()
        )
    except RecursionError:
        error = MalformedInputError(
            "nesting too deep to read", where=where, hint="simplify the file"
        )
        return failed(error.render())
    except Exception as exc:  # a bug in a reader must not stop the batch
        return failed(
            InternalError(f"unexpected {exc.__class__.__name__}: {exc}", where=where).render()
        )
