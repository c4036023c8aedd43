"""TEI XML: documents, editors' tags, the persons list, and hostile XML."""

from __future__ import annotations

import pytest

from narkomindel.config import Settings
from narkomindel.errors import FileTooLargeError, MalformedInputError, UnsafeXMLError
from narkomindel.read import read_bytes

TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Invented Papers</title>
</titleStmt></fileDesc></teiHeader><text><body>
<div type="section" xml:id="persons"><list>
<item><persName xml:id="p_KVA1">Kovrov, Vasilii A.</persName>, Soviet chargé in Norland, 1921.</item>
</list></div>
<pb n="7"/>
<div type="document" xml:id="d5" n="5"><note type="source">File No. 1/2</note>
<head>The Chargé (<persName type="from" corresp="#p_KVA1">Kovrov</persName>) to the Minister</head>
<dateline><placeName>Vesterby</placeName>, <date when="1921-06-02">June 2, 1921</date></dateline>
<p>I have the honour<note n="1">Cipher text.</note> to report &amp; to
<pb n="8"/>request <orgName>the Commissariat</orgName>'s reply.</p>
<closer><signed><persName corresp="#p_KVA1">Kovrov</persName></signed></closer></div>
</body></text></TEI>"""


def read(xml: str, settings: Settings | None = None):  # type: ignore[no-untyped-def]
    return read_bytes(xml.encode("utf-8"), "v.xml", settings or Settings())


def test_documents_segments_and_pages() -> None:
    doc = read(TEI)
    assert doc.reader == "reader.tei.v1" and doc.meta.title == "Invented Papers"
    kinds = [(s.kind, s.group) for s in doc.segments]
    assert (
        ("heading", "d5") in kinds and ("dateline", "d5") in kinds and ("signature", "d5") in kinds
    )
    para = next(s for s in doc.segments if s.kind == "paragraph")
    assert (
        doc.segment_text(para)
        == "I have the honour to report & to request the Commissariat's reply."
    )
    note = next(s for s in doc.segments if s.kind == "footnote")
    assert doc.segment_text(note) == "Cipher text." and note.label == "1"
    assert next(s for s in doc.segments if s.kind == "note").page == "7"


def test_editor_tags_kept_with_exact_spans() -> None:
    doc = read(TEI)
    pers = [
        a
        for a in doc.annotations
        if a.kind == "tei" and a.name == "persName" and "document" in a.attrs
    ]
    assert [(a.value, a.attrs.get("corresp"), a.attrs.get("type")) for a in pers] == [
        ("Kovrov", "#p_KVA1", "from"),
        ("Kovrov", "#p_KVA1", None),
    ]
    for a in doc.annotations:
        if a.kind == "tei" and a.name != "pb":
            assert doc.text[a.start : a.end] == a.value
    date = next(a for a in doc.annotations if a.name == "date")
    assert date.attrs["when"] == "1921-06-02"
    s, e = doc.offsets.to_source(date.start, date.end)
    assert TEI[s:e] == "June 2, 1921"


def test_persons_list_is_an_authority_list() -> None:
    doc = read(TEI)
    (entry,) = [a for a in doc.annotations if a.kind == "authority"]
    assert entry.name == "p_KVA1" and entry.value == "Kovrov, Vasilii A."
    assert entry.attrs["identification"] == "Soviet chargé in Norland, 1921."


BILLION_LAUGHS = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol3;</p></body></text></TEI>"""
EXTERNAL = """<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&xxe;</p></body></text></TEI>"""


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL])
def test_hostile_xml_refused(xml: str) -> None:
    with pytest.raises(UnsafeXMLError, match="entities"):
        read(xml)


def test_malformed_xml_names_the_line() -> None:
    with pytest.raises(MalformedInputError, match=r"v\.xml:\d+"):
        read(TEI.replace("</head>", "</hed>"))


def test_oversize_xml_refused() -> None:
    with pytest.raises(FileTooLargeError):
        read(TEI, Settings(max_xml_bytes=100))


DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
BODY = TEI[len(DECL) :]


def test_issue_10_external_dtd_after_the_first_4_kib_refused() -> None:
    xml = DECL + "<!-- " + "x" * 5000 + " -->\n" + '<!DOCTYPE TEI SYSTEM "tei.dtd">\n' + BODY
    with pytest.raises(UnsafeXMLError, match=r"v\.xml:3: .*external DTD"):
        read(xml)
    public = DECL + '<!DOCTYPE TEI PUBLIC "-//TEI//DTD TEI P5//EN" "http://x.invalid/t.dtd">' + BODY
    with pytest.raises(UnsafeXMLError, match="external DTD"):
        read(public)


def test_internal_subset_refused_even_without_entities() -> None:
    with pytest.raises(UnsafeXMLError, match="internal subset"):
        read(DECL + "<!DOCTYPE TEI [ ]>\n" + BODY)


def test_issue_10_the_word_entity_in_comments_and_text_is_not_refused() -> None:
    xml = (
        DECL
        + "<!-- <!ENTITY x 'y'> and <!DOCTYPE x SYSTEM 'z'> in a comment -->\n<!DOCTYPE TEI>\n"
        + BODY.replace("to report", "to report ENTITY <![CDATA[<!ENTITY z SYSTEM 'q'>]]>")
    )
    doc = read(xml)
    assert "to report ENTITY <!ENTITY z SYSTEM 'q'>" in doc.text


def test_invalid_character_references_repaired_with_a_warning() -> None:
    doc = read(TEI.replace("to report", "to &#xD800;report&#x1;"))
    assert "to \ufffdreport\ufffd" in doc.text
    assert any("U+FFFD" in w for w in doc.warnings)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_tei_with_and_without_bom(codec: str) -> None:
    xml = TEI.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    for bom in (b"", "\ufeff".encode(codec)):
        data = bom + xml.encode(codec)
        doc = read_bytes(data, "v.xml", Settings())
        assert doc.reader == "reader.tei.v1" and doc.meta.title == "Invented Papers"
        assert data[doc.meta.byte_offset :].decode(doc.meta.encoding) == doc.source_text


def test_ascii_tei_declared_utf16_is_read_as_its_bytes() -> None:
    doc = read(TEI.replace('encoding="UTF-8"', 'encoding="UTF-16"'))
    assert doc.meta.title == "Invented Papers" and "<" not in doc.text
    assert any("UTF-16" in w for w in doc.warnings)
