"""Stable ids: made and parsed by one pair of functions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from narkomindel.store.ids import parse_ref, ref


@given(
    st.sampled_from(["mention", "factoid", "event"]),
    st.text(alphabet="0123456789abcdef", min_size=16, max_size=64),
    st.integers(min_value=0, max_value=10**9),
)
def test_an_id_parses_back(kind: str, source: str, seq: int) -> None:
    assert parse_ref(ref(kind, source, seq)) == (kind, source[:16], seq)


def test_what_is_not_an_id() -> None:
    assert parse_ref("f-123") is None
    assert parse_ref("x-0123456789abcdef-1") is None
    assert parse_ref("f-0123456789abcdef-1.p0") is None  # a participation drawn from an event
