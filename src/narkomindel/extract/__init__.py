"""Stage 2, **extract**: mentions, claims and events from a read Document.

Public entry point: :func:`extract_document`.  Everything found keeps its span
in the normalised text, the extractor's versioned name and a confidence. The
extractors are registered plug-ins (:mod:`narkomindel.extract.plugins`); the
built-ins below register like any other.
"""

from __future__ import annotations

from narkomindel.config import load_settings
from narkomindel.errors import ConfigError
from narkomindel.extract import statistics, tables  # noqa: F401  (register themselves)
from narkomindel.extract.attributes import EXTRACTOR as ATTRIBUTES
from narkomindel.extract.attributes import find_attributes
from narkomindel.extract.claims import EXTRACTORS as CLAIMS
from narkomindel.extract.claims import find_claims
from narkomindel.extract.dates import EXTRACTOR as DATES
from narkomindel.extract.dates import date_mentions, find_dates
from narkomindel.extract.entities import EXTRACTOR as ENTITIES
from narkomindel.extract.entities import find_entities
from narkomindel.extract.events import EXTRACTOR as EVENTS
from narkomindel.extract.events import find_events
from narkomindel.extract.infobox import infobox_persons
from narkomindel.extract.name_echoes import echo_persons
from narkomindel.extract.names import EXTRACTOR as NAMES
from narkomindel.extract.names import find_persons
from narkomindel.extract.plugins import (
    ExtractorSpec,
    Findings,
    extraction_version,
    extractors,
    register_extractor,
)
from narkomindel.extract.post_model import EXTRACTOR as POST_MODEL
from narkomindel.extract.post_model import model_posts
from narkomindel.extract.records import EXTRACTOR as RECORDS
from narkomindel.extract.records import record_extraction
from narkomindel.extract.ru import is_russian_prose
from narkomindel.extract.ru.register import RU_EXTRACTORS
from narkomindel.extract.spans import starting_outside
from narkomindel.model import Document, Extraction

__all__ = [
    "extract_document",
    "EXTRACTION_VERSION",
    "ExtractorSpec",
    "Findings",
    "register_extractor",
    "extractors",
]


def _records(doc: Document, found: Findings) -> None:
    mentions, claims = record_extraction(doc)
    found.mentions += mentions
    found.claims += claims


def _prose(doc: Document) -> bool:
    """Prose rules read every document but registry pages (their records have a grammar
    of their own, read by the records extractor)."""
    return doc.meta.kind != "registry" and doc.meta.language != "ru"


def _not_russian_prose(doc: Document) -> bool:
    """The English rules of dates, claims and events do not read Russian prose
    (the extractors of :mod:`narkomindel.extract.ru` do)."""
    return not is_russian_prose(doc)


def _names(doc: Document, found: Findings) -> None:
    found.mentions += starting_outside(find_persons(doc), found.mentions)
    found.mentions += infobox_persons(doc.text, found.mentions)
    found.mentions += echo_persons(doc.text, found.mentions)


def _entities(doc: Document, found: Findings) -> None:
    found.mentions += find_entities(doc)


def _dates(doc: Document, found: Findings) -> None:
    found.dates = find_dates(doc.text, language=doc.meta.language)
    found.mentions += date_mentions(found.dates, DATES)


def _claims(doc: Document, found: Findings) -> None:
    found.claims += find_claims(doc, found.mentions, found.dates)


def _english_prose(doc: Document) -> bool:
    return _prose(doc) and _not_russian_prose(doc)


def _post_model(doc: Document, found: Findings) -> None:
    found.claims += model_posts(doc, found.mentions, found.claims)


def _post_model_on() -> bool:
    """The setting ``post_model`` (off by default; a configuration that cannot be read
    leaves it off here and is reported where the settings are read for the command)."""
    try:
        return load_settings().post_model
    except ConfigError:
        return False


def _attributes(doc: Document, found: Findings) -> None:
    found.claims += find_attributes(doc, found.mentions)


def _events(doc: Document, found: Findings) -> None:
    found.events += find_events(doc, found.mentions, found.dates)


for _spec in (
    ExtractorSpec(RECORDS, 10, _records, description="registry records and persons lists"),
    ExtractorSpec(NAMES, 20, _names, _prose, "person names and cited authors in prose"),
    ExtractorSpec(ENTITIES, 30, _entities, description="organisations and places"),
    ExtractorSpec(DATES, 40, _dates, _not_russian_prose, "dates as EDTF"),
    ExtractorSpec(CLAIMS, 50, _claims, _not_russian_prose, "posts and fates, in one pass"),
    ExtractorSpec(ATTRIBUTES, 60, _attributes, _not_russian_prose, "birth, party, nationality ..."),
    ExtractorSpec(
        EVENTS, 70, _events, _not_russian_prose, "treaties, conferences, recognitions ..."
    ),
    *RU_EXTRACTORS,
):
    register_extractor(_spec)
if _post_model_on():  # registered only when on: off, the extraction version is unchanged
    register_extractor(
        ExtractorSpec(POST_MODEL, 55, _post_model, _english_prose, "posts of a trained model")
    )

#: the version of the whole extraction: a stored extraction of another is redone
EXTRACTION_VERSION = extraction_version()


def extract_document(doc: Document) -> Extraction:
    """Find mentions (persons, cited authors, organisations, places, dates), claims
    (posts, fates, attributes, memberships) and events in one document, running every
    registered extractor that applies to it."""
    found = Findings()
    for spec in extractors():
        if spec.applies(doc):
            spec.run(doc, found)
    return Extraction(found.mentions, found.claims, found.events)
