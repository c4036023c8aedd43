"""A largest one-to-one matching of found claims to reference entries.

Scoring walks the found claims in text order; taking, for each, the first reference
entry it fits (greedy) can give an entry to a claim that had another one free and so
leave a later claim, which fits only that entry, counted false. :func:`best_matching`
finds a matching of the largest size instead (augmenting paths, Kuhn's algorithm —
claims and entries per file are tens, so the quadratic bound does not matter), while
each claim still takes a free candidate in the order given (best fit first) and moves
another claim only when it must, so that where several matchings are as large the
preferred entries are kept.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["best_matching"]


def best_matching(candidates: Sequence[Sequence[int]]) -> dict[int, int]:
    """Claim index → reference index, of the largest size: ``candidates[c]`` lists the
    reference entries claim ``c`` fits, best first. Each entry goes to one claim."""
    owner: dict[int, int] = {}  # reference entry → claim

    def place(claim: int, seen: set[int]) -> bool:
        # a free entry first (best first): a claim moves another only when it must
        for entry in candidates[claim]:
            if entry not in owner:
                owner[entry] = claim
                return True
        for entry in candidates[claim]:
            if entry in seen:
                continue
            seen.add(entry)
            if place(owner[entry], seen):
                owner[entry] = claim
                return True
        return False

    for claim in range(len(candidates)):
        if candidates[claim]:
            place(claim, set())
    return {claim: entry for entry, claim in owner.items()}
