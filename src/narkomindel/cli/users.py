"""``narkomindel users add|list|remove``: accounts of the web explorer."""

from __future__ import annotations

import click

from narkomindel.cli.common import db_option, handle_errors, open_db
from narkomindel.cli.output import emit, format_option
from narkomindel.pipeline import accounts

__all__ = ["users_cmd"]


@click.group("users")
def users_cmd() -> None:
    """Accounts of the web explorer: curators decide, admins also manage accounts.

    Example: narkomindel users add ada --role curator
    """


@users_cmd.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(accounts.ROLES), default="curator", show_default=True)
@click.password_option("--password", help="The password (asked for when not given).")
@db_option
@format_option()
@handle_errors
def users_add(name: str, role: str, password: str, db: str | None, fmt: str) -> None:
    """Add an account (the password is stored only as its argon2 hash).

    Example: narkomindel users add ada --role admin
    """
    with open_db(db) as store:
        emit(accounts.add_user(store, name, password, role), fmt)


@users_cmd.command("list")
@db_option
@format_option()
@handle_errors
def users_list(db: str | None, fmt: str) -> None:
    """List the accounts.

    Example: narkomindel users list --format json
    """
    with open_db(db) as store:
        emit(accounts.list_users(store), fmt, ["name", "role", "created_at"])


@users_cmd.command("remove")
@click.argument("name")
@db_option
@format_option()
@handle_errors
def users_remove(name: str, db: str | None, fmt: str) -> None:
    """Remove an account and end its sessions (its decisions stay in the log).

    Example: narkomindel users remove ada
    """
    with open_db(db) as store:
        emit(accounts.remove_user(store, name), fmt)
