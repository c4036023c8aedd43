"""Charts as self-contained SVG strings (no plotting library, no fonts to fetch):
fate shares with their intervals, Kaplan–Meier curves, cumulative incidence, and the
recognition timeline. Each returns a string a web page or the report embeds as is."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from narkomindel.analyse.fates import FateTable
from narkomindel.analyse.numbers import edtf_year
from narkomindel.analyse.recognition import StateChronology
from narkomindel.analyse.survival import CumulativeIncidence, KaplanMeier

__all__ = ["fate_bars", "km_curves", "incidence_curves", "timeline"]

PALETTE = ("#1f5f8b", "#b5452d", "#4b8b3b", "#8b6d1f", "#6b3b8b", "#3b8b86", "#777777")
_FONT = 'font-family="sans-serif" font-size="11"'


def _svg(width: int, height: int, body: str, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>{body}</svg>"
    )


def fate_bars(table: FateTable, width: int = 560) -> str:
    """Each class's share as a bar with its Wilson 95% interval as a whisker."""
    rows = [r for r in table.rows]
    h = 24 * len(rows) + 40
    x0, span = 170, width - 230
    parts = [f'<text x="4" y="14" {_FONT}>{escape(table.population)}: N = {table.N}</text>']
    for i, r in enumerate(rows):
        y = 28 + 24 * i
        parts.append(f'<text x="4" y="{y + 12}" {_FONT}>{escape(r.fate_class)}</text>')
        if r.share is not None:
            w = span * r.share
            parts.append(
                f'<rect x="{x0}" y="{y}" width="{w:.1f}" height="16" fill="{PALETTE[i % 7]}"/>'
            )
            if r.ci_low is not None and r.ci_high is not None:
                a, b = x0 + span * r.ci_low, x0 + span * r.ci_high
                parts.append(
                    f'<line x1="{a:.1f}" y1="{y + 8}" x2="{b:.1f}" y2="{y + 8}" stroke="#000"/>'
                )
            parts.append(
                f'<text x="{x0 + span + 6}" y="{y + 12}" {_FONT}>{100 * r.share:.0f}% ({r.n}/{r.N})</text>'
            )
    return _svg(width, h, "".join(parts), f"fate classes of the {table.population}")


def _axes(w: int, h: int, xmax: float, label: str) -> list[str]:
    parts = [f'<line x1="40" y1="{h - 30}" x2="{w - 10}" y2="{h - 30}" stroke="#000"/>',
             f'<line x1="40" y1="10" x2="40" y2="{h - 30}" stroke="#000"/>']  # fmt: skip
    for k in range(0, 11, 2):
        y = 10 + (h - 40) * (1 - k / 10)
        parts.append(f'<text x="4" y="{y + 4:.1f}" {_FONT}>{k / 10:.1f}</text>')
    step = max(1, round(xmax / 10)) if xmax else 1
    t = 0
    while t <= xmax:
        x = 40 + (w - 50) * (t / xmax if xmax else 0)
        parts.append(f'<text x="{x - 3:.1f}" y="{h - 16}" {_FONT}>{t}</text>')
        t += step
    parts.append(f'<text x="{w / 2 - 40:.0f}" y="{h - 2}" {_FONT}>{escape(label)}</text>')
    return parts


def _steps(points: Sequence[tuple[float, float]], xmax: float, w: int, h: int) -> str:
    def xy(t: float, s: float) -> str:
        x = 40 + (w - 50) * (t / xmax if xmax else 0)
        y = 10 + (h - 40) * (1 - s)
        return f"{x:.1f},{y:.1f}"

    path = [xy(0, points[0][1] if points and points[0][0] == 0 else 1.0)] if points else []
    last = points[0][1] if points and points[0][0] == 0 else 1.0
    for t, s in points:
        path.append(xy(t, last))
        path.append(xy(t, s))
        last = s
    path.append(xy(xmax, last))
    return " ".join(path)


