"""Full-text search over the sources and over persons' names, in any spelling."""

from __future__ import annotations

import re

from narkomindel.errors import UsageError
from narkomindel.query.filters import text_arg
from narkomindel.query.results import Passage, PersonHit, SearchResult
from narkomindel.store import people
from narkomindel.store import search as index
from narkomindel.store.database import Store
from narkomindel.translit import name_keys

__all__ = ["search", "MAX_PASSAGES"]

#: the most passages one search returns
MAX_PASSAGES = 1000


def _fts_query(words: list[str]) -> str:
    """Every word must match; a capitalised word matches by any spelling of the name."""
    terms = []
    for w in words:
        w = w.replace('"', "")
        alts = [f'text:"{w}"']
        if len(w) > 2 and w[:1].isupper():
            alts += [f'keys:"{k}"' for k in sorted(name_keys(w))]
        terms.append("(" + " OR ".join(alts) + ")")
    return " AND ".join(terms)


def search(store: Store, text: str, *, limit: int = 50) -> SearchResult:
    """Full text over the sources (SQLite FTS5) and over persons' names, tolerant of
    variant spellings: a capitalised word of the query also matches every spelling
    and script of that name (Litvinoff → Litvinov, Литвинов)."""
    text_arg(text, "text")
    if not 1 <= limit <= MAX_PASSAGES:
        raise UsageError(f"‹limit› {limit} is out of range", hint=f"give 1 to {MAX_PASSAGES}")
    words = re.findall(r"[^\W_][\w'’-]*", text)
    if not words:
        raise UsageError(
            "nothing to search for", hint='give words, e.g. narkomindel search "Litvinov"'
        )
    keys = sorted({k for w in words if len(w) > 2 and w[:1].isupper() for k in name_keys(w)})
    with store.reading():
        paths = index.source_keys(store)
        hits = []
        for r in index.passages(store, _fts_query(words), limit):
            sid, path = paths[r["source_key"]]
            hits.append(
                Passage(sid, path, r["seq"], r["start"], r["snip"], round(-float(r["rank"]), 3))
            )
        persons = [
            PersonHit(p["id"], p["name"], p["kind"], p["fate"])
            for p in people.find_persons(store, name=text, limit=limit)
        ]  # fmt: skip
    return SearchResult(text, tuple(keys), tuple(persons), tuple(hits))
