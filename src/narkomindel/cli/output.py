"""Printing data as a table, JSON or CSV: the one place the CLI formats output."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

__all__ = ["emit", "FORMATS", "format_option"]

FORMATS = ("table", "json", "csv")
F = TypeVar("F", bound=Callable[..., Any])


def format_option(default: str = "table") -> Callable[[F], F]:
    decorator: Callable[[F], F] = click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default=default,
        show_default=True,
        help="Output format.",
    )
    return decorator


def emit(
    rows: Sequence[dict[str, Any]] | dict[str, Any], fmt: str, columns: Sequence[str] | None = None
) -> None:
    """Print ``rows`` (a list of dicts, or one dict) in the chosen format."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    items = [rows] if isinstance(rows, dict) else list(rows)
    cols = list(columns or (items[0].keys() if items else []))
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        for row in items:
            writer.writerow({k: _cell(row.get(k)) for k in cols})
        click.echo(buf.getvalue(), nl=False)
        return
    table = Table(show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for row in items:
        table.add_row(*(_cell(row.get(c)) for c in cols))
    Console(width=200).print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
