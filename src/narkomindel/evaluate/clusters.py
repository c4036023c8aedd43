"""How well persons are clustered, against editors' identifications.

TEI editions tag persons with an id (``persName corresp="#p_…"`` or ``ref``):
every tag with the same id is one person. :func:`editor_bcubed` scores the
resolved persons against them with B-cubed precision, recall and F1, over the
tags that overlap a person mention.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from narkomindel.store import entities
from narkomindel.store.database import Store

__all__ = ["editor_bcubed", "bcubed"]


def bcubed(predicted: list[str], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (one label per item)."""
    if not predicted:
        return 0.0, 0.0, 0.0
    by_pred: dict[str, set[int]] = defaultdict(set)
    by_gold: dict[str, set[int]] = defaultdict(set)
    for i, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_pred[p].add(i)
        by_gold[g].add(i)
    precision = recall = 0.0
    for p, g in zip(predicted, gold, strict=True):
        both = len(by_pred[p] & by_gold[g])
        precision += both / len(by_pred[p])
        recall += both / len(by_gold[g])
    n = len(predicted)
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def editor_bcubed(store: Store) -> dict[str, Any]:
    """B-cubed of the resolved persons against the editors' person ids of every TEI source."""
    predicted: list[str] = []
    gold: list[str] = []
    with store.reading():
        owner = entities.mention_owners(store)
        keys = entities.source_keys(store)
        for src in store.sources():
            tags = [
                a for a in store.annotations(src["id"], "tei")
                if a.name == "persName" and (a.attrs.get("corresp") or a.attrs.get("ref"))
            ]  # fmt: skip
            if not tags:
                continue
            mentions = [
                (seq, m) for seq, m in enumerate(store.extraction(src["id"]).mentions)
                if m.type == "person"
            ]  # fmt: skip
            for a in tags:
                hit = next(
                    (seq for seq, m in mentions if m.start < a.end and a.start < m.end), None
                )
                entity = owner.get((keys[src["id"]], hit)) if hit is not None else None
                if entity is None:
                    continue
                predicted.append(entity)
                gold.append(str(a.attrs.get("corresp") or a.attrs.get("ref")))
    p, r, f = bcubed(predicted, gold)
    return {"tags": len(gold), "precision": p, "recall": r, "f1": f}
