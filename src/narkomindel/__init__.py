"""Narkomindel: turn sources about Soviet diplomacy (1917-1945) into a cited prosopography.

The pipeline (DESIGN §3): read → extract → resolve → store → analyse/export/serve.
Build a register with :func:`ingest`; read it in a notebook with :func:`open`
(persons, cards, factoids, events, sources, pandas DataFrames); the readers are
:func:`read_file` / :func:`read_bytes`, the database :class:`Store`. The layers
are drawn in ``docs/architecture.md``: the stages (``read``, ``extract``,
``resolve``, ``store``), ``pipeline`` (writes) and ``query`` (reads), then
``evaluate``, ``analyse``, ``export``, this API and the command line.
"""

from __future__ import annotations

from narkomindel.api import (
    Event,
    Factoid,
    Person,
    PersonCard,
    Prosopography,
    Source,
    ingest,
)
from narkomindel.api import open_register as open  # noqa: A001 - narkomindel.open(path)
from narkomindel.model import Annotation, Document, DocumentMeta, Segment
from narkomindel.pipeline import IngestReport
from narkomindel.read import read_bytes, read_file
from narkomindel.store.database import Store
from narkomindel.version import __version__

__all__ = [
    "__version__",
    "Annotation",
    "Document",
    "DocumentMeta",
    "Event",
    "Factoid",
    "IngestReport",
    "Person",
    "PersonCard",
    "Prosopography",
    "Segment",
    "Source",
    "Store",
    "ingest",
    "open",
    "read_bytes",
    "read_file",
]
