"""The analyses read through the store: a constructed register with known answers,
the evidence filters (sensitivity), published figures beside computed ones, the
recognition chronology and the report (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from narkomindel.analyse import stats
from narkomindel.analyse.report import report
from narkomindel.store.database import Store
from tests.analyse.register import build, fact, fate, post


def _persons() -> list:
    people = []
    for i in range(6):  # purged elite, each stated by a registry record and a study
        people.append((f"Elitov{i}", [post("polpred", "1924", "1936", elite=True),
                                      fate("executed", f"1937-0{i + 1}-15", kind="registry"),
                                      fact("attribute", attribute="birth", value=str(1880 + i))]))  # fmt: skip
    for i in range(4):  # staff whose record ends in 1937: likely purged
        people.append((f"Ushedshii{i}", [post("attaché", "1930", "1937")]))
    for i in range(3):  # staff who survived (the study says so; a curator accepted it)
        people.append((f"Zhivoi{i}", [post("consul", "1928", "1945"),
                                      fate("survived", status="accepted")]))  # fmt: skip
    people.append(("Bezvestnyi", [post("consul", "1925", "1929")]))  # unknown
    people.append(
        (
            "Otvergnutyi",
            [post("consul", "1925", "1929"), fate("executed", "1938", status="rejected")],
        )
    )
    people.append(
        ("Slukh", [post("consul", "1925", "1929"), fate("executed", "1938", modality="rumoured")])
    )
    return people


@pytest.fixture
def reg(tmp_path: Path) -> Store:
    path = build(
        tmp_path / "reg.db", _persons(),
        statistics=[
            {"value": "40", "attribute": "purged", "attrs": {"population": "staff", "variable": "fate",
             "measure": "share", "unit": "percent", "figure": "40 percent"}},
            {"value": "55", "attribute": "purged", "attrs": {"population": "elite", "variable": "age",
             "measure": "mean", "unit": "years", "figure": "55 years"}, "date_start": "1938"},
            {"value": "30", "attribute": "latvian", "attrs": {"population": "staff",
             "variable": "nationality", "measure": "share", "unit": "percent", "figure": "30 percent"}},
        ],
        events=[
            {"type": "agreement", "name": "Ruritanian-Soviet Trade Agreement", "date": "1921",
             "parties": ["Ruritania", "USSR"]},
            {"type": "recognition", "name": "recognition (de jure) by Ruritania", "date": "1924",
             "parties": ["Ruritania"]},
            {"type": "rupture", "name": "rupture (Ruritania)", "date": "1927-05", "parties": ["Ruritania"]},
            {"type": "rupture", "name": "rupture (Graustark)", "date": "1929", "parties": ["Graustark"]},
            {"type": "restoration", "name": "restoration (Graustark)", "date": "1931", "parties": ["Graustark"]},
            {"type": "treaty", "name": "Big Treaty", "date": "1925",
             "parties": ["Ruritania", "Graustark", "Freedonia", "USSR"]},
        ],
    )  # fmt: skip
    store = Store(path)
    yield store
    store.close()


def test_fate_table_through_the_store(reg: Store) -> None:
    t = stats.fates(reg)
    # 16 staff: rejected and rumoured executions do not count (those two are unknown)
    assert (t.N, t.unknown) == (16, 3)
    assert (t.row("purged").n, t.row("likely purged").n, t.row("survived").n) == (6, 4, 3)
    elite = stats.fates(reg, population_name="elite")
    assert elite.N == 6 and elite.row("purged").share == 1.0
    drilled = {p.name: p for p in stats.drill(reg, t, "purged")}
    assert drilled["Elitov0"].evidence[0].source_kind == "registry"
    assert drilled["Elitov0"].evidence[0].quote == "a quote"  # read for the drill-down
    assert len(stats.drill(reg, t, limit=2)) == 2 + 2 + 2 + 2  # two of each class present


def test_evidence_filters_recompute_the_table(reg: Store) -> None:
    curated = stats.fates(reg, flt=stats.evidence(curated_only=True))
    assert curated.N == 0  # no post was accepted by a curator: nobody is staff on that evidence
    no_registry = stats.fates(reg, flt=stats.evidence(without=["registry"]))
    assert no_registry.N == 16 and no_registry.row("purged").n == 0
    assert no_registry.row("likely purged").n == 4  # the elite's posts end in 1936
    s = stats.sensitivity(reg)
    names = [r.variant for r in s.rows]
    assert names[0] == "base" and "without registry" in names and "coding strict" in names
    row = next(r for r in s.rows if r.variant == "without registry")
    assert row.difference["purged"] == pytest.approx(-37.5)


def test_published_beside_computed_and_too_small(reg: Store) -> None:
    comps = {c.statistic.variable: c for c in stats.published(reg)}
    fate_c = comps["fate"]
    assert (fate_c.computed, fate_c.n, fate_c.N) == (37.5, 6, 16)
    assert fate_c.status == "too small"  # 16 < 20 persons: said so, with the numbers
    age = comps["age"]
    assert age.status == "too small" and age.known == 6  # ages known for 6 < 10
    nat = comps["nationality"]
    assert nat.status == "too small" and nat.computed is None


def test_recognition_with_gaps(reg: Store) -> None:
    states = {s.state: s for s in stats.recognition(reg)}
    rur = states["Ruritania"]
    assert [m.kind for m in rur.milestones] == [
        "trade agreement",
        "de jure recognition",
        "rupture",
    ]  # the big treaty names three foreign states: not counted for any
    assert any("no restoration" in g for g in rur.gaps)
    assert states["Graustark"].gaps == ()


def test_survival_and_the_report(reg: Store, tmp_path: Path) -> None:
    rep = stats.survival(reg)
    assert rep.curves[0].events == 6
    assert rep.data.excluded.get("record ends before the start") == 3
    page = report(reg, with_sensitivity=True)
    assert page.html.startswith("<!DOCTYPE html>") and "<svg" in page.html
    assert 'href="#cell-staff-purged"' in page.html and 'id="cell-staff-purged"' in page.html
    assert "Elitov0" in page.html and page.parameters["register"]["path"] == reg.path
    assert page.parameters["rule"]["likely_years"] == [1937, 1938] and "<footer>" in page.html
    assert {"fates_staff.csv", "published.csv", "recognition.csv", "sensitivity_staff.csv"} <= set(
        page.csv
    )
    assert page.csv["fates_staff.csv"].splitlines()[0].startswith("fate_class,n,N,share")


def test_an_empty_register(tmp_path: Path) -> None:
    with Store(build(tmp_path / "empty.db", [])) as store:
        t = stats.fates(store)
        assert t.N == 0 and t.row("purged").share is None
        assert stats.survival(store).curves[0].n == 0
        assert stats.published(store) == [] and stats.recognition(store) == []
        assert "<h2>1. Fates</h2>" in report(store).html


def test_an_undated_milestone_does_not_close_a_rupture() -> None:
    from narkomindel.analyse.recognition import chronology
    from narkomindel.query.analysis import RelationEvent

    def ev(t: str, name: str, d: str | None) -> RelationEvent:
        return RelationEvent(
            "e-1", t, name, d, ("Ruritania",), "s", "p", "scholarship", 0, 1, "q", 0.8
        )

    states = chronology(
        [ev("rupture", "rupture", "1927"), ev("recognition", "recognition (de jure)", None)]
    )
    assert any("no restoration" in g for g in states[0].gaps)
    closed = chronology(
        [ev("rupture", "rupture", "1927"), ev("restoration", "restoration", "1929")]
    )
    assert not any("no restoration" in g for g in closed[0].gaps)


def test_the_fast_path_gives_the_full_answer(reg: Store) -> None:
    from narkomindel.analyse.fates import fate_table
    from narkomindel.query.analysis import profiles

    fast = stats.fates(reg)
    full = fate_table(profiles(reg))
    assert [(r.fate_class, r.n, r.N) for r in fast.rows] == [
        (r.fate_class, r.n, r.N) for r in full.rows
    ]
    assert sorted(p.id for p in fast.persons) == sorted(p.id for p in full.persons)


def test_the_timeline_takes_in_every_dated_milestone() -> None:
    import re

    from narkomindel.analyse.recognition import chronology
    from narkomindel.analyse.svg import timeline
    from narkomindel.query.analysis import RelationEvent

    def ev(t: str, name: str, d: str) -> RelationEvent:
        return RelationEvent("e-1", t, name, d, ("Graustark",), "s", "p", "scholarship", 0, 1,
                             "q", 0.8)  # fmt: skip

    def marks(svg: str) -> list[float]:
        return [float(x) for x in re.findall(r'<circle cx="([-0-9.]+)"', svg)]

    inside = marks(timeline(chronology([ev("agreement", "trade agreement", "1921")])))
    early = timeline(chronology([ev("expulsion", "an expulsion", "1906"),
                                 ev("rupture", "rupture", "1950")]))  # fmt: skip
    width = float(re.search(r'width="(\d+)"', early).group(1))  # type: ignore[union-attr]
    assert len(inside) == 1 and len(marks(early)) == 2
    assert all(140 <= x <= width for x in inside + marks(early))  # on the axis, not off it
    assert ">1906<" in early and 'stroke-dasharray="4 3"' in early  # the axis starts there
