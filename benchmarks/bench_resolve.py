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

``python benchmarks/bench_resolve.py links`` (also run by ``make bench-resolve``):
registry links at the scale of a whole register — 50,000 synthetic records
(surnames drawn from a skewed pool, so namesakes are common; a few of the elite,
some with a post abroad or in a department, nationality, party history) and
3,000 persons of the texts, 60% of them in the register and 40% not (the
survivors, whose namesakes are the trap), named by surname alone, initials, a
first name, or a first name and patronymic, with the facts a text may state
(a post, a birth year, nationality, a former party, a country named beside the
name).  Side by side, in separate processes: ``resolve.link`` (evidence beyond
the name required) and the obvious alternative, linking on the name alone (the
one record of that surname whose given names agree).  Reported: time, peak
RSS, precision and recall of the applied links, namesakes applied, what waits in
review.
"""

from __future__ import annotations

import itertools
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


N_RECORDS = 50_000
N_TEXT_PERSONS = 3_000
COUNTRIES = "Norway Japan Finland Latvia Poland Turkey Persia Germany France Italy China".split()
DEPARTMENTS = ["Press Department", "1st Eastern Department", "2nd Western Department"]
NATIONALITIES = [("русский", "Russian")] * 6 + [("еврей", "Jew"), ("латыш", "Latvian"),
                 ("поляк", "Pole"), ("немец", "German"), ("армянин", "Armenian")]  # fmt: skip
PARTIES = [("меньшевик", "Menshevik"), ("эсер", "SR"), ("Бунда", "Bundist")]


def _office(rng: random.Random) -> tuple[str, str]:
    """(a record's office, the same office as a text would give it)."""
    kind = rng.random()
    country = rng.choice(COUNTRIES)
    if kind < 0.3:
        return f"polpred|{country}|NKID|", f"ambassador|{country}||"
    if kind < 0.5:
        return f"attaché|{country}|NKID|", f"attaché|{country}||"
    if kind < 0.65:
        dept = rng.choice(DEPARTMENTS)
        return f"head of department||NKID|{dept}", f"head of department||NKID|{dept}"
    if kind < 0.8:
        return f"trade representative|{country}||", f"trade representative|{country}||"
    return "secretary|||", "secretary|||"  # a common title: of what?


def synthetic_links() -> tuple[list[Any], dict[str, str | None]]:
    """Records and persons of the texts as entities, and the truth: each person's record
    (or None: not in the register)."""
    from narkomindel.model import Entity
    from narkomindel.translit import name_key, romanize

    rng = random.Random(SEED)
    pool = [
        ("".join(CYR[rng.choice(SYLLABLES)] for _ in range(rng.randint(2, 3))) + rng.choice(ENDINGS)).capitalize()
        for _ in range(12_000)
    ]  # fmt: skip
    weights = [1 / (k + 1) ** 0.6 for k in range(len(pool))]  # the commonest: ~1% of records
    cum = list(itertools.accumulate(weights))

    def given_pair() -> tuple[str, str]:
        father = rng.choice(GIVEN)
        patronymic = (
            father[:-2] + "ьевич"
            if father.endswith("ий")
            else father + ("евич" if father[-1] in "йь" else "ович")
        )
        return rng.choice(GIVEN), patronymic  # fmt: skip

    records, facts = [], []
    for n in range(N_RECORDS):
        surname = rng.choices(pool, cum_weights=cum)[0]
        first, patronymic = given_pair()
        office, as_text = _office(rng) if rng.random() < 0.12 else ("", "")
        nat = rng.choice(NATIONALITIES)
        party = rng.choice(PARTIES) if rng.random() < 0.05 else None
        attrs = {
            "surname_key": name_key(surname), "given": [first, patronymic], "record": True,
            "offices": [office] if office else [], "posts": [office.rsplit("|", 2)[0]] if office else [],
            "birth": rng.randint(1870, 1915), "death": rng.choice([1937, 1938]), "fates": ["executed"],
            "elite": rng.random() < 0.02, "nationality": [nat[0]],
            "parties": [f"член ВКП(б) (бывший {party[0]})"] if party else ["член ВКП(б)"],
        }  # fmt: skip
        records.append(Entity(f"r{n}", f"{surname} {first} {patronymic}", [("reg", n)], [], attrs))
        facts.append((surname, first, patronymic, as_text, nat[1], party[1] if party else None))
    persons, truth = [], {}
    for n in range(N_TEXT_PERSONS):
        if rng.random() < 0.6:  # in the register: the texts state some of the record's facts
            k = rng.randrange(N_RECORDS)
            surname, first, patronymic, as_text, nat, party = facts[k]
            rec_attrs = records[k].attrs
            birth, elite, target = rec_attrs["birth"], rec_attrs["elite"], records[k].key
        else:  # a survivor: his surname is common in the register, his facts his own
            surname = rng.choices(pool, cum_weights=cum)[0]
            first, patronymic = given_pair()
            as_text = _office(rng)[1] if rng.random() < 0.12 else ""
            nat, party = rng.choice(NATIONALITIES)[1], None
            birth, elite, target = rng.randint(1870, 1915), rng.random() < 0.02, None
        form = rng.random()
        lc = romanize(first, "lc")
        given = (
            [] if form < 0.25 else [lc[0] + ".", romanize(patronymic, "lc")[0] + "."] if form < 0.6
            else [lc] if form < 0.85 else [lc, romanize(patronymic, "lc")]
        )  # fmt: skip
        attrs: dict[str, Any] = {
            "surname_key": name_key(surname), "given": given, "record": False,
            "soviet": rng.random() < 0.7, "fates": [], "years": [], "post_years": [],
        }  # fmt: skip
        if as_text and rng.random() < 0.6:
            attrs["offices"] = [as_text]
            attrs["posts"] = [as_text.rsplit("|", 2)[0]]
        if elite and rng.random() < 0.5:
            attrs.setdefault("offices", []).append("people's commissar|||")
        if rng.random() < 0.1:
            attrs["birth"] = birth
        if rng.random() < 0.15:
            attrs["nationality"] = [nat]
        if party and rng.random() < 0.5:
            attrs["parties"] = [party]
        if as_text and as_text.split("|")[1] and rng.random() < 0.1:
            attrs["nearby_countries"] = [as_text.split("|")[1]]
        label = " ".join([*given, romanize(surname, "lc")])
        persons.append(Entity(f"p{n}", label, [("text", n)], [label], attrs))
        truth[f"p{n}"] = target
    return records + persons, truth


def link_ours(entities: list[Any]) -> list[tuple[str, str, str]]:
    from narkomindel.resolve.link import link_records

    by_mention = {e.mentions[0]: e.key for e in entities if e.attrs.get("record")}
    return [
        (lk.entity_key, by_mention[(lk.record_source, lk.record_seq)], lk.status)
        for lk in link_records(entities)
    ]


def link_name_only(entities: list[Any]) -> list[tuple[str, str, str]]:
    """The obvious alternative: the one record of that surname whose given names agree."""
    from collections import defaultdict

    from narkomindel.translit import given_names_agree

    by_key = defaultdict(list)
    for e in entities:
        if e.attrs.get("record"):
            by_key[e.attrs["surname_key"]].append(e)
    out = []
    for p in entities:
        if p.attrs.get("record"):
            continue
        given = p.attrs["given"]
        fits = [
            r for r in by_key.get(p.attrs["surname_key"], [])
            if all(given_names_agree(g, x) for g, x in zip(given, r.attrs["given"], strict=False))
        ]  # fmt: skip
        out += [(p.key, r.key, "applied" if len(fits) == 1 else "review") for r in fits]
    return out


LINK_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {bench!r})
import bench_resolve as b
entities, truth = b.synthetic_links()
t0 = time.perf_counter()
links = b.link_{which}(entities)
secs = time.perf_counter() - t0
applied = [(p, r) for p, r, st in links if st == "applied"]
right = sum(truth[p] == r for p, r in applied)
in_register = sum(1 for t in truth.values() if t)
print(json.dumps({{"seconds": secs, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "applied": len(applied), "right": right, "namesakes": len(applied) - right,
                  "review": sum(st == "review" for _p, _r, st in links),
                  "true_in_review": sum(st == "review" and truth[p] == r for p, r, st in links),
                  "precision": right / len(applied) if applied else 0.0, "recall": right / in_register,
                  "records": sum(1 for e in entities if e.attrs.get("record")), "persons": len(truth)}}))
"""


def main_links() -> None:
    from pathlib import Path

    bench = str(Path(__file__).resolve().parent)
    print("| linker | records | text persons | seconds | peak RSS (MB) | applied | namesakes applied "
          "| precision | recall | in review (true) |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for which, label in (
        ("ours", "Narkomindel (evidence beyond the name)"),
        ("name_only", "name alone (the one record whose given names agree)"),
    ):
        out = subprocess.run(
            [sys.executable, "-c", LINK_CHILD.format(bench=bench, which=which)],
            capture_output=True,
            text=True,
        )
        if out.returncode:
            print(f"| {label} | failed: {out.stderr.strip().splitlines()[-1]} |")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {label} | {r['records']:,} | {r['persons']:,} | {r['seconds']:.1f} | {r['peak_mb']:.0f} | "
              f"{r['applied']:,} | {r['namesakes']:,} | {r['precision']:.3f} | {r['recall']:.3f} | "
              f"{r['review']:,} ({r['true_in_review']:,}) |")  # fmt: skip


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
    if sys.argv[1:] == ["links"]:
        main_links()
    else:
        main()
        main_links()
