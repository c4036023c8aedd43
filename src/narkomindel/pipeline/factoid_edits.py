"""Curators' work on factoids beyond accepting and rejecting: correcting a factoid's
values (``edit``) and drawing a new factoid from a passage of a source (``add``).

Both go to the append-only curation log (who, when, why, and the values) and take
effect at once; the resolve run replays them after every re-extraction
(:func:`narkomindel.pipeline.log_replay.replay_curated`).
"""

from __future__ import annotations

import json
import re
from typing import Any

from narkomindel.errors import NotFoundError, UsageError
from narkomindel.gazetteer.vocabulary import FATE_SEVERITY
from narkomindel.pipeline.log_replay import added_factoid_id
from narkomindel.store import curated, curation, derived, entities, people, views
from narkomindel.store.database import Store
from narkomindel.store.ids import parse_ref

__all__ = ["edit_factoid", "add_factoid", "FACTOID_TYPES", "check_edtf"]

#: the kinds of factoid a curator may add
FACTOID_TYPES = ("post", "fate", "attribute", "membership")
_PART = r"(?:\d{3}[\dX](?:-\d{2}(?:-\d{2})?)?[~?%]?)"
_EDTF = re.compile(rf"(?:{_PART}|\.\.)(?:/(?:{_PART}|\.\.))?")
_MAX = 200
#: the fates a curator may state (the values extraction writes)
FATES = frozenset(FATE_SEVERITY) | {"imprisoned", "exiled", "rehabilitated"}


def check_edtf(value: str | None, param: str) -> str | None:
    """An EDTF date as a curator typed it (``1922-04-16``, ``1936~``, ``192X``), or None."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if not _EDTF.fullmatch(text):
        raise UsageError(
            f"‹{param}› {text[:40]!r} is not an EDTF date",
            hint="write 1922-04-16, 1922-04, 1922, 1936~ (about), 1936? (uncertain) or 192X",
        )
    return text


def _clean(changes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in curated.EDITABLE:
            raise UsageError(
                f"‹{name}› cannot be edited", hint=f"edit one of {', '.join(curated.EDITABLE)}"
            )
        if name in ("date_start", "date_end"):
            out[name] = check_edtf(value, name)
            continue
        text = None if value is None else str(value).strip() or None
        if text is not None and len(text) > _MAX:
            raise UsageError(
                f"‹{name}› is {len(text)} characters long", hint=f"give at most {_MAX}"
            )
        out[name] = text
    return out


def edit_factoid(
    store: Store, factoid: str, changes: dict[str, Any], *, who: str = "curator", why: str = ""
) -> dict[str, Any]:
    """Correct the values of a factoid (role, organisation, department, country, dates,
    value, attribute); its status becomes ``edited``. The log keeps the values before
    and after, so the edit can be undone and is replayed after re-extraction."""
    parsed = parse_ref(factoid)
    row = views.factoid_row(store, parsed[1], parsed[2]) if parsed else None
    if parsed is None or row is None:
        raise NotFoundError(
            f"no factoid {factoid!r}", hint="factoid ids are on the person's page and in exports"
        )
    after = _clean(changes)
    if not after:
        raise UsageError("nothing to change", hint="give at least one new value")
    before = {k: row[k] for k in after}
    touched = entities.entities_of_factoid(store, factoid)
    value = json.dumps({"before": before, "after": after, "status": row["status"]})
    with store.transaction():
        entry = curation.append_curation(store, "edit", factoid, who, why, value)
        curated.update_factoid(store, int(row["source_key"]), parsed[2], after, "edited")
        derived.refresh_derived(store, touched)
    return {"factoid": factoid, "status": "edited", "changes": after, "curation_entry": entry}


def add_factoid(
    store: Store,
    source: str,
    start: int,
    end: int,
    person: str,
    fields: dict[str, Any],
    *,
    who: str = "curator",
    why: str = "",
) -> dict[str, Any]:
    """A factoid a curator read in ``source`` at ``[start, end)`` about ``person`` (a key of
    a person named in that source): ``fields`` gives ``type`` (post, fate, attribute,
    membership) and its values. The quote is the source's text at the span."""
    sid = store.resolve_id(source)
    text = store.text(sid)
    if not 0 <= start < end <= len(text):
        raise UsageError(
            f"the span {start}:{end} is outside the text (0:{len(text)})",
            hint="select the passage in the source viewer",
        )
    if end - start > 2000:
        raise UsageError("the passage is over 2,000 characters", hint="select one sentence or two")
    ftype = str(fields.get("type") or "")
    if ftype not in FACTOID_TYPES:
        raise UsageError(
            f"‹type› {ftype!r} is not allowed", hint=f"use one of {', '.join(FACTOID_TYPES)}"
        )
    values = _clean({k: v for k, v in fields.items() if k in curated.EDITABLE})
    if ftype == "fate" and values.get("value") not in FATES:
        raise UsageError(
            f"‹value› {values.get('value')!r} is not a fate",
            hint=f"use one of {', '.join(sorted(FATES))}",
        )
    named = [m for m in views.person_mentions_in(store, sid) if m["person"] == person]
    if not named:
        raise NotFoundError(
            f"{person!r} is not named in this source",
            hint="choose one of the persons the source names (the list under the form)",
        )
    subject = min(named, key=lambda m: (m["start"] > start, abs(m["start"] - start)))
    value = {
        **values, "type": ftype, "start": start, "end": end, "quote": text[start:end],
        "subject_start": subject["start"],
    }  # fmt: skip
    key = curated.source_key_of(store, sid)
    assert key is not None
    with store.transaction():
        entry = curation.append_curation(
            store, "add", f"{sid}:{start}:{end}", who, why, json.dumps(value, ensure_ascii=False)
        )
        curated.insert_curated_factoid(
            store, key, curated.CURATED_SEQ + entry, subject["seq"], value, who
        )
        ids = entities.entities_of_factoid(store, added_factoid_id({"target": sid, "id": entry}))
        derived.refresh_derived(store, [*ids, *_entity_numbers(store, person)])
    fid = added_factoid_id({"target": sid, "id": entry})
    return {"factoid": fid, "person": person, "curation_entry": entry}


def _entity_numbers(store: Store, key: str) -> list[int]:
    row = people.entity(store, ref_or_key=key)
    return [int(row["id"])] if row else []
