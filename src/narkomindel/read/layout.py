"""Layout analysis for plain, Markdown and OCR text: lines into blocks.

Finds running heads, page numbers and publisher footers; repository cover
pages and web-page chrome (log-in, sign-up forms, site navigation); footnotes,
both Markdown ``<sup>n</sup>`` note lists and OCR notes interleaved at page
ends; headings, list items and figure captions.  Works on line offsets only:
the writer (``text.py``) turns blocks into normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["Line", "Block", "split_lines", "analyse_layout", "Layout"]

TERMINAL = tuple(".!?:;\"'”’)]»")
_PAGE_SEP = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|=+|\f)$")
_MD_NOTE = re.compile(r"^(?:[-*+]\s+)?<sup>\s*(\d{1,3})\s*</sup>\s*")
_STAR_NOTE = re.compile(r"^\\?\*\s+\S")
_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_BULLET = re.compile(r"^(?:[-*+•●▪◦‣]|\d{1,3}[.)])\s+")
_OCR_NOTE = re.compile(r"^(\d{1,3})\.\s+\S")
_FIGURE = re.compile(r"^(?:\*{0,2})(?:Fig\.|Figure|Plate|Map|Table)\s*\d+", re.I)
_PAGE_NUMBER = re.compile(r"^\d{1,4}$")
_RUNNING_HEAD = re.compile(
    r"^(?:\d{1,4}\s+[A-Z][\w .,:'&-]{2,60}|[A-Z][\w .,:'&-]{2,60}\s+\d{1,4})$"
)
_JOURNAL_WORD = re.compile(
    r"\b(Review|Journal|Studies|Quarterly|Bulletin|Annals|History|Proceedings|Papers|Yearbook|Survey|Slavonic|Historical)\b"
)
_FOOTER = re.compile(
    r"^(?:https?://\S+|doi:\S+)$|Published online by|Downloaded from|Terms of Use|terms of use, available|Cambridge Core|JSTOR is a not-for-profit",
    re.I,
)
_COVER = re.compile(
    r"General rights|Take down policy|Citation for published version|Research (?:Portal|Repository|Online)|"
    r"Institutional Repository|Document Version|Link to publication|Download date|Copyright and moral rights|"
    r"This version is available|Published in:|Publication date:|Users may download",
    re.I,
)
_UI = re.compile(
    r"\b(?:log ?in|log ?out|sign ?(?:up|in)|subscribe|newsletter|cookies?|privacy policy|terms of (?:use|service)|"
    r"all rights reserved|skip to (?:main )?content|menu|logo|fill (?:out|in) (?:the|this) form|your details|"
    r"contact us|whatsapp|share (?:this|on)|follow us|back to top|create (?:an )?account|forgot (?:your )?password|"
    r"get started|book (?:a|your) (?:free )?(?:lesson|trial)|hire a tutor)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_GLUED_MARKER_AT_END = re.compile(r"[A-Za-z.,;:)\]\"'”’](\d{1,3})\s*$")
_NOTE_OR_STARS_AT_END = re.compile(r"(?:<sup>[^<]*+</sup>|(?<!\*)\*++)$")
_NON_SPACE = re.compile(r"\S+")
_SPACE = re.compile(r"\s")
_LAST_TOKEN = re.compile(r"\s\S*+$")  # the white space before a line's last token
_HYPHENATED = re.compile(r"(?<!\S)\S*-\S*+")  # a token holding a hyphen, from its start
#: how far back (in lines) a glued marker for an OCR note's number is looked for
MARKER_WINDOW = 80


@dataclass
class Line:
    start: int  # content start (after leading white space)
    end: int  # content end (before trailing white space / newline)
    raw_start: int
    text: str
    indented: bool

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass
class Block:
    kind: str  # heading | paragraph | list_item | caption | footnote | author_note
    lines: list[Line] = field(default_factory=list)
    label: str | None = None
    page: str | None = None
    level: int = 0

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)

    @property
    def words(self) -> int:
        return len(self.text.split())

    def has_words(self, n: int) -> bool:
        """Does the block hold at least ``n`` words?  Stops counting at ``n``, so asking
        of a long block costs no more than asking of a short one."""
        found = 0
        for line in self.lines:
            for _ in _NON_SPACE.finditer(line.text):
                found += 1
                if found >= n:
                    return True
        return found >= n

    @property
    def first_char(self) -> str:
        """``text[:1]``, without joining the lines (they are never blank)."""
        return self.lines[0].text[:1] if self.lines else ""


@dataclass
class Layout:
    blocks: list[Block]
    removed: dict[str, int]
    title: str | None = None
    citation: str | None = None
    lines: list[Line] = field(default_factory=list)  # every line of the text, in order


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped_left = body.lstrip()
        lead = len(body) - len(stripped_left)
        content = stripped_left.rstrip()
        start = pos + lead
        lines.append(Line(start, start + len(content), pos, content, lead > 0 and bool(content)))
        pos += len(raw)
    return lines


def _isolated(lines: list[Line], i: int) -> bool:
    before = i == 0 or lines[i - 1].blank
    after = i == len(lines) - 1 or lines[i + 1].blank
    return before and after


def _furniture(lines: list[Line]) -> dict[int, str]:
    """Line index -> 'page:N' or 'drop' for running heads, page numbers, footers."""
    found: dict[int, str] = {}
    counts: dict[str, int] = {}
    for line in lines:
        if line.text and len(line.text) < 70:
            key = re.sub(r"\d+", "#", line.text)
            counts[key] = counts.get(key, 0) + 1
    for i, line in enumerate(lines):
        t = line.text
        if not t or len(t) > 120 or _PAGE_SEP.match(t):
            continue
        if _FOOTER.search(t) and len(t) < 120:
            found[i] = "drop"
        elif not _isolated(lines, i):
            continue
        elif _PAGE_NUMBER.match(t):
            found[i] = f"page:{t}"
        elif _RUNNING_HEAD.match(t) and (
            _JOURNAL_WORD.search(t) or counts.get(re.sub(r"\d+", "#", t), 0) >= 3
        ):
            num = re.search(r"\d{1,4}", t)
            found[i] = f"page:{num.group(0)}" if num else "drop"
        elif (
            len(t) < 70 and counts.get(re.sub(r"\d+", "#", t), 0) >= 4 and not _MD_HEADING.match(t)
        ):
            found[i] = "drop"
    return found


class _GluedMarkers:
    """Whether a glued marker for note 1 ("regime.1") occurs shortly before a line.

    Each line is searched once, whatever the number of candidate notes after it."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self._seen: dict[int, bool] = {}
        self._pattern = re.compile(r"[A-Za-z.,;:)\]\"'”’]1(?!\d)")

    def _line(self, i: int) -> bool:
        found = self._seen.get(i)
        if found is None:
            found = self._seen[i] = bool(self._pattern.search(self.lines[i].text))
        return found

    def before(self, upto: int) -> bool:
        return any(self._line(i) for i in range(max(0, upto - MARKER_WINDOW), upto))


