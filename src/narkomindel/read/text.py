"""Reader for plain, Markdown and OCR text (``reader.text.v1``).

Layout comes from :mod:`narkomindel.read.layout`; this module writes the blocks
as normalised text: lines joined, words broken across lines mended (by casing
and the document's own vocabulary), Markdown emphasis and links stripped, and
footnote markers removed from the running text but kept as annotations that
point at their notes.  Body text comes first, then the notes, in order.
"""

from __future__ import annotations

import re
from typing import Any

from narkomindel.config import Settings
from narkomindel.errors import EmptyFileError
from narkomindel.model import Annotation, Document, DocumentMeta
from narkomindel.read.decode import decode
from narkomindel.read.layout import Block, Line, analyse_layout, interior_vocabulary
from narkomindel.read.plugins import ReaderSpec, register_reader
from narkomindel.read.writer import SegmentWriter

__all__ = ["read_text", "READER", "is_pre_reform"]

NAME = "reader.text.v1"

# Every alternative starts with a literal character outside any group, so the regex
# engine skips ahead to the next '<', '\\', '[' or '*' instead of trying each position;
# an empty group just after that character names the alternative.  None can rescan what
# another attempt scanned: link text stops at the next bracket, a link target at the next
# bracket or space, a tag at the next '<'; so a line of 200,000 brackets costs one pass.
_INLINE = re.compile(
    r"<sup>(?P<sup>)\s*+(?P<sn>[^<]{0,6}?)\s*</sup>"
    r"|\\(?P<esc>)(?P<ec>[*_\[\]#`\\])"
    r"|\[(?P<link>)(?P<lt>[^\[\]\n]*+)\]\((?P<lu>[^)\s\[]*+)\)"
    r"|<(?P<tag>)/?(?:sup|sub|em|strong|i|b|u|br|span)\b[^<>]*+>"
    r"|\*(?P<emph>)(?:(?<![\w*]\*)\*{0,2}(?=\S)|(?<=\S\*)\*{0,2}(?![\w*]))"
)
_GLUED = re.compile(r"(\d(?<=[A-Za-z.,;:)\]\"'”’]\d)\d{0,2})(?=[\s,;:.)]|$)")
# matched at a line's first character (re.match with a start position)
_HEAD_PREFIX = re.compile(r"#{1,6}\s+")
_BULLET = re.compile(r"(?:[-*+•●▪◦‣]|\d{1,3}[.)])\s+")
_NOTE_PREFIX = re.compile(r"(?:[-*+]\s+)?<sup>\s*\d{1,3}\s*</sup>\s*|\d{1,3}\.\s+|\\?\*\s+")
_SUFFIXES = ("'s", "’s", "s", "es", "ed", "d", "ing", "ly", "al")
_RIGHT_WORD = re.compile(r"^([^\W\d_]+)")
_LEADING_SPACE = re.compile(r"\s*+")
#: emphasis opened inside emphasis deeper than this is not recorded (each level is an
#: annotation over the text inside it, so unbounded nesting would cost the square)
MAX_EMPHASIS_DEPTH = 8


def _cyrillic_share(text: str) -> float:
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)


def _last_word(text: str) -> tuple[str, str] | None:
    """The letters ending ``text``, and a hyphen after them if there is one: what
    ``([^\\W\\d_]+)(-?)$`` finds, read from the end of the line instead of tried at
    every position of it."""
    end = len(text) - 1 if text.endswith("-") else len(text)
    start = end
    while start > 0 and text[start - 1].isalnum() and not text[start - 1].isdecimal():
        start -= 1
    if start == end:
        return None
    return text[start:end], text[end:]


class _Joiner:
    """Decides how two wrapped lines meet: a space, a mended word, or a kept hyphen."""

    def __init__(self, lines: list[Line]) -> None:
        self.words, self.compounds = interior_vocabulary(lines)

    def known(self, word: str) -> bool:
        w = word.lower()
        if w in self.words:
            return True
        return any(
            w.endswith(s) and w[: -len(s)] in self.words for s in _SUFFIXES if len(w) > len(s) + 2
        )

    def decide(self, left_text: str, right_text: str) -> str:
        """'space', 'join' (drop the line break), 'dehyphen' (drop hyphen and break),
        or 'keep' (keep the hyphen, drop the break)."""
        ml = _last_word(left_text)
        mr = _RIGHT_WORD.match(right_text)
        if not ml or not mr:
            return (
                "keep" if left_text.endswith("-") and mr and left_text[-2:-1].isalpha() else "space"
            )
        (left, hyphen), right = ml, mr.group(1)
        joined = left + right
        if hyphen:
            if right[0].islower():
                if f"{left}-{right}".lower() in self.compounds and not self.known(joined):
                    return "keep"
                return "dehyphen"
            return "dehyphen" if self.known(joined) and not self.known(right) else "keep"
        if not right[0].islower() or len(left) < 1:
            return "space"
        left_known, right_known = self.known(left), self.known(right)
        if left_known and right_known:
            return "space"
        return "join" if self.known(joined) else "space"


