"""``narkomindel demo``: ingest the built-in sample into a database and summarise it.

The sample (``narkomindel/demo_data``) was written by the project team: an
OCR-style article with footnotes and a running head, a small TEI volume with a
persons list, and a windows-1251 register page.  Its people are invented.
"""

from __future__ import annotations

import os
from importlib import resources
from typing import Any

from narkomindel.catalogue import list_sources
from narkomindel.ingest import ingest

__all__ = ["run_demo", "demo_files"]


def demo_files() -> list[str]:
    """Paths of the packaged sample files."""
    folder = resources.files("narkomindel").joinpath("demo_data")
    return sorted(
        str(folder.joinpath(entry.name))
        for entry in folder.iterdir()
        if not entry.name.startswith("_")
    )


def run_demo(db: str | os.PathLike[str]) -> dict[str, Any]:
    """Ingest the sample into ``db``; return the ingest counts, failures and the sources."""
    report = ingest(demo_files(), db)
    return {
        "db": str(db),
        "counts": report.counts,
        "failures": [r.error for r in report.failed],
        "sources": list_sources(db),
    }
