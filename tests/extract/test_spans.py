"""Items kept or dropped by the spans they start in (extract/spans.py)."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from narkomindel.extract.spans import starting_outside


@dataclass(frozen=True)
class Span:
    start: int
    end: int


spans = st.builds(lambda a, n: Span(a, a + n), st.integers(0, 200), st.integers(0, 30))


@given(st.lists(spans, max_size=40), st.lists(spans, max_size=40))
def test_an_item_is_kept_exactly_when_it_starts_inside_no_taken_span(
    items: list[Span], taken: list[Span]
) -> None:
    pairwise = [i for i in items if not any(t.start <= i.start < t.end for t in taken)]
    assert starting_outside(items, taken) == pairwise


def test_nothing_taken_keeps_every_item_in_order() -> None:
    items = [Span(9, 12), Span(1, 4)]
    assert starting_outside(items, []) == items
