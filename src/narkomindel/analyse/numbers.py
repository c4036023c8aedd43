"""Shares with their honesty: n / N, a Wilson interval, and dates read from EDTF.

Small, exact helpers every analysis shares (no randomness, no fitting)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

__all__ = ["wilson", "Share", "share", "edtf_date", "edtf_year", "Z95"]

#: the normal quantile of a two-sided 95% interval
Z95 = 1.959963984540054


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval of a proportion k/n (None when n = 0). Unlike the
    normal approximation it stays inside [0, 1] and is honest for small n and for
    shares of 0 or 1."""
    if n <= 0:
        return None
    if not 0 <= k <= n:
        raise ValueError(f"k={k} is not between 0 and n={n}")
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class Share:
    """k of n, the share (None when n = 0) and its Wilson 95% interval."""

    k: int
    n: int
    share: float | None
    low: float | None
    high: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.k, "N": self.n, "share": self.share, "ci_low": self.low,
                "ci_high": self.high}  # fmt: skip

    def percent(self, digits: int = 0) -> str:
        """``"20% (4/20; 95% CI 8–42%)"``, or ``"– (0/0)"``."""
        if self.share is None or self.low is None or self.high is None:
            return f"– ({self.k}/{self.n})"
        f = f"{{:.{digits}f}}"
        return (
            f"{f.format(100 * self.share)}% ({self.k}/{self.n}; 95% CI "
            f"{f.format(100 * self.low)}–{f.format(100 * self.high)}%)"
        )


def share(k: int, n: int) -> Share:
    ci = wilson(k, n)
    return Share(k, n, k / n if n else None, ci[0] if ci else None, ci[1] if ci else None)


_EDTF = re.compile(r"^(\d{4})(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?")


@lru_cache(maxsize=65536)
def edtf_year(value: str | None) -> int | None:
    """The year an EDTF value starts in ("1937-11-05", "1937~", "1922-04-10/1922-05-19"),
    None for an unknown or open value ("..", "192X")."""
    m = _EDTF.match((value or "").strip())
    return int(m.group(1)) if m else None


@lru_cache(maxsize=65536)
def edtf_date(value: str | None) -> date | None:
    """A calendar date for an EDTF value: the day when given; a month alone counts as
    its 15th; a year alone as 1 July (the middle of the year, so that a year-only date
    is off by at most half a year either way). None when the year is unknown."""
    m = _EDTF.match((value or "").strip())
    if not m:
        return None
    year = int(m.group(1))
    month = m.group(2)
    day = m.group(3)
    if not month or month == "XX":
        return date(year, 7, 1)
    mo = min(max(int(month), 1), 12)
    if not day or day == "XX":
        return date(year, mo, 15)
    try:
        return date(year, mo, int(day))
    except ValueError:
        return date(year, mo, 15)
