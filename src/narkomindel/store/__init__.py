"""Stage 4, **store**: the SQLite database (schema by migrations)."""

from narkomindel.store.sqlite import Store, StoredSource, source_id_for

__all__ = ["Store", "StoredSource", "source_id_for"]
