"""A time budget per file: reading or extracting one file may take at most so long.

Readers and extractors are written to take time linear in their input; the
budget is the guard behind that promise, so that one pathological file fails
with its own message while the batch goes on. It uses the process's interval
timer, so it applies in the main thread (the command line); elsewhere (a
server's worker thread) it does nothing.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from narkomindel.errors import TimeBudgetError

__all__ = ["time_budget"]


@contextmanager
def time_budget(seconds: float, where: str, what: str) -> Iterator[None]:
    """Raise :class:`TimeBudgetError` if the block runs longer than ``seconds``."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise TimeBudgetError(
            f"{what} took longer than {seconds:g} s; the rest of the batch goes on",
            where=where,
        )

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
