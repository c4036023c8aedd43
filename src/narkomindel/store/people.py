"""The SQL of the person queries: lists of persons, cards, posts, name look-ups.

Functions take plain, already-checked values (the query layer checks and
normalises what a user typed) and return rows as dicts; they never write.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from narkomindel.store.ids import ref
from narkomindel.translit import name_keys

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = [
    "FACTOID_COLUMNS",
    "value_known",
    "known_values",
    "find_persons",
    "name_match_sql",
    "name_exists_sql",
    "name_in_sql",
    "name_is_common",
    "post_spans",
    "plain_post_spans",
    "post_rows_of",
    "ids_by_name",
    "ids_with_name",
    "listed",
    "keys_and_names",
    "entity",
    "summary",
    "factoid_rows",
    "post_rows",
    "card_mentions",
    "person_links",
    "summary_names",
]

FACTOID_COLUMNS = (
    "type", "role", "organisation", "department", "country", "date_start", "date_end", "value",
    "attribute", "modality", "confidence", "quote", "status",
)  # fmt: skip
_FILTER_COLUMNS = {("post", "country"), ("post", "role"), ("fate", "value")}


def _marks(items: list[Any]) -> str:
    return ",".join("?" * len(items))


def _like(text: str) -> str:
    """``%text%`` with LIKE's own wildcards in ``text`` taken literally (ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def value_known(store: Store, ftype: str, column: str, value: str) -> bool:
    """Whether some factoid of type ``ftype`` has ``column`` equal to ``value``."""
    assert (ftype, column) in _FILTER_COLUMNS
    sql = f"SELECT 1 FROM factoids WHERE type = ? AND {column} = ? LIMIT 1"
    return store.conn.execute(sql, (ftype, value)).fetchone() is not None


def known_values(store: Store, ftype: str, column: str) -> list[str]:
    """Every value of ``column`` among factoids of type ``ftype``, sorted."""
    assert (ftype, column) in _FILTER_COLUMNS
    return sorted(
        r[0]
        for r in store.conn.execute(
            f"SELECT DISTINCT {column} FROM factoids WHERE type = ? AND {column} IS NOT NULL",
            (ftype,),
        )
    )


def _overlaps_year_sql(alias: str = "f") -> str:
    """SQL: the factoid's dates cover year ``?`` (a post with one date lasts that year: a
    registry post held at arrest has only its end; an undated post in a dated document is
    held on the document's date)."""
    attested = f"json_extract({alias}.attrs_json, '$.attested')"
    start = (
        f"COALESCE(NULLIF({alias}.date_start, '..'), NULLIF({alias}.date_end, '..'), {attested})"
    )
    end = f"COALESCE(NULLIF({alias}.date_end, '..'), NULLIF({alias}.date_start, '..'), {attested})"
    return (
        f"({start} IS NOT NULL AND CAST(substr({start}, 1, 4) AS INTEGER) <= ?"
        f" AND CAST(substr({end}, 1, 4) AS INTEGER) >= ?)"
    )


def _post_conditions(
    *,
    role: str | None = None,
    country: str | None = None,
    year: int | None = None,
    department: str | None = None,
) -> tuple[list[str], list[Any]]:
    """SQL conditions (on factoids ``f``) for an asserted, unrejected post with these traits."""
    cond = ["f.type = 'post'", "f.status != 'rejected'", "f.modality = 'asserted'"]
    args: list[Any] = []
    if role:
        cond.append("f.role = ?")
        args.append(role)
    if country:
        cond.append("f.country = ?")
        args.append(country)
    if department:
        cond.append("f.department LIKE ? ESCAPE '\\'")
        args.append(_like(department))
    if year is not None:
        cond.append(_overlaps_year_sql())
        args.extend([year, year])
    return cond, args


