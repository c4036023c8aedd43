"""``narkomindel extract`` and ``narkomindel evaluate``."""

from __future__ import annotations

import sys

import click

from narkomindel.cli.common import db_option, handle_errors, open_db
from narkomindel.cli.output import emit, format_option
from narkomindel.evaluate import (
    CAUSES,
    LinkScore,
    editor_bcubed,
    evaluate,
    evaluate_gold,
    is_gold_reference,
    post_causes,
)
from narkomindel.pipeline import extract_sources


@click.command("extract")
@db_option
@click.option(
    "--force", is_flag=True, help="Extract every source again, not only new or outdated ones."
)
@format_option()
@handle_errors
def extract_cmd(db: str | None, force: bool, fmt: str) -> None:
    """Extract mentions, claims and events from stored sources (incremental).

    Example: narkomindel extract --db study.db
    """
    with open_db(db, create=True) as store:
        results = extract_sources(store, force=force)
    rows = [r.__dict__ for r in results]
    if fmt == "table":
        done = [r for r in results if not r.error]
        click.echo(
            f"{len(done)} sources extracted: {sum(r.mentions for r in done)} mentions, "
            f"{sum(r.claims for r in done)} claims, {sum(r.events for r in done)} events"
        )
        for r in results:
            if r.error:
                click.echo(f"failed {r.error}", err=True)
    else:
        emit(rows, fmt, ["source_id", "path", "mentions", "claims", "events", "error"])
    if any(r.error for r in results):
        sys.exit(1)


@click.command("evaluate")
@click.option(
    "--reference",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Reference: JSON Lines, or a gold-format JSON file (corpus/web/gold-a.json).",
)
@db_option
@click.option("--errors", "show_errors", is_flag=True, help="Also list misses and false positives.")
@click.option(
    "--only",
    multiple=True,
    help="Score only these files of a gold reference (name or stem; repeatable, or comma-separated).",
)
@click.option(
    "--per-file", is_flag=True, help="Gold references: also print the scores of each file."
)
@click.option(
    "--causes",
    is_flag=True,
    help="Gold references: instead of scores, put each reference post down to the first"
    " stage that lost it (person not found, role not recognised, not attached …), per role"
    " class. Prints counts only, so it can be run on a held-out set.",
)
@format_option()
@handle_errors
def evaluate_cmd(
    reference: str, db: str | None, show_errors: bool, only: tuple[str, ...], per_file: bool,
    causes: bool, fmt: str,
) -> None:  # fmt: skip
    """Precision, recall and F1 per claim type against reference annotations.

    Examples: narkomindel evaluate --reference reference/dev.jsonl;
    narkomindel evaluate --reference corpus/web/gold-a.json --only a07,a08 --causes
    """
    columns = ["kind", "tp", "fp", "fn", "precision", "recall", "f1"]
    if causes and not is_gold_reference(reference):
        raise click.UsageError("--causes reads a gold-format reference (corpus/web/gold-a.json)")
    if is_gold_reference(reference):
        names = [n.strip() for o in only for n in o.split(",") if n.strip()] or None
        if causes:
            with open_db(db, create=True) as store:
                lost = post_causes(store, reference, only=names)
            emit(lost.rows(), fmt, ["role_class", "posts", *CAUSES])
            return
        with open_db(db, create=True) as store:
            report = evaluate_gold(store, reference, only=names)
        rows = report.rows() if per_file else [r for r in report.rows() if r["file"] == "TOTAL"]
        dated = [*report.file_dates.items()] if per_file else []
        dated.append(("TOTAL", report.dates))
        if fmt != "table":  # one table: the dates rows have columns of their own
            rows += [{"file": name, **d.row()} for name, d in dated]
            columns += ["dated", "found", "exact", "share"]
        emit(rows, fmt, ["file", *columns])
        if fmt == "table":
            click.echo(f"cited authors tagged as persons: {report.scholars_as_persons}")
            for name, d in dated:
                click.echo(
                    f"dates exact ({name}): {d.exact} of {d.found} dated claims found"
                    f" ({d.dated} dated in the reference): {d.share:.3f}"
                )
        if show_errors:
            errors = [e for s in report.total.values() for e in s.errors]
            emit(errors + report.dates.errors, "json")
        return
    with open_db(db, create=True) as store:
        scores = evaluate(store, reference)
        clusters = editor_bcubed(store)
    emit([s.row() for s in scores], fmt, columns)
    for s in scores:
        if isinstance(s, LinkScore) and fmt == "table":
            click.echo(
                f"registry links: {s.true_pairs} true pairs, {s.namesake_pairs} namesakes;"
                f" {s.fp} namesakes applied ({s.hard_traps_applied} of {s.hard_traps} whose"
                f" given names agree); in review: {s.review_true} true, {s.review_namesakes}"
                f" namesakes; true links not proposed: {s.not_proposed}, persons not found in"
                f" the texts: {s.person_not_found}"
            )
    if clusters["tags"] and fmt == "table":
        click.echo(
            f"persons against the editors' ids ({clusters['tags']} tagged mentions): B-cubed"
            f" precision {clusters['precision']:.3f}, recall {clusters['recall']:.3f},"
            f" F1 {clusters['f1']:.3f}"
        )
    if show_errors:
        emit([e for s in scores for e in s.errors], "json")
