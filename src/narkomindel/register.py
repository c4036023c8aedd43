"""Queries over the register: persons, a person's card, posts, the chronology of
events, and full-text search. Each returns plain data (lists of dicts) that the
CLI prints, the Python API wraps and the exports write.

Every factoid comes with its quote and where it stands (source id, path,
character span); ids are stable across runs on the same inputs (persons by their
resolution key, factoids, mentions and events by source and sequence).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections import defaultdict
from typing import Any

from narkomindel.errors import NotFoundError, UsageError
from narkomindel.extract import gazetteer as gz
from narkomindel.resolution import sync_search
from narkomindel.store import register as _reg
from narkomindel.translit import name_keys, romanize

__all__ = ["persons", "person", "posts", "events", "search", "FACTOID_COLUMNS"]

FACTOID_COLUMNS = (
    "type", "role", "organisation", "department", "country", "date_start", "date_end", "value",
    "attribute", "modality", "confidence", "quote", "status",
)  # fmt: skip


def _year_arg(year: int | str | None, what: str = "--year") -> int | None:
    if year is None or year == "":
        return None
    if not re.fullmatch(r"\d{4}", str(year).strip()):
        raise UsageError(f"{what} {year!r} is not a year", hint="give a year such as 1937")
    return int(str(year).strip())


_FILTERS = {  # option -> (factoid type, column)
    "--country": ("post", "country"),
    "--role": ("post", "role"),
    "--fate": ("fate", "value"),
}


def _stored_form(conn: sqlite3.Connection, option: str, value: str) -> str:
    """The form in which the register stores a filter value: any case; for a country
    any name the gazetteer knows (Britain, Soviet Union) or one of its cities. A value
    nothing in the register has is an error that lists what there is."""
    ftype, column = _FILTERS[option]
    wanted = value.strip()
    if option == "--country":
        place = next((v for k, v in gz.places().items() if k.lower() == wanted.lower()), None)
        if place is not None:
            wanted = place[2] or place[0]
    sql = f"SELECT 1 FROM factoids WHERE type = ? AND {column} = ? LIMIT 1"
    if conn.execute(sql, (ftype, wanted)).fetchone():
        return wanted
    known = sorted(
        r[0]
        for r in conn.execute(
            f"SELECT DISTINCT {column} FROM factoids WHERE type = ? AND {column} IS NOT NULL",
            (ftype,),
        )
    )
    hit = next((k for k in known if k.lower() == wanted.lower()), None)
    if hit is None:
        shown = ", ".join(known[:30]) + (" …" if len(known) > 30 else "")
        raise UsageError(
            f"{option} {value!r}: nothing in the register has it",
            hint=f"known values: {shown}" if known else "the register has none yet",
        )
    return str(hit)


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
        cond.append("f.department LIKE ?")
        args.append(f"%{department}%")
    if year is not None:
        cond.append(_overlaps_year_sql())
        args.extend([year, year])
    return cond, args


def persons(
    db: str | os.PathLike[str],
    *,
    name: str | None = None,
    fate: str | None = None,
    role: str | None = None,
    country: str | None = None,
    year: int | str | None = None,
    elite: bool = False,
    diplomats: bool = False,
    kind: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Persons matching every filter given.

    ``name`` matches any spelling or script of a name (Litvinoff finds Litvinov and
    Литвинов); ``fate`` the person's gravest fate (executed, arrested, purged ...);
    ``role``, ``country`` and ``year`` a post the person held (together: that post,
    in that country, that year); ``elite`` persons who held a leading post in the
    commissariat or a head of mission's; ``diplomats`` Soviet officials with a
    diplomatic post; ``kind`` ``text`` (persons of the texts) or ``registry``
    (registry records no text person is linked to).
    """
    y = _year_arg(year)
    with _reg.open_register(db) as store:
        return _persons(store.conn, name, fate, role, country, y, elite, diplomats, kind, limit)


