"""Persons as resolution made them: entities, their mentions, registry links, and the
status curators gave to links and factoids."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from narkomindel.errors import NotFoundError
from narkomindel.model import Entity, RecordLink
from narkomindel.store.ids import parse_ref, ref

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = [
    "save_resolution",
    "load_links",
    "set_link_status",
    "set_factoid_status",
    "link_key",
    "entity_key",
    "entities_of_link",
    "entities_of_factoid",
    "entity_rows",
    "mention_refs",
    "factoid_statuses",
    "link_statuses",
    "mention_owners",
    "source_keys",
    "link_names",
]


def save_resolution(store: Store, entities: list[Entity], links: list[RecordLink]) -> None:
    """Replace entities, their mentions and the links, in one transaction.
    The curation log is never touched here."""
    by_id = {str(row[0]): int(row[1]) for row in store.conn.execute("SELECT id, key FROM sources")}
    with store.transaction() as conn:
        for table in ("links", "entity_mentions", "entities"):
            conn.execute(f"DELETE FROM {table}")
        for e in entities:
            cur = conn.execute(
                "INSERT INTO entities(key, type, label, variants_json, attrs_json) VALUES (?,?,?,?,?)",
                (
                    e.key,
                    "person",
                    e.label,
                    json.dumps(e.variants, ensure_ascii=False),
                    json.dumps(e.attrs, ensure_ascii=False),
                ),
            )
            eid = cur.lastrowid
            conn.executemany(
                "INSERT OR REPLACE INTO entity_mentions(entity_id, source_key, mention_seq, score, evidence) VALUES (?,?,?,?,?)",
                [(eid, by_id[src], seq, e.scores.get((src, seq), (0.8, ""))[0], e.scores.get((src, seq), (0.8, ""))[1]) for src, seq in e.mentions],
            )  # fmt: skip
        ids = dict(conn.execute("SELECT key, id FROM entities").fetchall())
        conn.executemany(
            "INSERT INTO links(key, entity_id, record_source, record_seq, record_name, score, status, conflict, evidence_json)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (lk.key, ids[lk.entity_key], lk.record_source, lk.record_seq, lk.record_name, lk.score, lk.status,
                 lk.conflict, json.dumps(lk.evidence, ensure_ascii=False))
                for lk in links
            ],
        )  # fmt: skip


def load_links(store: Store, status: str | None = None) -> list[dict[str, Any]]:
    """Links (of one status) with the person's label, variants and attributes."""
    sql = (
        "SELECT l.id, l.key, l.status, l.score, l.conflict, l.evidence_json, l.record_source, l.record_seq,"
        " l.record_name, e.label AS person, e.variants_json, e.attrs_json FROM links l JOIN entities e ON e.id = l.entity_id"
    )
    args: list[Any] = []
    if status:
        sql += " WHERE l.status = ?"
        args.append(status)
    rows = []
    for r in store.conn.execute(sql + " ORDER BY l.score DESC, l.id", args):
        d = dict(r)
        d["evidence"] = json.loads(d.pop("evidence_json"))
        d["variants"] = json.loads(d.pop("variants_json"))
        d["attrs"] = json.loads(d.pop("attrs_json"))
        rows.append(d)
    return rows


def set_link_status(store: Store, key: str, status: str) -> bool:
    with store.transaction() as conn:
        cur = conn.execute("UPDATE links SET status = ? WHERE key = ?", (status, key))
    return cur.rowcount > 0


def set_factoid_status(store: Store, factoid: str, status: str) -> bool:
    """Set the status of a factoid by its stable id (``f-<source>-<seq>``) in the current
    version of its source; False when no such factoid exists (any more)."""
    parsed = parse_ref(factoid)
    if parsed is None or parsed[0] != "factoid":
        return False
    _kind, prefix, seq = parsed
    with store.transaction() as conn:
        cur = conn.execute(
            "UPDATE factoids SET status = ? WHERE seq = ? AND source_key IN"
            " (SELECT key FROM sources WHERE id LIKE ? || '%')",
            (status, seq, prefix),
        )
    return cur.rowcount > 0


