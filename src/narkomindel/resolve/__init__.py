"""Stage 3, **resolve**: one entity per person across spellings, scripts and documents.

Entry points: :func:`cluster_persons` (persons from the person mentions of
every source) and :func:`link_records` (persons of the texts to registry
records). Name keys: :mod:`narkomindel.resolve.keys`. Curators' decisions
applied to persons: :mod:`narkomindel.resolve.curation`. Conclusions about a
person (Soviet official, elite, gravest fate): :mod:`narkomindel.resolve.standing`.
"""

from narkomindel.resolve import keys
from narkomindel.resolve.cluster import cluster_persons, person_mentions
from narkomindel.resolve.link import link_records

__all__ = ["cluster_persons", "keys", "link_records", "person_mentions"]
