"""The SQL of the web explorer's read views: what the register holds, coverage, the
marks of a source (mentions and claims), Old Style dates, a person's history in the
curation log and the state a curator saw, co-mentions and search facets.

Functions take plain, already-checked values and return rows as dicts; they never write.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from narkomindel.store.ids import ref

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = [
    "register_counts",
    "coverage_counts",
    "source_marks",
    "julian_dates",
    "history_rows",
    "entries_by_id",
    "person_state",
    "merge_entries",
    "co_mentions",
    "person_facets",
    "source_kinds",
    "factoid_row",
    "person_mentions_in",
    "departments",
    "mission_countries",
    "summaries_by_key",
    "undone_ids",
]

_LATEST = "s.version = (SELECT MAX(version) FROM sources x WHERE x.path = s.path)"
_DATED = "((f.date_start IS NOT NULL AND f.date_start != '..') OR (f.date_end IS NOT NULL AND f.date_end != '..'))"


def _marks(items: list[Any]) -> str:
    return ",".join("?" * len(items))


def register_counts(store: Store) -> dict[str, int]:
    """Persons (of the texts, registry records), sources, factoids, events, links waiting."""
    c = store.conn
    kinds = dict(c.execute("SELECT kind, COUNT(*) FROM person_summary GROUP BY kind").fetchall())
    return {
        "persons": int(sum(kinds.values())),
        "text_persons": int(kinds.get("text", 0)),
        "registry_records": int(kinds.get("registry", 0)),
        "sources": int(c.execute(f"SELECT COUNT(*) FROM sources s WHERE {_LATEST}").fetchone()[0]),
        "factoids": int(
            c.execute(
                f"SELECT COUNT(*) FROM factoids f JOIN sources s ON s.key = f.source_key WHERE {_LATEST}"
            ).fetchone()[0]
        ),
        "events": int(c.execute("SELECT COUNT(*) FROM events").fetchone()[0]),
        "links_waiting": int(
            c.execute("SELECT COUNT(*) FROM links WHERE status = 'review'").fetchone()[0]
        ),
    }


def coverage_counts(store: Store, *, diplomats: bool = False) -> dict[str, int]:
    """Of the persons of the texts (or the diplomats): how many have a known fate, a dated
    post, a birth year."""
    where = "ps.kind = 'text'" + (" AND ps.is_diplomat = 1" if diplomats else "")
    row = store.conn.execute(
        "SELECT COUNT(*), SUM(ps.fate IS NOT NULL), SUM(ps.birth IS NOT NULL),"
        " SUM(EXISTS (SELECT 1 FROM person_factoids pf JOIN factoids f ON f.id = pf.factoid_id"
        "   WHERE pf.entity_id = ps.entity_id AND f.type = 'post' AND f.status != 'rejected'"
        f"   AND f.modality = 'asserted' AND {_DATED}))"
        f" FROM person_summary ps WHERE {where}"
    ).fetchone()
    return {
        "persons": int(row[0] or 0),
        "with_fate": int(row[1] or 0),
        "with_birth": int(row[2] or 0),
        "with_dated_post": int(row[3] or 0),
    }


def source_marks(store: Store, source_id: str) -> dict[str, list[dict[str, Any]]]:
    """The mentions (with the person each was resolved to) and the claims of one source."""
    c = store.conn
    key = c.execute("SELECT key FROM sources WHERE id = ?", (source_id,)).fetchone()
    if key is None:
        return {"mentions": [], "claims": []}
    mentions = [
        {"seq": r[0], "start": r[1], "end": r[2], "type": r[3], "person": r[4], "text": r[5]}
        for r in c.execute(
            'SELECT m.seq, m.start, m."end", m.type, e.key, m.text FROM mentions m'
            " LEFT JOIN entity_mentions em ON em.source_key = m.source_key AND em.mention_seq = m.seq"
            " LEFT JOIN entities e ON e.id = em.entity_id WHERE m.source_key = ? ORDER BY m.start",
            (key[0],),
        )
    ]
    claims = [
        {
            "id": ref("factoid", source_id, r[0]), "type": r[1], "start": r[2], "end": r[3],
            "status": r[4], "role": r[5], "country": r[6], "value": r[7], "person": r[8],
            "date_start": r[9], "date_end": r[10], "attribute": r[11],
        }
        for r in c.execute(
            'SELECT f.seq, f.type, f.start, f."end", f.status, f.role, f.country, f.value, e.key,'
            " f.date_start, f.date_end, f.attribute FROM factoids f"
            " LEFT JOIN entity_mentions em ON em.source_key = f.source_key AND em.mention_seq = f.subject_seq"
            " LEFT JOIN entities e ON e.id = em.entity_id WHERE f.source_key = ? ORDER BY f.start",
            (key[0],),
        )
    ]  # fmt: skip
    return {"mentions": mentions, "claims": claims}


def julian_dates(store: Store, source_ids: list[str]) -> list[dict[str, Any]]:
    """Date mentions read as Old Style (Julian) in these sources: source, span, EDTF."""
    if not source_ids:
        return []
    return [
        {"source": r[0], "start": r[1], "end": r[2], "edtf": r[3]}
        for r in store.conn.execute(
            "SELECT s.id, m.start, m.\"end\", json_extract(m.attrs_json, '$.edtf') FROM mentions m"
            " JOIN sources s ON s.key = m.source_key WHERE m.type = 'date'"
            f" AND m.source_key IN (SELECT key FROM sources WHERE id IN ({_marks(source_ids)}))"
            " AND json_extract(m.attrs_json, '$.calendar') = 'julian'",
            source_ids,
        )
    ]


def history_rows(store: Store, key: str, targets: list[str]) -> list[dict[str, Any]]:
    """Curation-log entries about a person: on their key (rename, a merge or split naming
    it), on their factoids and links (``targets``), and the undos of those entries."""
    like_key = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    args: list[Any] = [key, f"{like_key}||%", f"%||{like_key}", *targets]
    rows = [
        dict(r)
        for r in store.conn.execute(
            "SELECT * FROM curation_log WHERE target = ? OR target LIKE ? ESCAPE '\\'"
            " OR target LIKE ? ESCAPE '\\'"
            + (f" OR target IN ({_marks(targets)})" if targets else "")
            + " ORDER BY id",
            args,
        )
    ]
    seen = {r["id"] for r in rows}
    frontier = [str(i) for i in seen]
    while frontier:  # undos, and undos of undos
        found = [
            dict(r)
            for r in store.conn.execute(
                f"SELECT * FROM curation_log WHERE action = 'undo' AND target IN ({_marks(frontier)})",
                frontier,
            )
            if r["id"] not in seen
        ]
        seen |= {r["id"] for r in found}
        rows += found
        frontier = [str(r["id"]) for r in found]
    return sorted(rows, key=lambda r: int(r["id"]))


def entries_by_id(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    return {
        int(r["id"]): dict(r)
        for r in store.conn.execute(f"SELECT * FROM curation_log WHERE id IN ({_marks(ids)})", ids)
    }


def person_state(store: Store, key: str) -> str | None:
    """A digest of what a curator sees of a person (name, variants, mentions, factoids with
    their status and values, links with theirs); None when there is no such person. Two
    curators who saw the same digest saw the same person."""
    c = store.conn
    ent = c.execute(
        "SELECT id, label, variants_json, attrs_json FROM entities WHERE key = ?", (key,)
    ).fetchone()
    if ent is None:
        return None
    h = hashlib.sha256()
    h.update(json.dumps([ent[1], ent[2], ent[3]]).encode())
    for row in c.execute(
        "SELECT source_key, mention_seq FROM entity_mentions WHERE entity_id = ? ORDER BY 1, 2",
        (ent[0],),
    ):
        h.update(f"m{row[0]}:{row[1]};".encode())
    for row in c.execute(
        "SELECT f.id, f.status, f.role, f.country, f.date_start, f.date_end, f.value, f.type"
        " FROM person_factoids pf JOIN factoids f ON f.id = pf.factoid_id WHERE pf.entity_id = ?"
        " ORDER BY f.id",
        (ent[0],),
    ):
        h.update(json.dumps(list(row)).encode())
    for row in c.execute(
        "SELECT key, status FROM links WHERE entity_id = ? ORDER BY key", (ent[0],)
    ):
        h.update(json.dumps(list(row)).encode())
    return h.hexdigest()[:16]


def merge_entries(store: Store, key: str) -> list[dict[str, Any]]:
    """Merge and split entries whose target names ``key`` (to follow an old id)."""
    like_key = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return [
        dict(r)
        for r in store.conn.execute(
            "SELECT * FROM curation_log WHERE action IN ('merge', 'split')"
            " AND (target LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\') ORDER BY id DESC",
            (f"%||{like_key}", f"{like_key}||%"),
        )
    ]


def co_mentions(store: Store, limit: int = 2000) -> list[tuple[str, str, int]]:
    """Pairs of persons named in the same segment of a source, with how many segments."""
    rows = store.conn.execute(
        "SELECT DISTINCT m.source_key, g.seq, e.key FROM entity_mentions em"
        " JOIN mentions m ON m.source_key = em.source_key AND m.seq = em.mention_seq"
        ' JOIN segments g ON g.source_key = m.source_key AND m.start >= g.start AND m.start < g."end"'
        " JOIN entities e ON e.id = em.entity_id"
        " JOIN person_summary ps ON ps.entity_id = em.entity_id"
        " ORDER BY m.source_key, g.seq"
    ).fetchall()
    pairs: dict[tuple[str, str], int] = {}
    group: list[str] = []
    current: tuple[int, int] | None = None
    for src, seq, key in [*rows, (None, None, None)]:
        if (src, seq) != current:
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    pair = (a, b) if a < b else (b, a)
                    pairs[pair] = pairs.get(pair, 0) + 1
            group, current = [], (src, seq)
        if key is not None:
            group.append(str(key))
    ranked = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [(a, b, n) for (a, b), n in ranked]


def person_facets(store: Store, keys: list[str]) -> dict[str, dict[str, Any]]:
    """For persons by key: fate, and the countries, roles and decades of their posts."""
    if not keys:
        return {}
    out: dict[str, dict[str, Any]] = {}
    for key, fate in store.conn.execute(
        "SELECT e.key, ps.fate FROM entities e JOIN person_summary ps ON ps.entity_id = e.id"
        f" WHERE e.key IN ({_marks(keys)})",
        keys,
    ):
        out[str(key)] = {"fate": fate, "countries": set(), "roles": set(), "decades": set()}
    # CROSS JOIN keeps SQLite to each person's own factoids (it would otherwise walk
    # every post of the register by the type index)
    for key, country, role, start, end, attested in store.conn.execute(
        "SELECT e.key, f.country, f.role, f.date_start, f.date_end,"
        " json_extract(f.attrs_json, '$.attested') FROM entities e"
        " CROSS JOIN person_factoids pf ON pf.entity_id = e.id"
        " CROSS JOIN factoids f ON f.id = pf.factoid_id"
        f" WHERE f.type = 'post' AND f.status != 'rejected' AND e.key IN ({_marks(keys)})",
        keys,
    ):
        facet = out.get(str(key))
        if facet is None:
            continue
        if country:
            facet["countries"].add(country)
        if role:
            facet["roles"].add(role)
        for d in (start, end, attested):
            if d and str(d)[:3].isdigit():
                facet["decades"].add(f"{str(d)[:3]}0s")
    return out


def source_kinds(store: Store) -> dict[str, str]:
    """Source id → kind (scholarship, primary, registry, web_page)."""
    return {str(r[0]): str(r[1]) for r in store.conn.execute("SELECT id, kind FROM sources")}


def factoid_row(store: Store, source_id: str, seq: int) -> dict[str, Any] | None:
    """One factoid by its source's id and its number, with the subject's person key."""
    row = store.conn.execute(
        "SELECT f.*, s.id AS source, e.key AS person FROM factoids f JOIN sources s ON s.key = f.source_key"
        " LEFT JOIN entity_mentions em ON em.source_key = f.source_key AND em.mention_seq = f.subject_seq"
        " LEFT JOIN entities e ON e.id = em.entity_id WHERE s.id LIKE ? || '%' AND f.seq = ?",
        (source_id, seq),
    ).fetchone()
    return dict(row) if row else None


def person_mentions_in(store: Store, source_id: str) -> list[dict[str, Any]]:
    """The persons named in one source, with the offset of each of their mentions."""
    return [
        {"person": r[0], "name": r[1], "start": r[2], "seq": r[3]}
        for r in store.conn.execute(
            "SELECT e.key, COALESCE(ps.name, e.label), m.start, m.seq FROM entity_mentions em"
            " JOIN mentions m ON m.source_key = em.source_key AND m.seq = em.mention_seq"
            " JOIN entities e ON e.id = em.entity_id LEFT JOIN person_summary ps ON ps.entity_id = e.id"
            " WHERE em.source_key = (SELECT key FROM sources WHERE id = ?) ORDER BY m.start",
            (source_id,),
        )
    ]


def departments(store: Store) -> list[tuple[str, int]]:
    """Departments named in posts, with how many post factoids name each."""
    return [
        (str(r[0]), int(r[1]))
        for r in store.conn.execute(
            "SELECT department, COUNT(*) FROM factoids WHERE type = 'post' AND department IS NOT NULL"
            " AND status != 'rejected' GROUP BY department ORDER BY department"
        )
    ]


def mission_countries(store: Store) -> list[tuple[str, int]]:
    """Countries of posts of Soviet officials, with how many post factoids name each."""
    return [
        (str(r[0]), int(r[1]))
        for r in store.conn.execute(
            "SELECT f.country, COUNT(DISTINCT f.id) FROM factoids f JOIN person_factoids pf ON pf.factoid_id = f.id"
            " JOIN person_summary ps ON ps.entity_id = pf.entity_id"
            " WHERE f.type = 'post' AND f.country IS NOT NULL AND f.status != 'rejected'"
            " AND ps.is_soviet_official = 1 GROUP BY f.country ORDER BY f.country"
        )
    ]


def summaries_by_key(store: Store, keys: list[str]) -> dict[str, dict[str, Any]]:
    """Name, kind, fate and fate date of listed persons, by key."""
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(keys), 500):
        part = keys[i : i + 500]
        for r in store.conn.execute(
            "SELECT e.key, ps.name, ps.kind, ps.fate, ps.fate_date FROM entities e"
            f" JOIN person_summary ps ON ps.entity_id = e.id WHERE e.key IN ({_marks(part)})",
            part,
        ):
            out[str(r[0])] = {"name": r[1], "kind": r[2], "fate": r[3], "fate_date": r[4]}
    return out


def undone_ids(log: list[dict[str, Any]]) -> set[int]:
    """Ids of the log entries taken back by an ``undo`` that itself stands (an undo of an
    undo puts the decision back). Pure: works on any list of entries with their undos."""
    undone: set[int] = set()
    for entry in sorted(log, key=lambda e: -int(e["id"])):  # an undo comes after its target
        if entry["action"] == "undo" and int(entry["id"]) not in undone:
            try:
                undone.add(int(entry["target"]))
            except ValueError:
                continue
    return undone
