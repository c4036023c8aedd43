"""The pages for reading: home, persons, person, source viewer, missions, departments,
events, network, search, the review queue. Each is built on a query function; the same
data is JSON under ``/api`` (:mod:`narkomindel.serve.api_json`)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from narkomindel import query
from narkomindel.errors import NotFoundError, UsageError
from narkomindel.query.coverage import overview
from narkomindel.query.facets import FacetedSearch, faceted_search
from narkomindel.query.history import follow
from narkomindel.query.missions import department, departments, mission, missions
from narkomindel.query.network import network
from narkomindel.query.person_page import person_page
from narkomindel.query.source_view import source_view
from narkomindel.serve import render
from narkomindel.serve.app import page, stores
from narkomindel.serve.auth import load_user
from narkomindel.serve.gexf import network_gexf
from narkomindel.store.database import Store
from narkomindel.translit import SCHEMES, romanize

__all__ = ["router", "parse_span"]

router = APIRouter(dependencies=[Depends(load_user)], include_in_schema=False)


def Text() -> Any:  # noqa: N802 — a new parameter each use (FastAPI keeps state in it)
    return Query(None, max_length=200)


def Year() -> Any:  # noqa: N802 — a new parameter each use (FastAPI keeps state in it)
    return Query(None, ge=1000, le=2100)


def parse_span(value: str | None) -> tuple[int, int] | None:
    """``start,end`` (as in ``#char=start,end``) as two offsets, or None."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{1,9}),(\d{1,9})", value.strip())
    if not m or int(m.group(1)) > int(m.group(2)):
        raise UsageError(f"‹hl› {value[:30]!r} is not a span", hint="write START,END, e.g. 120,160")
    return int(m.group(1)), int(m.group(2))


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: Store = Depends(stores)) -> Response:
    return page(request, "home.html", info=overview(store), countries=missions(store)[:40])


@router.get("/persons", response_class=HTMLResponse)
def persons_page(
    request: Request,
    name: str | None = Text(),
    fate: str | None = Text(),
    country: str | None = Text(),
    role: str | None = Text(),
    year: int | None = Year(),
    diplomats: bool = False,
    elite: bool = False,
    store: Store = Depends(stores),
) -> Response:
    found = query.persons(
        store, name=name or None, fate=fate or None, country=country or None,
        role=role or None, year=year, diplomats=diplomats, elite=elite, limit=2000,
    )  # fmt: skip
    return page(
        request, "persons.html", persons=found,
        filters={"name": name, "fate": fate, "country": country, "role": role, "year": year,
                 "diplomats": diplomats, "elite": elite},
    )  # fmt: skip


@router.get("/person/{key}", response_class=HTMLResponse)
def person(request: Request, key: str, store: Store = Depends(stores)) -> Response:
    now = follow(store, key)  # an old id (merged, split) leads to the person it is part of
    if now is not None and now != key:
        return RedirectResponse(render.person_url(now), status_code=301)
    view = person_page(store, key)
    if view.card.person.id != key:  # a name or a number: show it under its id
        return RedirectResponse(render.person_url(view.card.person.id), status_code=302)
    schemes = [(s, [romanize(v, s) for v in view.card.cyrillic]) for s in SCHEMES]
    return page(
        request, "person.html", view=view, card=view.card, p=view.card.person,
        timeline=render.timeline_svg(view.card.career, f"Career of {view.card.person.name}"),
        schemes=schemes, new_style=render.new_style,
    )  # fmt: skip


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, store: Store = Depends(stores)) -> Response:
    return page(request, "sources.html", sources=query.list_sources(store))


@router.get("/source/{source_id}", response_class=HTMLResponse)
def source(
    request: Request,
    source_id: str,
    hl: str | None = Query(None, max_length=30),
    page_no: int | None = Query(None, alias="page", ge=1, le=100000),
    store: Store = Depends(stores),
) -> Response:
    _check_id(source_id)
    span = parse_span(hl)
    view = source_view(store, source_id, page=page_no, around=span[0] if span else None)
    if span and span[1] > view.length:
        raise UsageError(
            f"‹hl› {hl} is outside the text (0:{view.length})",
            hint="take spans from a claim's link",
        )
    return page(
        request, "source.html", view=view, body=render.source_html(view, span), span=span,
        claims=[(k, m) for k, m in view.marks.items() if m["kind"] == "claim"],
    )  # fmt: skip


