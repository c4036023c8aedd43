"""Time ratios for linearity tests: best of a few interleaved runs, collector off.

Times are the process's CPU time, not the wall clock: on a shared machine the wall clock
also counts the time other processes held the CPU, which says nothing of our work."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence


def best_times(calls: Sequence[Callable[[], object]], rounds: int = 3) -> list[float]:
    """The best time of each call over ``rounds`` rounds, the calls interleaved so the
    machine's ups and downs fall on every size alike."""
    for call in calls[:1]:
        call()  # warm caches and lazy imports
    best = [float("inf")] * len(calls)
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            for i, call in enumerate(calls):
                t = time.process_time()
                call()
                best[i] = min(best[i], time.process_time() - t)
    finally:
        gc.enable()
    return best
