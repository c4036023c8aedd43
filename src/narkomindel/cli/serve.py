"""``narkomindel serve``: the web explorer over one database."""

from __future__ import annotations

import ipaddress

import click

from narkomindel.cli.common import db_option, handle_errors, open_db, resolve_db
from narkomindel.serve import ServeConfig, create_app
from narkomindel.store.database import Store

__all__ = ["serve_cmd", "is_loopback"]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--read-only", is_flag=True, help="Refuse every write (curation, accounts).")
@click.option(
    "--allow-writes",
    is_flag=True,
    help="Take curators' writes on a non-loopback address (read-only there by default).",
)
@handle_errors
def serve_cmd(db: str | None, host: str, port: int, read_only: bool, allow_writes: bool) -> None:
    """Serve the web explorer, the JSON API and the IPIF API.

    Example: narkomindel serve --db corpus.db --port 8000
    """
    import uvicorn

    path = resolve_db(db)
    with open_db(db):  # an existing database, brought up to date before serving
        pass
    read_only = read_only or (not is_loopback(host) and not allow_writes)
    app = create_app(lambda: Store(path), ServeConfig(read_only=read_only, secure_cookies=False))
    mode = "read-only" if read_only else "curators may log in"
    click.echo(f"Narkomindel on http://{host}:{port}/ ({mode}); Ctrl-C stops it.", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
