"""Hostile text for the extractors, generated here at any scale (issue 10).

The shapes of ``tests/pipeline/hostile.py`` that are text, each grown ``scale`` times
over (1x, 4x, 16x in the tests; larger in ``benchmarks/bench_extract_linear.py``):
runs of capitalised words, initials, dates, brackets, long words, long lines, a book of
paragraphs, many footnotes, random text — and prose dense with names, posts and dates.
All text is written in code with invented people; no third-party text.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

#: one sentence of invented prose with a person, a post, a country and a date
PROSE = "In 1929 Ambassador to Norland V. K. Kovrov arrived in Vesterby. "


@dataclass(frozen=True)
class Shape:
    name: str
    make: Callable[[int], str]  # scale -> text
    base: int  # the scale of the 1x case in the tests


def _random_text(scale: int) -> str:
    rnd = random.Random(10)
    alphabet = "aé Ж(.,\n-1A<>&;\"'" + chr(0x10FFF0)
    return "".join(rnd.choice(alphabet) for _ in range(4000 * scale))


def _random_words(scale: int) -> str:
    """Capitalised words, initials, dates, role and event words in random order."""
    rnd = random.Random(11)
    words = (
        "Kovrov Vesterby Norland A. B. 1929 1931-1932 Treaty Conference of the and "
        "Ambassador Commissar was shot arrested (Kovrov) [1930] he Letter Pact on"
    ).split()
    return " ".join(rnd.choice(words) for _ in range(1000 * scale))


SHAPES = [
    Shape("capitals", lambda k: "Kovrov " * (1000 * k), 1),
    Shape("capitals before heads", lambda k: ("Kovrov Norland " * 40 + "Treaty ") * (10 * k), 1),
    Shape("initials", lambda k: "A. " * (2000 * k) + "Kovrov", 1),
    Shape("dates", lambda k: "1931-1932 " * (600 * k), 1),
    Shape("brackets", lambda k: "(" * (4000 * k) + ")" * (4000 * k), 1),
    Shape("square brackets", lambda k: "[" * (2000 * k) + PROSE + "]" * (2000 * k), 1),
    Shape("long word", lambda k: "A" * (20_000 * k) + " " + PROSE, 1),
    Shape("long mixed-case word", lambda k: "Ab" * (10_000 * k) + " letter " + PROSE, 1),
    Shape("long line", lambda k: PROSE * (60 * k), 1),
    Shape("book of paragraphs", lambda k: "\n\n".join(PROSE * 6 for _ in range(12 * k)), 1),
    Shape("footnotes", lambda k: "".join(f"{i}. Note {i}.\n" for i in range(1, 300 * k)), 1),
    Shape("random text", _random_text, 1),
    Shape("random words", _random_words, 1),
]
