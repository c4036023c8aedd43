"""``narkomindel demo``: the main job on embedded defaults."""

from __future__ import annotations

import sys

import click

from narkomindel import query
from narkomindel.cli.common import db_option, handle_errors, open_db
from narkomindel.cli.output import emit, format_option
from narkomindel.cli.sources import COLUMNS
from narkomindel.pipeline import run_demo


@click.command("demo")
@db_option
@format_option()
@handle_errors
def demo_cmd(db: str | None, fmt: str) -> None:
    """Ingest the built-in sample (text, TEI, register page) and print a summary.

    Example: narkomindel demo --db demo.db
    """
    with open_db(db, create=True) as store:
        result = run_demo(store)
        result["sources"] = query.list_sources(store).to_dicts()
        result["diplomats"] = query.persons(store, diplomats=True, kind="text").to_dicts()
    if fmt == "json":
        emit(result, fmt)
    else:
        c = result["counts"]
        click.echo(
            f"Narkomindel demo → {result['db']}: {c['added']} sources added, "
            f"{c['unchanged']} already there, {c['failed']} failed."
        )
        x = result["extracted"]
        if x["mentions"]:
            click.echo(
                f"Extracted {x['mentions']} mentions, {x['claims']} claims, {x['events']} events."
            )
        r = result["resolved"]
        click.echo(
            f"Resolved {r['persons']} persons; registry links: {r['links_applied']} applied, "
            f"{r['links_review']} to review ({r['conflicts']} with a conflict): see `narkomindel review`."
        )
        rows = [
            {**r, "id": r["id"][:12], "path": r["path"].rsplit("/", 1)[-1]}
            for r in result["sources"]
        ]
        emit(rows, fmt, COLUMNS)
        if result["diplomats"]:
            click.echo("Soviet diplomats found:")
            emit(result["diplomats"], fmt, ["id", "name", "fate", "fate_date", "posts", "mentions"])
        click.echo(
            "Next: narkomindel persons --diplomats; narkomindel person NAME;"
            " narkomindel export --format jsonl --out register/   (README: the five-minute tour)"
        )
        where = f" --db {db}" if db else ""
        click.echo(
            f"Browse it: narkomindel serve{where}  → http://127.0.0.1:8000/"
            f" (curators: narkomindel users add NAME{where})"
        )
    if result["failures"]:
        sys.exit(1)
