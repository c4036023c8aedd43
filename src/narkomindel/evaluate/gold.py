"""Score what extraction stored against hand-made references of the *gold* format.

The format is the one of ``corpus/web/gold-*.json`` (its README gives the schema):
one JSON object with ``files``; each file lists its ``persons`` (``forms``: every
surface form in the file; ``posts``; ``fate`` and ``other_fates``), its ``events``
and its ``cited_authors``. A file entry names its text by ``file`` (looked for next
to the reference file) or by ``sha256`` (the source id); evidence is either a
quotation (``evidence``) or a ``span`` of characters of the file decoded as UTF-8.
The scoring rules are written down in ``docs/accuracy.md``; in short:

* **person mentions** — every occurrence (as a whole word) of a person's forms is a
  reference mention; a stored person mention overlapping one is right, one
  overlapping none is wrong (a cited author tagged a person is wrong);
* **posts** — (person, role class, country or department); the role class comes from
  :func:`narkomindel.gazetteer.vocabulary.role_class_of`;
* **fates** — (person, fate class), the fate and every other fate of the person;
* **events** — type or name words, and the year when the reference dates it;
* **dates exact** — of the dated reference posts, fates and events a stored claim
  matches, the share whose stored date is the reference's (:mod:`.dates`).

Nothing here reads the extractor: it scores the database, so it works on any
database built by ``narkomindel ingest`` from the annotated files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from narkomindel.errors import ReferenceFileError
from narkomindel.evaluate.dates import DateScore, evidence_span
from narkomindel.evaluate.matching import best_matching
from narkomindel.evaluate.reference import Score
from narkomindel.gazetteer import places
from narkomindel.gazetteer.vocabulary import fate_class, role_class_of
from narkomindel.model import Claim, Extraction
from narkomindel.store.database import Store
from narkomindel.translit import name_key

__all__ = [
    "GoldReport", "evaluate_gold", "is_gold_reference", "stored_entries", "KINDS",
    "reference_spans", "subject_reader", "post_body", "post_matches", "first_overlap",
]  # fmt: skip

#: the kinds scored, in the order they are printed
KINDS = ("person_mention", "post", "fate", "event")


@dataclass
class GoldReport:
    """Scores per file and in total (``files[name][kind]``, ``total[kind]``)."""

    files: dict[str, dict[str, Score]] = field(default_factory=dict)
    total: dict[str, Score] = field(default_factory=dict)
    scholars_as_persons: int = 0
    #: dates exact, in total and per file
    dates: DateScore = field(default_factory=DateScore)
    file_dates: dict[str, DateScore] = field(default_factory=dict)

    def rows(self) -> list[dict[str, Any]]:
        """One row per file and kind, then the totals (file ``TOTAL``)."""
        out = []
        for name, scores in [*self.files.items(), ("TOTAL", self.total)]:
            for kind in KINDS:
                if kind in scores:
                    out.append({"file": name, **scores[kind].row()})
        return out


def is_gold_reference(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a reference of the gold format (one JSON object with ``files``)."""
    text = Path(path).read_text("utf-8")
    if not text.lstrip().startswith("{"):
        return False
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return False  # JSON Lines, or broken: the line reader reports where
    return isinstance(data, dict) and "files" in data


def _load(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except json.JSONDecodeError as exc:
        raise ReferenceFileError(
            f"not JSON: {exc.msg}", where=f"{path}:{exc.lineno}", hint="one JSON object"
        ) from exc
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list):
        raise ReferenceFileError("a gold reference needs a list 'files'", where=str(path))
    return files


def _source_id(entry: dict[str, Any], base: Path) -> str:
    if entry.get("sha256"):
        return str(entry["sha256"])
    name = entry.get("file")
    if not name:
        raise ReferenceFileError("a file entry needs 'file' or 'sha256'", where=str(base))
    text_path = base / str(name)
    if not text_path.is_file():
        raise ReferenceFileError(
            f"the reference names {name}, which is not next to it", where=str(base)
        )
    return hashlib.sha256(text_path.read_bytes()).hexdigest()


