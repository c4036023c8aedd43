"""Name keys for resolution (``resolve.keys.v1``).

The tables and keys live in :mod:`narkomindel.translit` (the bottom layer, so
extraction can use them too); this module is where the resolve stage takes
them from.
"""

from narkomindel.translit import (
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
