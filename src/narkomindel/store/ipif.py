"""The SQL of the IPIF endpoints: factoids (one statement each) of listed persons,
filtered, counted and paged; persons and sources that have such factoids."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from narkomindel.store.ids import ref
from narkomindel.store.people import (
    name_exists_sql,
    name_in_sql,
    name_is_common,
    name_match_sql,
)

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = ["FactoidFilter", "factoid_page", "person_page", "source_page", "person_factoid_refs"]

_BASE = (
    " FROM person_factoids pf JOIN factoids f ON f.id = pf.factoid_id"
    " JOIN sources s ON s.key = f.source_key JOIN entities e ON e.id = pf.entity_id"
    " JOIN person_summary ps ON ps.entity_id = pf.entity_id"
)
_ATTESTED = "json_extract(f.attrs_json, '$.attested')"
_START = f"COALESCE(NULLIF(f.date_start, '..'), NULLIF(f.date_end, '..'), {_ATTESTED})"
_END = f"COALESCE(NULLIF(f.date_end, '..'), NULLIF(f.date_start, '..'), {_ATTESTED})"


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass
class FactoidFilter:
    """Checked filter values; ``person_ids`` are entity numbers (a name already looked
    up); ``person_name``: persons a name search finds (looked up in the same query)."""

    person_key: str | None = None
    person_ids: list[int] | None = None
    person_name: str | None = None
    person_pattern: str | None = None
    factoid: tuple[str, int] | None = None
    factoid_pattern: str | None = None
    source_id: str | None = None
    source_pattern: str | None = None
    statement_pattern: str | None = None
    relates_to: str | None = None
    member_of: str | None = None
    role: str | None = None
    place: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    extra: list[str] = field(default_factory=list)

    def where(self) -> tuple[str, list[Any]]:
        cond: list[str] = []
        args: list[Any] = []
        if self.person_key is not None:
            cond.append("e.key = ?")
            args.append(self.person_key)
        if self.person_ids is not None:
            cond.append(f"pf.entity_id IN ({','.join('?' * len(self.person_ids)) or 'NULL'})")
            args.extend(self.person_ids)
        if self.person_name is not None:
            sub, sub_args = name_match_sql(self.person_name)
            cond.append(f"pf.entity_id IN ({sub})")
            args.extend(sub_args)
        if self.person_pattern:
            cond.append(
                "pf.entity_id IN (SELECT entity_id FROM entity_names WHERE name LIKE ? ESCAPE '\\')"
            )
            args.append(_like(self.person_pattern))
        if self.factoid is not None:
            cond.append("s.id LIKE ? || '%' AND f.seq = ?")
            args.extend(self.factoid)
        if self.factoid_pattern:
            cond.append("(f.quote LIKE ? ESCAPE '\\' OR f.type LIKE ? ESCAPE '\\')")
            args.extend([_like(self.factoid_pattern)] * 2)
        if self.source_id:
            cond.append("s.id LIKE ? || '%'")
            args.append(self.source_id)
        if self.source_pattern:
            cond.append(
                "(s.title LIKE ? ESCAPE '\\' OR s.path LIKE ? ESCAPE '\\' OR s.citation LIKE ? ESCAPE '\\')"
            )
            args.extend([_like(self.source_pattern)] * 3)
        if self.statement_pattern:
            cond.append(
                "(f.quote LIKE ? ESCAPE '\\' OR f.value LIKE ? ESCAPE '\\' OR f.role LIKE ? ESCAPE '\\')"
            )
            args.extend([_like(self.statement_pattern)] * 3)
        if self.relates_to:
            cond.append("f.quote LIKE ? ESCAPE '\\'")
            args.append(_like(self.relates_to))
        if self.member_of:
            cond.append("(f.organisation LIKE ? ESCAPE '\\' OR f.department LIKE ? ESCAPE '\\')")
            args.extend([_like(self.member_of)] * 2)
        if self.role:
            cond.append("f.role LIKE ? ESCAPE '\\'")
            args.append(_like(self.role))
        if self.place:
            cond.append("f.country LIKE ? ESCAPE '\\'")
            args.append(_like(self.place))
        if self.date_from:
            cond.append(f"substr({_END}, 1, ?) >= ?")
            args.extend([len(self.date_from), self.date_from])
        if self.date_to:
            cond.append(f"substr({_START}, 1, ?) <= ?")
            args.extend([len(self.date_to), self.date_to])
        cond.append("f.status != 'rejected'")
        return " WHERE " + " AND ".join(cond), args


_FACTOID_COLS = (
    "SELECT s.id AS source, f.seq, e.key AS person, ps.name AS person_name, f.type, f.role,"
    " f.organisation, f.department, f.country, f.date_start, f.date_end, f.value, f.attribute,"
    f" f.quote, f.status, f.extractor, s.ingested_at, s.title, s.path, {_ATTESTED} AS attested"
)


def _rows(store: Store, sql: str, args: list[Any]) -> list[dict[str, Any]]:
    out = []
    for r in store.conn.execute(sql, args):
        d = dict(r)
        if "seq" in d and "source" in d:
            d["id"] = ref("factoid", d["source"], d["seq"])
        out.append(d)
    return out


def factoid_page(
    store: Store, flt: FactoidFilter, order: str, size: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page of factoid rows) — ``order`` is a whitelisted ORDER BY clause."""
    where, args = flt.where()
    total = int(store.conn.execute("SELECT COUNT(*)" + _BASE + where, args).fetchone()[0])
    rows = _rows(
        store, _FACTOID_COLS + _BASE + where + f" ORDER BY {order} LIMIT ? OFFSET ?",
        [*args, size, offset],
    )  # fmt: skip
    return total, rows


