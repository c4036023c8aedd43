"""Where the reference's posts were lost: each post put down to the first stage that failed.

Recall alone says how many posts extraction missed, not why. This module sorts every
post of a gold reference (:mod:`.gold`) by the first step of the pipeline that did not
deliver it, so that work goes where the losses are and a held-out set can be
diagnosed from counts alone, without reading its texts:

* ``matched`` — a stored post of the person matches it (the scoring rule of
  :func:`.gold.evaluate_gold`);
* ``person not found`` — no stored person mention overlaps any occurrence of the
  person's forms, so no post could be bound to them;
* ``same role, other place`` — a stored post of the person has the reference's role
  class but another country or department;
* ``role not recognised`` — the role phrases found in the reference's evidence
  (:func:`narkomindel.extract.roles.find_roles`; for a file of ``language`` "ru"
  the Russian role lexicon of :mod:`narkomindel.extract.ru.complement`) include
  none of its role class;
* ``role not attached`` — the role is recognised in the evidence and the person is
  found, but no post of that class was bound to them.

Counts are given in total and per role class (``by_class``). Only the reference and
the database are read; nothing of a text is put in the result.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from narkomindel.evaluate.gold import (
    first_overlap,
    post_body,
    post_matches,
    reference_spans,
    stored_entries,
    subject_reader,
)
from narkomindel.extract.roles import find_roles
from narkomindel.extract.ru.complement import match_at, roles
from narkomindel.extract.ru.context import words_of
from narkomindel.gazetteer.vocabulary import role_class_of
from narkomindel.model import Claim, Extraction
from narkomindel.store.database import Store

__all__ = ["CAUSES", "PostCauses", "post_causes"]

#: the causes, in pipeline order (the first that applies is the one counted)
CAUSES = (
    "matched",
    "person not found",
    "same role, other place",
    "role not recognised",
    "role not attached",
)


@dataclass
class PostCauses:
    """How many reference posts each cause accounts for, in total and per role class."""

    counts: Counter[str] = field(default_factory=Counter)
    by_class: dict[str, Counter[str]] = field(default_factory=dict)

    @property
    def posts(self) -> int:
        return sum(self.counts.values())

    def add(self, cause: str, role_class: str) -> None:
        self.counts[cause] += 1
        self.by_class.setdefault(role_class, Counter())[cause] += 1

    def rows(self) -> list[dict[str, Any]]:
        """One row per role class (most posts first), then ``TOTAL``; a column per cause."""
        order = sorted(self.by_class.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
        out = []
        for name, counts in [*order, ("TOTAL", self.counts)]:
            row: dict[str, Any] = {"role_class": name, "posts": sum(counts.values())}
            row.update({cause: counts.get(cause, 0) for cause in CAUSES})
            out.append(row)
        return out


def post_causes(
    store: Store, reference: str | os.PathLike[str], *, only: Iterable[str] | None = None
) -> PostCauses:
    """Sort every post of a gold ``reference`` by the first stage that lost it (see the
    module's documentation). ``only`` limits it to those files, as in
    :func:`~narkomindel.evaluate.gold.evaluate_gold`; a file not in the database is a
    :class:`~narkomindel.errors.ReferenceFileError`."""
    result = PostCauses()
    with store.reading():
        for entry, _name, sid in stored_entries(store, Path(reference), only):
            text = store.document(sid).source_text
            found = _persons_found(entry, text, store.extraction(sid), store.offset_map(sid))
            _sort_posts(entry, found, result, russian=entry.get("language") == "ru")
    return result


def _persons_found(
    entry: dict[str, Any], text: str, ex: Extraction, omap: Any
) -> dict[int, list[Claim]]:
    """Each reference person a stored mention names, with the stored posts bound to them.
    A mention is the person whose occurrence it overlaps, else the one whose forms share
    its surname key (as the scoring reads a post's subject: :func:`.gold.subject_reader`)."""
    persons = entry.get("persons", [])
    spans = reference_spans(text, persons)
    bare = [(s, e) for s, e, _ in spans]
    overlapping: dict[int, int] = {}
    mentions = [k for k, m in enumerate(ex.mentions) if m.type == "person"]
    for k in mentions:
        s, e = omap.to_source(ex.mentions[k].start, ex.mentions[k].end)
        hit = first_overlap(s, e, bare)
        if hit is not None:
            overlapping[k] = spans[hit][2]
    who = subject_reader(persons, ex, overlapping)
    person_of = {k: i for k in mentions if (i := who(k)) is not None}
    found: dict[int, list[Claim]] = {i: [] for i in person_of.values()}
    for c in ex.claims:
        if c.type == "post" and c.modality == "asserted" and c.subject in person_of:
            found[person_of[c.subject]].append(c)
    return found


def _sort_posts(
    entry: dict[str, Any], found: dict[int, list[Claim]], out: PostCauses, *, russian: bool
) -> None:
    for i, person in enumerate(entry.get("persons", [])):
        for post in person.get("posts", []):
            role_class = role_class_of(post.get("role")) or "(no role)"
            out.add(_cause(post, role_class, found.get(i), russian=russian), role_class)


def _classes_in(evidence: str, *, russian: bool) -> set[str | None]:
    """The role classes the role finder of the language recognises in ``evidence``."""
    if not russian:
        return {role_class_of(r.role) for r in find_roles(evidence)}
    words = words_of(evidence, 0, len(evidence))
    hits = (match_at(words, i, roles()) for i in range(len(words)))
    return {role_class_of(hit[1]) for hit in hits if hit is not None}


def _cause(
    post: dict[str, Any], role_class: str, stored: list[Claim] | None, *, russian: bool = False
) -> str:
    if stored is None:
        return "person not found"
    classes = [(c, role_class_of(c.role)) for c in stored]
    if any(post_matches(post, cls, c.country, post_body(c)) for c, cls in classes):
        return "matched"
    if any(cls == role_class for _, cls in classes):
        return "same role, other place"
    evidence = str(post.get("evidence") or "")
    if role_class not in _classes_in(evidence, russian=russian):
        return "role not recognised"
    return "role not attached"
