"""The IPIF read endpoints under ``/ipif`` (compliance level 1): ``/persons``,
``/factoids``, ``/statements``, ``/sources`` (each also ``/{id}``) and ``/describe``.
Unknown parameters and illegal values are 400 with an RFC 7807 problem; writes are
refused (400, as level 1 says)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request

from narkomindel.errors import NotFoundError, UsageError
from narkomindel.query import ipif
from narkomindel.serve.app import stores
from narkomindel.store.database import Store

__all__ = ["router"]

router = APIRouter(prefix="/ipif", tags=["IPIF"])


def Filter() -> Any:  # noqa: N802 — a new parameter each use (FastAPI keeps state in it)
    return Query(None, max_length=500)


Json = dict[str, Any]


def _params(request: Request) -> dict[str, str]:
    unknown = sorted(set(request.query_params) - set(ipif.FILTERS) - set(ipif.PAGING))
    if unknown:
        raise UsageError(
            f"unknown parameter(s): {', '.join(u[:40] for u in unknown[:5])}",
            hint=f"IPIF filters: {', '.join(ipif.FILTERS)}; paging: size, page, sortBy",
        )
    return {k: v for k, v in request.query_params.items() if k in ipif.FILTERS}


def _list(kind: str):  # type: ignore[no-untyped-def]
    def endpoint(
        request: Request,
        size: int = Query(30, description="objects per page (1 to 500)"),
        page: int = Query(1, description="the page, from 1"),
        sortBy: str | None = Query(
            None, max_length=40, description="@id, createdWhen, name … ASC|DESC"
        ),  # noqa: N803
        p: str | None = Filter(),
        f: str | None = Filter(),
        s: str | None = Filter(),
        st: str | None = Filter(),
        personId: str | None = Filter(),  # noqa: N803
        factoidId: str | None = Filter(),  # noqa: N803
        statementId: str | None = Filter(),  # noqa: N803
        sourceId: str | None = Filter(),  # noqa: N803
        statementContent: str | None = Filter(),  # noqa: N803
        statementText: str | None = Filter(),  # noqa: N803
        relatesToPerson: str | None = Filter(),  # noqa: N803
        memberOf: str | None = Filter(),  # noqa: N803
        role: str | None = Filter(),
        name: str | None = Filter(),
        date_from: str | None = Query(None, alias="from", max_length=10),
        date_to: str | None = Query(None, alias="to", max_length=10),
        place: str | None = Filter(),
        store: Store = Depends(stores),
    ) -> Json:
        func = getattr(ipif, kind)
        result: Json = func(store, _params(request), size=size, page=page, sort_by=sortBy)
        return result

    endpoint.__name__ = f"get_{kind}"
    return endpoint


for _kind in ("persons", "factoids", "statements", "sources"):
    router.add_api_route(
        f"/{_kind}", _list(_kind), methods=["GET"], summary=f"IPIF: {_kind}, filtered and paged"
    )


def _one(kind: str):  # type: ignore[no-untyped-def]
    def endpoint(id: str, store: Store = Depends(stores)) -> Json:  # noqa: A002
        return ipif.one(store, kind, id)

    endpoint.__name__ = f"get_{kind}_by_id"
    return endpoint


for _kind in ("persons", "factoids", "statements", "sources"):
    router.add_api_route(
        f"/{_kind}/{{id}}", _one(_kind), methods=["GET"], summary=f"IPIF: one of the {_kind}"
    )


@router.get("/describe", summary="IPIF: the service and its compliance level")
def describe() -> Json:
    return ipif.describe()


@router.api_route(
    "/{path:path}", methods=["POST", "PUT", "DELETE", "PATCH"], include_in_schema=False
)
def no_writes(path: str) -> Json:
    raise UsageError(
        "this IPIF service is read-only (compliance level 1)",
        hint="curate in the web explorer or with the command line",
    )


@router.get("/{path:path}", include_in_schema=False)
def nothing_here(path: str) -> Json:
    raise NotFoundError(
        f"no IPIF resource {path[:60]!r}",
        hint="persons, factoids, statements, sources (each with /{id}) and describe",
    )
