"""Registry links scored against a hand-judged reference (``narkomindel evaluate``).

A link line pairs a person of the texts with a registry record's name and says
whether they are one man (``"true": true``) or namesakes (``false``).  Two forms:

``{"kind": "link", "person": "E. A. Asmus", "record": "Асмус Эрик Адольфович", "true": true}``
    the person is any variant of the resolved person's name.
``{"kind": "link", "person": "E. A. Asmus", "text": "article.txt", "record": "…",
"page": "shot-15.htm", "true": true, "why": "…"}``
    the person is the exact form printed in ``text`` (a file name); the person
    judged is the entity that mention was resolved to (whitespace and line-break
    hyphens aside; a mention holding the form, or held by it, when none is
    exact), falling back to the persons whose variants hold the form.  ``page``
    (a file name) pins the record to one register page.

Record names are compared without the other names in parentheses ("Лозовский
(Дридзо) Соломон Абрамович" = "Лозовский Соломон Абрамович").

A true link counts as found only when it is *applied*; a namesake applied
counts against precision.  Also counted: true links and namesakes waiting in
review, true links never proposed, persons of the reference not found in the
texts (the extraction's misses, not the linker's), and the *name-compatible*
traps — namesakes whose given names and initials agree, as far as the printed
forms show, with the person's (the traps the name alone cannot settle).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narkomindel.evaluate.reference import Score
from narkomindel.store import entities
from narkomindel.store.database import Store
from narkomindel.translit import given_names_agree

__all__ = ["LinkScore", "score_links", "name_compatible"]


@dataclass
class LinkScore(Score):
    """Precision and recall of applied links, with what waits in review."""

    true_pairs: int = 0
    namesake_pairs: int = 0
    review_true: int = 0  # true links waiting in review
    review_namesakes: int = 0  # namesakes waiting in review (the safe place for them)
    not_proposed: int = 0  # true links the linker never proposed
    person_not_found: int = 0  # reference persons no mention or variant matches
    hard_traps: int = 0  # namesakes whose given names agree with the person's
    hard_traps_applied: int = 0
    hard_traps_review: int = 0

    def row(self) -> dict[str, Any]:
        return {
            **super().row(),
            "true_pairs": self.true_pairs,
            "namesake_pairs": self.namesake_pairs,
            "namesakes_applied": self.fp,
            "review_true": self.review_true,
            "review_namesakes": self.review_namesakes,
            "not_proposed": self.not_proposed,
            "person_not_found": self.person_not_found,
            "hard_traps": self.hard_traps,
            "hard_traps_applied": self.hard_traps_applied,
            "hard_traps_review": self.hard_traps_review,
        }


def _form(text: str) -> str:
    """A printed form without spaces, line breaks, hyphens and dots, case folded."""
    return re.sub(r"[\W_]+", "", text).casefold()


_RANKS = re.compile(r"^(?:gen|col|adm|prince|count|dr|mr|mrs|baron|capt|maj)\.?$", re.I)


def _given_of_person(person: str) -> list[str]:
    """The given names and initials a printed form shows ("Nekrasov, N. V." → N., V.)."""
    text = re.sub(r"\([^)]*\)", " ", person)
    if "," in text:
        words = text.split(",", 1)[1].split()
    else:
        words = text.split()[:-1]
    return [w for w in words if not _RANKS.match(w)]


def _record_form(record: str) -> str:
    """A record's name without the other names in parentheses (which a record's name
    mention may or may not include)."""
    return " ".join(re.sub(r"\([^)]*\)", " ", record).split())


def _given_of_record(record: str) -> list[str]:
    words = re.sub(r"\([^)]*\)", " ", record).split()
    return words[1:3]


def name_compatible(person: str, record: str) -> bool:
    """Do the given names and initials printed for ``person`` agree with the record's
    (surname first, then given name and patronymic)?  A surname alone agrees."""
    given = _given_of_person(person)
    rec = _given_of_record(record)
    return all(given_names_agree(g, r) for g, r in zip(given, rec, strict=False))


class _Persons:
    """Which resolved persons a reference line names."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.by_name: dict[str, list[str]] = defaultdict(list)
        for src in store.sources():
            self.by_name[Path(src["path"]).name].append(src["id"])
        self.keys = entities.source_keys(store)
        self.owners = entities.mention_owners(store)
        self.variants: dict[str, list[str]] = {}
        self.in_source: dict[str, set[str]] = defaultdict(set)
        for row in entities.entity_rows(store):
            if not row["attrs"].get("record"):
                self.variants[row["key"]] = row["variants"]
        for (skey, _seq), owner in self.owners.items():
            self.in_source[owner].add(str(skey))
        self._mentions: dict[str, list[tuple[int, str]]] = {}

    def _person_mentions(self, sid: str) -> list[tuple[int, str]]:
        if sid not in self._mentions:
            ex = self.store.extraction(sid)
            self._mentions[sid] = [
                (seq, _form(m.text))
                for seq, m in enumerate(ex.mentions)
                if m.type == "person" and m.attrs.get("record") is None
            ]
        return self._mentions[sid]

    def of(self, ref: dict[str, Any]) -> set[str]:
        person = str(ref["person"])
        text = ref.get("text")
        if not text:
            return {k for k, v in self.variants.items() if person in v}
        form = _form(person)
        found: set[str] = set()
        skeys: set[str] = set()
        for sid in self.by_name.get(str(text), []):
            skey = self.keys[sid]
            skeys.add(str(skey))
            mentions = self._person_mentions(sid)
            seqs = [seq for seq, f in mentions if f == form]
            if not seqs:
                seqs = [seq for seq, f in mentions if f and (form in f or f in form)]
            found |= {self.owners[(skey, s)] for s in seqs if (skey, s) in self.owners}
        if found:
            return found
        by_variant = {
            k for k, v in self.variants.items() if any(_form(x) == form for x in v)
        }  # fall back to variants: of persons named in that text, else anywhere
        local = {k for k in by_variant if self.in_source[k] & skeys}
        return local or by_variant


