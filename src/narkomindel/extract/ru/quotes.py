"""Which quotations of Russian prose are titles (``extract.ru.quotes``).

A name inside the title of a paper, book or declaration ("газета «Иван Петров»")
is nobody in the text, but a name inside quoted speech or a quoted document
(«Я пришел, — сказал Петров, — ...», «просидел у Петрова больше часа») is an actor
like any other. A quotation is read as quoted prose, not a title, when it has at
least three words and a verb of its own, a form of address or a break of its own
(a comma, a dash, a full stop), unless a genre word ("книга", "газета",
"статья" …) stands right before it.
"""

from __future__ import annotations

import re

from narkomindel.extract.ru.morph import lemma, parses

__all__ = ["title_quotes"]

_QUOTED = re.compile(r"«[^«»\n]{1,200}»|„[^„“\n]{1,200}“|\"[^\"\n]{1,120}\"")
_CAPITAL = re.compile(r"[А-ЯЁ][а-яё]{2,}")
_BREAK = re.compile(r"[,;:.!?]\s|\s[—–-]\s")
_WORD = re.compile(r"[а-яё]+")
_GENRES = frozenset(
    "книга статья газета журнал роман повесть рассказ очерк брошюра сборник монография "
    "фильм пьеса поэма стихотворение мемуары воспоминание доклад глава название "
    "декларация манифест лозунг заголовок".split()
)
_VERBAL = ("VERB", "PRTS", "GRND")


def _genre_before(text: str, start: int) -> bool:
    words = _WORD.findall(text[max(0, start - 30) : start].lower())
    return bool(words) and lemma(words[-1]) in _GENRES


def _prose(quote: str) -> bool:
    """Does the quotation read as quoted speech or prose rather than as a title?"""
    words = _WORD.findall(quote.lower())
    if len(words) < 3:
        return False
    if _BREAK.search(quote[1:-1]):
        return True
    return any(p.pos in _VERBAL for w in words for p in parses(w)[:1])


def title_quotes(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` whose capitalised words are no persons' names: titles,
    and quotations without any capitalised word inside (cheap to keep)."""
    out = []
    for m in _QUOTED.finditer(text):
        quote = m.group(0)
        if _CAPITAL.search(quote) and _prose(quote) and not _genre_before(text, m.start()):
            continue
        out.append((m.start(), m.end()))
    return out