def _is_terminal(text: str) -> bool:
    t = text.rstrip()
    t = _GLUED_MARKER_AT_END.sub(lambda m: m.group(0)[0], t)
    t = _NOTE_OR_STARS_AT_END.sub("", t)
    return t.endswith(TERMINAL)


def analyse_layout(text: str) -> Layout:
    """Blocks of a plain/Markdown/OCR text, with furniture and boilerplate removed."""
    lines = split_lines(text)
    furniture = _furniture(lines)
    glued = _GluedMarkers(lines)
    removed = {"furniture": 0, "cover": 0, "boilerplate": 0}
    body: list[Block] = []
    notes: list[Block] = []
    page: str | None = None
    page_index = 0
    seen_sep = False
    expected_note = 1
    mode = "body"  # body | ocr_note | md_note
    current: Block | None = None  # open body block
    note: Block | None = None
    last_body: Block | None = None
    prev_blank = True

    def close_body() -> None:
        nonlocal current, last_body
        if current is not None and current.lines:
            body.append(current)
            last_body = current
        current = None

    for i, line in enumerate(lines):
        t = line.text
        if i in furniture:
            removed["furniture"] += 1
            tag = furniture[i]
            if tag.startswith("page:"):
                page = tag[5:]
            if mode == "ocr_note":
                mode = "body"
            continue
        if line.blank:
            prev_blank = True
            if mode == "md_note":
                mode = "body"
            if mode == "body":
                close_body()
            continue
        if _PAGE_SEP.match(t):
            page_index += 1
            seen_sep = True
            page = str(page_index + 1) if page is None or page.isdigit() else page
            close_body()
            if mode != "ocr_note":
                mode = "body"
            prev_blank = True
            continue
        m_md = _MD_NOTE.match(t)
        if m_md:
            close_body()
            note = Block("footnote", [line], label=m_md.group(1), page=page)
            notes.append(note)
            mode = "md_note"
            prev_blank = False
            continue
        if _STAR_NOTE.match(t) and seen_sep:
            close_body()
            note = Block("author_note", [line], label="*", page=page)
            notes.append(note)
            mode = "md_note"
            prev_blank = False
            continue
        m_ocr = _OCR_NOTE.match(t)
        if (
            m_ocr
            and int(m_ocr.group(1)) == expected_note
            and (prev_blank or mode == "ocr_note")
            and not line.indented
            and (expected_note > 1 or glued.before(i))
        ):
            close_body()
            # a note running over from the previous page sits, unnumbered, before this one:
            # the body before it stopped mid-sentence, so that paragraph is the note's tail
            if (
                mode == "body"
                and notes
                and notes[-1].kind == "footnote"
                and len(body) >= 2
                and body[-1].kind == "paragraph"
                and body[-2].kind == "paragraph"
                and body[-2].has_words(8)
                and not _is_terminal(body[-2].lines[-1].text)
                and body[-1].first_char.isupper()
            ):
                notes[-1].lines.extend(body.pop().lines)
                last_body = body[-1]
            note = Block("footnote", [line], label=m_ocr.group(1), page=page)
            notes.append(note)
            expected_note += 1
            mode = "ocr_note"
            prev_blank = False
            continue
        if mode == "ocr_note":
            if line.indented:
                mode = "body"
                # the body text interrupted by the notes goes on here
                if last_body is not None and (
                    not _is_terminal(last_body.lines[-1].text)
                    or t[:1].islower()
                    or t.startswith(". .")
                ):
                    current = (
                        body.pop()
                        if body and body[-1] is last_body
                        else Block("paragraph", page=page)
                    )
                    current.lines.append(line)
                    prev_blank = False
                    continue
            else:
                assert note is not None
                note.lines.append(line)
                prev_blank = False
                continue
        if mode == "md_note":
            assert note is not None
            note.lines.append(line)
            continue
        # body text
        heading = _MD_HEADING.match(t)
        if heading:
            close_body()
            body.append(Block("heading", [line], page=page, level=len(heading.group(1))))
            last_body = None
            prev_blank = False
            continue
        if _BULLET.match(t) and (prev_blank or current is None or current.kind == "list_item"):
            close_body()
            if not _BULLET.sub("", t).strip():
                prev_blank = True
                continue
            current = Block("list_item", [line], page=page)
            prev_blank = False
            continue
        if _FIGURE.match(t) and prev_blank:
            close_body()
            current = Block("caption", [line], page=page)
            prev_blank = False
            continue
        if current is None:
            if (
                prev_blank
                and line.indented
                and last_body is not None
                and body
                and body[-1] is last_body
                and last_body.kind == "paragraph"
                and (
                    not _is_terminal(last_body.lines[-1].text)
                    or t[:1].islower()
                    or t.startswith(". .")
                )
            ):
                current = body.pop()
            else:
                current = Block("paragraph", page=page)
        current.lines.append(line)
        prev_blank = False
    close_body()

    blocks = _classify_headings(_classify_captions(body))
    title, citation, n_cover = _strip_cover(blocks)
    removed["cover"] = n_cover
    removed["boilerplate"] = _strip_web_chrome(blocks)
    blocks = _merge_broken_paragraphs(blocks)
    return Layout(blocks + notes, removed, title=title, citation=citation, lines=lines)


