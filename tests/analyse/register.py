"""A register built through the real schema from invented persons, with known answers.

Each person is named in one mention of a source; their factoids hang on that mention;
``refresh_derived`` then builds the register's tables as ``narkomindel resolve`` does.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from narkomindel.extract import EXTRACTION_VERSION
from narkomindel.store import derived
from narkomindel.store.database import Store

KINDS = ("scholarship", "registry", "primary")


def fact(type: str, **kw: Any) -> dict[str, Any]:
    return {"type": type, **kw}


def post(role: str = "counsellor", start: str | None = "1925", end: str | None = "1930",
         *, elite: bool = False, **kw: Any) -> dict[str, Any]:  # fmt: skip
    return fact("post", role=role, country="Ruritania", date_start=start, date_end=end,
                attrs={"soviet": True, "elite": elite}, **kw)  # fmt: skip


def fate(value: str, date: str | None = None, **kw: Any) -> dict[str, Any]:
    return fact("fate", value=value, date_start=date, **kw)


def build(path: Path, persons: list[tuple[str, list[dict[str, Any]]]], *,
          statistics: list[dict[str, Any]] = (), events: list[dict[str, Any]] = ()) -> Path:  # type: ignore[assignment]  # fmt: skip
    with Store(path) as store:
        conn = store.conn
        conn.execute("BEGIN")
        for k, kind in enumerate(KINDS):
            sid = hashlib.sha256(f"invented {kind}".encode()).hexdigest()
            conn.execute(
                "INSERT INTO sources(key, id, path, version, kind, language, title, reader, encoding,"
                " size, ingested_at) VALUES (?,?,?,1,?,'en',?,'reader.text.v1','utf-8',0,'2026-12-01')",
                (k + 1, sid, f"invented/{kind}.txt", kind, f"An invented {kind}"),
            )
            conn.execute(
                "INSERT INTO source_content(source_key, original, source_text, text, offsets)"
                " VALUES (?, ?, NULL, ?, '[]')",
                (k + 1, b"a quote", "a quote"),
            )
            # extracted, as every stored source of a real register is
            conn.execute(
                "INSERT INTO extraction_runs(source_key, version, ran_at) VALUES (?, ?, '2026-12-01')",
                (k + 1, EXTRACTION_VERSION),
            )
        seq = {1: 0, 2: 0, 3: 0}
        mseq = {1: 0, 2: 0, 3: 0}
        for p, (name, facts) in enumerate(persons):
            mentions: dict[int, int] = {}
            conn.execute(
                "INSERT INTO entities(id, key, type, label, variants_json, attrs_json) VALUES (?,?,?,?,?,?)",
                (p + 1, f"{name.lower()}|x", "person", name, json.dumps([name]), "{}"),
            )
            for f in facts:
                src = 1 + KINDS.index(f.pop("kind", "scholarship"))
                if src not in mentions:
                    mentions[src] = mseq[src]
                    mseq[src] += 1
                    conn.execute(
                        'INSERT INTO mentions(source_key, seq, start, "end", text, type, extractor,'
                        " confidence, attrs_json) VALUES (?,?,0,5,?,'person','test',0.9,'{}')",
                        (src, mentions[src], name),
                    )
                    conn.execute(
                        "INSERT INTO entity_mentions(entity_id, source_key, mention_seq, score, evidence)"
                        " VALUES (?,?,?,0.9,'test')",
                        (p + 1, src, mentions[src]),
                    )
                _factoid(conn, src, seq[src], mentions[src], f)
                seq[src] += 1
        for s in statistics:
            _factoid(conn, 1, seq[1], -1, {"type": "statistic", **s})
            seq[1] += 1
        for i, e in enumerate(events):
            conn.execute(
                'INSERT INTO events(source_key, seq, type, name, start, "end", quote, date, place,'
                " parties_json, participants_json, extractor, confidence) VALUES (1,?,?,?,0,5,?,?,NULL,?,"
                "'[]','test',0.8)",
                (i, e["type"], e["name"], e.get("quote", e["name"]), e.get("date"),
                 json.dumps(e.get("parties", []))),
            )  # fmt: skip
        conn.execute("COMMIT")
        derived.refresh_derived(store)
    return path


def _factoid(conn: Any, src: int, seq: int, subject: int, f: dict[str, Any]) -> None:
    conn.execute(
        'INSERT INTO factoids(source_key, seq, type, subject_seq, start, "end", quote, role,'
        " organisation, department, country, date_start, date_end, value, attribute, modality,"
        " confidence, extractor, status, attrs_json) VALUES (?,?,?,?,0,5,?,?,?,?,?,?,?,?,?,?,0.9,'test',?,?)",
        (src, seq, f["type"], subject, f.get("quote", "a quote"), f.get("role"),
         f.get("organisation"), None, f.get("country"), f.get("date_start"), f.get("date_end"),
         f.get("value"), f.get("attribute"), f.get("modality", "asserted"),
         f.get("status", "extracted"), json.dumps(f.get("attrs", {}))),
    )  # fmt: skip
