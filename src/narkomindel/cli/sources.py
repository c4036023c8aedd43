"""``narkomindel sources`` and ``narkomindel source ID``: what is stored."""

from __future__ import annotations

from typing import Any

import click

from narkomindel.cli.common import db_option, handle_errors, open_db
from narkomindel.cli.output import emit, format_option
from narkomindel.query import describe_source, list_sources

COLUMNS = [
    "id", "path", "kind", "language", "reader", "segments", "footnotes", "records", "annotations",
    "documents", "person_tags", "authority_entries",
]  # fmt: skip


@click.command("sources")
@db_option
@click.option("--all-versions", is_flag=True, help="Also list earlier versions of changed files.")
@format_option()
@handle_errors
def sources_cmd(db: str | None, all_versions: bool, fmt: str) -> None:
    """List stored sources with their counts.

    Example: narkomindel sources --format json
    """
    with open_db(db, create=True) as store:
        rows = list_sources(store, all_versions=all_versions).to_dicts()
    if fmt == "table":
        rows = [{**r, "id": r["id"][:12]} for r in rows]
    emit(rows, fmt, COLUMNS + (["version"] if all_versions else []))


@click.command("source")
@click.argument("ref")
@db_option
@click.option("--text", "what", flag_value="text", help="Print the normalised text.")
@click.option("--segments", "what", flag_value="segments", help="List the segments.")
@click.option(
    "--annotations", "what", flag_value="annotations", help="List the source annotations."
)
@click.option("--kind", default=None, help="Only segments/annotations of this kind.")
@click.option(
    "--span",
    default=None,
    metavar="START:END",
    help="Show normalised characters START:END in the original (characters and bytes).",
)
@format_option()
@handle_errors
def source_cmd(
    ref: str, db: str | None, what: str | None, kind: str | None, span: str | None, fmt: str
) -> None:
    """Show one source (by id prefix or path): summary, text, segments, annotations or a span.

    Example: narkomindel source 3f2a9c --segments --kind footnote
    """
    bounds = None
    if span:
        try:
            a, b = (int(x) for x in span.split(":"))
        except ValueError:
            raise click.BadParameter(
                "give the span as START:END, e.g. 120:140", param_hint="--span"
            ) from None
        bounds, what = (a, b), "span"
    with open_db(db, create=True) as store:
        info = describe_source(store, ref, what=what or "summary", kind=kind, span=bounds).to_dict()
    if what == "text" and fmt == "table":
        click.echo(info["text"])
        return
    rows: Any = info.get(what or "summary", info)
    if what in ("segments", "annotations"):
        cols = ["seq", "kind", "name", "label", "page", "group", "start", "end", "value", "text"]
        present = [c for c in cols if any(c in r for r in rows)] if rows else cols
        emit(rows, fmt, present)
    else:
        emit(rows, fmt)
