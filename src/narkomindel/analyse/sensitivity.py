"""Sensitivity: the same fate table recomputed on other evidence (curator-accepted
factoids only; without one kind of source; one kind only) or by another fate coding,
each beside the base table with the difference."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

from narkomindel.analyse.cohorts import DEFAULT_PARAMS, CohortParams
from narkomindel.analyse.fates import CLASSES, PURGED_OR_LIKELY, FateRule, PersonFate, fate_table
from narkomindel.query.analysis import PersonProfile
from narkomindel.query.results import Result

__all__ = ["Variant", "SensitivityRow", "SensitivityTable", "sensitivity_table"]

_SHOWN = (*CLASSES[:2], PURGED_OR_LIKELY, *CLASSES[2:])


@dataclass(frozen=True)
class Variant:
    """One way of recomputing: its name, what it means, the profiles it reads, the rule
    (``memo``: the persons' classes under that rule where already worked out)."""

    name: str
    meaning: str
    profiles: Sequence[PersonProfile]
    rule: FateRule
    memo: dict[str, PersonFate] | None = None


@dataclass(frozen=True, repr=False)
class SensitivityRow(Result):
    variant: str
    meaning: str
    N: int
    counts: dict[str, int]
    shares: dict[str, float | None]  # percent
    difference: dict[str, float | None]  # percentage points against the base

    SHOWN: ClassVar[tuple[str, ...]] = ("variant", "N")


@dataclass(frozen=True, repr=False)
class SensitivityTable(Result):
    population: str
    cohort: str | None
    rows: tuple[SensitivityRow, ...]

    SHOWN: ClassVar[tuple[str, ...]] = ("population",)


def sensitivity_table(
    variants: Sequence[Variant],
    *,
    population_name: str = "staff",
    cohort: str | None = None,
    params: CohortParams = DEFAULT_PARAMS,
) -> SensitivityTable:
    """A row per variant (the first is the base): N, counts and shares of each class,
    and the difference from the base in percentage points."""
    rows: list[SensitivityRow] = []
    base: Mapping[str, float | None] | None = None
    for v in variants:
        t = fate_table(v.profiles, population_name=population_name, cohort=cohort, rule=v.rule,
                       params=params, memo=v.memo)  # fmt: skip
        counts = {c: t.row(c).n for c in _SHOWN}
        shares = {
            c: (None if t.row(c).share is None else round(100 * (t.row(c).share or 0), 1))
            for c in _SHOWN
        }
        if base is None:
            base = shares
        diff = {
            c: (
                None
                if shares[c] is None or base[c] is None
                else round((shares[c] or 0) - (base[c] or 0), 1)
            )
            for c in _SHOWN
        }
        rows.append(SensitivityRow(v.name, v.meaning, t.N, counts, shares, diff))
    return SensitivityTable(population_name, cohort, tuple(rows))
