"""The portfolios of people's commissars in one vocabulary for both languages: "нарком
внешней торговли" and "Commissar of Foreign Trade" hold Foreign Trade (``portfolios.tsv``)."""

from __future__ import annotations

import re
from functools import cache

from narkomindel.gazetteer import table

__all__ = ["portfolio", "portfolio_span", "COMMISSAR_ROLES"]

#: the roles whose complement is a portfolio
COMMISSAR_ROLES = frozenset({"people's commissar", "deputy commissar"})


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(row[0], re.I), row[1]) for row in table("portfolios.tsv"))


def portfolio(text: str | None) -> str | None:
    """The portfolio named in ``text`` (what follows a commissar's office, or a
    department as extracted), or None."""
    if not text:
        return None
    return next((name for pattern, name in _patterns() if pattern.search(text)), None)


def portfolio_span(text: str) -> tuple[str, int, int] | None:
    """The portfolio named in ``text`` with where its words are: (name, start, end)."""
    for pattern, name in _patterns():
        if m := pattern.search(text):
            return name, m.start(), m.end()
    return None
