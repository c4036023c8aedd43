"""EDTF values turned into plain ISO dates for the export formats."""

from __future__ import annotations

import pytest

from narkomindel.export.dates import iso_bounds, iso_or_none


@pytest.mark.parametrize("value", ["1937", "1937-05", "1937-05-03"])
def test_plain_iso_dates_pass(value: str) -> None:
    assert iso_or_none(value) == value


@pytest.mark.parametrize(
    "value", ["1918-40", "1918-41", "1939-21", "1936-06~", "193X", "1937/1938"]
)
def test_sub_year_codes_and_qualified_values_are_not_iso_dates(value: str) -> None:
    assert iso_or_none(value) is None


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("1918-40", ("1918-01-01", "1918-06-30")),
        ("1918-41", ("1918-07-01", "1918-12-31")),
        ("1939-21", ("1939-03-01", "1939-05-31")),
        ("1939-24", ("1939-12-01", "1940-02-29")),
        ("1937-05", ("1937-05-01", "1937-05-31")),
        ("1930/1933", ("1930-01-01", "1933-12-31")),
    ],
)
def test_bounds_of_seasons_and_halves(value: str, bounds: tuple[str, str]) -> None:
    assert iso_bounds(value) == bounds
