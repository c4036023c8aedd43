"""Stage 3, **resolve**: one entity per person across spellings, scripts and documents.

This release holds the name keys (:mod:`narkomindel.resolve.keys`) the
clustering and registry linking are built on.
"""

from narkomindel.resolve.keys import (
    SCHEMES,
    given_names_agree,
    initials_of,
    name_key,
    romanize,
    surname_keys_match,
    to_cyrillic_candidates,
)

__all__ = [
    "SCHEMES",
    "given_names_agree",
    "initials_of",
    "name_key",
    "romanize",
    "surname_keys_match",
    "to_cyrillic_candidates",
]
