"""Conclusions about a person drawn from their factoids: who counts as a Soviet
official, a diplomat, one of the elite; their gravest fate; their life dates.

These are domain rules (DESIGN §2), applied to the person's accepted factoids
every time the register's summaries are rebuilt (:mod:`narkomindel.store.derived`).
"""

from __future__ import annotations

import json
import re
from typing import Any

from narkomindel import gazetteer as gz
from narkomindel.gazetteer.vocabulary import (
    DIPLOMATIC_ROLES,
    FATE_SEVERITY,
    REPRESSION_FATES,
    SOVIET_ROLES,
)

__all__ = ["summarise", "HOME", "OLD_REGIME"]

HOME = frozenset({"USSR", "Russia", "Soviet Russia", "Soviet Union"})
# A post of the old regime (the Empire, the Provisional Government) is not a Soviet one.
OLD_REGIME = re.compile(
    r"\b(?:imperial|tsarist|czarist|provisional government|russian (?:ambassador|minister|"
    r"charg[ée]|consul|embassy|envoy))",
    re.I,
)


def _east_european_surname(label: str) -> bool:
    """Does the surname of a name as printed ("K. P. Sedykhin", "Sedykhin, K. P.") have an
    east-European shape (-ov, -in, -skii, -enko, -ian ...)?"""
    surname = label.split(",")[0] if "," in label else label
    words = re.findall(r"[^\W\d_][\w'’-]+", surname)
    if not words:
        return False
    last = words[-1].lower().split("-")[-1]
    return any(last.endswith(e) and len(last) > len(e) + 1 for e in gz.surname_endings())


def _year(value: str | None) -> int | None:
    m = re.match(r"(\d{4})", value or "")
    return int(m.group(1)) if m else None


def summarise(rows: list[Any], attrs: dict[str, Any], label: str = "") -> tuple[Any, ...]:
    """(is_soviet_official, is_diplomat, is_elite, fate, fate_date, birth, death, posts) of a
    person from their factoid rows (type, role, organisation, country, value, attribute,
    date_start, date_end, modality, status, attrs_json, via_link after the entity id).

    A Soviet official: a Soviet post (the commissariat, a polpred, "Soviet ambassador"),
    a registry record's post, the party-state elite; or a person with an east-European
    surname who held a post abroad or met a fate of the purges."""
    soviet = bool(attrs.get("soviet"))
    diplomatic = elite_post = abroad = repressed = False
    fate: tuple[int, str, str | None] | None = None
    birth = death = None
    posts = 0
    for row in rows:
        _eid, ftype, role, org, country, value, attribute, d_start, d_end = row[:9]
        modality, status, fattrs, via_link, quote = row[9:14]
        if status == "rejected" or modality != "asserted":
            continue
        extra = json.loads(fattrs or "{}")
        if ftype == "post":
            posts += 1
            soviet |= bool(
                extra.get("soviet") or org == "NKID" or role in SOVIET_ROLES
                or attrs.get("record") or via_link is not None
            )  # fmt: skip
            diplomatic |= role in DIPLOMATIC_ROLES
            elite_post |= bool(extra.get("elite"))
            year = _year(d_start) or _year(d_end)
            old_regime = bool(OLD_REGIME.search(quote or "")) or (year is not None and year < 1918)
            abroad |= bool(country) and country not in HOME and not old_regime
            abroad &= not extra.get("former") or bool(d_start)
        elif ftype == "fate" and value:
            rank = FATE_SEVERITY.get(value, 0)
            if fate is None or rank > fate[0] or (rank == fate[0] and d_start and not fate[2]):
                fate = (rank, value, d_start)
            if value in ("executed", "died", "died in custody") and d_start:
                death = d_start
            repressed |= value in REPRESSION_FATES
        elif ftype == "attribute" and attribute == "birth" and value and birth is None:
            birth = value
        elif ftype == "attribute" and attribute == "death" and value and death is None:
            death = value  # life dates "(1882-1941)"; a fate's date comes first
        elif ftype == "attribute" and attribute == "standing":
            soviet = True
    if posts and (abroad or repressed) and _east_european_surname(label):
        soviet = True
    return (
        int(soviet), int(diplomatic and soviet), int(elite_post and soviet),
        fate[1] if fate else None, fate[2] if fate else None, birth, death, posts,
    )  # fmt: skip