def _persons(
    conn: sqlite3.Connection,
    name: str | None,
    fate: str | None,
    role: str | None,
    country: str | None,
    y: int | None,
    elite: bool,
    diplomats: bool,
    kind: str | None,
    limit: int | None,
) -> list[dict[str, Any]]:
    fate = _stored_form(conn, "--fate", fate) if fate else None
    role = _stored_form(conn, "--role", role) if role else None
    country = _stored_form(conn, "--country", country) if country else None
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
    if role or country or y is not None:
        cond, cond_args = _post_conditions(role=role, country=country, year=y)
        where.append(
            "ps.entity_id IN (SELECT pf.entity_id FROM factoids f"
            " JOIN person_factoids pf ON pf.factoid_id = f.id WHERE " + " AND ".join(cond) + ")"
        )
        args.extend(cond_args)
    if name:
        ids = _ids_by_name(conn, name)
        if not ids:
            return []
        where.append(f"ps.entity_id IN ({','.join('?' * len(ids))})")
        args.extend(ids)
    sql = (
        "SELECT e.key AS id, ps.name, ps.kind, ps.is_soviet_official, ps.is_diplomat, ps.is_elite,"
        " ps.fate, ps.fate_date, ps.birth, ps.death, ps.posts, ps.mentions, e.variants_json"
        " FROM person_summary ps JOIN entities e ON e.id = ps.entity_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY ps.kind DESC, ps.name"
        + (f" LIMIT {int(limit)}" if limit else "")
    )
    out = []
    for r in conn.execute(sql, args):
        d = dict(r)
        d["variants"] = json.loads(d.pop("variants_json"))
        for flag in ("is_soviet_official", "is_diplomat", "is_elite"):
            d[flag] = bool(d[flag])
        out.append(d)
    return out


def _ids_by_name(conn: sqlite3.Connection, name: str) -> list[int]:
    """Persons with a name of which a word meets a word of ``name`` by key (any
    spelling, any script), or that contains ``name`` as written."""
    keys = set()
    for word in re.findall(r"[^\W\d_][\w'’-]*", name):
        if len(word) > 2:
            keys |= name_keys(word)
    ids: set[int] = set()
    if keys:
        ids |= {
            r[0]
            for r in conn.execute(
                f"SELECT DISTINCT entity_id FROM entity_names WHERE key IN ({','.join('?' * len(keys))})",
                sorted(keys),
            )
        }
    ids |= {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT entity_id FROM entity_names WHERE name LIKE ?", (f"%{name}%",)
        )
    }
    return sorted(ids)


def _entity(conn: sqlite3.Connection, ref: str) -> sqlite3.Row:
    row = conn.execute(
        "SELECT id, key, label, variants_json, attrs_json FROM entities WHERE key = ? OR CAST(id AS TEXT) = ?",
        (ref, ref),
    ).fetchone()
    if row is not None:
        return row  # type: ignore[no-any-return]

    def listed_of(ids: list[int]) -> list[int]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [
            i
            for (i,) in conn.execute(
                f"SELECT entity_id FROM person_summary WHERE entity_id IN ({marks})", ids
            )
        ]

    # a name as written wins over one that meets it only by spelling key
    literal = [
        i
        for (i,) in conn.execute(
            "SELECT DISTINCT entity_id FROM entity_names WHERE name LIKE ?", (f"%{ref}%",)
        )
    ]
    listed = listed_of(literal)
    if len(listed) != 1:
        listed = listed or listed_of(_ids_by_name(conn, ref))
    if not listed:
        raise NotFoundError(
            f"no person matches {ref!r}",
            hint="list them with `narkomindel persons --name ...` (run `narkomindel resolve` first)",
        )
    if len(listed) > 1:
        names = "; ".join(
            f"{r[0]} ({r[1]})"
            for r in conn.execute(
                f"SELECT e.key, ps.name FROM person_summary ps JOIN entities e ON e.id = ps.entity_id"
                f" WHERE ps.entity_id IN ({','.join('?' * len(listed))}) LIMIT 8",
                listed,
            )
        )
        raise NotFoundError(
            f"{ref!r} fits {len(listed)} persons: {names}", hint="give the person's id"
        )
    row = conn.execute(
        "SELECT id, key, label, variants_json, attrs_json FROM entities WHERE id = ?", (listed[0],)
    ).fetchone()
    return row  # type: ignore[no-any-return]


