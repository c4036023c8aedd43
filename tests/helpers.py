"""Test helpers: library functions take a Store; tests hold database paths."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

from narkomindel.api import open_store

T = TypeVar("T")


def call(fn: Callable[..., T], db: str | os.PathLike[str], *args: Any, **kwargs: Any) -> T:
    """``fn(store, *args, **kwargs)`` on the database at ``db`` (made if missing)."""
    with open_store(db, create=True) as store:
        return fn(store, *args, **kwargs)
