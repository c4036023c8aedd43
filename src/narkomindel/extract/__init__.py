"""Stage 2, **extract**: mentions, claims and events from a read Document.

Public entry point: :func:`extract_document`.  Everything found keeps its span
in the normalised text, the extractor's versioned name and a confidence.
"""

from __future__ import annotations

from narkomindel.extract.attributes import find_attributes
from narkomindel.extract.claims import find_claims
from narkomindel.extract.dates import find_dates
from narkomindel.extract.entities import find_entities
from narkomindel.extract.events import find_events
from narkomindel.extract.names import find_persons
from narkomindel.extract.records import record_extraction
from narkomindel.model import Document, Extraction, Mention

__all__ = ["extract_document", "EXTRACTION_VERSION"]

#: bump when any extractor changes its output, so stored extractions are redone
EXTRACTION_VERSION = "extract.v11"


def extract_document(doc: Document) -> Extraction:
    """Find mentions (persons, cited authors, organisations, places, dates), claims
    (posts, fates, attributes, memberships) and events in one document."""
    record_mentions, record_claims = record_extraction(doc)
    covered = [(m.start, m.end) for m in record_mentions]
    persons = [] if doc.reader.startswith("reader.memorial") else find_persons(doc)
    persons = [p for p in persons if not any(s <= p.start < e for s, e in covered)]
    mentions: list[Mention] = list(record_mentions) + persons
    entities = find_entities(doc)
    mentions += entities
    dates = find_dates(doc.text, language=doc.meta.language)
    mentions += [
        Mention(
            d.start,
            d.end,
            d.text,
            "date",
            "extract.dates.v1",
            0.9,
            {"edtf": d.edtf, "calendar": d.calendar, "relative": d.relative},
        )
        for d in dates
    ]
    # claims refer to mentions by index: compute them on the final list
    claims = (
        list(record_claims) + find_claims(doc, mentions, dates) + find_attributes(doc, mentions)
    )
    events = find_events(doc, mentions, dates)
    return Extraction(mentions, claims, events)
