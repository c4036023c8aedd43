"""Analyses at scale: ``stats fates`` and the report on the 1,000,000-factoid register.

Run: ``make bench-stats``.

The synthetic register of ``bench_register.py`` (seeded: 100,000 persons, four
posts, one fate and five attributes each), with a tenth of the posts marked
elite and 40 statistical statements added, built through the real schema. Measured,
each as the command line calls it (a fresh Store each time; 3 runs, median):

* ``stats fates`` — :func:`narkomindel.analyse.stats.fates` (staff; and elite);
* ``stats fates --cohort generation=pre-purge`` (reads the attributes too);
* ``report`` without and with the sensitivity section
  (:func:`narkomindel.analyse.report.report`);

side by side with the obvious alternative in the same run: read every factoid of
every person in one query (no aggregation in SQL), build the same profiles in
Python and classify them. Targets: ``stats fates`` under 2 s, the report under 10 s.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
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


def _median(fn, runs: int = 3, label: str = "") -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    print(f"{label}: {[round(x, 2) for x in times]}", file=sys.stderr, flush=True)
    return statistics.median(times), out


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

        fates_s, table = _median(with_store(lambda s: stats.fates(s)), label="fates")
        elite_s, elite = _median(
            with_store(lambda s: stats.fates(s, population_name="elite")), label="elite"
        )
        cohort_s, _c = _median(
            with_store(lambda s: stats.fates(s, cohort="generation=pre-purge")),
            runs=1,
            label="cohort",
        )
        report_s, rep = _median(
            with_store(lambda s: report(s, with_sensitivity=False)), runs=1, label="report"
        )
        full_s, rep_full = _median(
            with_store(lambda s: report(s, with_sensitivity=True)),
            runs=1,
            label="report+sensitivity",
        )
        naive_s, naive = _median(lambda: naive_fates(db), runs=1, label="naive")
        ours = {r.fate_class: r.n for r in table.rows}  # type: ignore[attr-defined]
        assert ours == naive, (ours, naive)
    out = {
        "factoids": built["factoids"], "build_s": round(build_s, 1),
        "staff_N": table.N, "elite_N": elite.N,  # type: ignore[attr-defined]
        "stats_fates_s": round(fates_s, 2), "stats_fates_elite_s": round(elite_s, 2),
        "stats_fates_cohort_s": round(cohort_s, 2),
        "report_s": round(report_s, 2), "report_html_mb": round(len(rep.html) / 1e6, 1),  # type: ignore[attr-defined]
        "report_with_sensitivity_s": round(full_s, 2),
        "report_sections_csv": len(rep_full.csv),  # type: ignore[attr-defined]
        "naive_fates_s": round(naive_s, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version,
    }  # fmt: skip
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
