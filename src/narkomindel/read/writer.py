"""Segment-by-segment construction of normalised text with exact provenance.

Readers walk their source and tell a :class:`SegmentWriter` which stretches of
the decoded original are text, which are dropped, and where segments begin and
end.  The writer collapses white space, decodes character references, inserts a
blank line between segments, and records every step in an offset map.
"""

from __future__ import annotations

import html
import re
from typing import Any

from narkomindel.model import Segment
from narkomindel.offsets import OffsetBuilder, OffsetMap

__all__ = ["SegmentWriter", "SEPARATOR", "REPLACEMENT", "decode_reference", "numeric_reference"]

SEPARATOR = "\n\n"
# A character reference, or white space that needs handling.  A single space between two
# characters of text is neither: it is copied with the text around it, so ordinary prose
# costs one regex scan and one copy per text run, not a handful of calls per word.  The
# pattern opens with a character set ('&' or white space) so the engine skips to those.
_TEXT_TOKEN = re.compile(
    r"[&\s](?:(?<=&)(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*+);?"
    r"|(?<= )(?![^\s&])\s*+|(?<=[^\S ])\s*+)"
)
_XML_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
REPLACEMENT = "\ufffd"


def _xml_char(code: int) -> bool:
    """Is ``code`` a character XML 1.0 allows (its ``Char`` production)?"""
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def numeric_reference(body: str, *, xml: bool) -> str:
    """The character a numeric reference body (``#65``, ``#x41``) stands for.

    A code point that cannot be a character — zero, a surrogate, beyond U+10FFFF, or
    (in XML) anything outside XML's ``Char`` production — gives U+FFFD.
    """
    hexa = body[1:2] in ("x", "X")
    digits = (body[2:] if hexa else body[1:]).lstrip("0")
    if len(digits) > 8:  # far beyond U+10FFFF; do not convert a huge number
        return REPLACEMENT
    code = int(digits, 16 if hexa else 10) if digits else 0
    if xml:
        return chr(code) if _xml_char(code) else REPLACEMENT
    if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        return REPLACEMENT
    return chr(code)


def decode_reference(ref: str, *, xml: bool) -> str | None:
    """The character(s) a ``&...;`` reference stands for, or None if unknown.

    Numeric references to code points that cannot be characters give U+FFFD.
    """
    body = ref[1:].rstrip(";")
    if body.startswith("#"):
        if len(body) < 2 or (body[1:2] in ("x", "X") and len(body) < 3):
            return None
        return numeric_reference(body, xml=xml)
    if xml:
        return _XML_ENTITIES.get(body) if ref.endswith(";") else None
    decoded = html.unescape(ref)
    return decoded if decoded != ref else None