def stored_entries(
    store: Store, path: Path, only: Iterable[str] | None = None
) -> Iterator[tuple[dict[str, Any], str, str]]:
    """Each file entry of the reference at ``path`` (only those named in ``only``, by
    file name or stem, if it is given) with its name and the id of its stored source;
    call it inside ``store.reading()``. A file not in the database is a
    :class:`ReferenceFileError`."""
    wanted = set(only) if only is not None else None
    for entry in _load(path):
        name = str(entry.get("file") or entry.get("sha256"))
        if wanted is not None and name not in wanted and Path(name).stem not in wanted:
            continue
        sid = _source_id(entry, path.parent)
        if not store.has_source(sid):
            raise ReferenceFileError(
                f"the reference's {name} ({sid[:12]}…) is not in the database",
                where=str(path),
                hint="ingest the annotated files first (narkomindel ingest DIR --db DB)",
            )
        yield entry, name, sid


def evaluate_gold(
    store: Store,
    reference: str | os.PathLike[str],
    *,
    only: Iterable[str] | None = None,
    keep_errors: int = 400,
) -> GoldReport:
    """Precision, recall and F1 per claim type, per file and in total, of what the
    database stores for the files of ``reference`` (a gold-format JSON file).

    ``only`` limits scoring to the file entries of those names (e.g. a development
    part). Raises :class:`ReferenceFileError` if a file is not in the database."""
    report = GoldReport()
    with store.reading():
        for entry, name, sid in stored_entries(store, Path(reference), only):
            source_text = store.document(sid).source_text
            ex = store.extraction(sid)
            omap = store.offset_map(sid)
            scores = {k: Score(k) for k in KINDS}
            dates = DateScore()
            report.scholars_as_persons += _score_file(
                entry, source_text, ex, omap, scores, dates, keep_errors
            )
            report.files[name] = scores
            report.file_dates[name] = dates
            report.dates.add(dates)
            report.dates.errors += [{"file": name, **e} for e in dates.errors]
            for kind, sc in scores.items():
                tot = report.total.setdefault(kind, Score(kind))
                tot.tp, tot.fp, tot.fn = tot.tp + sc.tp, tot.fp + sc.fp, tot.fn + sc.fn
                tot.errors += [{"file": name, **e} for e in sc.errors]
    return report


# -- persons ------------------------------------------------------------------------


