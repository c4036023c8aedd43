"""Readers on hostile and large input: time and characters per second at 1x, 4x and 16x.

Run: ``.venv/bin/python benchmarks/bench_readers_linear.py`` (``--quick`` for sizes a
sixteenth as large).  The shapes are the ones the tests use (``tests/read/hostile.py``),
scaled up here so the largest cases are those of issue 10: a 3 MB book in ordinary
paragraphs, 200,000 brackets, a 50 MB single line, 200 KB of unclosed tags, 400 KB of
DOCTYPE-like text.  Side by side, in the same run, the obvious alternative where one
exists: ``bytes.decode`` for text (no layout at all), ``lxml.html`` for HTML and registry
pages (a tree, no offsets, no chrome removal), ``lxml.etree`` for TEI (a tree), and
pypdf's own ``extract_text`` for PDFs.  "per char" is the time per character relative to
the 1x row: it stays near 1.0 when the time is linear.  Times are CPU seconds of this
process (best of three runs under a second), so other work on a shared machine does not
count; every reader and alternative is single-threaded.
"""

from __future__ import annotations

import argparse
import gc
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.read.hostile, the shapes the tests read

from lxml import etree  # noqa: E402
from lxml import html as lxml_html  # noqa: E402

from narkomindel.config import Settings  # noqa: E402
from narkomindel.errors import NarkomindelError  # noqa: E402
from narkomindel.read import read_bytes  # noqa: E402
from narkomindel.read.decode import decode  # noqa: E402
from tests.read.hostile import SHAPES, Shape  # noqa: E402

# units of each shape at 1x, so that 16x is the size issue 10 names (or a few MB)
FACTORS = {
    "book in ordinary paragraphs": 13,  # 3 MB at 16x
    "long lines": 8,
    "100,000-character words": 1,  # at 4x
    "brackets": 1,  # 200,000 at 16x
    "single line": 54,  # 50 MB at 16x
    "markup soup": 4,
    "note-like lines after long lines": 8,
    "ordinary web page": 8,
    "unclosed tags": 1,  # 200 KB at 16x
    "DOCTYPE-like text": 1,  # 400 KB at 16x
    "unclosed tag, attribute pairs": 2,
    "deep markup": 2,
    "broken markup": 4,
    "TEI volume": 4,
    "TEI, broken markup": 4,
    "TEI, nested deep": 4,
    "registry records": 4,
    "registry brackets and headings": 2,
    "PDF pages": 2,
}
SETTINGS = Settings(max_file_bytes=200_000_000, max_xml_bytes=200_000_000)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """The best CPU time of three runs (one run when a run takes over a second), and the
    result."""
    best = float("inf")
    result: object = None
    for _ in range(3):
        gc.collect()
        t = time.process_time()
        try:
            result = fn()
        except Exception as exc:  # hostile input may be refused: say how
            result = exc
        best = min(best, time.process_time() - t)
        if best > 1.0:
            break
    return max(best, 1e-9), result


def chars_of(shape: Shape, data: bytes) -> int:
    if shape.reader == "reader.pdf.v1":
        return len(data)
    return len(decode(data, shape.path).text)


def _pypdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def alternative(shape: Shape) -> tuple[str, Callable[[bytes], object]]:
    if shape.reader == "reader.text.v1":
        return "bytes.decode", lambda d: d.decode("utf-8")
    if shape.reader in ("reader.html.v1", "reader.memorial.v2"):
        return "lxml.html", lambda d: lxml_html.document_fromstring(d)
    if shape.reader == "reader.tei.v1":
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        return "lxml.etree", lambda d: etree.fromstring(d, parser)
    return "pypdf extract_text", _pypdf_text


def outcome(result: object) -> str:
    if isinstance(result, NarkomindelError):
        return result.code
    if isinstance(result, Exception):
        return type(result).__name__
    return "ok"


def bench_shape(shape: Shape, factor: int) -> None:
    """Print the 1x, 4x and 16x rows of one shape."""
    alt_name, alt = alternative(shape)

    def ours(data: bytes) -> object:
        return read_bytes(data, shape.path, SETTINGS)

    warm = shape.make(factor)
    timed(lambda: ours(warm))  # imports, caches
    timed(lambda: alt(warm))
    first: float | None = None
    for k in (1, 4, 16):
        data = shape.make(k * factor)
        chars = chars_of(shape, data)
        seconds, result = timed(lambda d=data: ours(d))
        alt_seconds, alt_result = timed(lambda d=data: alt(d))
        per_char = seconds / chars
        first = first or per_char
        print(
            f"| {shape.reader} | {shape.name} | {k}x | {chars:,} | {seconds:.3f} |"
            f" {chars / seconds:,.0f} | {per_char / first:.2f} | {outcome(result)} |"
            f" {alt_name} ({outcome(alt_result)}) | {alt_seconds:.3f} |"
            f" {chars / alt_seconds:,.0f} |",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes a sixteenth as large")
    parser.add_argument("--only", help="shapes whose name contains this")
    args = parser.parse_args()
    print(
        "| reader | shape | size | chars | Narkomindel CPU s | chars/s | per char | result"
        " | alternative | alt CPU s | alt chars/s |"
    )
    print("|---|---|---|---:|---:|---:|---:|---|---|---:|---:|")
    for shape in SHAPES:
        if args.only and args.only not in shape.name:
            continue
        bench_shape(shape, max(1, FACTORS.get(shape.name, 1) // (16 if args.quick else 1)))


if __name__ == "__main__":
    main()
