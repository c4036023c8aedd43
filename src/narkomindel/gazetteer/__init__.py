"""Loading the gazetteers (vocabularies written by the team; see README.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

__all__ = [
    "lines",
    "table",
    "words",
    "given_names",
    "chinese_surnames",
    "not_names",
    "surname_endings",
    "title_words",
    "places",
    "demonyms",
    "peoples",
    "organisations",
    "roles",
    "alternation",
    "demonym_alternation",
]


def _read(name: str) -> str:
    return resources.files("narkomindel.gazetteer").joinpath(name).read_text("utf-8")


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-comment, non-blank lines of a gazetteer file."""
    out = []
    for line in _read(name).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line.rstrip("\n"))
    return tuple(out)


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated gazetteer."""
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in lines(name))


@cache
def words(name: str) -> frozenset[str]:
    """White-space separated words of a list gazetteer."""
    return frozenset(w for line in lines(name) for w in line.split())


def given_names() -> frozenset[str]:
    return words("given_names.txt")


def chinese_surnames() -> frozenset[str]:
    """One-syllable Chinese surnames in pinyin and Wade-Giles ("Li", "Chang")."""
    return words("chinese_surnames.txt")


def not_names() -> frozenset[str]:
    return words("not_names.txt")


def title_words() -> frozenset[str]:
    return frozenset(w.lower() for w in words("title_words.txt"))


@cache
def surname_endings() -> tuple[str, ...]:
    return tuple(sorted(words("surname_endings.txt"), key=len, reverse=True))


@cache
def places() -> dict[str, tuple[str, str, str]]:
    """surface form -> (canonical, type, country)."""
    out: dict[str, tuple[str, str, str]] = {}
    for row in table("places.tsv"):
        canonical, kind = row[1], row[2]
        country = row[3] if len(row) > 3 else (canonical if kind == "state" else "")
        out[row[0]] = (canonical, kind, country)
    return out


@cache
def demonyms() -> dict[str, str]:
    return {row[0]: row[1] for row in table("demonyms.tsv")}


@cache
def peoples() -> dict[str, str]:
    """A people named by its plural noun ("Belgians", "Hellenes") -> its state."""
    return {row[0]: row[1] for row in table("peoples.tsv")}


@cache
def organisations() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in table("organisations.tsv")}


@cache
def roles() -> dict[str, tuple[str, bool]]:
    """lower-case surface form -> (normalised role, elite)."""
    return {row[0].lower(): (row[1], row[2] == "1") for row in table("roles.tsv")}


def alternation(forms: Iterable[str]) -> str:
    """``forms`` as one regex alternation, escaped and longest first (so that a longer
    form wins over its prefix), to be set inside a larger pattern."""
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@cache
def demonym_alternation() -> str:
    """The states' adjectives (``demonyms.tsv``) as one alternation (see :func:`alternation`)."""
    return alternation(demonyms())


@cache
def compiled_alternation(forms: tuple[str, ...], flags: int = 0) -> re.Pattern[str]:
    """One regex matching any of ``forms`` as whole words, longest first.

    Case-sensitive forms are compiled as a trie of their characters (each step tries
    the longer forms first), the word-start test after the first character: Python's
    re then skips to a form's first letter and follows one path, where the plain
    alternation tried every form at every character. The text decides the path, so
    the trie finds what the alternation finds (the longest form that ends a word)."""
    if flags & re.IGNORECASE or not all(forms):
        return re.compile(r"(?<![\w'’])(?:" + alternation(forms) + r")(?![\w'’])", flags)
    return re.compile(_trie_regex(_trie(forms), first=True) + r"(?![\w'’])", flags)


def any_of(forms: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found wherever one of the literal ``forms`` stands (as a trie: the same
    answer as ``any(f in text for f in forms)``, in one quick scan)."""
    return re.compile(_trie_regex(_trie(forms)))


def _trie(forms: tuple[str, ...]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for f in forms:
        node = trie
        for c in f:
            node = node.setdefault(c, {})
        node[""] = {}
    return trie


def _trie_regex(node: dict[str, Any], first: bool = False) -> str:
    """The regex of a trie's node: its children, the longer forms first, then its end."""
    alts = [
        re.escape(c) + (r"(?<![\w'’].)" if first else "") + _trie_regex(child)
        for c, child in node.items()
        if c
    ]
    if "" in node:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"