def score_links(
    store: Store, refs: list[dict[str, Any]], score: LinkScore | None = None, *, keep: int = 20
) -> LinkScore:
    """Score the database's registry links against the judged pairs ``refs``."""
    sc = score or LinkScore("registry_link")
    persons = _Persons(store)
    source_names = {sid: name for name, ids in persons.by_name.items() for sid in ids}
    links: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for person_key, _variants, record, record_source, st in entities.link_names(store):
        links[person_key].append((_record_form(record), source_names.get(record_source, ""), st))
    for ref in refs:
        who = persons.of(ref)
        page = ref.get("page")
        statuses = {
            st
            for k in who
            for record, rec_page, st in links.get(k, [])
            if record == _record_form(str(ref["record"])) and (not page or rec_page == page)
        }
        status: str | None = next(
            (s for s in ("applied", "review", "rejected") if s in statuses), None
        )
        pair = f"{' '.join(str(ref['person']).split())} ~ {ref['record']}"
        if ref["true"]:
            sc.true_pairs += 1
            if status == "applied":
                sc.tp += 1
                continue
            sc.fn += 1
            if not who:
                sc.person_not_found += 1
                why = "person not found in the texts"
            elif status == "review":
                sc.review_true += 1
                why = "in review"
            else:
                sc.not_proposed += 1
                why = "not proposed" if status is None else str(status)
            if len(sc.errors) < keep:
                sc.errors.append({"missed link": pair, "status": why})
            continue
        sc.namesake_pairs += 1
        hard = name_compatible(str(ref["person"]), str(ref["record"]))
        sc.hard_traps += hard
        if status == "review":
            sc.review_namesakes += 1
            sc.hard_traps_review += hard
        elif status == "applied":
            sc.fp += 1
            sc.hard_traps_applied += hard
            if len(sc.errors) < keep:
                sc.errors.append({"namesake applied": pair})
    return sc
