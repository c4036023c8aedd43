"""The SQL of the exports: the whole register in six kinds of rows, streamed.

Each function yields plain dicts in a stable order. The caller reads them all
inside one :meth:`Store.reading` snapshot, so that persons, mentions and
factoids agree with each other even while another process writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from narkomindel.store.ids import ref

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = ["Snapshot"]


class Snapshot:
    """The register's rows as one read sees them (call inside ``store.reading()``)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        conn = store.conn
        self.sources = store.sources()
        keys = dict(conn.execute("SELECT id, key FROM sources").fetchall())
        self.current_keys = {keys[s["id"]] for s in self.sources}
        self.sid_of = {keys[s["id"]]: s["id"] for s in self.sources}
        self.entity_key = dict(conn.execute("SELECT id, key FROM entities").fetchall())
        self.listed = {r[0] for r in conn.execute("SELECT entity_id FROM person_summary")}
        # a mention of a linked record belongs to the text person it is linked to
        self.owner: dict[tuple[int, int], str] = {}
        for src_key, seq, eid in conn.execute(
            "SELECT source_key, mention_seq, entity_id FROM entity_mentions"
        ):
            self.owner[(src_key, seq)] = self.entity_key[eid]
        for eid, src, seq in conn.execute(
            "SELECT l.entity_id, s.key, l.record_seq FROM links l JOIN sources s ON s.id = l.record_source"
            " WHERE l.status = 'applied'"
        ):
            self.owner[(src, seq)] = self.entity_key[eid]

    def persons(self) -> Iterator[dict[str, Any]]:
        conn = self.store.conn
        for r in conn.execute(
            "SELECT ps.*, e.key, e.variants_json FROM person_summary ps JOIN entities e"
            " ON e.id = ps.entity_id ORDER BY e.key"
        ):
            variants = json.loads(r["variants_json"])
            variants += [
                n for (n,) in conn.execute(
                    "SELECT record_name FROM links WHERE entity_id = ? AND status = 'applied'", (r["entity_id"],)
                )
            ]  # fmt: skip
            yield {
                "id": r["key"], "name": r["name"], "kind": r["kind"],
                "is_soviet_official": bool(r["is_soviet_official"]),
                "is_diplomat": bool(r["is_diplomat"]), "is_elite": bool(r["is_elite"]),
                "fate": r["fate"], "fate_date": r["fate_date"], "birth": r["birth"],
                "death": r["death"], "posts": r["posts"], "mentions": r["mentions"],
                "variants": tuple(dict.fromkeys(variants)),
            }  # fmt: skip

    def mentions(self) -> Iterator[dict[str, Any]]:
        for m in self.store.conn.execute(
            'SELECT source_key, seq, start, "end", text, type, confidence, attrs_json FROM mentions'
            " ORDER BY source_key, seq"
        ):
            if m["source_key"] not in self.current_keys:
                continue
            attrs = json.loads(m["attrs_json"])
            entity: str | None
            if m["type"] == "person":
                entity = self.owner.get((m["source_key"], m["seq"]))
            elif m["type"] in ("organisation", "place"):
                entity = f"{m['type'][:3]}:{attrs['value']}" if attrs.get("value") else None
            elif m["type"] == "date":
                entity = attrs.get("edtf")
            else:
                entity = None
            yield {
                "id": ref("mention", self.sid_of[m["source_key"]], m["seq"]),
                "source": self.sid_of[m["source_key"]], "start": m["start"], "end": m["end"],
                "text": m["text"], "type": m["type"], "entity": entity,
                "confidence": m["confidence"],
            }  # fmt: skip

    def factoids(self) -> Iterator[dict[str, Any]]:
        for f in self.store.conn.execute(
            "SELECT f.*, pf.entity_id, pf.via_link FROM person_factoids pf JOIN factoids f"
            " ON f.id = pf.factoid_id ORDER BY f.source_key, f.seq"
        ):
            if f["entity_id"] not in self.listed or f["source_key"] not in self.current_keys:
                continue
            yield {
                "id": ref("factoid", self.sid_of[f["source_key"]], f["seq"]), "type": f["type"],
                "subject": self.entity_key[f["entity_id"]], "role": f["role"],
                "organisation": f["organisation"], "department": f["department"],
                "country": f["country"], "start": f["date_start"], "end": f["date_end"],
                "value": f["value"], "attribute": f["attribute"], "modality": f["modality"],
                "source": self.sid_of[f["source_key"]], "start_char": f["start"],
                "end_char": f["end"], "quote": f["quote"], "confidence": f["confidence"],
                "status": f["status"], "via_link": f["via_link"],
                "attested": json.loads(f["attrs_json"] or "{}").get("attested"),
            }  # fmt: skip

    def events(self) -> Iterator[dict[str, Any]]:
        """Events, each with the mention keys of its participants resolved to persons."""
        for ev in self.store.conn.execute("SELECT * FROM events ORDER BY source_key, seq"):
            if ev["source_key"] not in self.current_keys:
                continue
            sid = self.sid_of[ev["source_key"]]
            people = []
            for i in json.loads(ev["participants_json"]):
                who = self.owner.get((ev["source_key"], i))
                if who is not None:
                    people.append(who)
            yield {
                "id": ref("event", sid, ev["seq"]), "seq": ev["seq"], "type": ev["type"],
                "name": ev["name"], "date": ev["date"], "place": ev["place"],
                "parties": tuple(json.loads(ev["parties_json"])), "participants": people,
                "source": sid, "start_char": ev["start"], "end_char": ev["end"],
                "quote": ev["quote"], "confidence": ev["confidence"],
            }  # fmt: skip

    def links(self) -> Iterator[dict[str, Any]]:
        conn = self.store.conn
        for lk in conn.execute(
            "SELECT l.*, s.key AS src_key, m.start AS m_start FROM links l"
            " JOIN sources s ON s.id = l.record_source"
            " JOIN mentions m ON m.source_key = s.key AND m.seq = l.record_seq ORDER BY l.key"
        ):
            seg = conn.execute(
                "SELECT seq FROM segments WHERE source_key = ? AND kind = 'record' AND start <= ?"
                ' AND "end" > ? ORDER BY start DESC LIMIT 1',
                (lk["src_key"], lk["m_start"], lk["m_start"]),
            ).fetchone()
            yield {
                "id": lk["id"], "key": lk["key"], "person": self.entity_key[lk["entity_id"]],
                "source": lk["record_source"], "segment": seg[0] if seg else None,
                "record": lk["record_name"], "score": lk["score"], "status": lk["status"],
                "conflict": lk["conflict"], "evidence": json.loads(lk["evidence_json"]),
            }  # fmt: skip
