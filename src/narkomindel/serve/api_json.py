"""The register as JSON under ``/api`` — the data of every page, from the same query
functions (their results' ``to_dict()``); documented in ``/openapi.json``."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from narkomindel import query
from narkomindel.errors import NotFoundError, UsageError
from narkomindel.query.coverage import overview
from narkomindel.query.facets import faceted_search
from narkomindel.query.history import follow, history
from narkomindel.query.missions import department, departments, mission, missions
from narkomindel.query.network import network
from narkomindel.query.source_view import source_view
from narkomindel.serve.app import stores
from narkomindel.serve.pages import parse_span
from narkomindel.store.database import Store

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["register"])


def Text() -> Any:  # noqa: N802 — a new parameter each use (FastAPI keeps state in it)
    return Query(None, max_length=200)


Json = dict[str, Any]


@router.get("/overview", summary="What the register holds, and its coverage")
def api_overview(store: Store = Depends(stores)) -> Json:
    return overview(store).to_dict()


@router.get("/persons", summary="Persons matching every filter given")
def api_persons(
    name: str | None = Text(),
    fate: str | None = Text(),
    country: str | None = Text(),
    role: str | None = Text(),
    year: int | None = Query(None, ge=1000, le=2100),
    diplomats: bool = False,
    elite: bool = False,
    limit: int = Query(500, ge=1, le=10000),
    store: Store = Depends(stores),
) -> list[Json]:
    return query.persons(
        store, name=name, fate=fate, country=country, role=role, year=year,
        diplomats=diplomats, elite=elite, limit=limit,
    ).to_dicts()  # fmt: skip


@router.get("/person/{key}", summary="One person's card (an old id redirects)", response_model=None)
def api_person(request: Request, key: str, store: Store = Depends(stores)) -> Json | Response:
    now = follow(store, key)
    if now is not None and now != key:
        return RedirectResponse("/api/person/" + quote(now, safe=""), status_code=301)
    return query.person(store, key).to_dict()


@router.get("/person/{key}/history", summary="Every curator's decision about a person")
def api_history(key: str, store: Store = Depends(stores)) -> list[Json]:
    return history(store, key).to_dicts()


@router.get("/sources", summary="Every source with its counts")
def api_sources(store: Store = Depends(stores)) -> list[Json]:
    return query.list_sources(store).to_dicts()


@router.get("/source/{source_id}", summary="A source's text in segments, with its marks")
def api_source(
    source_id: str,
    page: int | None = Query(None, ge=1, le=100000),
    hl: str | None = Query(None, max_length=30),
    store: Store = Depends(stores),
) -> Json:
    span = parse_span(hl)
    return source_view(store, source_id, page=page, around=span[0] if span else None).to_dict()


@router.get("/source/{source_id}/span", summary="A span in the original characters and bytes")
def api_span(
    source_id: str,
    start: int = Query(..., ge=0, le=10**9),
    end: int = Query(..., ge=0, le=10**9),
    store: Store = Depends(stores),
) -> Json:
    if start > end:
        raise UsageError("‹start› is after ‹end›", hint="give the earlier offset first")
    return query.describe_source(store, source_id, what="span", span=(start, end)).to_dict()


@router.get("/missions", summary="Countries with Soviet missions, with post counts")
def api_missions(store: Store = Depends(stores)) -> list[Json]:
    return missions(store).to_dicts()


@router.get("/missions/{country}", summary="A mission's staffing by year, with fates")
def api_mission(
    country: str,
    page: int = Query(1, ge=1),
    year: int | None = Query(None, ge=1000, le=2999),
    store: Store = Depends(stores),
) -> Json:
    try:
        m = mission(store, country, page, year)
    except UsageError as exc:
        raise NotFoundError(f"no mission in {country[:60]!r}", hint="see /api/missions") from exc
    return m.to_dict()


@router.get("/departments", summary="Departments named in posts")
def api_departments(store: Store = Depends(stores)) -> list[Json]:
    return departments(store).to_dicts()


@router.get("/departments/{name}", summary="A department's heads over time")
def api_department(name: str, store: Store = Depends(stores)) -> Json:
    d = department(store, name)
    if not d.posts:
        raise NotFoundError(f"no department {name[:60]!r}", hint="see /api/departments")
    return d.to_dict()


@router.get("/events", summary="The chronology, filtered by type, country and years")
def api_events(
    type: str | None = Text(),
    country: str | None = Text(),
    date_from: int | None = Query(None, alias="from", ge=1000, le=2100),
    date_to: int | None = Query(None, alias="to", ge=1000, le=2100),
    store: Store = Depends(stores),
) -> list[Json]:
    return query.events(
        store, type=type, country=country, date_from=date_from, date_to=date_to
    ).to_dicts()


@router.get("/network", summary="Persons, missions and events as a graph, filtered by years")
def api_network(
    date_from: int | None = Query(None, alias="from", ge=1000, le=2100),
    date_to: int | None = Query(None, alias="to", ge=1000, le=2100),
    store: Store = Depends(stores),
) -> Json:
    return network(store, date_from=date_from, date_to=date_to).to_dict()


@router.get("/search", summary="Names in any spelling and full text, with facets")
def api_search(
    q: str = Query(..., min_length=1, max_length=500),
    fate: str | None = Text(),
    country: str | None = Text(),
    role: str | None = Text(),
    decade: str | None = Query(None, max_length=6),
    kind: str | None = Text(),
    store: Store = Depends(stores),
) -> Json:
    return faceted_search(
        store, q, fate=fate, country=country, role=role, decade=decade, kind=kind
    ).to_dict()


@router.get("/review", summary="Registry links waiting for a curator")
def api_review(store: Store = Depends(stores)) -> list[Json]:
    return query.review_queue(store).to_dicts()