def link_key(store: Store, ref: str) -> str:
    """A link's key from its id or key."""
    row = store.conn.execute(
        "SELECT key FROM links WHERE key = ? OR CAST(id AS TEXT) = ?", (ref, ref)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no link {ref!r}", hint="list the queue with `narkomindel review`")
    return str(row[0])


def entity_key(store: Store, ref: str) -> str:
    """A person's key from their id (number) or key."""
    row = store.conn.execute(
        "SELECT key FROM entities WHERE key = ? OR CAST(id AS TEXT) = ?", (ref, ref)
    ).fetchone()
    if row is None:
        raise NotFoundError(
            f"no person {ref!r}", hint="list them with `narkomindel persons`; run `resolve` first"
        )
    return str(row[0])


def entities_of_link(store: Store, key: str) -> list[int]:
    """The persons a link's decision changes: the text person and the record's person."""
    return [
        int(r[0])
        for r in store.conn.execute(
            "SELECT l.entity_id FROM links l WHERE l.key = ? UNION"
            " SELECT em.entity_id FROM links l JOIN sources s ON s.id = l.record_source"
            " JOIN entity_mentions em ON em.source_key = s.key AND em.mention_seq = l.record_seq"
            " WHERE l.key = ?",
            (key, key),
        )
    ]


def entities_of_factoid(store: Store, factoid: str) -> list[int]:
    """The persons a factoid (by stable id) belongs to, directly or through a link."""
    parsed = parse_ref(factoid)
    if parsed is None:
        return []
    _kind, prefix, seq = parsed
    # the source first, then its factoid by number (left to itself SQLite read every
    # person's factoids: 0.15 s a decision at 1,000,000 factoids)
    return [
        int(r[0])
        for r in store.conn.execute(
            "SELECT DISTINCT pf.entity_id FROM sources s CROSS JOIN factoids f"
            " ON f.source_key = s.key JOIN person_factoids pf ON pf.factoid_id = f.id"
            " WHERE s.id LIKE ? || '%' AND f.seq = ? ORDER BY pf.entity_id",
            (prefix, seq),
        )
    ]


def entity_rows(store: Store) -> list[dict[str, Any]]:
    """Every entity (persons of the texts and registry records) by label, with variants
    and attributes decoded."""
    out = []
    for r in store.conn.execute(
        "SELECT id, key, label, variants_json, attrs_json FROM entities ORDER BY label"
    ):
        out.append(
            {"id": r["id"], "key": r["key"], "label": r["label"],
             "variants": json.loads(r["variants_json"]), "attrs": json.loads(r["attrs_json"])}
        )  # fmt: skip
    return out


def mention_refs(store: Store, entity_id: int) -> list[str]:
    """The "source-id:offset" references of an entity's mentions (as ``split`` takes them)."""
    return [
        f"{x[0]}:{x[1]}"
        for x in store.conn.execute(
            "SELECT s.id, m.start FROM entity_mentions em JOIN sources s ON s.key = em.source_key"
            " JOIN mentions m ON m.source_key = em.source_key AND m.seq = em.mention_seq"
            " WHERE em.entity_id = ?",
            (entity_id,),
        )
    ]


def factoid_statuses(store: Store, wanted: set[str]) -> dict[str, str]:
    """Stable factoid id → status, for those of ``wanted`` that exist."""
    current: dict[str, str] = {}
    for sid, seq, status in store.conn.execute(
        "SELECT s.id, f.seq, f.status FROM factoids f JOIN sources s ON s.key = f.source_key"
    ):
        fid = ref("factoid", sid, seq)
        if fid in wanted:
            current[fid] = status
    return current


def link_statuses(store: Store) -> dict[str, str]:
    """Link key → status, for every link."""
    return dict(store.conn.execute("SELECT key, status FROM links").fetchall())


def mention_owners(store: Store) -> dict[tuple[int, int], str]:
    """(source key, mention number) → the key of the person it was resolved to."""
    return {
        (r[0], r[1]): r[2]
        for r in store.conn.execute(
            "SELECT em.source_key, em.mention_seq, e.key FROM entity_mentions em"
            " JOIN entities e ON e.id = em.entity_id"
        )
    }


def source_keys(store: Store) -> dict[str, int]:
    """Source id → its key in the database."""
    return dict(store.conn.execute("SELECT id, key FROM sources").fetchall())


def link_names(store: Store) -> list[tuple[str, list[str], str, str, str]]:
    """(the person's key, their name variants, the record's name, the record's source id,
    status) of every link."""
    return [
        (str(r[0]), json.loads(r[1]), r[2], r[3], r[4])
        for r in store.conn.execute(
            "SELECT e.key, e.variants_json, l.record_name, l.record_source, l.status FROM links l"
            " JOIN entities e ON e.id = l.entity_id"
        )
    ]
