"""Cohorts: who a person was, as the purge studies compare them — age at a reference
date, year of entry into the service, generation (before or after the purges),
nationality, party seniority (Old Bolsheviks joined before 1917), class origin,
education, elite tier — each from the factoids, with its coverage.

A value is *known* only when a factoid states it; nobody is put in a category by
default (STROBE: report how many persons each variable is known for).
"""

from __future__ import annotations

import re
import statistics as st
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from narkomindel.analyse.numbers import edtf_year, share
from narkomindel.errors import UsageError
from narkomindel.query.analysis import PersonProfile
from narkomindel.query.results import Result

__all__ = [
    "CohortParams",
    "DEFAULT_PARAMS",
    "VARIABLES",
    "NUMERIC",
    "birth_year",
    "value_of",
    "number_of",
    "parse_cohort",
    "in_cohort",
    "CohortRow",
    "CohortTable",
    "cohort_table",
    "cohort_tables",
    "slug",
]


@dataclass(frozen=True)
class CohortParams:
    """``reference``: the date ages are taken at; ``generation_split``: the first year of
    entry of the post-purge generation; ``old_bolshevik_before``: party members who
    joined before this year are Old Bolsheviks."""

    reference: date = date(1938, 1, 1)
    generation_split: int = 1937
    old_bolshevik_before: int = 1917

    def to_dict(self) -> dict[str, Any]:
        return {"reference": self.reference.isoformat(), "generation_split": self.generation_split,
                "old_bolshevik_before": self.old_bolshevik_before}  # fmt: skip


#: the default parameters
DEFAULT_PARAMS = CohortParams()

#: categorical variables (a label per person) and what each means
VARIABLES = {
    "age": "age at the reference date, in ten-year bands",
    "entry": "year of entry into the service (the first dated post)",
    "generation": "pre-purge (entered before the split year) or post-purge",
    "nationality": "nationality as the sources state it",
    "party_joined": "year of joining the party: Old Bolsheviks (before 1917), 1917–1920, later",
    "former_party": "a former party stated (Menshevik, Bund, SR ...)",
    "class_origin": "class origin as the sources state it",
    "education": "education as the sources state it",
    "tier": "elite (commissars, deputies, collegium, heads of mission) or other staff",
}
#: numeric variables (summarised by mean, median, mode)
NUMERIC = {
    "age": "age at the reference date (years)",
    "age_at_entry": "age at entry into the service (years)",
    "entry_year": "year of entry into the service",
    "party_year": "year of joining the party",
}

_ENTRY_BINS = ((1917, 1920), (1921, 1925), (1926, 1930), (1931, 1936), (1937, 1938),
               (1939, 1945))  # fmt: skip


def slug(text: str) -> str:
    return re.sub(r"[^0-9a-zа-яё]+", "-", text.lower()).strip("-")


_Known = tuple[Any, tuple[str, ...]]
_NONE: _Known = (None, ())


def _stated(p: PersonProfile) -> tuple[_Known, _Known, dict[str, _Known]]:
    """What a person's attributes state, in one pass over them, kept with the profile
    (every variable of every table asks again): the year of birth (the first birth
    with a readable year), the year of joining the party (the earliest), and each other
    attribute's first value — each with the factoid it comes from."""
    found: tuple[_Known, _Known, dict[str, _Known]] | None = p.__dict__.get("_stated")
    if found is None:
        birth, party = _NONE, _NONE
        first: dict[str, _Known] = {}
        for a in p.attributes:
            if a.attribute == "birth":
                if birth[0] is None and (y := edtf_year(a.value)) is not None:
                    birth = (y, (a.id,))
            elif a.attribute == "party_joined":
                if a.value.isdigit() and (
                    party[0] is None or (int(a.value), a.id) < (party[0], party[1][0])
                ):
                    party = (int(a.value), (a.id,))
            elif a.attribute not in first:
                first[a.attribute] = (a.value.strip(), (a.id,))
        found = p.__dict__["_stated"] = (birth, party, first)  # a cache, not a field
    return found


def birth_year(p: PersonProfile) -> tuple[int | None, tuple[str, ...]]:
    """The year of birth a factoid states (the first with a readable year)."""
    return _stated(p)[0]


def _first(p: PersonProfile, attribute: str) -> tuple[str | None, tuple[str, ...]]:
    return _stated(p)[2].get(attribute, _NONE)


