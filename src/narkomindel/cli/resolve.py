"""``narkomindel resolve`` and ``narkomindel review``."""

from __future__ import annotations

import click

from narkomindel.cli.common import db_option, handle_errors, open_db
from narkomindel.cli.output import emit, format_option
from narkomindel.pipeline import decide, merge, resolve_people, split
from narkomindel.query import review_queue


@click.command("resolve")
@db_option
@format_option()
@handle_errors
def resolve_cmd(db: str | None, fmt: str) -> None:
    """Cluster person mentions into persons and link them to registry records.

    Curator decisions are replayed; decisions whose link disappeared are listed.

    Example: narkomindel resolve --db study.db
    """
    with open_db(db, create=True) as store:
        report = resolve_people(store)
    if fmt == "table":
        click.echo(
            f"{report.persons} persons from {report.mentions} person mentions; registry links: "
            f"{report.links_applied} applied, {report.links_review} to review, {report.links_rejected} rejected, "
            f"{report.conflicts} with conflicts; {report.decisions_replayed} curator decisions replayed"
        )
        for entry in report.stale_decisions:
            click.echo(
                f"decision #{entry['id']} ({entry['action']} {entry['target']} by {entry['who']}) no longer applies: "
                "its link is gone after this run",
                err=True,
            )
    else:
        emit(report.__dict__, fmt)


@click.group("review", invoke_without_command=True)
@db_option
@click.option(
    "--status",
    type=click.Choice(["review", "applied", "rejected"]),
    default="review",
    show_default=True,
)
@format_option()
@click.pass_context
@handle_errors
def review_cmd(ctx: click.Context, db: str | None, status: str, fmt: str) -> None:
    """List registry links to review, with the evidence side by side.

    Example: narkomindel review --format json
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is not None:
        return
    with open_db(db, create=True) as store:
        rows = review_queue(store, status=status).to_dicts()
    if fmt == "table":
        rows = [
            {
                "id": r["id"], "score": r["score"], "person": r["person"], "record": r["record_text"][:160],
                "evidence": "; ".join(f"{k}: {v}" for k, v in r["evidence"].items()), "conflict": r["conflict"] or "",
            }
            for r in rows
        ]  # fmt: skip
    emit(
        rows,
        fmt,
        ["id", "score", "person", "record", "evidence", "conflict"] if fmt == "table" else None,
    )


def _decision(action: str) -> click.Command:
    @click.command(action)
    @click.argument("link")
    @click.option("--why", default="", help="The reason, kept in the curation log.")
    @click.option("--who", default=None, help="Who decides [default: $USER].")
    @db_option
    @click.pass_context
    @handle_errors
    def command(ctx: click.Context, link: str, why: str, who: str | None, db: str | None) -> None:
        import os

        with open_db(db or (ctx.obj or {}).get("db"), create=True) as store:
            result = decide(
                store, link, action, who=who or os.environ.get("USER", "curator"), why=why
            )
        click.echo(
            f"link {result['link']} {result['status']} (curation entry #{result['curation_entry']})"
        )

    command.help = f"{action.capitalize()} a link (by id or key). Example: narkomindel review {action} 3 --why 'same mission'"
    return command


review_cmd.add_command(_decision("accept"))
review_cmd.add_command(_decision("reject"))


@click.command("merge")
@click.argument("first")
@click.argument("second")
@click.option("--why", default="", help="The reason, kept in the curation log.")
@click.option("--who", default=None, help="Who decides [default: $USER].")
@db_option
@handle_errors
def merge_cmd(first: str, second: str, why: str, who: str | None, db: str | None) -> None:
    """Make two persons one (by id or key); the decision is replayed after every re-run.

    Example: narkomindel merge 12 40 --why "Karakhan = Karakhanian"
    """
    import os

    with open_db(db, create=True) as store:
        result = merge(store, first, second, who=who or os.environ.get("USER", "curator"), why=why)
    click.echo(f"merged {result['merged']} (curation entry #{result['curation_entry']})")


@click.command("split")
@click.argument("person")
@click.argument("mentions", nargs=-1, required=True)
@click.option("--why", default="", help="The reason, kept in the curation log.")
@click.option("--who", default=None, help="Who decides [default: $USER].")
@db_option
@handle_errors
def split_cmd(
    person: str, mentions: tuple[str, ...], why: str, who: str | None, db: str | None
) -> None:
    """Move mentions ("source-id:offset", from `person ID --format json`) of a person to a new person.

    Example: narkomindel split 12 3f2a…:5120 --why "a namesake"
    """
    import os

    with open_db(db, create=True) as store:
        result = split(
            store, person, list(mentions), who=who or os.environ.get("USER", "curator"), why=why
        )
    click.echo(
        f"split {len(result['mentions'])} mention(s) off {result['split']} (curation entry #{result['curation_entry']})"
    )
