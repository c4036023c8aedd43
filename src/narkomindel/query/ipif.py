"""The register through the IPIF prosopography API (``IPIF/prosopogrAPhI``; the shapes of
its ``prosopogrAPhI.yaml``, info.version 0.3.2 as stored; compliance level 1: reading,
with every filter).

IPIF's factoid model maps onto ours one to one: a *person* is a person of the register
(``@id`` = the person's id), a *source* is a stored source (``@id`` = its SHA-256), a
*factoid* is one of our factoids (``@id`` = ``f-<source>-<seq>``), and each factoid makes
one *statement* (``@id`` = ``st-`` + the factoid's id) holding its type, role, dates,
place, organisation and quote.
"""

from __future__ import annotations

import re
from typing import Any

from narkomindel.errors import NotFoundError, UsageError
from narkomindel.query.filters import text_arg
from narkomindel.store import ipif as sql
from narkomindel.store import people
from narkomindel.store.database import Store
from narkomindel.store.ids import parse_ref

__all__ = [
    "SPEC_VERSION",
    "FILTERS",
    "describe",
    "persons",
    "factoids",
    "statements",
    "sources",
    "one",
    "make_filter",
]

SPEC_VERSION = "0.3.2"
#: every filter parameter (the spec's names; ``statementText`` is taken as ``statementContent``)
FILTERS = (
    "p", "f", "s", "st", "personId", "factoidId", "statementId", "sourceId", "statementContent",
    "statementText", "relatesToPerson", "memberOf", "role", "name", "from", "to", "place",
)  # fmt: skip
PAGING = ("size", "page", "sortBy")
MAX_SIZE = 500
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_SORT = {
    "factoids": {"@id": "s.id {d}, f.seq {d}", "createdWhen": "s.ingested_at {d}, s.id, f.seq",
                 "date": "f.date_start {d}, s.id, f.seq", "name": "ps.name {d}, s.id, f.seq"},
    "persons": {"@id": "e.key {d}", "createdWhen": "e.key {d}", "name": "ps.name {d}, e.key"},
    "sources": {"@id": "s.id {d}", "createdWhen": "s.ingested_at {d}, s.id",
                "label": "COALESCE(s.title, s.path) {d}, s.id"},
}  # fmt: skip
_SORT["statements"] = _SORT["factoids"]


def _day(stamp: str | None) -> str:
    return str(stamp or "")[:10] or "1970-01-01"


def describe() -> dict[str, Any]:
    """The ServiceDescription of ``/describe``."""
    return {
        "description": "Narkomindel: a cited prosopography of Soviet diplomacy (1917-1945);"
        " every statement quotes the passage of the source that states it.",
        "provider": "the Narkomindel project",
        "contact": "see the project's README",
        "complianceLevel": 1,
        "formats": ["application/json"],
        "vocabs": [],
    }


def make_filter(store: Store, params: dict[str, str]) -> sql.FactoidFilter | None:
    """The checked filter of the query parameters (None when none is given)."""
    given = {k: text_arg(v, k).strip() for k, v in params.items() if k in FILTERS and v.strip()}
    if not given:
        return None
    flt = sql.FactoidFilter()
    flt.person_key = given.get("personId")
    flt.person_pattern = given.get("p")
    flt.person_name = given.get("name")
    for key in ("factoidId", "statementId"):
        if key in given:
            parsed = parse_ref(given[key].removeprefix("st-"))
            if parsed is None or parsed[0] != "factoid":
                raise UsageError(f"‹{key}› {given[key][:40]!r} is not a factoid or statement id")
            flt.factoid = (parsed[1], parsed[2])
    flt.factoid_pattern = given.get("f")
    flt.source_id = given.get("sourceId")
    flt.source_pattern = given.get("s")
    flt.statement_pattern = (
        given.get("st") or given.get("statementContent") or given.get("statementText")
    )
    flt.relates_to = given.get("relatesToPerson")
    flt.member_of = given.get("memberOf")
    flt.role = given.get("role")
    flt.place = given.get("place")
    for key in ("from", "to"):
        if key in given and not _DATE.fullmatch(given[key]):
            raise UsageError(
                f"‹{key}› {given[key][:40]!r} is not a date",
                hint="write YYYY, YYYY-MM or YYYY-MM-DD",
            )
    flt.date_from, flt.date_to = given.get("from"), given.get("to")
    return flt


