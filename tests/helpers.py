"""Test helpers: library functions take a Store; tests hold database paths."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from narkomindel.api import open_store

T = TypeVar("T")

#: small samples written for the tests (see tests/data/README.md)
DATA = Path(__file__).resolve().parent / "data"


def call(fn: Callable[..., T], db: str | os.PathLike[str], *args: Any, **kwargs: Any) -> T:
    """``fn(store, *args, **kwargs)`` on the database at ``db`` (made if missing)."""
    with open_store(db, create=True) as store:
        return fn(store, *args, **kwargs)


def records(rows: list[str], *, street: str | None = None) -> bytes:
    """A register page in the shape of the Memorial lists (windows-1251) holding ``rows``
    (under a street heading, if given)."""
    body = "".join(f"<p class=pers>{r}</p>" for r in rows)
    heading = f"<p class=Street>{street}</p>" if street else ""
    page = (
        '<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1251"></HEAD>'
        f"<BODY>{heading}<table><tr><td>{body}</td></tr></table></BODY></HTML>"
    )
    return page.encode("cp1251")
