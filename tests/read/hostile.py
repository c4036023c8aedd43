"""Hostile and large inputs for every reader, generated here at any scale.

Each :class:`Shape` makes the bytes of one kind of input ``scale`` times over (1x, 4x,
16x in the tests; larger in ``benchmarks/bench_readers_linear.py``).  All text is
written in code: invented words, no third-party text.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from tests.read.pdfs import text_pdf

WORDS = (
    "the of and to in a was that he his for as with by on it at from had which but were "
    "commissariat envoy Kovrov Vesterby Norland treaty mission ambassador recognition "
    "diplomats purge 1922 1937 counsellor secretary attaché Orlov-Belyi (NKID) consul trade"
).split()


def _paragraphs(scale: int, per: int = 60, seed: int = 7) -> list[str]:
    """``40 * scale`` paragraphs of wrapped lines, like a book."""
    rnd = random.Random(seed)
    out = []
    for _ in range(40 * scale):
        words = [rnd.choice(WORDS) for _ in range(per)]
        words[0] = words[0].capitalize()
        text = " ".join(words) + rnd.choice([".", ".", "?", ":", ""])
        lines, line = [], ""
        for w in text.split():
            if len(line) + len(w) > 70:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        lines.append(line)
        out.append("\n".join(lines))
    return out


def book(scale: int) -> bytes:
    """A book in ordinary paragraphs: wrapped lines, blank lines between (~25 KB a unit)."""
    return ("\n\n".join(_paragraphs(scale)) + "\n").encode()


def long_lines(scale: int) -> bytes:
    """Paragraphs each on one line of ~6 KB, no wrapping."""
    paras = _paragraphs(scale, per=1000)[: 4 * scale]
    return "\n\n".join(p.replace("\n", " ") for p in paras).encode()


def huge_word(scale: int) -> bytes:
    """Words of 25,000 characters per unit (100,000 at 4x) ending lines, before a full stop
    or comma (a line's last word was once searched for from every position of it)."""
    word = "к" * (25_000 * scale)
    return f"The envoy wrote\n{word}.\n{word},\n{word}-\n{word} and left.\n".encode()


def brackets(scale: int) -> bytes:
    """12,500 opening brackets per unit (200,000 at 16x), on one line."""
    return b"[" * (12_500 * scale) + b" text [a](b" + b"[a](" * (2_000 * scale) + b"\n"


def single_line(scale: int) -> bytes:
    """One line of ordinary words, 100 KB a unit."""
    return " ".join(p.replace("\n", " ") for p in _paragraphs(scale * 4)).encode()


def markdown_soup(scale: int) -> bytes:
    """Emphasis nested thousands deep, unclosed tags, stars, escapes and note markers."""
    unit = "*a **b ***c " * 150 + "c*** b** a* " * 150 + "<b <sup> 1 " + "\\* " * 100
    return (unit * scale + "\n").encode()


def note_lines(scale: int) -> bytes:
    """Long lines, each run of them followed by note-like '1. ' lines that look back over
    them for a glued marker (~45 KB a unit)."""
    long = "A line that runs on " * 100
    return (((long + "\n") * 20 + "\n1. A note.\n\n" * 20) * scale).encode()


def html_page(scale: int) -> bytes:
    """An ordinary web page: navigation, then paragraphs."""
    paras = "".join(f"<p class='body'>{p}</p>\n" for p in _paragraphs(scale))
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Envoys</title></head><body>"
        "<nav><a href='/'>Home</a></nav><main>" + paras + "</main></body></html>"
    ).encode()


def html_unclosed_tags(scale: int) -> bytes:
    """12.5 KB of unclosed tags a unit (200 KB at 16x)."""
    return b"<html><body><p>Text.</p>" + b"<a " * (4_200 * scale)


def html_doctype_like(scale: int) -> bytes:
    """25 KB of DOCTYPE-like text a unit (400 KB at 16x), ending in an unclosed subset."""
    return b"<html><body><p>Text.</p>" + b"<!DOCTYPE x " * (2_000 * scale) + b"<!x [" * 100


def html_attribute_pairs(scale: int) -> bytes:
    """An unclosed tag with 16,000 attribute-like pairs a unit."""
    pairs = " ".join(f'a{i}="v"' for i in range(16_000 * scale))
    return f"<html><body><p>Text.</p><a {pairs}".encode()


def html_deep(scale: int) -> bytes:
    """Markup nested 1,000 deep a unit, half of it never closed."""
    return (
        b"<html><body>"
        + b"<div><span>" * (1_000 * scale)
        + b"text"
        + b"</span>" * (1_000 * scale)
        + b"</body></html>"
    )


def html_broken(scale: int) -> bytes:
    """Quotes, brackets and half-tags in random order."""
    rnd = random.Random(3)
    pieces = ["<", ">", '"', "'", "=", "<p ", "</", "<!--", "--", "-->", " x", "<?", "&#", ";"]
    return ("<html><body>" + "".join(rnd.choice(pieces) for _ in range(20_000 * scale))).encode()


