"""Reader for PDF files with a text layer (``reader.pdf.v1``), via pypdf.

Each page's text is laid out like plain text (lines, wrapped words mended) and
its segments carry the page number.  Offsets refer to the extracted text layer
(page texts joined by form feeds), which is kept as the source's text form; the
original bytes are kept as they are.  A PDF without a text layer (a scan) gets
a clear error: OCR is out of scope.

Reading is bounded: at most ``max_pdf_pages`` pages, no stream decompressed past
``max_pdf_stream_bytes``, and at most ``max_pdf_content_bytes`` of page content
parsed in all (a page's streams plus the forms it draws, counted on every page,
so pages sharing one huge stream or a form drawn thousands of times are refused
before pypdf parses them).  An encrypted PDF that opens only with a password is
refused with a hint to decrypt it; every other failure inside pypdf is reported
as a damaged file, never as an unexpected error.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import io
import logging
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from narkomindel.config import Settings, load_settings
from narkomindel.errors import (
    EncryptedFileError,
    InputTooComplexError,
    MalformedInputError,
    NarkomindelError,
    NoTextLayerError,
)
from narkomindel.model import Document, DocumentMeta
from narkomindel.read.plugins import ReaderSpec, register_reader
from narkomindel.read.text import read_text

__all__ = ["read_pdf", "extract_pdf_text", "READER"]

NAME = "reader.pdf.v1"
#: forms drawn inside forms are followed this deep when the content is measured
MAX_FORM_DEPTH = 8
#: tokens pypdf may parse in one content stream (a page of text holds a few thousand)
MAX_STREAM_TOKENS = 500_000
_DECRYPT_HINT = "decrypt it first (e.g. qpdf --decrypt in.pdf out.pdf) and ingest the result"


@contextlib.contextmanager
def _pypdf_limits(settings: Settings) -> Iterator[None]:
    """pypdf's own limits, tightened to the settings, for the duration of one read."""
    import pypdf

    apply = getattr(pypdf, "apply_configuration", None)  # recent pypdf (7.1 is pinned)
    if apply is None:
        yield
        return
    cap = settings.max_pdf_stream_bytes
    wanted = {
        "zlib_maximum_output_length": cap,
        "lzw_maximum_output_length": cap,
        "run_length_maximum_output_length": cap,
        "brotli_maximum_output_length": cap,
        "array_based_stream_maximum_output_length": cap,
        "xform_maximum_invocations_per_extraction": 1_000,
        "stream_parsing_work_maximum_count": MAX_STREAM_TOKENS,
    }
    known = {f.name for f in dataclasses.fields(pypdf.Configuration)}
    with apply(**{k: v for k, v in wanted.items() if k in known}):
        yield


def _resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def _stream_data(obj: Any) -> bytes:
    """The decoded bytes of a stream, or of an array of streams."""
    obj = _resolve(obj)
    if isinstance(obj, list):
        return b"\n".join(_stream_data(part) for part in obj)
    data = obj.get_data() if hasattr(obj, "get_data") else b""
    return data if isinstance(data, bytes) else b""


class _ContentMeter:
    """Counts the bytes of content pypdf will parse for each page: the page's streams,
    and each form it draws times the number of times it draws it."""

    def __init__(self, settings: Settings, where: str) -> None:
        self.budget = settings.max_pdf_content_bytes
        self.where = where
        self.spent = 0
        self._forms: dict[int, int] = {}  # id of a form -> bytes one drawing of it costs

    def page(self, page: Any) -> None:
        data = _stream_data(page.get("/Contents"))
        self._spend(self._cost(data, _resolve(page.get("/Resources")), 0))

    def _spend(self, n: int) -> None:
        self.spent += n
        if self.spent > self.budget:
            raise InputTooComplexError(
                f"PDF holds over {self.budget:,} bytes of page content to parse (shared or"
                " repeated content counted each time it is drawn)",
                where=self.where,
                hint="split the PDF, or raise max_pdf_content_bytes if it is a genuine long book",
            )

    def _cost(self, data: bytes, resources: Any, depth: int) -> int:
        cost = len(data)
        if depth >= MAX_FORM_DEPTH or not isinstance(resources, dict):
            return cost
        xobjects = _resolve(resources.get("/XObject"))
        if not isinstance(xobjects, dict):
            return cost
        for name, ref in xobjects.items():
            form = _resolve(ref)
            if not isinstance(form, dict) or form.get("/Subtype") != "/Form":
                continue
            pattern = re.escape(str(name).encode("utf-8", "replace")) + rb"\s*Do\b"
            draws = len(re.findall(pattern, data))
            if not draws:
                continue
            key = id(form)
            if key not in self._forms:
                self._forms[key] = 0  # a form drawing itself counts once
                self._forms[key] = self._cost(
                    _stream_data(form), _resolve(form.get("/Resources")), depth + 1
                )
            cost += draws * self._forms[key]
            if cost > self.budget:
                break
        return cost


