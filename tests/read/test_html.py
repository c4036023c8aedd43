"""HTML pages: encodings and boilerplate."""

from __future__ import annotations

import codecs

from narkomindel.config import Settings
from narkomindel.read import read_bytes

PAGE = """<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>Посольство</title></head><body>
<nav><a href="/">Home</a> <a href="/login">Log in</a></nav>
<header class="site-header">Site</header>
<div class="cookie-banner">We use cookies</div>
<main><h1>Полпредство в Норландии</h1>
<p>Полномочный представитель прибыл в&nbsp;столицу.</p>
<ul><li>Первый пункт</li><li>Второй &amp; третий</li></ul></main>
<form><label>Email</label><input name="e"><button>Sign up</button></form>
<footer>© Site</footer><script>var x = "<p>not text</p>";</script></body></html>"""


def page(meta: str = "", lang: str = "ru") -> str:
    return PAGE.format(meta=meta, lang=lang)


def test_windows_1251_meta_charset() -> None:
    data = page('<meta charset="windows-1251">').encode("cp1251")
    doc = read_bytes(data, "p.html", Settings())
    assert doc.reader == "reader.html.v1"
    assert "Полномочный представитель прибыл в столицу." in doc.text
    assert doc.meta.encoding == "cp1251"


def test_http_equiv_and_bom() -> None:
    data = page(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    ).encode("cp1251")
    assert "Полпредство" in read_bytes(data, "p.htm", Settings()).text
    bom = codecs.BOM_UTF8 + page().encode("utf-8")
    doc = read_bytes(bom, "p.htm", Settings())
    assert doc.meta.byte_offset == 3 and "Полпредство" in doc.text


def test_boilerplate_removed_structure_kept() -> None:
    doc = read_bytes(page().encode("utf-8"), "p.html", Settings())
    for chrome in ("Home", "Log in", "cookies", "Sign up", "Email", "© Site", "not text", "Site"):
        assert chrome not in doc.text
    kinds = [s.kind for s in doc.segments]
    assert kinds == ["heading", "paragraph", "list_item", "list_item"]
    assert doc.segment_text(doc.segments[3]) == "Второй & третий"
    assert doc.meta.title == "Посольство" and doc.meta.language == "ru"


def test_entity_maps_back_to_its_source() -> None:
    source = page()
    doc = read_bytes(source.encode("utf-8"), "p.html", Settings())
    i = doc.text.index("&")
    s, e = doc.offsets.to_source(i, i + 1)
    assert source[s:e] == "&amp;"
