"""How pages write things: EDTF dates in words, Old Style dates with their New Style
equivalent, addresses of pages, the career timeline and the network as SVG, and the
source text with its marks — every piece of stored text escaped."""

from __future__ import annotations

import functools
import math
import re
from datetime import date, timedelta
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

from narkomindel.query.results import Factoid

__all__ = [
    "edtf_words",
    "new_style",
    "person_url",
    "source_url",
    "passage_url",
    "timeline_svg",
    "network_svg",
    "source_html",
    "MONTHS",
]

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_ONE = re.compile(r"(\d{3}[\dX])(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)")
#: the Soviet change of calendar: 1 February 1918 (O.S.) was 14 February (N.S.)
CHANGE = date(1918, 2, 14)


def _one_date(text: str) -> str:
    m = _ONE.fullmatch(text)
    if not m:
        return text
    year, month, day, mark = m.groups()
    if year.endswith("X"):
        words = f"the {year[:3]}0s"
    elif month and day:
        words = f"{int(day)} {MONTHS[int(month) - 1]} {year}" if 1 <= int(month) <= 12 else text
    elif month:
        words = f"{MONTHS[int(month) - 1]} {year}" if 1 <= int(month) <= 12 else text
    else:
        words = year
    return {
        "~": f"about {words}", "?": f"{words} (uncertain)", "%": f"about {words} (uncertain)",
    }.get(mark, words)  # fmt: skip


def edtf_words(value: str | None) -> str:
    """An EDTF date in words: ``1936~`` → "about 1936", ``192X`` → "the 1920s",
    ``1922-04-10/1922-05-19`` → "10 April 1922 – 19 May 1922", ``../1946`` → "until 1946"."""
    if not value:
        return "date unknown"
    text = str(value).strip()
    if "/" in text:
        a, b = text.split("/", 1)
        if a in ("", ".."):
            return f"until {_one_date(b)}" if b not in ("", "..") else "date unknown"
        if b in ("", ".."):
            return f"from {_one_date(a)}"
        return f"{_one_date(a)} – {_one_date(b)}"
    if text == "..":
        return "date unknown"
    return _one_date(text)


def new_style(julian: str) -> str | None:
    """The New Style (Gregorian) day of an Old Style (Julian) ``YYYY-MM-DD`` before
    14 February 1918, in words; None when it is not such a day."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", julian or "")
    if not m:
        return None
    y, mo, dd = int(m.group(1)), int(m.group(2)), int(m.group(3))
    extra = 0
    if mo == 2 and dd == 29 and y % 4 == 0 and y % 100 == 0 and y % 400:
        dd, extra = 28, 1  # a Julian leap day the Gregorian calendar lacks
    try:
        d = date(y, mo, dd)
    except ValueError:
        return None
    # the Julian calendar falls behind by a day each century year not divisible by 400
    shift = d.year // 100 - d.year // 400 - 2
    if d.month <= 2 and d.year % 100 == 0 and d.year % 400:
        shift -= 1
    ns = d + timedelta(days=shift + extra)
    if ns >= CHANGE:
        return None
    return f"{ns.day} {MONTHS[ns.month - 1]} {ns.year}"


@functools.lru_cache(maxsize=65536)
def person_url(key: str) -> str:
    """A person's page (memoised: a mission's matrix names hundreds of persons, and
    quoting each key anew took a third of the page's time)."""
    return "/person/" + quote(key, safe="")


def source_url(source_id: str, **params: Any) -> str:
    args = {k: v for k, v in params.items() if v is not None}
    return "/source/" + quote(source_id, safe="") + (("?" + urlencode(args)) if args else "")


def passage_url(source_id: str, start: int, end: int) -> str:
    """The source viewer at a span: highlighted by the server, scrolled to by the page
    (``#char=start,end``, RFC 5147)."""
    return source_url(source_id, hl=f"{start},{end}") + f"#char={start},{end}"


