"""Reader for HTML web pages (``reader.html.v1``).

Honours the declared encoding (BOM, ``<meta charset>``, ``http-equiv``), keeps
headings, paragraphs, list items and table cells as segments, and removes site
chrome: scripts and styles, ``nav``/``header``/``footer``/``aside``/``form``
elements, elements whose class, id or role says navigation, menus, cookie
banners, sign-up or log-in, link lists, and log-in/sign-up text at the page's
head and tail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from narkomindel.config import Settings
from narkomindel.errors import EmptyFileError
from narkomindel.model import Document, DocumentMeta
from narkomindel.read.decode import ascii_view, decode
from narkomindel.read.layout import _UI
from narkomindel.read.markup import RAW_TEXT_HTML, tokenize
from narkomindel.read.plugins import ReaderSpec, register_reader
from narkomindel.read.writer import SegmentWriter, decode_reference

__all__ = ["read_html", "READER", "looks_like_html"]

NAME = "reader.html.v1"

SKIP_TAGS = {
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
    "form", "button", "select", "textarea", "iframe", "object", "canvas", "head", "menu", "dialog",
}  # fmt: skip
VOID_TAGS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
}  # fmt: skip
BLOCK_KIND = {
    "p": "paragraph", "div": "paragraph", "section": "paragraph", "article": "paragraph",
    "main": "paragraph", "blockquote": "paragraph", "pre": "paragraph", "address": "paragraph",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "li": "list_item", "dt": "list_item", "dd": "list_item", "td": "table_cell",
    "th": "table_cell", "caption": "caption", "figcaption": "caption", "tr": "paragraph",
    "table": "paragraph", "ul": "paragraph", "ol": "paragraph", "dl": "paragraph", "body": "paragraph",
    "figure": "paragraph",
}  # fmt: skip
_CHROME_ATTR = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|header|masthead|sidebar|cookies?|"
    r"banner|signup|sign-up|login|log-in|subscribe|newsletter|share|social|advert|ads?|promo|modal|popup|"
    r"skip-link|toolbar)(?:$|[\s_-])",
    re.I,
)
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "complementary", "menu"}
# each comment is taken whole (atomic): a run of comments cannot be re-split, which made
# the pattern exponential in the number of comments before a file's first tag
_HTML_START = re.compile(
    rb"\s*+(?:<\?xml[^>]*+>\s*+)?(?:(?><!--.*?-->)\s*+)*+<(?:!doctype\s+html|html|head|body)\b",
    re.I | re.S,
)
_TITLE_OPEN = re.compile(r"<title", re.I)
_TITLE_CLOSE = re.compile(r"</title>", re.I)
_HTML_TAG = re.compile(r"<html[^<>]*+", re.I)
_LANG = re.compile(r"\blang\s*+=\s*+[\"']?([A-Za-z-]+)", re.I)


def looks_like_html(data: bytes, *, strict: bool = True) -> bool:
    """Does the file start like an HTML document (or, not strict, hold block tags)?"""
    head = ascii_view(data)
    if _HTML_START.match(head):
        return True
    return not strict and bool(re.search(rb"<(?:html|body|p|div|table)\b", head, re.I))


@dataclass
class _Block:
    kind: str
    pieces: list[tuple[str, int, int]] = field(default_factory=list)  # ('text'|'space', start, end)
    link_chars: int = 0
    chars: int = 0
    start: int = 0

    def text(self, source: str) -> str:
        return " ".join(source[s:e] for k, s, e in self.pieces if k == "text")


def _is_chrome(attrs: dict[str, str]) -> bool:
    if attrs.get("role", "").lower() in _CHROME_ROLES:
        return True
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    return bool(_CHROME_ATTR.search(" ".join((attrs.get("class", ""), attrs.get("id", "")))))


def _title(source: str) -> str | None:
    """The text of the first ``<title>``: each boundary is looked for once, so a page
    of unclosed title tags costs one pass."""
    opened = _TITLE_OPEN.search(source)
    if not opened:
        return None
    gt = source.find(">", opened.end())
    if gt < 0:
        return None
    closed = _TITLE_CLOSE.search(source, gt + 1)
    if not closed:
        return None
    raw = re.sub(r"\s+", " ", source[gt + 1 : closed.start()]).strip()
    return (
        re.sub(r"&[#\w]+;", lambda e: decode_reference(e.group(0), xml=False) or e.group(0), raw)
        or None
    )


def _language(head: str) -> re.Match[str] | None:
    """The ``lang`` attribute of the first ``<html>`` tag that has one."""
    for tag in _HTML_TAG.finditer(head):
        found = _LANG.search(tag.group(0))
        if found:
            return found
    return None


def _blocks(source: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    skip: list[str] = []  # stack of skipped element names
    in_link = 0

    def close() -> None:
        nonlocal current
        if current is not None and current.chars:
            blocks.append(current)
        current = None

    for tok in tokenize(source, raw_text=RAW_TEXT_HTML):
        name = tok.name.lower()
        if tok.kind == "start":
            if skip:
                if name == skip[-1] and not tok.self_closing and name not in VOID_TAGS:
                    skip.append(name)
                continue
            if name in SKIP_TAGS or _is_chrome(tok.attrs):
                if not tok.self_closing and name not in VOID_TAGS:
                    skip.append(name)
                continue
            if name == "a":
                in_link += 1
            elif name == "br" and current is not None:
                current.pieces.append(("space", tok.start, tok.end))
            elif name in BLOCK_KIND:
                close()
                current = _Block(BLOCK_KIND[name], start=tok.end)
        elif tok.kind == "end":
            if skip:
                if name == skip[-1]:
                    skip.pop()
                continue
            if name == "a":
                in_link = max(0, in_link - 1)
            elif name in BLOCK_KIND:
                close()
        elif tok.kind == "text" and not skip:
            raw = source[tok.start : tok.end]
            if not raw.strip():
                if current is not None:
                    current.pieces.append(("space", tok.start, tok.end))
                continue
            if current is None:
                current = _Block("paragraph", start=tok.start)
            current.pieces.append(("text", tok.start, tok.end))
            n = len(raw.strip())
            current.chars += n
            if in_link:
                current.link_chars += n
    close()
    return blocks


def _drop_chrome(blocks: list[_Block], source: str) -> tuple[list[_Block], int]:
    kept = [
        b
        for b in blocks
        if not (
            b.link_chars > 0.6 * b.chars
            and len(b.text(source).split()) < 12
            and b.kind != "heading"
        )
    ]
    removed = len(blocks) - len(kept)

    def short(b: _Block) -> bool:
        text = b.text(source).strip()
        return len(text.split()) <= 12 and not text.endswith((".", "?", "!"))

    lead = 0
    while lead < len(kept) and short(kept[lead]):
        lead += 1
    last_ui = max((i for i in range(lead) if _UI.search(kept[i].text(source))), default=-1)
    if last_ui >= 0:
        removed += last_ui + 1
        kept = kept[last_ui + 1 :]
    j = len(kept)
    while j > 0 and (short(kept[j - 1]) or _UI.search(kept[j - 1].text(source))):
        j -= 1
    if sum(1 for b in kept[j:] if _UI.search(b.text(source))) >= 2:
        removed += len(kept) - j
        kept = kept[:j]
    return kept, removed


def read_html(
    data: bytes, path: str, settings: Settings, *, encoding: str | None = None
) -> Document:
    """Read an HTML page into a :class:`Document` with its chrome removed."""
    decoded = decode(data, path, encoding=encoding)
    source, enc, bom = decoded.text, decoded.encoding, decoded.skip
    blocks, removed = _drop_chrome(_blocks(source), source)
    writer = SegmentWriter(source)
    for block in blocks:
        writer.begin(block.kind, block.start)
        for kind, s, e in block.pieces:
            if kind == "space":
                writer.space(s, e)
            else:
                writer.text(s, e)
        writer.end()
    text, offsets, segments = writer.build()
    if not text.strip():
        raise EmptyFileError(
            "the page has no readable text once markup and site chrome are removed",
            where=path,
            hint="check that this is the page itself and not a redirect or an empty template",
        )
    lang = _language(source[:4096])
    meta = DocumentMeta(
        title=_title(source),
        language=(lang.group(1).split("-")[0].lower() if lang else settings.default_language),
        kind="web_page",
        encoding=enc,
        byte_offset=bom,
        extra={"removed_blocks": {"boilerplate": removed}},
    )
    warnings = [*decoded.warnings, *writer.warnings()]
    return Document(text, offsets, segments, [], meta, NAME, warnings, source_text=source)


def _detect(data: bytes, path: str) -> float:
    if looks_like_html(data):
        return 0.6
    is_html_name = path.lower().endswith((".htm", ".html", ".xhtml"))
    return 0.5 if is_html_name and looks_like_html(data, strict=False) else 0.0


READER = register_reader(
    ReaderSpec(NAME, _detect, read_html, "HTML web pages, site chrome removed")
)
