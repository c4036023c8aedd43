"""The segment writer: its fast path for prose equals the plain token-by-token walk,
and references to code points that are not characters become U+FFFD."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from narkomindel.read.writer import SegmentWriter, decode_reference

# the walk the writer made before it copied single spaces with their text
_SLOW_TOKEN = re.compile(r"(&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?)|(\s+)")


def slow_text(w: SegmentWriter, start: int, end: int) -> None:
    pos = start
    for m in _SLOW_TOKEN.finditer(w.source, start, end):
        if m.start() > pos:
            w._ensure_started(pos)
            w.builder.copy(pos, m.start())
        if m.group(2) is not None:
            w.space(m.start(), m.end())
        else:
            decoded = decode_reference(m.group(1), xml=w.xml)
            if decoded is None:
                w._ensure_started(m.start())
                w.builder.copy(m.start(), m.end())
            elif decoded.isspace():
                w.space(m.start(), m.end())
            else:
                w._ensure_started(m.start())
                w.builder.emit(decoded, m.start(), m.end())
        pos = m.end()
    if pos < end:
        w._ensure_started(pos)
        w.builder.copy(pos, end)


pieces = st.lists(
    st.sampled_from(
        [" ", "  ", "\n", "\t", "\xa0", "a", "bc", "Д", "&amp;", "&nbsp;", "&#32;", "&#x41;",
         "&bogus;", "&", ";", "&#", "&lt", " &amp; ", "x y"]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(pieces, st.lists(st.integers(0, 60), max_size=6), st.booleans())
@example("a &nbsp;b", [], False)
@example("a &nbsp; b &amp; c", [2, 9], False)
@example(" a b ", [1, 3], True)
def test_fast_path_equals_token_walk(source: str, cuts: list[int], xml: bool) -> None:
    """Same text, same segments, same offset runs, for any cut of the source into calls
    and segments."""
    bounds = sorted({0, len(source), *(min(c, len(source)) for c in cuts)})
    results = []
    for fast in (True, False):
        w = SegmentWriter(source, xml_entities=xml)
        for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
            if i % 3 == 0:
                w.begin("paragraph", a)
            w.text(a, b) if fast else slow_text(w, a, b)
        text, omap, segments = w.build()
        results.append((text, omap.runs, segments))
    assert results[0] == results[1]


def test_invalid_code_points_become_replacement_characters() -> None:
    source = "a &#xD800; b &#0; c &#x110000; d &#99999999999999999999; e &#x41;"
    w = SegmentWriter(source)
    w.begin("paragraph", 0)
    w.text(0, len(source))
    text, omap, _ = w.build()
    assert text == "a \ufffd b \ufffd c \ufffd d \ufffd e A"
    text.encode("utf-8")  # no lone surrogate left
    i = text.index("\ufffd")
    s, e = omap.to_source(i, i + 1)
    assert source[s:e] == "&#xD800;"
    assert w.warnings() and "4 character reference(s)" in w.warnings()[0]


def test_xml_references_outside_xml_characters() -> None:
    assert decode_reference("&#x1;", xml=True) == "\ufffd"
    assert decode_reference("&#xFFFE;", xml=True) == "\ufffd"
    assert decode_reference("&#x9;", xml=True) == "\t"
    assert decode_reference("&#x1;", xml=False) == "\x01"
    assert decode_reference("&#x10FFFF;", xml=False) == "\U0010ffff"
