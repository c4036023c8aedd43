"""A source as the source viewer shows it: its normalised text cut into segments (with
pages and footnote numbers), and each segment into pieces under the marks that cover
them — mentions by type, claims by type — so every claim can be shown where it stands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from narkomindel.errors import UsageError
from narkomindel.query.results import Result
from narkomindel.store import views
from narkomindel.store.database import Store
from narkomindel.store.ids import ref

__all__ = ["SourceView", "source_view", "WINDOW"]

#: segments shown on one page of a long source
WINDOW = 300


@dataclass(frozen=True, repr=False)
class SourceView(Result):
    """``blocks``: the segments of this page of the source, each with ``pieces``
    (``start``, ``end``, ``text``, ``marks``: ids of the marks covering the piece);
    ``marks``: id → mention or claim (``kind``, ``type``, span, person, status ...);
    ``persons``: the persons the source names (key, name, offset of a mention)."""

    id: str
    path: str
    title: str | None
    kind: str
    language: str
    citation: str | None
    length: int
    blocks: tuple[dict[str, Any], ...]
    marks: dict[str, dict[str, Any]]
    persons: tuple[dict[str, Any], ...]
    page: int
    pages: int

    SHOWN: ClassVar[tuple[str, ...]] = ("id", "path", "page", "pages")


def source_view(
    store: Store, ref_: str, *, page: int | None = None, around: int | None = None
) -> SourceView:
    """One source for reading: ``page`` (1-based, :data:`WINDOW` segments a page) or the
    page holding character ``around``; the first page by default."""
    with store.reading():
        sid = store.resolve_id(ref_)
        info = store.source(sid)
        text = store.text(sid)
        segments = sorted(store.segments(sid), key=lambda g: (g.start, g.end))
        found = views.source_marks(store, sid)
        named = views.person_mentions_in(store, sid)
    pages = max(1, -(-len(segments) // WINDOW))
    if page is None:
        page = 1
        if around is not None:
            at = next((i for i, g in enumerate(segments) if g.end > around), 0)
            page = at // WINDOW + 1
    if not 1 <= page <= pages:
        raise UsageError(f"‹page› {page} is out of range", hint=f"give 1 to {pages}")
    shown = segments[(page - 1) * WINDOW : page * WINDOW]
    marks: dict[str, dict[str, Any]] = {}
    for m in found["mentions"]:
        marks[ref("mention", sid, m["seq"])] = {"kind": "mention", **m}
    for c in found["claims"]:
        marks[c["id"]] = {"kind": "claim", **c}
    ordered = sorted(
        ((k, v) for k, v in marks.items() if v["end"] > v["start"]), key=lambda kv: kv[1]["start"]
    )
    blocks = []
    i, active = 0, []
    for seq, g in enumerate(shown):
        while i < len(ordered) and ordered[i][1]["start"] < g.end:
            active.append(ordered[i])
            i += 1
        active = [a for a in active if a[1]["end"] > g.start]
        here = [a for a in active if a[1]["start"] < g.end]
        cuts = {g.start, g.end}
        for _k, v in here:
            cuts.update(x for x in (v["start"], v["end"]) if g.start < x < g.end)
        points = sorted(cuts)
        pieces = [
            {
                "start": a, "end": b, "text": text[a:b],
                "marks": tuple(k for k, v in here if v["start"] <= a and v["end"] >= b),
            }
            for a, b in zip(points, points[1:], strict=False)
        ]  # fmt: skip
        blocks.append(
            {
                "seq": (page - 1) * WINDOW + seq, "kind": g.kind, "label": g.label,
                "page": g.page, "group": g.group, "start": g.start, "end": g.end,
                "pieces": pieces,
            }
        )  # fmt: skip
    persons: dict[str, dict[str, Any]] = {}
    for m in named:
        persons.setdefault(m["person"], {"id": m["person"], "name": m["name"], "start": m["start"]})
    return SourceView(
        sid, info["path"], info["title"], info["kind"], info["language"], info["citation"],
        len(text), tuple(blocks), marks, tuple(persons.values()), page, pages,
    )  # fmt: skip
