"""Queries: ``persons``, ``person``, ``posts``, ``events``, ``search``."""

from __future__ import annotations

from typing import Any

import click

from narkomindel import query
from narkomindel.cli.common import db_option, handle_errors, open_db
from narkomindel.cli.output import emit, format_option

__all__ = ["persons_cmd", "person_cmd", "posts_cmd", "events_cmd", "search_cmd"]

TABLE_ROWS = 200  # a table on a terminal shows this many persons unless --limit says otherwise


def _where(f: dict[str, Any]) -> str:
    return (f.get("path") or "").rsplit("/", 1)[-1] + f":{f.get('start')}"


def _dates(f: dict[str, Any]) -> str:
    """A post's term as shown: 1933–1937, 1931 (start only), –1946 (end only)."""
    start, end = f.get("date_start"), f.get("date_end")
    if start and end:
        return f"{start}–{end}" if start != end else str(start)
    if end:
        return f"–{end}"
    if start:
        return str(start)
    return f"attested {f['attested']}" if f.get("attested") else ""


@click.command("persons")
@db_option
@click.option(
    "--name", default=None, help="Any spelling or script of a name (Litvinoff, Литвинов)."
)
@click.option(
    "--fate", default=None, help="The person's gravest fate: executed, arrested, purged ..."
)
@click.option("--role", default=None, help="A post held: ambassador, polpred, consul ...")
@click.option("--country", default=None, help="A post held in this country (Germany, Finland ...).")
@click.option("--year", default=None, help="A post held in this year.")
@click.option("--elite", is_flag=True, help="Only those who held a leading post.")
@click.option("--diplomats", is_flag=True, help="Only Soviet officials with a diplomatic post.")
@click.option(
    "--kind",
    type=click.Choice(["text", "registry"]),
    default=None,
    help="Persons of the texts, or registry records no text person is linked to.",
)
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@format_option()
@handle_errors
def persons_cmd(db: str | None, fmt: str, limit: int | None, **filters: Any) -> None:
    """List persons; filters combine (a post with --role/--country/--year is one post).

    Examples: narkomindel persons --diplomats --fate executed;
    narkomindel persons --country Germany --year 1937 --format csv
    """
    with open_db(db) as store:
        rows = query.persons(store, limit=limit, **filters).to_dicts()
    if fmt == "table":
        shown = rows if limit or len(rows) <= TABLE_ROWS else rows[:TABLE_ROWS]
        shown = [{**r, "variants": "; ".join(r["variants"][:4])} for r in shown]
        cols = ["id", "name", "kind", "fate", "fate_date", "birth", "posts", "mentions", "variants"]
        emit(shown, fmt, cols)
        more = len(rows) - len(shown)
        click.echo(
            f"{len(rows)} person(s)"
            + (
                f"; the first {len(shown)} shown (--limit N, or --format csv for all)"
                if more
                else ""
            )
        )
        return
    emit(rows, fmt)


@click.command("person")
@click.argument("ref")
@db_option
@format_option()
@handle_errors
def person_cmd(ref: str, db: str | None, fmt: str) -> None:
    """One person's card: names in Latin and Cyrillic, life dates, career, fate, linked
    registry records, every factoid with its quote and source, conflicts side by side.

    Examples: narkomindel person Asmus; narkomindel person "litvinov|MM" --format json
    """
    with open_db(db) as store:
        card = query.person(store, ref).to_dict()
    if fmt == "json":
        emit(card, fmt)
        return
    if fmt == "csv":
        emit(card["factoids"], fmt)
        return
    click.echo(f"{card['name']}  (id {card['id']}, {card['kind']})")
    click.echo(
        "Latin: " + "; ".join(card["latin"] or [f"{r} (romanised)" for r in card["romanised"]])
    )
    if card["cyrillic"]:
        click.echo("Cyrillic: " + "; ".join(card["cyrillic"]))
    life = "–".join(x or "?" for x in (card["birth"], card["death"]))
    click.echo(f"Life: {life}   Fate: {card['fate'] or 'unknown'} {card['fate_date'] or ''}")
    if card["career"]:
        click.echo("Career:")
        emit(
            [{"dates": _dates(f), "post": f["role"], "where": f["country"] or f["department"] or "",
              "quote": f["quote"][:80], "source": _where(f)} for f in card["career"]],
            fmt,
        )  # fmt: skip
    for lk in card["links"]:
        note = f"  CONFLICT: {lk['conflict']}" if lk["conflict"] else ""
        click.echo(f"record link {lk['id']} [{lk['status']}, {lk['score']}]: {lk['record']}{note}")
    for c in card["conflicts"]:
        click.echo(f"Conflict ({c['kind']}: {c['about']}):")
        for f in c["claims"]:
            click.echo(f"  {f['value']} {_dates(f)}  “{f['quote'][:80]}”  {_where(f)}")
    click.echo("Factoids:")
    emit(
        [
            {"id": f["id"], "type": f["type"],
             "what": f["role"] or (f"{f['attribute']}: {f['value']}" if f["attribute"] else f["value"] or ""),
             "where": f["country"] or f["department"] or "", "date": _dates(f), "modality": f["modality"],
             "status": f["status"], "quote": f["quote"][:80], "source": _where(f)}
            for f in card["factoids"]
        ],
        fmt,
    )  # fmt: skip


