"""The read side: persons, cards, posts, the chronology, search, sources, the review
queue — typed results (:mod:`narkomindel.query.results`), never writing.

Every function takes a :class:`~narkomindel.store.Store` and reads one consistent
snapshot of it.
"""

from narkomindel.query.events import events
from narkomindel.query.persons import person, persons
from narkomindel.query.posts import posts
from narkomindel.query.review import persons_with_mentions, review_queue
from narkomindel.query.search import search
from narkomindel.query.sources import describe_source, list_sources

__all__ = [
    "persons",
    "person",
    "posts",
    "events",
    "search",
    "list_sources",
    "describe_source",
    "review_queue",
    "persons_with_mentions",
]