def _paging(kind: str, size: int, page: int, sort_by: str | None) -> tuple[str, int, int]:
    if not 1 <= size <= MAX_SIZE:
        raise UsageError(f"‹size› {size} is out of range", hint=f"give 1 to {MAX_SIZE}")
    if not 1 <= page <= 10**6:
        raise UsageError(f"‹page› {page} is out of range", hint="pages start at 1")
    field, _, direction = (sort_by or "@id").strip().partition(" ")
    direction = direction.strip().upper() or "ASC"
    if field not in _SORT[kind] or direction not in ("ASC", "DESC"):
        raise UsageError(
            f"‹sortBy› {str(sort_by)[:40]!r} cannot sort {kind}",
            hint=f"use one of {', '.join(_SORT[kind])}, then ASC or DESC",
        )
    return _SORT[kind][field].format(d=direction), size, (page - 1) * size


def _factoid(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "@id": row["id"],
        "createdBy": row["extractor"],
        "createdWhen": _day(row["ingested_at"]),
        "person-refs": [{"@id": row["person"]}],
        "source-refs": [{"@id": row["source"]}],
        "statement-refs": [{"@id": "st-" + row["id"]}],
    }


def _statement(row: dict[str, Any]) -> dict[str, Any]:
    st: dict[str, Any] = {
        "@id": "st-" + row["id"],
        "factoid-refs": [
            {"@id": row["id"], "person-refs": [{"@id": row["person"]}],
             "source-refs": [{"@id": row["source"]}]}
        ],
        "statementType": {"label": row["type"] if not row["attribute"] else f"{row['type']}: {row['attribute']}"},
        "name": row["person_name"],
        "statementContent": row["quote"],
        "createdBy": row["extractor"],
        "createdWhen": _day(row["ingested_at"]),
    }  # fmt: skip
    if row["role"]:
        st["role"] = {"label": row["role"]}
    first = row["date_start"] or row["attested"] or row["date_end"]
    if first or row["date_end"]:
        label = (
            "/".join(x for x in (row["date_start"] or "..", row["date_end"] or ".."))
            if (row["date_start"] or row["date_end"])
            else f"attested {row['attested']}"
        )
        st["date"] = {"label": label}
        m = _DATE.match(str(first or ""))
        if m:
            st["date"]["sortdate"] = (m.group(0) + "-01-01"[len(m.group(0)) - 4 :])[:10]
    if row["country"]:
        st["places"] = [{"label": row["country"]}]
    if row["organisation"] or row["department"]:
        st["memberOf"] = {"label": row["department"] or row["organisation"]}
    if row["value"] and row["type"] != "post":
        st["statementContent"] = f"{row['value']} — {row['quote']}"
    return st


def _protocol(size: int, page: int, total: int) -> dict[str, int]:
    return {"size": size, "page": page, "totalHits": total}


def factoids(store: Store, params: dict[str, str], size: int = 30, page: int = 1,
             sort_by: str | None = None) -> dict[str, Any]:  # fmt: skip
    """``/factoids``: ``{protocol: {size, page, totalHits}, factoids: [...]}``."""
    order, size, offset = _paging("factoids", size, page, sort_by)
    with store.reading():
        flt = make_filter(store, params) or sql.FactoidFilter()
        total, rows = sql.factoid_page(store, flt, order, size, offset)
    return {"protocol": _protocol(size, page, total), "factoids": [_factoid(r) for r in rows]}


