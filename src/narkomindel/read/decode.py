"""Turning bytes into text: BOMs, UTF-16/32, declared charsets, and clear errors.

The bytes are trusted over what a file says about itself.  A declared charset
(HTML ``<meta>``, XML declaration) is used when the bytes are not valid UTF-8 and
decode cleanly in it; when it disagrees with the bytes — UTF-8 declared as
windows-1251, plain ASCII declared as UTF-16 — the bytes win, and the document's
warnings say so.  UTF-16 and UTF-32 are recognised by their byte-order mark or,
without one, by where their zero bytes fall.

Whatever is chosen, ``data[skip:].decode(encoding)`` gives back exactly the text
(the store decodes the original bytes again that way), and ``encoding`` adds no
byte-order mark when text is encoded, so character offsets map to byte offsets.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from narkomindel.errors import DecodeError

__all__ = [
    "Decoded",
    "decode",
    "decode_bytes",
    "declared_charset",
    "looks_binary",
    "sniff_wide",
    "ascii_view",
]

_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# a <meta> tag's text up to the next '<' or '>' (so attempts never overlap), then its charset
_META_TAG = re.compile(rb"<meta\b[^<>]*+", re.I)
_CHARSET = re.compile(rb"""charset\s*+=\s*+["']?\s*+([A-Za-z0-9_\-:.]+)""", re.I)
_XML_DECL = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-.]+)["']""")
_HEAD = 4096
_NAMES = {
    "utf-8": "UTF-8",
    "cp1251": "windows-1251",
    "koi8-r": "KOI8-R",
    "utf-16-le": "UTF-16LE",
    "utf-16-be": "UTF-16BE",
    "utf-32-le": "UTF-32LE",
    "utf-32-be": "UTF-32BE",
    "utf-16": "UTF-16",
    "utf-32": "UTF-32",
}


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes: ``data[skip:].decode(encoding) == text``."""

    text: str
    encoding: str
    skip: int = 0  # bytes before the text: a byte-order mark
    warnings: list[str] = field(default_factory=list)


def _label(encoding: str) -> str:
    return _NAMES.get(encoding, encoding)


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_ASCII_CHAR = re.compile(r"[\x00-\x7f]")


def sniff_wide(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte-order mark, told by the first 4 KiB.

    Such text decodes cleanly, holds no NUL or control characters, and has ASCII
    characters (spaces, digits, punctuation, markup) among its first ones; bytes in
    another encoding, read as UTF-16 or UTF-32, fail one of these.
    """
    head = data[:_HEAD]
    if head.count(0) < 2:
        return None
    for enc, width in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        if len(data) % width:
            continue
        try:
            text = codecs.getincrementaldecoder(enc)("strict").decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if text and not _CONTROL.search(text) and len(_ASCII_CHAR.findall(text)) * 16 >= len(text):
            return enc
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KiB of a file that is not UTF-16/32 mean binary."""
    return bom_encoding(data) is None and b"\x00" in data[:8192] and sniff_wide(data) is None


def ascii_view(data: bytes, limit: int = _HEAD) -> bytes:
    """The first ``limit`` bytes as an ASCII-compatible view for content detection:
    UTF-16/32 (with or without a byte-order mark) re-encoded as UTF-8, else as they are."""
    bom = bom_encoding(data)
    if bom and bom[0] == "utf-8":
        return data[3 : 3 + limit]
    wide = bom[0] if bom else sniff_wide(data)
    if wide is None:
        return data[:limit]
    skip = bom[1] if bom else 0
    return data[skip : skip + limit].decode(wide, "replace").encode("utf-8")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration names, if any (first 4 KiB)."""
    head = ascii_view(data)
    m = _XML_DECL.search(head)
    if not m:
        for tag in _META_TAG.finditer(head):
            m = _CHARSET.search(tag.group(0))
            if m:
                break
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_ASCII_SAMPLE = bytes(range(0x20, 0x7F)) + b"\t\n\r"
_compatible: dict[str, bool] = {}


def _ascii_compatible(encoding: str) -> bool:
    """Does ``encoding`` read ASCII bytes as ASCII (so a declaration found in ASCII can be
    true)?  UTF-16, UTF-32, UTF-7 and EBCDIC do not."""
    if encoding not in _compatible:
        try:
            ok = _ASCII_SAMPLE.decode(encoding) == _ASCII_SAMPLE.decode("ascii")
        except (UnicodeDecodeError, LookupError):
            ok = False
        _compatible[encoding] = ok
    return _compatible[encoding]


