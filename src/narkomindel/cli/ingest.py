"""``narkomindel ingest``: read files and folders into the database."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from narkomindel.cli.common import db_option, handle_errors, open_db, resolve_db
from narkomindel.cli.output import emit, format_option
from narkomindel.pipeline import FileResult, ingest, iter_files


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option(
    "--encoding", default=None, help="Decode text files with this encoding instead of detecting it."
)
@click.option(
    "--quiet", "-q", is_flag=True, help="No progress bar; print only failures and the summary."
)
@format_option()
@handle_errors
def ingest_cmd(
    paths: tuple[str, ...], db: str | None, encoding: str | None, quiet: bool, fmt: str
) -> None:
    """Read files and folders (recursively) into the database.

    Example: narkomindel ingest ../shared/corpus/seeds notes.pdf --db study.db
    """
    db_path = resolve_db(db)
    err = Console(stderr=True)
    show_bar = not quiet and fmt == "table" and err.is_terminal
    total = sum(1 for _ in iter_files(paths)) if show_bar else None

    def report_failure(result: FileResult) -> None:
        if result.status == "failed":
            click.echo(f"failed {result.error}", err=True)
        elif result.status == "skipped":
            click.echo(f"note: {result.error}", err=True)

    if show_bar:
        with Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
        ) as progress:
            task = progress.add_task("ingest", total=total)

            def step(result: FileResult) -> None:
                report_failure(result)
                progress.advance(task)

            with open_db(db_path, create=True, upkeep=False) as store:
                report = ingest(store, paths, encoding=encoding, on_file=step)
    else:
        with open_db(db_path, create=True, upkeep=False) as store:
            report = ingest(store, paths, encoding=encoding, on_file=report_failure)
    counts = report.counts
    for failed in report.extraction_failures:  # the source is stored; extraction failed
        click.echo(f"failed {failed.error}", err=True)
    if fmt == "table":
        click.echo(
            f"{counts['added']} added, {counts['new_version']} new versions, "
            + (f"{counts['reread']} read again by a newer reader, " if counts["reread"] else "")
            + f"{counts['unchanged']} unchanged, "
            + (f"{counts['skipped']} skipped, " if counts["skipped"] else "")
            + f"{counts['failed']} failed → {db_path}"
        )
        if report.resolved is not None:
            r = report.resolved
            click.echo(
                f"{r.persons} persons; registry links: {r.links_applied} applied, {r.links_review} to review"
            )
    else:
        emit(
            [r.__dict__ for r in report.results],
            fmt,
            ["path", "status", "source_id", "reader", "error"],
        )
    if not report.ok:
        sys.exit(1)
