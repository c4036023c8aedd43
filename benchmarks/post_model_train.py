"""Train and cross-validate the attachment model of English posts (``extract.post_model``).

Reads annotated texts (gold references of the ``corpus/web`` format, each with its text
files next to it), extracts each with the rules alone, builds the candidates of
:mod:`narkomindel.extract.post_model` and labels each 1 when the reference holds that
post (the scorer's own matching: :func:`narkomindel.evaluate.gold.post_matches`, the
person read as the scorer reads it). Then, by leave-one-file-out cross-validation
(a long article is one file), it scores the posts of three variants with the scorer
(``evaluate.gold``): the rules alone, the rules plus the model's additions, and the
rules with the triples the model finds unlikely vetoed, at a grid of thresholds; and
finally trains on every file and writes the weights with the threshold chosen by the
cross-validation.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/post_model_train.py GOLD.json ...
[--matrix OUT.csv] [--weights OUT.json]``. The matrix holds features and labels only
(a file number, no text, no names).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from narkomindel.evaluate import gold as scorer
from narkomindel.evaluate.dates import DateScore
from narkomindel.evaluate.reference import Score
from narkomindel.extract import extractors
from narkomindel.extract.plugins import Findings
from narkomindel.extract.post_model import (
    EXTRACTOR,
    FEATURES,
    Candidate,
    Weights,
    candidates,
    model_posts,
)
from narkomindel.gazetteer.vocabulary import role_class_of
from narkomindel.model import Claim, Document, Extraction
from narkomindel.read import read_file

THRESHOLDS = (0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
STUMPS = "--stumps" in sys.argv
MARGINS = (0.0, 0.1, 0.2, 0.4)
VETOES = (0.02, 0.05, 0.1, 0.2, 0.3)


@dataclass
class File:
    name: str
    entry: dict[str, Any]
    doc: Document
    ex: Extraction
    cands: list[Candidate]
    labels: np.ndarray


def rules_only(doc: Document) -> Extraction:
    """The extraction without the model's step."""
    found = Findings()
    for spec in extractors():
        if spec.name != EXTRACTOR and spec.applies(doc):
            spec.run(doc, found)
    return Extraction(found.mentions, found.claims, found.events)


def _text_of(entry: dict[str, Any], base: Path) -> Path:
    if entry.get("file"):
        return base / str(entry["file"])
    sha = str(entry["sha256"])
    for p in sorted(base.glob("*.txt")):
        if hashlib.sha256(p.read_bytes()).hexdigest() == sha:
            return p
    raise SystemExit(f"no text for {sha[:12]}")


def labels_of(
    entry: dict[str, Any], doc: Document, ex: Extraction, cands: list[Candidate]
) -> np.ndarray:
    """1 where the reference holds the candidate's post, read as the scorer reads it."""
    persons = entry.get("persons", [])
    spans = scorer.reference_spans(doc.source_text, persons)
    only = [(s, e) for s, e, _ in spans]
    person_of = {}
    for k, m in enumerate(ex.mentions):
        if m.type == "person":
            s, e = doc.offsets.to_source(m.start, m.end)
            hit = scorer.first_overlap(s, e, only)
            if hit is not None:
                person_of[k] = spans[hit][2]
    who = scorer.subject_reader(persons, ex, person_of)
    out = np.zeros(len(cands))
    for n, c in enumerate(cands):
        i = who(c.person)
        if i is None:
            continue
        body = c.department or (c.organisation if c.organisation != "NKID" else None)
        cls = role_class_of(c.role.role)
        role = doc.offsets.to_source(c.role.start, c.role.end)
        for g in persons[i].get("posts", []):
            # the post, stated here: its evidence holds the role phrase (a reference
            # post of the person stated elsewhere does not make this pairing right)
            if scorer.post_matches(g, cls, c.country, body) and _stated_at(g, doc, role):
                out[n] = 1.0
    return out


def _stated_at(g: dict[str, Any], doc: Document, role: tuple[int, int]) -> bool:
    if g.get("span"):
        spans = [tuple(g["span"])]
    elif g.get("evidence"):
        ev = str(g["evidence"])
        spans, k = [], doc.source_text.find(ev)
        while k >= 0:
            spans.append((k, k + len(ev)))
            k = doc.source_text.find(ev, k + 1)
    else:
        return True
    return any(s < role[1] and role[0] < e for s, e in spans)


