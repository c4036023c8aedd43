"""PDFs: the text layer with page numbers; scans and damaged files get clear errors."""

from __future__ import annotations

import pytest

from narkomindel.config import Settings
from narkomindel.errors import MalformedInputError, NoTextLayerError
from narkomindel.read import read_bytes
from tests.pdfgen import make_pdf


def test_text_layer_with_pages() -> None:
    data = make_pdf(
        [
            [
                "The mission opened in the autumn of that year and",
                "its first envoy arrived soon after.",
            ],
            ["On the second page the envoy was recalled to Moscow."],
        ]
    )
    doc = read_bytes(data, "a.pdf", Settings())
    assert doc.reader == "reader.pdf.v1"
    assert "year and its first envoy" in doc.text
    pages = {s.page for s in doc.segments}
    assert pages == {"1", "2"}
    i = doc.text.index("recalled")
    s, e = doc.offsets.to_source(i, i + len("recalled"))
    assert doc.source_text[s:e] == "recalled"


def test_scan_without_text_layer() -> None:
    with pytest.raises(NoTextLayerError, match="OCR"):
        read_bytes(make_pdf([[], []]), "scan.pdf", Settings())


def test_truncated_pdf() -> None:
    data = make_pdf([["Some text on a page that will be cut off."]])
    with pytest.raises((MalformedInputError, NoTextLayerError)):
        read_bytes(data[: len(data) // 3], "cut.pdf", Settings())


def test_running_heads_and_page_numbers_removed() -> None:
    body = "The envoy reported to the commissariat every week and"
    pages = [
        [
            "Journal of Invented Studies 41",
            body,
            "the reply came by courier from the capital.",
            "41",
        ],
        [
            "42 Journal of Invented Studies",
            "A new paragraph opened on the next page here.",
            "and went on.",
            "42",
        ],
        [
            "Journal of Invented Studies 43",
            "The third page closes the article with a summary.",
            "The end.",
            "43",
        ],
    ]
    doc = read_bytes(make_pdf(pages), "heads.pdf", Settings())
    assert "Journal of Invented Studies" not in doc.text
    assert not any(line.strip() in ("41", "42", "43") for line in doc.text.splitlines())
    assert "every week and the reply came by courier" in doc.text