#: pre-reform Russian letters and the word-final hard sign, as matched; what they
#: are today (the hard sign at a word's end is dropped)
_PRE_REFORM = re.compile(
    r"[ѣѢіІѳѲѵѴ]|(?<=[бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ])[ъЪ](?![а-яёА-ЯЁ])"
)
_MODERN = {"ѣ": "е", "Ѣ": "Е", "і": "и", "І": "И", "ѳ": "ф", "Ѳ": "Ф", "ѵ": "и", "Ѵ": "И"}
_FINAL_HARD_SIGN = re.compile(r"[бвгджзклмнпрстфхцчшщ]ъ(?![а-яё])")


def is_pre_reform(text: str) -> bool:
    """Is ``text`` Russian in the orthography before 1918 (ѣ, ѳ, or many words ending in
    ъ; "і" alone is also Ukrainian or Belarusian)?"""
    sample = text[:200_000]
    return bool(re.search("[ѣѢѳѲ]", sample)) or len(_FINAL_HARD_SIGN.findall(sample, 0)) >= 3


class _TextWriter:
    def __init__(self, source: str, lines: list[Line], note_labels: set[str]) -> None:
        self.source = source
        self.w = SegmentWriter(source)
        self.joiner = _Joiner(lines)
        self.note_labels = note_labels
        self.markers: list[dict[str, Any]] = []
        self.emphasis: list[tuple[int, int]] = []  # spans the source set in italics or bold
        self._open_emph: list[tuple[str, int]] = []
        self.next_marker = 1
        self.used: set[str] = set()
        self.pre_reform = is_pre_reform(source)

    # inline content of one line, [start, end) in the source
    def inline(self, start: int, end: int, *, body: bool) -> None:
        pos = start
        for m in _INLINE.finditer(self.source, start, end):
            self.plain(pos, m.start(), body=body)
            if m.group("sup") is not None:
                label = m.group("sn").strip()
                if body and label:
                    self.marker(label, m.start(), m.end())
            elif m.group("esc") is not None:
                char = m.group("ec")
                if char == "*" and body and "*" in self.note_labels:
                    self.marker("*", m.start(), m.end())
                else:
                    self.w.literal(char, m.start(), m.end())
            elif m.group("link") is not None:
                self.plain(m.start("lt"), m.end("lt"), body=body)
            elif m.group("emph") is not None:
                marker = m.group(0)
                if self._open_emph and self._open_emph[-1][0] == marker:
                    _, opened = self._open_emph.pop()
                    if self.w.position > opened:
                        self.emphasis.append((opened, self.w.position))
                elif len(self._open_emph) < MAX_EMPHASIS_DEPTH:
                    self._open_emph.append((marker, self.w.position))
            pos = m.end()
        self.plain(pos, end, body=body)

    def text(self, start: int, end: int) -> None:
        """Write source text; in pre-reform Russian, its old letters as today's."""
        if not self.pre_reform:
            self.w.text(start, end)
            return
        pos = start
        for m in _PRE_REFORM.finditer(self.source, start, end):
            self.w.text(pos, m.start())
            self.w.literal(_MODERN.get(m.group(0), ""), m.start(), m.end())
            pos = m.end()
        self.w.text(pos, end)

    def plain(self, start: int, end: int, *, body: bool) -> None:
        if end <= start:
            return
        if not body or not self.note_labels:
            self.text(start, end)
            return
        pos = start
        for m in _GLUED.finditer(self.source, start, end):
            label = m.group(1)
            n = int(label)
            if (
                label in self.note_labels
                and label not in self.used
                and self.next_marker - 2 <= n <= self.next_marker + 2
            ):
                self.text(pos, m.start())
                self.marker(label, m.start(), m.end())
                pos = m.end()
        self.text(pos, end)

    def marker(self, label: str, start: int, end: int) -> None:
        self.markers.append({"label": label, "at": self.w.position, "src": (start, end)})
        self.used.add(label)
        if label.isdigit():
            self.next_marker = max(self.next_marker, int(label) + 1)

    def block(self, block: Block, kind: str, prefix: re.Pattern[str] | None) -> None:
        body = kind not in ("footnote", "author_note")
        self._open_emph.clear()
        lines = block.lines
        self.w.begin(kind, lines[0].start, page=block.page, label=block.label)
        for idx, line in enumerate(lines):
            start, end = line.start, line.end
            if idx == 0 and prefix is not None:
                m = prefix.match(self.source, start, end)
                if m:
                    start = m.end()
            if idx + 1 < len(lines):
                nxt = lines[idx + 1]
                decision = self.joiner.decide(line.text, nxt.text)
                if decision == "dehyphen":
                    self.inline(start, end - 1, body=body)
                    self.w.join()
                    continue
                if decision in ("join", "keep"):
                    self.inline(start, end, body=body)
                    self.w.join()
                    continue
                self.inline(start, end, body=body)
                self.w.space(end, nxt.start)
            else:
                self.inline(start, end, body=body)


