"""Issue 10: every reader takes time linear in its input.  Each hostile shape is read at
1x, 4x and 16x; the work per character must not grow, measured as the ratio of times
between sizes in the same test (never an absolute time): 16x the input may take at most
30x the time (linear is 16x; the square would be 256x)."""

from __future__ import annotations

import pytest

from narkomindel.config import Settings
from narkomindel.errors import NarkomindelError
from narkomindel.read import read_bytes
from tests.read.hostile import SHAPES, Shape
from tests.read.timing import best_times

SCALES = (1, 4, 16)
ROUNDS = 3
LIMIT = 30.0


def outcome(data: bytes, path: str, settings: Settings) -> str:
    try:
        return read_bytes(data, path, settings).reader
    except NarkomindelError as exc:
        return exc.code


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_issue_10_time_linear_in_the_input(shape: Shape) -> None:
    settings = Settings(max_file_bytes=200_000_000, max_xml_bytes=200_000_000)
    inputs = [shape.make(k * shape.base) for k in SCALES]
    outcomes: set[str] = set()
    times = best_times(
        [lambda d=d: outcomes.add(outcome(d, shape.path, settings)) for d in inputs], ROUNDS
    )
    ratio = times[-1] / times[0]
    assert ratio < LIMIT, f"{shape.name}: 16x the input took {ratio:.1f}x the time ({times})"
    # each size is read by the reader meant for it, or refused the same clear way
    assert len(outcomes) == 1 and (outcomes == {shape.reader} or outcomes.pop().startswith("E1"))
