"""The analyses as a historian calls them: each takes a Store, reads what it needs in
one snapshot and returns typed results (the command line's ``stats`` and ``report``
are thin wrappers over these).

* :func:`fates` — a fate table (staff, elite or all; a cohort; a rule; the evidence);
* :func:`cohorts` — every cohort variable with its coverage;
* :func:`survival` — Kaplan–Meier curves, competing risks, a Cox model and the test
  of past political associations;
* :func:`recognition` — each state's relations with the Soviet state;
* :func:`published` — the statistical statements of the sources beside the register;
* :func:`sensitivity` — the fate table on other evidence and codings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, ClassVar

from narkomindel.analyse.cohorts import DEFAULT_PARAMS, CohortParams, CohortTable, cohort_tables
from narkomindel.analyse.fates import (
    ARREST,
    CODINGS,
    TERMINAL,
    FateRule,
    FateTable,
    PersonFate,
    fate_table,
    population,
)
from narkomindel.analyse.models import AssociationTest, CoxModel, associations_test, cox_model
from narkomindel.analyse.published import Comparison, compare
from narkomindel.analyse.recognition import StateChronology, chronology
from narkomindel.analyse.sensitivity import SensitivityTable, Variant, sensitivity_table
from narkomindel.analyse.survival import (
    CumulativeIncidence,
    KaplanMeier,
    SurvivalData,
    cumulative_incidence,
    kaplan_meier,
    survival_data,
)
from narkomindel.errors import UsageError
from narkomindel.query import analysis as q
from narkomindel.query.analysis import SOURCE_KINDS, FactoidFilter, PersonProfile
from narkomindel.query.results import Result
from narkomindel.store.database import Store

__all__ = [
    "evidence",
    "rule_named",
    "fates",
    "drill",
    "cohorts",
    "SurvivalReport",
    "survival",
    "survival_of",
    "recognition",
    "published",
    "sensitivity",
]


def evidence(
    *, curated_only: bool = False, only: Sequence[str] | None = None,
    without: Sequence[str] | None = None,
) -> FactoidFilter:  # fmt: skip
    """Which factoids count: curator-accepted only; only some kinds of source; or all
    kinds but some (``scholarship``, ``primary``, ``registry``, ``web_page``)."""
    for kind in [*(only or ()), *(without or ())]:
        if kind not in SOURCE_KINDS:
            raise UsageError(
                f"no kind of source {kind!r}", hint=f"choose one of {', '.join(SOURCE_KINDS)}"
            )
    kinds: tuple[str, ...] | None = None
    if only:
        kinds = tuple(only)
    if without:
        kinds = tuple(k for k in (kinds or SOURCE_KINDS) if k not in without)
    return FactoidFilter(curated_only=curated_only, source_kinds=kinds)


#: fates whose holder's class does not depend on their career (see :func:`classify`)
DECISIVE = TERMINAL | {ARREST, "defected", "died", "survived"}


def rule_named(name: str | FateRule, likely_years: tuple[int, int] | None = None) -> FateRule:
    """A named fate coding (``default``, ``strict``, ``no-likely``, ``wide-likely``),
    optionally with other years for *likely purged*."""
    if isinstance(name, FateRule):
        rule = name
    elif name in CODINGS:
        rule = CODINGS[name]
    else:
        raise UsageError(f"no fate coding {name!r}", hint=f"choose one of {', '.join(CODINGS)}")
    if likely_years is not None:
        rule = replace(rule, likely_years=likely_years)
    return rule


@q.gc_paused()
def fates(
    store: Store,
    *,
    population_name: str = "staff",
    cohort: str | None = None,
    rule: str | FateRule = "default",
    flt: FactoidFilter | None = None,
    params: CohortParams = DEFAULT_PARAMS,
) -> FateTable:
    """The fate table of a population: every class with n / N, share, Wilson 95%
    interval, the share among known fates, bounds, and the persons behind each cell."""
    profiles = q.profiles(
        store, flt, attributes=cohort is not None, decisive=None if cohort else DECISIVE
    )
    return fate_table(profiles, population_name=population_name, cohort=cohort,
                      rule=rule_named(rule), params=params)  # fmt: skip


def drill(
    store: Store, table: FateTable, fate_class: str | None = None, *, limit: int | None = None
) -> list[PersonFate]:
    """The persons of one class of a table (all when None; the first ``limit`` of each
    class), with their factoids' spans and quotes and the post where a career record
    ends, read from the store (every factoid counts here: the drill-down shows the
    evidence as it stands)."""
    people = table.drill(fate_class)
    if limit is not None:
        seen: dict[str, int] = {}
        kept = []
        for p in people:
            seen[p.fate_class] = seen.get(p.fate_class, 0) + 1
            if seen[p.fate_class] <= limit:
                kept.append(p)
        people = kept
    detailed = {f.id: f for f in q.with_details(store, [f for p in people for f in p.evidence])}
    ends = q.last_posts(store, [(p.id, p.number) for p in people if p.last_year])
    return [
        replace(p, evidence=tuple(detailed.get(f.id, f) for f in p.evidence),
                last_post=ends.get(p.id, p.last_post))
        for p in people
    ]  # fmt: skip


@q.gc_paused()
def cohorts(
    store: Store,
    *,
    population_name: str = "staff",
    cohort: str | None = None,
    variable: str | None = None,
    flt: FactoidFilter | None = None,
    params: CohortParams = DEFAULT_PARAMS,
) -> list[CohortTable]:
    """Every cohort variable (or one) over a population, each with its coverage."""
    people = population(q.profiles(store, flt), population_name, cohort=cohort, params=params)
    return cohort_tables(people, population=population_name, params=params,
                         select=lambda v: variable is None or v == variable)  # fmt: skip


@dataclass(frozen=True, repr=False)
class SurvivalReport(Result):
    """Curves, competing risks, a Cox model and the associations test, with the spells."""

    population: str
    group_by: str | None
    data: SurvivalData
    curves: tuple[KaplanMeier, ...]
    incidence: CumulativeIncidence
    cox: CoxModel
    associations: AssociationTest
    rule: dict[str, Any] = field(default_factory=dict)

    SHOWN: ClassVar[tuple[str, ...]] = ("population", "group_by")

    @property
    def horizon(self) -> float:
        return max((s.time for s in self.data.spells), default=1.0) or 1.0


@q.gc_paused()
def survival(
    store: Store,
    *,
    population_name: str = "staff",
    cohort: str | None = None,
    start: date = date(1936, 1, 1),
    end: date = date(1945, 12, 31),
    group_by: str | None = None,
    covariates: Sequence[str] = ("elite", "former_party"),
    rule: str | FateRule = "default",
    likely_as_arrest: bool = False,
    flt: FactoidFilter | None = None,
    params: CohortParams = DEFAULT_PARAMS,
) -> SurvivalReport:
    """Remaining free and alive from ``start``: Kaplan–Meier by group, the cumulative
    incidence of arrest, defection and natural death, a Cox model on ``covariates``,
    and the test of the claim that past political associations did not predict survival."""
    return survival_of(
        q.profiles(store, flt), population_name=population_name, cohort=cohort, start=start,
        end=end, group_by=group_by, covariates=covariates, rule=rule,
        likely_as_arrest=likely_as_arrest, params=params,
    )  # fmt: skip


def survival_of(
    profiles: Sequence[PersonProfile],
    *,
    population_name: str = "staff",
    cohort: str | None = None,
    start: date = date(1936, 1, 1),
    end: date = date(1945, 12, 31),
    group_by: str | None = None,
    covariates: Sequence[str] = ("elite", "former_party"),
    rule: str | FateRule = "default",
    likely_as_arrest: bool = False,
    params: CohortParams = DEFAULT_PARAMS,
    memo: dict[str, PersonFate] | None = None,
) -> SurvivalReport:
    """:func:`survival` over profiles already read (``memo``: the persons' classes
    under ``rule`` where already worked out, see
    :func:`narkomindel.analyse.fates.classified`)."""
    if end <= start:
        raise UsageError(
            "the end of the study must come after its start", hint="check --start and --end"
        )
    r = rule_named(rule)
    people = population(profiles, population_name, cohort=cohort, params=params)
    data = survival_data(people, start=start, end=end, rule=r, group_by=group_by, params=params,
                         likely_as_arrest=likely_as_arrest, memo=memo)  # fmt: skip
    groups: dict[str | None, list[Any]] = {}
    for s in data.spells:
        groups.setdefault(s.group, []).append(s)
    curves = tuple(
        kaplan_meier(sp, group=g)
        for g, sp in sorted(groups.items(), key=lambda kv: (kv[0] is None, str(kv[0])))
    ) or (kaplan_meier([]),)
    return SurvivalReport(
        population_name, group_by, data, curves, cumulative_incidence(data.spells),
        cox_model(data, people, covariates, params=params), associations_test(data, people, params=params),
        r.to_dict(),
    )  # fmt: skip


def recognition(store: Store) -> list[StateChronology]:
    """Each state's trade agreements, recognitions, ruptures and restorations, with gaps."""
    return chronology(q.relation_events(store))