def _family(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    for base in ("utf-8", "utf-16", "utf-32"):
        if name.startswith(base):
            return base
    return name


def _cyrillic_share(text: str) -> float:
    letters = [c for c in text[:100_000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)


def _bad_bytes(data: bytes, exc: UnicodeDecodeError, skip: int, encoding: str, where: str) -> None:
    pos = skip + exc.start
    raise DecodeError(
        f"bytes are not valid {_label(encoding)}"
        f" (first bad byte 0x{data[pos]:02x} at offset {pos})",
        where=where,
        hint="re-save the file as UTF-8, declare its charset, or pass --encoding NAME",
    )


def _explicit(data: bytes, encoding: str, where: str) -> Decoded:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise DecodeError(
            f"unknown encoding {encoding!r}",
            where=where,
            hint="pass a name Python knows, such as utf-8, windows-1251, utf-16 or latin-1",
        ) from None
    bom = bom_encoding(data)
    skip = 0
    if name in ("utf-8", "utf-8-sig"):
        name, skip = "utf-8", (3 if bom and bom[0] == "utf-8" else 0)
    elif name in ("utf-16", "utf-32"):  # the generic names: the mark, or the zero bytes, decide
        if bom and bom[0].startswith(name):
            name, skip = bom
        else:
            sniffed = sniff_wide(data)
            name = sniffed if sniffed and sniffed.startswith(name) else _endianness(data, name)
    elif bom and bom[0] == name:
        skip = bom[1]
    try:
        return Decoded(data[skip:].decode(name), name, skip)
    except UnicodeDecodeError as exc:
        _bad_bytes(data, exc, skip, name, where)
        raise  # not reached


def _endianness(data: bytes, family: str) -> str:
    """Told to read UTF-16/32 without a mark: the byte order whose zero bytes fall where
    the high bytes of ASCII characters would (little-endian when there are none)."""
    width = 2 if family == "utf-16" else 4
    head = data[:_HEAD]
    low_first = head[width - 1 :: width].count(0)  # high byte last: little-endian
    high_first = head[0::width].count(0)
    return f"{family}-be" if high_first > low_first else f"{family}-le"


#: the commonest Russian letters, lower case (о е а и н т с р в л)
_COMMON_RU = frozenset("оеаинтсрвл")


def _russian_score(text: str) -> float:
    """How much ``text`` looks like Russian: the share of its Cyrillic letters that
    are lower case and among the commonest (text read in the wrong one of
    windows-1251 and KOI8-R is mostly capitals, and of rare letters)."""
    letters = [c for c in text[:100_000] if "\u0400" <= c <= "\u04ff"]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c in _COMMON_RU) / len(letters)


def _russian(data: bytes) -> tuple[str, str] | None:
    """Mostly-Cyrillic bytes read as windows-1251 or KOI8-R, whichever reads as
    Russian; None if neither gives mostly Cyrillic text."""
    best: tuple[float, str, str] | None = None
    for enc in ("cp1251", "koi8-r"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _cyrillic_share(text) <= 0.6:
            continue
        score = _russian_score(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    return (best[1], best[2]) if best else None


def decode(data: bytes, where: str, *, encoding: str | None = None) -> Decoded:
    """Decode ``data``, trusting the bytes over what the file declares.

    Order: an explicit ``encoding``; a byte-order mark; UTF-16/32 told by its zero
    bytes; UTF-8 when the bytes are valid UTF-8; the declared charset; windows-1251
    or KOI8-R, whichever reads as Russian, when the result is mostly Cyrillic (the
    charset detected is a warning of the document).  Anything else raises :class:`DecodeError`
    naming the first bad byte.  A declaration the bytes contradict is a warning.
    """
    if encoding:
        return _explicit(data, encoding, where)
    declared = declared_charset(data)
    warnings: list[str] = []
    bom = bom_encoding(data)
    wide = None if bom else sniff_wide(data)
    if bom or wide:
        enc, skip = bom if bom else (wide or "", 0)
        try:
            text = data[skip:].decode(enc)
        except UnicodeDecodeError as exc:
            _bad_bytes(data, exc, skip, enc, where)
        if declared and _family(declared) != _family(enc):
            how = "its byte-order mark says so" if bom else "told by where its zero bytes fall"
            warnings.append(
                f"the file declares charset {_label(declared)}, but its bytes are {_label(enc)}"
                f" ({how}): read as {_label(enc)}"
            )
        return Decoded(text, enc, skip, warnings)
    if declared and not _ascii_compatible(declared):
        warnings.append(
            f"the file declares charset {_label(declared)}, but its bytes are not"
            f" {_label(declared)} (the declaration itself is readable as ASCII): ignored"
        )
        declared = None
    utf8_error: UnicodeDecodeError | None = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        if declared is None or declared == "utf-8" or data.isascii():
            return Decoded(text, declared if declared and data.isascii() else "utf-8", 0, warnings)
        warnings.append(
            f"the file declares charset {_label(declared)}, but its bytes are valid UTF-8:"
            " read as UTF-8"
        )
        return Decoded(text, "utf-8", 0, warnings)
    first: tuple[UnicodeDecodeError, str] = (utf8_error, "utf-8")
    if declared and declared != "utf-8":
        try:
            return Decoded(data.decode(declared), declared, 0, warnings)
        except UnicodeDecodeError as exc:
            first = (exc, declared)
    found = _russian(data)
    if found is not None:
        text, enc = found
        if declared:
            warnings.append(
                f"the file declares charset {_label(declared)}, but its bytes are not"
                f" {_label(declared)}: read as {_label(enc)} (mostly Cyrillic)"
            )
        else:
            warnings.append(f"no charset declared: detected {_label(enc)} (Russian text)")
        return Decoded(text, enc, 0, warnings)
    _bad_bytes(data, first[0], 0, first[1], where)
    raise AssertionError("not reached")


def decode_bytes(data: bytes, where: str, *, encoding: str | None = None) -> tuple[str, str, int]:
    """Decode ``data``; return ``(text, encoding, bom_length)`` (see :func:`decode`)."""
    d = decode(data, where, encoding=encoding)
    return d.text, d.encoding, d.skip
