"""What waits for a curator: registry links to review, and persons' mention references."""

from __future__ import annotations

from narkomindel.query.results import PersonMentions, Results, ReviewItem
from narkomindel.store import entities
from narkomindel.store.database import Store

__all__ = ["review_queue", "persons_with_mentions"]


def review_queue(store: Store, *, status: str = "review") -> Results[ReviewItem]:
    """Links with this status, each with its evidence side by side: the person as the
    texts name them and the registry record as it reads."""
    out: Results[ReviewItem] = Results()
    with store.reading():
        for row in entities.load_links(store, status):
            record = store.extraction(row["record_source"]).mentions[row["record_seq"]]
            seg = next(
                (
                    g
                    for g in store.segments(row["record_source"], "record")
                    if g.start <= record.start < g.end
                ),
                None,
            )
            row["record_text"] = (
                store.text(row["record_source"])[seg.start : seg.end] if seg else record.text
            )
            row["variants"] = tuple(row["variants"])
            out.append(ReviewItem(**row))
    return out


def persons_with_mentions(store: Store, *, name: str | None = None) -> Results[PersonMentions]:
    """Resolved persons (not registry records) with their variants and mention references
    ("source-id:offset", as ``split`` takes them)."""
    out: Results[PersonMentions] = Results()
    with store.reading():
        for r in entities.entity_rows(store):
            attrs = r["attrs"]
            if attrs.get("record"):
                continue
            if name and not any(name.lower() in v.lower() for v in r["variants"]):
                continue
            out.append(
                PersonMentions(
                    r["id"], r["key"], r["label"], tuple(r["variants"]),
                    tuple(entities.mention_refs(store, r["id"])),
                    tuple(attrs.get("posts", [])), tuple(attrs.get("fates", [])),
                )
            )  # fmt: skip
    return out
