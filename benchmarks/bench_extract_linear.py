"""Extraction on hostile and large text: time and characters per second at 1x, 4x, 16x.

Run: ``.venv/bin/python benchmarks/bench_extract_linear.py`` (``--quick`` for sizes a
sixteenth as large, ``--only WORD`` for some shapes).  The shapes are the ones the tests
use (``tests/extract/hostile.py``), scaled up here so that the largest cases are those of
issue 10: 60,000 capitalised words and 60,000 initials in one sentence, 40,000 dates,
200,000 brackets, a word of 100,000 letters, a 2.6 MB line, a 3 MB book of paragraphs,
5,000 footnotes.  Side by side, in the same run, the obvious floor: Narkomindel's own
word tokeniser over the same text (one regular expression reading every word once),
and spaCy's blank English tokeniser when spaCy is installed (the ``bench`` extra).
"per char" is the time per character relative to the 1x row: it stays near 1.0 when
the time is linear.  Times are CPU seconds of this process (best of three runs under a
second), so other work on a shared machine does not count; everything is
single-threaded.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.extract.hostile, the shapes the tests read

from narkomindel.config import Settings  # noqa: E402
from narkomindel.extract import extract_document  # noqa: E402
from narkomindel.extract.tokens import tokenize  # noqa: E402
from narkomindel.read import read_bytes  # noqa: E402
from tests.extract.hostile import SHAPES, Shape  # noqa: E402

# units of each shape at 1x, so that 16x is the size issue 10 names (or a few MB)
FACTORS = {
    "capitals": 4,  # 64,000 words at 16x
    "capitals before heads": 4,
    "initials": 2,  # 64,000 initials at 16x
    "dates": 4,  # 38,400 dates at 16x
    "brackets": 2,  # 256,000 brackets at 16x
    "square brackets": 2,
    "long word": 1,  # 320,000 letters at 16x
    "long mixed-case word": 1,
    "long line": 40,  # 2.6 MB at 16x
    "book of paragraphs": 40,  # 3.1 MB at 16x
    "footnotes": 1,  # 4,800 footnotes at 16x
    "random text": 2,
    "random words": 4,
}
SETTINGS = Settings(max_file_bytes=200_000_000, max_xml_bytes=200_000_000)


def timed(fn: Callable[[], object]) -> float:
    """The best CPU time of three runs (one run when a run takes over a second)."""
    best = float("inf")
    for _ in range(3):
        gc.collect()
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
        if best > 1.0:
            break
    return max(best, 1e-9)


def alternatives() -> list[tuple[str, Callable[[str], object]]]:
    alts: list[tuple[str, Callable[[str], object]]] = [("tokenize", tokenize)]
    try:
        import spacy
    except ImportError:
        return alts
    nlp = spacy.blank("en")
    nlp.max_length = 100_000_000
    alts.append(("spaCy blank tokeniser", lambda t: nlp.make_doc(t)))
    return alts


def bench_shape(shape: Shape, factor: int, alts: list[tuple[str, Callable[[str], object]]]) -> None:
    """Print the 1x, 4x and 16x rows of one shape."""
    warm = read_bytes(shape.make(factor).encode(), "x.txt", SETTINGS)
    extract_document(warm)  # imports, caches
    first: float | None = None
    for k in (1, 4, 16):
        doc = read_bytes(shape.make(k * factor).encode(), "x.txt", SETTINGS)
        chars = len(doc.text)
        seconds = timed(lambda d=doc: extract_document(d))
        per_char = seconds / chars
        first = first or per_char
        alt_cells = " | ".join(
            f"{chars / timed(lambda f=fn, t=doc.text: f(t)):,.0f}" for _, fn in alts
        )
        print(
            f"| {shape.name} | {k}x | {chars:,} | {seconds:.3f} | {chars / seconds:,.0f} |"
            f" {per_char / first:.2f} | {alt_cells} |",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes a sixteenth as large")
    parser.add_argument("--only", help="shapes whose name contains this")
    args = parser.parse_args()
    alts = alternatives()
    names = " | ".join(f"{n} chars/s" for n, _ in alts)
    print(f"| shape | size | chars | extraction CPU s | chars/s | per char | {names} |")
    print("|---|---|---:|---:|---:|---:|" + "---:|" * len(alts))
    for shape in SHAPES:
        if args.only and args.only not in shape.name:
            continue
        bench_shape(shape, max(1, FACTORS.get(shape.name, 1) // (16 if args.quick else 1)), alts)


if __name__ == "__main__":
    main()
