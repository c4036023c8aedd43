"""Search with facets: persons found by name (any romanisation or Cyrillic) and passages
found in the full text, counted and filtered by fate, country, role, decade and the kind
of source."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, ClassVar

from narkomindel.query.results import Passage, PersonHit, Result
from narkomindel.query.search import search
from narkomindel.store import views
from narkomindel.store.database import Store

__all__ = ["FacetedSearch", "faceted_search", "FACETS"]

FACETS = ("fate", "country", "role", "decade", "kind")


@dataclass(frozen=True, repr=False)
class FacetedSearch(Result):
    """``persons`` and ``passages`` that pass the chosen facets; ``facets``: for each
    facet, value → how many of the hits (before filtering by that facet) have it."""

    query: str
    keys: tuple[str, ...]
    persons: tuple[PersonHit, ...]
    passages: tuple[Passage, ...]
    facets: dict[str, dict[str, int]]
    chosen: dict[str, str | None]

    SHOWN: ClassVar[tuple[str, ...]] = ("query",)


def faceted_search(
    store: Store,
    text: str,
    *,
    fate: str | None = None,
    country: str | None = None,
    role: str | None = None,
    decade: str | None = None,
    kind: str | None = None,
    limit: int = 200,
) -> FacetedSearch:
    """:func:`narkomindel.query.search` with facets. Person facets: fate, country, role
    and decade of their posts; passage facet: the kind of source (scholarship, primary,
    registry, web_page)."""
    found = search(store, text, limit=limit)
    with store.reading():
        traits = views.person_facets(store, [p.id for p in found.persons])
        kinds = views.source_kinds(store)
    chosen = {"fate": fate, "country": country, "role": role, "decade": decade, "kind": kind}

    def values(key: str, facet: str) -> set[str]:
        t: dict[str, Any] = traits.get(key, {})
        if facet == "fate":
            return {t["fate"]} if t.get("fate") else {"unknown"}
        return set(t.get({"country": "countries", "role": "roles", "decade": "decades"}[facet], ()))

    def keep(key: str, skip: str | None = None) -> bool:
        return all(
            chosen[f] is None or chosen[f] in values(key, f)
            for f in ("fate", "country", "role", "decade")
            if f != skip
        )

    facets: dict[str, dict[str, int]] = {}
    for f in ("fate", "country", "role", "decade"):
        counts: Counter[str] = Counter()
        for p in found.persons:
            if keep(p.id, skip=f):
                counts.update(values(p.id, f))
        facets[f] = dict(sorted(counts.items()))
    facets["kind"] = dict(sorted(Counter(kinds.get(x.source, "?") for x in found.passages).items()))
    return FacetedSearch(
        found.query, found.keys,
        tuple(p for p in found.persons if keep(p.id)),
        tuple(x for x in found.passages if kind is None or kinds.get(x.source) == kind),
        facets, chosen,
    )  # fmt: skip