def _factoid_rows(conn: sqlite3.Connection, where: str, args: list[Any]) -> list[dict[str, Any]]:
    rows = []
    for f in conn.execute(
        "SELECT f.*, s.id AS source, s.path, pf.via_link, e.key AS subject, l.record_name"
        " FROM person_factoids pf JOIN factoids f ON f.id = pf.factoid_id"
        " JOIN sources s ON s.key = f.source_key JOIN entities e ON e.id = pf.entity_id"
        " LEFT JOIN links l ON l.id = pf.via_link WHERE " + where,
        args,
    ):
        d = {k: f[k] for k in FACTOID_COLUMNS}
        d["attested"] = json.loads(f["attrs_json"] or "{}").get("attested")
        d.update(
            id=_reg.ref("factoid", f["source"], f["seq"]),
            subject=f["subject"],
            source=f["source"],
            path=f["path"],
            start=f["start"],
            end=f["end"],
        )
        if f["via_link"] is not None:
            d["via_link"] = f["via_link"]
            d["via_record"] = f["record_name"]
        rows.append(d)
    return rows


def _date_key(f: dict[str, Any]) -> tuple[str, str]:
    first = f.get("date_start") or f.get("attested") or f.get("date_end") or "9999"
    return (str(first), str(f.get("date_end") or ""))


def person(db: str | os.PathLike[str], ref: str) -> dict[str, Any]:
    """One person's card: name, variants (Latin and Cyrillic), life dates, career (posts in
    date order), fate with date, registry records linked, the mentions (with the evidence
    that joined each, and the "source-id:offset" refs ``split`` takes), every factoid
    with its quote and source location, and conflicting claims side by side.

    ``ref`` is a person id (key or number) or a name that fits one person."""
    with _reg.open_register(db) as store:
        conn = store.conn
        ent = _entity(conn, ref)
        summary = conn.execute(
            "SELECT * FROM person_summary WHERE entity_id = ?", (ent["id"],)
        ).fetchone()
        facts = _factoid_rows(conn, "pf.entity_id = ? ORDER BY f.source_key, f.seq", [ent["id"]])
        mentions = [
            {"ref": f"{r['id']}:{r['start']}", "text": r["text"], "source": r["id"], "path": r["path"],
             "start": r["start"], "end": r["end"], "score": r["score"], "evidence": r["evidence"]}
            for r in conn.execute(
                'SELECT s.id, s.path, m.start, m."end", m.text, em.score, em.evidence'
                " FROM entity_mentions em JOIN sources s ON s.key = em.source_key"
                " JOIN mentions m ON m.source_key = em.source_key AND m.seq = em.mention_seq"
                " WHERE em.entity_id = ? ORDER BY s.path, m.start",
                (ent["id"],),
            )
        ]  # fmt: skip
        links = [
            {
                "id": lk["id"], "key": lk["key"], "record": lk["record_name"], "status": lk["status"],
                "score": lk["score"], "conflict": lk["conflict"],
                "evidence": json.loads(lk["evidence_json"]), "source": lk["record_source"],
            }
            for lk in conn.execute("SELECT * FROM links WHERE entity_id = ? ORDER BY score DESC", (ent["id"],))
        ]  # fmt: skip
    variants = list(json.loads(ent["variants_json"]))
    variants += [lk["record"] for lk in links if lk["status"] == "applied"]
    variants = list(dict.fromkeys(variants))
    live = [f for f in facts if f["status"] != "rejected" and f["modality"] == "asserted"]
    career = sorted((f for f in live if f["type"] == "post"), key=_date_key)
    fates = [f for f in live if f["type"] == "fate"]
    attrs = json.loads(ent["attrs_json"])
    return {
        "id": ent["key"],
        "number": ent["id"],
        "name": (summary["name"] if summary else None) or ent["label"],
        "kind": summary["kind"] if summary else ("registry" if attrs.get("record") else "text"),
        "variants": variants,
        "latin": [v for v in variants if not re.search(r"[А-Яа-яЁё]", v)],
        "cyrillic": [v for v in variants if re.search(r"[А-Яа-яЁё]", v)],
        "romanised": [
            romanize(v, "lc") for v in variants if re.search(r"[А-Яа-яЁё]", v)
        ],  # Library of Congress, without diacritics
        "is_soviet_official": bool(summary and summary["is_soviet_official"]),
        "is_diplomat": bool(summary and summary["is_diplomat"]),
        "is_elite": bool(summary and summary["is_elite"]),
        "birth": summary["birth"] if summary else None,
        "death": summary["death"] if summary else None,
        "fate": summary["fate"] if summary else None,
        "fate_date": summary["fate_date"] if summary else None,
        "career": career,
        "fates": fates,
        "links": links,
        "mentions": mentions,
        "factoids": facts,
        "conflicts": _conflicts(live, links),
    }