def _party_year(p: PersonProfile) -> tuple[int | None, tuple[str, ...]]:
    """The earliest year of joining the party a factoid states."""
    return _stated(p)[1]


_Value = tuple[Any, tuple[str, ...]]
_Of = Callable[[PersonProfile, CohortParams], _Value]


def _age(p: PersonProfile, params: CohortParams) -> _Value:
    y, ids = birth_year(p)
    return (None, ()) if y is None else (float(params.reference.year - y), ids)


def _age_at_entry(p: PersonProfile, params: CohortParams) -> _Value:
    y, ids = birth_year(p)
    if y is None or p.first_year is None:
        return None, ()
    return float(p.first_year - y), ids


def _entry_year(p: PersonProfile, params: CohortParams) -> _Value:
    return (None, ()) if p.first_year is None else (float(p.first_year), ())


def _party_number(p: PersonProfile, params: CohortParams) -> _Value:
    y, ids = _party_year(p)
    return (None, ()) if y is None else (float(y), ids)


#: how each numeric variable is worked out (see :func:`number_of`)
_NUMBERS: dict[str, _Of] = {"age": _age, "age_at_entry": _age_at_entry,
                            "entry_year": _entry_year, "party_year": _party_number}  # fmt: skip


def _numeric(variable: str) -> _Of:
    of = _NUMBERS.get(variable)
    if of is None:
        raise UsageError(
            f"no numeric variable {variable!r}", hint=f"choose one of {', '.join(NUMERIC)}"
        )
    return of


def number_of(
    p: PersonProfile, variable: str, params: CohortParams = CohortParams()
) -> tuple[float | None, tuple[str, ...]]:
    """A numeric variable of one person, with the factoids it comes from."""
    return _numeric(variable)(p, params)