def _occurrences(text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``forms``, longest first, not overlapping."""
    spans: list[tuple[int, int]] = []
    for form in sorted({f for f in forms if f.strip()}, key=len, reverse=True):
        # a capitalised form glued to a lower-case word ("byLev Karakhan", a copied
        # infobox) is still an occurrence
        left = r"(?:(?<!\w)|(?<=[a-z]))" if form[:1].isupper() else r"(?<!\w)"
        pat = re.compile(left + re.escape(form) + r"(?!\w)")
        for m in pat.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)


def first_overlap(s: int, e: int, spans: list[tuple[int, int]]) -> int | None:
    """The index of the first of ``spans`` that ``s``–``e`` overlaps, if any."""
    return next((k for k, (gs, ge) in enumerate(spans) if s < ge and gs < e), None)


def _keys(forms: Iterable[str]) -> set[str]:
    out = set()
    for form in forms:
        words = re.findall(r"[^\W\d_][\w'’-]+", form)
        words = [w for w in words if w[:1].isupper() and w.rstrip(".") not in _HONORIFICS]
        if words:
            out.add(name_key(words[-1].rstrip(",")))
            if "," in form:  # "Surname, Given Names"
                out.add(name_key(words[0]))
    return out - {""}


_HONORIFICS = frozenset(
    "M Mme Mr Mrs Sir Dr Senor Signor Signori Comrade General Count Baron Herr Lord".split()
)


def reference_spans(text: str, persons: list[dict[str, Any]]) -> list[tuple[int, int, int]]:
    """Every occurrence of the reference persons' forms, as (start, end, person index),
    in text order."""
    occ = [_occurrences(text, p.get("forms", [])) for p in persons]
    return sorted((s, e, i) for i, spans in enumerate(occ) for s, e in spans)


def subject_reader(
    persons: list[dict[str, Any]], ex: Extraction, person_of: dict[int, int]
) -> Callable[[int], int | None]:
    """The reference person a claim's subject mention is: the one whose occurrence it
    overlaps (``person_of``), else the one whose forms share its surname key."""
    keys = [_keys(p.get("forms", []) + [p.get("name", "")]) for p in persons]

    def who(mention: int) -> int | None:
        if mention in person_of:
            return person_of[mention]
        m = ex.mentions[mention]
        key = name_key(str(m.attrs.get("surname") or m.text.split()[-1] if m.text else ""))
        return next((i for i, ks in enumerate(keys) if key and key in ks), None)

    return who


def post_body(claim: Claim) -> str | None:
    """The body a stored post is in, as the scoring reads it: its department, or the
    organisation it heads (the commissariat itself is no body)."""
    return claim.department or (claim.organisation if claim.organisation != "NKID" else None)


def _score_file(entry: dict[str, Any], text: str, ex: Extraction, omap: Any,
                scores: dict[str, Score], dates: DateScore, keep: int) -> int:  # fmt: skip
    persons = entry.get("persons", [])
    gold_spans = reference_spans(text, persons)
    cited = _occurrences(text, [n for n in entry.get("cited_authors", []) if "(" not in n])
    # predicted person mentions, in original characters
    pred: dict[int, tuple[int, int]] = {}
    for k, m in enumerate(ex.mentions):
        if m.type == "person":
            pred[k] = omap.to_source(m.start, m.end)
    sc = scores["person_mention"]
    spans_only = [(s, e) for s, e, _ in gold_spans]
    used: set[int] = set()
    person_of: dict[int, int] = {}  # mention index -> gold person
    scholars = 0
    for k, (s, e) in pred.items():
        hit = first_overlap(s, e, spans_only)
        if hit is None:
            sc.fp += 1
            if first_overlap(s, e, cited) is not None:
                scholars += 1
            if len(sc.errors) < keep:
                sc.errors.append({"kind": "person_mention", "error": "false positive",
                                  "text": text[s:e]})  # fmt: skip
            continue
        person_of[k] = gold_spans[hit][2]
        if hit not in used:
            used.add(hit)
            sc.tp += 1
    for n, (s, e, _) in enumerate(gold_spans):
        if n not in used:
            sc.fn += 1
            if len(sc.errors) < keep:
                sc.errors.append({"kind": "person_mention", "error": "missed", "text": text[s:e]})
    who = subject_reader(persons, ex, person_of)
    _score_posts(persons, ex, who, scores["post"], dates, keep)
    _score_fates(persons, ex, who, scores["fate"], keep)
    _date_fates(persons, ex, who, lambda c: omap.to_source(c.start, c.end), text, dates, keep)
    _score_events(entry.get("events", []), ex, scores["event"], dates, keep)
    return scholars


# -- posts --------------------------------------------------------------------------

_GENERIC_DEPT = frozenset(
    "the of for and people's peoples people’s commissariat department division section "
    "office bureau soviet ussr union russian council committee member ministry".split()
)
_NKID_WORDS = frozenset({"foreign", "affairs", "narkomindel", "nkid"})


def _country(name: str | None) -> str | None:
    if not name:
        return None
    hit = places().get(name) or places().get(name.strip().rstrip("."))
    if hit:
        return hit[2] or hit[0]
    low = name.lower()
    for surface, (canonical, _kind, country) in places().items():
        if surface.lower() == low:
            return country or canonical
    return name


def _dept_words(name: str | None) -> set[str]:
    if not name:
        return set()
    words = set(re.findall(r"[a-z’'-]+", name.lower().replace("’", "'")))
    return {w for w in words if w not in _GENERIC_DEPT and len(w) > 2}


def post_matches(gold: dict[str, Any], role: str | None, country: str | None,
                  department: str | None) -> bool:  # fmt: skip
    """Does a stored post (its role class, country, body) match the reference post
    ``gold``? The rule of ``docs/accuracy.md``: the class, then the state, else a
    content word of the department shared."""
    if role_class_of(gold.get("role")) != role:
        return False
    g_country = _country(gold.get("country"))
    if g_country:
        return g_country == _country(country)
    g_dept = _dept_words(gold.get("department"))
    if not g_dept:
        return True
    p_dept = _dept_words(department)
    if g_dept <= _NKID_WORDS | {"commissar"} and not country:
        return not p_dept or p_dept <= _NKID_WORDS
    return bool(g_dept & p_dept)


def _score_posts(persons: list[dict[str, Any]], ex: Extraction, who: Any, sc: Score,
                 dates: DateScore, keep: int) -> None:  # fmt: skip
    gold = [(i, p) for i, person in enumerate(persons) for p in person.get("posts", [])]
    seen: set[tuple[Any, ...]] = set()
    found: list[tuple[Claim, str | None, list[int]]] = []
    for c in ex.claims:
        if c.type != "post" or c.modality != "asserted":
            continue
        person = who(c.subject)
        role = role_class_of(c.role)
        department = post_body(c)
        # the same post stated twice is one claim; one of other dates may be another
        key = (person, role, c.country, department, c.date_start)
        if key in seen:
            continue
        seen.add(key)
        fits = [n for n, (i, g) in enumerate(gold)
                if i == person and post_matches(g, role, c.country, department)]  # fmt: skip
        found.append((c, department, fits))
    pairs = best_matching([fits for _, _, fits in found])
    used = set(pairs.values())
    matched: dict[int, Claim] = {pairs[k]: c for k, (c, _, _) in enumerate(found) if k in pairs}
    sc.tp += len(pairs)
    for k, (c, department, fits) in enumerate(found):
        # a second statement of a post already matched is not an error
        if k in pairs or fits:
            continue
        sc.fp += 1
        if len(sc.errors) < keep:
            sc.errors.append({"kind": "post", "error": "false positive", "quote": c.quote,
                              "claim": [c.role, c.country, department]})  # fmt: skip
    for n, (i, g) in enumerate(gold):
        mc = matched.get(n)
        dates.count("post", (g.get("start"), g.get("end")),
                    None if mc is None else (mc.date_start, mc.date_end), keep,
                    what=f"{persons[i]['name']}: {g.get('role')}")  # fmt: skip
        if n not in used:
            sc.fn += 1
            if len(sc.errors) < keep:
                sc.errors.append({"kind": "post", "error": "missed", "person": persons[i]["name"],
                                  "claim": [g.get("role"), g.get("country"), g.get("department")]})  # fmt: skip


# -- fates --------------------------------------------------------------------------


def _score_fates(persons: list[dict[str, Any]], ex: Extraction, who: Any, sc: Score,
                 keep: int) -> None:  # fmt: skip
    gold: set[tuple[int, str]] = set()
    for i, person in enumerate(persons):
        for f in [person.get("fate"), *person.get("other_fates", [])]:
            if f and fate_class(f.get("category")):
                gold.add((i, str(fate_class(f["category"]))))
    pred: set[tuple[int | None, str]] = set()
    for c in ex.claims:
        if c.type == "fate" and c.modality == "asserted" and fate_class(c.value):
            pred.add((who(c.subject), str(fate_class(c.value))))
    tp = {p for p in pred if p in gold}
    sc.tp += len(tp)
    for p in sorted(pred - tp, key=str):
        sc.fp += 1
        if len(sc.errors) < keep:
            name = persons[p[0]]["name"] if p[0] is not None else "(not a reference person)"
            sc.errors.append({"kind": "fate", "error": "false positive", "claim": [name, p[1]]})
    for g in sorted(gold - tp):
        sc.fn += 1
        if len(sc.errors) < keep:
            sc.errors.append({"kind": "fate", "error": "missed",
                              "claim": [persons[g[0]]["name"], g[1]]})  # fmt: skip


def _date_fates(persons: list[dict[str, Any]], ex: Extraction, who: Any, span: Any, text: str,
                dates: DateScore, keep: int) -> None:  # fmt: skip
    """Each dated reference fate against the stored fate of its person and fate (else
    fate class), the one whose evidence overlaps the reference's first."""
    stored = [c for c in ex.claims
              if c.type == "fate" and c.modality == "asserted" and fate_class(c.value)]  # fmt: skip
    for i, person in enumerate(persons):
        for f in [person.get("fate"), *person.get("other_fates", [])]:
            if not f or not fate_class(f.get("category")):
                continue
            mine = [c for c in stored if who(c.subject) == i]
            same = [c for c in mine if c.value == f["category"]] or [
                c for c in mine if fate_class(c.value) == fate_class(f["category"])
            ]
            where = evidence_span(text, f.get("evidence"))
            if where is not None:
                same.sort(key=lambda c: not (span(c)[0] < where[1] and where[0] < span(c)[1]))
            c = same[0] if same else None
            dates.count("fate", (f.get("date"), None),
                        None if c is None else (c.date_start, c.date_end), keep,
                        what=f"{person['name']}: {f['category']}")  # fmt: skip


# -- events -------------------------------------------------------------------------

_NAME_STOP = frozenset(
    "the of a an and in to with by for on at between de der la treaty soviet russian "
    "russia ussr".split()
)


def _name_words(name: str | None) -> set[str]:
    words = re.findall(r"[a-z]+", (name or "").lower())
    return {w for w in words if w not in _NAME_STOP and len(w) > 2}


def _year(date: str | None) -> str | None:
    m = re.match(r"\D*(\d{4})", date or "")
    return m.group(1) if m else None


#: extraction's event types outside the reference schema's, as the schema names them
EVENT_TYPE_OF = {"revolution": "other", "uprising": "other", "scandal": "other",
                 "event": "other", "restoration": "recognition"}  # fmt: skip


def _event_matches(gold: dict[str, Any], etype: str, name: str, date: str | None) -> bool:
    same_kind = gold.get("type") == EVENT_TYPE_OF.get(etype, etype) or bool(
        _name_words(gold.get("name")) & _name_words(name)
    )
    if not same_kind:
        return False
    g_year = _year(gold.get("date"))
    return g_year is None or g_year == _year(date)


def _score_events(gold: list[dict[str, Any]], ex: Extraction, sc: Score, dates: DateScore,
                  keep: int) -> None:  # fmt: skip
    candidates: list[list[int]] = []
    for e in ex.events:
        words = _name_words(e.name)
        # the reference event sharing the most name words first, then any of the same type
        named = sorted(
            (n for n in range(len(gold)) if _name_words(gold[n].get("name")) & words),
            key=lambda n: -len(_name_words(gold[n].get("name")) & words),
        )
        order = named + [n for n in range(len(gold)) if n not in named]
        candidates.append([n for n in order if _event_matches(gold[n], e.type, e.name, e.date)])
    pairs = best_matching(candidates)
    used = set(pairs.values())
    matched: dict[int, str | None] = {
        pairs[k]: e.date for k, e in enumerate(ex.events) if k in pairs
    }
    sc.tp += len(pairs)
    for k, e in enumerate(ex.events):
        if k not in pairs:
            sc.fp += 1
            if len(sc.errors) < keep:
                sc.errors.append({"kind": "event", "error": "false positive",
                                  "event": [e.type, e.name, e.date]})  # fmt: skip
    for n, g in enumerate(gold):
        dates.count("event", (g.get("date"), None),
                    (matched[n], None) if n in matched else None, keep,
                    what=str(g.get("name")))  # fmt: skip
        if n not in used:
            sc.fn += 1
            if len(sc.errors) < keep:
                sc.errors.append({"kind": "event", "error": "missed",
                                  "event": [g.get("type"), g.get("name"), g.get("date")]})  # fmt: skip
