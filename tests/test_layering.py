"""Imports flow one way along the pipeline (DESIGN §6.2)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "narkomindel"
ORDER = [
    "base",
    "read",
    "extract",
    "resolve",
    "store",
    "pipeline",
    "analyse",
    "export",
    "api",
    "serve",
    "cli",
]


def layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) < 2:
        return "pipeline"
    top = parts[1]
    if top in ("model", "errors", "config", "offsets", "translit"):
        return "base"
    if top in ("ingest", "catalogue", "demo"):
        return "pipeline"
    return top if top in ORDER else "pipeline"


def test_imports_flow_forward_only() -> None:
    bad = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        module = ".".join(rel.parts).removesuffix(".__init__")
        if module in ("narkomindel", "narkomindel.__main__"):
            continue
        here = ORDER.index(layer(module))
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("narkomindel")
            ):
                target = node.module
            elif isinstance(node, ast.Import):
                target = next((a.name for a in node.names if a.name.startswith("narkomindel")), "")
            else:
                continue
            if target and target != "narkomindel" and ORDER.index(layer(target)) > here:
                bad.append(f"{module} imports {target}")
    assert bad == []
