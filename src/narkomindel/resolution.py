"""Resolution over the whole database (extract → resolve → store), and curation.

:func:`resolve_people` clusters every person mention into persons and proposes
registry links; :func:`review_queue` lists the links waiting for a curator;
:func:`decide` records a curator's accept or reject in the append-only
curation log.  Every decision is replayed after each re-run, so none is lost;
a decision whose link no longer exists is reported, not dropped.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from narkomindel.errors import NotFoundError
from narkomindel.model import Entity, RecordLink
from narkomindel.resolve.cluster import cluster_persons, person_mentions
from narkomindel.resolve.link import link_records
from narkomindel.store import register as _reg
from narkomindel.store import resolution as _res
from narkomindel.store.sqlite import Store

__all__ = [
    "resolve_people",
    "review_queue",
    "decide",
    "merge",
    "split",
    "list_persons",
    "judge_factoid",
    "rename",
    "sync_search",
    "ResolveReport",
]

ACTIONS = {"accept": "applied", "reject": "rejected"}
SEP = "||"


@dataclass
class ResolveReport:
    persons: int = 0
    mentions: int = 0
    links_applied: int = 0
    links_review: int = 0
    links_rejected: int = 0
    conflicts: int = 0
    decisions_replayed: int = 0
    stale_decisions: list[dict[str, Any]] = field(default_factory=list)


def resolve_people(db: str | os.PathLike[str]) -> ResolveReport:
    """Cluster persons and link them to registry records; replay curator decisions."""
    with Store(db) as store:
        # the latest version of each file: an edited file replaces what it said before
        mentions = [
            person_mentions(src["id"], store.extraction(src["id"])) for src in store.sources()
        ]
        entities = cluster_persons(mentions)
        log = _res.curation_log(store.conn)
        report = ResolveReport()
        starts = {(m.source, m.index): m.start for ms in mentions for m in ms}
        for entry in log:  # merges, splits, renames shape the persons before links are proposed
            if entry["action"] in ("merge", "split", "rename"):
                ok = _apply_cluster_action(entities, entry, starts)
                if ok:
                    report.decisions_replayed += 1
                else:
                    report.stale_decisions.append(entry)
        links = _join_on_shared_records(entities, link_records(entities))
        _res.save_resolution(store.conn, entities, links)
        report.persons = sum(1 for e in entities if not e.attrs.get("record"))
        report.mentions = sum(len(m) for m in mentions)
        for entry in log:
            if entry["action"] == "factoid":
                done = _res.set_factoid_status(store.conn, entry["target"], entry["value"])
            elif entry["action"] in ACTIONS:
                done = _res.set_link_status(store.conn, entry["target"], ACTIONS[entry["action"]])
            else:
                continue
            if done:
                report.decisions_replayed += 1
            else:
                report.stale_decisions.append(entry)
        _reg.refresh_register(store.conn)
        sync_search(store)
        for lk in _res.load_links(store.conn):
            if lk["status"] == "applied":
                report.links_applied += 1
            elif lk["status"] == "review":
                report.links_review += 1
            else:
                report.links_rejected += 1
            report.conflicts += 1 if lk["conflict"] else 0
    return report


def sync_search(store: Store) -> int:
    """Bring the full-text index up to date with the current sources."""
    current = {
        int(key): sid
        for key, sid in store.conn.execute(
            "SELECT s.key, s.id FROM sources s"
            " WHERE s.version = (SELECT MAX(version) FROM sources x WHERE x.path = s.path)"
        )
    }

    def load(key: int) -> tuple[str, list[tuple[int, int, int]]]:
        sid = current[key]
        segs = [(n, g.start, g.end) for n, g in enumerate(store.segments(sid))]
        return store.text(sid), segs

    return _reg.sync_search(store.conn, list(current), load)


def _merge_into(a: Entity, b: Entity, score: float, why: str) -> None:
    a.mentions.extend(b.mentions)
    a.scores.update({ref: (score, why) for ref in b.mentions})
    a.variants = list(dict.fromkeys(a.variants + b.variants))
    if not a.attrs.get("display_name"):
        a.label = max(a.variants, key=lambda v: (len(v.split()), len(v)))
    for field_name in ("posts", "fates"):
        a.attrs[field_name] = sorted(
            set(a.attrs.get(field_name, [])) | set(b.attrs.get(field_name, []))
        )
    a.attrs["soviet"] = bool(a.attrs.get("soviet") or b.attrs.get("soviet"))


def _join_on_shared_records(entities: list[Entity], links: list[RecordLink]) -> list[RecordLink]:
    """Two persons of the texts applied to one registry record are one person."""
    by_record: dict[tuple[str, int], list[RecordLink]] = defaultdict(list)
    for lk in links:
        if lk.status == "applied":
            by_record[(lk.record_source, lk.record_seq)].append(lk)
    by_key = {e.key: e for e in entities}
    for group in by_record.values():
        group.sort(key=lambda lk: -lk.score)
        keep = by_key.get(group[0].entity_key)
        for lk in group[1:]:
            other = by_key.get(lk.entity_key)
            if keep is None or other is None or other is keep:
                continue
            if keep.attrs.get("curated_split") or other.attrs.get("curated_split"):
                continue  # a curator split these mentions apart: that decision stands
            _merge_into(
                keep, other, min(lk.score, 0.9), f"the same registry record ({lk.record_name})"
            )
            entities.remove(other)
            del by_key[lk.entity_key]
    return [lk for lk in links if lk.entity_key in by_key]


def _apply_cluster_action(
    entities: list[Entity], entry: dict[str, Any], starts: dict[tuple[str, int], int]
) -> bool:
    by_key = {e.key: e for e in entities}
    if entry["action"] == "rename":
        person = by_key.get(entry["target"])
        if person is None or not entry.get("value"):
            return False
        person.label = str(entry["value"])
        person.attrs["display_name"] = person.label
        if person.label not in person.variants:
            person.variants.insert(0, person.label)
        return True
    if entry["action"] == "merge":
        a_key, b_key = entry["target"].split(SEP, 1)
        a, b = by_key.get(a_key), by_key.get(b_key)
        if a is None or b is None or a is b:
            return False
        _merge_into(a, b, 1.0, f"merged by a curator: {entry['why']}")
        entities.remove(b)
        return True
    key, refs_text = entry["target"].split(SEP, 1)
    wanted = set(json.loads(refs_text))
    source = by_key.get(key)
    if source is None:
        return False
    moving = [ref for ref in source.mentions if f"{ref[0]}:{starts.get(ref)}" in wanted]
    if not moving or len(moving) != len(wanted) or len(moving) == len(source.mentions):
        return False
    source.mentions = [ref for ref in source.mentions if ref not in moving]
    source.attrs["curated_split"] = True
    digest = hashlib.sha1(refs_text.encode()).hexdigest()[:8]
    entities.append(
        Entity(
            key=f"{key}#split-{digest}",
            label=source.label,
            mentions=moving,
            variants=list(source.variants),
            attrs={**source.attrs, "split_from": key, "curated_split": True},
            scores={ref: (1.0, f"split by a curator: {entry['why']}") for ref in moving},
        )
    )
    return True


def list_persons(db: str | os.PathLike[str], *, name: str | None = None) -> list[dict[str, Any]]:
    """Resolved persons (not registry records) with their variants and mention references
    ("source-id:offset", as ``split`` takes them)."""
    with Store(db) as store:
        rows = store.conn.execute(
            "SELECT e.id, e.key, e.label, e.variants_json, e.attrs_json FROM entities e ORDER BY e.label"
        ).fetchall()
        out = []
        for r in rows:
            attrs = json.loads(r["attrs_json"])
            variants = json.loads(r["variants_json"])
            if attrs.get("record"):
                continue
            if name and not any(name.lower() in v.lower() for v in variants):
                continue
            refs = store.conn.execute(
                "SELECT s.id, m.start FROM entity_mentions em JOIN sources s ON s.key = em.source_key"
                " JOIN mentions m ON m.source_key = em.source_key AND m.seq = em.mention_seq WHERE em.entity_id = ?",
                (r["id"],),
            ).fetchall()
            out.append(
                {
                    "id": r["id"], "key": r["key"], "label": r["label"], "variants": variants,
                    "mentions": [f"{x[0]}:{x[1]}" for x in refs], "posts": attrs.get("posts", []),
                    "fates": attrs.get("fates", []),
                }
            )  # fmt: skip
        return out


def _entity_key(store: Store, ref: str) -> str:
    row = store.conn.execute(
        "SELECT key FROM entities WHERE key = ? OR CAST(id AS TEXT) = ?", (ref, ref)
    ).fetchone()
    if row is None:
        raise NotFoundError(
            f"no person {ref!r}", hint="list them with `narkomindel persons`; run `resolve` first"
        )
    return str(row[0])


def merge(
    db: str | os.PathLike[str], a: str, b: str, *, who: str = "curator", why: str = ""
) -> dict[str, Any]:
    """Record that persons ``a`` and ``b`` (ids or keys) are one; applied now and after every re-run."""
    with Store(db) as store:
        target = f"{_entity_key(store, a)}{SEP}{_entity_key(store, b)}"
        entry = _res.append_curation(store.conn, "merge", target, who, why)
    resolve_people(db)
    return {"merged": target, "curation_entry": entry}


def split(
    db: str | os.PathLike[str],
    person: str,
    mentions: list[str],
    *,
    who: str = "curator",
    why: str = "",
) -> dict[str, Any]:
    """Record that the given mentions ("source-id:offset") of a person are someone else."""
    with Store(db) as store:
        key = _entity_key(store, person)
        known = {m for p in list_persons(db) if p["key"] == key for m in p["mentions"]}
        missing = [m for m in mentions if m not in known]
        if missing:
            raise NotFoundError(
                f"{len(missing)} mention(s) are not this person's: {', '.join(missing[:3])}",
                hint="take references from `narkomindel persons --name ... --format json`",
            )
        target = f"{key}{SEP}{json.dumps(sorted(mentions))}"
        entry = _res.append_curation(store.conn, "split", target, who, why)
    resolve_people(db)
    return {"split": key, "mentions": mentions, "curation_entry": entry}


def review_queue(db: str | os.PathLike[str], *, status: str = "review") -> list[dict[str, Any]]:
    """Links with this status, each with its evidence side by side: the person as the
    texts name them and the registry record as it reads."""
    with Store(db) as store:
        rows = _res.load_links(store.conn, status)
        for row in rows:
            record = store.extraction(row["record_source"]).mentions[row["record_seq"]]
            seg = next(
                (
                    g
                    for g in store.segments(row["record_source"], "record")
                    if g.start <= record.start < g.end
                ),
                None,
            )
            row["record_text"] = (
                store.text(row["record_source"])[seg.start : seg.end] if seg else record.text
            )
        return rows


def decide(
    db: str | os.PathLike[str], ref: str, action: str, *, who: str = "curator", why: str = ""
) -> dict[str, Any]:
    """Accept or reject a link (by id or key); the decision goes to the curation log."""
    if action not in ACTIONS:
        raise ValueError(f"action must be one of {', '.join(ACTIONS)}")
    with Store(db) as store:
        key = _res.link_key(store.conn, ref)
        store.conn.execute("BEGIN IMMEDIATE")
        try:
            entry_id = _res.append_curation(store.conn, action, key, who, why)
            _res.set_link_status(store.conn, key, ACTIONS[action])
            store.conn.execute("COMMIT")
        except BaseException:
            store.conn.execute("ROLLBACK")
            raise
        # an applied link brings the record's factoids: refresh the two persons it joins
        _reg.refresh_register(store.conn, _reg.entities_of_link(store.conn, key))
        return {"link": key, "status": ACTIONS[action], "curation_entry": entry_id}


FACTOID_STATUSES = ("accepted", "rejected", "extracted")


def judge_factoid(
    db: str | os.PathLike[str],
    factoid: str,
    status: str,
    *,
    who: str = "curator",
    why: str = "",
) -> dict[str, Any]:
    """Accept or reject a factoid by its stable id (``f-<source>-<seq>``), or put it back
    (``extracted``); the decision goes to the curation log and is replayed after re-runs."""
    if status not in FACTOID_STATUSES:
        raise ValueError(f"status must be one of {', '.join(FACTOID_STATUSES)}")
    with Store(db) as store:
        touched = _reg.entities_of_factoid(store.conn, factoid)
        store.conn.execute("BEGIN IMMEDIATE")
        try:
            if not _res.set_factoid_status(store.conn, factoid, status):
                raise NotFoundError(
                    f"no factoid {factoid!r}",
                    hint="factoid ids are in `narkomindel person ID --format json` and exports",
                )
            entry = _res.append_curation(store.conn, "factoid", factoid, who, why, status)
            store.conn.execute("COMMIT")
        except BaseException:
            store.conn.execute("ROLLBACK")
            raise
        _reg.refresh_register(store.conn, touched)
        return {"factoid": factoid, "status": status, "curation_entry": entry}


def rename(
    db: str | os.PathLike[str], person: str, name: str, *, who: str = "curator", why: str = ""
) -> dict[str, Any]:
    """Give a person (id or key) the name a curator chose; replayed after every re-run."""
    if not name.strip():
        raise ValueError("the new name is empty")
    with Store(db) as store:
        key = _entity_key(store, person)
        entry = _res.append_curation(store.conn, "rename", key, who, why, name.strip())
    resolve_people(db)
    return {"person": key, "name": name.strip(), "curation_entry": entry}
