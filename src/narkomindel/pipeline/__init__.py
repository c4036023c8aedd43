"""The one place that composes the stages (read → extract → resolve → store): ingest,
extraction runs, the resolve run, curators' decisions, the CSV import of curation,
the demo, and bringing a database up to date. Every function takes a
:class:`~narkomindel.store.Store`; none prints.
"""

from narkomindel.pipeline.curated_import import ImportReport, import_curated
from narkomindel.pipeline.curation import decide, judge_factoid, merge, rename, split
from narkomindel.pipeline.demo import demo_files, run_demo
from narkomindel.pipeline.ingest import (
    ExtractResult,
    FileResult,
    IngestReport,
    extract_sources,
    ingest,
    iter_files,
)
from narkomindel.pipeline.resolving import ResolveReport, resolve_people, sync_search
from narkomindel.pipeline.upkeep import bring_up_to_date

__all__ = [
    "ingest",
    "extract_sources",
    "iter_files",
    "FileResult",
    "ExtractResult",
    "IngestReport",
    "resolve_people",
    "sync_search",
    "ResolveReport",
    "decide",
    "merge",
    "split",
    "rename",
    "judge_factoid",
    "import_curated",
    "ImportReport",
    "run_demo",
    "demo_files",
    "bring_up_to_date",
]