def tei_volume(scale: int) -> bytes:
    """A TEI volume: a persons list and documents with tagged names, 50 entries a unit."""
    n = 50 * scale
    people = "".join(
        f'<item><persName xml:id="p{i}">Orlov{i}, Semen</persName>, envoy, 1921.</item>'
        for i in range(n)
    )
    docs = "".join(
        f'<div type="document" xml:id="d{i}"><head>From <persName corresp="#p{i}">Orlov{i}'
        f"</persName></head><p>{' '.join(WORDS)} <placeName>Vesterby</placeName>.</p></div>"
        for i in range(n)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><TEI xmlns="http://www.tei-c.org/ns/1.0">'
        "<teiHeader><fileDesc><titleStmt><title>Invented Papers</title></titleStmt>"
        f'</fileDesc></teiHeader><text><body><div xml:id="persons"><list>{people}</list></div>'
        f"{docs}</body></text></TEI>"
    ).encode()


def tei_broken(scale: int) -> bytes:
    """A TEI file whose markup breaks at the end (refused as not well-formed)."""
    return tei_volume(scale).replace(b"</TEI>", b"<p")


def tei_deep(scale: int) -> bytes:
    """Elements nested 1,000 deep a unit (lxml refuses beyond its depth limit)."""
    return (
        b'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
        + b"<seg>" * (1_000 * scale)
        + b"x"
        + b"</seg>" * (1_000 * scale)
        + b"</body></text></TEI>"
    )


def _memorial(records: str) -> bytes:
    return (
        "<html><head><meta charset='windows-1251'></head><body><p class=Street>Тестовая ул.</p>"
        + records
        + "</body></html>"
    ).encode("cp1251")


def memorial_records(scale: int) -> bytes:
    """A registry page of 100 person records a unit."""
    rec = (
        "<p class=pers><B>Орлов{0} Семен Аркадьевич</B>, род. 1890, г. Вестерби, русский,"
        " член ВКП(б), секретарь. Адрес: ул. Тестовая, д.{0}. Расстрелян 21.08.1937."
        " Место захоронения: Бутово.</p>\n"
    )
    return _memorial("".join(rec.format(i) for i in range(100 * scale)))


def memorial_brackets(scale: int) -> bytes:
    """One record whose name holds 12,500 unclosed parentheses a unit, and a record with
    a thousand burial headings and no full stop."""
    parens = "(" * (12_500 * scale)
    burials = "Место захоронения: Бутово, " * (1_000 * scale)
    return _memorial(
        f"<p class=pers><B>Орлов {parens}Семен</B>, род. 1890, русский, б/п.</p>"
        f"<p class=pers><B>Орлов Семен</B>, род. 1890, {burials}</p>"
        f"<p class=Street>{'Длинная ' * (2_000 * scale)}ул.</p><p class=pers><B>Ким</B>.</p>"
    )


def pdf_pages(scale: int) -> bytes:
    """A text PDF of two pages a unit."""
    return text_pdf(2 * scale)


@dataclass(frozen=True)
class Shape:
    name: str
    reader: str
    path: str
    make: Callable[[int], bytes]
    base: int = 1  # the tests' 1x, in units: enough work to time


SHAPES = [
    Shape("book in ordinary paragraphs", "reader.text.v1", "book.txt", book),
    Shape("long lines", "reader.text.v1", "long.txt", long_lines),
    Shape("100,000-character words", "reader.text.v1", "word.txt", huge_word),
    Shape("brackets", "reader.text.v1", "brackets.txt", brackets),
    Shape("single line", "reader.text.v1", "line.txt", single_line),
    Shape("markup soup", "reader.text.v1", "soup.md", markdown_soup),
    Shape("note-like lines after long lines", "reader.text.v1", "notes.txt", note_lines),
    Shape("ordinary web page", "reader.html.v1", "page.html", html_page, 2),
    Shape("unclosed tags", "reader.html.v1", "tags.html", html_unclosed_tags, 64),
    Shape("DOCTYPE-like text", "reader.html.v1", "dt.html", html_doctype_like, 32),
    Shape("unclosed tag, attribute pairs", "reader.html.v1", "attrs.html", html_attribute_pairs, 2),
    Shape("deep markup", "reader.html.v1", "deep.html", html_deep),
    Shape("broken markup", "reader.html.v1", "broken.html", html_broken, 2),
    Shape("TEI volume", "reader.tei.v1", "volume.xml", tei_volume, 2),
    Shape("TEI, broken markup", "reader.tei.v1", "broken.xml", tei_broken, 16),
    Shape("TEI, nested deep", "reader.tei.v1", "deep.xml", tei_deep),
    Shape("registry records", "reader.memorial.v2", "shot-1.htm", memorial_records),
    Shape("registry brackets and headings", "reader.memorial.v2", "shot-2.htm", memorial_brackets),
    Shape("PDF pages", "reader.pdf.v1", "pages.pdf", pdf_pages),
]
