"""Fate tables: each person's fate class by a documented rule, and the shares of the
classes with n / N, Wilson intervals, the unknown share, the share among known fates
and bounds with the unknowns counted all in or all out.

The classes are those of the purge studies (DESIGN §2): *purged*, *likely purged*,
*survived*, *died or defected* (before the purges, or by defecting), *unknown*.

The rule (:func:`classify`) builds on the register's gravest fate
(:data:`~narkomindel.gazetteer.vocabulary.FATE_SEVERITY`, as
:mod:`narkomindel.resolve.standing` concludes it):

1. A repression that ends in a sentence (executed, died in custody, sentenced,
   imprisoned, exiled, purged, rehabilitated — a rehabilitation presupposes it) →
   **purged**; the gravest stated fate is the evidence.
2. An arrest alone → **purged**, unless a later-dated release or survival overrides it
   (arrested 1938, released 1939 → **survived**); an alternative coding counts an
   arrest alone as unknown.
3. No repression: a defection (any date) or a death dated before the purges began →
   **died or defected**; a death dated after the purges → **survived**; a death in the
   purge years with no cause stated, or undated → **unknown**.
4. A stated survival → **survived**.
5. Otherwise (no fate, or only recalled/dismissed): a career record that ends in the
   *likely* years (1937–38 by default) → **likely purged** (the last post is the
   evidence); else **unknown**.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, ClassVar

from narkomindel.analyse.cohorts import DEFAULT_PARAMS, CohortParams, in_cohort
from narkomindel.analyse.numbers import edtf_date, edtf_year, share
from narkomindel.errors import UsageError
from narkomindel.gazetteer.vocabulary import FATE_SEVERITY
from narkomindel.query.analysis import FateFact, PersonProfile, built
from narkomindel.query.results import Result

__all__ = [
    "CLASSES",
    "PURGED",
    "LIKELY",
    "SURVIVED",
    "DIED_DEFECTED",
    "UNKNOWN",
    "FateRule",
    "DEFAULT_RULE",
    "CODINGS",
    "PersonFate",
    "FateRow",
    "FateTable",
    "classify",
    "population",
    "POPULATIONS",
    "fate_table",
]

PURGED = "purged"
LIKELY = "likely purged"
SURVIVED = "survived"
DIED_DEFECTED = "died or defected"
UNKNOWN = "unknown"
CLASSES = (PURGED, LIKELY, SURVIVED, DIED_DEFECTED, UNKNOWN)

#: repressions that end in a sentence (or presuppose one: a rehabilitation)
TERMINAL = frozenset({"executed", "died in custody", "sentenced", "imprisoned", "exiled",
                      "purged", "rehabilitated"})  # fmt: skip
ARREST = "arrested"
#: later fates that undo an arrest
RELEASE = frozenset({"released", "survived"})

POPULATIONS = {
    "all": "every person of the register",
    "staff": "responsible staff: Soviet officials with a diplomatic or leading post",
    "elite": "the elite: commissars, deputy commissars, collegium members, heads of mission",
}


@dataclass(frozen=True)
class FateRule:
    """The parameters of the fate rule, all visible in every table it makes.

    ``purge_start``/``purge_end``: the years of the purges; ``likely_years``: a career
    record ending in these years with no stated fate is *likely purged* (set ``likely``
    False to count those persons as unknown); ``arrest_alone``: the class of an arrest
    with nothing after it (``purged`` or ``unknown``)."""

    purge_start: int = 1936
    purge_end: int = 1938
    likely_years: tuple[int, int] = (1937, 1938)
    likely: bool = True
    arrest_alone: str = PURGED
    name: str = "default"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "purge_start": self.purge_start, "purge_end": self.purge_end,
                "likely_years": list(self.likely_years), "likely": self.likely,
                "arrest_alone": self.arrest_alone}  # fmt: skip

    def describe(self) -> str:
        lo, hi = self.likely_years
        likely = (
            f"a career record ending in {lo}–{hi} with no stated fate counts as likely purged"
            if self.likely
            else "a career record that ends with no stated fate counts as unknown"
        )
        return (
            f"fate rule '{self.name}': the gravest stated fate wins unless a later release "
            f"overrides an arrest; an arrest alone counts as {self.arrest_alone}; deaths before "
            f"{self.purge_start} and defections count as died or defected; {likely}"
        )


DEFAULT_RULE = FateRule()

#: named alternative codings (for sensitivity)
CODINGS = {
    "default": FateRule(),
    "strict": FateRule(arrest_alone=UNKNOWN, name="strict"),
    "no-likely": FateRule(likely=False, name="no-likely"),
    "wide-likely": FateRule(likely_years=(1936, 1939), name="wide-likely"),
}


@dataclass(frozen=True, repr=False)
class PersonFate(Result):
    """One person's fate class with the reason and the factoids behind it."""

    id: str
    name: str
    fate_class: str
    reason: str
    evidence: tuple[FateFact, ...] = ()
    last_post: str | None = None
    last_year: int | None = None
    event_date: str | None = None  # the date of the deciding fate (EDTF), if stated
    number: int = 0  # the entity's number in the store

    SHOWN: ClassVar[tuple[str, ...]] = ("name", "fate_class", "reason")