class SegmentWriter:
    """Accumulates segments of normalised text over one source string."""

    def __init__(self, source: str, *, xml_entities: bool = False) -> None:
        self.source = source
        self.builder = OffsetBuilder(source)
        self.segments: list[Segment] = []
        self.xml = xml_entities
        self._open: dict[str, Any] | None = None
        self._pending_space: tuple[int, int] | None = None
        self._seg_has_text = False
        self._pending_marks: list[str] = []
        self.marks: dict[str, int] = {}
        self.replaced: list[str] = []  # numeric references that gave U+FFFD

    # -- segments ------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._open is not None

    @property
    def position(self) -> int:
        return self.builder.length

    def begin(self, kind: str, src_pos: int, **info: Any) -> None:
        """Start a segment; closes the one open, if any."""
        if self._open is not None:
            self.end()
        self._open = {"kind": kind, "info": info, "src": src_pos}
        self._pending_space = None
        self._seg_has_text = False

    def end(self) -> Segment | None:
        """Close the open segment; empty segments are dropped.  Returns the segment."""
        if self._open is None:
            return None
        opened = self._open
        self._open = None
        self._pending_space = None
        if not self._seg_has_text:
            return None
        info = opened["info"]
        seg = Segment(
            start=opened["start"],
            end=self.builder.length,
            kind=opened["kind"],
            page=info.get("page"),
            label=info.get("label"),
            group=info.get("group"),
            attrs=info.get("attrs") or {},
        )
        self.segments.append(seg)
        return seg

    def _ensure_started(self, src_pos: int) -> None:
        assert self._open is not None, "text written outside a segment"
        if not self._seg_has_text:
            if self.builder.length:
                self.builder.emit(SEPARATOR, src_pos, src_pos)
            self._open["start"] = self.builder.length
            self._seg_has_text = True
        elif self._pending_space is not None:
            s, e = self._pending_space
            self.builder.emit(" ", s, e)
        self._pending_space = None
        for key in self._pending_marks:
            self.marks[key] = self.builder.length
        self._pending_marks.clear()

    # -- marks: where an inline element starts and ends in the output ----------
    def mark_start(self, key: str) -> None:
        """Record that ``key`` starts at the next character written."""
        self._pending_marks.append(key)

    def mark_end(self, key: str) -> None:
        """Record that ``key`` ends here; an element that wrote nothing is empty."""
        if key in self._pending_marks:
            self._pending_marks.remove(key)
            self.marks[key] = self.builder.length
        self.marks[key + "/end"] = self.builder.length

    # -- content -------------------------------------------------------------------
    def text(self, start: int, end: int, *, entities: bool = True) -> None:
        """Write ``source[start:end]``: white space collapsed, references decoded."""
        if self._open is None or end <= start:
            return
        source = self.source
        pos = start
        for m in _TEXT_TOKEN.finditer(source, start, end):
            if m.start() > pos:
                self._copy(pos, m.start())
            if source[m.start()] != "&":
                self.space(m.start(), m.end())
            else:
                ref = m.group(0)
                decoded = decode_reference(ref, xml=self.xml) if entities else None
                if decoded is None:
                    self._ensure_started(m.start())
                    self.builder.copy(m.start(), m.end())
                elif decoded.isspace():
                    self.space(m.start(), m.end())
                else:
                    if decoded == REPLACEMENT and ref.startswith("&#"):
                        self.replaced.append(ref)
                    self._ensure_started(m.start())
                    self.builder.emit(decoded, m.start(), m.end())
            pos = m.end()
        if pos < end:
            self._copy(pos, end)

    def _copy(self, start: int, end: int) -> None:
        """Copy a stretch the token pattern left alone: text, with single spaces inside.

        It can begin with a single space only at the start of a call or right after a
        reference; that space is a word boundary like any other white space."""
        if self.source[start] == " ":
            self.space(start, start + 1)
            start += 1
            if start == end:
                return
        self._ensure_started(start)
        self.builder.copy(start, end)

    def warnings(self) -> list[str]:
        """What the writer repaired, for the Document's warnings."""
        if not self.replaced:
            return []
        shown = ", ".join(dict.fromkeys(r[:16] for r in self.replaced[:5]))
        return [
            f"{len(self.replaced)} character reference(s) to code points that are not characters"
            f" ({shown}) replaced with U+FFFD"
        ]

    def literal(self, text: str, start: int, end: int) -> None:
        """Write ``text`` in place of ``source[start:end]``."""
        if self._open is None or not text:
            return
        self._ensure_started(start)
        self.builder.emit(text, start, end)

    def space(self, start: int, end: int) -> None:
        """A word boundary: written as one space before the next text, if any."""
        if self._open is None or not self._seg_has_text:
            return
        if self._pending_space is None:
            self._pending_space = (start, end)
        else:
            self._pending_space = (self._pending_space[0], end)

    def join(self) -> None:
        """Cancel a pending word boundary (e.g. a line break inside a hyphenated word)."""
        self._pending_space = None

    def build(self) -> tuple[str, OffsetMap, list[Segment]]:
        self.end()
        for key in self._pending_marks:
            self.marks[key] = self.builder.length
        self._pending_marks.clear()
        text, offsets = self.builder.build()
        return text, offsets, self.segments
