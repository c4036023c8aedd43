"""What the register holds, and how much of it is known: the home page's numbers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from narkomindel.query.results import Result
from narkomindel.store import views
from narkomindel.store.database import Store

__all__ = ["Overview", "overview"]


@dataclass(frozen=True, repr=False)
class Overview(Result):
    """Counts of the register, and coverage: of the persons of the texts (and of the
    diplomats among them), how many have a known fate, a dated post, a birth year."""

    counts: dict[str, int]
    coverage: dict[str, int]
    diplomats: dict[str, int]

    SHOWN: ClassVar[tuple[str, ...]] = ("counts",)

    def share(self, group: str, what: str) -> float | None:
        """The share (0..1) of ``group`` ("coverage" or "diplomats") with ``what`` known."""
        g: dict[str, Any] = getattr(self, group)
        return (g[what] / g["persons"]) if g["persons"] else None


def overview(store: Store) -> Overview:
    """The register's counts (persons, sources, factoids, events, links waiting) and its
    coverage (known fate, dated post, birth year) with the denominators."""
    with store.reading():
        return Overview(
            views.register_counts(store),
            views.coverage_counts(store),
            views.coverage_counts(store, diplomats=True),
        )