def classified(
    people: Iterable[PersonProfile], rule: FateRule, memo: dict[str, PersonFate] | None = None
) -> list[PersonFate]:
    """:func:`classify` of each person. ``memo`` (person id → class), shared by the
    tables of one set of profiles under one rule, keeps each person from being
    classified again (the report's tables, comparisons and survival classify the same
    100,000 persons over and over on a large register)."""
    if memo is None:
        return [classify(p, rule) for p in people]
    out = []
    for p in people:
        found = memo.get(p.id)
        if found is None:
            found = memo[p.id] = classify(p, rule)
        out.append(found)
    return out


def _rank(f: FateFact) -> tuple[int, int]:
    return FATE_SEVERITY.get(f.value, 5), 1 if f.start else 0


def _when(f: FateFact) -> date | None:
    return edtf_date(f.start or f.end)


def classify(p: PersonProfile, rule: FateRule = DEFAULT_RULE) -> PersonFate:
    """A person's fate class by the rule of this module's documentation."""
    facts = list(p.fates)
    terminal = sorted((f for f in facts if f.value in TERMINAL), key=_rank, reverse=True)
    arrests = [f for f in facts if f.value == ARREST]

    def out(
        cls: str, reason: str, evidence: Iterable[FateFact], when: str | None = None
    ) -> PersonFate:
        return built(
            PersonFate, p.id, p.name, cls, reason, tuple(evidence), p.last_post, p.last_year,
            when, p.number,
        )  # fmt: skip

    if terminal:
        g = terminal[0]
        return out(PURGED, f"{g.value}" + (f" {g.start}" if g.start else "") + " (gravest stated fate)",
                   terminal + arrests, g.start or (arrests[0].start if arrests else None))  # fmt: skip
    if arrests:
        dated = [(a, w) for a in arrests if (w := _when(a))]
        last_arrest, last_when = max(dated, key=lambda aw: aw[1]) if dated else (None, None)
        released = [
            f for f in facts
            if f.value in RELEASE and last_when is not None and (w := _when(f)) and w > last_when
        ]  # fmt: skip
        if released:
            r = released[0]
            return out(SURVIVED, f"arrested {last_arrest.start if last_arrest else ''}, then "
                       f"{r.value} {r.start}: the later fate overrides", [*arrests, r])  # fmt: skip
        a = last_arrest or arrests[0]
        if rule.arrest_alone == UNKNOWN:
            return out(
                UNKNOWN, "arrested, nothing stated after the arrest (strict coding)", arrests
            )
        return out(PURGED, f"arrested{' ' + a.start if a.start else ''}, no later release stated",
                   arrests, a.start)  # fmt: skip
    defected = [f for f in facts if f.value == "defected"]
    if defected:
        d = defected[0]
        return out(DIED_DEFECTED, f"defected{' ' + d.start if d.start else ''}", defected, d.start)
    died = [f for f in facts if f.value == "died"]
    if died:
        d = died[0]
        year = edtf_year(d.start or d.end)
        if year is not None and year < rule.purge_start:
            return out(DIED_DEFECTED, f"died {year}, before the purges ({rule.purge_start})", died,
                       d.start)  # fmt: skip
        if year is not None and year > rule.purge_end:
            return out(SURVIVED, f"died {year}, after the purges, no repression stated", died,
                       d.start)  # fmt: skip
        why = "undated" if year is None else f"in {year}, during the purges, with no cause stated"
        return out(UNKNOWN, f"died {why}", died)
    survived = [f for f in facts if f.value == "survived"]
    if survived:
        return out(SURVIVED, "survival stated", survived)
    lo, hi = rule.likely_years
    others = [f for f in facts if f.value in ("recalled", "dismissed")]
    if p.last_year is not None and lo <= p.last_year <= hi:
        if rule.likely:
            return out(LIKELY, f"career record ends {p.last_year}, no stated fate", others)
        return out(UNKNOWN, f"career record ends {p.last_year}, no stated fate (likely not used)",
                   others)  # fmt: skip
    ends = f"career record ends {p.last_year}" if p.last_year else "no dated post"
    return out(UNKNOWN, f"no stated fate; {ends}", others)


