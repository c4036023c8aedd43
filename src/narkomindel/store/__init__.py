"""Stage 4, **store**: the SQLite database — schema by migrations, and every SQL statement.

:class:`Store` is the database file (sources, their text, segments and
annotations; extractions). The modules beside it hold the rest of the SQL, by
subject: :mod:`~narkomindel.store.entities` (persons and registry links as
resolution made them), :mod:`~narkomindel.store.curation` (the append-only
log), :mod:`~narkomindel.store.derived` (the register's derived tables),
:mod:`~narkomindel.store.search` (the full-text index),
:mod:`~narkomindel.store.people` and :mod:`~narkomindel.store.events` (the
queries' reads), :mod:`~narkomindel.store.bulk` (the exports' reads),
:mod:`~narkomindel.store.ids` (stable ids).
"""

from narkomindel.store.database import Store, StoredSource, source_id_for

__all__ = ["Store", "StoredSource", "source_id_for"]