def find_persons(
    store: Store,
    *,
    ids: list[int] | None = None,
    fate: str | None = None,
    role: str | None = None,
    country: str | None = None,
    year: int | None = None,
    elite: bool = False,
    diplomats: bool = False,
    kind: str | None = None,
    name: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Summary rows of persons matching every condition (``ids``: only these entities;
    ``name``: as :func:`ids_by_name`, in SQL, so that ``limit`` pages the hits however
    many persons share a name)."""
    where: list[str] = []
    args: list[Any] = []
    if fate:
        where.append("ps.fate = ?")
        args.append(fate)
    if elite:
        where.append("ps.is_elite = 1")
    if diplomats:
        where.append("ps.is_diplomat = 1")
    if kind:
        where.append("ps.kind = ?")
        args.append(kind)
    if role or country or year is not None:
        cond, cond_args = _post_conditions(role=role, country=country, year=year)
        where.append(
            "ps.entity_id IN (SELECT pf.entity_id FROM factoids f"
            " JOIN person_factoids pf ON pf.factoid_id = f.id WHERE " + " AND ".join(cond) + ")"
        )
        args.extend(cond_args)
    if ids is not None:
        where.append(f"ps.entity_id IN ({_marks(ids)})")
        args.extend(ids)
    if name is not None:
        if limit and name_is_common(store, name):
            sub, sub_args = name_exists_sql(name, "ps.entity_id")
            where.append(sub)
        else:
            sub, sub_args = name_match_sql(name)
            where.append(f"ps.entity_id IN ({sub})")
        args.extend(sub_args)
    sql = (
        "SELECT e.key AS id, ps.name, ps.kind, ps.is_soviet_official, ps.is_diplomat, ps.is_elite,"
        " ps.fate, ps.fate_date, ps.birth, ps.death, ps.posts, ps.mentions, e.variants_json"
        " FROM person_summary ps JOIN entities e ON e.id = ps.entity_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY ps.kind DESC, ps.name, ps.entity_id"
        + (" LIMIT ?" if limit else "")
    )
    if limit:
        args.append(int(limit))
    out = []
    for r in store.conn.execute(sql, args):
        d = dict(r)
        d["variants"] = json.loads(d.pop("variants_json"))
        for flag in ("is_soviet_official", "is_diplomat", "is_elite"):
            d[flag] = bool(d[flag])
        out.append(d)
    return out


def _name_keys(name: str) -> list[str]:
    keys: set[str] = set()
    for word in re.findall(r"[^\W\d_][\w'’-]*", name):
        if len(word) > 2:
            keys |= name_keys(word)
    return sorted(keys)


# from this many candidate name rows on, a list in name order is read in that order,
# each person checked (and stops at its limit), rather than every hit gathered and sorted
_DENSE = 2000


def _substring_sql(text: str) -> tuple[str, list[Any]]:
    """The entity numbers of names containing ``text`` (LIKE, any ASCII case): through the
    trigram index (migration 0010) when ``text`` has three characters or more, every
    candidate checked by the LIKE itself; otherwise every name read."""
    if len(text) >= 3:
        phrase = '"' + text.replace('"', '""') + '"'
        return (
            "SELECT n.entity_id FROM entity_names_trigram t JOIN entity_names n"
            " ON n.rowid = t.rowid WHERE entity_names_trigram MATCH ? AND n.name LIKE ? ESCAPE '\\'",
            [phrase, _like(text)],
        )
    return "SELECT entity_id FROM entity_names WHERE name LIKE ? ESCAPE '\\'", [_like(text)]


def name_match_sql(name: str) -> tuple[str, list[Any]]:
    """A subquery of the entity numbers :func:`ids_by_name` finds, and its arguments."""
    keys = _name_keys(name)
    like, like_args = _substring_sql(name)
    if not keys:
        return like, like_args
    return (
        f"SELECT entity_id FROM entity_names WHERE key IN ({_marks(keys)}) UNION {like}",
        [*keys, *like_args],
    )


def name_in_sql(name: str, column: str) -> tuple[str, list[Any]]:
    """The condition that the entity ``column`` is one :func:`ids_by_name` finds, as two
    lists looked up apart (no union of them to build: cheaper to count many hits)."""
    keys = _name_keys(name)
    like, like_args = _substring_sql(name)
    if not keys:
        return f"{column} IN ({like})", like_args
    return (
        f"({column} IN (SELECT entity_id FROM entity_names WHERE key IN ({_marks(keys)}))"
        f" OR {column} IN ({like}))",
        [*keys, *like_args],
    )


def name_exists_sql(name: str, column: str) -> tuple[str, list[Any]]:
    """The condition that the entity ``column`` has a name :func:`ids_by_name` finds,
    checked for that entity alone (for lists read in their own order)."""
    keys = _name_keys(name)
    by_key = f"n.key IN ({_marks(keys)}) OR " if keys else ""
    return (
        f"EXISTS (SELECT 1 FROM entity_names n WHERE n.entity_id = {column}"
        f" AND ({by_key}n.name LIKE ? ESCAPE '\\'))",
        [*keys, _like(name)],
    )


def name_is_common(store: Store, name: str) -> bool:
    """Whether a search for ``name`` has many candidates (:data:`_DENSE` name rows or
    more, counted no further)."""
    sub, args = name_match_sql(name)
    sub = sub.replace(" UNION ", " UNION ALL ")
    row = store.conn.execute(
        f"SELECT COUNT(*) FROM (SELECT 1 FROM ({sub}) LIMIT ?)", [*args, _DENSE]
    ).fetchone()
    return int(row[0]) >= _DENSE


def ids_by_name(store: Store, name: str) -> list[int]:
    """Persons with a name of which a word meets a word of ``name`` by key (any
    spelling, any script), or that contains ``name`` as written."""
    keys = _name_keys(name)
    found: set[int] = set()
    if keys:
        found |= {
            r[0]
            for r in store.conn.execute(
                f"SELECT DISTINCT entity_id FROM entity_names WHERE key IN ({_marks(keys)})",
                keys,
            )
        }
    found |= set(ids_with_name(store, name))
    return sorted(found)


def ids_with_name(store: Store, text: str) -> list[int]:
    """Persons one of whose names contains ``text`` as written (any case)."""
    sub, args = _substring_sql(text)
    return [r[0] for r in store.conn.execute(f"SELECT DISTINCT * FROM ({sub}) ORDER BY 1", args)]


def listed(store: Store, ids: list[int]) -> list[int]:
    """Those of ``ids`` that are listed persons (have a summary)."""
    if not ids:
        return []
    return [
        i
        for (i,) in store.conn.execute(
            f"SELECT entity_id FROM person_summary WHERE entity_id IN ({_marks(ids)})", ids
        )
    ]


def keys_and_names(store: Store, ids: list[int], limit: int = 8) -> list[tuple[str, str]]:
    """(key, name) of some listed persons, to say which ones a name fits."""
    return [
        (r[0], r[1])
        for r in store.conn.execute(
            "SELECT e.key, ps.name FROM person_summary ps JOIN entities e ON e.id = ps.entity_id"
            f" WHERE ps.entity_id IN ({_marks(ids)}) LIMIT ?",
            [*ids, limit],
        )
    ]


def entity(store: Store, *, ref_or_key: str | None = None, number: int | None = None) -> Any:
    """An entity row (id, key, label, variants_json, attrs_json) by key or number, or None."""
    if number is not None:
        return store.conn.execute(
            "SELECT id, key, label, variants_json, attrs_json FROM entities WHERE id = ?", (number,)
        ).fetchone()
    # two indexed look-ups, not one OR that scans every entity
    row = store.conn.execute(
        "SELECT id, key, label, variants_json, attrs_json FROM entities WHERE key = ?",
        (ref_or_key,),
    ).fetchone()
    if row is None and ref_or_key is not None and ref_or_key.isdigit():
        row = store.conn.execute(
            "SELECT id, key, label, variants_json, attrs_json FROM entities WHERE id = ?",
            (int(ref_or_key),),
        ).fetchone()
    return row


def summary(store: Store, entity_id: int) -> Any:
    return store.conn.execute(
        "SELECT * FROM person_summary WHERE entity_id = ?", (entity_id,)
    ).fetchone()


def _factoid_rows(
    store: Store, where: str, args: list[Any], *, with_numbers: bool = False
) -> list[dict[str, Any]]:
    rows = []
    for f in store.conn.execute(
        "SELECT f.*, s.id AS source, s.path, pf.via_link, e.key AS subject, l.record_name,"
        " pf.entity_id AS entity_number"
        " FROM person_factoids pf JOIN factoids f ON f.id = pf.factoid_id"
        " JOIN sources s ON s.key = f.source_key JOIN entities e ON e.id = pf.entity_id"
        " LEFT JOIN links l ON l.id = pf.via_link WHERE " + where,
        args,
    ):
        d = {k: f[k] for k in FACTOID_COLUMNS}
        d["attested"] = json.loads(f["attrs_json"] or "{}").get("attested")
        d.update(
            id=ref("factoid", f["source"], f["seq"]),
            subject=f["subject"],
            source=f["source"],
            path=f["path"],
            start=f["start"],
            end=f["end"],
        )
        if f["via_link"] is not None:
            d["via_link"] = f["via_link"]
            d["via_record"] = f["record_name"]
        if with_numbers:
            d["entity_number"], d["factoid_number"] = f["entity_number"], f["id"]
        rows.append(d)
    return rows


def factoid_rows(store: Store, entity_id: int) -> list[dict[str, Any]]:
    """Every factoid of one person (their own and those a linked record brings)."""
    return _factoid_rows(store, "pf.entity_id = ? ORDER BY f.source_key, f.seq", [entity_id])


def post_rows(
    store: Store,
    *,
    role: str | None = None,
    country: str | None = None,
    year: int | None = None,
    department: str | None = None,
    soviet_only: bool = True,
) -> list[dict[str, Any]]:
    """Post factoids with these traits (of Soviet officials only, unless told otherwise)."""
    where, args = _post_conditions(role=role, country=country, year=year, department=department)
    if soviet_only:
        # EXISTS, not IN (…): with IN, SQLite probes every listed person for every post
        where.append(
            "EXISTS (SELECT 1 FROM person_summary ps WHERE ps.entity_id = pf.entity_id"
            " AND ps.is_soviet_official = 1)"
        )
    return _factoid_rows(store, " AND ".join(where), args)


def _year_of(column: str) -> str:
    """SQL: the year a date begins with (its first four characters, if digits; 0: none)."""
    return (
        f"NULLIF(CASE WHEN substr({column}, 1, 4) GLOB '[0-9][0-9][0-9][0-9]'"
        f" THEN CAST(substr({column}, 1, 4) AS INTEGER) END, 0)"
    )


def post_spans(
    store: Store,
    *,
    country: str | None = None,
    department: str | None = None,
    soviet_only: bool = True,
) -> list[tuple[Any, ...]]:
    """The few columns a staffing matrix needs of every post with these traits, of
    listed persons (Soviet officials only, unless told otherwise), in time order (by
    the first date, else the attested one, else the last; then the last; then the
    name): (entity id, factoid number, person key, name, role, first year, last year,
    source id, seq). A post with one date lasts that year; undated: no years. A
    country's (Soviet officials only) are read from the stored ``mission_posts``."""
    if country is not None and department is None and soviet_only:
        return store.conn.execute(  # stored in this order (migration 0011)
            "SELECT entity_id, factoid_id, person, name, role, first_year, last_year, source, seq"
            " FROM mission_posts WHERE country = ?"
            " ORDER BY sort_from, sort_to, name, factoid_id, entity_id",
            (country,),
        ).fetchall()
    return plain_post_spans(store, country=country, department=department, soviet_only=soviet_only)


def plain_post_spans(
    store: Store,
    *,
    country: str | None = None,
    department: str | None = None,
    soviet_only: bool = True,
) -> list[tuple[Any, ...]]:
    """:func:`post_spans` read from the factoids themselves."""
    where, args = _post_conditions(country=country, department=department)
    if soviet_only:
        where.append("ps.is_soviet_official = 1")
    s, e, a = _year_of("date_start"), _year_of("date_end"), _year_of("attested")
    return store.conn.execute(
        f"SELECT entity_id, fid, key, name, role, COALESCE({s}, {a}, {e}),"
        f" COALESCE({e}, {s}, {a}), source, seq FROM ("
        "SELECT pf.entity_id, f.id AS fid, e.key, ps.name, f.role, f.date_start, f.date_end,"
        " json_extract(f.attrs_json, '$.attested') AS attested, s.id AS source, f.seq"
        " FROM factoids f JOIN person_factoids pf ON pf.factoid_id = f.id"
        " JOIN person_summary ps ON ps.entity_id = pf.entity_id"
        " JOIN entities e ON e.id = pf.entity_id JOIN sources s ON s.key = f.source_key"
        " WHERE " + " AND ".join(where) + ")"
        " ORDER BY COALESCE(NULLIF(date_start, ''), NULLIF(attested, ''), NULLIF(date_end, ''),"
        " '9999'), COALESCE(date_end, ''), name, fid",
        args,
    ).fetchall()  # fmt: skip


def post_rows_of(store: Store, pairs: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """The full rows (as :func:`post_rows`, with ``entity_number`` and
    ``factoid_number``) of these (entity id, factoid number) pairs, in the order given."""
    found: dict[tuple[int, int], dict[str, Any]] = {}
    for i in range(0, len(pairs), 400):
        chunk = pairs[i : i + 400]
        fids = sorted({f for _e, f in chunk})
        for row in _factoid_rows(store, f"f.id IN ({_marks(fids)})", [*fids], with_numbers=True):
            found[(row["entity_number"], row["factoid_number"])] = row
    return [found[p] for p in pairs if p in found]


def summary_names(store: Store) -> dict[str, str]:
    """Person key → the name the register shows, for every listed person."""
    return dict(
        store.conn.execute(
            "SELECT e.key, ps.name FROM person_summary ps JOIN entities e ON e.id = ps.entity_id"
        ).fetchall()
    )


def card_mentions(store: Store, entity_id: int) -> list[dict[str, Any]]:
    """A person's mentions with the score and evidence that joined each to them."""
    return [
        {"ref": f"{r['id']}:{r['start']}", "text": r["text"], "source": r["id"], "path": r["path"],
         "start": r["start"], "end": r["end"], "score": r["score"], "evidence": r["evidence"]}
        for r in store.conn.execute(
            'SELECT s.id, s.path, m.start, m."end", m.text, em.score, em.evidence'
            " FROM entity_mentions em JOIN sources s ON s.key = em.source_key"
            " JOIN mentions m ON m.source_key = em.source_key AND m.seq = em.mention_seq"
            " WHERE em.entity_id = ? ORDER BY s.path, m.start",
            (entity_id,),
        )
    ]  # fmt: skip


def person_links(store: Store, entity_id: int) -> list[dict[str, Any]]:
    """The registry links proposed for a person, best first."""
    return [
        {
            "id": lk["id"], "key": lk["key"], "record": lk["record_name"], "status": lk["status"],
            "score": lk["score"], "conflict": lk["conflict"],
            "evidence": json.loads(lk["evidence_json"]), "source": lk["record_source"],
        }
        for lk in store.conn.execute(
            "SELECT * FROM links WHERE entity_id = ? ORDER BY score DESC", (entity_id,)
        )
    ]  # fmt: skip
