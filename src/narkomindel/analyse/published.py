"""Published figures beside computed ones: each statistical statement a study makes
(a ``statistic`` factoid, with its span) next to the value the register gives for
the same population, variable and category, with the n behind it.

Where the register cannot say — too few persons, the variable known for too few,
or a statement the register has no counterpart for — the comparison says so, and
gives no number it does not have.
"""

from __future__ import annotations

import statistics as st
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, ClassVar

from narkomindel.analyse.cohorts import (
    DEFAULT_PARAMS,
    CohortParams,
    CohortTable,
    cohort_table,
    number_of,
    slug,
)
from narkomindel.analyse.fates import (
    CLASSES,
    DEFAULT_RULE,
    PURGED,
    PURGED_OR_LIKELY,
    FateRule,
    FateTable,
    PersonFate,
    classified,
    fate_table,
    population,
)
from narkomindel.analyse.numbers import share
from narkomindel.query.analysis import PersonProfile, Statistic
from narkomindel.query.results import Result

__all__ = ["Comparison", "compare", "MIN_N", "MIN_KNOWN", "POPULATION_OF"]

#: below this many persons a computed share is not set beside a published one
MIN_N = 20
#: below this many persons with the variable known, likewise
MIN_KNOWN = 10

#: a study's population → (the register's population, cohort)
POPULATION_OF = {
    "staff": ("staff", None),
    "unspecified": ("staff", None),
    "elite": ("elite", None),
    "pre-purge generation": ("staff", "generation=pre-purge"),
    "post-purge generation": ("staff", "generation=post-purge"),
}

#: a study's category → word stems the register's stated values are matched by
#: (English and Russian forms: registry records state nationality in Russian)
_STEMS = {
    "russian": ("russian", "great russian", "русск", "великорус"),
    "jewish": ("jew", "еврей", "евре"),
    "ukrainian": ("ukrain", "украин"),
    "latvian": ("latvi", "lett", "латыш", "латви"),
    "armenian": ("armen", "армян"),
    "georgian": ("georgi", "грузин"),
    "polish": ("pol", "поляк", "польк"),
    "german": ("german", "немец", "немк"),
    "lithuanian": ("lithuan", "литов"),
    "estonian": ("eston", "эстон"),
    "middle class": ("middle", "bourgeois", "служащ", "intelligent", "интеллигент"),
    "nobility": ("nobl", "дворян"),
    "workers": ("worker", "working", "рабоч"),
    "peasants": ("peasant", "крестья"),
    "higher": ("higher", "university", "college", "высш"),
    "graduate or professional": ("graduate", "professional"),
    "technical": ("technical", "техн"),
    "before 1917": ("before-",),
    "1917-1920": ("1917-1920",),
}