def _year(value: str | None) -> int | None:
    text = str(value or "")
    return int(text[:4]) if text[:4].isdigit() else None


def timeline_svg(career: tuple[Factoid, ...], title: str) -> Markup:
    """The career as dated bars: a post with its dates as a solid bar over its years; a
    post known only from the date of the document naming it as a hollow, dashed mark."""
    rows = []
    for f in career:
        first, last = _year(f.start) or _year(f.end), _year(f.end) or _year(f.start)
        attested = first is None and _year(f.attested) is not None
        if attested:
            first = last = _year(f.attested)
        if first is None or last is None:
            continue
        rows.append((min(first, last), max(first, last), attested, f))
    if not rows:
        return Markup("")
    lo = min(r[0] for r in rows)
    hi = max(r[1] for r in rows) + 1
    lo, hi = lo - (lo % 5), hi + (-hi % 5)
    width, left, row_h = 720, 180, 22
    scale = (width - left - 20) / max(1, hi - lo)
    height = 30 + row_h * len(rows)
    out = [
        f'<svg class="timeline" role="img" aria-labelledby="tl-title" viewBox="0 0 {width} {height}"'
        f' width="100%" xmlns="http://www.w3.org/2000/svg"><title id="tl-title">{escape(title)}</title>'
    ]
    for year in range(lo, hi + 1, 5):
        x = left + (year - lo) * scale
        out.append(
            f'<line x1="{x:.1f}" y1="14" x2="{x:.1f}" y2="{height}" class="tick"/>'
            f'<text x="{x:.1f}" y="11" class="axis" text-anchor="middle">{year}</text>'
        )
    for i, (a, b, attested, f) in enumerate(rows):
        y = 20 + i * row_h
        x = left + (a - lo) * scale
        w = max(4.0, (b - a + 1) * scale)
        label = f.role or f.value or f.type
        where = f.country or f.department or f.organisation or ""
        text = f"{label}{', ' + where if where else ''}"
        out.append(
            f'<text x="{left - 6}" y="{y + 14}" class="label" text-anchor="end">{escape(text[:32])}</text>'
        )
        cls = "bar attested" if attested else "bar dated"
        tip = f"{text}: {edtf_words(f.start or f.attested)}" + (
            f" – {edtf_words(f.end)}" if f.end and not attested else ""
        )
        if attested:
            tip += " (known from the date of the document that names it)"
        out.append(
            f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" class="{cls}">'
            f"<title>{escape(tip)}</title></rect>"
        )
    out.append("</svg>")
    return Markup("".join(out))


def network_svg(nodes: tuple[dict[str, Any], ...], edges: tuple[dict[str, Any], ...]) -> Markup:
    """The network on a circle: missions and events inside, persons around; drawn on the
    server (the same data is in the table below it and in the GEXF/JSON exports)."""
    if not nodes:
        return Markup("")
    size = 760
    c = size / 2
    persons = [n for n in nodes if n["kind"] == "person"]
    others = [n for n in nodes if n["kind"] != "person"]
    pos: dict[str, tuple[float, float]] = {}
    for ring, group in ((c - 60, persons), (c / 2.4, others)):
        for i, n in enumerate(group):
            angle = 2 * math.pi * i / max(1, len(group))
            pos[n["id"]] = (c + ring * math.cos(angle), c + ring * math.sin(angle))
    out = [
        f'<svg class="network" role="group" aria-labelledby="nw-title" viewBox="0 0 {size} {size}"'
        ' width="100%" xmlns="http://www.w3.org/2000/svg"><title id="nw-title">'
        f"The network: {len(nodes)} nodes, {len(edges)} connections</title>"
    ]
    for e in edges:
        a, b = pos.get(e["source"]), pos.get(e["target"])
        if a and b:
            cls = "edge " + str(e["relation"]).replace(" ", "-")
            out.append(
                f'<line x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{b[0]:.1f}" y2="{b[1]:.1f}" class="{cls}"/>'
            )
    for n in nodes:
        x, y = pos[n["id"]]
        cls = f"node {n['kind']}" + (
            " fate-" + str(n["fate"]).replace(" ", "-") if n.get("fate") else ""
        )
        link = person_url(n["id"]) if n["kind"] == "person" else None
        title = f"<title>{escape(n['label'])}</title>"
        dot = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" class="{cls}"/>'
        out.append(
            f'<a href="{escape(link)}" aria-label="{escape(n["label"])}">{title}{dot}</a>'
            if link
            else f'<g role="img" aria-label="{escape(n["label"])}">{title}{dot}</g>'
        )
    out.append("</svg>")
    return Markup("".join(out))