def km_curves(
    curves: Sequence[KaplanMeier], horizon: float, width: int = 560, height: int = 300
) -> str:
    """Step curves of remaining free and alive, one per group, with a legend."""
    parts = _axes(width, height, horizon, "years from the start")
    for i, km in enumerate(curves):
        pts = [(s.time, s.survival) for s in km.steps]
        parts.append(
            f'<polyline fill="none" stroke="{PALETTE[i % 7]}" stroke-width="2" points="{_steps(pts, horizon, width, height)}"/>'
        )
        parts.append(
            f'<text x="{width - 200}" y="{20 + 14 * i}" fill="{PALETTE[i % 7]}" {_FONT}>'
            f"{escape(str(km.group or 'all'))} (n={km.n}, events={km.events})</text>"
        )
    return _svg(width, height, "".join(parts), "Kaplan–Meier: remaining free and alive")


def incidence_curves(
    cif: CumulativeIncidence, horizon: float, width: int = 560, height: int = 300
) -> str:
    """Cumulative incidence of each competing outcome (Aalen–Johansen)."""
    parts = _axes(width, height, horizon, "years from the start")
    for i, k in enumerate(cif.outcomes):
        pts = [(p.time, p.incidence[k]) for p in cif.points]
        path = _steps([(t, v) for t, v in pts], horizon, width, height) if pts else ""
        path = path.replace(f"{40:.1f},{10:.1f}", f"{40:.1f},{10 + height - 40:.1f}", 1)
        parts.append(
            f'<polyline fill="none" stroke="{PALETTE[i % 7]}" stroke-width="2" points="{path}"/>'
        )
        parts.append(
            f'<text x="{width - 200}" y="{20 + 14 * i}" fill="{PALETTE[i % 7]}" {_FONT}>'
            f"{escape(k)}: {cif.final.get(k, 0):.2f}</text>"
        )
    return _svg(width, height, "".join(parts), "cumulative incidence of competing outcomes")


_MARK = {"trade agreement": "#4b8b3b", "de facto recognition": "#1f5f8b",
         "de jure recognition": "#0b2f5b", "recognition": "#5f8fbf", "treaty": "#8b6d1f",
         "rupture": "#b5452d", "expulsion": "#d08060", "restoration": "#3b8b86"}  # fmt: skip


def timeline(
    states: Sequence[StateChronology], first: int = 1917, last: int = 1945, width: int = 720
) -> str:
    """One row per state: its milestones as marks on a time axis; a rupture with no
    restoration in the register is drawn as a dashed gap to the end of the axis. The
    axis runs from ``first`` to ``last``, or further to take in every dated milestone
    (one the register dates 1906 is drawn at 1906, not off the chart)."""
    years = [y for st in states for m in st.milestones if (y := edtf_year(m.date)) is not None]
    first, last = min([first, *years]), max([last, *years])
    x0, span = 140, width - 160
    h = 40 + 22 * len(states) + 30

    def x(year: float) -> float:
        return x0 + span * (year - first) / max(1, last - first)

    parts = []
    for yr in range(first, last + 1, 4):
        parts.append(f'<text x="{x(yr) - 12:.1f}" y="{h - 8}" {_FONT}>{yr}</text>')
        parts.append(
            f'<line x1="{x(yr):.1f}" y1="20" x2="{x(yr):.1f}" y2="{h - 22}" stroke="#ddd"/>'
        )
    for i, st in enumerate(states):
        y = 40 + 22 * i
        parts.append(f'<text x="4" y="{y + 4}" {_FONT}>{escape(st.state)}</text>')
        open_from: float | None = None
        for m in st.milestones:
            year = edtf_year(m.date)
            if year is None:
                continue
            colour = _MARK.get(m.kind, "#777")
            parts.append(
                f'<circle cx="{x(year + 0.5):.1f}" cy="{y}" r="5" fill="{colour}">'
                f"<title>{escape(f'{m.date} {m.kind}: {m.name}')}</title></circle>"
            )
            if m.kind == "rupture":
                open_from = year + 0.5
            elif m.kind in ("restoration", "de jure recognition"):
                open_from = None
        if open_from is not None:
            parts.append(
                f'<line x1="{x(open_from):.1f}" y1="{y}" x2="{x(last + 1):.1f}" y2="{y}" '
                'stroke="#b5452d" stroke-dasharray="4 3"><title>no restoration in the register</title></line>'
            )
    for j, (kind, colour) in enumerate(_MARK.items()):
        parts.append(
            f'<text x="{4 + 88 * j}" y="12" fill="{colour}" {_FONT}>● {escape(kind)}</text>'
        )
    return _svg(width, h, "".join(parts), "recognition chronology")
