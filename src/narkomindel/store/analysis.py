"""The SQL of the analyses: what a fate table, a cohort or a survival curve needs of
every person of the register, in a few bulk reads.

Every function takes a :class:`FactoidFilter` (which factoids count as evidence: all
that are not rejected, only those a curator accepted, only some kinds of source) and
returns plain rows; none writes. The rules that turn rows into conclusions live in
:mod:`narkomindel.analyse`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
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
    "factoid_quotes",
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
        return " AND ".join(cond), args


def _year_sql(expr: str) -> str:
    """SQL: the year an EDTF value starts in (NULL unless it begins with four digits)."""
    return (
        f"(CASE WHEN {expr} GLOB '[0-9][0-9][0-9][0-9]*'"
        f" THEN CAST(substr({expr}, 1, 4) AS INTEGER) END)"
    )


def person_rows(store: Store) -> list[dict[str, Any]]:
    """Every listed person: entity id, key, name, kind, the standing flags and birth."""
    return [
        dict(r)
        for r in store.conn.execute(
            "SELECT ps.entity_id, e.key, ps.name, ps.kind, ps.is_soviet_official, ps.is_diplomat,"
            " ps.is_elite, ps.birth, ps.fate AS summary_fate FROM person_summary ps"
            " JOIN entities e ON e.id = ps.entity_id ORDER BY ps.entity_id"
        )
    ]


def _joined(where: str) -> str:
    return (
        " FROM person_factoids pf JOIN factoids f ON f.id = pf.factoid_id"
        " JOIN sources s ON s.key = f.source_key"
        " JOIN person_summary ps ON ps.entity_id = pf.entity_id WHERE " + where
    )


def fate_rows(store: Store, flt: FactoidFilter) -> list[dict[str, Any]]:
    """Every fate factoid of every listed person that counts under ``flt``, with its id,
    value, dates, status, source kind and quote."""
    cond, args = flt.sql()
    rows = []
    for r in store.conn.execute(
        "SELECT pf.entity_id, s.id AS source, s.path, s.kind AS source_kind, f.seq, f.value,"
        ' f.date_start, f.date_end, f.status, f.confidence, f.quote, f.start, f."end"'
        + _joined(f"f.type = 'fate' AND f.value IS NOT NULL AND {cond}")
        + " ORDER BY pf.entity_id, f.source_key, f.seq",
        args,
    ):
        d = dict(r)
        d["id"] = ref("factoid", d.pop("source"), d.pop("seq"))
        rows.append(d)
    return rows


def career_rows(store: Store, flt: FactoidFilter) -> list[dict[str, Any]]:
    """Per person: the first and last year of their posts that count under ``flt`` (a
    post's first year is its start, else the year its document attests it; its last the
    end, else the start, else the attested year), the number of posts, of
    elite posts, and the id of the post with the latest year (the evidence of where the
    career record ends)."""
    cond, args = flt.sql()
    attested = "json_extract(f.attrs_json, '$.attested')"
    # entry is the start (or the attested year): a post known only by its end (held at
    # arrest) does not tell when its holder entered the service
    first = _year_sql(f"COALESCE(NULLIF(f.date_start, '..'), {attested})")
    last = _year_sql(f"COALESCE(NULLIF(f.date_end, '..'), NULLIF(f.date_start, '..'), {attested})")
    elite = "COALESCE(json_extract(f.attrs_json, '$.elite'), 0)"
    out: dict[int, dict[str, Any]] = {}
    for r in store.conn.execute(
        f"SELECT pf.entity_id, MIN({first}) AS first_year, COUNT(*) AS posts,"
        f" SUM({elite}) AS elite_posts"
        + _joined(f"f.type = 'post' AND {cond}")
        + " GROUP BY pf.entity_id",
        args,
    ):
        out[r[0]] = {**dict(r), "last_year": None, "last_post": None}
    # one aggregate per query: SQLite takes the bare columns from the row with the maximum
    for eid, year, src, seq in store.conn.execute(
        f"SELECT pf.entity_id, MAX({last}) AS y, s.id, f.seq"
        + _joined(f"f.type = 'post' AND {cond} AND {last} IS NOT NULL")
        + " GROUP BY pf.entity_id",
        args,
    ):
        if eid in out:
            out[eid]["last_year"] = year
            out[eid]["last_post"] = ref("factoid", src, seq)
    return list(out.values())


def attribute_rows(store: Store, flt: FactoidFilter) -> list[dict[str, Any]]:
    """Attribute factoids a cohort can be formed by (birth, nationality, party, former
    party, class origin, education) of every listed person, under ``flt``."""
    cond, args = flt.sql()
    names = ("birth", *COHORT_ATTRIBUTES)
    rows = []
    for r in store.conn.execute(
        "SELECT pf.entity_id, f.attribute, f.value, s.id AS source, f.seq"
        + _joined(
            f"f.type = 'attribute' AND f.attribute IN ({','.join('?' * len(names))})"
            f" AND f.value IS NOT NULL AND {cond}"
        )
        + " ORDER BY pf.entity_id, f.source_key, f.seq",
        [*names, *args],
    ):
        d = dict(r)
        d["id"] = ref("factoid", d.pop("source"), d.pop("seq"))
        rows.append(d)
    return rows


def membership_rows(store: Store, flt: FactoidFilter) -> list[dict[str, Any]]:
    """Party memberships with the year joined (``date_start``), under ``flt``."""
    cond, args = flt.sql()
    rows = []
    for r in store.conn.execute(
        "SELECT pf.entity_id, f.organisation, f.date_start, s.id AS source, f.seq"
        + _joined(f"f.type = 'membership' AND {cond}")
        + " ORDER BY pf.entity_id, f.source_key, f.seq",
        args,
    ):
        d = dict(r)
        d["id"] = ref("factoid", d.pop("source"), d.pop("seq"))
        rows.append(d)
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


def factoid_quotes(store: Store, ids: list[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """(source id prefix, seq) → quote, for the factoids a drill-down shows."""
    out: dict[tuple[str, int], str] = {}
    for prefix, seq in ids:
        row = store.conn.execute(
            "SELECT f.quote FROM factoids f JOIN sources s ON s.key = f.source_key"
            " WHERE s.id LIKE ? AND f.seq = ? LIMIT 1",
            (prefix + "%", seq),
        ).fetchone()
        if row is not None:
            out[(prefix, seq)] = str(row[0])
    return out


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
