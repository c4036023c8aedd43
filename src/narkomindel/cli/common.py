"""Options every command shares, and the one place errors become messages."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from narkomindel.config import default_db_path
from narkomindel.errors import NarkomindelError

__all__ = ["db_option", "handle_errors"]

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        default=None,
        help="SQLite database file [default: $NARKOMINDEL_DB or ./narkomindel.db].",
    )(func)


def resolve_db(db: str | None) -> str:
    return db or default_db_path()


def handle_errors(func: F) -> F:
    """Turn Narkomindel errors into one clear line on stderr and exit code 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NarkomindelError as exc:
            click.echo(f"error: {exc.render()}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]