def _open(data: bytes, path: str) -> tuple[Any, list[str]]:
    """A PdfReader, decrypted if an empty password opens it; else a clear refusal."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    warnings: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            if not reader.decrypt(""):
                raise EncryptedFileError(
                    "PDF is encrypted: it opens only with a password",
                    where=path,
                    hint=_DECRYPT_HINT,
                )
            warnings.append("the PDF is encrypted without a password (restrictions only): read")
    except DependencyError as exc:
        raise EncryptedFileError(
            f"PDF is encrypted with a cipher that needs an extra library ({exc})",
            where=path,
            hint=_DECRYPT_HINT,
        ) from exc
    return reader, warnings


def _refusal(exc: Exception, path: str) -> NarkomindelError:
    """The error a failure inside pypdf is reported as."""
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError

    if isinstance(exc, (FileNotDecryptedError, DependencyError)):
        return EncryptedFileError(
            f"PDF is encrypted and cannot be read ({exc})", where=path, hint=_DECRYPT_HINT
        )
    if isinstance(exc, (LimitReachedError, RecursionError, MemoryError)):
        detail = str(exc) or exc.__class__.__name__
        return InputTooComplexError(
            f"PDF exceeds a safety limit while being read ({detail})",
            where=path,
            hint="this looks like a decompression or token bomb; if it is a genuine file,"
            " re-export it (e.g. print to PDF) and ingest the result",
        )
    return MalformedInputError(
        f"PDF cannot be read ({exc.__class__.__name__}: {exc})",
        where=path,
        hint="the file may be truncated or damaged; download or export it again",
    )


def extract_pdf_text(
    data: bytes, path: str, settings: Settings | None = None
) -> tuple[list[str], dict[str, str], list[str]]:
    """The text of every page, the document information (title, author), and warnings."""
    settings = settings or load_settings()
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    meter = _ContentMeter(settings, path)
    pages: list[str] = []
    chars = 0
    try:
        with _pypdf_limits(settings):
            reader, warnings = _open(data, path)
            count = len(reader.pages)
            if count > settings.max_pdf_pages:
                raise InputTooComplexError(
                    f"PDF has {count:,} pages, over the limit of {settings.max_pdf_pages:,}",
                    where=path,
                    hint="split it, or raise max_pdf_pages in the configuration",
                )
            for page in reader.pages:
                meter.page(page)
                text = page.extract_text() or ""
                chars += len(text)
                if chars > settings.max_file_bytes:
                    raise InputTooComplexError(
                        f"PDF's text layer is over {settings.max_file_bytes:,} characters",
                        where=path,
                        hint="split the PDF, or raise max_file_bytes",
                    )
                pages.append(_clean(text, warnings, first=not pages))
            info = {k.lstrip("/").lower(): str(v) for k, v in (reader.metadata or {}).items()}
    except NarkomindelError:
        raise
    except Exception as exc:  # pypdf on a damaged or hostile file: any error, said clearly
        raise _refusal(exc, path) from exc
    return pages, info, warnings


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _clean(text: str, warnings: list[str], *, first: bool) -> str:
    """A page's text that encodes as UTF-8: lone surrogates (from a broken font map)
    become U+FFFD, and the layer does not open with a byte-order mark."""
    text, n = _SURROGATE.subn("\ufffd", text)
    if n:
        warnings.append(
            f"{n} character(s) the PDF's fonts map to no character replaced with U+FFFD"
        )
    return text.lstrip("\ufeff") if first else text


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
    pages, info, warnings = extract_pdf_text(data, path, settings)
    chars = sum(len(p.strip()) for p in pages)
    if not pages or chars < settings.min_pdf_chars_per_page * len(pages):
        raise NoTextLayerError(
            f"PDF has {len(pages)} page(s) but {chars} characters of text: no usable text layer",
            where=path,
            hint="run OCR first (e.g. ocrmypdf) and ingest the result; Narkomindel does not OCR",
        )
    layer = "\n\f\n".join(_isolate_page_edges(p) for p in pages)
    doc = read_text(layer.encode("utf-8"), path, settings, encoding="utf-8")
    starts = []
    pos = 0
    for p in pages:
        starts.append(pos)
        pos += len(_isolate_page_edges(p)) + 3
    segments = []
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
        [*warnings, *doc.warnings],
        source_text=layer,
    )


def _detect(data: bytes, path: str) -> float:
    return 1.0 if data[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in data[:1024] else 0.0


READER = register_reader(
    ReaderSpec(NAME, _detect, read_pdf, "PDF text layer (pypdf), page numbers kept")
)
