"""A corpus of bad and unusual input files, written here (issue 10).

Every kind a historian's folder or a stranger's upload may hold: empty and
binary files, broken and hostile markup, wrong and missing charsets, bombs,
damaged and encrypted PDFs, huge lines and words, odd names, links and pipes.
Each is small except where size is the point. :func:`write_corpus` writes them
all and returns how many it wrote; the test ingests them in a child process
with a time and memory limit.
"""

from __future__ import annotations

import os
import random
import zlib
from collections.abc import Callable
from pathlib import Path

KIB = 1024
PROSE = "In 1931 Ambassador to Portugal T. V. Mirolubov arrived in Lisbon. "

Writer = Callable[[Path], None]


def _pdf(body: bytes, *, encrypt: bool = False, trailer_extra: bytes = b"") -> bytes:
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    if encrypt:
        objs.append(b"<< /Filter /Standard /V 4 /R 4 /Length 128 /O <00> /U <00> /P -4 >>")
    out = b"%PDF-1.7\n"
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    enc = b" /Encrypt %d 0 R /ID [<01> <01>]" % len(objs) if encrypt else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, enc, trailer_extra, xref,
    )  # fmt: skip
    return out


def _html(body: str, charset: str = "utf-8") -> str:
    return (
        f'<html><head><meta charset="{charset}"><title>t</title></head><body>{body}</body></html>'
    )


