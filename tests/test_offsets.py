"""Property tests for offset maps: every normalised span leads back to its original."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from narkomindel.config import Settings
from narkomindel.offsets import OffsetBuilder, OffsetMap, char_to_byte_offsets
from narkomindel.read.text import read_text

ops = st.lists(
    st.tuples(st.sampled_from(["copy", "emit", "skip"]), st.integers(0, 6), st.text(max_size=3)),
    max_size=30,
)


@given(st.text(min_size=1, max_size=120), ops)
def test_builder_map_round_trip(source: str, plan: list[tuple[str, int, str]]) -> None:
    b = OffsetBuilder(source)
    pos = 0
    for op, n, repl in plan:
        end = min(len(source), pos + n)
        if op == "copy":
            b.copy(pos, end)
        elif op == "emit":
            b.emit(repl, pos, end)
        pos = end
    text, omap = b.build()
    assert omap.out_length == len(text)
    # copied stretches map back character for character
    for run in omap.runs:
        assert 0 <= run.src_start <= run.src_end <= len(source)
        if run.copy:
            assert text[run.out_start : run.out_end] == source[run.src_start : run.src_end]
            for i in range(run.out_start, run.out_end):
                s, e = omap.to_source(i, i + 1)
                assert source[s:e] == text[i]
    # any span maps inside the source, and serialisation keeps the map
    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1, 5):
            s, e = omap.to_source(start, end)
            assert 0 <= s <= e <= len(source)
    again = OffsetMap.from_list(omap.to_list(), omap.out_length)
    assert again.runs == omap.runs


words = st.lists(st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(words, st.integers(10, 60), st.booleans())
def test_wrapped_text_maps_back(ws: list[str], width: int, hyphenate: bool) -> None:
    """Wrap words (breaking some with hyphens), read, and find every word at its source."""
    lines: list[str] = []
    line = ""
    for w in ws:
        if len(line) + len(w) + 1 > width and line:
            if hyphenate and len(w) > 5:
                cut = len(w) // 2
                lines.append(f"{line} {w[:cut]}-")
                line = w[cut:]
                continue
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    source = "\n".join(lines) + "\n"
    doc = read_text(source.encode(), "mem.txt", Settings())
    for m in re.finditer(r"\S+", doc.text):
        s, e = doc.offsets.to_source(m.start(), m.end())
        original = re.sub(r"-\n|\n", "", source[s:e])
        assert original.replace("-", "") == m.group(0).replace("-", "")


def test_char_to_byte_offsets_utf8_and_bom() -> None:
    text = "Литвинов and Čičerin"
    got = char_to_byte_offsets(text, "utf-8", [0, 8, 13, len(text)], base=3)
    assert got == [3, 3 + 16, 3 + 21, 3 + len(text.encode("utf-8"))]
