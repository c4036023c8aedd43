"""The SQLite store: sources, their text, segments and annotations.

One source is written in one transaction, so an interrupted ingest leaves the
database as it was before that source; re-running it resumes.  WAL mode lets
readers work while a batch is being ingested.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from narkomindel.errors import DiskFullError, NotFoundError, StoreError
from narkomindel.model import Annotation, Document, DocumentMeta, Extraction, Segment
from narkomindel.offsets import OffsetMap, char_to_byte_offsets
from narkomindel.store import extraction as _extraction
from narkomindel.store import state as _state
from narkomindel.store.migrations import migrate

__all__ = ["Store", "StoredSource", "source_id_for"]

PDF_TEXT_LAYER = "pdf-text-layer"


def _decoded_source(row: sqlite3.Row) -> str:
    """The decoded original of a source row: the PDF text layer, or the bytes decoded."""
    if row["source_text"] is not None:
        return str(row["source_text"])
    return bytes(row["original"])[row["byte_offset"] :].decode(row["encoding"])


def source_id_for(data: bytes) -> str:
    """A source's id: the SHA-256 of its original bytes."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class StoredSource:
    id: str
    path: str
    version: int
    status: str  # added | new_version | unchanged


class Store:
    """A Narkomindel database file.  Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        self._depth = 0  # nesting of transaction() / reading()
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open the database: {exc}",
                where=self.path,
                hint="check that the file is a Narkomindel SQLite database, or choose another --db",
            ) from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE`` … ``COMMIT``): everything inside is
        stored together or not at all. Nested uses join the outer transaction."""
        if self._depth:
            with self._joined() as conn:
                yield conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._failure(exc) from exc
        self._depth = 1
        try:
            yield self.conn
        except BaseException as exc:
            self._depth = 0
            if self.conn.in_transaction:  # SQLite may have rolled back already (disk full)
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise self._failure(exc) from exc
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise self._failure(exc) from exc

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every query inside sees the same snapshot of the database,
        even while another process writes. Inside a write transaction it joins that."""
        if self._depth:
            with self._joined() as conn:
                yield conn
            return
        self.conn.execute("BEGIN")
        self._depth = 1
        try:
            yield self.conn
        finally:
            self._depth = 0
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    @contextmanager
    def _joined(self) -> Iterator[sqlite3.Connection]:
        """Inside a transaction already: join it."""
        self._depth += 1
        try:
            yield self.conn
        finally:
            self._depth -= 1

    def _failure(self, exc: sqlite3.OperationalError) -> StoreError:
        text = str(exc)
        if "full" in text:
            return DiskFullError(
                f"no space left for the database ({text})",
                where=self.path,
                hint="free space and run again; nothing was lost",
            )
        return StoreError(
            f"the database refused the change ({text})",
            where=self.path,
            hint="if another command is writing, wait for it and run again; nothing was lost",
        )

    # -- writing -------------------------------------------------------------------
    def has_source(self, source_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone()
            is not None
        )

    def add_document(self, doc: Document, path: str, data: bytes) -> StoredSource:
        """Store a read document with its original bytes, atomically.  Idempotent."""
        sid = source_id_for(data)
        path = str(Path(path).resolve())
        with self.transaction() as c:
            row = c.execute("SELECT path, version FROM sources WHERE id = ?", (sid,)).fetchone()
            if row is not None:
                return StoredSource(sid, row["path"], row["version"], "unchanged")
            prev = c.execute(
                "SELECT id, version FROM sources WHERE path = ? ORDER BY version DESC LIMIT 1",
                (path,),
            ).fetchone()
            version = (prev["version"] + 1) if prev else 1
            meta = doc.meta
            cur = c.execute(
                "INSERT INTO sources(id, path, version, supersedes, kind, language, title, citation, reader,"
                " encoding, byte_offset, size, ingested_at, meta_json, warnings_json)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    sid, path, version, prev["id"] if prev else None, meta.kind, meta.language, meta.title,
                    meta.citation, doc.reader, meta.encoding, meta.byte_offset, len(data),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    json.dumps(meta.extra, ensure_ascii=False), json.dumps(doc.warnings, ensure_ascii=False),
                ),
            )  # fmt: skip
            key = cur.lastrowid
            assert key is not None
            self._write_content(key, doc, data)
            _state.changed(self)
        return StoredSource(sid, path, version, "new_version" if prev else "added")

    def _write_content(self, key: int, doc: Document, data: bytes) -> None:
        """Text, offset map, segments and annotations of one source (inside a transaction)."""
        c = self.conn
        c.execute(
            "INSERT INTO source_content(source_key, original, source_text, text, offsets) VALUES (?,?,?,?,?)",
            (
                key,
                data,
                doc.source_text if doc.meta.encoding == PDF_TEXT_LAYER else None,
                doc.text,
                json.dumps(doc.offsets.to_list()),
            ),
        )
        c.executemany(
            'INSERT INTO segments(source_key, seq, start, "end", kind, page, label, grp, attrs_json)'
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    key,
                    i,
                    g.start,
                    g.end,
                    g.kind,
                    g.page,
                    g.label,
                    g.group,
                    json.dumps(g.attrs, ensure_ascii=False),
                )
                for i, g in enumerate(doc.segments)
            ],
        )
        c.executemany(
            'INSERT INTO annotations(source_key, seq, start, "end", kind, name, value, attrs_json)'
            " VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    key,
                    i,
                    a.start,
                    a.end,
                    a.kind,
                    a.name,
                    a.value,
                    json.dumps(a.attrs, ensure_ascii=False),
                )
                for i, a in enumerate(doc.annotations)
            ],
        )

    def reader_of(self, source_id: str) -> str:
        row = self.conn.execute("SELECT reader FROM sources WHERE id = ?", (source_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no source {source_id}", where=self.path)
        return str(row[0])

    def replace_document(self, doc: Document, data: bytes) -> StoredSource:
        """Store a new reading of bytes already stored (a newer reader), atomically.
        The source keeps its id, path and version; its extraction is redone later."""
        sid = source_id_for(data)
        with self.transaction() as c:
            row = c.execute(
                "SELECT key, path, version FROM sources WHERE id = ?", (sid,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"no source {sid[:12]} to read again", where=self.path)
            key = int(row["key"])
            for table in (
                "source_content",
                "segments",
                "annotations",
                "mentions",
                "factoids",
                "events",
                "extraction_runs",
            ):
                c.execute(f"DELETE FROM {table} WHERE source_key = ?", (key,))
            meta = doc.meta
            c.execute(
                "UPDATE sources SET kind = ?, language = ?, title = ?, citation = ?, reader = ?, encoding = ?,"
                " byte_offset = ?, meta_json = ?, warnings_json = ? WHERE key = ?",
                (
                    meta.kind, meta.language, meta.title, meta.citation, doc.reader, meta.encoding, meta.byte_offset,
                    json.dumps(meta.extra, ensure_ascii=False), json.dumps(doc.warnings, ensure_ascii=False), key,
                ),
            )  # fmt: skip
            self._write_content(key, doc, data)
            _state.changed(self)
        return StoredSource(sid, str(row["path"]), int(row["version"]), "reread")

    # -- reading -------------------------------------------------------------------
    def resolve_id(self, ref: str) -> str:
        """A full source id from an id prefix (at least 4 characters) or a path."""
        rows = self.conn.execute(
            "SELECT id FROM sources WHERE id LIKE ? OR path = ? OR path LIKE ? ORDER BY version DESC",
            (ref.lower() + "%" if len(ref) >= 4 else "\x00", ref, "%/" + ref),
        ).fetchall()
        ids = list(dict.fromkeys(r["id"] for r in rows))
        if not ids:
            raise NotFoundError(
                f"no source matches {ref!r}",
                where=self.path,
                hint="list them with `narkomindel sources`",
            )
        if len(ids) > 1 and not any(r == ref for r in ids):
            by_path = self.conn.execute(
                "SELECT id FROM sources WHERE path = ? OR path LIKE ? ORDER BY version DESC LIMIT 1",
                (ref, "%/" + ref),
            ).fetchone()
            if by_path:
                return str(by_path["id"])
            raise NotFoundError(
                f"{ref!r} matches {len(ids)} sources",
                where=self.path,
                hint="give more characters of the id",
            )
        return str(ids[0])

    def sources(self, *, all_versions: bool = False) -> list[dict[str, Any]]:
        """Every stored source with its counts (the latest version of each path unless asked)."""
        where = (
            ""
            if all_versions
            else "WHERE s.version = (SELECT MAX(version) FROM sources x WHERE x.path = s.path)"
        )
        rows = self.conn.execute(
            f"""
            SELECT s.id, s.path, s.version, s.kind, s.language, s.title, s.reader, s.size, s.ingested_at,
              (SELECT COUNT(*) FROM segments g WHERE g.source_key = s.key) AS segments,
              (SELECT COUNT(*) FROM segments g WHERE g.source_key = s.key AND g.kind = 'footnote') AS footnotes,
              (SELECT COUNT(*) FROM segments g WHERE g.source_key = s.key AND g.kind = 'record') AS records,
              (SELECT COUNT(*) FROM annotations a WHERE a.source_key = s.key) AS annotations,
              (SELECT COUNT(*) FROM annotations a WHERE a.source_key = s.key AND a.kind = 'tei'
                 AND a.name = 'persName' AND json_extract(a.attrs_json, '$.document') IS NOT NULL)
                AS person_tags,
              (SELECT COUNT(*) FROM annotations a WHERE a.source_key = s.key AND a.kind = 'authority')
                AS authority_entries,
              (SELECT COUNT(DISTINCT g.grp) FROM segments g WHERE g.source_key = s.key AND g.grp IS NOT NULL)
                AS documents,
              s.warnings_json
            FROM sources s {where} ORDER BY s.path, s.version
            """
        ).fetchall()
        out = []
        for r in rows:
            d = dict(r)
            d["warnings"] = json.loads(d.pop("warnings_json"))
            out.append(d)
        return out

    def source(self, ref: str) -> dict[str, Any]:
        sid = self.resolve_id(ref)
        row = self.conn.execute("SELECT * FROM sources WHERE id = ?", (sid,)).fetchone()
        d = dict(row)
        d.pop("key", None)
        d["meta"] = json.loads(d.pop("meta_json"))
        d["warnings"] = json.loads(d.pop("warnings_json"))
        return d

    def text(self, source_id: str) -> str:
        row = self.conn.execute(
            "SELECT text FROM source_content WHERE source_key = (SELECT key FROM sources WHERE id = ?)",
            (source_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no text for source {source_id}", where=self.path)
        return str(row["text"])

    def offset_map(self, source_id: str) -> OffsetMap:
        row = self.conn.execute(
            "SELECT text, offsets FROM source_content WHERE source_key = (SELECT key FROM sources WHERE id = ?)",
            (source_id,),
        ).fetchone()
        return OffsetMap.from_list(json.loads(row["offsets"]), len(row["text"]))

    def original_span(self, source_id: str, start: int, end: int) -> dict[str, Any]:
        """Where normalised ``[start, end)`` lies in the original: characters, bytes, text.

        Raises :class:`NotFoundError` if the span is outside the normalised text."""
        length = len(self.text(source_id))
        if not 0 <= start <= end <= length:
            raise NotFoundError(
                f"span {start}:{end} is outside the text (0:{length})",
                where=source_id[:12],
                hint="take offsets from `narkomindel source ID --segments`",
            )
        info = self.conn.execute(
            "SELECT s.encoding, s.byte_offset, c.source_text, c.original FROM sources s"
            " JOIN source_content c ON c.source_key = s.key WHERE s.id = ?",
            (source_id,),
        ).fetchone()
        s, e = self.offset_map(source_id).to_source(start, end)
        original = bytes(info["original"])
        source_text = _decoded_source(info)
        result: dict[str, Any] = {
            "source_start": s,
            "source_end": e,
            "source_text": source_text[s:e],
        }
        if info["encoding"] != PDF_TEXT_LAYER:
            bs, be = char_to_byte_offsets(
                source_text, info["encoding"], [s, e], base=info["byte_offset"]
            )
            result.update(byte_start=bs, byte_end=be, original=original[bs:be])
        return result

    def _rows(
        self, table: str, columns: str, source_id: str, kind: str | None
    ) -> list[sqlite3.Row]:
        """Rows of ``segments`` or ``annotations`` for one source, optionally of one kind."""
        sql = f"SELECT {columns} FROM {table} WHERE source_key = (SELECT key FROM sources WHERE id = ?)"
        args: list[Any] = [source_id]
        if kind:
            sql += " AND kind = ?"
            args.append(kind)
        return self.conn.execute(sql + " ORDER BY seq", args).fetchall()

    def segments(self, source_id: str, kind: str | None = None) -> list[Segment]:
        rows = self._rows(
            "segments", 'start, "end", kind, page, label, grp, attrs_json', source_id, kind
        )
        return [
            Segment(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r["attrs_json"])) for r in rows
        ]

    def annotations(self, source_id: str, kind: str | None = None) -> list[Annotation]:
        rows = self._rows(
            "annotations", 'start, "end", kind, name, value, attrs_json', source_id, kind
        )
        return [Annotation(r[0], r[1], r[2], r[3], r[4], json.loads(r["attrs_json"])) for r in rows]

    # -- extraction ----------------------------------------------------------------
    def save_extraction(self, source_id: str, extraction: Extraction, version: str) -> None:
        """Replace the stored extraction of a source (one transaction)."""
        _extraction.save_extraction(self, source_id, extraction, version)

    def extraction(self, source_id: str) -> Extraction:
        return _extraction.load_extraction(self.conn, source_id)

    def document(self, source_id: str) -> Document:
        """The read Document of a stored source (for re-extraction)."""
        src = self.conn.execute(
            "SELECT s.kind, s.language, s.title, s.citation, s.reader, s.encoding, s.byte_offset, s.meta_json,"
            " s.warnings_json, c.text, c.offsets, c.source_text, c.original"
            " FROM sources s JOIN source_content c ON c.source_key = s.key WHERE s.id = ?",
            (source_id,),
        ).fetchone()
        if src is None:
            raise NotFoundError(f"no source {source_id}", where=self.path)
        meta = DocumentMeta(
            title=src["title"],
            citation=src["citation"],
            language=src["language"],
            kind=src["kind"],
            encoding=src["encoding"],
            byte_offset=src["byte_offset"],
            extra=json.loads(src["meta_json"]),
        )
        return Document(
            src["text"],
            OffsetMap.from_list(json.loads(src["offsets"]), len(src["text"])),
            self.segments(source_id),
            self.annotations(source_id),
            meta,
            src["reader"],
            json.loads(src["warnings_json"]),
            source_text=_decoded_source(src),
        )

    def pending_extraction(self, version: str) -> list[str]:
        return _extraction.pending_extraction(self.conn, version)

    def iter_source_ids(self) -> Iterator[str]:
        for row in self.conn.execute("SELECT id FROM sources ORDER BY path, version"):
            yield str(row["id"])

    def integrity_problems(self) -> list[str]:
        """Consistency checks: SQLite's own, and every source complete."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        orphans = self.conn.execute(
            "SELECT id FROM sources WHERE key NOT IN (SELECT source_key FROM source_content)"
        ).fetchall()
        problems += [f"source {r['id']} has no content" for r in orphans]
        return problems
