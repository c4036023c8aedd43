"""``narkomindel demo``: ingest the built-in sample into a database and resolve it.

The sample (``narkomindel/demo_data``) was written by the project team: an
OCR-style article with footnotes and a running head, a small TEI volume with a
persons list, and a windows-1251 register page.  Its people are invented.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from narkomindel.pipeline.ingest import ingest
from narkomindel.pipeline.resolving import resolve_people
from narkomindel.store.database import Store

__all__ = ["run_demo", "demo_files"]


def demo_files() -> list[str]:
    """Paths of the packaged sample files."""
    folder = resources.files("narkomindel").joinpath("demo_data")
    return sorted(
        str(folder.joinpath(entry.name))
        for entry in folder.iterdir()
        if not entry.name.startswith("_")
    )


def run_demo(store: Store) -> dict[str, Any]:
    """Ingest the sample (reading and extraction), resolve persons and registry links;
    return the database, the counts and the failures."""
    report = ingest(store, demo_files())
    resolved = report.resolved or resolve_people(store)
    extracted = [r for r in report.extracted if not r.error]
    return {
        "db": store.path,
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
    }
