"""The text reader on short texts written for these tests (people invented)."""

from __future__ import annotations

from narkomindel.config import Settings
from narkomindel.model import Document
from narkomindel.read.text import read_text


def read(source: str) -> Document:
    return read_text(source.encode("utf-8"), "t.txt", Settings())


def body(doc: Document) -> str:
    return " ".join(
        doc.segment_text(s) for s in doc.segments if s.kind not in ("footnote", "author_note")
    )


def test_hyphen_at_line_end_joins_lowercase_continuation() -> None:
    doc = read(
        "The Plenipotentiary was an ambas-\nsador in all but name. Ostrov-\nskii came later.\n"
    )
    assert "ambassador in all" in doc.text
    assert "Ostrovskii came" in doc.text


def test_real_hyphenated_name_keeps_its_hyphen() -> None:
    doc = read("The consul was V. P. Ivanov-\nBelskii, a veteran of the fleet.\n")
    assert "Ivanov-Belskii" in doc.text


def test_compound_seen_whole_keeps_hyphen() -> None:
    doc = read("A self-styled envoy met a\nself-\nstyled consul and a self-styled attache.\n")
    assert "self-styled consul" in doc.text


def test_lost_hyphen_mended_only_when_the_word_is_known() -> None:
    source = (
        "The commissariat sent its best people abroad and the commissariat\n"
        "kept the rest at home. The com\nmissariat grew. The old\nguard stayed.\n"
    )
    doc = read(source)
    assert "The commissariat grew" in doc.text
    assert "old guard" in doc.text


def test_ocr_notes_split_from_body_and_linked() -> None:
    source = (
        "The envoy arrived in the spring.1 He presented his letters at once and\n"
        "was received by the minister in the\n"
        "\n"
        "1. On his arrival see the mission diary.\n"
        "2. The minister's account differs in\n"
        "\n"
        "several details.\n"
        " old palace.2 Nothing else happened.\n"
    )
    doc = read(source)
    notes = doc.segments_of("footnote")
    assert [n.label for n in notes] == ["1", "2"]
    assert doc.segment_text(notes[1]) == "The minister's account differs in several details."
    assert "the minister in the old palace. Nothing else happened." in body(doc)
    markers = [a for a in doc.annotations if a.kind == "footnote_marker"]
    assert [(m.name, doc.segments[m.attrs["note_segment"]].label) for m in markers] == [
        ("1", "1"),
        ("2", "2"),
    ]
    assert "spring. He" in doc.text  # the marker digit is gone from the running text


def test_markdown_sup_notes() -> None:
    source = (
        "# A Title\n\nThe agreement was signed.<sup>1</sup> It lasted.<sup>2</sup>\n\n---\n\n"
        "<sup>1</sup> Treaty series, no. 4.\n\n- <sup>2</sup> As a list item note.\n"
    )
    doc = read(source)
    assert [s.label for s in doc.segments_of("footnote")] == ["1", "2"]
    assert "signed. It lasted." in doc.text
    assert "<sup>" not in doc.text
    assert doc.meta.title == "A Title"


def test_running_head_page_number_and_publisher_footer_removed() -> None:
    source = (
        "First page text that goes on and\n\n"
        "https://doi.org/10.0000/example Published online by Example University Press\n\n"
        "212 Journal of Invented Studies\n\n"
        "continues on the next page.\n\n"
        "17\n"
    )
    doc = read(source)
    assert "Published online" not in doc.text
    assert "Journal of Invented Studies" not in doc.text
    assert "17" not in doc.text
    assert "and continues on the next page." in doc.text
    assert doc.segments[-1].page is None  # the merged paragraph began before the head
    doc = read(
        source.replace("continues on the next page.", "A new paragraph begins on this page.")
    )
    assert doc.segments[-1].page == "212"


def test_repository_cover_page_removed_and_citation_kept() -> None:
    source = (
        "## Some University\n\n### *A Study*\n\n*Citation for published version (APA):*  \n"
        "Author, A. (2001). A Study. Journal, 1-2.\n\n#### **General rights**\n\n"
        "Copyright and moral rights are retained.\n\n#### **Take down policy**\n\nContact us.\n\n"
        "# **A STUDY**\n\nThe body of the study begins here and goes on.\n"
    )
    doc = read(source)
    assert "General rights" not in doc.text and "Take down" not in doc.text
    assert doc.meta.citation == "Author, A. (2001). A Study. Journal, 1-2."
    assert doc.text.startswith("A STUDY")


def test_web_page_chrome_removed_from_text_dump() -> None:
    source = (
        "SiteName logo\nLogin\n\nA Page About Treaties\n\n"
        "The treaty was signed in a small town and changed a great deal for both states.\n\n"
        "Book a free lesson\n\nPlease fill out the form and we will call you.\n\nYour details\nContact us via email\n"
    )
    doc = read(source)
    assert "Login" not in doc.text and "logo" not in doc.text
    assert "fill out the form" not in doc.text and "Your details" not in doc.text
    assert "The treaty was signed" in doc.text
    assert doc.meta.kind == "web_page"


def test_numbered_list_without_markers_is_not_notes() -> None:
    doc = read("Steps of the talks:\n\n1. Opening statements.\n2. Trade questions.\n")
    assert not doc.segments_of("footnote")
    assert len(doc.segments_of("list_item")) == 2
