"""Looking at what is stored: the sources, and one source in detail."""

from __future__ import annotations

from typing import Any

from narkomindel.query.filters import text_arg
from narkomindel.query.results import Results, Source, SourceDetail
from narkomindel.store.database import Store

__all__ = ["list_sources", "describe_source"]


def list_sources(store: Store, *, all_versions: bool = False) -> Results[Source]:
    """Every source (latest version of each path unless ``all_versions``) with its counts:
    ``id, path, version, kind, language, title, reader, segments, footnotes, records,
    annotations, documents, warnings``."""
    with store.reading():
        return Results(Source.of(r) for r in store.sources(all_versions=all_versions))


def describe_source(
    store: Store,
    ref: str,
    *,
    what: str = "summary",
    kind: str | None = None,
    span: tuple[int, int] | None = None,
) -> SourceDetail:
    """One source: ``summary`` always; ``text``, ``segments``, ``annotations`` or
    ``span`` (a normalised span shown in the original characters and bytes) on request.

    Segments and annotations carry their text and, for annotations, the original
    (un-normalised) text they came from.
    """
    with store.reading():
        sid = store.resolve_id(text_arg(ref, "source"))
        summary = store.source(sid)
        summary["counts"] = next(
            (s for s in store.sources(all_versions=True) if s["id"] == sid), {}
        )
        for k in ("warnings", "id", "path", "version", "kind", "language", "title", "reader"):
            summary["counts"].pop(k, None)
        text = store.text(sid)
        if what == "text":
            return SourceDetail(summary, text=text)
        if what == "span" and span is not None:
            start, end = span
            found = store.original_span(sid, start, end)
            original = found.pop("original", None)
            return SourceDetail(
                summary,
                span={
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    **found,
                    "original_bytes": original.hex() if original is not None else None,
                },
            )
        if what == "segments":
            return SourceDetail(
                summary,
                segments=tuple(
                    {
                        "seq": i, "kind": s.kind, "label": s.label, "page": s.page, "group": s.group,
                        "start": s.start, "end": s.end, "text": text[s.start : s.end],
                    }
                    for i, s in enumerate(store.segments(sid, kind))
                ),
            )  # fmt: skip
        if what == "annotations":
            rows: list[dict[str, Any]] = []
            for i, a in enumerate(store.annotations(sid, kind)):
                rows.append(
                    {
                        "seq": i, "kind": a.kind, "name": a.name, "value": a.value,
                        "start": a.start, "end": a.end, "text": text[a.start : a.end], "attrs": a.attrs,
                    }
                )  # fmt: skip
            return SourceDetail(summary, annotations=tuple(rows))
        return SourceDetail(summary)
