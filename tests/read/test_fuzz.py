"""Fuzzing every reader through :func:`narkomindel.read.read_bytes` with random and
adversarial bytes, under a deadline per example.  Each call gives either a Document whose
offset map is consistent, or a Narkomindel error (one clear line) — never another
exception."""

from __future__ import annotations

import codecs
from datetime import timedelta

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from narkomindel.config import Settings
from narkomindel.errors import NarkomindelError
from narkomindel.model import Document
from narkomindel.offsets import OffsetMap
from narkomindel.read import read_bytes, readers

BUDGET = settings(
    max_examples=250,
    deadline=timedelta(seconds=5),  # the per-call budget: the inputs are at most a few KB
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
READERS = [r.name for r in readers()]
PATHS = ["a.txt", "a.md", "page.html", "volume.xml", "shot-1.htm", "paper.pdf", "noext"]

# pieces of every format's syntax, and of its known troubles
PIECES = [
    b"<", b">", b"/", b"=", b'"', b"'", b" ", b"\n", b"\r\n", b"\t", b"\x00", b"\xff", b"\xfe",
    b"\xef\xbb\xbf", b"\xd0", b"\x98", b"a", b"Word", "Литвинов".encode(), "Литвинов".encode("cp1251"),
    b"<p>", b"</p>", b"<p class=pers>", b"<B>", b"</B>", b"<br>", b"<div ", b"<a href=", b"<script>",
    b"</script>", b"<!--", b"-->", b"<!DOCTYPE", b"<!DOCTYPE html>", b"<!ENTITY x 'y'>", b" SYSTEM ",
    b"[", b"]", b"]]>", b"<![CDATA[", b"<?xml version='1.0'?>", b"<?xml version='1.0' encoding='utf-16'?>",
    b"<meta charset=windows-1251>", b"<meta charset=utf-16>", b"<TEI xmlns='http://www.tei-c.org/ns/1.0'>",
    b"</TEI>", b"<text><body><div type='document'>", b"<persName>", b"</persName>", b"<pb n='3'/>",
    b"<note n='1'>", b"&amp;", b"&#xD800;", b"&#0;", b"&#x110000;", b"&#99999999999;", b"&nbsp;",
    b"&", b";", b"#", b"*", b"**", b"_", b"\\", b"(", b")", b"[a](b)", b"<sup>1</sup>", b"1. ",
    b"12", b"-\n", b"---\n", b"\f", b"# Heading\n", b"- item\n", b"Fig. 1 ", b"regime.1 ",
    "Место захоронения: ".encode("cp1251"), ", род. 1890, ".encode("cp1251"),
    "Расстрелян 1.1.1937.".encode("cp1251"), b"%PDF-1.4\n", b"obj", b"endobj", b"stream\n",
    b"endstream", b"<<", b">>", b"/Type /Page", b"xref", b"trailer", b"%%EOF",
]  # fmt: skip
PREFIXES = [
    b"", b"\xef\xbb\xbf", codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"%PDF-1.4\n",
    b"<!DOCTYPE html><html><body>", b'<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    b"<html><body><p class=pers><B>",
]  # fmt: skip

soup = st.lists(st.sampled_from(PIECES), max_size=80).map(b"".join)
hostile = st.one_of(
    st.binary(max_size=2_000),
    soup,
    st.tuples(st.sampled_from(PREFIXES), st.one_of(soup, st.binary(max_size=500))).map(b"".join),
    st.tuples(
        st.text(max_size=300), st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32"])
    ).map(lambda t: t[0].encode(t[1], "surrogatepass")),
)


def assert_consistent(doc: Document, data: bytes) -> None:
    """The Document's text, offsets, segments and annotations agree with each other and
    with the original bytes."""
    text, source = doc.text, doc.source_text
    text.encode("utf-8")  # storable: no lone surrogate
    source.encode("utf-8")
    omap = doc.offsets
    assert omap.out_length == len(text)
    pos = 0
    for run in omap.runs:  # runs cover the text in order, each inside the source
        assert run.out_start == pos and run.out_end > run.out_start
        assert 0 <= run.src_start <= run.src_end <= len(source)
        if run.copy:
            assert text[run.out_start : run.out_end] == source[run.src_start : run.src_end]
        pos = run.out_end
    assert pos == len(text)
    for item in [*doc.segments, *doc.annotations]:
        assert 0 <= item.start <= item.end <= len(text)
        s, e = omap.to_source(item.start, item.end)
        assert 0 <= s <= e <= len(source)
    assert OffsetMap.from_list(omap.to_list(), omap.out_length).runs == omap.runs
    if doc.meta.encoding != "pdf-text-layer":
        assert data[doc.meta.byte_offset :].decode(doc.meta.encoding) == source


def read_or_refuse(data: bytes, path: str, reader: str | None = None) -> None:
    try:
        doc = read_bytes(data, path, Settings(), reader=reader)
    except NarkomindelError as exc:
        line = exc.render()
        assert exc.code.startswith("E1") and "\n" not in line and exc.message
        assert "report this as a bug" not in line
        return
    assert_consistent(doc, data)


@BUDGET
@given(hostile, st.sampled_from(PATHS))
@example(b"<html><body><a " + b'a="v" ' * 40, "page.html")
@example(b"<!-- -->" * 40 + b"<html>", "a.txt")
@example(b"\xff\xfe" + "<p>Полпред</p>".encode("utf-16-le"), "page.html")
@example(b"%PDF-1.4\n" + b"[" * 3_000, "paper.pdf")
@example(b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>", "volume.xml")
def test_any_bytes_read_or_refused_clearly(data: bytes, path: str) -> None:
    read_or_refuse(data, path)


@BUDGET
@given(hostile, st.sampled_from(READERS))
def test_every_reader_forced_on_any_bytes(data: bytes, reader: str) -> None:
    read_or_refuse(data, "forced", reader)


@settings(BUDGET, max_examples=40)
@given(st.lists(st.sampled_from(PIECES), min_size=200, max_size=600).map(b"".join))
def test_longer_soups_of_every_format(data: bytes) -> None:
    for prefix in PREFIXES:
        read_or_refuse(prefix + data, "soup")
