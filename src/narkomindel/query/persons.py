"""Persons: the list with its filters, and one person's card.

Every factoid comes with its quote and where it stands (source id, path,
character span); ids are stable across runs on the same inputs (persons by their
resolution key, factoids by source and sequence).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from narkomindel.errors import NotFoundError
from narkomindel.gazetteer.vocabulary import EXCLUSIVE_FATES
from narkomindel.query.filters import limit_arg, stored_form, text_arg, year_arg
from narkomindel.query.results import (
    CardMention,
    Conflict,
    Factoid,
    Link,
    Person,
    PersonCard,
    Results,
)
from narkomindel.store import people
from narkomindel.store.database import Store
from narkomindel.translit import romanize

__all__ = ["persons", "person", "factoid_of", "date_key"]

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def _person_of(row: dict[str, Any]) -> Person:
    return Person(
        row["id"], row["name"], row["kind"], row["is_soviet_official"], row["is_diplomat"],
        row["is_elite"], row["fate"], row["fate_date"], row["birth"], row["death"],
        row.get("posts"), row.get("mentions"), tuple(row.get("variants", ())),
    )  # fmt: skip


def factoid_of(row: dict[str, Any]) -> Factoid:
    """A factoid from a row of :func:`narkomindel.store.people.factoid_rows`."""
    return Factoid(
        id=row["id"], type=row["type"], subject=row["subject"], role=row["role"],
        organisation=row["organisation"], department=row["department"], country=row["country"],
        start=row["date_start"], end=row["date_end"], value=row["value"],
        attribute=row["attribute"], modality=row["modality"], source=row["source"],
        start_char=row["start"], end_char=row["end"], quote=row["quote"],
        confidence=row["confidence"], status=row["status"], via_link=row.get("via_link"),
        attested=row.get("attested"), path=row.get("path"), via_record=row.get("via_record"),
    )  # fmt: skip


def date_key(f: Factoid) -> tuple[str, str]:
    """Order of factoids in time: by first date (or the date the document attests it)."""
    first = f.start or f.attested or f.end or "9999"
    return (str(first), str(f.end or ""))


def persons(
    store: Store,
    *,
    name: str | None = None,
    fate: str | None = None,
    role: str | None = None,
    country: str | None = None,
    year: int | str | None = None,
    elite: bool = False,
    diplomats: bool = False,
    kind: str | None = None,
    limit: int | None = None,
) -> Results[Person]:
    """Persons matching every filter given.

    ``name`` matches any spelling or script of a name (Litvinoff finds Litvinov and
    Литвинов); ``fate`` the person's gravest fate (executed, arrested, purged ...);
    ``role``, ``country`` and ``year`` a post the person held (together: that post,
    in that country, that year); ``elite`` persons who held a leading post in the
    commissariat or a head of mission's; ``diplomats`` Soviet officials with a
    diplomatic post; ``kind`` ``text`` (persons of the texts) or ``registry``
    (registry records no text person is linked to).
    """
    y = year_arg(year)
    limit = limit_arg(limit)
    with store.reading():
        fate = stored_form(store, "fate", fate) if fate else None
        role = stored_form(store, "role", role) if role else None
        country = stored_form(store, "country", country) if country else None
        ids = None
        if name:
            ids = people.ids_by_name(store, text_arg(name, "name"))
            if not ids:
                return Results()
        rows = people.find_persons(
            store, ids=ids, fate=fate, role=role, country=country, year=y, elite=elite,
            diplomats=diplomats, kind=kind, limit=limit,
        )  # fmt: skip
    return Results(_person_of(r) for r in rows)


def _entity(store: Store, ref: str) -> Any:
    text_arg(ref, "person")
    row = people.entity(store, ref_or_key=ref)
    if row is not None:
        return row
    # a name as written wins over one that meets it only by spelling key
    found = people.listed(store, people.ids_with_name(store, ref))
    if len(found) != 1:
        found = found or people.listed(store, people.ids_by_name(store, ref))
    if not found:
        raise NotFoundError(
            f"no person matches {ref!r}",
            hint="list them with `narkomindel persons --name ...` (run `narkomindel resolve` first)",
        )
    if len(found) > 1:
        names = "; ".join(f"{k} ({n})" for k, n in people.keys_and_names(store, found))
        raise NotFoundError(
            f"{ref!r} fits {len(found)} persons: {names}", hint="give the person's id"
        )
    return people.entity(store, number=found[0])


def person(store: Store, ref: str) -> PersonCard:
    """One person's card: name, variants (Latin and Cyrillic), life dates, career (posts in
    date order), fate with date, registry records linked, the mentions (with the evidence
    that joined each, and the "source-id:offset" refs ``split`` takes), every factoid
    with its quote and source location, and conflicting claims side by side.

    ``ref`` is a person id (key or number) or a name that fits one person."""
    with store.reading():
        ent = _entity(store, ref)
        summary = people.summary(store, ent["id"])
        facts = [factoid_of(r) for r in people.factoid_rows(store, ent["id"])]
        mentions = tuple(CardMention(**m) for m in people.card_mentions(store, ent["id"]))
        links = tuple(Link(**lk) for lk in people.person_links(store, ent["id"]))
    variants = list(json.loads(ent["variants_json"]))
    variants += [lk.record for lk in links if lk.status == "applied"]
    variants = list(dict.fromkeys(variants))
    live = [f for f in facts if f.status != "rejected" and f.modality == "asserted"]
    attrs = json.loads(ent["attrs_json"])
    who = Person(
        id=ent["key"],
        name=(summary["name"] if summary else None) or ent["label"],
        kind=summary["kind"] if summary else ("registry" if attrs.get("record") else "text"),
        is_soviet_official=bool(summary and summary["is_soviet_official"]),
        is_diplomat=bool(summary and summary["is_diplomat"]),
        is_elite=bool(summary and summary["is_elite"]),
        fate=summary["fate"] if summary else None,
        fate_date=summary["fate_date"] if summary else None,
        birth=summary["birth"] if summary else None,
        death=summary["death"] if summary else None,
        posts=summary["posts"] if summary else None,
        mentions=summary["mentions"] if summary else None,
        variants=tuple(variants),
    )
    return PersonCard(
        person=who,
        number=ent["id"],
        latin=tuple(v for v in variants if not _CYRILLIC.search(v)),
        cyrillic=tuple(v for v in variants if _CYRILLIC.search(v)),
        romanised=tuple(romanize(v, "lc") for v in variants if _CYRILLIC.search(v)),
        career=tuple(sorted((f for f in live if f.type == "post"), key=date_key)),
        fates=tuple(f for f in live if f.type == "fate"),
        links=links,
        mentions=mentions,
        factoids=tuple(facts),
        conflicts=tuple(conflicts(live, links)),
    )


def conflicts(facts: list[Factoid], links: tuple[Link, ...] = ()) -> list[Conflict]:
    """Claims that cannot all be true, side by side: fates that exclude each other, one
    fate on different dates, different birth years; and links in conflict."""
    out: list[Conflict] = []
    fates = [f for f in facts if f.type == "fate"]
    values = {f.value for f in fates}
    for value, excluded in EXCLUSIVE_FATES.items():
        if value in values and values & excluded:
            out.append(
                Conflict(
                    "fate",
                    f"{value} vs {', '.join(sorted(v for v in values & excluded if v))}",
                    tuple(f for f in fates if f.value in {value} | excluded),
                )
            )
    by_value: dict[str, list[Factoid]] = defaultdict(list)
    for f in fates:
        if f.start and f.value:
            by_value[f.value].append(f)
    for value, group in by_value.items():
        if len({str(f.start)[:4] for f in group}) > 1:
            out.append(Conflict("fate date", value, tuple(group)))
    births = [f for f in facts if f.type == "attribute" and f.attribute == "birth" and f.value]
    if len({str(f.value)[:4] for f in births}) > 1:
        out.append(Conflict("birth", "birth year", tuple(births)))
    for lk in links:
        if lk.conflict:
            out.append(Conflict("link", lk.conflict, (), lk))
    return out
