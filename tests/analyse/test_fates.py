"""Fate classes by rule, and fate tables with known answers (issue 13, §1)."""

from __future__ import annotations

import pytest

from narkomindel.analyse.fates import (
    CODINGS,
    DIED_DEFECTED,
    LIKELY,
    PURGED,
    PURGED_OR_LIKELY,
    SURVIVED,
    UNKNOWN,
    FateRule,
    classify,
    fate_table,
)
from narkomindel.errors import UsageError
from tests.analyse.people import attr, fate, person


@pytest.mark.parametrize(
    ("fates", "last", "expected"),
    [
        ([fate("arrested", "1937-05"), fate("executed", "1938-02-10")], 1937, PURGED),
        ([fate("arrested", "1937")], 1937, PURGED),
        ([fate("arrested", "1937-05"), fate("released", "1939")], 1939, SURVIVED),
        ([fate("released", "1936"), fate("arrested", "1937-05")], 1937, PURGED),  # release before
        ([fate("rehabilitated", "1956")], 1936, PURGED),
        ([fate("defected", "1937")], 1937, DIED_DEFECTED),
        ([fate("died", "1930")], 1929, DIED_DEFECTED),
        ([fate("died", "1941")], 1940, SURVIVED),
        ([fate("died", "1937")], 1936, UNKNOWN),
        ([fate("died")], 1930, UNKNOWN),
        ([fate("survived")], 1940, SURVIVED),
        ([], 1937, LIKELY),
        ([], 1938, LIKELY),
        ([fate("recalled", "1937")], 1937, LIKELY),
        ([], 1939, UNKNOWN),
        ([], 1931, UNKNOWN),
        ([], None, UNKNOWN),
        ([fate("survived", "1940"), fate("executed", "1941")], 1940, PURGED),  # gravest wins
    ],
)
def test_the_fate_rule(fates: list, last: int | None, expected: str) -> None:
    got = classify(person("Zarnitskii", *fates, last=last))
    assert got.fate_class == expected, got.reason


def test_the_evidence_of_a_class_is_its_factoids() -> None:
    a, e = fate("arrested", "1937-05"), fate("executed", "1938-02-10")
    got = classify(person("Zarnitskii", a, e))
    assert got.evidence[0] is e and a in got.evidence
    assert "executed 1938-02-10" in got.reason
    likely = classify(person("Zarnitskii", last=1937))
    assert likely.last_post and "ends 1937" in likely.reason


def test_alternative_codings_change_the_class() -> None:
    arrested = person("Zarnitskii", fate("arrested", "1937"))
    assert classify(arrested, CODINGS["strict"]).fate_class == UNKNOWN
    ends = person("Zarnitskii", last=1938)
    assert classify(ends, CODINGS["no-likely"]).fate_class == UNKNOWN
    assert (
        classify(person("Q", last=1939), FateRule(likely_years=(1936, 1939))).fate_class == LIKELY
    )


def _register() -> list:
    # 10 staff: 3 purged, 1 likely, 2 survived, 1 defected, 3 unknown; 4 of them elite
    return [
        person("Avdeev", fate("executed", "1937"), elite=True),
        person("Bobrov", fate("sentenced", "1938")),
        person("Chernykh", fate("arrested", "1938"), elite=True),
        person("Dolgov", last=1937, elite=True),
        person("Efimov", fate("survived"), last=1945),
        person("Filin", fate("survived"), elite=True),
        person("Gusev", fate("defected", "1938")),
        person("Ilin"),
        person("Kotov", last=1933),
        person("Lapin", first=None, last=None, attrs=(attr("nationality", "Latvian"),)),
    ]


def test_a_fate_table_has_n_over_N_intervals_unknowns_and_bounds() -> None:
    t = fate_table(_register(), population_name="all")
    assert (t.N, t.unknown, t.known) == (10, 3, 7)
    purged = t.row(PURGED)
    assert (purged.n, purged.N, purged.share) == (3, 10, 0.3)
    assert purged.ci_low is not None and purged.ci_high is not None
    assert purged.ci_low < 0.3 < purged.ci_high
    assert purged.share_known == pytest.approx(3 / 7)
    assert (purged.bound_low, purged.bound_high) == (0.3, 0.6)
    assert t.row(PURGED_OR_LIKELY).n == 4
    assert t.row(LIKELY).n == 1 and t.row(SURVIVED).n == 2 and t.row(DIED_DEFECTED).n == 1
    assert sum(t.row(c).n for c in (PURGED, LIKELY, SURVIVED, DIED_DEFECTED, UNKNOWN)) == t.N
    assert set(t.row(UNKNOWN).persons) == {"ilin|X", "kotov|X", "lapin|X"}
    assert "wide" in t.note  # ten persons


def test_the_staff_needs_a_post_and_the_elite_an_elite_post() -> None:
    staff = fate_table(_register(), population_name="staff")
    assert staff.N == 9  # Lapin has no post
    elite = fate_table(_register(), population_name="elite")
    assert elite.N == 4
    assert elite.row(PURGED).n == 2 and elite.row(LIKELY).n == 1 and elite.row(SURVIVED).n == 1
    assert elite.unknown == 0 and elite.row(PURGED).share_known == 0.5


def test_every_cell_drills_down_to_its_persons() -> None:
    t = fate_table(_register(), population_name="all")
    for row in t.rows:
        if row.fate_class == PURGED_OR_LIKELY:
            continue
        drilled = t.drill(row.fate_class)
        assert sorted(p.id for p in drilled) == sorted(row.persons)
        assert all(p.reason for p in drilled)


def test_empty_and_all_unknown_registers() -> None:
    empty = fate_table([], population_name="all")
    assert empty.N == 0 and empty.row(PURGED).share is None and empty.row(PURGED).ci_low is None
    assert "nothing to count" in empty.note
    unknown = fate_table([person("Ilin"), person("Kotov")], population_name="all")
    row = unknown.row(PURGED)
    assert unknown.unknown == 2 and row.share == 0 and row.share_known is None
    assert (row.bound_low, row.bound_high) == (0.0, 1.0)


def test_a_cohort_restricts_the_table() -> None:
    people = _register() + [person("Mironov", fate("executed", "1938"), first=1937, last=1938)]
    t = fate_table(people, population_name="all", cohort="generation=post-purge")
    assert t.N == 1 and t.row(PURGED).n == 1
    with pytest.raises(UsageError):
        fate_table(people, cohort="colour=red")
