"""The end of a post told by a verb of staying after it (``extract.ru.tenure``).

"В 1925 г. назначен полпредом в X, где проработал до 1927 г.", "… и оставался на
этом посту до 1927 года", "… На этом посту он пробыл до 1927 г.": the post stated
with its start ends at the date after "до" that a verb of staying in office governs,
in the post's sentence after it, or in the next sentence when that one opens by
naming the post it continues ("На этом посту …", "В этой должности …").
"""

from __future__ import annotations

import re

from narkomindel.extract.dates import DateMatch

__all__ = ["stayed_until"]

#: a verb of staying in office (past, either gender) before "до" and its date
_STAYED = re.compile(
    r"(?<![\w-])(?:оставал(?:ся|ась)|пробыл[аи]?|проработал[аи]?|работал[аи]?|находил(?:ся|ась)"
    r"|состоял[аи]?)(?![\w-])[^.;:!?\d]{0,40}?\s(?:вплоть\s+)?$",
    re.I,
)
#: a sentence continuing the post of the one before
_SAME_POST = re.compile(
    r"\s*(?:[Нн]а\s+(?:этом|том|своём|своем|новом)\s+(?:посту|месте)|[Вв]\s+(?:этой|той|новой)\s+"
    r"должности|[Тт]ам)(?![\w-])"
)


def stayed_until(
    text: str, dates: list[DateMatch], sentences: list[tuple[int, int]], claim_end: int,
    start: str,
) -> str | None:  # fmt: skip
    """The end ("до Y" after a verb of staying) of a post that starts at ``start`` and
    whose words (and own date) end at ``claim_end``: the first date after them in the sentence,
    or the first of the next sentence that continues it; None when the text states none."""
    e = next((b for a, b in sentences if a <= claim_end < b), claim_end)
    ranges = [(claim_end, e)]
    nxt = next(((a, b) for a, b in sentences if a >= e), None)
    if nxt is not None and _SAME_POST.match(text, nxt[0]):
        ranges.append(nxt)
    for lo, hi in ranges:
        d = next((d for d in dates if lo <= d.start and d.end <= hi), None)
        if d is None:
            continue
        if not d.edtf.startswith("../") or text[d.start : d.start + 2].lower() != "до":
            return None  # another date first: another claim's
        until = d.edtf[3:]
        if until > start and _STAYED.search(text, max(lo, d.start - 70), d.start):
            return until
        return None
    return None
