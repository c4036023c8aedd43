"""The text reader's linear rewrites find what the patterns they replace found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from narkomindel.read import layout
from narkomindel.read.layout import Block, Line, interior_vocabulary
from narkomindel.read.text import _GLUED, _INLINE, _last_word

# the patterns as they were (each tried at every position, some rescanning)
OLD_LEFT_WORD = re.compile(r"([^\W\d_]+)(-?)$")
OLD_GLUED = re.compile(r"(?<=[A-Za-z.,;:)\]\"'”’])(\d{1,3})(?=[\s,;:.)]|$)")

alphabet = st.sampled_from(list("ab Д-_1²٣é\u0301*.,;)]\"'’<>/[]()\\#`\n\t") + ["<sup>", "</sup>"])
strings = st.lists(alphabet, max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(strings)
def test_last_word_read_from_the_end(text: str) -> None:
    m = OLD_LEFT_WORD.search(text.replace("\n", " "))
    got = _last_word(text.replace("\n", " "))
    assert got == ((m.group(1), m.group(2)) if m else None)


@settings(max_examples=500, deadline=None)
@given(strings)
def test_glued_markers(text: str) -> None:
    assert [m.span(1) for m in _GLUED.finditer(text)] == [
        m.span(1) for m in OLD_GLUED.finditer(text)
    ]


OLD_INLINE = re.compile(
    r"(?P<sup><sup>\s*(?P<sn>[^<]{0,6}?)\s*</sup>)"
    r"|(?P<esc>\\(?P<ec>[*_\[\]#`\\]))"
    r"|(?P<link>\[(?P<lt>[^\]\n]*)\]\((?P<lu>[^)\s]*)\))"
    r"|(?P<tag></?(?:sup|sub|em|strong|i|b|u|br|span)\b[^>]*>)"
    r"|(?P<emph>(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*]))"
)
OLD_TAG_WITH_LT = re.compile(r"</?(?:sup|sub|em|strong|i|b|u|br|span)\b[^>]*<")


@settings(max_examples=400, deadline=None)
@given(strings)
def test_inline_markup(text: str) -> None:
    """Same matches as the old inline pattern, except where it rescanned: link text or a
    link target holding a bracket, a tag holding '<' (now plain text there)."""
    if "[" in text or OLD_TAG_WITH_LT.search(text):
        return
    kinds = ("sup", "esc", "link", "tag", "emph")

    def spans(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], str | None]]:
        return [
            (m.span(), next(k for k in kinds if m.group(k) is not None))
            for m in pattern.finditer(text)
        ]

    assert spans(_INLINE) == spans(OLD_INLINE)
    for new, old in zip(_INLINE.finditer(text), OLD_INLINE.finditer(text), strict=True):
        assert new.group("sn") == old.group("sn") and new.group("ec") == old.group("ec")


@settings(max_examples=300, deadline=None)
@given(st.lists(strings, min_size=1, max_size=6), st.integers(0, 15))
def test_bounded_word_counts(texts: list[str], n: int) -> None:
    lines = [Line(0, len(t), 0, t.strip(), False) for t in texts if t.strip()]
    block = Block("paragraph", lines)
    assert block.has_words(n) == (block.words >= n)
    assert block.first_char == block.text[:1]


def _old_vocabulary(lines: list[Line]) -> tuple[set[str], set[str]]:
    words: set[str] = set()
    compounds: set[str] = set()
    for line in lines:
        for tok in line.text.split()[1:-1]:
            for w in layout._WORD.findall(tok):
                words.add(w.lower())
            if "-" in tok.strip("-"):
                compounds.add(re.sub(r"[^\w-]", "", tok).lower())
    return words, compounds


@settings(max_examples=150, deadline=None)
@given(st.lists(strings, max_size=8))
def test_interior_vocabulary(texts: list[str]) -> None:
    lines = [Line(0, 0, 0, " ".join(t.split()), False) for t in texts]
    assert interior_vocabulary(lines) == _old_vocabulary(lines)


@settings(max_examples=300, deadline=None)
@given(strings)
def test_terminal_after_notes_and_stars(text: str) -> None:
    old = re.sub(r"(?:<sup>[^<]*</sup>|\*+)$", "", text)
    assert layout._NOTE_OR_STARS_AT_END.sub("", text) == old


@settings(max_examples=300, deadline=None)
@given(strings, st.integers(1, 8))
def test_long_lines_searched_in_pieces_cut_at_white_space(text: str, size: int) -> None:
    pieces = list(layout._pieces(text, 0, len(text), size))
    assert "".join(text[a:b] for a, b in pieces) == text
    assert all(text[b].isspace() for _, b in pieces[:-1])
