"""The SQL of the chronology: events of the current sources and who took part."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from narkomindel.store.ids import ref

if TYPE_CHECKING:
    from narkomindel.store.database import Store

__all__ = ["event_rows"]


def event_rows(
    store: Store,
    *,
    type: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    country: str | None = None,
) -> list[dict[str, Any]]:
    """Events of the current version of every source matching these conditions, each with
    its participants resolved to persons (id and name) where they are."""
    where = ["1=1"]
    args: list[Any] = []
    if type:
        where.append("ev.type = ?")
        args.append(type)
    if year_from is not None:
        where.append("ev.date IS NOT NULL AND CAST(substr(ev.date, 1, 4) AS INTEGER) >= ?")
        args.append(year_from)
    if year_to is not None:
        where.append("ev.date IS NOT NULL AND CAST(substr(ev.date, 1, 4) AS INTEGER) <= ?")
        args.append(year_to)
    if country:
        where.append("(ev.parties_json LIKE ? OR ev.place = ?)")
        args.extend([f'%"{country}"%', country])
    conn = store.conn
    current = {s["id"] for s in store.sources()}
    who = {
        (r[0], r[1]): (r[2], r[3])
        for r in conn.execute(
            "SELECT em.source_key, em.mention_seq, e.key, e.label FROM entity_mentions em"
            " JOIN entities e ON e.id = em.entity_id"
        )
    }
    out = []
    for ev in conn.execute(
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
                "id": ref("event", ev["source"], ev["seq"]), "type": ev["type"],
                "name": ev["name"], "date": ev["date"], "place": ev["place"],
                "parties": json.loads(ev["parties_json"]), "participants": participants,
                "quote": ev["quote"], "source": ev["source"], "path": ev["path"],
                "start": ev["start"], "end": ev["end"],
            }
        )  # fmt: skip
    return out
