"""Survival and competing risks: how long the diplomats remained free and alive from a
start date (default 1 January 1936).

* :func:`survival_data` turns each person into a time (years from the start) and an
  outcome: *arrest* (any repression, at its first dated fate), *death*, *defection*,
  or *censored*. Censoring, in words: a person stated to have survived is followed
  to the end of the study; a person with no stated fate is followed to the end of
  the last year their career record shows (so someone whose record stops in 1937
  leaves the study then, which is why *likely purged* persons are censored, not
  counted as arrested, unless ``likely_as_arrest`` says otherwise); a defector leaves
  the Soviet state's reach at the defection. Persons not known to be in service at
  the start (their record ends before it) and persons whose deciding fate has no
  date are left out, and counted.
* :func:`kaplan_meier` (product-limit, Greenwood variance, log-log 95% interval) of
  remaining free and alive (arrest or death is the event; defection censors), with
  an at-risk table.
* :func:`cumulative_incidence` (Aalen–Johansen): the probability of arrest, of
  defection and of natural death by each time, each in the presence of the others —
  not 1 − KM, which overstates a cause when others compete.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from narkomindel.analyse.cohorts import DEFAULT_PARAMS, CohortParams, value_of
from narkomindel.analyse.fates import (
    ARREST,
    DEFAULT_RULE,
    DIED_DEFECTED,
    SURVIVED,
    TERMINAL,
    FateRule,
    PersonFate,
    classified,
)
from narkomindel.analyse.numbers import Z95, edtf_date
from narkomindel.query.analysis import PersonProfile
from narkomindel.query.results import Result

__all__ = [
    "OUTCOMES",
    "SurvivalPoint",
    "Spell",
    "SurvivalData",
    "survival_data",
    "KMStep",
    "KaplanMeier",
    "kaplan_meier",
    "CumulativeIncidence",
    "cumulative_incidence",
    "years_between",
]

ARRESTED = "arrest"
DEATH = "death"
DEFECTION = "defection"
CENSORED = "censored"
OUTCOMES = (ARRESTED, DEFECTION, DEATH)


def years_between(a: date, b: date) -> float:
    return (b - a).days / 365.25


@dataclass(frozen=True, repr=False)
class Spell(Result):
    """One person's time at risk: years from the start to the outcome or censoring."""

    id: str
    name: str
    time: float
    outcome: str  # arrest | death | defection | censored
    reason: str
    group: str | None = None
    evidence: tuple[str, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("name", "time", "outcome")


@dataclass(frozen=True, repr=False)
class SurvivalData(Result):
    """The spells of a population, and who was left out and why."""

    start: str
    end: str
    spells: tuple[Spell, ...]
    excluded: dict[str, int] = field(default_factory=dict)
    censoring: str = ""

    SHOWN: ClassVar[tuple[str, ...]] = ("start", "end")


_CENSORING = (
    "Censoring: a person stated to have survived is followed to the end of the study; a "
    "person with no stated fate to the end of the last year of their career record; a "
    "defector up to the defection (for the competing risks, defection is an outcome of its "
    "own). Left out: persons whose record ends before the start, and persons whose "
    "deciding fate has no date. Year-only dates count as 1 July, month-only as the 15th."
)


def survival_data(
    people: Iterable[PersonProfile],
    *,
    start: date = date(1936, 1, 1),
    end: date = date(1945, 12, 31),
    rule: FateRule = DEFAULT_RULE,
    group_by: str | None = None,
    params: CohortParams = DEFAULT_PARAMS,
    likely_as_arrest: bool = False,
    memo: dict[str, PersonFate] | None = None,
) -> SurvivalData:
    """Each person's spell from ``start`` (see the module's documentation); ``group_by``
    a cohort variable to split the curves by; ``memo`` as
    :func:`narkomindel.analyse.fates.classified`."""
    spells: list[Spell] = []
    excluded: dict[str, int] = {}

    def leave(why: str) -> None:
        excluded[why] = excluded.get(why, 0) + 1

    people = list(people)
    for p, pf in zip(people, classified(people, rule, memo), strict=True):
        group = value_of(p, group_by, params)[0] if group_by else None
        # a rehabilitation's date is not the repression's (it came decades later)
        repressions = [
            f for f in p.fates
            if (f.value in TERMINAL or f.value == ARREST) and f.value != "rehabilitated"
        ]  # fmt: skip
        when: date | None = None
        outcome = CENSORED
        evidence: tuple[str, ...] = tuple(f.id for f in pf.evidence)
        if pf.fate_class == "purged":
            dated = sorted(
                (d, f.id) for f in repressions for d in [edtf_date(f.start or f.end)] if d
            )
            if not dated:
                leave("repression undated")
                continue
            when, outcome, evidence = dated[0][0], ARRESTED, (dated[0][1],)
        elif pf.fate_class == DIED_DEFECTED or (pf.fate_class == SURVIVED and pf.event_date):
            f = pf.evidence[0] if pf.evidence else None
            when = edtf_date(f.start or f.end) if f else None
            if when is None:
                leave("fate undated")
                continue
            outcome = DEFECTION if f and f.value == "defected" else DEATH
        elif pf.fate_class == SURVIVED:
            when, outcome = end, CENSORED
        elif pf.fate_class == "unknown" and pf.evidence and pf.evidence[0].value == "died":
            leave("death undated or of unknown cause")
            continue
        else:
            if p.last_year is None:
                leave("no dated career record")
                continue
            when = date(p.last_year, 12, 31)
            if likely_as_arrest and pf.fate_class == "likely purged":
                when, outcome = date(p.last_year, 7, 1), ARRESTED
        if when < start:
            leave("record ends before the start")
            continue
        if when > end:
            when, outcome = end, CENSORED
        reason = pf.reason if outcome != CENSORED else f"censored: {pf.reason}"
        spells.append(Spell(p.id, p.name, round(years_between(start, when), 4), outcome, reason,
                            group, evidence))  # fmt: skip
    return SurvivalData(start.isoformat(), end.isoformat(), tuple(spells), excluded, _CENSORING)


@dataclass(frozen=True, repr=False)
class KMStep(Result):
    """The curve at one event time: at risk, events, censored since the last step,
    the survival estimate and its 95% interval."""

    time: float
    at_risk: int
    events: int
    censored: int
    survival: float
    ci_low: float | None
    ci_high: float | None

    SHOWN: ClassVar[tuple[str, ...]] = ("time", "at_risk", "events", "survival")


@dataclass(frozen=True, repr=False)
class SurvivalPoint(Result):
    """The at-risk table at a time: how many still followed, and events so far."""

    time: float
    at_risk: int
    events_so_far: int
    censored_so_far: int
    survival: float

    SHOWN: ClassVar[tuple[str, ...]] = ("time", "at_risk", "survival")


@dataclass(frozen=True, repr=False)
class KaplanMeier(Result):
    group: str | None
    n: int
    events: int
    steps: tuple[KMStep, ...]
    at_risk: tuple[SurvivalPoint, ...]
    median: float | None

    SHOWN: ClassVar[tuple[str, ...]] = ("group", "n", "events", "median")

    def survival_at(self, t: float) -> float:
        s = 1.0
        for step in self.steps:
            if step.time <= t:
                s = step.survival
        return s


def kaplan_meier(
    spells: Sequence[Spell],
    *,
    events: Iterable[str] = (ARRESTED, DEATH),
    group: str | None = None,
    table_times: Sequence[float] | None = None,
) -> KaplanMeier:
    """The product-limit estimate over ``spells`` with ``events`` as the event (others
    censor). At a time with both, events come before censorings (the usual convention).
    ``table_times``: where the at-risk table is read (default: every whole year)."""
    kinds = set(events)
    data = sorted((s.time, s.outcome in kinds) for s in spells)
    n = len(data)
    steps: list[KMStep] = []
    surv, var_sum = 1.0, 0.0
    i, at_risk, censored_since = 0, n, 0
    while i < n:
        t = data[i][0]
        d = c = 0
        while i < n and data[i][0] == t:
            if data[i][1]:
                d += 1
            else:
                c += 1
            i += 1
        if d:
            surv *= 1 - d / at_risk
            if at_risk > d:
                var_sum += d / (at_risk * (at_risk - d))
            steps.append(
                KMStep(t, at_risk, d, censored_since, surv, *_loglog(surv, var_sum, d, at_risk))
            )
            censored_since = c
        else:
            censored_since += c
        at_risk -= d + c
    total_events = sum(1 for _t, e in data if e)
    horizon = max((t for t, _e in data), default=0.0)
    times = (
        list(table_times)
        if table_times is not None
        else [float(k) for k in range(int(horizon) + 1)]
    )
    table = []
    all_times = [u for u, _e in data]
    event_times = [u for u, e in data if e]
    censor_times = [u for u, e in data if not e]
    for t in times:
        table.append(
            SurvivalPoint(
                t,
                n - bisect_left(all_times, t),  # still followed at t
                bisect_right(event_times, t),  # events up to and at t
                bisect_left(censor_times, t),  # censored before t
                round(_surv_at(steps, t), 4),
            )
        )
    median = next((s.time for s in steps if s.survival <= 0.5), None)
    return KaplanMeier(group, n, total_events, tuple(steps), tuple(table), median)


def _surv_at(steps: Sequence[KMStep], t: float) -> float:
    s = 1.0
    for step in steps:
        if step.time <= t:
            s = step.survival
    return s


def _loglog(s: float, var_sum: float, d: int, at_risk: int) -> tuple[float | None, float | None]:
    """The log-log 95% interval of a survival estimate (Greenwood's variance)."""
    if s <= 0 or s >= 1 or var_sum <= 0:
        return None, None
    se = math.sqrt(var_sum) / abs(math.log(s))
    lo = s ** math.exp(Z95 * se)
    hi = s ** math.exp(-Z95 * se)
    return lo, hi


@dataclass(frozen=True, repr=False)
class CIFPoint(Result):
    time: float
    at_risk: int
    incidence: dict[str, float]
    events: dict[str, int]

    SHOWN: ClassVar[tuple[str, ...]] = ("time", "incidence")


@dataclass(frozen=True, repr=False)
class CumulativeIncidence(Result):
    """Aalen–Johansen cumulative incidence of each outcome, in the presence of the others."""

    group: str | None
    n: int
    outcomes: tuple[str, ...]
    points: tuple[CIFPoint, ...]
    final: dict[str, float]
    one_minus_km: dict[str, float]  # what 1 − KM of each cause alone would (wrongly) say

    SHOWN: ClassVar[tuple[str, ...]] = ("n", "final")


def cumulative_incidence(
    spells: Sequence[Spell], *, outcomes: Sequence[str] = OUTCOMES, group: str | None = None
) -> CumulativeIncidence:
    """CIF_k(t) = Σ_{t_j ≤ t} S(t_j−) · d_kj / n_j, with S the all-cause survival."""
    data = sorted((s.time, s.outcome) for s in spells)
    n = len(data)
    cif = {k: 0.0 for k in outcomes}
    alone = {k: 1.0 for k in outcomes}  # 1 − this is what 1 − KM of each cause would say
    surv = 1.0
    points: list[CIFPoint] = []
    i, at_risk = 0, n
    while i < n:
        t = data[i][0]
        d: dict[str, int] = {k: 0 for k in outcomes}
        c = 0
        while i < n and data[i][0] == t:
            if data[i][1] in d:
                d[data[i][1]] += 1
            else:
                c += 1
            i += 1
        total = sum(d.values())
        if total:
            for k in outcomes:
                cif[k] += surv * d[k] / at_risk
                if d[k]:  # the Kaplan–Meier of cause k alone (the others censor), same steps
                    alone[k] *= 1 - d[k] / at_risk
            surv *= 1 - total / at_risk
            points.append(CIFPoint(t, at_risk, dict(cif), d))
        at_risk -= total + c
    naive = {k: 1 - alone[k] for k in outcomes}
    return CumulativeIncidence(group, n, tuple(outcomes), tuple(points), dict(cif), naive)


def groups_of(data: SurvivalData) -> dict[str | None, list[Spell]]:
    out: dict[str | None, list[Spell]] = {}
    for s in data.spells:
        out.setdefault(s.group, []).append(s)
    return dict(sorted(out.items(), key=lambda kv: (kv[0] is None, str(kv[0]))))


def curves(data: SurvivalData) -> list[KaplanMeier]:
    """A Kaplan–Meier curve for every group (one for all when not grouped)."""
    return [kaplan_meier(sp, group=g) for g, sp in groups_of(data).items()]


def spells_dicts(data: SurvivalData) -> list[dict[str, Any]]:
    return [s.to_dict() for s in data.spells]
