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
from narkomindel.export.files import check_targets
from narkomindel.export.gexf import gexf_target, write_gexf
from narkomindel.export.jsonld import jsonld_target, write_jsonld
from narkomindel.export.tables import csv_target, jsonl_target, schema, write_csv, write_jsonl
from narkomindel.export.tei import tei_target, write_tei
from narkomindel.store.database import Store

__all__ = ["export", "FORMATS", "KINDS", "collect", "schema", "ExportBundle"]

Writer = Callable[[ExportBundle, Path], list[Path]]
Targets = Callable[[Path], list[Path]]
FORMATS: dict[str, tuple[Writer, Targets]] = {
    "jsonl": (write_jsonl, jsonl_target),
    "csv": (write_csv, csv_target),
    "jsonld": (write_jsonld, jsonld_target),
    "tei": (write_tei, tei_target),
    "gexf": (write_gexf, gexf_target),
}


def export(
    store: Store, fmt: str, out: str | os.PathLike[str], *, overwrite: bool = False
) -> list[Path]:
    """Write the register in format ``fmt`` under ``out`` (a folder; for the one-file
    formats jsonld, tei and gexf also a file name); returns the files written. Files
    that exist are refused unless ``overwrite``; each file is written whole or not at all."""
    if fmt not in FORMATS:
        raise UsageError(
            f"‹format› {fmt!r} is not an export format", hint=f"formats: {', '.join(FORMATS)}"
        )
    write, targets = FORMATS[fmt]
    check_targets(targets(Path(out)), overwrite=overwrite)
    return write(collect(store), Path(out))
