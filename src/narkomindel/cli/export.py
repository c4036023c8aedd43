"""``narkomindel export`` and ``narkomindel import``."""

from __future__ import annotations

import os

import click

from narkomindel.cli.common import db_option, handle_errors, open_db
from narkomindel.cli.output import emit
from narkomindel.export import FORMATS, export
from narkomindel.pipeline import import_curated

__all__ = ["export_cmd", "import_cmd"]


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True, help="Format.")
@click.option(
    "--out",
    type=click.Path(),
    required=True,
    help="A folder (jsonl and csv write one file per kind); for jsonld, tei, gexf also a file.",
)
@click.option("--overwrite", is_flag=True, help="Replace files of an earlier export.")
@db_option
@handle_errors
def export_cmd(fmt: str, out: str, db: str | None, overwrite: bool) -> None:
    """Write the register: jsonl, csv (to edit and import back), jsonld, tei or gexf.

    Examples: narkomindel export --format jsonl --out register/;
    narkomindel export --format gexf --out register.gexf
    """
    with open_db(db) as store:
        written = export(store, fmt, out, overwrite=overwrite)
    for path in written:
        click.echo(f"wrote {path}")


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--who", default=None, help="Who curated the file [default: $USER].")
@click.option("--dry-run", is_flag=True, help="Check the file and list the edits; apply nothing.")
@db_option
@handle_errors
def import_cmd(file: str, who: str | None, dry_run: bool, db: str | None) -> None:
    """Apply the edits of an exported CSV table (persons: name, merge_into; factoids and
    links: status) as curation actions; an invalid row stops the whole file.

    Example: narkomindel import register/persons.csv --who "A. Historian"
    """
    with open_db(db, create=True) as store:
        report = import_curated(
            store, file, who=who or os.environ.get("USER", "curator"), dry_run=dry_run
        )
    if report.actions and dry_run:
        emit(report.actions, "table")
    verb = "would apply" if dry_run else "applied"
    click.echo(
        f"{report.kind}: {report.rows} rows; {verb} {report.renamed} rename(s), {report.merged} merge(s),"
        f" {report.factoids} factoid decision(s), {report.links} link decision(s);"
        f" {report.unchanged} unchanged"
    )