@router.get("/source/{source_id}/span", response_class=HTMLResponse)
def source_span(
    request: Request,
    source_id: str,
    start: int = Query(..., ge=0, le=10**9),
    end: int = Query(..., ge=0, le=10**9),
    store: Store = Depends(stores),
) -> Response:
    _check_id(source_id)
    if start > end:
        raise UsageError("‹start› is after ‹end›", hint="give the earlier offset first")
    detail = query.describe_source(store, source_id, what="span", span=(start, end))
    return page(request, "span.html", detail=detail, summary=detail.summary, span=detail.span)


def _check_id(source_id: str) -> None:
    if not re.fullmatch(r"[0-9a-f]{4,64}", source_id):
        raise NotFoundError(f"no source {source_id[:70]!r}", hint="source ids are hexadecimal")


@router.get("/missions", response_class=HTMLResponse)
def missions_page(request: Request, store: Store = Depends(stores)) -> Response:
    return page(request, "missions.html", missions=missions(store))


@router.get("/missions/{country}", response_class=HTMLResponse)
def mission_page(
    request: Request,
    country: str,
    page_no: int = Query(1, alias="page", ge=1),
    year: int | None = Query(None, ge=1000, le=2999),
    store: Store = Depends(stores),
) -> Response:
    try:
        m = mission(store, country, page_no, year)
    except UsageError as exc:
        raise NotFoundError(f"no mission in {country[:60]!r}", hint="see /missions") from exc
    return page(request, "mission.html", m=m)


@router.get("/departments", response_class=HTMLResponse)
def departments_page(request: Request, store: Store = Depends(stores)) -> Response:
    return page(request, "departments.html", departments=departments(store))


@router.get("/departments/{name}", response_class=HTMLResponse)
def department_page(request: Request, name: str, store: Store = Depends(stores)) -> Response:
    d = department(store, name)
    if not d.posts:
        raise NotFoundError(f"no department {name[:60]!r}", hint="see /departments")
    return page(request, "department.html", d=d)


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request,
    type: str | None = Text(),
    country: str | None = Text(),
    date_from: int | None = Query(None, alias="from", ge=1000, le=2100),
    date_to: int | None = Query(None, alias="to", ge=1000, le=2100),
    store: Store = Depends(stores),
) -> Response:
    found = query.events(
        store, type=type or None, country=country or None, date_from=date_from, date_to=date_to
    )
    return page(
        request, "events.html", events=found,
        filters={"type": type, "country": country, "from": date_from, "to": date_to},
    )  # fmt: skip


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request,
    date_from: int | None = Query(None, alias="from", ge=1000, le=2100),
    date_to: int | None = Query(None, alias="to", ge=1000, le=2100),
    store: Store = Depends(stores),
) -> Response:
    net = network(store, date_from=date_from, date_to=date_to)
    labels = {n["id"]: n["label"] for n in net.nodes}
    args = "&".join(f"{k}={v}" for k, v in (("from", date_from), ("to", date_to)) if v)
    return page(
        request, "network.html", net=net, svg=render.network_svg(net.nodes, net.edges),
        labels=labels, args=args,
    )  # fmt: skip


@router.get("/network.gexf")
def network_file(
    date_from: int | None = Query(None, alias="from", ge=1000, le=2100),
    date_to: int | None = Query(None, alias="to", ge=1000, le=2100),
    store: Store = Depends(stores),
) -> Response:
    net = network(store, date_from=date_from, date_to=date_to)
    return Response(
        network_gexf(net), media_type="application/gexf+xml",
        headers={"Content-Disposition": 'attachment; filename="network.gexf"'},
    )  # fmt: skip


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str | None = Query(None, max_length=500),
    fate: str | None = Text(),
    country: str | None = Text(),
    role: str | None = Text(),
    decade: str | None = Query(None, max_length=6),
    kind: str | None = Text(),
    store: Store = Depends(stores),
) -> Response:
    chosen = {"fate": fate, "country": country, "role": role, "decade": decade, "kind": kind}
    result: FacetedSearch | None = None
    if q and q.strip():
        result = faceted_search(
            store, q, fate=fate or None, country=country or None, role=role or None,
            decade=decade or None, kind=kind or None,
        )  # fmt: skip

    def facet_url(facet: str, value: str | None) -> str:
        args = {k: v for k, v in [("q", q), *chosen.items()] if v and k != facet}
        if value:
            args[facet] = value
        return "/search?" + urlencode(args)

    return page(
        request, "search.html", q=q or "", result=result, chosen=chosen, facet_url=facet_url
    )


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, store: Store = Depends(stores)) -> Response:
    items = query.review_queue(store)
    return page(request, "review.html", items=items)
