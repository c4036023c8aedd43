"""Exports of the register (jsonl, csv, jsonld, tei, gexf).

:func:`export` writes one format; every format is built from the same rows
(:func:`narkomindel.export.bundle.collect`), so ids agree across formats.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from narkomindel.errors import UsageError
from narkomindel.export.bundle import KINDS, ExportBundle, collect
from narkomindel.export.gexf import write_gexf
from narkomindel.export.jsonld import write_jsonld
from narkomindel.export.tables import schema, write_csv, write_jsonl
from narkomindel.export.tei import write_tei
from narkomindel.store.database import Store

__all__ = ["export", "FORMATS", "KINDS", "collect", "schema", "ExportBundle"]

FORMATS: dict[str, Callable[[ExportBundle, Path], list[Path]]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "jsonld": write_jsonld,
    "tei": write_tei,
    "gexf": write_gexf,
}


def export(store: Store, fmt: str, out: str | os.PathLike[str]) -> list[Path]:
    """Write the register in format ``fmt`` under ``out`` (a folder; for the one-file
    formats jsonld, tei and gexf also a file name); returns the files written."""
    if fmt not in FORMATS:
        raise UsageError(
            f"‹format› {fmt!r} is not an export format", hint=f"formats: {', '.join(FORMATS)}"
        )
    return FORMATS[fmt](collect(store), Path(out))
