"""Encodings: the bytes are trusted over what a file declares, UTF-16/32 are read with
or without a byte-order mark, and the offsets still lead back to the original bytes."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from narkomindel.config import Settings
from narkomindel.errors import BinaryFileError, DecodeError
from narkomindel.model import Document
from narkomindel.read import read_bytes
from narkomindel.read.decode import decode, sniff_wide

PAGE = "<html><head>{meta}<title>Полпредство</title></head><body><p>{body}</p></body></html>"
BODY = "Полномочный представитель прибыл в столицу."
WIDE = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]
BOMS = {
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
}


def page(meta: str = "", body: str = BODY) -> str:
    return PAGE.format(meta=meta, body=body)


def round_trips(doc: Document, data: bytes) -> None:
    """What the store relies on: the bytes decode again to the source text, and every
    word of the text maps back to itself there."""
    assert data[doc.meta.byte_offset :].decode(doc.meta.encoding) == doc.source_text
    assert not doc.meta.encoding.endswith(("-sig", "utf-16", "utf-32"))  # adds no BOM
    pos = 0
    for word in doc.text.split():
        i = doc.text.index(word, pos)
        s, e = doc.offsets.to_source(i, i + len(word))
        assert doc.source_text[s:e] == word
        pos = i + len(word)


def test_utf8_declared_as_windows_1251_is_not_mojibake() -> None:
    data = page('<meta charset="windows-1251">').encode("utf-8")
    doc = read_bytes(data, "p.html", Settings())
    assert BODY in doc.text and doc.meta.encoding == "utf-8"
    assert any("windows-1251" in w and "UTF-8" in w for w in doc.warnings)
    round_trips(doc, data)


def test_ascii_declared_as_utf16_keeps_its_tags() -> None:
    data = page('<meta charset="utf-16">', body="The envoy arrived.").replace(
        "Полпредство", "Embassy"
    )
    data = data.encode("ascii")
    doc = read_bytes(data, "p.html", Settings())
    assert doc.reader == "reader.html.v1"
    assert doc.text == "The envoy arrived." and "<" not in doc.text
    assert any("UTF-16" in w for w in doc.warnings)


def test_windows_1251_as_declared_has_no_warning() -> None:
    data = page('<meta charset="windows-1251">').encode("cp1251")
    doc = read_bytes(data, "p.html", Settings())
    assert BODY in doc.text and doc.meta.encoding == "cp1251" and doc.warnings == []


@pytest.mark.parametrize("enc", WIDE)
@pytest.mark.parametrize("with_bom", [True, False])
def test_utf16_and_utf32_html(enc: str, with_bom: bool) -> None:
    data = (BOMS[enc] if with_bom else b"") + page('<meta charset="utf-16">').encode(enc)
    doc = read_bytes(data, "p.html", Settings())
    assert doc.reader == "reader.html.v1"
    assert doc.text == BODY and doc.meta.title == "Полпредство"
    assert doc.meta.encoding == enc and doc.meta.byte_offset == (len(BOMS[enc]) if with_bom else 0)
    round_trips(doc, data)


@pytest.mark.parametrize("enc", WIDE)
def test_utf16_and_utf32_plain_text_without_bom(enc: str) -> None:
    data = "The envoy arrived.\n\nПолпред прибыл.\n".encode(enc)
    doc = read_bytes(data, "a.txt", Settings())
    assert doc.reader == "reader.text.v1" and "Полпред прибыл." in doc.text
    round_trips(doc, data)


def test_byte_order_mark_wins_over_a_declaration() -> None:
    data = codecs.BOM_UTF16_LE + page('<meta charset="windows-1251">').encode("utf-16-le")
    doc = read_bytes(data, "p.html", Settings())
    assert doc.text == BODY
    assert any("windows-1251" in w and "UTF-16LE" in w for w in doc.warnings)


def test_memorial_page_in_utf16() -> None:
    html = "<html><body><p class=pers><B>Орлов Семен Аркадьевич</B>, род. 1890, г. Вестерби.</p>"
    data = codecs.BOM_UTF16_LE + html.encode("utf-16-le")
    doc = read_bytes(data, "shot-x.htm", Settings())
    assert doc.reader == "reader.memorial.v2"
    assert {a.value for a in doc.annotations if a.name == "surname"} == {"Орлов"}


def test_surrogate_and_invalid_references_become_replacement_characters() -> None:
    data = page(body="A&#xD800;B&#0;C&#x110000;D&#55296;E").encode("utf-8")
    doc = read_bytes(data, "p.html", Settings())
    assert doc.text == "A\ufffdB\ufffdC\ufffdD\ufffdE"
    doc.text.encode("utf-8")
    assert any("U+FFFD" in w for w in doc.warnings)


def test_invalid_bytes_name_the_first_bad_one() -> None:
    with pytest.raises(DecodeError, match=r"first bad byte 0xff at offset 7"):
        read_bytes(b"abcdefg\xff\xfe plain", "a.txt", Settings())
    with pytest.raises(DecodeError, match="first bad byte .* at offset"):
        read_bytes(codecs.BOM_UTF8 + b"abc\xc3(", "a.txt", Settings())


def test_unknown_explicit_encoding() -> None:
    with pytest.raises(DecodeError, match="unknown encoding 'klingon'"):
        read_bytes(b"plain text", "a.txt", Settings(), encoding="klingon")


def test_explicit_utf16_without_bom_and_utf8_sig() -> None:
    d = decode("два слова".encode("utf-16-be"), "a.txt", encoding="utf-16")
    assert d.text == "два слова" and d.encoding == "utf-16-be"
    d = decode(codecs.BOM_UTF8 + "текст".encode(), "a.txt", encoding="utf-8-sig")
    assert d.text == "текст" and d.encoding == "utf-8" and d.skip == 3


def test_binary_is_not_taken_for_utf16() -> None:
    blob = bytes([0, 1, 0, 2, 0, 3, 7, 0, 255, 0, 0, 0]) * 50  # 16-bit integers, NUL pairs
    assert sniff_wide(blob) is None
    with pytest.raises(BinaryFileError):
        read_bytes(blob, "a.bin", Settings())


words = st.lists(
    st.text(st.sampled_from("abcXYZ Дж€ü"), min_size=1, max_size=8).map(str.strip).filter(bool),
    min_size=2,  # without a byte-order mark, UTF-16/32 is told by a few ASCII characters
    max_size=12,
)


@settings(max_examples=80, deadline=None)
@given(words, st.sampled_from(["utf-8", *WIDE]), st.booleans(), st.booleans())
def test_any_text_in_any_unicode_encoding(ws: list[str], enc: str, bom: bool, html: bool) -> None:
    body = " ".join(ws)
    source = page(body=body) if html else body + "\n"
    data = ({**BOMS, "utf-8": codecs.BOM_UTF8}[enc] if bom else b"") + source.encode(enc)
    doc = read_bytes(data, "p.html" if html else "a.txt", Settings())
    assert " ".join(doc.text.split()) == " ".join(body.split())
    round_trips(doc, data)