def load(golds: list[str]) -> list[File]:
    files = []
    for g in golds:
        # GOLD[@TEXTS][:a01,a02,...]: the texts' folder when not the reference's, and
        # the files to take (by stem) when not all
        g, _, only = g.partition(":")
        g, _, texts = g.partition("@")
        path = Path(g)
        wanted = set(only.split(",")) if only else None
        data = json.loads(path.read_text("utf-8"))
        for entry in data["files"]:
            if not any(p.get("posts") for p in entry.get("persons", [])):
                continue  # a reference without posts does not judge them
            text = _text_of(entry, Path(texts) if texts else path.parent)
            if wanted is not None and text.stem not in wanted:
                continue
            doc = read_file(text)
            ex = rules_only(doc)
            cands = candidates(doc, ex.mentions, ex.claims)
            name = f"{path.parent.name}/{text.name}"
            files.append(File(name, entry, doc, ex, cands, labels_of(entry, doc, ex, cands)))
            print(f"  {name}: {len(cands)} candidates, {int(files[-1].labels.sum())} true",
                  file=sys.stderr)  # fmt: skip
    return files


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Logistic regression by Newton's method with an L2 penalty (not on the bias)."""
    w = np.zeros(x.shape[1])
    pen = np.full(x.shape[1], l2)
    pen[0] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + pen * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(pen)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def fit_stumps(
    x: np.ndarray, y: np.ndarray, rounds: int = 150, rate: float = 0.1
) -> list[tuple[int, float, float, float]]:
    """Gradient-boosted stumps (logistic loss, one Newton step per leaf): the other
    model family compared; each stump is (feature, cut, value below, value at or above)."""
    cuts = [np.unique(np.quantile(x[:, j], np.linspace(0.05, 0.95, 10))) for j in range(x.shape[1])]
    f = np.full(len(y), np.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6)))
    stumps: list[tuple[int, float, float, float]] = [(0, -1e9, float(f[0]), float(f[0]))]
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-f))
        g, h = y - p, p * (1 - p) + 1e-9
        best = None
        for j in range(x.shape[1]):
            for c in cuts[j]:
                lo = x[:, j] < c
                gl, hl = g[lo].sum(), h[lo].sum()
                gr, hr = g.sum() - gl, h.sum() - hl
                gain = gl * gl / (hl + 1) + gr * gr / (hr + 1)
                if best is None or gain > best[0]:
                    best = (gain, j, float(c), gl / (hl + 1), gr / (hr + 1))
        assert best is not None
        _, j, c, vl, vr = best
        stumps.append((j, c, rate * vl, rate * vr))
        f += np.where(x[:, j] < c, rate * vl, rate * vr)
    return stumps


@dataclass(frozen=True)
class StumpModel(Weights):
    """Boosted stumps in the place of the regression's weights."""

    stumps: tuple[tuple[int, float, float, float], ...] = ()

    def probability(self, features: tuple[float, ...]) -> float:
        z = sum(lo if features[j] < c else hi for j, c, lo, hi in self.stumps)
        return float(1 / (1 + np.exp(-z)))