def _classify_headings(blocks: list[Block]) -> list[Block]:
    """A lone short line without final punctuation, before longer text, is a heading."""
    for i, b in enumerate(blocks):
        if b.kind != "paragraph" or len(b.lines) != 1 or b.has_words(13) or _is_terminal(b.text):
            continue
        first = b.first_char
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (first.isupper() or first.isdigit()) and nxt is not None and nxt.has_words(b.words + 1):
            b.kind = "heading"
            b.level = 2
    return blocks


def _classify_captions(blocks: list[Block]) -> list[Block]:
    """Short blocks right after a figure caption belong to it."""
    in_caption = False
    for b in blocks:
        if b.kind == "caption":
            in_caption = True
        elif in_caption and b.kind == "paragraph" and not b.has_words(30):
            b.kind = "caption"
        else:
            in_caption = False
    return blocks


def _strip_cover(blocks: list[Block]) -> tuple[str | None, str | None, int]:
    """Drop a repository cover page before the article's main heading; keep its metadata."""
    first_h1 = next((i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1), None)
    if first_h1 is None:  # no main heading: nothing to cut before, no title
        return None, None, 0
    head = blocks[:first_h1]
    hits = sum(1 for b in head if _COVER.search(b.text))
    citation = None
    title = re.sub(r"[*_#\\]+", "", blocks[first_h1].text).strip() or None
    if hits < 2:
        return title, citation, 0
    for i, b in enumerate(head):
        for k, line in enumerate(b.lines):
            if re.search(r"Citation for published version", line.text, re.I):
                rest = b.lines[k + 1 :] or (head[i + 1].lines if i + 1 < len(head) else [])
                citation = re.sub(r"[*_]+", "", " ".join(x.text for x in rest)).strip() or None
    del blocks[:first_h1]
    return title, citation, first_h1


