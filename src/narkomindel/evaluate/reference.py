"""Evaluate what was extracted against reference annotations (``narkomindel evaluate``).

A reference file is JSON Lines; every line names its source by ``sha256`` (the
source id) and is one of:

``{"kind": "mention", "type": "person", "start": S, "end": E, "entity": "krestinskii"}``
    a mention; offsets are characters of the decoded original file.
``{"kind": "post", "entity": "...", "role": "...", "country": ..., "department": ...}``
``{"kind": "fate", "entity": "...", "value": "purged", "date": "1938"}``
``{"kind": "event", "type": "conference", "name": "Genoa Conference", "date": "1922-04-10/1922-05-19"}``
``{"kind": "record_field", "start": S, "end": E, "field": "surname", "value": "..."}``
``{"kind": "tei_persons"}``
    use the editors' ``persName`` tags inside the source's TEI documents as the
    person-mention reference.
``{"kind": "link", "person": "E. A. Asmus", "record": "Асмус Эрик Адольфович", "true": true}``
    a registry link judged by hand (no ``sha256``): ``person`` is any variant of the
    person's name (or, with ``"text"``, the form printed in that file), ``record`` the
    record's name; ``true: false`` marks a namesake.  Scored by
    :mod:`narkomindel.evaluate.links`.
``{"kind": "scope", "types": ["mention", "post", ...]}``
    the source's reference is complete for these kinds: predictions of those
    kinds in the source count against precision (others are not judged).

Scores are precision, recall and F1 per kind.  Posts match on person, role
(heads of mission — ambassador, polpred, envoy, minister — are one class) and
the country or department the reference gives; fates on person and fate
(asserted claims only); events on type and name (and date, for dated events);
mentions on overlapping spans.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from narkomindel.errors import ReferenceFileError
from narkomindel.gazetteer.vocabulary import role_class
from narkomindel.store.database import Store
from narkomindel.translit import name_key

__all__ = ["Score", "evaluate", "surname_key"]


@dataclass
class Score:
    kind: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


def surname_key(name: str | None) -> str:
    """A loose key for one person's surname across romanisations (Maisky = Maiskii)."""
    return name_key(name) if name else ""


def _role_class(role: str | None) -> str:
    return role_class(role) or ""


def _norm_name(name: str) -> str:
    name = re.sub(r"\b(?:the|of|de)\b", " ", name.lower())
    return " ".join(re.findall(r"[a-z0-9]+", name))


