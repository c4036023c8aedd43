"""Options every command shares, where a --db path becomes a database, and the one
place errors become messages."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from narkomindel.api import open_store
from narkomindel.config import default_db_path
from narkomindel.errors import NarkomindelError, UsageError
from narkomindel.store.database import Store

__all__ = ["db_option", "handle_errors", "open_db", "resolve_db", "OPTION_NAMES"]

F = TypeVar("F", bound=Callable[..., Any])

#: a library parameter -> how the command line calls it (in error messages)
OPTION_NAMES = {
    "year": "--year", "country": "--country", "role": "--role", "fate": "--fate",
    "name": "--name", "date_from": "--from", "date_to": "--to", "limit": "--limit",
    "department": "--department", "kind": "--kind", "format": "--format",
    "status": "--status", "type": "--type", "text": "the search text", "person": "the person",
    "source": "the source",
}  # fmt: skip


def db_option(func: F) -> F:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        default=None,
        help="SQLite database file [default: $NARKOMINDEL_DB or ./narkomindel.db].",
    )(func)


def resolve_db(db: str | None) -> str:
    return db or default_db_path()


@contextmanager
def open_db(db: str | None, *, create: bool = False, upkeep: bool = True) -> Iterator[Store]:
    """The database a command works on (``--db`` or the default): an existing one for
    reading, or one made if missing when ``create``; brought up to date unless the
    command does that itself (``upkeep=False``)."""
    store = open_store(resolve_db(db), create=create, upkeep=upkeep)
    try:
        yield store
    finally:
        store.close()


def handle_errors(func: F) -> F:
    """Turn Narkomindel errors into one clear line on stderr and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UsageError as exc:
            click.echo(f"error: {exc.render_for(OPTION_NAMES)}", err=True)
            sys.exit(2)
        except NarkomindelError as exc:
            click.echo(f"error: {exc.render()}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]
