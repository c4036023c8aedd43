"""Curators' decisions applied to the persons resolution made (pure functions).

Merges, splits and renames reshape the clustered persons before registry links
are proposed; persons applied to one registry record become one person. The
decisions themselves live in the append-only curation log (store); this module
only says what each does to a list of :class:`~narkomindel.model.Entity`.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from typing import Any

from narkomindel.model import Entity, RecordLink

__all__ = [
    "SEP",
    "CLUSTER_ACTIONS",
    "merge_into",
    "join_on_shared_records",
    "apply_cluster_action",
    "merge_target",
    "split_target",
    "parse_merge_target",
    "parse_split_target",
]

#: separates the two persons of a merge, and a person from the mentions of a split
SEP = "||"
#: decisions that reshape persons (replayed before links are proposed)
CLUSTER_ACTIONS = ("merge", "split", "rename")


def merge_target(a: str, b: str) -> str:
    """The curation-log target of "``b`` is the same person as ``a``"."""
    return f"{a}{SEP}{b}"


def split_target(key: str, mentions: list[str]) -> str:
    """The curation-log target of "these mentions of ``key`` are someone else"."""
    return f"{key}{SEP}{json.dumps(sorted(mentions))}"


def parse_merge_target(target: str, keys: set[str]) -> tuple[str, str] | None:
    """The two person keys of a merge target, or None when they are not both ``keys``.

    A key may itself end or begin with "|" (a surname-only key is "ivanov|"), so the
    separator is not split blindly: every place it could stand is tried."""
    at = target.find(SEP)
    while at != -1:
        a, b = target[:at], target[at + len(SEP) :]
        if a in keys and b in keys:
            return a, b
        at = target.find(SEP, at + 1)
    return None


def parse_split_target(target: str) -> tuple[str, list[str]] | None:
    """The person key and the mention references of a split target, or None."""
    at = target.rfind(SEP + "[")
    if at == -1:
        return None
    try:
        refs = json.loads(target[at + len(SEP) :])
    except json.JSONDecodeError:
        return None
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        return None
    return target[:at], refs


def merge_into(a: Entity, b: Entity, score: float, why: str) -> None:
    a.mentions.extend(b.mentions)
    a.scores.update({ref: (score, why) for ref in b.mentions})
    a.variants = list(dict.fromkeys(a.variants + b.variants))
    if not a.attrs.get("display_name"):
        a.label = max(a.variants, key=lambda v: (len(v.split()), len(v)))
    for field_name in (
        "posts", "fates", "offices", "post_years", "nationality", "parties", "joined", "link_keys"
    ):  # fmt: skip
        a.attrs[field_name] = sorted(
            set(a.attrs.get(field_name, [])) | set(b.attrs.get(field_name, []))
        )
    a.attrs["soviet"] = bool(a.attrs.get("soviet") or b.attrs.get("soviet"))


def join_on_shared_records(entities: list[Entity], links: list[RecordLink]) -> list[RecordLink]:
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
            merge_into(
                keep, other, min(lk.score, 0.9), f"the same registry record ({lk.record_name})"
            )
            entities.remove(other)
            del by_key[lk.entity_key]
    return [lk for lk in links if lk.entity_key in by_key]


def apply_cluster_action(
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
        pair = parse_merge_target(entry["target"], set(by_key))
        if pair is None:
            return False
        a, b = by_key[pair[0]], by_key[pair[1]]
        if a is b:
            return False
        merge_into(a, b, 1.0, f"merged by a curator: {entry['why']}")
        entities.remove(b)
        return True
    parsed = parse_split_target(entry["target"])
    if parsed is None:
        return False
    key, mentions = parsed
    refs_text = json.dumps(sorted(mentions))
    wanted = set(mentions)
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