def matrix(files: list[File], new_only: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels; ``new_only``: of the candidates the rules did not produce."""
    ri = FEATURES.index("rules_triple")
    rows = [(c.features, y) for f in files for c, y in zip(f.cands, f.labels, strict=True)
            if not (new_only and c.features[ri])]  # fmt: skip
    return np.array([r[0] for r in rows]), np.array([r[1] for r in rows])


def weights(w: np.ndarray, threshold: float) -> Weights:
    return Weights({n: float(v) for n, v in zip(FEATURES, w, strict=True)}, threshold)


def score(f: File, claims: list[Claim]) -> tuple[int, int, int]:
    scores = {k: Score(k) for k in scorer.KINDS}
    ex = Extraction(f.ex.mentions, claims, f.ex.events)
    scorer._score_file(f.entry, f.doc.source_text, ex, f.doc.offsets, scores, DateScore(), 0)
    s = scores["post"]
    return s.tp, s.fp, s.fn


def vetoed(f: File, w: Weights, cut: float) -> list[Claim]:
    """The rule claims without those whose best candidate is below ``cut``."""
    prob: dict[tuple[Any, ...], float] = {}
    for c in f.cands:
        body = c.department or (c.organisation if c.organisation != "NKID" else None)
        key = (c.person, role_class_of(c.role.role), c.country, body)
        prob[key] = max(prob.get(key, 0.0), w.probability(c.features))
    out = []
    for c in f.ex.claims:
        if c.type == "post":
            body = c.department or (c.organisation if c.organisation != "NKID" else None)
            p = prob.get((c.subject, role_class_of(c.role), c.country, body))
            if p is not None and p < cut:
                continue
        out.append(c)
    return out


def reranked(f: File, w: Weights, margin: float) -> list[Claim]:
    """The rule claims, each moved to the place option the model prefers for its person
    and role phrase when that option is likelier than the rule's own by ``margin``."""
    out = []
    for c in f.ex.claims:
        group = [
            (w.probability(d.features), d)
            for d in f.cands
            if c.type == "post" and d.person == c.subject and c.start <= d.role.start < c.end
            and role_class_of(d.role.role) == role_class_of(c.role)
        ]  # fmt: skip
        own = [p for p, d in group if (d.country, d.department) == (c.country, c.department)]
        if group and own:
            p, d = max(group, key=lambda pd: pd[0])
            if p > max(own) + margin:
                c = replace(
                    c, country=d.country, department=d.department, organisation=d.organisation
                )
        out.append(c)
    return out


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cross_validate(files: list[File], l2: float) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = {}

    def add(name: str, t: tuple[int, int, int]) -> None:
        acc = totals.setdefault(name, [0, 0, 0])
        for k in range(3):
            acc[k] += t[k]

    for k, f in enumerate(files):
        train = [g for j, g in enumerate(files) if j != k and len(g.cands)]
        w = fit(*matrix(train), l2)
        w_new = fit(*matrix(train, new_only=True), l2)
        stumps = fit_stumps(*matrix(train)) if STUMPS else []
        add("rules", score(f, f.ex.claims))
        for t in THRESHOLDS:
            extra = model_posts(f.doc, f.ex.mentions, f.ex.claims, weights(w, t))
            add(f"add@{t}", score(f, f.ex.claims + extra))
            extra = model_posts(f.doc, f.ex.mentions, f.ex.claims, weights(w_new, t))
            add(f"addnew@{t}", score(f, f.ex.claims + extra))
            if STUMPS:
                extra = model_posts(
                    f.doc, f.ex.mentions, f.ex.claims, StumpModel({}, t, tuple(stumps))
                )
                add(f"stumps-add@{t}", score(f, f.ex.claims + extra))
        for t in VETOES:
            add(f"veto@{t}", score(f, vetoed(f, weights(w, 1.0), t)))
        for t in MARGINS:
            add(f"rerank@{t}", score(f, reranked(f, weights(w, 1.0), t)))
    return totals


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("golds", nargs="+")
    ap.add_argument("--matrix")
    ap.add_argument("--weights")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--stumps", action="store_true", help="also cross-validate boosted stumps")
    args = ap.parse_args()
    files = load(args.golds)
    if args.matrix:
        with open(args.matrix, "w", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(["file", "label", *FEATURES])
            for k, f in enumerate(files):
                for c, y in zip(f.cands, f.labels, strict=True):
                    out.writerow([k, int(y), *(round(v, 4) for v in c.features)])
    n = sum(len(f.cands) for f in files)
    pos = int(sum(f.labels.sum() for f in files))
    print(f"{len(files)} files, {n} candidates, {pos} true")
    totals = cross_validate(files, args.l2)
    for name, (tp, fp, fn) in totals.items():
        print(f"{name:11} F1 {f1(tp, fp, fn):.3f} ({tp}/{fp}/{fn})")
    adds = [n for n in totals if n.startswith("add")]  # the logistic regression's
    best = max(adds, key=lambda n: (f1(*totals[n]), float(n.split("@")[1])))
    helps = f1(*totals[best]) > f1(*totals["rules"])
    print(f"best addition: {best} ({'better' if helps else 'not better'} than the rules alone)")
    if args.weights:
        w = fit(*matrix(files, new_only=best.startswith("addnew")), args.l2)
        data = {
            "about": "extract.post_model: a logistic regression trained by "
            "benchmarks/post_model_train.py on the annotated English texts; the threshold is "
            "the best addition threshold of leave-one-file-out cross-validation "
            f"({best}: post F1 {f1(*totals[best]):.3f} against {f1(*totals['rules']):.3f} "
            "of the rules alone)",
            "threshold": float(best.split("@")[1]),
            "weights": {n: round(float(v), 4) for n, v in zip(FEATURES, w, strict=True)},
        }
        Path(args.weights).write_text(json.dumps(data, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