def _age_band(p: PersonProfile, params: CohortParams) -> _Value:
    age, ids = _age(p, params)
    if age is None:
        return None, ()
    if age < 30:
        return "under 30", ids
    if age >= 60:
        return "60 and over", ids
    lo = int(age // 10 * 10)
    return f"{lo}-{lo + 9}", ids


def _entry(p: PersonProfile, params: CohortParams) -> _Value:
    y = p.first_year
    if y is None:
        return None, ()
    for lo, hi in _ENTRY_BINS:
        if lo <= y <= hi:
            return f"{lo}-{hi}", ()
    return ("before 1917" if y < 1917 else "after 1945"), ()


def _generation(p: PersonProfile, params: CohortParams) -> _Value:
    if p.first_year is None:
        return None, ()
    return ("pre-purge" if p.first_year < params.generation_split else "post-purge"), ()


def _party_joined(p: PersonProfile, params: CohortParams) -> _Value:
    y, ids = _party_year(p)
    if y is None:
        return None, ()
    if y < params.old_bolshevik_before:
        return f"before {params.old_bolshevik_before} (Old Bolsheviks)", ids
    if y <= 1920:
        return f"{params.old_bolshevik_before}-1920", ids
    return "1921 or later", ids


def _tier(p: PersonProfile, params: CohortParams) -> _Value:
    return ("elite" if p.is_elite else "other staff"), ()


def _stated_value(attribute: str) -> _Of:
    def of(p: PersonProfile, params: CohortParams) -> _Value:
        value, ids = _first(p, attribute)
        return (value.lower() if value else None), ids

    return of


#: how each categorical variable is worked out (see :func:`value_of`)
_LABELS: dict[str, _Of] = {
    "age": _age_band, "entry": _entry, "generation": _generation,
    **{v: _stated_value(v) for v in ("nationality", "class_origin", "education", "former_party")},
    "party_joined": _party_joined, "tier": _tier,
}  # fmt: skip


def value_of(
    p: PersonProfile, variable: str, params: CohortParams = CohortParams()
) -> tuple[str | None, tuple[str, ...]]:
    """The label of a categorical variable for one person (None: not known), with the
    factoids it comes from."""
    of = _LABELS.get(variable)
    if of is None:
        raise UsageError(
            f"no cohort variable {variable!r}", hint=f"choose one of {', '.join(VARIABLES)}"
        )
    return of(p, params)


def parse_cohort(spec: str) -> tuple[str, str]:
    """``"generation=pre-purge"`` → ``("generation", "pre-purge")``."""
    variable, sep, label = spec.partition("=")
    variable = variable.strip().replace("-", "_")
    if not sep or not label.strip() or variable not in VARIABLES:
        raise UsageError(
            f"cannot read the cohort {spec!r}",
            hint=f"write VARIABLE=VALUE with VARIABLE one of {', '.join(VARIABLES)}"
            " (e.g. generation=pre-purge, party_joined=before-1917, entry=1921-1925)",
        )
    return variable, label.strip()


def in_cohort(p: PersonProfile, spec: str, params: CohortParams = CohortParams()) -> bool:
    """Whether a person belongs to the cohort ``VARIABLE=VALUE`` (the value may be the
    start of a label, in any case, with hyphens for spaces: ``before-1917``)."""
    variable, label = parse_cohort(spec)
    value, _ids = value_of(p, variable, params)
    return value is not None and slug(value).startswith(slug(label))


@dataclass(frozen=True, repr=False)
class CohortRow(Result):
    """One category of a variable: how many persons, and their share among the known."""

    label: str
    n: int
    known: int
    share: float | None
    ci_low: float | None
    ci_high: float | None
    persons: tuple[str, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("label", "n", "share")


@dataclass(frozen=True, repr=False)
class CohortTable(Result):
    """A variable over a population: its categories, how many persons it is known for
    (coverage), and for a numeric variable mean, median, mode and range."""

    variable: str
    meaning: str
    population: str
    N: int
    known: int
    coverage: float | None
    rows: tuple[CohortRow, ...] = ()
    numeric: dict[str, Any] = field(default_factory=dict)
    unknown_persons: tuple[str, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("variable", "N", "known")


def _numeric_summary(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"n": 0, "mean": None, "median": None, "mode": None, "min": None, "max": None}
    counts = Counter(values)
    top = max(counts.values())
    modes = sorted(v for v, c in counts.items() if c == top)
    return {
        "n": len(values), "mean": round(st.fmean(values), 2), "median": st.median(values),
        "mode": modes[0] if len(modes) == 1 else None, "modes": modes if top > 1 else [],
        "min": min(values), "max": max(values),
    }  # fmt: skip


def cohort_table(
    persons: Iterable[PersonProfile],
    variable: str,
    *,
    population: str = "staff",
    params: CohortParams = CohortParams(),
    numeric: str | None = None,
) -> CohortTable:
    """The categories of ``variable`` among ``persons`` with the coverage; ``numeric``
    (a key of :data:`NUMERIC`) adds its mean, median, mode and range."""
    people = list(persons)
    if variable not in VARIABLES and variable not in NUMERIC:
        raise UsageError(
            f"no cohort variable {variable!r}",
            hint=f"choose one of {', '.join(sorted({*VARIABLES, *NUMERIC}))}",
        )
    groups: dict[str, list[str]] = {}
    unknown: list[str] = []
    values: list[float] = []
    num = numeric or (variable if variable in NUMERIC else None)
    label_of = _LABELS.get(variable)  # each function looked up once, not per person
    number = _numeric(num) if num else None
    for p in people:
        if label_of is not None:
            label = label_of(p, params)[0]
            if label is None:
                unknown.append(p.id)
            else:
                groups.setdefault(label, []).append(p.id)
        if number is not None:
            v = number(p, params)[0]
            if v is not None:
                values.append(v)
            elif label_of is None:
                unknown.append(p.id)
    known = len(people) - len(unknown)
    rows = []
    for label, ids in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        s = share(len(ids), known)
        rows.append(CohortRow(label, len(ids), known, s.share, s.low, s.high, tuple(ids)))
    cov = share(known, len(people)).share
    return CohortTable(
        variable, VARIABLES.get(variable) or NUMERIC[variable], population, len(people), known,
        cov, tuple(rows), _numeric_summary(values) if num else {}, tuple(unknown),
    )  # fmt: skip


def cohort_tables(
    persons: Iterable[PersonProfile],
    *,
    population: str = "staff",
    params: CohortParams = CohortParams(),
    select: Callable[[str], bool] = lambda v: True,
) -> list[CohortTable]:
    """Every variable over a population (ages and entry with their numeric summaries)."""
    people = list(persons)
    numeric_of = {"age": "age", "entry": "entry_year", "party_joined": "party_year"}
    out = [
        cohort_table(people, v, population=population, params=params, numeric=numeric_of.get(v))
        for v in VARIABLES
        if select(v)
    ]
    if select("age_at_entry"):
        out.append(cohort_table(people, "age_at_entry", population=population, params=params))
    return out
