"""Turning bytes into text: BOMs, declared charsets, and clear errors when neither works."""

from __future__ import annotations

import codecs
import re

from narkomindel.errors import DecodeError

__all__ = ["decode_bytes", "declared_charset", "looks_binary"]

_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_DECL = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-.]+)["']""")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KiB of a file without a UTF-16/32 BOM mean binary."""
    return bom_encoding(data) is None and b"\x00" in data[:8192]


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration names, if any (first 4 KiB)."""
    head = data[:4096]
    m = _XML_DECL.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)


def decode_bytes(data: bytes, where: str, *, encoding: str | None = None) -> tuple[str, str, int]:
    """Decode ``data``; return ``(text, encoding, bom_length)``.

    Order: an explicit ``encoding``; a byte-order mark; a declared charset; strict
    UTF-8; windows-1251 when the result is mostly Cyrillic.  Anything else raises
    :class:`DecodeError` naming the first bad byte.
    """
    bom = bom_encoding(data)
    if encoding:
        candidates = [(encoding, 0)]
    elif bom:
        candidates = [bom]
    else:
        declared = declared_charset(data)
        candidates = [(declared, 0)] if declared else []
        candidates.append(("utf-8", 0))
    first_error: UnicodeDecodeError | None = None
    for enc, skip in candidates:
        try:
            return data[skip:].decode(enc), enc, skip
        except (UnicodeDecodeError, LookupError) as exc:
            if isinstance(exc, UnicodeDecodeError) and first_error is None:
                first_error = exc
    if not encoding and not bom:
        try:
            text = data.decode("cp1251")
            if _cyrillic_share(text) > 0.6:
                return text, "cp1251", 0
        except UnicodeDecodeError:
            pass
    pos = first_error.start if first_error else 0
    raise DecodeError(
        f"bytes are not valid {candidates[0][0]} (first bad byte 0x{data[pos]:02x} at offset {pos})",
        where=where,
        hint="re-save the file as UTF-8, declare its charset, or pass --encoding NAME",
    )
