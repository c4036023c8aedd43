"""B-cubed against editors' identifications: checked on a hand-computed example."""

from __future__ import annotations

import pytest

from narkomindel.evaluate.clusters import bcubed


def test_bcubed_by_hand() -> None:
    # gold: {0,1,2} one person, {3} another; predicted: {0,1} and {2,3}
    p, r, f = bcubed(["a", "a", "b", "b"], ["x", "x", "x", "y"])
    # precision per item: 1, 1, 1/2, 1/2 -> 0.75; recall: 2/3, 2/3, 1/3, 1 -> 2/3
    assert p == pytest.approx(0.75) and r == pytest.approx(2 / 3)
    assert f == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
    assert bcubed([], []) == (0.0, 0.0, 0.0)
