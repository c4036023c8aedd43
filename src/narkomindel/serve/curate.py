"""Curation in the browser: log in and out, and every decision — judge, edit or add a
factoid, accept or reject a registry link, merge, split, rename, undo — each written to
the curation log the command line uses, each checked against the state the curator saw
(two curators at once: the second gets a conflict, nothing is lost). Accounts for admins."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from narkomindel import pipeline, query
from narkomindel.errors import AccessError, NarkomindelError, NotFoundError
from narkomindel.pipeline import accounts
from narkomindel.pipeline.factoid_edits import add_factoid, edit_factoid
from narkomindel.pipeline.guard import guarded, person_state
from narkomindel.pipeline.undo import undo
from narkomindel.query.persons import date_key
from narkomindel.serve import render
from narkomindel.serve.app import page, stores
from narkomindel.serve.auth import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    check_csrf,
    load_user,
    login_token,
    require,
    set_session,
)
from narkomindel.store.database import Store

__all__ = ["router", "safe_next"]

router = APIRouter(dependencies=[Depends(load_user)], include_in_schema=False)


def Why() -> Any:  # noqa: N802 — a new parameter each use (FastAPI keeps state in it)
    return Form("", max_length=1000)


def Csrf() -> Any:  # noqa: N802 — a new parameter each use (FastAPI keeps state in it)
    return Form("", max_length=200)


def State() -> Any:  # noqa: N802 — a new parameter each use (FastAPI keeps state in it)
    return Form("", max_length=64)


def safe_next(target: str | None, default: str = "/") -> str:
    """A place on this site to go back to (never another site)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


def _back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = Query("/", max_length=500)) -> Response:
    token = login_token(request)
    response = page(request, "login.html", next=safe_next(next), token=token)
    response.set_cookie(
        LOGIN_COOKIE, token, httponly=True, samesite="strict", path="/login",
        secure=request.app.state.config.secure_cookies,
    )  # fmt: skip
    return response


@router.post("/login")
def login(
    request: Request,
    name: str = Form(..., max_length=64),
    password: str = Form(..., max_length=1000),
    token: str = Csrf(),
    next: str = Form("/", max_length=500),
    store: Store = Depends(stores),
) -> Response:
    if request.app.state.config.read_only:
        raise AccessError("this server is read-only: there is nothing to log in for")
    cookie = request.cookies.get(LOGIN_COOKIE)
    if not cookie or not token or cookie != token:
        raise AccessError("the log-in form is stale", hint="open /login again")
    host = request.client.host if request.client else "?"
    request.app.state.limiter.check(f"ip:{host}", f"user:{name}")
    user = accounts.authenticate(store, name, password)
    session = accounts.open_session(store, user["name"])
    response = _back(safe_next(next))
    set_session(request, response, session["token"])
    return response


@router.post("/logout")
def logout(request: Request, csrf: str = Csrf(), store: Store = Depends(stores)) -> Response:
    if getattr(request.state, "user", None):
        check_csrf(request, csrf)
        accounts.close_session(store, request.cookies.get(SESSION_COOKIE))
    response = _back("/")
    set_session(request, response, None)
    return response


@router.post("/factoid/{factoid}/judge")
def judge(
    request: Request,
    factoid: str,
    status: str = Form(..., max_length=20),
    person: str = Form(..., max_length=300),
    state: str = State(),
    why: str = Why(),
    csrf: str = Csrf(),
    store: Store = Depends(stores),
) -> Response:
    user = check_csrf(request, csrf)
    with guarded(store, {person: state or None}):
        pipeline.judge_factoid(store, factoid, status, who=user["name"], why=why)
    return _back(render.person_url(person) + "#factoids")


@router.get("/factoid/{factoid}/edit", response_class=HTMLResponse)
def edit_form(
    request: Request,
    factoid: str,
    person: str = Query(..., max_length=300),
    store: Store = Depends(stores),
) -> Response:
    require(request)
    card = query.person(store, person)
    found = next((f for f in card.factoids if f.id == factoid), None)
    if found is None:
        raise NotFoundError(f"no factoid {factoid[:70]!r} of {person[:70]!r}")
    return page(
        request, "edit.html", f=found, p=card.person, state=person_state(store, card.person.id)
    )


@router.post("/factoid/{factoid}/edit")
def edit(
    request: Request,
    factoid: str,
    person: str = Form(..., max_length=300),
    role: str = Form("", max_length=200),
    organisation: str = Form("", max_length=200),
    department: str = Form("", max_length=200),
    country: str = Form("", max_length=200),
    date_start: str = Form("", max_length=40),
    date_end: str = Form("", max_length=40),
    value: str = Form("", max_length=200),
    state: str = State(),
    why: str = Why(),
    csrf: str = Csrf(),
    store: Store = Depends(stores),
) -> Response:
    user = check_csrf(request, csrf)
    card = query.person(store, person)
    old = next((f for f in card.factoids if f.id == factoid), None)
    if old is None:
        raise NotFoundError(f"no factoid {factoid[:70]!r} of {person[:70]!r}")
    new = {"role": role, "organisation": organisation, "department": department,
           "country": country, "date_start": date_start, "date_end": date_end, "value": value}  # fmt: skip
    was = {"role": old.role, "organisation": old.organisation, "department": old.department,
           "country": old.country, "date_start": old.start, "date_end": old.end, "value": old.value}  # fmt: skip
    changes = {k: v for k, v in new.items() if (v.strip() or None) != was[k]}
    with guarded(store, {person: state or None}):
        edit_factoid(store, factoid, changes, who=user["name"], why=why)
    return _back(render.person_url(person) + "#factoids")


