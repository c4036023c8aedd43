"""``report``: the self-contained HTML report, with a CSV of each table beside it."""

from __future__ import annotations

from pathlib import Path

import click

from narkomindel.analyse.fates import CODINGS
from narkomindel.analyse.report import report
from narkomindel.cli.common import db_option, handle_errors, open_db
from narkomindel.cli.stats import _date

__all__ = ["report_cmd"]


@click.command("report")
@db_option
@click.option("--out", type=click.Path(dir_okay=False), default="report.html", show_default=True,
              help="The HTML file; the CSVs go to a folder beside it (NAME_csv/).")  # fmt: skip
@click.option(
    "--coding", type=click.Choice(list(CODINGS)), default="default", help="The fate coding."
)
@click.option("--start", default=None, help="Start of follow-up for survival [1936-01-01].")
@click.option("--end", default=None, help="End of the study [1945-12-31].")
@click.option("--no-sensitivity", is_flag=True, help="Leave out the sensitivity section (faster).")
@handle_errors
def report_cmd(db: str | None, out: str, coding: str, start: str | None, end: str | None,
               no_sensitivity: bool) -> None:  # fmt: skip
    """Write a self-contained HTML report: fates, published figures beside computed ones,
    cohorts, survival, recognition, sensitivity; every count linked to its persons.

    Example: narkomindel report --out report.html
    """
    from datetime import date

    with open_db(db) as store:
        rep = report(store, rule=coding, start=_date(start, "--start", date(1936, 1, 1)),
                     end=_date(end, "--end", date(1945, 12, 31)),
                     with_sensitivity=not no_sensitivity)  # fmt: skip
    path = Path(out)
    path.write_text(rep.html, encoding="utf-8")
    folder = path.with_name(path.stem + "_csv")
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in rep.csv.items():
        (folder / name).write_text(text, encoding="utf-8")
    click.echo(f"wrote {path} and {len(rep.csv)} CSV files in {folder}/")
