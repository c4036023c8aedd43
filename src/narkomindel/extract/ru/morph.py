"""Russian morphology for the extractors: pymorphy3 with its Russian dictionaries.

One analyser per process, loaded on first use (about 0.3 s, ~15 MB), and every
word's analyses cached, so a document costs one dictionary look-up per distinct
word. Everything here answers questions the rules ask: the lemma of a word, the
grammemes a name part carries (given name, patronymic, surname, place), and its
case and gender.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

__all__ = ["Parse", "parses", "lemma", "lemmas", "is_known", "analyser"]


@dataclass(frozen=True)
class Parse:
    """One analysis of a word: its dictionary form, part of speech and grammemes."""

    normal: str
    pos: str | None
    grammemes: frozenset[str]
    score: float

    @property
    def case(self) -> str | None:
        return next((c for c in _CASES if c in self.grammemes), None)

    @property
    def gender(self) -> str | None:
        return next((g for g in ("masc", "femn", "neut") if g in self.grammemes), None)

    def has(self, *grammemes: str) -> bool:
        return all(g in self.grammemes for g in grammemes)


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")


@cache
def analyser() -> Any:
    """The pymorphy3 analyser (Russian dictionaries shipped in ``pymorphy3-dicts-ru``)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Parse, ...]:
    """Every analysis of ``word`` (any case of letters), most likely first."""
    out = []
    for p in analyser().parse(word.replace("ё", "е").replace("Ё", "Е")):
        tag = p.tag
        out.append(Parse(p.normal_form, tag.POS, frozenset(tag.grammemes), float(p.score)))
    return tuple(out)


def lemma(word: str) -> str:
    """The most likely dictionary form of ``word``, lower case (ё written е)."""
    found = parses(word)
    return found[0].normal if found else word.lower()


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Every dictionary form ``word`` may be of (for matching a vocabulary)."""
    return frozenset(p.normal for p in parses(word)) | {word.lower().replace("ё", "е")}


@lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    """Does the dictionary know the word (rather than guess it from its ending)?"""
    return bool(analyser().word_is_known(word.lower().replace("ё", "е")))
