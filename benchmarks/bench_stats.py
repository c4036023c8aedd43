"""Analyses at scale: ``stats fates`` and the report on the 1,000,000-factoid register.

Run: ``make bench-stats``.

The synthetic register of ``bench_register.py`` (seeded: 100,000 persons, four
posts, one fate and five attributes each), with a tenth of the posts marked
elite and 40 statistical statements added, built through the real schema (the
register's tables, the analyses' stored profiles of migration 0013 among them, made
by ``refresh_derived`` as ``resolve`` makes them). Measured, each as the command
line calls it (a fresh Store each time; ``BENCH_STATS_RUNS`` runs, default 5; min
and median):

* ``stats fates`` — :func:`narkomindel.analyse.stats.fates` (staff; and elite);
* ``stats fates --cohort generation=pre-purge`` (reads the attributes too);
* ``report`` without and with the sensitivity section
  (:func:`narkomindel.analyse.report.report`);

side by side, in the same run, with the alternatives: the same calls reading the
profiles from the factoids (a register without stored profiles: the aggregating
reads of ``store/analysis.py`` over the covering index of migration 0007); the same
calls with the garbage collector running throughout; and the obvious first attempt —
read every factoid of every person in one query (no aggregation in SQL), build the
same profiles in Python and classify them. Targets: ``stats fates`` under 2 s, the
report under 10 s. ``BENCH_STATS_DB``: a database this script built before.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_register import build  # noqa: E402


def _mark_elite_and_statistics(db: Path) -> None:
    from narkomindel.store import derived
    from narkomindel.store.database import Store

    conn = sqlite3.connect(db)
    conn.execute(
        'UPDATE factoids SET attrs_json = \'{"soviet": true, "elite": true}\''
        " WHERE type = 'post' AND role IN ('ambassador', 'polpred') AND (id / 10) % 3 = 0"
    )
    rows = []
    for i in range(40):
        attrs = {"population": "staff" if i % 2 else "elite", "variable": "fate",
                 "measure": "share", "unit": "percent", "figure": f"{i} percent"}  # fmt: skip
        rows.append((1, 900000 + i, "statistic", -1, 0, 5, "a sentence", str(i), "purged",
                     json.dumps(attrs)))  # fmt: skip
    conn.executemany(
        'INSERT INTO factoids(source_key, seq, type, subject_seq, start, "end", quote, value,'
        " attribute, attrs_json, confidence, extractor) VALUES (?,?,?,?,?,?,?,?,?,?,0.7,'bench')",
        rows,
    )
    conn.commit()
    conn.close()
    with Store(db) as store:
        derived.refresh_derived(store)


RUNS = int(os.environ.get("BENCH_STATS_RUNS", "5"))


def _timed(fn, runs: int = RUNS, label: str = "") -> tuple[dict[str, float], object]:  # type: ignore[no-untyped-def]
    """min and median of ``runs`` calls (the last call's result)."""
    times, out = [], None
    for _ in range(runs):
        out = None  # the last result freed before the next call, as a new command would
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    print(f"{label}: {[round(x, 2) for x in times]}", file=sys.stderr, flush=True)
    return {"min": round(min(times), 2), "median": round(statistics.median(times), 2)}, out


@contextmanager
def _from_the_factoids() -> Iterator[None]:
    """As a register without stored profiles: every read from the factoids."""
    from narkomindel.store import profiles

    saved = profiles.profiles_stored
    profiles.profiles_stored = lambda store: False  # type: ignore[assignment]
    try:
        yield
    finally:
        profiles.profiles_stored = saved  # type: ignore[assignment]


@contextmanager
def _collector_running() -> Iterator[None]:
    """As before the analyses held the garbage collector off."""
    saved = gc.disable
    gc.disable = lambda: None  # type: ignore[assignment]
    try:
        yield
    finally:
        gc.disable = saved  # type: ignore[assignment]


def naive_fates(db: Path) -> dict[str, int]:
    """The obvious alternative: every factoid of every person in one plain query, the
    profiles built in Python, then the same rule."""
    from narkomindel.analyse.fates import fate_table
    from narkomindel.query.analysis import FateFact, PersonProfile

    conn = sqlite3.connect(db)
    persons = {
        r[0]: r
        for r in conn.execute(
            "SELECT ps.entity_id, e.key, ps.name, ps.kind, ps.is_soviet_official, ps.is_diplomat,"
            " ps.is_elite FROM person_summary ps JOIN entities e ON e.id = ps.entity_id"
        )
    }
    facts: dict[int, list[tuple[object, ...]]] = defaultdict(list)
    for r in conn.execute(
        "SELECT pf.entity_id, f.type, f.value, f.date_start, f.date_end, f.status, f.modality,"
        " f.attrs_json, f.quote, f.seq, s.id, s.kind, s.path FROM person_factoids pf"
        " JOIN factoids f ON f.id = pf.factoid_id JOIN sources s ON s.key = f.source_key"
    ):
        facts[r[0]].append(r)
    conn.close()
    profiles = []
    for eid, p in persons.items():
        fates, first, last, posts, elite = [], None, None, 0, 0
        for r in facts.get(eid, []):
            if r[5] == "rejected" or r[6] != "asserted":
                continue
            if r[1] == "fate" and r[2]:
                fates.append(FateFact(f"f-{str(r[10])[:16]}-{r[9]}", str(r[2]), r[3], r[4],  # type: ignore[arg-type]
                                      str(r[5]), str(r[11]), str(r[12]), 0, 0, str(r[8])))  # fmt: skip
            elif r[1] == "post":
                posts += 1
                elite += int(json.loads(str(r[7])).get("elite", 0))
                y0 = int(str(r[3])[:4]) if r[3] else None
                y1 = int(str(r[4] or r[3])[:4]) if (r[4] or r[3]) else None
                first = y0 if first is None or (y0 is not None and y0 < first) else first
                last = y1 if last is None or (y1 is not None and y1 > last) else last
        profiles.append(PersonProfile(p[1], eid, p[2], p[3], bool(p[4]), bool(p[5]), bool(p[6]),
                                      tuple(fates), first, last, posts, elite))  # fmt: skip
    t = fate_table(profiles)
    return {r.fate_class: r.n for r in t.rows}


def main() -> None:
    from narkomindel.analyse import stats
    from narkomindel.analyse.report import report
    from narkomindel.store.database import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        reuse = os.environ.get("BENCH_STATS_DB")  # a database this script built before
        if reuse:
            db = Path(reuse)
            built = {
                "factoids": sqlite3.connect(db)
                .execute("SELECT COUNT(*) FROM factoids")
                .fetchone()[0]
            }
        else:
            built = build(db)
            _mark_elite_and_statistics(db)
        build_s = time.perf_counter() - t0
        print(f"built in {build_s:.1f} s", file=sys.stderr, flush=True)

        def with_store(fn):  # type: ignore[no-untyped-def]
            def run():  # type: ignore[no-untyped-def]
                with Store(db) as store:
                    return fn(store)

            return run

        def fates_call(s):  # type: ignore[no-untyped-def]
            return stats.fates(s)

        def report_call(s):  # type: ignore[no-untyped-def]
            return report(s, with_sensitivity=False)

        fates_s, table = _timed(with_store(fates_call), label="fates")
        elite_s, elite = _timed(
            with_store(lambda s: stats.fates(s, population_name="elite")), label="elite"
        )
        cohort_s, _c = _timed(
            with_store(lambda s: stats.fates(s, cohort="generation=pre-purge")), label="cohort"
        )
        report_s, rep = _timed(with_store(report_call), label="report")
        full_s, rep_full = _timed(
            with_store(lambda s: report(s, with_sensitivity=True)), label="report+sensitivity"
        )
        with _from_the_factoids():
            raw_fates_s, raw_table = _timed(
                with_store(fates_call), label="fates, from the factoids"
            )
            raw_report_s, raw_rep = _timed(
                with_store(report_call), label="report, from the factoids"
            )
        with _collector_running():
            gc_fates_s, _t = _timed(with_store(fates_call), label="fates, collector running")
            gc_report_s, _r = _timed(with_store(report_call), label="report, collector running")
        naive_s, naive = _timed(lambda: naive_fates(db), runs=1, label="naive")
        ours = {r.fate_class: r.n for r in table.rows}  # type: ignore[attr-defined]
        assert ours == naive, (ours, naive)
        assert raw_table.rows == table.rows  # type: ignore[attr-defined]
        assert [(p.id, p.fate_class, p.reason, p.evidence) for p in raw_table.persons] == [  # type: ignore[attr-defined]
            (p.id, p.fate_class, p.reason, p.evidence)
            for p in table.persons  # type: ignore[attr-defined]
        ]
        assert raw_rep.csv == rep.csv  # type: ignore[attr-defined]
    out = {
        "factoids": built["factoids"], "build_s": round(build_s, 1), "runs": RUNS,
        "staff_N": table.N, "elite_N": elite.N,  # type: ignore[attr-defined]
        "stats_fates_s": fates_s, "stats_fates_elite_s": elite_s,
        "stats_fates_cohort_s": cohort_s,
        "report_s": report_s, "report_html_mb": round(len(rep.html) / 1e6, 1),  # type: ignore[attr-defined]
        "report_with_sensitivity_s": full_s,
        "report_sections_csv": len(rep_full.csv),  # type: ignore[attr-defined]
        "from_the_factoids": {"stats_fates_s": raw_fates_s, "report_s": raw_report_s},
        "collector_running": {"stats_fates_s": gc_fates_s, "report_s": gc_report_s},
        "naive_fates_s": naive_s["min"],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version,
    }  # fmt: skip
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