def person_page(
    store: Store, flt: FactoidFilter | None, order: str, size: int, offset: int,
    ids: list[int] | None = None, name: str | None = None,
) -> tuple[int, list[dict[str, Any]]]:  # fmt: skip
    """(total, one page of persons: key, name, number) with a factoid passing ``flt``
    (every listed person when None; only ``ids`` when given; only those a search for
    ``name`` finds when given — counted and paged in SQL)."""
    cond, args = "", list[Any]()
    if flt is not None:
        where, args = flt.where()
        cond = " WHERE ps.entity_id IN (SELECT pf.entity_id" + _BASE + where + ")"
    if ids is not None:
        cond += (
            " AND " if cond else " WHERE "
        ) + f"ps.entity_id IN ({','.join('?' * len(ids)) or 'NULL'})"
        args = [*args, *ids]
    if name is not None and name_is_common(store, name):
        # many namesakes: the page read in its order, each person checked; counted apart
        sub, sub_args = name_in_sql(name, "ps.entity_id")
        count_cond = cond + (" AND " if cond else " WHERE ") + sub
        total = int(
            store.conn.execute(
                "SELECT COUNT(*) FROM person_summary ps" + count_cond, [*args, *sub_args]
            ).fetchone()[0]
        )
        sub, sub_args = name_exists_sql(name, "ps.entity_id")
        cond += (" AND " if cond else " WHERE ") + sub
        page = [
            dict(r)
            for r in store.conn.execute(
                "SELECT e.key, ps.name, ps.entity_id FROM person_summary ps"
                f" JOIN entities e ON e.id = ps.entity_id{cond} ORDER BY {order} LIMIT ? OFFSET ?",
                [*args, *sub_args, size, offset],
            )
        ]
        return total, page
    if name is not None:
        sub, sub_args = name_match_sql(name)
        cond += (" AND " if cond else " WHERE ") + f"ps.entity_id IN ({sub})"
        args = [*args, *sub_args]
    base = " FROM person_summary ps JOIN entities e ON e.id = ps.entity_id" + cond
    # one pass for the page and the count (COUNT(*) OVER (): the rows before the limit)
    rows = [
        dict(r)
        for r in store.conn.execute(
            "SELECT COUNT(*) OVER () AS total, e.key, ps.name, ps.entity_id" + base
            + f" ORDER BY {order} LIMIT ? OFFSET ?",
            [*args, size, offset],
        )
    ]  # fmt: skip
    if rows:
        total = int(rows[0]["total"])
    else:  # a page past the end: count alone
        total = int(store.conn.execute("SELECT COUNT(*)" + base, args).fetchone()[0])
    for r in rows:
        del r["total"]
    return total, rows


def person_factoid_refs(store: Store, entity_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """Entity number → (factoid id, source id) of each of its unrejected factoids."""
    out: dict[int, list[tuple[str, str]]] = {i: [] for i in entity_ids}
    if not entity_ids:
        return out
    for eid, sid, seq in store.conn.execute(
        "SELECT pf.entity_id, s.id, f.seq FROM person_factoids pf JOIN factoids f ON f.id = pf.factoid_id"
        " JOIN sources s ON s.key = f.source_key WHERE f.status != 'rejected'"
        f" AND pf.entity_id IN ({','.join('?' * len(entity_ids))}) ORDER BY pf.entity_id, f.source_key, f.seq",
        entity_ids,
    ):
        out[int(eid)].append((ref("factoid", sid, seq), str(sid)))
    return out


def source_page(
    store: Store, flt: FactoidFilter | None, order: str, size: int, offset: int,
    only: str | None = None,
) -> tuple[int, list[dict[str, Any]]]:  # fmt: skip
    """(total, one page of sources) with a factoid passing ``flt``, each with the
    (factoid id, person key) of its factoids of listed persons."""
    cond, args = "", list[Any]()
    if flt is not None:
        where, args = flt.where()
        cond = " AND s.key IN (SELECT f.source_key" + _BASE + where + ")"
    if only is not None:
        cond += " AND s.id = ?"
        args = [*args, only]
    base = (
        " FROM sources s WHERE s.version = (SELECT MAX(version) FROM sources x WHERE x.path = s.path)"
        + cond
    )
    total = int(store.conn.execute("SELECT COUNT(*)" + base, args).fetchone()[0])
    rows = [
        dict(r)
        for r in store.conn.execute(
            "SELECT s.key, s.id, s.title, s.path, s.citation, s.ingested_at, s.meta_json"
            + base + f" ORDER BY {order} LIMIT ? OFFSET ?",
            [*args, size, offset],
        )
    ]  # fmt: skip
    for r in rows:
        r["meta"] = json.loads(r.pop("meta_json") or "{}")
        r["factoids"] = [
            (ref("factoid", r["id"], seq), key)
            for seq, key in store.conn.execute(
                "SELECT f.seq, e.key FROM factoids f JOIN person_factoids pf ON pf.factoid_id = f.id"
                " JOIN entities e ON e.id = pf.entity_id JOIN person_summary ps ON ps.entity_id = e.id"
                " WHERE f.source_key = ? AND f.status != 'rejected' ORDER BY f.seq LIMIT 5000",
                (r["key"],),
            )
        ]
    return total, rows
