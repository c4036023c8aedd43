"""Exports of the register (jsonl, csv, jsonld, tei, gexf) and the import of curated CSV.

:func:`export` writes one format; every format is built from the same rows
(:func:`narkomindel.export.rows.collect`), so ids agree across formats.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from narkomindel.export.gexf import write_gexf
from narkomindel.export.jsonld import write_jsonld
from narkomindel.export.rows import KINDS, Register, collect
from narkomindel.export.tables import schema, write_csv, write_jsonl
from narkomindel.export.tei import write_tei

__all__ = ["export", "FORMATS", "KINDS", "collect", "schema", "Register"]

FORMATS: dict[str, Callable[[Register, Path], list[Path]]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "jsonld": write_jsonld,
    "tei": write_tei,
    "gexf": write_gexf,
}


def export(db: str | os.PathLike[str], fmt: str, out: str | os.PathLike[str]) -> list[Path]:
    """Write the register of ``db`` in format ``fmt`` under ``out`` (a folder; for the
    one-file formats jsonld, tei and gexf also a file name); returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; formats: {', '.join(FORMATS)}")
    return FORMATS[fmt](collect(db), Path(out))
