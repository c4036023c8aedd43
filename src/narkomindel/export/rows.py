"""What every export writes: the register as plain rows of six kinds, with stable ids.

``persons``, ``mentions``, ``factoids``, ``events``, ``sources`` and ``links``; the
fields are documented in ``docs/exports.md`` and fixed by the JSON Schemas in
``narkomindel/export/schemas``. Ids are the same on every run over the same
inputs: persons by their resolution key, mentions (``m-``), factoids (``f-``) and
events (``e-``) by source and position, sources by the SHA-256 of their bytes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from narkomindel.store import register as _reg

__all__ = ["Register", "collect", "KINDS"]

KINDS = ("persons", "mentions", "factoids", "events", "sources", "links")


@dataclass
class Register:
    persons: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    factoids: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)

    def kinds(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        for kind in KINDS:
            yield kind, getattr(self, kind)


def collect(db: str | os.PathLike[str]) -> Register:
    """The whole register of a database (current versions of sources only)."""
    out = Register()
    with _reg.open_register(db) as store:
        conn = store.conn
        current = store.sources()
        keys = dict(conn.execute("SELECT id, key FROM sources").fetchall())
        current_keys = {keys[s["id"]] for s in current}
        sid_of = {keys[s["id"]]: s["id"] for s in current}
        for s in current:
            out.sources.append(
                {"id": s["id"], "path": s["path"], "title": s["title"], "kind": s["kind"],
                 "language": s["language"], "reader": s["reader"], "version": s["version"]}
            )  # fmt: skip
        entity_key = dict(conn.execute("SELECT id, key FROM entities").fetchall())
        listed = {r[0] for r in conn.execute("SELECT entity_id FROM person_summary")}
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
            out.persons.append(
                {"id": r["key"], "name": r["name"], "variants": list(dict.fromkeys(variants)),
                 "kind": r["kind"], "is_soviet_official": bool(r["is_soviet_official"]),
                 "is_diplomat": bool(r["is_diplomat"]), "is_elite": bool(r["is_elite"]),
                 "fate": r["fate"], "fate_date": r["fate_date"], "birth": r["birth"], "death": r["death"]}
            )  # fmt: skip
        # a mention of a linked record belongs to the text person it is linked to
        owner: dict[tuple[int, int], str] = {}
        for src_key, seq, eid in conn.execute(
            "SELECT source_key, mention_seq, entity_id FROM entity_mentions"
        ):
            owner[(src_key, seq)] = entity_key[eid]
        for eid, src, seq in conn.execute(
            "SELECT l.entity_id, s.key, l.record_seq FROM links l JOIN sources s ON s.id = l.record_source"
            " WHERE l.status = 'applied'"
        ):
            owner[(src, seq)] = entity_key[eid]
        for m in conn.execute(
            'SELECT source_key, seq, start, "end", text, type, confidence, attrs_json FROM mentions'
            " ORDER BY source_key, seq"
        ):
            if m["source_key"] not in current_keys:
                continue
            attrs = json.loads(m["attrs_json"])
            entity: str | None
            if m["type"] == "person":
                entity = owner.get((m["source_key"], m["seq"]))
            elif m["type"] in ("organisation", "place"):
                entity = f"{m['type'][:3]}:{attrs['value']}" if attrs.get("value") else None
            elif m["type"] == "date":
                entity = attrs.get("edtf")
            else:
                entity = None
            out.mentions.append(
                {"id": _reg.ref("mention", sid_of[m["source_key"]], m["seq"]),
                 "source": sid_of[m["source_key"]], "start": m["start"], "end": m["end"],
                 "text": m["text"], "type": m["type"], "entity": entity,
                 "confidence": m["confidence"]}
            )  # fmt: skip
        for f in conn.execute(
            "SELECT f.*, pf.entity_id, pf.via_link FROM person_factoids pf JOIN factoids f"
            " ON f.id = pf.factoid_id ORDER BY f.source_key, f.seq"
        ):
            if f["entity_id"] not in listed or f["source_key"] not in current_keys:
                continue
            out.factoids.append(
                {"id": _reg.ref("factoid", sid_of[f["source_key"]], f["seq"]), "type": f["type"],
                 "subject": entity_key[f["entity_id"]], "role": f["role"],
                 "organisation": f["organisation"], "department": f["department"],
                 "country": f["country"], "start": f["date_start"], "end": f["date_end"],
                 "value": f["value"], "attribute": f["attribute"], "modality": f["modality"],
                 "source": sid_of[f["source_key"]], "start_char": f["start"], "end_char": f["end"],
                 "quote": f["quote"], "confidence": f["confidence"], "status": f["status"],
                 "via_link": f["via_link"],
                 "attested": json.loads(f["attrs_json"] or "{}").get("attested")}
            )  # fmt: skip
        for ev in conn.execute("SELECT * FROM events ORDER BY source_key, seq"):
            if ev["source_key"] not in current_keys:
                continue
            sid = sid_of[ev["source_key"]]
            eid = _reg.ref("event", sid, ev["seq"])
            participants = []
            for n, i in enumerate(json.loads(ev["participants_json"])):
                who = owner.get((ev["source_key"], i))
                if who is None:
                    continue
                participants.append(who)
                # taking part in an event is a factoid of the person too
                out.factoids.append(
                    {"id": f"{eid.replace('e-', 'f-', 1)}.p{n}", "type": "participation",
                     "subject": who, "role": "participant", "organisation": None, "department": None,
                     "country": None, "start": ev["date"], "end": None, "value": eid,
                     "attribute": None, "modality": "asserted", "source": sid,
                     "start_char": ev["start"], "end_char": ev["end"], "quote": ev["quote"],
                     "confidence": ev["confidence"], "status": "extracted", "via_link": None}
                )  # fmt: skip
            out.mentions.append(  # the event's own span, so mentions tell events apart too
                {"id": f"m-{sid[:16]}-e{ev['seq']}", "source": sid, "start": ev["start"],
                 "end": ev["end"], "text": ev["quote"], "type": "event", "entity": eid,
                 "confidence": ev["confidence"]}
            )  # fmt: skip
            out.events.append(
                {"id": eid, "type": ev["type"], "name": ev["name"], "date": ev["date"],
                 "place": ev["place"], "parties": json.loads(ev["parties_json"]),
                 "participants": list(dict.fromkeys(participants)), "source": sid,
                 "start_char": ev["start"], "end_char": ev["end"], "quote": ev["quote"]}
            )  # fmt: skip
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
            out.links.append(
                {"id": lk["key"], "person": entity_key[lk["entity_id"]], "source": lk["record_source"],
                 "segment": seg[0] if seg else None, "record_name": lk["record_name"],
                 "confidence": lk["score"], "status": lk["status"], "conflict": lk["conflict"],
                 "evidence": json.loads(lk["evidence_json"])}
            )  # fmt: skip
    return out
