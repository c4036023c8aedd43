"""docs/cli.md against the commands as they are (their --help), and the error table."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import click

from narkomindel.cli.main import cli
from narkomindel.errors import error_table, error_table_markdown

DOCS = Path(__file__).resolve().parents[2] / "docs"
COMMON = {"--help", "-h", "--db", "--format"}


def sections() -> dict[str, str]:
    text = (DOCS / "cli.md").read_text("utf-8")
    parts = re.split(r"(?m)^## ", text)
    return {p.split("\n", 1)[0]: p for p in parts[1:]}


def commands() -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []
    assert isinstance(cli, click.Group)
    for name, cmd in sorted(cli.commands.items()):
        out.append((name, cmd))
        if isinstance(cmd, click.Group):
            out.extend((f"{name} {sub}", c) for sub, c in sorted(cmd.commands.items()))
    return out


def test_every_command_is_documented_with_its_options_and_an_example() -> None:
    docs = sections()
    problems = []
    for name, cmd in commands():
        top = name.split()[0]
        found = [body for head, body in docs.items() if f"`narkomindel {top}" in head]
        if not found:
            problems.append(f"{name}: no section in docs/cli.md")
            continue
        body = "\n".join(found)
        if f"narkomindel {name}" not in body:
            problems.append(f"{name}: no example")
        for param in cmd.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("-") and opt not in COMMON and opt not in body:
                    problems.append(f"{name}: option {opt} not documented")
        if cmd.help and "Example" not in cmd.help:
            problems.append(f"{name}: its --help has no example")
    assert problems == []


def test_every_library_function_the_docs_name_exists() -> None:
    text = (DOCS / "cli.md").read_text("utf-8") + (DOCS / "api.md").read_text("utf-8")
    missing = []
    for ref in sorted(
        set(re.findall(r"`(narkomindel(?:\.\w+)+)(?:\(|`)", text))
        - {
            "narkomindel.db"  # the default database file, not a module
        }
    ):
        module, _, name = ref.rpartition(".")
        try:
            target = importlib.import_module(ref)
        except ImportError:
            try:
                target = getattr(importlib.import_module(module), name)
            except (ImportError, AttributeError):
                missing.append(ref)
                continue
        assert target is not None
    assert missing == []


def test_the_error_table_in_the_docs_is_current() -> None:
    """Regenerate with: python -c "from narkomindel.errors import error_table_markdown as t;
    print(t(), end='')" > docs/errors.md"""
    assert (DOCS / "errors.md").read_text("utf-8") == error_table_markdown()
    codes = [code for code, *_ in error_table()]
    assert len(codes) == len(set(codes)), "two errors share a code"
