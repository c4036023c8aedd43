"""Items by position (issue 10): what starts inside a stretch of text, found by bisection
rather than by reading every item of the document, so that rules run per sentence or per
claim do work bounded by the sentence, not by the document."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

__all__ = ["ByStart", "starting_outside"]

T = TypeVar("T")


class ByStart(Generic[T]):
    """``items`` indexed by a start offset; :meth:`between` keeps the items' own order."""

    def __init__(self, items: Sequence[T], start: Callable[[T], int]) -> None:
        self.items = items
        self._order = sorted(range(len(items)), key=lambda k: (start(items[k]), k))
        self._starts = [start(items[k]) for k in self._order]

    def positions(self, lo: int, hi: int) -> list[int]:
        """Positions in ``items`` of the items starting at ``lo`` or later, before ``hi``."""
        a, b = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return sorted(self._order[a:b])

    def between(self, lo: int, hi: int) -> list[T]:
        """The items starting at ``lo`` or later and before ``hi``, in their own order."""
        return [self.items[k] for k in self.positions(lo, hi)]


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def starting_outside(items: Sequence[S], taken: Sequence[_Span]) -> list[S]:
    """The ``items`` that do not start inside any span of ``taken``, in their order: one
    mark per covered character, so time is linear in the text, not items × spans."""
    if not taken:
        return list(items)
    covered = bytearray(max(t.end for t in taken) + 1)
    for t in taken:
        covered[t.start : t.end] = b"\x01" * max(t.end - t.start, 0)
    return [i for i in items if not (0 <= i.start < len(covered) and covered[i.start])]
