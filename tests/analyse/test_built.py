"""The fast constructor of the analyses' frozen results gives the same instance."""

from __future__ import annotations

import dataclasses

import pytest

from narkomindel.analyse.fates import PersonFate
from narkomindel.query.analysis import FateFact, PersonProfile, built


def test_built_equals_the_constructor_and_stays_frozen() -> None:
    fact = ("f-ab12-3", "arrested", "1937", None, "asserted", "primary", "x.txt", 1, 9, "q")
    assert built(FateFact, *fact) == FateFact(*fact)
    values = ("k|A", 7, "Ivo Vlinn", "text", True, False, True, (FateFact(*fact),), 1930, 1937,
              2, 1, None, ())  # fmt: skip
    made = built(PersonProfile, *values)
    assert made == PersonProfile(*values) and made.values("x") == []
    assert built(PersonFate, "k", "n", "purged", "r", (), None, None, None, 3) == PersonFate(
        "k", "n", "purged", "r", (), None, None, None, 3
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "other"  # type: ignore[misc]
    with pytest.raises(ValueError):
        built(FateFact, *fact[:-1])
