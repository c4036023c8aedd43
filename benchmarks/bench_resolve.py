"""Resolution at scale: 100,000 synthetic person mentions, blocked by name key.

Run: ``make bench-resolve`` (installs the benchmark extra, which brings splink).

Synthetic data (seeded, written here): persons with Russian names (surname,
first name, patronymic), namesakes sharing a surname, and for each person
several mentions written in a random romanisation (Library of Congress,
BGN/PCGN, popular, German, French) or in Cyrillic, as initials + surname, first
name + surname, or surname alone.  Side by side, in separate processes:

* Narkomindel's clusterer (``resolve.cluster``): blocking by the name key (a
  dictionary lookup), agreement of given names and initials;
* splink 5 on DuckDB: the same blocking (``block_on("surname_key")``), exact
  comparisons of the surname key, first initial, patronymic initial and
  first-name key (nulls are a level of their own), the prior from a
  deterministic rule (surname key + first initial, recall 0.8), u by random
  sampling, m by EM (blocked on initials, then on the surname key); clusters at
  match probability 0.9; the same model clustered at 0.5; and a variant with a
  fuzzy surname comparison (Jaro-Winkler on the romanised surname) at 0.5.

Reported: wall time, peak RSS, and B-cubed precision/recall/F1 against the truth.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from typing import Any

N_MENTIONS = 100_000
SEED = 7

SYLLABLES = "ba bo bu ve vo ga go gri da do de ze zi ka ko kra la lo li ma mo mi na no ni pa po pe ra ro ru sa so su ta to tu fa fe kha kho tse che sha sho shche".split()
ENDINGS = ["ов", "ев", "ин", "ский", "цкий", "енко", "ян", "швили", "ович", "ук"]
GIVEN = "Александр Алексей Анатолий Андрей Аркадий Борис Василий Виктор Владимир Георгий Григорий Дмитрий Евгений Иван Илья Константин Лев Леонид Максим Михаил Николай Павел Петр Семен Сергей Степан Федор Яков Ян Эрик".split()
CYR = {"ba": "ба", "bo": "бо", "bu": "бу", "ve": "ве", "vo": "во", "ga": "га", "go": "го", "gri": "гри", "da": "да",
       "do": "до", "de": "де", "ze": "зе", "zi": "зи", "ka": "ка", "ko": "ко", "kra": "кра", "la": "ла", "lo": "ло",
       "li": "ли", "ma": "ма", "mo": "мо", "mi": "ми", "na": "на", "no": "но", "ni": "ни", "pa": "па", "po": "по",
       "pe": "пе", "ra": "ра", "ro": "ро", "ru": "ру", "sa": "са", "so": "со", "su": "су", "ta": "та", "to": "то",
       "tu": "ту", "fa": "фа", "fe": "фе", "kha": "ха", "kho": "хо", "tse": "це", "che": "че", "sha": "ша",
       "sho": "шо", "shche": "ще"}  # fmt: skip


def synthetic() -> tuple[list[dict[str, Any]], list[int]]:
    from narkomindel.translit import romanize

    rng = random.Random(SEED)
    persons = []
    surnames: list[str] = []
    while sum(p["n"] for p in persons) < N_MENTIONS:
        if surnames and rng.random() < 0.15:
            surname = rng.choice(surnames)  # a namesake
        else:
            surname = "".join(
                CYR[rng.choice(SYLLABLES)] for _ in range(rng.randint(2, 3))
            ) + rng.choice(ENDINGS)
            surname = surname[:1].upper() + surname[1:]
            surnames.append(surname)
        father = rng.choice(GIVEN)
        patronymic = (
            father + ("ович" if father[-1] not in "йь" else "евич")
            if not father.endswith("ий")
            else father[:-2] + "ьевич"
        )
        persons.append(
            {
                "surname": surname,
                "given": rng.choice(GIVEN),
                "patronymic": patronymic,
                "n": rng.randint(1, 8),
            }
        )
    rows, truth = [], []
    for pid, p in enumerate(persons):
        for _ in range(p["n"]):
            if len(rows) == N_MENTIONS:
                break
            scheme = rng.choice(["lc", "bgn", "popular", "de", "fr", "cyrillic"])
            write = (
                (lambda s: s) if scheme == "cyrillic" else (lambda s, sc=scheme: romanize(s, sc))
            )
            form = rng.random()
            surname = write(p["surname"])
            if form < 0.45:
                given = [write(p["given"])[0] + ".", write(p["patronymic"])[0] + "."]
            elif form < 0.8:
                given = [write(p["given"])]
            else:
                given = []
            rows.append({"surname": surname, "given": given})
            truth.append(pid)
    return rows, truth


def bcubed(pred: list[Any], gold: list[int]) -> tuple[float, float, float]:
    pairs = Counter(zip(pred, gold, strict=True))
    psize, gsize = Counter(pred), Counter(gold)
    n = len(gold)
    p = sum(pairs[(a, b)] / psize[a] for a, b in zip(pred, gold, strict=True)) / n
    r = sum(pairs[(a, b)] / gsize[b] for a, b in zip(pred, gold, strict=True)) / n
    return p, r, 2 * p * r / (p + r)


def run_ours(rows: list[dict[str, Any]]) -> list[Any]:
    from narkomindel.resolve.cluster import PersonMention, cluster_persons

    docs = [
        [PersonMention(f"s{i}", 0, 0, r["surname"], r["surname"], list(r["given"]))]
        for i, r in enumerate(rows)
    ]
    entities = cluster_persons(docs)
    where = {src: e.key for e in entities for src, _ in e.mentions}
    return [where[f"s{i}"] for i in range(len(rows))]


def run_splink_05(rows: list[dict[str, Any]]) -> list[Any]:
    """splink as below, clustered at match probability 0.5 instead of 0.9."""
    return run_splink(rows, threshold=0.5)


def run_splink_fuzzy(rows: list[dict[str, Any]]) -> list[Any]:
    """splink with a fuzzy surname (Jaro-Winkler on the romanised surname) and a given-name
    comparison that lets an initial agree with a full name, at 0.5."""
    return run_splink(rows, threshold=0.5, fuzzy=True)


def run_splink(
    rows: list[dict[str, Any]], threshold: float = 0.9, fuzzy: bool = False
) -> list[Any]:
    import pyarrow as pa
    import splink.comparison_library as cl
    from splink import Linker, SettingsCreator, block_on
    from splink.backends.duckdb import DuckDBAPI

    from narkomindel.translit import initials_of, name_key, romanize

    def at(r: dict[str, Any], k: int) -> str | None:
        return initials_of(r["given"][k]) if len(r["given"]) > k else None

    table = pa.table(
        {
            "unique_id": list(range(len(rows))),
            "surname_key": [name_key(r["surname"]) for r in rows],
            "first_initial": [at(r, 0) for r in rows],
            "patronymic_initial": [at(r, 1) for r in rows],
            "first_name": [
                name_key(r["given"][0]) if r["given"] and not r["given"][0].endswith(".") else None
                for r in rows
            ],
            "surname_latin": [romanize(r["surname"], "lc") if not r["surname"].isascii() else r["surname"]
                              for r in rows],
        }
    )  # fmt: skip
    if fuzzy:
        comparisons = [
            cl.JaroWinklerAtThresholds("surname_latin", [0.95, 0.88]),
            cl.ExactMatch("surname_key"),
            cl.ExactMatch("first_initial"),
            cl.ExactMatch("patronymic_initial"),
            cl.ExactMatch("first_name"),
        ]
    else:
        comparisons = [
            cl.ExactMatch("surname_key"),
            cl.ExactMatch("first_initial"),
            cl.ExactMatch("patronymic_initial"),
            cl.ExactMatch("first_name"),
        ]
    db_api = DuckDBAPI()
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=[block_on("surname_key")],
    )
    linker = Linker(db_api.register(table), settings)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("surname_key", "first_initial")], recall=0.8
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("first_initial", "patronymic_initial")
    )
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("surname_key"))
    pred = linker.inference.predict(threshold_match_probability=threshold)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(pred, threshold)
    got = {row["unique_id"]: row["cluster_id"] for row in clusters.as_record_list()}
    return [got.get(i, f"single{i}") for i in range(len(rows))]


CHILD = """
import json, resource, sys, time
sys.path.insert(0, {bench!r})
import bench_resolve as b
rows, truth = b.synthetic()
t0 = time.perf_counter()
pred = b.run_{which}(rows)
secs = time.perf_counter() - t0
p, r, f = b.bcubed(pred, truth)
print(json.dumps({{"seconds": secs, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "precision": p, "recall": r, "f1": f, "mentions": len(rows), "persons": len(set(truth))}}))
"""


def main() -> None:
    from pathlib import Path

    bench = str(Path(__file__).resolve().parent)
    print(
        "| system | mentions | true persons | seconds | peak RSS (MB) | B-cubed P | B-cubed R | B-cubed F1 |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for which, label in (
        ("ours", "Narkomindel (name keys + given-name agreement)"),
        ("splink", "splink 5 / DuckDB (same blocking)"),
        ("splink_05", "splink 5, clustered at p ≥ 0.5"),
        ("splink_fuzzy", "splink 5, fuzzy surname (Jaro-Winkler), p ≥ 0.5"),
    ):
        out = subprocess.run(
            [sys.executable, "-c", CHILD.format(bench=bench, which=which)],
            capture_output=True,
            text=True,
        )
        if out.returncode:
            print(f"| {label} | failed: {out.stderr.strip().splitlines()[-1]} |")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {label} | {r['mentions']:,} | {r['persons']:,} | {r['seconds']:.1f} | {r['peak_mb']:.0f} | "
              f"{r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |")  # fmt: skip


if __name__ == "__main__":
    main()
