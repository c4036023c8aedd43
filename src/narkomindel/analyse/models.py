"""Models over survival spells: the log-rank test between groups and a Cox
proportional-hazards model on the covariates the register has (statsmodels, BSD),
each with the caveats its sample size calls for.

:func:`associations_test` puts a published claim to the register: that a diplomat's
past political associations (a former party: Menshevik, Bund, SR ...) did not
predict survival. A person's former party is *stated* or *not stated*; not stated
is not evidence of none, which the caveats say.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np

from narkomindel.analyse.cohorts import DEFAULT_PARAMS, CohortParams, number_of, value_of
from narkomindel.analyse.survival import ARRESTED, DEATH, Spell, SurvivalData, kaplan_meier
from narkomindel.query.analysis import PersonProfile
from narkomindel.query.results import Result

__all__ = [
    "COVARIATES",
    "LogRank",
    "logrank",
    "CoxTerm",
    "CoxModel",
    "cox_model",
    "AssociationTest",
    "associations_test",
]

EVENTS = (ARRESTED, DEATH)


def _elite(p: PersonProfile, params: CohortParams) -> float | None:
    return 1.0 if p.is_elite else 0.0


def _old_bolshevik(p: PersonProfile, params: CohortParams) -> float | None:
    year, _ids = number_of(p, "party_year", params)
    return None if year is None else float(year < params.old_bolshevik_before)


def _former_party(p: PersonProfile, params: CohortParams) -> float | None:
    return 1.0 if value_of(p, "former_party", params)[0] else 0.0


def _age(p: PersonProfile, params: CohortParams) -> float | None:
    return number_of(p, "age", params)[0]


def _pre_purge(p: PersonProfile, params: CohortParams) -> float | None:
    g = value_of(p, "generation", params)[0]
    return None if g is None else float(g == "pre-purge")


#: covariate name → (meaning, how it is read; None = not known for this person)
COVARIATES: dict[str, tuple[str, Callable[[PersonProfile, CohortParams], float | None]]] = {
    "elite": ("of the elite (1) or other staff (0)", _elite),
    "old_bolshevik": (
        "joined the party before 1917 (1) or later (0); unknown left out",
        _old_bolshevik,
    ),
    "former_party": ("a former party stated (1) or none stated (0)", _former_party),
    "age": ("age at the reference date, years; unknown left out", _age),
    "pre_purge": ("entered the service before the purges (1) or after (0)", _pre_purge),
}


@dataclass(frozen=True, repr=False)
class LogRank(Result):
    groups: tuple[str, ...]
    n: dict[str, int]
    events: dict[str, int]
    chi2: float | None
    p_value: float | None
    caveats: tuple[str, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("groups", "chi2", "p_value")


def _caveats(n: int, events: int, per_group: dict[str, int], terms: int = 1) -> list[str]:
    out = []
    if events < 10 * terms:
        out.append(
            f"only {events} events for {terms} covariate(s): fewer than ten per covariate, so"
            " the estimate is unstable and a non-significant result says little"
        )
    small = [g for g, k in per_group.items() if k < 10]
    if small:
        out.append(f"groups with fewer than 10 persons: {', '.join(small)}")
    if n < 30:
        out.append(f"{n} persons in all: too few to detect any but a very large difference")
    return out


def logrank(spells: Sequence[Spell], *, events: Sequence[str] = EVENTS) -> LogRank:
    """The log-rank test of equal survival between the groups of ``spells``."""
    groups = sorted({str(s.group) for s in spells if s.group is not None})
    used = [s for s in spells if s.group is not None]
    n = {g: sum(1 for s in used if s.group == g) for g in groups}
    ev = {g: sum(1 for s in used if s.group == g and s.outcome in events) for g in groups}
    caveats = _caveats(len(used), sum(ev.values()), n)
    if len(groups) < 2 or sum(ev.values()) == 0:
        return LogRank(tuple(groups), n, ev, None, None,
                       (*caveats, "the test needs two groups and at least one event"))  # fmt: skip
    from statsmodels.duration.survfunc import survdiff

    time = np.array([s.time for s in used], dtype=float)
    status = np.array([1 if s.outcome in events else 0 for s in used])
    group = np.array([s.group for s in used])
    chi2, p = survdiff(time, status, group)
    return LogRank(tuple(groups), n, ev, float(chi2), float(p), tuple(caveats))


@dataclass(frozen=True, repr=False)
class CoxTerm(Result):
    covariate: str
    meaning: str
    coef: float | None
    hazard_ratio: float | None
    ci_low: float | None
    ci_high: float | None
    p_value: float | None

    SHOWN: ClassVar[tuple[str, ...]] = ("covariate", "hazard_ratio", "p_value")


@dataclass(frozen=True, repr=False)
class CoxModel(Result):
    covariates: tuple[str, ...]
    n: int
    events: int
    left_out: int
    terms: tuple[CoxTerm, ...]
    converged: bool
    caveats: tuple[str, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("covariates", "n", "events")


def cox_model(
    data: SurvivalData,
    people: Sequence[PersonProfile],
    covariates: Sequence[str] = ("elite", "former_party"),
    *,
    params: CohortParams = DEFAULT_PARAMS,
    events: Sequence[str] = EVENTS,
) -> CoxModel:
    """A Cox model (Breslow ties) of arrest or death on ``covariates``; persons with a
    covariate unknown are left out (complete cases) and counted."""
    by_id = {p.id: p for p in people}
    rows: list[list[float]] = []
    times: list[float] = []
    status: list[int] = []
    left_out = 0
    for s in data.spells:
        p = by_id.get(s.id)
        if p is None:
            continue
        values = [COVARIATES[c][1](p, params) for c in covariates]
        if any(v is None for v in values):
            left_out += 1
            continue
        rows.append([float(v) for v in values if v is not None])
        times.append(s.time)
        status.append(1 if s.outcome in events else 0)
    n, k = len(rows), sum(status)
    caveats = _caveats(n, k, {}, len(covariates))
    empty = tuple(CoxTerm(c, COVARIATES[c][0], None, None, None, None, None) for c in covariates)
    if n == 0 or k == 0:
        return CoxModel(tuple(covariates), n, k, left_out, empty, False,
                        (*caveats, "no events: nothing to model"))  # fmt: skip
    X = np.array(rows, dtype=float)
    constant = [c for j, c in enumerate(covariates) if np.all(X[:, j] == X[0, j])]
    if constant:
        return CoxModel(tuple(covariates), n, k, left_out, empty, False,
                        (*caveats, f"no variation in {', '.join(constant)}: cannot be estimated"))  # fmt: skip
    from statsmodels.duration.hazard_regression import PHReg

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            fit = PHReg(np.array(times), X, status=np.array(status), ties="breslow").fit()
        except (np.linalg.LinAlgError, ValueError) as exc:
            return CoxModel(tuple(covariates), n, k, left_out, empty, False,
                            (*caveats, f"the model could not be fitted: {exc}"))  # fmt: skip
    converged = not any("converge" in str(w.message).lower() for w in caught)
    ci = np.asarray(fit.conf_int())
    terms = []
    for j, c in enumerate(covariates):
        coef = float(fit.params[j])
        finite = math.isfinite(coef) and abs(coef) < 20
        terms.append(
            CoxTerm(
                c,
                COVARIATES[c][0],
                coef,
                math.exp(coef) if finite else None,
                math.exp(ci[j, 0]) if finite else None,
                math.exp(ci[j, 1]) if finite else None,
                float(fit.pvalues[j]),
            )  # fmt: skip
        )
        if not finite:
            converged = False
    if not converged:
        caveats.append("the fit did not converge (a group with no events, or separation)")
    return CoxModel(tuple(covariates), n, k, left_out, tuple(terms), converged, tuple(caveats))


@dataclass(frozen=True, repr=False)
class AssociationTest(Result):
    """Did past political associations predict survival? Curves, log-rank, Cox."""

    claim: str
    groups: dict[str, int]
    survival_at: dict[str, dict[str, float]]
    logrank: LogRank
    cox: CoxModel
    verdict: str
    caveats: tuple[str, ...] = field(default_factory=tuple)

    SHOWN: ClassVar[tuple[str, ...]] = ("verdict",)


def associations_test(
    data: SurvivalData, people: Sequence[PersonProfile], *, params: CohortParams = DEFAULT_PARAMS
) -> AssociationTest:
    """The claim that past political associations did not predict survival, put to the
    register: persons with a former party stated against the rest (``data`` should be
    grouped by ``former_party`` or not grouped: it is regrouped here)."""
    by_id = {p.id: p for p in people}
    spells = [
        Spell(s.id, s.name, s.time, s.outcome, s.reason,
              "former party stated" if _former_party(by_id[s.id], params) else "none stated",
              s.evidence)
        for s in data.spells if s.id in by_id
    ]  # fmt: skip
    lr = logrank(spells)
    regrouped = SurvivalData(data.start, data.end, tuple(spells), data.excluded, data.censoring)
    cox = cox_model(regrouped, people, ("former_party",), params=params)
    at: dict[str, dict[str, float]] = {}
    for g in lr.groups:
        km = kaplan_meier([s for s in spells if s.group == g])
        at[g] = {f"{t:g} years": round(km.survival_at(t), 3) for t in (1.0, 2.0, 3.0, 5.0)}
    if lr.p_value is None:
        verdict = "cannot be tested on this register (too few persons or no events)"
    elif lr.p_value < 0.05:
        verdict = (
            f"the register contradicts the claim: survival differs (log-rank p = {lr.p_value:.3f})"
        )
    else:
        verdict = (
            f"the register does not contradict the claim (log-rank p = {lr.p_value:.3f}); "
            "absence of evidence of a difference is not evidence of its absence"
        )
    caveats = (*lr.caveats, "'none stated' mixes persons with no former party and persons "
               "whose past the sources do not tell")  # fmt: skip
    return AssociationTest(
        "past political associations did not predict survival", lr.n, at, lr, cox, verdict, caveats,
    )  # fmt: skip
