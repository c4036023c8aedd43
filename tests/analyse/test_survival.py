"""Survival estimates against hand-computed examples (issue 13, §3)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from statsmodels.duration.survfunc import SurvfuncRight
from statsmodels.stats.proportion import proportion_confint

from narkomindel.analyse.models import associations_test, cox_model, logrank
from narkomindel.analyse.numbers import edtf_date, share, wilson
from narkomindel.analyse.survival import (
    Spell,
    cumulative_incidence,
    kaplan_meier,
    survival_data,
)
from tests.analyse.people import attr, fate, person


def spell(t: float, outcome: str, group: str | None = None) -> Spell:
    return Spell(f"p{t}{outcome}", "P", t, outcome, "", group)


@pytest.mark.parametrize(("k", "n"), [(0, 1), (1, 1), (3, 10), (20, 100), (0, 7), (45, 46)])
def test_wilson_matches_statsmodels(k: int, n: int) -> None:
    ours = wilson(k, n)
    lo, hi = proportion_confint(k, n, method="wilson")
    assert ours is not None and ours == pytest.approx((lo, hi), abs=1e-9)
    assert wilson(0, 0) is None and share(0, 0).share is None


def test_kaplan_meier_by_hand() -> None:
    # 1 event, 2 censored, 3 two events, 4 censored, 5 event
    spells = [spell(1, "arrest"), spell(2, "censored"), spell(3, "arrest"), spell(3, "death"),
              spell(4, "censored"), spell(5, "arrest")]  # fmt: skip
    km = kaplan_meier(spells)
    assert [(s.time, s.at_risk, s.events) for s in km.steps] == [(1, 6, 1), (3, 4, 2), (5, 1, 1)]
    assert [s.survival for s in km.steps] == pytest.approx([5 / 6, 5 / 12, 0.0])
    assert km.median == 3
    assert km.survival_at(2.5) == pytest.approx(5 / 6)
    # the at-risk table at whole years: still followed at t, events up to t
    row = {p.time: p for p in km.at_risk}
    assert (row[3.0].at_risk, row[3.0].events_so_far, row[3.0].censored_so_far) == (4, 3, 1)
    # the same as statsmodels
    ref = SurvfuncRight(np.array([s.time for s in spells]),
                        np.array([1 if s.outcome != "censored" else 0 for s in spells]))  # fmt: skip
    assert list(ref.surv_prob) == pytest.approx([s.survival for s in km.steps])
    lo, hi = km.steps[0].ci_low, km.steps[0].ci_high
    assert lo is not None and hi is not None and lo < 5 / 6 < hi


def test_censoring_at_the_end_of_the_study_and_ties() -> None:
    spells = [
        spell(2, "arrest"),
        spell(2, "censored"),
        spell(10, "censored"),
        spell(10, "censored"),
    ]
    km = kaplan_meier(spells)
    # at a tie the event comes first: 4 at risk at t=2
    assert [(s.at_risk, s.events) for s in km.steps] == [(4, 1)]
    assert km.survival_at(10) == pytest.approx(0.75) and km.median is None
    assert kaplan_meier([]).steps == () and kaplan_meier([]).n == 0


def test_cumulative_incidence_by_hand_is_not_one_minus_km() -> None:
    spells = [spell(1, "arrest"), spell(2, "defection"), spell(3, "arrest"),
              spell(4, "censored"), spell(5, "death")]  # fmt: skip
    cif = cumulative_incidence(spells)
    assert cif.final["arrest"] == pytest.approx(0.4)
    assert cif.final["defection"] == pytest.approx(0.2)
    assert cif.final["death"] == pytest.approx(0.4)
    assert sum(cif.final.values()) == pytest.approx(1.0)  # everyone had some outcome by t=5
    assert cif.one_minus_km["arrest"] == pytest.approx(1 - 0.8 * 2 / 3)
    assert cif.one_minus_km["arrest"] > cif.final["arrest"]


def test_survival_data_from_fates_with_censoring_in_words() -> None:
    start, end = date(1936, 1, 1), date(1945, 12, 31)
    people = [
        person("Avdeev", fate("arrested", "1937-07-01"), fate("executed", "1938")),
        person("Bobrov", fate("survived"), last=1945),
        person("Chernykh", last=1937),  # likely purged: censored at the end of 1937
        person("Dolgov", fate("defected", "1938-07-01")),
        person("Efimov", last=1930),  # record ends before the start
        person("Filin", fate("executed")),  # repression undated
        person("Gusev", fate("died", "1941-07-01"), last=1940),
    ]
    data = survival_data(people, start=start, end=end)
    got = {s.name: (s.outcome, s.time) for s in data.spells}
    assert got["Avdeev"] == ("arrest", pytest.approx(1.4976, abs=1e-3))
    assert got["Bobrov"] == ("censored", pytest.approx(3652 / 365.25, abs=1e-3))
    assert got["Chernykh"] == ("censored", pytest.approx(1.9986, abs=1e-3))
    assert got["Dolgov"][0] == "defection" and got["Gusev"][0] == "death"
    assert data.excluded == {"record ends before the start": 1, "repression undated": 1}
    assert "Censoring" in data.censoring
    likely = survival_data(people, start=start, end=end, likely_as_arrest=True)
    assert {s.name: s.outcome for s in likely.spells}["Chernykh"] == "arrest"
    later = survival_data(people, start=date(1939, 1, 1), end=end)
    assert "Avdeev" not in {s.name for s in later.spells}


def test_edtf_dates() -> None:
    assert edtf_date("1937") == date(1937, 7, 1)
    assert edtf_date("1937-11") == date(1937, 11, 15)
    assert edtf_date("1937-11-05") == date(1937, 11, 5)
    assert edtf_date("1922-04-10/1922-05-19") == date(1922, 4, 10)
    assert edtf_date("..") is None and edtf_date("192X") is None


def test_logrank_and_cox_find_a_real_difference_and_warn_on_small_samples() -> None:
    fast = [spell(0.5 + i / 10, "arrest", "a") for i in range(15)]
    slow = [spell(9.0, "censored", "b") for _ in range(12)] + [spell(5.0, "arrest", "b")]
    lr = logrank(fast + slow)
    assert lr.p_value is not None and lr.p_value < 0.001
    small = logrank([spell(1, "arrest", "a"), spell(2, "censored", "b")])
    assert any("fewer than ten" in c for c in small.caveats)
    assert logrank([spell(1, "censored", "a"), spell(2, "censored", "b")]).p_value is None


def test_associations_test_and_cox_on_a_constructed_register() -> None:
    mensheviks = [
        person(f"Men{i}", fate("arrested", f"193{7 + i % 2}-0{1 + i % 9}"),
               attrs=(attr("former_party", "Menshevik"),), last=1937)
        for i in range(12)
    ]  # fmt: skip
    others = [person(f"Oth{i}", fate("survived"), last=1945) for i in range(10)] + [
        person(f"Arr{i}", fate("arrested", "1938-03")) for i in range(2)
    ]
    people = mensheviks + others
    data = survival_data(people)
    test = associations_test(data, people)
    assert test.groups == {"former party stated": 12, "none stated": 12}
    assert test.logrank.p_value is not None and test.logrank.p_value < 0.05
    assert "contradicts" in test.verdict
    cox = cox_model(data, people, ("former_party",))
    assert cox.n == 24 and cox.events == 14 and cox.terms[0].hazard_ratio is not None
    assert cox.terms[0].hazard_ratio > 1
    same = survival_data(others)
    none = cox_model(same, others, ("former_party",))
    assert not none.converged and any("no variation" in c for c in none.caveats)
