"""Importing a CSV table edited in a spreadsheet as curation actions.

A table exported with ``narkomindel export --format csv`` comes back with edits:

* ``persons.csv``: a changed ``name`` renames the person; an id in ``merge_into``
  makes the row's person one with that person;
* ``factoids.csv``: ``status`` set to ``rejected`` (or ``accepted``, or back to
  ``extracted``) judges the factoid;
* ``links.csv``: ``status`` set to ``applied`` or ``rejected`` accepts or rejects
  the registry link.

Other columns are read only to find the row. Every row is checked first; if any
is invalid, nothing is applied and every problem is reported with its row
number. Otherwise each edit becomes an entry in the append-only curation log
(who, when, why = the file and row) and the register is resolved again, so the
edits are replayed after every later re-ingest like any other decision.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from narkomindel.cells import unguard_formula
from narkomindel.errors import ImportRowError, NotFoundError
from narkomindel.pipeline.curation import FACTOID_STATUSES
from narkomindel.pipeline.resolving import resolve_people
from narkomindel.resolve.curation import merge_target
from narkomindel.store import curation, entities, people
from narkomindel.store.database import Store

__all__ = ["import_curated", "ImportReport"]


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    renamed: int = 0
    merged: int = 0
    factoids: int = 0
    links: int = 0
    unchanged: int = 0
    actions: list[dict[str, Any]] = field(default_factory=list)


def _kind(header: list[str]) -> str | None:
    cols = set(header)
    if {"id", "name", "variants"} <= cols:
        return "persons"
    if {"id", "subject", "status", "quote"} <= cols:
        return "factoids"
    if {"person", "record_name", "status"} <= cols:
        return "links"
    return None


def import_curated(
    store: Store,
    path: str | os.PathLike[str],
    *,
    who: str = "curator",
    dry_run: bool = False,
) -> ImportReport:
    """Apply the edits of one exported CSV table (see the module's description)."""
    file = Path(path)
    if not file.is_file():
        raise NotFoundError(
            f"no file {file}", hint="give a CSV file written by `export --format csv`"
        )
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRowError(
            [
                f"the file is not UTF-8 (byte {exc.start}); save it as 'CSV UTF-8' in the"
                " spreadsheet, or export the table again"
            ],
            where=str(file),
        ) from None
    # spreadsheets in some locales save with semicolons or tabs
    first = text.splitlines()[0] if text else ""
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = list(reader.fieldnames or [])
        rows = [{k: unguard_formula(v) if isinstance(v, str) else v for k, v in row.items()}
                for row in reader]  # fmt: skip
    except csv.Error as exc:
        raise ImportRowError(
            [f"row {reader.line_num}: {exc} (a cell over {csv.field_size_limit():,} characters,"
             " or a broken quote)"],
            where=str(file),
        ) from None  # fmt: skip
    kind = _kind(header)
    if kind is None:
        raise ImportRowError(
            [
                f"the header ({', '.join(header[:8])}) is not that of persons.csv, factoids.csv or links.csv"
            ],
            where=str(file),
        )
    report = ImportReport(kind, rows=len(rows))
    problems: list[str] = []
    check = {"persons": _persons, "factoids": _factoids, "links": _links}[kind]
    actions = check(store, rows, problems, report)
    if problems:
        raise ImportRowError(problems, where=str(file))
    report.actions = actions
    if dry_run or not actions:
        return report
    with store.transaction():
        for a in actions:
            why = f"imported from {file.name}, row {a['row']}"
            curation.append_curation(store, a["action"], a["target"], who, why, a.get("value"))
    resolve_people(store)
    return report


def _persons(
    store: Store, rows: list[dict[str, str]], problems: list[str], report: ImportReport
) -> list[dict[str, Any]]:
    current = people.summary_names(store)
    actions: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for n, row in enumerate(rows, start=2):  # row 1 is the header
        pid = (row.get("id") or "").strip()
        name = (row.get("name") or "").strip()
        into = (row.get("merge_into") or "").strip()
        if pid not in current:
            problems.append(
                f"row {n}: no person {pid!r} (ids come from the export; export again if the register changed)"
            )
            continue
        if pid in seen:
            problems.append(f"row {n}: person {pid!r} is on row {seen[pid]} already")
            continue
        seen[pid] = n
        if not name:
            problems.append(f"row {n}: the name is empty (write the name, or leave it as exported)")
            continue
        renamed = name != current[pid]
        if into:
            if into == pid:
                problems.append(f"row {n}: merge_into is the row's own id")
                continue
            if into not in current:
                problems.append(f"row {n}: merge_into {into!r} is no person's id")
                continue
            if renamed:
                problems.append(
                    f"row {n}: a renamed person cannot be merged away on the same row;"
                    f" rename {into!r} instead"
                )
                continue
            actions.append({"row": n, "action": "merge", "target": merge_target(into, pid)})
            report.merged += 1
        elif renamed:
            actions.append({"row": n, "action": "rename", "target": pid, "value": name})
            report.renamed += 1
        else:
            report.unchanged += 1
    return actions


def _status_edits(
    rows: list[dict[str, str]],
    current: dict[str, str],
    what: str,
    action_of: dict[str, tuple[str, str | None]],
    problems: list[str],
) -> tuple[list[dict[str, Any]], int]:
    """Rows whose ``status`` changed, as curation actions; ``action_of`` maps an allowed
    status to (action, value). Returns the actions and how many rows stayed as they were."""
    actions: list[dict[str, Any]] = []
    unchanged = 0
    for n, row in enumerate(rows, start=2):  # row 1 is the header
        ref = (row.get("id") or "").strip()
        status = (row.get("status") or "").strip().lower()
        if ref not in current:
            problems.append(f"row {n}: no {what} {ref!r} (export again if the register changed)")
        elif status == current[ref]:
            unchanged += 1
        elif status not in action_of:
            problems.append(f"row {n}: status {status!r}: write one of {', '.join(action_of)}")
        else:
            action, value = action_of[status]
            actions.append({"row": n, "action": action, "target": ref, "value": value})
    return actions, unchanged


def _factoids(
    store: Store, rows: list[dict[str, str]], problems: list[str], report: ImportReport
) -> list[dict[str, Any]]:
    wanted = {(r.get("id") or "").strip() for r in rows}
    current = entities.factoid_statuses(store, wanted)
    for n, row in enumerate(rows, start=2):
        fid = (row.get("id") or "").strip()
        if ".p" in fid:  # a participation drawn from an event: not a stored factoid
            if (row.get("status") or "").strip().lower() != "extracted":
                problems.append(
                    f"row {n}: {fid} is a participation drawn from an event; it cannot be judged here"
                )
            current[fid] = "extracted"
    actions, report.unchanged = _status_edits(
        rows, current, "factoid", {s: ("factoid", s) for s in FACTOID_STATUSES}, problems
    )
    report.factoids = len(actions)
    return actions


def _links(
    store: Store, rows: list[dict[str, str]], problems: list[str], report: ImportReport
) -> list[dict[str, Any]]:
    current = entities.link_statuses(store)
    actions, report.unchanged = _status_edits(
        rows, current, "link", {"applied": ("accept", None), "rejected": ("reject", None)}, problems
    )
    report.links = len(actions)
    return actions