@router.post("/source/{source_id}/factoids")
def add(
    request: Request,
    source_id: str,
    start: int = Form(..., ge=0, le=10**9),
    end: int = Form(..., ge=0, le=10**9),
    person: str = Form(..., max_length=300),
    type: str = Form(..., max_length=20),
    role: str = Form("", max_length=200),
    country: str = Form("", max_length=200),
    value: str = Form("", max_length=200),
    date_start: str = Form("", max_length=40),
    date_end: str = Form("", max_length=40),
    why: str = Why(),
    csrf: str = Csrf(),
    store: Store = Depends(stores),
) -> Response:
    user = check_csrf(request, csrf)
    fields: dict[str, Any] = {
        "type": type, "role": role, "country": country, "value": value,
        "date_start": date_start, "date_end": date_end,
    }  # fmt: skip
    if type == "attribute":
        fields["attribute"] = "note"
    made = add_factoid(store, source_id, start, end, person, fields, who=user["name"], why=why)
    return _back(render.person_url(person) + "#" + made["factoid"])


@router.post("/link/{link}/decide")
def decide(
    request: Request,
    link: str,
    action: str = Form(..., max_length=10),
    person: str = Form("", max_length=300),
    state: str = State(),
    why: str = Why(),
    csrf: str = Csrf(),
    store: Store = Depends(stores),
) -> Response:
    user = check_csrf(request, csrf)
    with guarded(store, {person: state or None} if person else {}):
        pipeline.decide(store, link, action, who=user["name"], why=why)
    return _back(render.person_url(person) if person else "/review")


@router.get("/merge", response_class=HTMLResponse)
def merge_preview(
    request: Request,
    a: str = Query(..., max_length=300),
    b: str = Query(..., max_length=300),
    store: Store = Depends(stores),
) -> Response:
    keep, gone = query.person(store, a), query.person(store, b)
    if keep.person.id == gone.person.id:
        raise NarkomindelError("these are the same person", hint="choose two different persons")
    names = list(dict.fromkeys([*keep.person.variants, *gone.person.variants]))
    career = sorted([*keep.career, *gone.career], key=date_key)
    return page(
        request, "merge.html", keep=keep, gone=gone, names=names, career=career,
        state_a=person_state(store, keep.person.id), state_b=person_state(store, gone.person.id),
    )  # fmt: skip


@router.post("/merge")
def merge(
    request: Request,
    a: str = Form(..., max_length=300),
    b: str = Form(..., max_length=300),
    state_a: str = State(),
    state_b: str = State(),
    why: str = Why(),
    csrf: str = Csrf(),
    store: Store = Depends(stores),
) -> Response:
    user = check_csrf(request, csrf)
    with guarded(store, {a: state_a or None, b: state_b or None}):
        pipeline.merge(store, a, b, who=user["name"], why=why)
    return _back(render.person_url(a))


@router.post("/person/{key}/split")
def split(
    request: Request,
    key: str,
    mentions: list[str] = Form(...),
    state: str = State(),
    why: str = Why(),
    csrf: str = Csrf(),
    store: Store = Depends(stores),
) -> Response:
    user = check_csrf(request, csrf)
    with guarded(store, {key: state or None}):
        pipeline.split(store, key, mentions[:1000], who=user["name"], why=why)
    return _back(render.person_url(key))


@router.post("/person/{key}/rename")
def rename(
    request: Request,
    key: str,
    name: str = Form(..., max_length=200),
    state: str = State(),
    why: str = Why(),
    csrf: str = Csrf(),
    store: Store = Depends(stores),
) -> Response:
    user = check_csrf(request, csrf)
    with guarded(store, {key: state or None}):
        pipeline.rename(store, key, name, who=user["name"], why=why)
    return _back(render.person_url(key))


@router.post("/undo/{entry}")
def undo_entry(
    request: Request,
    entry: int,
    person: str = Form(..., max_length=300),
    state: str = State(),
    why: str = Why(),
    csrf: str = Csrf(),
    store: Store = Depends(stores),
) -> Response:
    user = check_csrf(request, csrf)
    with guarded(store, {person: state or None}):
        undo(store, entry, who=user["name"], why=why)
    return _back(render.person_url(person) + "#history")


@router.get("/users", response_class=HTMLResponse)
def users_page(request: Request, store: Store = Depends(stores)) -> Response:
    require(request, "admin")
    return page(request, "users.html", users=accounts.list_users(store), roles=accounts.ROLES)


@router.post("/users")
def users_add(
    request: Request,
    name: str = Form(..., max_length=64),
    password: str = Form(..., max_length=1000),
    role: str = Form("curator", max_length=20),
    csrf: str = Csrf(),
    store: Store = Depends(stores),
) -> Response:
    check_csrf(request, csrf, "admin")
    accounts.add_user(store, name, password, role)
    return _back("/users")


@router.post("/users/{name}/remove")
def users_remove(
    request: Request, name: str, csrf: str = Csrf(), store: Store = Depends(stores)
) -> Response:
    user = check_csrf(request, csrf, "admin")
    if name == user["name"]:
        raise AccessError("you cannot remove your own account", hint="ask another admin")
    accounts.remove_user(store, name)
    return _back("/users")
