"""The Russian extractors as :class:`~narkomindel.extract.plugins.ExtractorSpec` s.

They run where their English counterparts would (names at 20, dates at 40,
claims at 50, events at 70) but only on Russian prose (:func:`is_russian_prose`).
"""

from __future__ import annotations

from functools import lru_cache

from narkomindel.extract.dates import date_mentions
from narkomindel.extract.plugins import ExtractorSpec, Findings
from narkomindel.extract.ru import is_russian_prose
from narkomindel.extract.ru.context import Context
from narkomindel.extract.ru.dates import EXTRACTOR as DATES_RU
from narkomindel.extract.ru.dates import find_dates_ru
from narkomindel.extract.ru.events import EXTRACTOR as EVENTS_RU
from narkomindel.extract.ru.events import find_events_ru
from narkomindel.extract.ru.fates import EXTRACTOR as FATES_RU
from narkomindel.extract.ru.fates import find_fates_ru
from narkomindel.extract.ru.names import EXTRACTOR as NAMES_RU
from narkomindel.extract.ru.names import find_persons_ru
from narkomindel.extract.ru.posts import EXTRACTOR as POSTS_RU
from narkomindel.extract.ru.posts import find_posts_ru
from narkomindel.extract.ru.sentences import sentence_spans_ru
from narkomindel.extract.spans import starting_outside
from narkomindel.model import Document

__all__ = ["RU_EXTRACTORS"]


@lru_cache(maxsize=4)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of a document, found once for all the Russian extractors."""
    return tuple(sentence_spans_ru(text))


def _names(doc: Document, found: Findings) -> None:
    persons = find_persons_ru(doc, list(_sentences(doc.text)))
    found.mentions += starting_outside(persons, found.mentions)


def _dates(doc: Document, found: Findings) -> None:
    found.dates = find_dates_ru(doc.text)
    found.mentions += date_mentions(found.dates, DATES_RU)


def _context(doc: Document, found: Findings) -> Context:
    return Context(doc.text, list(_sentences(doc.text)), found.mentions, found.dates)


def _posts(doc: Document, found: Findings) -> None:
    found.claims += find_posts_ru(doc.text, _context(doc, found))


def _fates(doc: Document, found: Findings) -> None:
    found.claims += find_fates_ru(doc.text, _context(doc, found))


def _events(doc: Document, found: Findings) -> None:
    found.events += find_events_ru(doc.text, _context(doc, found))


RU_EXTRACTORS = (
    ExtractorSpec(NAMES_RU, 21, _names, is_russian_prose, "person names in Russian prose"),
    ExtractorSpec(DATES_RU, 41, _dates, is_russian_prose, "dates in Russian prose, as EDTF"),
    ExtractorSpec(POSTS_RU, 51, _posts, is_russian_prose, "posts in Russian prose"),
    ExtractorSpec(FATES_RU, 52, _fates, is_russian_prose, "fates in Russian prose"),
    ExtractorSpec(EVENTS_RU, 71, _events, is_russian_prose, "events in Russian prose"),
)
