"""Reader for PDF files with a text layer (``reader.pdf.v1``), via pypdf.

Each page's text is laid out like plain text (lines, wrapped words mended) and
its segments carry the page number.  Offsets refer to the extracted text layer
(page texts joined by form feeds), which is kept as the source's text form; the
original bytes are kept as they are.  A PDF without a text layer (a scan) gets
a clear error: OCR is out of scope.
"""

from __future__ import annotations

import io
import logging

from narkomindel.config import Settings
from narkomindel.errors import MalformedInputError, NoTextLayerError
from narkomindel.model import Document, DocumentMeta
from narkomindel.read.plugins import ReaderSpec, register_reader
from narkomindel.read.text import read_text

__all__ = ["read_pdf", "extract_pdf_text", "READER"]

NAME = "reader.pdf.v1"


def extract_pdf_text(data: bytes, path: str) -> tuple[list[str], dict[str, str]]:
    """The text of every page, and the document information (title, author)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = {k.lstrip("/").lower(): str(v) for k, v in (reader.metadata or {}).items()}
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise MalformedInputError(
            f"PDF cannot be read ({exc.__class__.__name__}: {exc})",
            where=path,
            hint="the file may be truncated or damaged; download or export it again",
        ) from exc
    return pages, info


def _isolate_page_edges(page: str) -> str:
    """Set a page's first and last lines apart, so running heads, page numbers and
    footers stand alone and the text reader's furniture rules can see them."""
    lines = page.strip("\n").split("\n")
    if len(lines) < 3:
        return page
    return "\n".join([lines[0], ""] + lines[1:-1] + ["", lines[-1]])


def read_pdf(
    data: bytes, path: str, settings: Settings, *, encoding: str | None = None
) -> Document:
    """Read a PDF's text layer into a :class:`Document` with page numbers."""
    pages, info = extract_pdf_text(data, path)
    chars = sum(len(p.strip()) for p in pages)
    if not pages or chars < settings.min_pdf_chars_per_page * len(pages):
        raise NoTextLayerError(
            f"PDF has {len(pages)} page(s) but {chars} characters of text: no usable text layer",
            where=path,
            hint="run OCR first (e.g. ocrmypdf) and ingest the result; Narkomindel does not OCR",
        )
    layer = "\n\f\n".join(_isolate_page_edges(p) for p in pages)
    doc = read_text(layer.encode("utf-8"), path, settings)
    starts = []
    pos = 0
    for p in pages:
        starts.append(pos)
        pos += len(_isolate_page_edges(p)) + 3
    segments = []
    import bisect
    from dataclasses import replace

    for seg in doc.segments:
        src, _ = doc.offsets.to_source(seg.start, seg.end)
        page_no = bisect.bisect_right(starts, src)
        segments.append(replace(seg, page=str(page_no)))
    meta = DocumentMeta(
        title=info.get("title") or doc.meta.title,
        citation=doc.meta.citation,
        language=doc.meta.language,
        kind="scholarship",
        encoding="pdf-text-layer",
        extra={"pages": len(pages), "text_layer": True, **doc.meta.extra},
    )
    return Document(
        doc.text,
        doc.offsets,
        segments,
        doc.annotations,
        meta,
        NAME,
        doc.warnings,
        source_text=layer,
    )


def _detect(data: bytes, path: str) -> float:
    return 1.0 if data[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in data[:1024] else 0.0


READER = register_reader(
    ReaderSpec(NAME, _detect, read_pdf, "PDF text layer (pypdf), page numbers kept")
)