def corpus_files() -> dict[str, bytes | Writer]:
    """name -> the bytes of a file, or a function that makes it (links, pipes)."""
    rnd = random.Random(10)
    files: dict[str, bytes | Writer] = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n  \r\n",
        "nul.txt": b"\x00" * 4096,
        "binary.bin": bytes(rnd.randrange(256) for _ in range(8 * KIB)),
        "binary-named.txt": bytes(rnd.randrange(256) for _ in range(8 * KIB)),
        "gzip.txt": zlib.compress(PROSE.encode() * 200),
        "jpeg.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
        + bytes(rnd.randrange(256) for _ in range(4 * KIB)),
        "zip.docx": b"PK\x03\x04" + bytes(rnd.randrange(256) for _ in range(4 * KIB)),
        "latin1.txt": ("Caf\xe9 diplomats: " + PROSE).encode("latin-1") * 20,
        "cp1251.txt": "Полпред Литвинов прибыл в Лондон. ".encode("cp1251") * 50,
        "koi8.txt": "Полпред Литвинов прибыл в Лондон. ".encode("koi8_r") * 50,
        "utf16-bom.txt": ("\ufeff" + PROSE * 20).encode("utf-16-le"),
        "utf16-nobom.txt": (PROSE * 20).encode("utf-16-le"),
        "utf32.txt": (PROSE * 20).encode("utf-32"),
        "mixed-encodings.txt": (PROSE * 5).encode()
        + "Полпред".encode("cp1251")
        + (PROSE * 5).encode(),
        "lone-surrogate.txt": b"In 1931 \xed\xa0\x80 Ambassador " + PROSE.encode() * 5,
        "bom-only.txt": b"\xef\xbb\xbf",
        "crlf.txt": (PROSE + "\r\n").encode() * 100,
        "cr-only.txt": (PROSE + "\r").encode() * 100,
        "tabs.txt": (PROSE.replace(" ", "\t") + "\n").encode() * 100,
        "long-line.txt": (PROSE * 40_000).encode(),  # 2.7 MB, one line
        "long-word.txt": b"A" * 100_000 + b" " + PROSE.encode(),
        "many-brackets.txt": b"(" * 100_000 + b")" * 100_000,
        "square-brackets.txt": b"[" * 50_000 + PROSE.encode() + b"]" * 50_000,
        "quotes.txt": b'"' * 100_000,
        "dots.txt": b". " * 100_000,
        "initials.txt": b"A. " * 60_000 + b"Ivanov",
        "capitals.txt": b"Ivanov " * 60_000,
        "dates.txt": b"1931-1932 " * 40_000,
        "hyphens.txt": b"-\n" * 80_000,
        "digits.txt": b"1234567890" * 30_000,
        "unicode-mix.txt": ("Ж ☃ 𝔘 ‮ 󠁁 ̈́ " * 5000).encode(),
        "rtl-controls.txt": ("\u202e" + PROSE + "\u202c").encode() * 300,
        "zero-width.txt": ("Lit\u200bvinov \u200d" * 5000).encode(),
        "combining.txt": ("a" + "\u0301" * 500 + " ").encode() * 100,
        "footnotes.txt": ("".join(f"{i}. Note {i}.\n" for i in range(1, 5000))).encode(),
        "markdown.md": ("# H\n\n" + "<sup>1</sup> " * 20_000).encode(),
        "book.txt": ("\n\n".join(PROSE * 6 for _ in range(8_000))).encode(),  # 3 MB of paragraphs
        "page-seps.txt": b"---\n" * 50_000,
        "html-unclosed-attrs.html": b"<html><body><div " + b'a="1" ' * 34 + b"x",
        "html-attr-bomb-600.html": b"<p " + b"x=y " * 150,
        "html-unclosed-tags.html": b"<html><body>" + b"<div>" * 40_000,
        "html-doctype-like.html": b"<!DOCTYPE " * 40_000,
        "html-comment-open.html": b"<html><!--" + b"-" * 100_000,
        "html-deep.html": b"<html><body>" + b"<b>" * 100_000 + PROSE.encode(),
        "html-script.html": _html(
            "<script>" + "x" * 200_000 + "</script><p>" + PROSE + "</p>"
        ).encode(),
        "html-entities.html": _html(
            "&amp;" * 50_000 + "&#xD800;&#0;&#x110000;&#99999999999;"
        ).encode(),
        "html-surrogate-ref.html": _html("<p>A &#xD800; B &#xDFFF; C</p>").encode(),
        "html-wrong-charset.html": _html("<p>Полпред Литвинов</p>", "windows-1251").encode("utf-8"),
        "html-ascii-as-utf16.html": _html("<p>" + PROSE + "</p>", "utf-16").encode("ascii"),
        "html-utf16-bom.html": ("\ufeff" + _html("<p>" + PROSE + "</p>")).encode("utf-16-le"),
        "html-no-charset.html": b"<html><body><p>"
        + "Полпред".encode("cp1251")
        + b"</p></body></html>",
        "html-bad-charset-name.html": _html("<p>" + PROSE + "</p>", "no-such-charset").encode(),
        "html-nul.html": b"<html>\x00<body>" + b"\x00" * 1000,
        "html-only-tags.html": b"<html><head></head><body></body></html>",
        "html-javascript-url.html": _html(
            '<a href="javascript:alert(1)">x</a><p>' + PROSE + "</p>"
        ).encode(),
        "html-memorial-like.htm": b"<p class=pers>" + b"<B>" * 10_000,
        "html-huge-title.html": b"<title>" + b"T" * 300_000 + b"</title>",
        "html-many-pers.htm": (
            b'<meta charset="windows-1251"><p class=pers><B>\xc8\xe2\xe0\xed\xee\xe2 \xc8\xe2\xe0\xed</B>, \xf0\xee\xe4. 1900.'
            * 3000
        ),
        "xml-billion-laughs.xml": (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><TEI>&lol2;</TEI>'
        ),
        "xml-external-entity.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><TEI>&e;</TEI>',
        "xml-late-doctype.xml": b'<?xml version="1.0"?>'
        + b"<!-- "
        + b"x" * 5000
        + b" -->"
        + b'<!DOCTYPE TEI SYSTEM "http://example.invalid/tei.dtd"><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>x</p></body></text></TEI>',
        "xml-comment-entity.xml": b'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><!-- an ENTITY in a comment --><text><body><p>'
        + PROSE.encode()
        + b"</p></body></text></TEI>",
        "xml-unclosed.xml": b'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>',
        "xml-deep.xml": b'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0">'
        + b"<div>" * 50_000,
        "xml-wrong-encoding.xml": '<?xml version="1.0" encoding="windows-1251"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Полпред</p></body></text></TEI>'.encode(),
        "xml-utf16-declared.xml": b'<?xml version="1.0" encoding="UTF-16"?><TEI><text/></TEI>',
        "xml-huge-attr.xml": b'<?xml version="1.0"?><TEI a="' + b"x" * 500_000 + b'"/>',
        "xml-many-attrs.xml": b'<?xml version="1.0"?><TEI '
        + b" ".join(b"a%d='1'" % i for i in range(20_000))
        + b"/>",
        "xml-cdata-open.xml": b'<?xml version="1.0"?><TEI><![CDATA[' + b"x" * 100_000,
        "xml-pi-storm.xml": b'<?xml version="1.0"?>' + b"<?pi x?>" * 50_000 + b"<TEI/>",
        "xml-bad-char.xml": b'<?xml version="1.0"?><TEI>\x01\x02</TEI>',
        "xml-not-tei.xml": b'<?xml version="1.0"?><rss><channel><item>'
        + PROSE.encode()
        + b"</item></channel></rss>",
        "pdf-truncated.pdf": _pdf(b"BT /F1 12 Tf (Hello) Tj ET")[:200],
        "pdf-encrypted.pdf": _pdf(b"BT /F1 12 Tf (Hello) Tj ET", encrypt=True),
        "pdf-no-text.pdf": _pdf(b"0 0 m 100 100 l S"),
        "pdf-garbage-stream.pdf": _pdf(bytes(rnd.randrange(256) for _ in range(20 * KIB))),
        "pdf-header-only.pdf": b"%PDF-1.7\n%%EOF\n",
        "pdf-token-bomb.pdf": _pdf(b"[" * 200_000),
        "pdf-deflate-bomb.pdf": b"%%PDF-1.7\n1 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n"
        % len(zlib.compress(b"\x00" * 30_000_000))
        + zlib.compress(b"\x00" * 30_000_000)
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        "pdf-renamed.txt": _pdf(b"BT (x) Tj ET"),
        "pdf-loop-xref.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n",
        "csv-like.txt": ("name,post,fate\n" + "Ivanov,polpred,shot\n" * 5000).encode(),
        "json-like.txt": (b'{"a": ' * 20_000) + b"1" + b"}" * 20_000,
        "shell.sh": b"#!/bin/sh\nrm -rf /\n",
        "script-in-text.txt": ("<script>alert('x')</script> " + PROSE).encode() * 50,
        "sql-in-text.txt": ("Robert'); DROP TABLE sources;-- " + PROSE).encode() * 50,
        "formula-in-text.txt": ('=HYPERLINK("http://x") +1 -1 @SUM ' + PROSE).encode() * 50,
        "tei-bare.xml": b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>'
        + PROSE.encode() * 100
        + b"</p></body></text></TEI>",
        "fake-memorial.htm": b"<html><body><p class=pers><B>",
        "weird name with spaces.txt": PROSE.encode() + b"spaces",
        "name-with-'quote'.txt": PROSE.encode() + b"quote",
        "semi;colon&amp.txt": PROSE.encode() + b"amp",
        "UPPER.TXT": PROSE.encode() + b"upper",
        "no-extension": PROSE.encode() + b"noext",
        "dotdot..txt": PROSE.encode() + b"dots",
        "ünïcödé-名前.txt": PROSE.encode() + b"unicode name",
        "emoji-📜.txt": PROSE.encode() + b"emoji",
        ".hidden.txt": PROSE.encode() + b"hidden",
        "huge.txt": b"x" * (3 * 1024 * 1024 + 1),  # over the limit the test sets (3 MiB)
    }
    for n in range(12):  # random bytes of every size class, random text
        files[f"random-{n}.txt"] = bytes(rnd.randrange(256) for _ in range(2 ** (n + 3)))
    for n in range(8):
        alphabet = "aé Ж(.,\n-1A<>&;\"'" + chr(0x10FFF0)
        files[f"random-text-{n}.txt"] = "".join(
            rnd.choice(alphabet) for _ in range(4000 * (n + 1))
        ).encode()
    for n in range(6):
        files[f"random-markup-{n}.html"] = "".join(
            rnd.choice(
                [
                    "<",
                    ">",
                    "<p>",
                    "</p>",
                    "<div a='",
                    "'",
                    '"',
                    "=",
                    " ",
                    "x",
                    "&",
                    "&#",
                    ";",
                    "<!--",
                    "-->",
                ]
            )
            for _ in range(5000 * (n + 1))
        ).encode()

    def fifo(path: Path) -> None:
        os.mkfifo(path)

    def link_loop(path: Path) -> None:
        path.symlink_to(path)

    def link_zero(path: Path) -> None:
        path.symlink_to("/dev/zero")

    def link_out(path: Path) -> None:
        path.symlink_to("/etc/hostname")

    def link_dir_loop(path: Path) -> None:
        path.symlink_to(path.parent, target_is_directory=True)

    def dangling(path: Path) -> None:
        path.symlink_to(path.parent / "no-such-target")

    files.update({"fifo.txt": fifo, "loop.txt": link_loop, "zero.txt": link_zero,
                  "outside.txt": link_out, "dir-loop": link_dir_loop, "dangling.txt": dangling})  # fmt: skip
    return files


def write_corpus(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, content in corpus_files().items():
        path = folder / name
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)
        n += 1
    bad_name = os.fsencode(folder) + b"/latin1-\xe9.txt"
    with open(bad_name, "wb") as fh:
        fh.write(PROSE.encode() + b"bad name")
    return n + 1
