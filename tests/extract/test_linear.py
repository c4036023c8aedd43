"""Issue 10: every extractor takes time linear in its input.  Each hostile shape of text
(:mod:`tests.extract.hostile`) is extracted at 1x, 4x and 16x through
:func:`~narkomindel.extract.extract_document`; the work per character must not grow,
measured as the ratio of CPU times between sizes in the same test (never an absolute
time): 16x the input may take at most 30x the time (linear is 16x; the square 256x)."""

from __future__ import annotations

import pytest

from narkomindel.config import Settings
from narkomindel.extract import extract_document
from narkomindel.read import read_bytes
from tests.extract.hostile import SHAPES, Shape
from tests.read.timing import best_times

SCALES = (1, 4, 16)
ROUNDS = 3
LIMIT = 30.0
SETTINGS = Settings(max_file_bytes=200_000_000, max_xml_bytes=200_000_000)


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_issue_10_extraction_time_linear_in_the_input(shape: Shape) -> None:
    docs = [read_bytes(shape.make(k * shape.base).encode(), "x.txt", SETTINGS) for k in SCALES]
    found: list[int] = []
    times = best_times(
        [lambda d=d: found.append(len(extract_document(d).mentions)) for d in docs], ROUNDS
    )
    ratio = times[-1] / times[0]
    assert ratio < LIMIT, f"{shape.name}: 16x the input took {ratio:.1f}x the time ({times})"
    assert len(docs[-1].text) >= 12 * len(docs[0].text)  # the input did grow


def test_a_sentence_is_cut_into_bounded_pieces() -> None:
    from narkomindel.extract.tokens import MAX_SENTENCE, sentence_spans

    text = "Kovrov " * 5000 + "went home. He stayed."
    spans = sentence_spans(text)
    assert max(e - s for s, e in spans) <= MAX_SENTENCE
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    pieces = spans[:-1]  # the cut pieces of the long sentence abut
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert text[spans[-1][0] : spans[-1][1]] == "He stayed."