#: mark ids a piece of text lists in ``data-marks`` (more: ``data-more`` says how many;
#: every claim keeps its anchor and its line in the list of claims)
MARKS_LISTED = 20


def source_html(view: Any, highlight: tuple[int, int] | None) -> Markup:
    """The blocks of a :class:`~narkomindel.query.source_view.SourceView` as HTML: each
    piece in a span carrying the classes of its marks; claims start with an anchor named
    by the factoid id; the highlighted span is wrapped in ``<mark>``. Marks stacked on
    one span (hundreds, in a synthetic register) are listed up to :data:`MARKS_LISTED`."""
    out: list[str] = []
    names_of: dict[tuple[str, ...], tuple[str, str]] = {}
    starts_of: dict[int, list[str]] = {}
    for k, v in view.marks.items():
        if v["kind"] == "claim":
            starts_of.setdefault(int(v["start"]), []).append(k)
    page = None
    for b in view.blocks:
        if b["page"] and b["page"] != page:
            page = b["page"]
            out.append(f'<p class="page-number" id="page-{escape(page)}">page {escape(page)}</p>')
        tag = {"heading": "h3", "footnote": "aside", "author_note": "aside", "note": "aside"}.get(
            b["kind"], "p"
        )
        label = ""
        if b["kind"] in ("footnote", "author_note") and b["label"]:
            label = f'<span class="note-label">note {escape(b["label"])}: </span>'
        out.append(
            f'<{tag} class="seg seg-{escape(b["kind"])}" id="seg-{b["seq"]}" data-start="{b["start"]}">{label}'
        )
        for p in b["pieces"]:
            marks = p["marks"]
            if marks not in names_of:  # many pieces share their marks: work them out once
                classes = set()
                for k in marks:
                    m = view.marks[k]
                    classes.add(f"{'m' if m['kind'] == 'mention' else 'c'}-{m['type']}")
                    if m["kind"] == "claim" and m.get("status") == "rejected":
                        classes.add("rejected")
                more = len(marks) - MARKS_LISTED
                names_of[marks] = (
                    escape(" ".join(sorted(classes))),
                    f'data-marks="{escape(" ".join(marks[:MARKS_LISTED]))}"'
                    + (f' data-more="{more}"' if more > 0 else ""),
                )
            hl = highlight is not None and highlight[0] <= p["start"] and p["end"] <= highlight[1]
            if highlight is not None and p["start"] < highlight[1] and p["end"] > highlight[0]:
                hl = True
            anchors = "".join(
                f'<a id="{escape(k)}" class="anchor"></a>' for k in starts_of.get(p["start"], [])
            )
            text = escape(p["text"])
            attrs = f' data-s="{p["start"]}" data-e="{p["end"]}"'
            names, ids = names_of[marks]
            if names:
                piece = f'<span class="{names}" {ids}{attrs}>{text}</span>'
            else:
                piece = f"<span{attrs}>{text}</span>"
            if hl:
                piece = f'<mark class="target">{piece}</mark>'
            out.append(anchors + piece)
        out.append(f"</{tag}>")
    return Markup("".join(out))