def read_text(
    data: bytes, path: str, settings: Settings, *, encoding: str | None = None
) -> Document:
    """Read plain, Markdown or OCR text into a :class:`Document`."""
    decoded = decode(data, path, encoding=encoding)
    text, enc, bom = decoded.text, decoded.encoding, decoded.skip
    if not text.strip():
        raise EmptyFileError("file holds only white space", where=path, hint="remove it or fill it")
    layout = analyse_layout(text)
    lines = layout.lines
    note_labels = {
        b.label for b in layout.blocks if b.kind in ("footnote", "author_note") and b.label
    }
    tw = _TextWriter(text, lines, note_labels)
    note_segments: dict[str, int] = {}
    for block in layout.blocks:
        prefix: re.Pattern[str] | None = None
        if block.kind == "heading":
            prefix = _HEAD_PREFIX
        elif block.kind == "list_item":
            prefix = _BULLET
        elif block.kind in ("footnote", "author_note"):
            prefix = _NOTE_PREFIX
        tw.block(block, block.kind, prefix)
        seg = tw.w.end()
        if seg is not None and block.kind in ("footnote", "author_note") and block.label:
            note_segments.setdefault(block.label, len(tw.w.segments) - 1)
    normalised, offsets, segments = tw.w.build()
    if not normalised:
        raise EmptyFileError(
            "no text is left once markup, page furniture and boilerplate are removed",
            where=path,
            hint="check that this is the text itself and not only markup",
        )
    annotations = []
    for mk in tw.markers:
        target = note_segments.get(mk["label"])
        annotations.append(
            Annotation(
                start=mk["at"],
                end=mk["at"],
                kind="footnote_marker",
                name=mk["label"],
                value=mk["label"],
                attrs={
                    "note_segment": target,
                    "source_start": mk["src"][0],
                    "source_end": mk["src"][1],
                },
            )
        )
    for s0, e0 in tw.emphasis:
        s1 = _LEADING_SPACE.match(normalised, s0, e0).end()  # type: ignore[union-attr]
        if e0 > s1:
            annotations.append(Annotation(s1, e0, "style", "emphasis", normalised[s1:e0]))
    language = "ru" if _cyrillic_share(normalised) > 0.3 else settings.default_language
    meta = DocumentMeta(
        title=layout.title,
        citation=layout.citation,
        language=language,
        kind="web_page" if layout.removed.get("boilerplate") else "scholarship",
        encoding=enc,
        byte_offset=bom,
        extra={"removed_blocks": layout.removed},
    )
    warnings = [*decoded.warnings, *tw.w.warnings()]
    if tw.pre_reform:
        meta.extra["orthography"] = "pre-reform"
        warnings.append(
            "pre-reform Russian orthography: ѣ, і, ѳ, ѵ read as е, и, ф, и and word-final ъ"
            " dropped for matching (the original text is kept)"
        )
    linked = {
        a.name
        for a in annotations
        if a.kind == "footnote_marker" and a.attrs["note_segment"] is not None
    }
    unlinked_notes = sorted(set(note_segments) - linked, key=lambda s: (len(s), s))
    if unlinked_notes:
        warnings.append(f"notes without a marker in the text: {', '.join(unlinked_notes[:20])}")
    return Document(
        normalised, offsets, segments, annotations, meta, NAME, warnings, source_text=text
    )


def _detect(data: bytes, path: str) -> float:
    return 0.1  # the fallback for anything that decodes as text


READER = register_reader(
    ReaderSpec(NAME, _detect, read_text, "plain, Markdown and OCR text; footnotes; running heads")
)
