"""Narkomindel: turn sources about Soviet diplomacy (1917-1945) into a cited prosopography.

The pipeline (DESIGN §3): read → extract → resolve → store → analyse/export/serve.
This release implements *read*, *extract* and *store*: see :func:`read_file`,
:func:`narkomindel.extract.extract_document`, :func:`ingest` and :class:`Store`.
"""

from __future__ import annotations

__version__ = "0.2.0"

from narkomindel.ingest import IngestReport, ingest
from narkomindel.model import Annotation, Document, DocumentMeta, Segment
from narkomindel.read import read_bytes, read_file
from narkomindel.store.sqlite import Store

__all__ = [
    "__version__",
    "Annotation",
    "Document",
    "DocumentMeta",
    "IngestReport",
    "Segment",
    "Store",
    "ingest",
    "read_bytes",
    "read_file",
]
