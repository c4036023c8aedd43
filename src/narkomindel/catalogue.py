"""Looking at what is stored: the functions behind ``sources`` and ``source``."""

from __future__ import annotations

import os
from typing import Any

from narkomindel.store.sqlite import Store

__all__ = ["list_sources", "describe_source"]


def list_sources(db: str | os.PathLike[str], *, all_versions: bool = False) -> list[dict[str, Any]]:
    """Every source (latest version of each path unless ``all_versions``) with its counts:
    ``id, path, version, kind, language, title, reader, segments, footnotes, records,
    annotations, documents, warnings``."""
    with Store(db) as store:
        return store.sources(all_versions=all_versions)


def describe_source(
    db: str | os.PathLike[str],
    ref: str,
    *,
    what: str = "summary",
    kind: str | None = None,
    span: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """One source: ``summary`` always; ``text``, ``segments``, ``annotations`` or
    ``span`` (a normalised span shown in the original characters and bytes) on request.

    Segments and annotations carry their text and, for annotations, the original
    (un-normalised) text they came from.
    """
    with Store(db) as store:
        sid = store.resolve_id(ref)
        summary = store.source(sid)
        summary["counts"] = next(
            (s for s in store.sources(all_versions=True) if s["id"] == sid), {}
        )
        for k in ("warnings", "id", "path", "version", "kind", "language", "title", "reader"):
            summary["counts"].pop(k, None)
        out: dict[str, Any] = {"summary": summary}
        text = store.text(sid)
        if what == "text":
            out["text"] = text
        elif what == "span" and span is not None:
            start, end = span
            found = store.original_span(sid, start, end)
            original = found.pop("original", None)
            out["span"] = {
                "start": start,
                "end": end,
                "text": text[start:end],
                **found,
                "original_bytes": original.hex() if original is not None else None,
            }
        elif what == "segments":
            out["segments"] = [
                {
                    "seq": i, "kind": s.kind, "label": s.label, "page": s.page, "group": s.group,
                    "start": s.start, "end": s.end, "text": text[s.start : s.end],
                }
                for i, s in enumerate(store.segments(sid, kind))
            ]  # fmt: skip
        elif what == "annotations":
            rows = []
            for i, a in enumerate(store.annotations(sid, kind)):
                row: dict[str, Any] = {
                    "seq": i, "kind": a.kind, "name": a.name, "value": a.value,
                    "start": a.start, "end": a.end, "text": text[a.start : a.end], "attrs": a.attrs,
                }  # fmt: skip
                rows.append(row)
            out["annotations"] = rows
        return out
