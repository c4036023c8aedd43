"""The ``narkomindel`` command: one thin wrapper per library function."""

from __future__ import annotations

import click

from narkomindel.cli.demo import demo_cmd
from narkomindel.cli.export import export_cmd, import_cmd
from narkomindel.cli.extract import evaluate_cmd, extract_cmd
from narkomindel.cli.ingest import ingest_cmd
from narkomindel.cli.queries import (
    events_cmd,
    person_cmd,
    persons_cmd,
    posts_cmd,
    search_cmd,
)
from narkomindel.cli.report import report_cmd
from narkomindel.cli.resolve import merge_cmd, resolve_cmd, review_cmd, split_cmd
from narkomindel.cli.serve import serve_cmd
from narkomindel.cli.sources import source_cmd, sources_cmd
from narkomindel.cli.stats import stats_cmd
from narkomindel.cli.users import users_cmd
from narkomindel.version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="narkomindel")
def cli() -> None:
    """Narkomindel: a cited prosopography of Soviet diplomacy, 1917-1945."""


cli.add_command(demo_cmd)
cli.add_command(ingest_cmd)
cli.add_command(sources_cmd)
cli.add_command(source_cmd)
cli.add_command(extract_cmd)
cli.add_command(evaluate_cmd)
cli.add_command(resolve_cmd)
cli.add_command(review_cmd)
cli.add_command(persons_cmd)
cli.add_command(person_cmd)
cli.add_command(merge_cmd)
cli.add_command(split_cmd)
cli.add_command(posts_cmd)
cli.add_command(events_cmd)
cli.add_command(search_cmd)
cli.add_command(export_cmd)
cli.add_command(import_cmd)
cli.add_command(serve_cmd)
cli.add_command(users_cmd)
cli.add_command(stats_cmd)
cli.add_command(report_cmd)


def main() -> None:
    cli(prog_name="narkomindel")