def statements(store: Store, params: dict[str, str], size: int = 30, page: int = 1,
               sort_by: str | None = None) -> dict[str, Any]:  # fmt: skip
    """``/statements``: one statement a factoid."""
    order, size, offset = _paging("statements", size, page, sort_by)
    with store.reading():
        flt = make_filter(store, params) or sql.FactoidFilter()
        total, rows = sql.factoid_page(store, flt, order, size, offset)
    return {"protocol": _protocol(size, page, total), "statements": [_statement(r) for r in rows]}


def _persons_of(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    refs = sql.person_factoid_refs(store, [int(r["entity_id"]) for r in rows])
    return [
        {
            "@id": r["key"],
            "label": r["name"],
            "uris": [],
            "createdBy": "narkomindel",
            "factoid-refs": [
                {
                    "@id": fid,
                    "source-refs": [{"@id": sid}],
                    "statement-refs": [{"@id": "st-" + fid}],
                }
                for fid, sid in refs[int(r["entity_id"])]
            ],
        }
        for r in rows
    ]


def persons(store: Store, params: dict[str, str], size: int = 30, page: int = 1,
            sort_by: str | None = None) -> dict[str, Any]:  # fmt: skip
    """``/persons``: persons with a factoid that passes the filters."""
    order, size, offset = _paging("persons", size, page, sort_by)
    with store.reading():
        flt = make_filter(store, params)
        name = None
        if (
            flt is not None
            and flt.person_name is not None
            and len([k for k, v in params.items() if k in FILTERS and v.strip()]) == 1
        ):
            name, flt = flt.person_name, None  # a name alone: no need to look at factoids
        total, rows = sql.person_page(store, flt, order, size, offset, name=name)
        out = _persons_of(store, rows)
    return {"protocol": _protocol(size, page, total), "persons": out}


def _source(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "@id": row["id"],
        "label": row["citation"] or row["title"] or str(row["path"]).rsplit("/", 1)[-1],
        "uris": [],
        "createdBy": "narkomindel",
        "createdWhen": _day(row["ingested_at"]),
        "factoid-refs": [
            {"@id": fid, "person-refs": [{"@id": key}], "statement-refs": [{"@id": "st-" + fid}]}
            for fid, key in row["factoids"]
        ],
    }


def sources(store: Store, params: dict[str, str], size: int = 30, page: int = 1,
            sort_by: str | None = None) -> dict[str, Any]:  # fmt: skip
    """``/sources``: sources with a factoid that passes the filters."""
    order, size, offset = _paging("sources", size, page, sort_by)
    with store.reading():
        total, rows = sql.source_page(store, make_filter(store, params), order, size, offset)
    return {"protocol": _protocol(size, page, total), "sources": [_source(r) for r in rows]}


def one(store: Store, kind: str, ident: str) -> dict[str, Any]:
    """One person, factoid, statement or source by its ``@id``."""
    text_arg(ident, "id")
    missing = NotFoundError(f"no {kind[:-1]} {ident[:70]!r}", hint=f"list them at /ipif/{kind}")
    with store.reading():
        if kind == "persons":
            _total, rows = sql.person_page(
                store, sql.FactoidFilter(person_key=ident), "e.key", 1, 0
            )
            if not rows:
                _total, rows = sql.person_page(store, None, "e.key", 1, 0, ids=_ids(store, ident))
            if not rows:
                raise missing
            return _persons_of(store, rows)[0]
        if kind == "sources":
            if not re.fullmatch(r"[0-9a-f]{64}", ident):
                raise missing
            _total, rows = sql.source_page(store, None, "s.id", 1, 0, only=ident)
            if not rows:
                raise missing
            return _source(rows[0])
        parsed = parse_ref(ident.removeprefix("st-") if kind == "statements" else ident)
        if parsed is None or parsed[0] != "factoid":
            raise missing
        _total, rows = sql.factoid_page(
            store, sql.FactoidFilter(factoid=(parsed[1], parsed[2])), "s.id", 1, 0
        )
        if not rows:
            raise missing
        return _factoid(rows[0]) if kind == "factoids" else _statement(rows[0])


def _ids(store: Store, key: str) -> list[int]:
    row = people.entity(store, ref_or_key=key)
    return [int(row["id"])] if row and row["key"] == key else []