def population(
    profiles: Iterable[PersonProfile],
    name: str = "staff",
    *,
    cohort: str | None = None,
    params: CohortParams = DEFAULT_PARAMS,
) -> list[PersonProfile]:
    """The persons of a population (``all``, ``staff``, ``elite``), optionally of one
    cohort (``VARIABLE=VALUE``). Under a factoid filter a person stays only while a post
    of theirs (an elite post, for the elite) still counts."""
    if name not in POPULATIONS:
        raise UsageError(f"no population {name!r}", hint=f"choose one of {', '.join(POPULATIONS)}")
    out = []
    for p in profiles:
        if name == "staff" and not ((p.is_diplomat or p.is_elite) and p.posts):
            continue
        if name == "elite" and not (p.is_elite and p.elite_posts):
            continue
        if name == "all" and not (p.posts or p.fates or p.attributes):
            continue
        if cohort and not in_cohort(p, cohort, params):
            continue
        out.append(p)
    return out


@dataclass(frozen=True, repr=False)
class FateRow(Result):
    """One fate class: n / N, share and Wilson 95% interval; the share among known fates;
    bounds with the unknowns all out (low) and all in (high)."""

    fate_class: str
    n: int
    N: int
    share: float | None
    ci_low: float | None
    ci_high: float | None
    known: int
    share_known: float | None
    known_ci_low: float | None
    known_ci_high: float | None
    bound_low: float | None
    bound_high: float | None
    persons: tuple[str, ...] = ()

    SHOWN: ClassVar[tuple[str, ...]] = ("fate_class", "n", "N", "share")


@dataclass(frozen=True, repr=False)
class FateTable(Result):
    """Fate classes over a population, with the rule, the unknowns and every person."""

    population: str
    cohort: str | None
    N: int
    unknown: int
    known: int
    rule: dict[str, Any]
    rule_text: str
    rows: tuple[FateRow, ...]
    persons: tuple[PersonFate, ...] = field(default=(), repr=False)
    note: str = ""

    SHOWN: ClassVar[tuple[str, ...]] = ("population", "N", "unknown")

    def row(self, fate_class: str) -> FateRow:
        return next(r for r in self.rows if r.fate_class == fate_class)

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["persons"] = [
            {"id": p.id, "name": p.name, "fate_class": p.fate_class, "reason": p.reason,
             "evidence": [f.id for f in p.evidence], "last_post": p.last_post}
            for p in self.persons
        ]  # fmt: skip
        return out

    def drill(self, fate_class: str | None = None) -> list[PersonFate]:
        """The persons of one class (all persons when None), with their evidence."""
        return [p for p in self.persons if fate_class is None or p.fate_class == fate_class]


#: the combined class of the studies ("purged or likely purged": "at least 34 percent")
PURGED_OR_LIKELY = "purged or likely purged"


def _row(name: str, ids: list[str], total: int, unknown: int, *, is_unknown: bool) -> FateRow:
    s = share(len(ids), total)
    known = total - unknown
    sk = share(len(ids), known) if not is_unknown else share(0, 0)
    low = s.share
    high = (len(ids) + unknown) / total if total and not is_unknown else s.share
    return FateRow(name, len(ids), total, s.share, s.low, s.high, known if not is_unknown else 0,
                   sk.share, sk.low, sk.high, low, high, tuple(ids))  # fmt: skip


def fate_table(
    profiles: Iterable[PersonProfile],
    *,
    population_name: str = "staff",
    cohort: str | None = None,
    rule: FateRule = DEFAULT_RULE,
    params: CohortParams = DEFAULT_PARAMS,
    memo: dict[str, PersonFate] | None = None,
) -> FateTable:
    """The fate table of a population (``staff``, ``elite``, ``all``), optionally of one
    cohort, by ``rule``: a row per class and one for purged or likely purged.
    ``memo``: see :func:`classified`."""
    people = population(profiles, population_name, cohort=cohort, params=params)
    fates = classified(people, rule, memo)
    by: dict[str, list[str]] = {c: [] for c in CLASSES}
    for f in fates:
        by[f.fate_class].append(f.id)
    total = len(people)
    unknown = len(by[UNKNOWN])
    rows = [_row(c, by[c], total, unknown, is_unknown=c == UNKNOWN) for c in CLASSES]
    combined = _row(PURGED_OR_LIKELY, by[PURGED] + by[LIKELY], total, unknown, is_unknown=False)
    rows.insert(2, replace(combined))
    note = ""
    if total == 0:
        note = "no person of the register belongs to this population: nothing to count"
    elif total < 30:
        note = f"only {total} persons: the intervals are wide; read the counts, not the percentages"
    return FateTable(
        population_name, cohort, total, unknown, total - unknown, rule.to_dict(), rule.describe(),
        tuple(rows), tuple(fates), note,
    )  # fmt: skip
