"""JSON Lines and CSV exports: one file per kind of row, and the JSON Schemas."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path
from typing import Any

from narkomindel.cells import CSV_LIST_SEPARATOR, guard_formula
from narkomindel.errors import UsageError
from narkomindel.export.bundle import KINDS, ExportBundle
from narkomindel.export.files import replacing

__all__ = [
    "write_jsonl", "write_csv", "jsonl_target", "csv_target", "schema", "CSV_LIST_SEPARATOR",
    "EDITABLE",
]  # fmt: skip

#: Columns of the CSV tables that `narkomindel import` reads back as curation actions.
EDITABLE = {
    "persons": ("name", "merge_into"),
    "factoids": ("status",),
    "links": ("status",),
}


def schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one kind of exported row (persons, mentions, ...)."""
    if kind not in KINDS:
        raise UsageError(f"no schema for ‹kind› {kind!r}", hint=f"kinds: {', '.join(KINDS)}")
    text = resources.files("narkomindel.export").joinpath(f"schemas/{kind}.schema.json")
    return json.loads(text.read_text("utf-8"))  # type: ignore[no-any-return]


def jsonl_target(out: Path) -> list[Path]:
    return [out / f"{kind}.jsonl" for kind in KINDS]


def csv_target(out: Path) -> list[Path]:
    return [out / f"{kind}.csv" for kind in KINDS]


def write_jsonl(reg: ExportBundle, out: Path) -> list[Path]:
    """``out/<kind>.jsonl`` for each kind, one JSON object a line."""
    written = []
    for (_kind, rows), path in zip(reg.kinds(), jsonl_target(out), strict=True):
        with replacing(path) as tmp, tmp.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
        written.append(path)
    return written


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return guard_formula(CSV_LIST_SEPARATOR.join(str(v) for v in value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return guard_formula(str(value))


def write_csv(reg: ExportBundle, out: Path) -> list[Path]:
    """``out/<kind>.csv`` for each kind (UTF-8 with a byte-order mark, so spreadsheets
    read Cyrillic right). Lists are joined with `` | ``; persons get an empty
    ``merge_into`` column to fill in (see ``narkomindel import``)."""
    written = []
    for (kind, rows), path in zip(reg.kinds(), csv_target(out), strict=True):
        cols = list(schema(kind)["properties"])
        if kind == "persons":
            cols.append("merge_into")
        with replacing(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(cols)
            for row in rows:
                writer.writerow([_cell(row.get(c)) for c in cols])
        written.append(path)
    return written