@dataclass(frozen=True, repr=False)
class Comparison(Result):
    """A published figure and the register's value for the same thing, side by side."""

    statistic: Statistic
    population: str
    cohort: str | None
    computed: float | None  # percent for shares, persons for counts, years for ages
    n: int | None
    N: int | None
    ci_low: float | None
    ci_high: float | None
    known: int | None
    status: str  # compared | too small | not computable
    note: str
    persons: tuple[str, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("population", "computed", "status")

    def to_dict(self) -> dict[str, Any]:
        s = self.statistic
        return {
            "published": s.figure, "value": s.value, "unit": s.unit, "qualifier": s.qualifier,
            "population": s.population, "variable": s.variable, "category": s.category,
            "measure": s.measure, "source": s.source, "path": s.path, "factoid": s.id,
            "start": s.start_char, "end": s.end_char,
            "register_population": self.population, "cohort": self.cohort,
            "computed": self.computed, "n": self.n, "N": self.N, "ci_low": self.ci_low,
            "ci_high": self.ci_high, "known": self.known, "status": self.status,
            "note": self.note, "persons": list(self.persons),
        }  # fmt: skip


def _pct(x: float | None) -> float | None:
    return None if x is None else round(100 * x, 1)


def _matches(category: str, label: str) -> bool:
    stems = _STEMS.get(category, (category,))
    low = label.lower()
    return any(low.startswith(s) or slug(low).startswith(slug(s)) or s in low for s in stems)


def compare(
    stats: Sequence[Statistic],
    profiles: Sequence[PersonProfile],
    *,
    rule: FateRule = DEFAULT_RULE,
    params: CohortParams = DEFAULT_PARAMS,
    memo: dict[str, PersonFate] | None = None,
) -> list[Comparison]:
    """Every statement beside the register's value (see the module's documentation).
    Each population, fate table and cohort table is computed once for all statements,
    each person classified once (``memo``: see
    :func:`narkomindel.analyse.fates.classified`)."""
    out: list[Comparison] = []
    cache = _Cache(profiles, rule, params, {} if memo is None else memo)
    for s in stats:
        pop, cohort = POPULATION_OF.get(s.population, ("staff", None))
        people = cache.people(pop, cohort)
        base = Comparison(s, pop, cohort, None, None, len(people), None, None, None,
                          "not computable", "")  # fmt: skip
        out.append(_one(s, base, people, cache))
    return out


class _Cache:
    """Populations, fate tables, cohort tables and fate classes, each computed once."""

    def __init__(
        self, profiles: Sequence[PersonProfile], rule: FateRule, params: CohortParams,
        memo: dict[str, PersonFate],
    ) -> None:  # fmt: skip
        self.profiles, self.rule, self.params, self.memo = profiles, rule, params, memo
        self._people: dict[tuple[str, str | None], list[PersonProfile]] = {}
        self._tables: dict[tuple[str, str | None], FateTable] = {}
        self._cohorts: dict[tuple[str, str | None, str], CohortTable] = {}

    def people(self, pop: str, cohort: str | None) -> list[PersonProfile]:
        key = (pop, cohort)
        if key not in self._people:
            self._people[key] = population(self.profiles, pop, cohort=cohort, params=self.params)
        return self._people[key]

    def fates(self, pop: str, cohort: str | None) -> FateTable:
        key = (pop, cohort)
        if key not in self._tables:
            self._tables[key] = fate_table(self.people(pop, cohort), population_name="all",
                                           rule=self.rule, params=self.params,
                                           memo=self.memo)  # fmt: skip
        return self._tables[key]

    def cohort(self, pop: str, cohort: str | None, variable: str) -> CohortTable:
        key = (pop, cohort, variable)
        if key not in self._cohorts:
            self._cohorts[key] = cohort_table(self.people(pop, cohort), variable, population=pop,
                                              params=self.params)  # fmt: skip
        return self._cohorts[key]

    def fate_class(self, p: PersonProfile) -> str:
        return classified([p], self.rule, self.memo)[0].fate_class


def _one(s: Statistic, base: Comparison, people: list[PersonProfile], cache: _Cache) -> Comparison:
    params = cache.params
    total = len(people)
    small = total < MIN_N
    if s.variable == "size":
        note = f"the register's {base.population} holds {total} persons"
        if s.value and total < s.value / 2:
            note += f", under half the {s.value:g} the study counts: a partial register"
        return replace(base, computed=float(total), n=total, status="compared", note=note)
    if s.variable == "fate" and s.measure == "share":
        if s.category not in (*CLASSES, PURGED_OR_LIKELY):
            return replace(base, note=f"no fate class {s.category!r} in the register")
        table = cache.fates(base.population, base.cohort)
        row = table.row(s.category)
        status = "too small" if small else "compared"
        note = (
            f"{row.n} of {row.N}; share among known fates {_pct(row.share_known)}%"
            f" (unknowns {table.unknown}); bounds {_pct(row.bound_low)}–{_pct(row.bound_high)}%"
            if total and s.category != "unknown"
            else f"{row.n} of {row.N} with no known fate"
            if total
            else "no person of the register in this population"
        )
        if small and total:
            note = f"only {total} persons (fewer than {MIN_N}): " + note
        return replace(base, computed=_pct(row.share), n=row.n, N=row.N, ci_low=_pct(row.ci_low),
                       ci_high=_pct(row.ci_high), known=table.known, status=status, note=note,
                       persons=row.persons)  # fmt: skip
    if s.variable in ("class_origin", "nationality", "education", "party_joined"):
        t = cache.cohort(base.population, base.cohort, s.variable)
        rows = [r for r in t.rows if _matches(s.category, r.label)]
        n = sum(r.n for r in rows)
        persons = tuple(p for r in rows for p in r.persons)
        if t.known < MIN_KNOWN:
            return replace(base, n=n, known=t.known, status="too small",
                           note=f"{s.variable} is known for {t.known} of {total} persons"
                           f" (fewer than {MIN_KNOWN}): the register cannot reproduce this figure",
                           persons=persons)  # fmt: skip
        sh = share(n, t.known)
        return replace(base, computed=_pct(sh.share), n=n, N=t.known, ci_low=_pct(sh.low),
                       ci_high=_pct(sh.high), known=t.known, status="compared",
                       note=f"{n} of the {t.known} persons whose {s.variable} is known"
                       f" ({total} in all; coverage {_pct(t.coverage)}%)", persons=persons)  # fmt: skip
    if s.variable in ("age", "age_at_entry") and s.measure in ("mean", "median", "mode"):
        group = people
        if s.category == PURGED:
            group = [p for p in people if cache.fate_class(p) == PURGED]
        ref = params
        if s.variable == "age" and s.period and s.period[:4].isdigit():
            ref = replace(params, reference=date(int(s.period[:4]), 1, 1))
        values = [v for p in group for v in [number_of(p, s.variable, ref)[0]] if v is not None]
        if len(values) < MIN_KNOWN:
            return replace(base, n=len(values), N=len(group), known=len(values), status="too small",
                           note=f"{s.variable} is known for {len(values)} of {len(group)} persons"
                           f" (fewer than {MIN_KNOWN})")  # fmt: skip
        if s.measure == "mean":
            value: float | None = round(st.fmean(values), 1)
        elif s.measure == "median":
            value = float(st.median(values))
        else:
            modes = st.multimode(values)
            value = modes[0] if len(modes) == 1 else None
        return replace(base, computed=value, n=len(values), N=len(group), known=len(values),
                       status="compared", note=f"{s.measure} over the {len(values)} persons whose"
                       f" {s.variable.replace('_', ' ')} is known")  # fmt: skip
    return replace(base, note=f"the register has no counterpart for a {s.measure} of "
                   f"{s.variable or 'an unnamed variable'}")  # fmt: skip
