"""A sentence pattern with the words it cannot match without (part of ``extract``).

Most event patterns start at every word or capital and read a few words on, so the
regular-expression engine tries them at every position of a sentence even when the
sentence lacks the one word each match must hold. :class:`Gated` keeps that word list
beside the pattern and looks for the words first (a plain substring test over the
lower-cased sentence, far cheaper than the pattern): a sentence holding none of them is
not searched. The matches are the same as the bare pattern's wherever it is searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["Gated"]


class Gated:
    """``pattern``, searched only where the lower-cased sentence holds one of ``words``
    (space-separated; and, when ``also`` is given, one of those too). Every match of
    the pattern must contain such a word, lower-cased: that is what makes the gate
    safe, and what ``tests/extract/test_gated.py`` checks of every gate."""

    __slots__ = ("pattern", "words", "also")

    def __init__(self, pattern: re.Pattern[str], words: str, also: str = "") -> None:
        self.pattern = pattern
        self.words = tuple(words.split())
        self.also = tuple(also.split())

    def admits(self, low: str) -> bool:
        """Whether the lower-cased sentence ``low`` holds the words a match needs."""
        for w in self.words:
            if w in low:
                break
        else:
            return False
        if not self.also:
            return True
        for w in self.also:
            if w in low:
                return True
        return False

    def finditer(self, text: str, s: int, e: int, low: str) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text[s:e]``, whose lower-cased text is ``low``."""
        return self.pattern.finditer(text, s, e) if self.admits(low) else iter(())
