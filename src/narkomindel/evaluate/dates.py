"""Dates exact: of a gold reference's dated claims that a stored claim matches, the
share whose stored date is the reference's date exactly.

A reference post is dated when it gives a ``start`` or an ``end``, a fate or an
event when it gives a ``date``. The stored claim it is compared with is the one the
scorer of its kind matched (posts, events); for a fate, the stored fate of the same
person and the same fate (else of the same fate class), the one whose evidence
overlaps the reference's evidence first. Dates are compared as EDTF strings at
the precision given ("1937" is not "1937-11"); a term whose end is its start, or
has no end, is one date ("В 1921 году": start 1921, end null or 1921).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["DateScore", "term", "same_term", "evidence_span"]


@dataclass
class DateScore:
    """``dated`` reference claims, ``found`` (matched by a stored claim), ``exact``."""

    dated: int = 0
    found: int = 0
    exact: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def share(self) -> float:
        """Exact of found (0.0 when nothing dated was found)."""
        return self.exact / self.found if self.found else 0.0

    def add(self, other: DateScore) -> None:
        self.dated += other.dated
        self.found += other.found
        self.exact += other.exact

    def row(self) -> dict[str, Any]:
        return {
            "kind": "dates_exact",
            "dated": self.dated,
            "found": self.found,
            "exact": self.exact,
            "share": round(self.share, 3),
        }

    def count(self, kind: str, gold: tuple[str | None, str | None],
              stored: tuple[str | None, str | None] | None, keep: int,
              what: str = "") -> None:  # fmt: skip
        """Count one reference claim dated ``gold`` whose matched claim has ``stored``
        (None: no stored claim matched it). Undated reference claims are not counted."""
        g = term(*gold)
        if g == (None, None):
            return
        self.dated += 1
        if stored is None:
            return
        self.found += 1
        if same_term(gold, stored):
            self.exact += 1
        elif len(self.errors) < keep:
            self.errors.append({"kind": "date", "error": "not exact", "claim": kind,
                                "what": what, "reference": list(g),
                                "stored": list(term(*stored))})  # fmt: skip


def _clean(date: str | None) -> str | None:
    if date is None:
        return None
    date = str(date).strip()
    return date or None


def term(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """A date or interval as (start, end), ``end`` None when it is the start; an
    interval written in one string ("1933/1937") is split."""
    start, end = _clean(start), _clean(end)
    if start and end is None and "/" in start:
        start, end = (_clean(p) for p in start.split("/", 1))
    if end == start:
        end = None
    return start, end


def same_term(gold: tuple[str | None, str | None], stored: tuple[str | None, str | None]) -> bool:
    """Whether the stored term is the reference's exactly (same precision)."""
    return term(*gold) == term(*stored)


def evidence_span(text: str, evidence: str | None) -> tuple[int, int] | None:
    """Where a reference's quoted evidence is in the file's text (first occurrence)."""
    if not evidence:
        return None
    at = text.find(evidence)
    return None if at < 0 else (at, at + len(evidence))
