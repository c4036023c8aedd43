"""The SQL of the analyses: what a fate table, a cohort or a survival curve needs of
every person of the register, in a few bulk reads.

Every function takes a :class:`FactoidFilter` (which factoids count as evidence: all
that are not rejected, only those a curator accepted, only some kinds of source) and
returns plain rows; none writes. The rules that turn rows into conclusions live in
:mod:`narkomindel.analyse`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from narkomindel.store.ids import ref

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = [
    "FactoidFilter",
    "person_rows",
    "fate_rows",
    "career_rows",
    "attribute_rows",
    "membership_rows",
    "statistic_rows",
    "relation_event_rows",
    "factoid_details",
    "last_posts",
    "register_facts",
]

#: the attributes a cohort can be formed by (values as the sources state them)
COHORT_ATTRIBUTES = ("nationality", "party", "former_party", "class_origin", "education")


@dataclass(frozen=True)
class FactoidFilter:
    """Which factoids count as evidence.

    ``curated_only``: only those a curator accepted (status ``accepted`` or ``edited``);
    otherwise every factoid not rejected. ``source_kinds``: only factoids of sources of
    these kinds (``scholarship``, ``primary``, ``registry``, ``web_page``); ``None`` = all.
    Only asserted factoids count (not negated, rumoured or hypothetical ones)."""

    curated_only: bool = False
    source_kinds: tuple[str, ...] | None = None
    entities: tuple[int, ...] | None = None  # only these persons (entity numbers)

    def sql(self, f: str = "f", s: str = "s") -> tuple[str, list[Any]]:
        cond = [f"{f}.modality = 'asserted'"]
        args: list[Any] = []
        if self.curated_only:
            cond.append(f"{f}.status IN ('accepted', 'edited')")
        else:
            cond.append(f"{f}.status != 'rejected'")
        if self.source_kinds is not None:
            kinds = list(self.source_kinds) or ["-"]
            cond.append(f"{s}.kind IN ({','.join('?' * len(kinds))})")
            args.extend(kinds)
        if self.entities is not None:
            ids = list(self.entities) or [-1]
            cond.append(f"pf.entity_id IN ({','.join('?' * len(ids))})")
            args.extend(ids)
        return " AND ".join(cond), args


def _year_sql(expr: str) -> str:
    """SQL: the year an EDTF value starts in (NULL unless it begins with four digits)."""
    return (
        f"(CASE WHEN {expr} GLOB '[0-9][0-9][0-9][0-9]*'"
        f" THEN CAST(substr({expr}, 1, 4) AS INTEGER) END)"
    )


def _tuples(
    store: Store, sql: str, args: list[Any] | tuple[Any, ...] = ()
) -> list[tuple[Any, ...]]:
    """Rows as plain tuples (several times faster than ``sqlite3.Row`` for big reads)."""
    cur = store.conn.cursor()
    cur.row_factory = None
    return cur.execute(sql, args).fetchall()


def _source_ids(store: Store) -> dict[int, tuple[str, str, str]]:
    """source key → (id, path, kind)."""
    return {
        k: (i, p, kd) for k, i, p, kd in _tuples(store, "SELECT key, id, path, kind FROM sources")
    }


def person_rows(store: Store, entities: tuple[int, ...] | None = None) -> list[tuple[Any, ...]]:
    """Every listed person (or these entities): (entity id, key, name, kind,
    is_soviet_official, is_diplomat, is_elite, posts)."""
    ids = list(entities or ())
    return _tuples(
        store,
        "SELECT ps.entity_id, e.key, ps.name, ps.kind, ps.is_soviet_official, ps.is_diplomat,"
        " ps.is_elite, ps.posts FROM person_summary ps JOIN entities e ON e.id = ps.entity_id"
        + (
            f" WHERE ps.entity_id IN ({','.join('?' * len(ids)) or 'NULL'})"
            if entities is not None
            else ""
        )
        + " ORDER BY ps.entity_id",
        ids,
    )


def _joined(where: str) -> str:
    return (
        " FROM person_factoids pf JOIN factoids f ON f.id = pf.factoid_id"
        " JOIN sources s ON s.key = f.source_key"
        " JOIN person_summary ps ON ps.entity_id = pf.entity_id WHERE " + where
    )


def _factoids_of(flt: FactoidFilter) -> str:
    """FROM: the factoids with their persons — over the covering index of migration 0007
    for the whole register; from each person's own factoids (the primary key of
    ``person_factoids``) when the filter names a few persons."""
    if flt.entities is not None:
        return " FROM person_factoids pf CROSS JOIN factoids f ON f.id = pf.factoid_id"
    return " FROM factoids f INDEXED BY factoids_analysis JOIN person_factoids pf ON pf.factoid_id = f.id"


def _indexed(ftype: str, flt: FactoidFilter) -> tuple[str, list[Any]]:
    """FROM/WHERE for factoids of one type that count under ``flt``."""
    cond, args = flt.sql()
    return (
        _factoids_of(flt)
        + (" JOIN sources s ON s.key = f.source_key" if flt.source_kinds is not None else "")
        + f" WHERE f.type = '{ftype}' AND {cond}"
    ), args


def fate_rows(store: Store, flt: FactoidFilter) -> list[dict[str, Any]]:
    """Every fate factoid of every person that counts under ``flt``: id, value, dates,
    status, source kind and path (quotes and spans: :func:`factoid_details`)."""
    sources = _source_ids(store)
    frm, args = _indexed("fate", flt)
    rows = []
    for eid, key, seq, value, d0, d1, status in _tuples(
        store,
        "SELECT pf.entity_id, f.source_key, f.seq, f.value, f.date_start, f.date_end, f.status"
        + frm
        + " AND f.value IS NOT NULL",
        args,
    ):
        sid, path, kind = sources[key]
        rows.append({"entity_id": eid, "id": ref("factoid", sid, seq), "value": value,
                     "date_start": d0, "date_end": d1, "status": status, "source_kind": kind,
                     "path": path})  # fmt: skip
    return rows


def factoid_details(store: Store, ids: list[str]) -> dict[str, tuple[int, int, str]]:
    """Factoid id → (start, end, quote), for the factoids a drill-down shows."""
    from narkomindel.store.ids import parse_ref

    key_of = {sid[:16]: (key, sid) for key, (sid, _p, _k) in _source_ids(store).items()}
    out: dict[str, tuple[int, int, str]] = {}
    by_source: dict[str, list[int]] = {}
    for fid in ids:
        parsed = parse_ref(fid)
        if parsed and parsed[1] in key_of:
            by_source.setdefault(parsed[1], []).append(parsed[2])
    for prefix, seqs in by_source.items():
        key, sid = key_of[prefix]
        for i in range(0, len(seqs), 500):
            chunk = seqs[i : i + 500]
            for seq, start, end, quote in _tuples(
                store,
                'SELECT seq, start, "end", quote FROM factoids WHERE source_key = ?'
                f" AND seq IN ({','.join('?' * len(chunk))})",
                [key, *chunk],
            ):
                out[ref("factoid", sid, seq)] = (start, end, quote)
    return out


def career_rows(
    store: Store, flt: FactoidFilter, *, elite: bool = True, only: list[int] | None = None
) -> list[dict[str, Any]]:
    """Per person: the first and last year of their posts that count under ``flt`` (a
    post's first year is its start, else the year its document attests it; its last the
    end, else the start, else the attested year), the number of posts and of elite
    posts (:func:`last_posts` gives the post where a career record ends). Entry is the start (or the attested year): a post known only by its
    end (held at arrest) does not tell when its holder entered the service.
    ``elite=False`` skips counting elite posts (the register's ``is_elite`` says as much
    when every factoid counts). ``only``: these entities alone."""
    if only is not None:
        out_only: list[dict[str, Any]] = []
        for i in range(0, len(only), 900):
            chunk = only[i : i + 900]
            out_only += career_rows(store, replace(flt, entities=tuple(chunk)), elite=elite)
        return out_only
    frm, args = _indexed("post", flt)
    first, last = (
        _year_sql("NULLIF(f.date_start, '..')"),
        _year_sql("COALESCE(NULLIF(f.date_end, '..'), NULLIF(f.date_start, '..'))"),
    )
    out: dict[int, dict[str, Any]] = {}
    for eid, y0, y1, posts in _tuples(
        store, f"SELECT pf.entity_id, MIN({first}), MAX({last}), COUNT(*)" + frm
        + " GROUP BY pf.entity_id", args,
    ):  # fmt: skip
        out[eid] = {"entity_id": eid, "first_year": y0, "last_year": y1, "posts": posts,
                    "elite_posts": 0, "last_post": None}  # fmt: skip
    # the few posts with no date of their own: the year their document attests them
    cond, cargs = flt.sql()
    attested = "CAST(substr(json_extract(f.attrs_json, '$.attested'), 1, 4) AS INTEGER)"
    for eid, year in _tuples(
        store,
        f"SELECT pf.entity_id, {attested}"
        + _factoids_of(flt)
        + " JOIN sources s ON s.key = f.source_key"
        " WHERE f.type = 'post' AND f.date_start IS NULL AND f.date_end IS NULL"
        f" AND json_extract(f.attrs_json, '$.attested') IS NOT NULL AND {cond}",
        cargs,
    ):
        d = out.get(eid)
        if d is None or not year:
            continue
        d["first_year"] = year if d["first_year"] is None else min(d["first_year"], year)
        if d["last_year"] is None or year > d["last_year"]:
            d["last_year"] = year
    for eid, n in (
        []
        if not elite
        else _tuples(
            store,
            "SELECT pf.entity_id, COUNT(*) FROM factoids f JOIN person_factoids pf ON pf.factoid_id = f.id"
            " JOIN sources s ON s.key = f.source_key WHERE f.type = 'post'"
            f" AND json_extract(f.attrs_json, '$.elite') AND {cond} GROUP BY pf.entity_id",
            cargs,
        )
    ):
        if eid in out:
            out[eid]["elite_posts"] = n
    return list(out.values())


def last_posts(store: Store, entity_ids: list[int], flt: FactoidFilter) -> dict[int, str]:
    """Entity id → the id of their post with the latest year (where the record ends)."""
    sources = _source_ids(store)
    cond, args = flt.sql()
    last = _year_sql("COALESCE(NULLIF(f.date_end, '..'), NULLIF(f.date_start, '..'))")
    out: dict[int, str] = {}
    for i in range(0, len(entity_ids), 500):
        chunk = entity_ids[i : i + 500]
        # from each person's own factoids (the primary key of person_factoids); one
        # aggregate, so SQLite takes the bare columns from the row with the maximum
        for eid, _y, key, seq in _tuples(
            store,
            f"SELECT pf.entity_id, MAX({last}), f.source_key, f.seq FROM person_factoids pf"
            " CROSS JOIN factoids f ON f.id = pf.factoid_id JOIN sources s ON s.key = f.source_key"
            f" WHERE pf.entity_id IN ({','.join('?' * len(chunk))}) AND f.type = 'post'"
            f" AND {cond} AND {last} IS NOT NULL GROUP BY pf.entity_id",
            [*chunk, *args],
        ):
            out[eid] = ref("factoid", sources[key][0], seq)
    return out


def attribute_rows(store: Store, flt: FactoidFilter) -> list[dict[str, Any]]:
    """Attribute factoids a cohort can be formed by (birth, nationality, party, former
    party, class origin, education) of every listed person, under ``flt``."""
    cond, args = flt.sql()
    names = ("birth", *COHORT_ATTRIBUTES)
    rows = []
    for eid, attribute, value, source, seq in _tuples(
        store,
        "SELECT pf.entity_id, f.attribute, f.value, s.id AS source, f.seq"
        + _joined(
            f"f.type = 'attribute' AND f.attribute IN ({','.join('?' * len(names))})"
            f" AND f.value IS NOT NULL AND {cond}"
        )
        + " ORDER BY pf.entity_id, f.source_key, f.seq",
        [*names, *args],
    ):  # plain tuples: half a million rows on a large register
        rows.append({"entity_id": eid, "attribute": attribute, "value": value,
                     "id": ref("factoid", source, seq)})  # fmt: skip
    return rows


def membership_rows(store: Store, flt: FactoidFilter) -> list[dict[str, Any]]:
    """Party memberships with the year joined (``date_start``), under ``flt``."""
    cond, args = flt.sql()
    rows = []
    for eid, organisation, start, source, seq in _tuples(
        store,
        "SELECT pf.entity_id, f.organisation, f.date_start, s.id AS source, f.seq"
        + _joined(f"f.type = 'membership' AND {cond}")
        + " ORDER BY pf.entity_id, f.source_key, f.seq",
        args,
    ):
        rows.append({"entity_id": eid, "organisation": organisation, "date_start": start,
                     "id": ref("factoid", source, seq)})  # fmt: skip
    return rows


def statistic_rows(store: Store) -> list[dict[str, Any]]:
    """Statistical statements of the current sources (factoids of type ``statistic``),
    not rejected, with their source, span, quote and qualifiers."""
    current = {s["id"] for s in store.sources()}
    rows = []
    for r in store.conn.execute(
        "SELECT s.id AS source, s.path, s.title, s.kind AS source_kind, f.seq, f.value,"
        ' f.attribute, f.date_start, f.quote, f.start, f."end", f.status, f.confidence,'
        " f.attrs_json FROM factoids f JOIN sources s ON s.key = f.source_key"
        " WHERE f.type = 'statistic' AND f.status != 'rejected' ORDER BY s.path, f.seq"
    ):
        if r["source"] not in current:
            continue
        d = dict(r)
        d["attrs"] = json.loads(d.pop("attrs_json") or "{}")
        d["id"] = ref("factoid", d["source"], d.pop("seq"))
        rows.append(d)
    return rows


def relation_event_rows(store: Store, types: tuple[str, ...]) -> list[dict[str, Any]]:
    """Events of these types (recognition, rupture, restoration, agreement, treaty ...)
    of the current sources, with their parties, date, quote and source."""
    current = {s["id"]: s for s in store.sources()}
    rows = []
    for r in store.conn.execute(
        "SELECT s.id AS source, s.path, s.kind AS source_kind, ev.seq, ev.type, ev.name,"
        ' ev.date, ev.place, ev.parties_json, ev.quote, ev.start, ev."end", ev.confidence'
        " FROM events ev JOIN sources s ON s.key = ev.source_key"
        f" WHERE ev.type IN ({','.join('?' * len(types))}) ORDER BY s.path, ev.seq",
        list(types),
    ):
        if r["source"] not in current:
            continue
        d = dict(r)
        d["parties"] = json.loads(d.pop("parties_json") or "[]")
        d["id"] = ref("event", d["source"], d.pop("seq"))
        rows.append(d)
    return rows


def register_facts(store: Store) -> dict[str, Any]:
    """What identifies the register a report describes: counts and the newest ingest."""
    conn = store.conn

    def one(sql: str) -> Any:
        return conn.execute(sql).fetchone()[0]

    return {
        "path": store.path,
        "sources": one("SELECT COUNT(*) FROM sources"),
        "factoids": one("SELECT COUNT(*) FROM factoids"),
        "persons": one("SELECT COUNT(*) FROM person_summary"),
        "last_ingest": one("SELECT MAX(ingested_at) FROM sources"),
        "extraction": one("SELECT MAX(version) FROM extraction_runs"),
        "curation_actions": one("SELECT COUNT(*) FROM curation_log"),
    }
