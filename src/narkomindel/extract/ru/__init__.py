"""Russian prose (issue 14): names, dates, posts, fates and events in Cyrillic text.

Each part is an extractor of its own, registered in :mod:`narkomindel.extract`
under a versioned name and run only on Russian documents that are not registry
pages (registry records keep their own grammar, :mod:`~narkomindel.extract.records`).
Output fields use the register's English vocabulary (role classes, fate
classes, countries in English), so one query covers both languages.
"""

from __future__ import annotations

from narkomindel.model import Document

__all__ = ["is_russian_prose"]


def is_russian_prose(doc: Document) -> bool:
    """A Russian document that is not a registry page."""
    return doc.meta.language == "ru" and doc.meta.kind != "registry"
