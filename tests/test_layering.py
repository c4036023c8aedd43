"""Imports flow one way along the pipeline (DESIGN §6.2; docs/architecture.md).

import-linter enforces the same contracts in `make test` (pyproject.toml); this
test reads the sources directly, so it also catches ``from narkomindel import x``
and runs without the tool.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "narkomindel"
BASE = ("model", "errors", "config", "offsets", "translit", "gazetteer", "version", "cells")
# lowest first; a module may import its own layer and the layers before it
ORDER = [
    "base", "read", "extract", "resolve", "store", "pipeline", "query", "evaluate",
    "analyse", "export", "api", "serve", "cli",
]  # fmt: skip
# siblings that must not import each other although one stands after the other
INDEPENDENT = {frozenset({"pipeline", "query"}), frozenset({"evaluate", "analyse"}),
               frozenset({"evaluate", "export"}), frozenset({"analyse", "export"})}  # fmt: skip


def layer(module: str) -> str:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    if top in BASE:
        return "base"
    assert top in ORDER, f"{module} belongs to no layer: add it to docs/architecture.md"
    return top


def imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("narkomindel"):
        if node.module == "narkomindel":  # from narkomindel import query -> narkomindel.query
            return [f"narkomindel.{a.name}" for a in node.names]
        return [node.module]
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.startswith("narkomindel.")]
    return []


def test_every_module_belongs_to_a_layer() -> None:
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        module = ".".join(rel.parts).removesuffix(".__init__")
        if module not in ("narkomindel", "narkomindel.__main__"):
            layer(module)


def test_imports_flow_forward_only() -> None:
    bad = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        module = ".".join(rel.parts).removesuffix(".__init__")
        if module in ("narkomindel", "narkomindel.__main__"):
            continue
        here = layer(module)
        for node in ast.walk(ast.parse(path.read_text())):
            for target in imported(node):
                there = layer(target)
                if ORDER.index(there) > ORDER.index(here):
                    bad.append(f"{module} ({here}) imports {target} ({there})")
                elif frozenset({here, there}) in INDEPENDENT:
                    bad.append(f"{module} ({here}) imports its sibling {target} ({there})")
    assert bad == []


def test_the_check_catches_a_backward_import(tmp_path: Path) -> None:
    tree = ast.parse("from narkomindel import cli\nfrom narkomindel.query import persons\n")
    targets = [t for node in ast.walk(tree) for t in imported(node)]
    assert [layer(t) for t in targets] == ["cli", "query"]
    assert ORDER.index("cli") > ORDER.index("store")