_EXCLUSIVE_FATES = {"survived": {"executed", "died in custody"}, "defected": {"executed"}}


def _conflicts(facts: list[dict[str, Any]], links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims that cannot all be true, side by side: fates that exclude each other, one
    fate on different dates, different birth years; and links in conflict."""
    out: list[dict[str, Any]] = []
    fates = [f for f in facts if f["type"] == "fate"]
    values = {f["value"] for f in fates}
    for value, excluded in _EXCLUSIVE_FATES.items():
        if value in values and values & excluded:
            out.append(
                {
                    "kind": "fate",
                    "about": f"{value} vs {', '.join(sorted(values & excluded))}",
                    "claims": [f for f in fates if f["value"] in {value} | excluded],
                }
            )
    by_value: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in fates:
        if f["date_start"]:
            by_value[f["value"]].append(f)
    for value, group in by_value.items():
        if len({str(f["date_start"])[:4] for f in group}) > 1:
            out.append({"kind": "fate date", "about": value, "claims": group})
    births = [
        f for f in facts if f["type"] == "attribute" and f["attribute"] == "birth" and f["value"]
    ]
    if len({str(f["value"])[:4] for f in births}) > 1:
        out.append({"kind": "birth", "about": "birth year", "claims": births})
    for lk in links:
        if lk["conflict"]:
            out.append({"kind": "link", "about": lk["conflict"], "claims": [], "link": lk})
    return out


def posts(
    db: str | os.PathLike[str],
    *,
    country: str | None = None,
    year: int | str | None = None,
    department: str | None = None,
    role: str | None = None,
    soviet_only: bool = True,
) -> list[dict[str, Any]]:
    """Who held which posts — in ``country`` (a mission there), in ``department`` (of the
    commissariat), as ``role`` — in ``year``; Soviet officials only unless told otherwise.
    Each row is one post factoid with the person, the dates, the quote and its source."""
    y = _year_arg(year)
    with _reg.open_register(db) as store:
        country = _stored_form(store.conn, "--country", country) if country else None
        role = _stored_form(store.conn, "--role", role) if role else None
    where, args = _post_conditions(role=role, country=country, year=y, department=department)
    if soviet_only:
        where.append(
            "pf.entity_id IN (SELECT entity_id FROM person_summary WHERE is_soviet_official = 1)"
        )
    with _reg.open_register(db) as store:
        rows = _factoid_rows(store.conn, " AND ".join(where), args)
        names = dict(
            store.conn.execute(
                "SELECT e.key, ps.name FROM person_summary ps JOIN entities e ON e.id = ps.entity_id"
            ).fetchall()
        )
    out = []
    for f in sorted(rows, key=lambda f: (_date_key(f), str(names.get(f["subject"], "")))):
        if f["subject"] not in names:
            continue  # a record's factoid, shown under the person it is linked to
        out.append({"person": names[f["subject"]], "person_id": f["subject"], **f})
    return out


def events(
    db: str | os.PathLike[str],
    *,
    type: str | None = None,
    date_from: int | str | None = None,
    date_to: int | str | None = None,
    country: str | None = None,
) -> list[dict[str, Any]]:
    """The chronology: events in date order (undated ones last), each with its date (EDTF),
    place, parties, participants (person ids where resolved), quote and source."""
    y0, y1 = _year_arg(date_from, "--from"), _year_arg(date_to, "--to")
    if y0 is not None and y1 is not None and y0 > y1:
        raise UsageError(f"--from {y0} is after --to {y1}", hint="give the earlier year first")
    where = ["1=1"]
    args: list[Any] = []
    if type:
        where.append("ev.type = ?")
        args.append(type.lower())
    if y0 is not None:
        where.append("ev.date IS NOT NULL AND CAST(substr(ev.date, 1, 4) AS INTEGER) >= ?")
        args.append(y0)
    if y1 is not None:
        where.append("ev.date IS NOT NULL AND CAST(substr(ev.date, 1, 4) AS INTEGER) <= ?")
        args.append(y1)
    if country:
        where.append("(ev.parties_json LIKE ? OR ev.place = ?)")
        args.extend([f'%"{country}"%', country])
    with _reg.open_register(db) as store:
        current = {s["id"] for s in store.sources()}
        who = {
            (r[0], r[1]): (r[2], r[3])
            for r in store.conn.execute(
                "SELECT em.source_key, em.mention_seq, e.key, e.label FROM entity_mentions em"
                " JOIN entities e ON e.id = em.entity_id"
            )
        }
        out = []
        for ev in store.conn.execute(
            "SELECT ev.*, s.id AS source, s.path FROM events ev JOIN sources s ON s.key = ev.source_key"
            " WHERE " + " AND ".join(where),
            args,
        ):
            if ev["source"] not in current:
                continue
            participants = [
                {"id": who[(ev["source_key"], i)][0], "name": who[(ev["source_key"], i)][1]}
                for i in json.loads(ev["participants_json"])
                if (ev["source_key"], i) in who
            ]
            out.append(
                {
                    "id": _reg.ref("event", ev["source"], ev["seq"]), "type": ev["type"],
                    "name": ev["name"], "date": ev["date"], "place": ev["place"],
                    "parties": json.loads(ev["parties_json"]), "participants": participants,
                    "quote": ev["quote"], "source": ev["source"], "path": ev["path"],
                    "start": ev["start"], "end": ev["end"],
                }
            )  # fmt: skip
    out.sort(key=lambda e: (e["date"] is None, str(e["date"] or ""), e["name"]))
    return out


def search(db: str | os.PathLike[str], text: str, *, limit: int = 50) -> dict[str, Any]:
    """Full text over the sources (SQLite FTS5) and over persons' names, tolerant of
    variant spellings: a capitalised word of the query also matches every spelling
    and script of that name (Litvinoff → Litvinov, Литвинов)."""
    words = re.findall(r"[^\W_][\w'’-]*", text)
    if not words:
        raise UsageError(
            "nothing to search for", hint='give words, e.g. narkomindel search "Litvinov"'
        )
    keys = sorted({k for w in words if len(w) > 2 and w[:1].isupper() for k in name_keys(w)})
    terms = []
    for w in words:  # every word must match; a name matches by any of its spellings
        w = w.replace('"', "")
        alts = [f'text:"{w}"']
        if len(w) > 2 and w[:1].isupper():
            alts += [f'keys:"{k}"' for k in sorted(name_keys(w))]
        terms.append("(" + " OR ".join(alts) + ")")
    query = " AND ".join(terms)
    with _reg.open_register(db) as store:
        sync_search(store)  # the index may lag behind a fresh ingest
        paths = {
            r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT key, id, path FROM sources")
        }
        hits = []
        for r in store.conn.execute(
            "SELECT source_key, seq, start, snippet(search_text, 0, '[', ']', ' … ', 16) AS snip,"
            " bm25(search_text) AS rank FROM search_text WHERE search_text MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        ):
            sid, path = paths[r["source_key"]]
            hits.append(
                {"source": sid, "path": path, "segment": r["seq"], "start": r["start"],
                 "snippet": r["snip"], "score": round(-float(r["rank"]), 3)}
            )  # fmt: skip
        ids = _ids_by_name(store.conn, text)
        names = []
        if ids:
            names = [
                {"id": r[0], "name": r[1], "kind": r[2], "fate": r[3]}
                for r in store.conn.execute(
                    "SELECT e.key, ps.name, ps.kind, ps.fate FROM person_summary ps JOIN entities e"
                    f" ON e.id = ps.entity_id WHERE ps.entity_id IN ({','.join('?' * len(ids))})"
                    " ORDER BY ps.kind DESC, ps.name LIMIT ?",
                    [*ids, limit],
                )
            ]
    return {"query": text, "keys": keys, "persons": names, "passages": hits}