def _is_short(block: Block, limit: int) -> bool:
    return not block.has_words(limit + 1) and not block.text.rstrip().endswith((".", "?", "!"))


def _strip_web_chrome(blocks: list[Block]) -> int:
    """Remove log-in links, logos, sign-up forms and the like at a page's head and tail."""
    removed = 0
    # head: among the leading short blocks, cut through the last one that is site chrome
    lead = 0
    while lead < len(blocks) and blocks[lead].kind != "footnote" and _is_short(blocks[lead], 8):
        lead += 1
    last_ui = max((i for i in range(lead) if _UI.search(blocks[i].text)), default=-1)
    if last_ui >= 0:
        del blocks[: last_ui + 1]
        removed += last_ui + 1
    # tail: the trailing run of short or chrome blocks, if it holds chrome
    j = len(blocks)
    while j > 0 and (
        _is_short(blocks[j - 1], 12)
        or (not blocks[j - 1].has_words(31) and _UI.search(blocks[j - 1].text))
    ):
        j -= 1
    tail = blocks[j:]
    if sum(1 for b in tail if _UI.search(b.text)) >= 2:
        del blocks[j:]
        removed += len(tail)
    return removed


def _merge_broken_paragraphs(blocks: list[Block]) -> list[Block]:
    """Join a long paragraph cut by a page break (no final punctuation) to its continuation."""
    out: list[Block] = []
    pending: Block | None = None
    for b in blocks:
        if b.kind == "paragraph" and pending is None and out and out[-1].kind == "paragraph":
            prev = out[-1]
            if b.first_char.islower() and not _is_terminal(prev.lines[-1].text):
                pending = prev
        if b.kind == "paragraph" and pending is not None:
            pending.lines.extend(b.lines)
            if _is_terminal(b.lines[-1].text):
                pending = None
            continue
        if b.kind == "heading":
            pending = None
        out.append(b)
        if b.kind == "paragraph" and b.has_words(12) and not _is_terminal(b.lines[-1].text):
            pending = b
    return out


def _pieces(text: str, start: int, end: int, size: int = 1 << 20) -> Iterator[tuple[int, int]]:
    """``[start, end)`` cut at white space into pieces of about ``size`` characters."""
    a = start
    while a < end:
        b = min(end, a + size)
        if b < end:
            cut = _SPACE.search(text, b, end)
            b = cut.start() if cut else end
        yield a, b
        a = b


def interior_vocabulary(lines: list[Line]) -> tuple[set[str], set[str]]:
    """Words seen away from line ends (so never a fragment of a broken word), lower-cased,
    and the hyphenated compounds seen whole."""
    words: set[str] = set()
    compounds: set[str] = set()
    for line in lines:
        # the tokens between a line's first and last, searched in place a piece at a time
        # (a word never spans white space, so this finds what each token would, without
        # copying a long line or listing all its words at once)
        text = line.text
        first = _NON_SPACE.match(text)
        last = _LAST_TOKEN.search(text)
        if first is None or last is None or last.start() + 1 <= first.end():
            continue
        for a, b in _pieces(text, first.end(), last.start() + 1):
            words.update(map(str.lower, _WORD.findall(text, a, b)))
            if text.find("-", a, b) >= 0:
                for m in _HYPHENATED.finditer(text, a, b):
                    tok = m.group(0)
                    if "-" in tok.strip("-"):
                        compounds.add(re.sub(r"[^\w-]", "", tok).lower())
    return words, compounds
