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
from narkomindel.register import persons
from narkomindel.resolution import resolve_people

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
    """Ingest the sample into ``db`` (reading and extraction), resolve persons and
    registry links; return the counts, failures, the sources and the Soviet diplomats
    found."""
    report = ingest(demo_files(), db)
    resolved = report.resolved or resolve_people(db)
    extracted = [r for r in report.extracted if not r.error]
    return {
        "db": str(db),
        "counts": report.counts,
        "extracted": {
            "mentions": sum(r.mentions for r in extracted),
            "claims": sum(r.claims for r in extracted),
            "events": sum(r.events for r in extracted),
        },
        "resolved": {
            "persons": resolved.persons,
            "links_applied": resolved.links_applied,
            "links_review": resolved.links_review,
            "conflicts": resolved.conflicts,
        },
        "failures": [r.error for r in report.failed]
        + [r.error for r in report.extracted if r.error],
        "sources": list_sources(db),
        "diplomats": persons(db, diplomats=True, kind="text"),
    }
