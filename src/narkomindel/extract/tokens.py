"""Word tokens with offsets, shared by the extractors."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokenize", "sentence_spans"]

_TOKEN = re.compile(
    r"(?P<word>[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*)"
    r"|(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<punct>[^\w\s])"
)


class Token(NamedTuple):
    """A word, number or punctuation mark and its offsets (a named tuple: made by the
    ten thousand per document, and a tuple is built several times faster than a frozen
    dataclass)."""

    text: str
    start: int
    end: int
    kind: str  # word | number | punct

    @property
    def is_cap(self) -> bool:
        """Title-case word: an upper-case first letter and a lower-case letter after it."""
        t = self.text
        if self.kind != "word" or not t[:1].isupper():
            return False
        rest = t[1:]
        # islower/isupper settle nearly every word without looking at each letter
        return not rest or rest.islower() or (not rest.isupper() and any(c.islower() for c in rest))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    # tuple.__new__ straight away: the named tuple's own __new__ is one Python call more
    # per token, and a document has tens of thousands of them
    new = tuple.__new__
    return [
        new(Token, (m.group(0), m.start(), m.end(), m.lastgroup or "punct"))
        for m in _TOKEN.finditer(text, start, end)
    ]


#: a sentence end, with the closing quotes or brackets after it and the reference marks of a
#: web encyclopedia ("… on 21 March.[1] It marked …")
_SENT_END = re.compile(r"(?<=[.!?])(?:\[\d{1,3}\])*[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-ZА-ЯЁ])")
_ABBREV = re.compile(
    r"(?:\b[A-Z][a-z]{0,2}|\b[a-z][a-z]?(?<=\bla)|\b(?:Mr|Mrs|Dr|St|No|Co|Jr|vol|pp|p|op|ed|eds|cf|Cf|ca|c|n\.d|i\.e|e\.g|etc|al|viz|Ibid|ibid|Gen|Col|Capt|Adm|Lt|Sgt|Prof|Gov|Sen|Rep|Hon|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mass|Ltd|Bros|Inc|ul|д|кв|г|обл|губ|р-н|с|пер|ст))\.$"
)


#: the most characters one sentence may hold: the longest sentence of real prose in the
#: development corpus has some 1,600; a longer run without a sentence end (a 3 MB line,
#: 60,000 capitalised words) is not prose, and is cut into pieces of at most this size,
#: so that what the rules do per sentence is bounded work (issue 10)
MAX_SENTENCE = 4000
_CUT = re.compile(r"\s")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence boundaries inside ``text[start:end]`` (initials and abbreviations do not end
    one); a sentence longer than :data:`MAX_SENTENCE` is cut into pieces at white space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        before = text[max(pos, m.start() - 8) : m.start()]
        if _ABBREV.search(before):
            continue
        _add_capped(text, spans, pos, m.start())
        pos = m.end()
    if pos < end:
        _add_capped(text, spans, pos, end)
    return spans


def _add_capped(text: str, spans: list[tuple[int, int]], s: int, e: int) -> None:
    while e - s > MAX_SENTENCE:
        cut = s + MAX_SENTENCE
        # the last white space of the piece's second half, else a hard cut
        spaces = [m.start() for m in _CUT.finditer(text, cut - MAX_SENTENCE // 2, cut)]
        cut = spaces[-1] + 1 if spaces else cut
        spans.append((s, cut))
        s = cut
    spans.append((s, e))