def _load(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(Path(path).read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReferenceFileError(
                f"not JSON: {exc.msg}", where=f"{path}:{n}", hint="one JSON object per line"
            ) from exc
        if row.get("kind") == "link":
            if not {"person", "record", "true"} <= set(row):
                raise ReferenceFileError(
                    "a link line needs 'person', 'record' and 'true'", where=f"{path}:{n}"
                )
        elif "sha256" not in row or "kind" not in row:
            raise ReferenceFileError("each line needs 'sha256' and 'kind'", where=f"{path}:{n}")
        rows.append(row)
    return rows


def evaluate(
    store: Store, reference: str | os.PathLike[str], *, keep_errors: int = 20
) -> list[Score]:
    """Precision, recall and F1 per kind of the database's extraction against ``reference``."""
    rows = _load(reference)
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["kind"] != "link":
            by_source[row["sha256"]].append(row)
    scores: dict[str, Score] = {}

    def score(kind: str) -> Score:
        return scores.setdefault(kind, Score(kind))

    with store.reading():
        for sid, refs in by_source.items():
            if not store.has_source(sid):
                raise ReferenceFileError(
                    f"reference names source {sid[:12]}…, which is not in the database",
                    where=str(reference),
                    hint="ingest the files the reference was made for",
                )
            ex = store.extraction(sid)
            omap = store.offset_map(sid)
            scope = {k for r in refs if r["kind"] == "scope" for k in r.get("types", [])}
            _mentions(store, sid, ex, omap, refs, scope, score("person_mention"), keep_errors)
            _claims(ex, refs, scope, score, keep_errors)
            _events(ex, refs, scope, score("event"), score("dated_event"), keep_errors)
            _records(store, sid, omap, refs, score("record_field"), keep_errors)
        links = [r for r in rows if r["kind"] == "link"]
        if links:
            # the link scoring lives in evaluate/links.py, which builds on Score defined here
            from narkomindel.evaluate.links import LinkScore, score_links

            scores["registry_link"] = score_links(
                store, links, LinkScore("registry_link"), keep=keep_errors
            )
    return [s for s in scores.values() if s.tp + s.fp + s.fn]


def _mentions(store: Store, sid: str, ex: Any, omap: Any, refs: list[dict[str, Any]], scope: set[str],
              sc: Score, keep: int) -> None:  # fmt: skip
    gold: list[tuple[int, int]] = []
    tei = any(r["kind"] == "tei_persons" for r in refs)
    limit_to: list[tuple[int, int]] | None = None
    if tei:
        for a in store.annotations(sid, "tei"):
            if a.name == "persName" and a.attrs.get("document"):
                gold.append((a.start, a.end))
        limit_to = [(s.start, s.end) for s in store.segments(sid) if s.group]
    # file references give offsets in the original; predictions are mapped there
    gold += [
        (r["start"], r["end"])
        for r in refs
        if r["kind"] == "mention" and r.get("type", "person") == "person"
    ]
    if not gold:
        return
    predicted: list[tuple[int, int, str]] = []
    for m in ex.mentions:
        if m.type != "person":
            continue
        if limit_to is not None and not any(s <= m.start < e for s, e in limit_to):
            continue
        if tei:
            predicted.append((m.start, m.end, m.text))
        else:
            s, e = omap.to_source(m.start, m.end)
            predicted.append((s, e, m.text))
    judged = tei or "mention" in scope
    used: set[int] = set()
    for s, e, text in predicted:
        hit = next(
            (k for k, (gs, ge) in enumerate(gold) if k not in used and s < ge and gs < e), None
        )
        if hit is None:
            if judged:
                sc.fp += 1
                if len(sc.errors) < keep:
                    sc.errors.append(
                        {"kind": "person_mention", "error": "false positive", "text": text}
                    )
        else:
            used.add(hit)
            sc.tp += 1
    missed = [g for k, g in enumerate(gold) if k not in used]
    sc.fn += len(missed)
    for gs, ge in missed[: max(0, keep - len(sc.errors))]:
        sc.errors.append({"kind": "person_mention", "error": "missed", "span": [gs, ge]})


def _claims(ex: Any, refs: list[dict[str, Any]], scope: set[str], score: Any, keep: int) -> None:
    mentions = ex.mentions

    def who(c: Any) -> str:
        m = mentions[c.subject]
        return surname_key(m.attrs.get("surname") or m.text)

    gold_posts = {
        (surname_key(r["entity"]), _role_class(r.get("role")), r.get("country"), r.get("department"))
        for r in refs if r["kind"] == "post"
    }  # fmt: skip
    pred_posts = {
        (who(c), _role_class(c.role), c.country, c.department)
        for c in ex.claims if c.type == "post" and c.modality == "asserted"
    }  # fmt: skip
    if gold_posts or "post" in scope:
        sc = score("post")
        matched: set[tuple[Any, ...]] = set()
        for p in pred_posts:
            hit = next(
                (g for g in gold_posts if g not in matched and g[0] == p[0] and g[1] == p[1]
                 and (g[2] is None or g[2] == p[2]) and (g[3] is None or g[3] == p[3])
                 and (g[2] is not None or g[3] is not None or (p[2] is None and p[3] is None))),
                None,
            )  # fmt: skip
            if hit is not None:
                matched.add(hit)
                sc.tp += 1
            elif "post" in scope:
                sc.fp += 1
                if len(sc.errors) < keep:
                    sc.errors.append({"kind": "post", "error": "false positive", "claim": list(p)})
        for g in gold_posts - matched:
            sc.fn += 1
            if len(sc.errors) < keep:
                sc.errors.append({"kind": "post", "error": "missed", "claim": list(g)})
    gold_fates = {(surname_key(r["entity"]), r["value"]) for r in refs if r["kind"] == "fate"}
    pred_fates = {
        (who(c), c.value) for c in ex.claims if c.type == "fate" and c.modality == "asserted"
    }
    if gold_fates or "fate" in scope:
        sc = score("fate")
        sc.tp += len(pred_fates & gold_fates)
        fn = gold_fates - pred_fates
        sc.fn += len(fn)
        fp = pred_fates - gold_fates if "fate" in scope else set()
        sc.fp += len(fp)
        for item, label in [(x, "missed") for x in fn] + [(x, "false positive") for x in fp]:
            if len(sc.errors) < keep:
                sc.errors.append({"kind": "fate", "error": label, "claim": list(item)})


def _events(
    ex: Any, refs: list[dict[str, Any]], scope: set[str], sc: Score, dated: Score, keep: int
) -> None:
    gold = [r for r in refs if r["kind"] == "event"]
    if not gold and "event" not in scope:
        return
    pred = list(ex.events)
    used: set[int] = set()
    used_dated: set[int] = set()
    for e in pred:
        name = _norm_name(e.name)
        k = next(
            (i for i, g in enumerate(gold) if i not in used and g["type"] == e.type and (
                _norm_name(g["name"]) == name or set(_norm_name(g["name"]).split()) <= set(name.split())
            )),
            None,
        )  # fmt: skip
        if k is None:
            if "event" in scope:
                sc.fp += 1
                if e.date:
                    dated.fp += 1
                if len(sc.errors) < keep:
                    sc.errors.append(
                        {
                            "kind": "event",
                            "error": "false positive",
                            "event": [e.type, e.name, e.date],
                        }
                    )
            continue
        used.add(k)
        sc.tp += 1
        g = gold[k]
        if g.get("date"):
            if e.date and (e.date == g["date"] or e.date.split("/")[0] == g["date"].split("/")[0]):
                dated.tp += 1
                used_dated.add(k)
            else:
                dated.fp += 1 if e.date else 0
    for i, g in enumerate(gold):
        if i not in used:
            sc.fn += 1
            if len(sc.errors) < keep:
                sc.errors.append(
                    {
                        "kind": "event",
                        "error": "missed",
                        "event": [g["type"], g["name"], g.get("date")],
                    }
                )
        if g.get("date") and i not in used_dated:
            dated.fn += 1


def _records(
    store: Store, sid: str, omap: Any, refs: list[dict[str, Any]], sc: Score, keep: int
) -> None:
    gold = [r for r in refs if r["kind"] == "record_field"]
    if not gold:
        return
    predicted = []
    for a in store.annotations(sid, "record_field"):
        s, e = omap.to_source(a.start, a.end)
        predicted.append((a.name, a.value, s, e))
    for g in gold:
        hit = any(
            name == g["field"] and value == g["value"] and s < g["end"] and g["start"] < e
            for name, value, s, e in predicted
        )
        if hit:
            sc.tp += 1
        else:
            sc.fn += 1
            if len(sc.errors) < keep:
                sc.errors.append(
                    {
                        "kind": "record_field",
                        "error": "missed",
                        "field": g["field"],
                        "value": g["value"],
                    }
                )
    # false positives: fields predicted inside a judged record that match no reference field
    by_record: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        by_record[g.get("record")].append(g)
    for fields in by_record.values():
        lo, hi = min(g["start"] for g in fields), max(g["end"] for g in fields)
        names = {g["field"] for g in fields}
        for name, value, s, e in predicted:
            if (
                name in names
                and lo <= s
                and e <= hi
                and not any(
                    g["field"] == name and g["value"] == value and s < g["end"] and g["start"] < e
                    for g in fields
                )
            ):
                sc.fp += 1