@click.command("posts")
@db_option
@click.option("--country", default=None, help="Posts in (missions to) this country.")
@click.option("--year", default=None, help="Posts held in this year.")
@click.option("--department", default=None, help="Posts in this department of the commissariat.")
@click.option("--role", default=None, help="Only this role (ambassador, consul ...).")
@click.option(
    "--all-officials", is_flag=True, help="Foreign officials' posts too, not only Soviet."
)
@format_option()
@handle_errors
def posts_cmd(
    db: str | None,
    fmt: str,
    country: str | None,
    year: str | None,
    department: str | None,
    role: str | None,
    all_officials: bool,
) -> None:
    """Who held which Soviet posts: in a country, a department, a year.

    Example: narkomindel posts --country Germany --year 1937
    """
    with open_db(db) as store:
        rows = query.posts(
            store,
            country=country,
            year=year,
            department=department,
            role=role,
            soviet_only=not all_officials,
        ).to_dicts()
    if fmt == "table":
        rows = [{**r, "dates": _dates(r), "where": r["country"] or r["department"] or "",
                 "source": _where(r), "quote": r["quote"][:80]} for r in rows]  # fmt: skip
        emit(rows, fmt, ["person", "role", "where", "dates", "quote", "source"])
        click.echo(f"{len(rows)} post(s)")
        return
    emit(rows, fmt)


@click.command("events")
@db_option
@click.option("--type", "type_", default=None, help="treaty, conference, recognition, rupture ...")
@click.option("--from", "date_from", default=None, help="From this year.")
@click.option("--to", "date_to", default=None, help="To this year.")
@click.option("--country", default=None, help="A party to the event, or its place.")
@format_option()
@handle_errors
def events_cmd(
    db: str | None,
    fmt: str,
    type_: str | None,
    date_from: str | None,
    date_to: str | None,
    country: str | None,
) -> None:
    """The chronology of events, in date order.

    Example: narkomindel events --type recognition --from 1924 --to 1933
    """
    with open_db(db) as store:
        rows = query.events(
            store, type=type_, date_from=date_from, date_to=date_to, country=country
        ).to_dicts()
    if fmt == "table":
        rows = [{**r, "parties": ", ".join(r["parties"]),
                 "participants": ", ".join(p["name"] for p in r["participants"]),
                 "source": _where(r)} for r in rows]  # fmt: skip
        emit(rows, fmt, ["date", "type", "name", "place", "parties", "participants", "source"])
        return
    emit(rows, fmt)


@click.command("search")
@click.argument("text")
@db_option
@click.option(
    "--limit", type=int, default=50, show_default=True, help="At most this many passages."
)
@format_option()
@handle_errors
def search_cmd(text: str, db: str | None, limit: int, fmt: str) -> None:
    """Full text over the sources and over persons' names, tolerant of variant spellings.

    Example: narkomindel search "Litvinoff Genoa"
    """
    with open_db(db) as store:
        found = query.search(store, text, limit=limit).to_dict()
    if fmt == "json":
        emit(found, fmt)
        return
    if fmt == "csv":
        emit(found["passages"], fmt)
        return
    if found["persons"]:
        click.echo("Persons:")
        emit(found["persons"], fmt)
    click.echo("Passages:")
    emit(
        [
            {"source": _where(h), "snippet": h["snippet"], "score": h["score"]}
            for h in found["passages"]
        ],
        fmt,
    )
