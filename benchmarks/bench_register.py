"""Queries at scale: a synthetic register of 1,000,000 factoids.

Run: ``make bench-register``.

Synthetic data (seeded, written here): 100,000 persons, each named in two
mentions of 2,000 sources, with ten factoids each — four posts (a role, one of
40 countries, a start year 1917–1940 and a term of 1–6 years), one fate with
a date, five attributes. Stored through the real schema (migrations), then the
register tables are built with ``refresh_derived`` as ``narkomindel resolve``
does.

Measured, each query called as the CLI calls it (a fresh connection each time):

* ``person``: :func:`narkomindel.query.person` for 200 random persons;
* ``persons --country X --year Y``: :func:`narkomindel.query.persons` for 100
  random (country, year) pairs;
* a curator rejecting a factoid (:func:`narkomindel.pipeline.judge_factoid`), 20
  times, against the full rebuild of the register tables it would otherwise take;

side by side with the obvious alternative in the same run: the same two
questions asked of the plain extraction tables (mentions → factoids) without
the register's tables and indexes — what one would write first. Reported:
p50/p95 latency, build time, database size, peak RSS.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

N_PERSONS = 100_000
FACTOIDS_EACH = 10
N_SOURCES = 2_000
SEED = 11
COUNTRIES = [f"Country{i:02d}" for i in range(40)]
ROLES = ["ambassador", "polpred", "counsellor", "first secretary", "consul", "attaché",
         "trade representative", "head of department"]  # fmt: skip
FATES = ["executed", "arrested", "survived", "purged", "died"]
ATTRIBUTES = ["birth", "birthplace", "nationality", "party", "burial_place"]


def build(path: Path) -> dict[str, float]:
    from narkomindel.store import derived
    from narkomindel.store.database import Store

    rng = random.Random(SEED)
    t0 = time.perf_counter()
    with Store(path) as store:
        conn = store.conn
        conn.execute("BEGIN")
        source_ids = [hashlib.sha256(f"source {i}".encode()).hexdigest() for i in range(N_SOURCES)]
        conn.executemany(
            "INSERT INTO sources(key, id, path, version, kind, language, title, reader, encoding, size,"
            " ingested_at) VALUES (?,?,?,1,'scholarship','en',?,'reader.text.v1','utf-8',0,'2026-11-22')",
            [(k + 1, sid, f"synthetic/{k}.txt", f"Source {k}") for k, sid in enumerate(source_ids)],
        )
        # extracted and resolved, as a real register's sources are
        from narkomindel.extract import EXTRACTION_VERSION

        conn.executemany(
            "INSERT INTO extraction_runs(source_key, version, ran_at) VALUES (?, ?, '2026-11-22')",
            [(k + 1, EXTRACTION_VERSION) for k in range(N_SOURCES)],
        )
        next_seq = [0] * N_SOURCES
        mentions, factoids, entities, links = [], [], [], []
        for p in range(N_PERSONS):
            key = f"synth{p:06d}|AB"
            entities.append((p + 1, key, "person", f"A. B. Person{p:06d}ov",
                             json.dumps([f"A. B. Person{p:06d}ov", f"Person{p:06d}ov"]), "{}"))  # fmt: skip
            refs = []
            for _ in range(2):
                src = rng.randrange(N_SOURCES)
                seq = next_seq[src]
                next_seq[src] += 1
                mentions.append(
                    (src + 1, seq, 100, 120, f"Person{p:06d}ov", "person", "bench", 0.9, "{}")
                )
                refs.append((src, seq))
                links.append((p + 1, src + 1, seq, 0.9, "bench"))
            for k in range(FACTOIDS_EACH):
                src, subject = refs[k % 2]
                seq = next_seq[src]
                next_seq[src] += 1
                base = (
                    src + 1,
                    seq,
                    subject,
                    100,
                    160,
                    "a passage of about sixty characters stating the fact here",
                )
                if k < 4:
                    start = rng.randint(1917, 1940)
                    factoids.append((*base, "post", rng.choice(ROLES), None, None, rng.choice(COUNTRIES),
                                     str(start), str(start + rng.randint(1, 6)), None, None, '{"soviet": true}'))  # fmt: skip
                elif k == 4:
                    factoids.append((*base, "fate", None, None, None, None,
                                     f"{rng.randint(1936, 1941)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                                     None, rng.choice(FATES), None, "{}"))  # fmt: skip
                else:
                    factoids.append((*base, "attribute", None, None, None, None, None, None,
                                     f"value {k}", ATTRIBUTES[k - 5], "{}"))  # fmt: skip
        conn.executemany(
            'INSERT INTO mentions(source_key, seq, start, "end", text, type, extractor, confidence, attrs_json)'
            " VALUES (?,?,?,?,?,?,?,?,?)",
            mentions,
        )
        conn.executemany(
            'INSERT INTO factoids(source_key, seq, subject_seq, start, "end", quote, type, role, organisation,'
            " department, country, date_start, date_end, value, attribute, attrs_json, confidence, extractor)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0.9,'bench')",
            factoids,
        )
        conn.executemany(
            "INSERT INTO entities(id, key, type, label, variants_json, attrs_json) VALUES (?,?,?,?,?,?)",
            entities,
        )
        conn.executemany(
            "INSERT INTO entity_mentions(entity_id, source_key, mention_seq, score, evidence) VALUES (?,?,?,?,?)",
            links,
        )
        conn.execute("COMMIT")
        t1 = time.perf_counter()
        derived.refresh_derived(store)
        t2 = time.perf_counter()
        n = conn.execute("SELECT COUNT(*) FROM factoids").fetchone()[0]
    return {"factoids": n, "load_s": t1 - t0, "register_s": t2 - t1}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def timed(fn, args_list) -> dict[str, float]:  # type: ignore[no-untyped-def]
    times = []
    sizes = []
    for args in args_list:
        t = time.perf_counter()
        out = fn(*args)
        times.append((time.perf_counter() - t) * 1000)
        sizes.append(len(out))
    return {"p50_ms": statistics.median(times), "p95_ms": percentile(times, 0.95),
            "mean_rows": statistics.mean(sizes)}  # fmt: skip


def naive_person(path: Path, key: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT f.* FROM entities e JOIN entity_mentions em ON em.entity_id = e.id"
            " JOIN factoids f ON f.source_key = em.source_key AND f.subject_seq = em.mention_seq"
            " WHERE e.key = ?",
            (key,),
        ).fetchall()
    finally:
        conn.close()


def naive_persons(path: Path, country: str, year: int) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT DISTINCT e.key, e.label FROM factoids f JOIN entity_mentions em"
            " ON em.source_key = f.source_key AND em.mention_seq = f.subject_seq"
            " JOIN entities e ON e.id = em.entity_id WHERE f.type = 'post' AND f.country = ?"
            " AND CAST(f.date_start AS INTEGER) <= ? AND CAST(f.date_end AS INTEGER) >= ?",
            (country, year, year),
        ).fetchall()
    finally:
        conn.close()


def main() -> None:
    from narkomindel import query
    from narkomindel.store.database import Store

    rng = random.Random(SEED + 1)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        built = build(db)
        size_mb = os.path.getsize(db) / 1e6
        keys = [f"synth{rng.randrange(N_PERSONS):06d}|AB" for _ in range(200)]
        pairs = [(rng.choice(COUNTRIES), rng.randint(1918, 1945)) for _ in range(100)]
        store = Store(db)
        ours_person = timed(lambda k: query.person(store, k).factoids, [(k,) for k in keys])
        ours_persons = timed(
            lambda c, y: query.persons(store, country=c, year=y), [p for p in pairs]
        )
        # a curator's decision: reject a factoid (refreshes the persons it touches)
        from narkomindel.pipeline import judge_factoid

        conn = sqlite3.connect(db)
        picked = conn.execute(
            "SELECT s.id, f.seq FROM factoids f JOIN sources s ON s.key = f.source_key"
            " WHERE f.type = 'fate' ORDER BY random() LIMIT 20"
        ).fetchall()
        conn.close()
        decisions = timed(
            lambda sid, seq: [judge_factoid(store, f"f-{sid[:16]}-{seq}", "rejected", who="bench")],
            picked,
        )
        store.close()
        # the obvious alternative: the extraction tables alone, without the register's
        # tables and indexes (dropped on a copy of the database)
        plain = Path(tmp) / "plain.db"
        src = sqlite3.connect(db)
        src.execute("VACUUM INTO ?", (str(plain),))
        src.close()
        conn = sqlite3.connect(plain)
        for index in ("factoids_subject", "factoids_post", "factoids_role"):
            conn.execute(f"DROP INDEX IF EXISTS {index}")
        conn.commit()
        conn.close()
        naive_p = timed(lambda k: naive_person(plain, k), [(k,) for k in keys[:20]])
        naive_ps = timed(lambda c, y: naive_persons(plain, c, y), pairs[:10])
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "factoids": built["factoids"], "persons": N_PERSONS,
        "load_s": round(built["load_s"], 1), "register_build_s": round(built["register_s"], 1),
        "db_mb": round(size_mb), "peak_rss_mb": round(rss_mb),
        "person": {k: round(v, 1) for k, v in ours_person.items()},
        "persons_country_year": {k: round(v, 1) for k, v in ours_persons.items()},
        "judge_factoid": {k: round(v, 1) for k, v in decisions.items()},
        "naive_person": {k: round(v, 1) for k, v in naive_p.items()},
        "naive_persons_country_year": {k: round(v, 1) for k, v in naive_ps.items()},
        "python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version,
    }  # fmt: skip
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
