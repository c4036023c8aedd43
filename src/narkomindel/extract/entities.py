"""Organisations and places (``extract.entities``), from the gazetteers.

Historic state names (Soviet Russia, RSFSR, Rumania, Persia, the Kingdom of
Serbs, Croats and Slovenes) are places; every name of the Foreign
Commissariat — Narkomindel, NKID, the Commissariat, the Foreign Commissariat,
the Soviet foreign office — is one organisation, ``NKID``.
"""

from __future__ import annotations

import re
from functools import cache

from narkomindel import gazetteer as gz
from narkomindel.model import Document, Mention

__all__ = ["find_entities", "EXTRACTOR"]

EXTRACTOR = "extract.entities.v2"


@cache
def _org_pattern() -> re.Pattern[str]:
    return gz.compiled_alternation(tuple(gz.organisations()))


@cache
def _place_pattern() -> re.Pattern[str]:
    return gz.compiled_alternation(tuple(gz.places()))


@cache
def _ru_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    orgs = tuple(row[0] for row in gz.table("organisations_ru.tsv"))
    places = tuple(row[0] for row in gz.table("places_ru.tsv"))
    org = re.compile(
        r"(?<![\w])(?:" + "|".join(re.escape(o) for o in sorted(orgs, key=len, reverse=True)) + r")"
    )
    place = re.compile(
        r"(?:(?<=\bв )|(?<=\bво )|(?<=\bиз )|(?<=\bСССР в ))(?:"
        + "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
        + r")[а-яё]*"
    )
    return org, place


_SOVIET_FO = re.compile(r"\b(?:Soviet\s+[Ff]oreign\s+[Oo]ffice|the\s+foreign\s+office)\b")


def find_entities(doc: Document) -> list[Mention]:
    """Organisation and place mentions in a document, in text order."""
    text = doc.text
    found: list[Mention] = []
    taken = bytearray(len(text) + 1)

    def add(s: int, e: int, mtype: str, value: str, kind: str, conf: float) -> None:
        if any(taken[s:e]):
            return
        taken[s:e] = b"\x01" * (e - s)
        found.append(
            Mention(s, e, text[s:e], mtype, EXTRACTOR, conf, {"value": value, "kind": kind})
        )

    orgs = gz.organisations()
    places = gz.places()
    for m in _SOVIET_FO.finditer(text):
        add(m.start(), m.end(), "organisation", "NKID", "commissariat", 0.8)
    for m in _org_pattern().finditer(text):
        value, kind = orgs[m.group(0)]
        add(m.start(), m.end(), "organisation", value, kind, 0.9)
    for m in _place_pattern().finditer(text):
        value, kind, _country = places[m.group(0)]
        add(m.start(), m.end(), "place", value, kind, 0.9)
    if doc.meta.language == "ru" or re.search(r"[а-яё]{4}", text[:5000]):
        org_ru, place_ru = _ru_patterns()
        org_map = {row[0]: row[1] for row in gz.table("organisations_ru.tsv")}
        place_rows = sorted(gz.table("places_ru.tsv"), key=lambda r: -len(r[0]))
        for m in org_ru.finditer(text):
            add(
                m.start(),
                m.end(),
                "organisation",
                org_map.get(m.group(0), m.group(0)),
                "organisation",
                0.9,
            )
        for m in place_ru.finditer(text):
            stem = next(r for r in place_rows if m.group(0).startswith(r[0]))
            add(m.start(), m.end(), "place", stem[1], "state", 0.8)
    found.sort(key=lambda x: x.start)
    return found