@q.gc_paused()
def published(
    store: Store, *, rule: str | FateRule = "default", flt: FactoidFilter | None = None,
    params: CohortParams = DEFAULT_PARAMS,
) -> list[Comparison]:  # fmt: skip
    """Every statistical statement of the sources beside the register's value."""
    return compare(
        q.statistics(store), q.profiles(store, flt), rule=rule_named(rule), params=params
    )


@q.gc_paused()
def sensitivity(
    store: Store,
    *,
    population_name: str = "staff",
    cohort: str | None = None,
    rule: str | FateRule = "default",
    params: CohortParams = DEFAULT_PARAMS,
    profiles: Sequence[PersonProfile] | None = None,
    memo: dict[str, PersonFate] | None = None,
) -> SensitivityTable:
    """The fate table with all evidence (the base), curator-accepted only, without each
    kind of source the register has, with each kind alone, and by the other codings.
    ``profiles``: the base's profiles where already read (all evidence, with their
    attributes), and ``memo`` their classes under ``rule`` (the report's)."""
    base_rule = rule_named(rule)
    # the attributes matter only to a cohort and to "all" (a person known by them alone)
    attrs = cohort is not None or population_name == "all"
    base = q.profiles(store, attributes=attrs) if profiles is None else profiles

    def read(flt: FactoidFilter) -> Sequence[PersonProfile]:
        return q.profiles(store, flt, attributes=attrs)

    with store.reading():
        present = sorted({s["kind"] for s in store.sources()})
    variants = [Variant("base", base_rule.describe(), base, base_rule, memo),
                Variant("curated only", "only factoids a curator accepted",
                        read(evidence(curated_only=True)), base_rule)]  # fmt: skip
    for kind in present:
        if len(present) > 1:
            variants.append(Variant(f"without {kind}", f"every kind of source but {kind}",
                                    read(evidence(without=[kind])), base_rule))  # fmt: skip
        variants.append(Variant(f"{kind} only", f"only sources of kind {kind}",
                                read(evidence(only=[kind])), base_rule))  # fmt: skip
    for name, coding in CODINGS.items():
        if coding != base_rule:
            variants.append(Variant(f"coding {name}", coding.describe(), base, coding))
    return sensitivity_table(
        variants, population_name=population_name, cohort=cohort, params=params
    )
