"""No lost update between two curators: a decision on a person is taken only if the
person is still as the curator saw them (:func:`narkomindel.store.views.person_state`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from narkomindel.errors import ConflictError
from narkomindel.store import views
from narkomindel.store.database import Store

__all__ = ["guarded", "person_state"]


def person_state(store: Store, key: str) -> str | None:
    """The digest of a person as a curator sees them (None: no such person)."""
    with store.reading():
        return views.person_state(store, key)


@contextmanager
def guarded(store: Store, seen: dict[str, str | None]) -> Iterator[None]:
    """One write transaction that first checks every person (key → the state the curator
    saw); if another curator changed one meanwhile, nothing is done (:class:`ConflictError`)."""
    with store.transaction():
        for key, expected in seen.items():
            if expected is None:
                continue
            now = views.person_state(store, key)
            if now != expected:
                raise ConflictError(
                    f"{key} was changed by someone else since you opened the page"
                    if now is not None
                    else f"{key} no longer exists (merged or split by someone else)",
                    where=key,
                )
        yield
