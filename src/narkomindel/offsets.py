"""Offset maps: from normalised text back to the original characters and bytes.

A reader builds normalised text with an :class:`OffsetBuilder`, which records for
every stretch of output either that it is a verbatim *copy* of a stretch of the
decoded original, or that it *replaces* one (a joined hyphen, a collapsed run of
white space, a decoded entity, an inserted separator).  The resulting
:class:`OffsetMap` maps any normalised span to the smallest original span that
produced it, and from there to byte offsets of the original file.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["OffsetBuilder", "OffsetMap", "Run", "char_to_byte_offsets"]


@dataclass(frozen=True)
class Run:
    """Output ``[out_start, out_end)`` came from source ``[src_start, src_end)``."""

    out_start: int
    out_end: int
    src_start: int
    src_end: int
    copy: bool  # True: character-for-character copy (equal lengths)


class OffsetMap:
    """Maps normalised offsets to offsets in the decoded original text."""

    def __init__(self, runs: Sequence[Run], out_length: int) -> None:
        self.runs = list(runs)
        self.out_length = out_length
        self._starts = [r.out_start for r in self.runs]

    # -- queries ---------------------------------------------------------------
    def _run_at(self, pos: int) -> Run | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        while i >= 0:
            run = self.runs[i]
            if run.out_start <= pos < run.out_end:
                return run
            if run.out_end <= pos:
                return None
            i -= 1
        return None

    def source_start(self, pos: int) -> int:
        """Original offset of the character at normalised offset ``pos``."""
        run = self._run_at(pos)
        if run is None:
            run = self._nearest(pos)
            return run.src_end if run.out_end <= pos else run.src_start
        if run.copy:
            return run.src_start + (pos - run.out_start)
        return run.src_start

    def source_end(self, pos: int) -> int:
        """Original end offset for a normalised span ending (exclusively) at ``pos``."""
        if pos <= 0:
            return self.source_start(0) if self.runs else 0
        run = self._run_at(pos - 1)
        if run is None:
            run = self._nearest(pos - 1)
            return run.src_end if run.out_end <= pos - 1 else run.src_start
        if run.copy:
            return run.src_start + (pos - run.out_start)
        return run.src_end

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The original span ``[s, e)`` that produced normalised ``[start, end)``."""
        if not 0 <= start <= end <= self.out_length:
            raise ValueError(f"span {start}:{end} outside 0:{self.out_length}")
        if start == end:
            s = self.source_start(start) if start < self.out_length else self.source_end(end)
            return s, s
        s = self.source_start(start)
        e = self.source_end(end)
        if e < s:  # output order differs from source order (moved paragraph pieces)
            s, e = e, s
        return s, e

    def _nearest(self, pos: int) -> Run:
        if not self.runs:
            raise ValueError("empty offset map")
        i = max(0, min(len(self.runs) - 1, bisect.bisect_right(self._starts, pos) - 1))
        return self.runs[i]

    # -- (de)serialisation -------------------------------------------------------
    def to_list(self) -> list[int]:
        """Flat integer list: out_start, out_len, src_start, src_len, copy for each run."""
        flat: list[int] = []
        for r in self.runs:
            flat.extend(
                (
                    r.out_start,
                    r.out_end - r.out_start,
                    r.src_start,
                    r.src_end - r.src_start,
                    int(r.copy),
                )
            )
        return flat

    @classmethod
    def from_list(cls, flat: Sequence[int], out_length: int) -> OffsetMap:
        runs = [
            Run(
                flat[i],
                flat[i] + flat[i + 1],
                flat[i + 2],
                flat[i + 2] + flat[i + 3],
                bool(flat[i + 4]),
            )
            for i in range(0, len(flat), 5)
        ]
        return cls(runs, out_length)


class OffsetBuilder:
    """Builds normalised text from a source string while recording the offset map."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._runs: list[Run] = []
        self._length = 0

    @property
    def length(self) -> int:
        return self._length

    def tail(self, n: int = 1) -> str:
        """The last ``n`` characters written so far."""
        out = ""
        for part in reversed(self._parts):
            out = part + out
            if len(out) >= n:
                break
        return out[-n:]

    def copy(self, start: int, end: int) -> None:
        """Append ``source[start:end]`` verbatim."""
        if end <= start:
            return
        text = self.source[start:end]
        last = self._runs[-1] if self._runs else None
        if last and last.copy and last.out_end == self._length and last.src_end == start:
            self._runs[-1] = Run(
                last.out_start, last.out_end + len(text), last.src_start, end, True
            )
        else:
            self._runs.append(Run(self._length, self._length + len(text), start, end, True))
        self._parts.append(text)
        self._length += len(text)

    def emit(self, text: str, start: int, end: int) -> None:
        """Append ``text`` standing for ``source[start:end]`` (may be empty on either side)."""
        if text == self.source[start:end] and text:
            self.copy(start, end)
            return
        if text:
            self._runs.append(Run(self._length, self._length + len(text), start, end, False))
            self._parts.append(text)
            self._length += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        text = "".join(self._parts)
        return text, OffsetMap(self._runs, len(text))


def char_to_byte_offsets(
    text: str, encoding: str, positions: Iterable[int], base: int = 0
) -> list[int]:
    """Byte offsets in ``text.encode(encoding)`` (plus ``base``) of the given char offsets."""
    asked = list(positions)
    wanted = sorted(set(asked))
    result: dict[int, int] = {}
    byte_pos = base
    prev = 0
    for pos in wanted:
        byte_pos += len(text[prev:pos].encode(encoding, errors="surrogateescape"))
        prev = pos
        result[pos] = byte_pos
    return [result[p] for p in asked]
