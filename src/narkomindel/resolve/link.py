"""Linking persons of the texts to registry records (``resolve.link.v1``).

A candidate record has the person's surname (any romanisation against the
Cyrillic record).  Its score adds the evidence:

* given name and patronymic agreeing with the person's given names or initials
  (a disagreement rules the record out: a namesake);
* a post in the texts matching the record's position (role class and mission
  country), and the record's position in the Foreign Commissariat;
* standing: a record of the party-state elite (a commissar, a member of the
  Central Committee, a polpred) for a Soviet official of the texts — one who
  holds a post there, or is purged, or is named together with Soviet officials;
* age: a record born too late for the person's dated activity in the texts is
  a namesake; a birth year stated in the texts must agree.

A link is applied at ``apply_at`` or above, goes to review between
``review_at`` and ``apply_at``, and is dropped below.  A person known by surname
alone is linked automatically only to the one record of that surname, of the
elite, with a Soviet official in the texts; a patronymic initial that disagrees
needs the same post as well; several records fitting one person all go to
review; and a link whose record contradicts a fact stated in the texts (the
text says the man survived, the record that he was shot) is a *conflict*, sent
to review and never applied.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from narkomindel.gazetteer.vocabulary import FATES_CONTRADICTING_EXECUTION, role_class
from narkomindel.model import Entity, RecordLink
from narkomindel.translit import given_names_agree, name_key

__all__ = ["link_records", "APPLY_AT", "REVIEW_AT"]

APPLY_AT = 0.85
REVIEW_AT = 0.5
STANDING_BONUS = 0.2
MIN_AGE_ACTIVE = 20  # a record born fewer years than this before the person's activity: not them


def _posts(entity: Entity) -> set[tuple[str | None, str | None]]:
    out = set()
    for p in entity.attrs.get("posts", []):
        role, _, country = str(p).partition("|")
        out.add((role_class(role or None), country or None))
    return out


def link_records(
    entities: list[Entity], *, apply_at: float = APPLY_AT, review_at: float = REVIEW_AT
) -> list[RecordLink]:
    """Proposed links from text persons to record persons, scored, with evidence."""
    records_by_key: dict[str, list[Entity]] = defaultdict(list)
    by_part: dict[str, list[Entity]] = defaultdict(
        list
    )  # parts of double surnames: Bratman-Brodovskii
    for e in entities:
        if e.attrs.get("record"):
            for k in [e.attrs.get("surname_key"), *e.attrs.get("other_keys", [])]:
                records_by_key[str(k)].append(e)
            surname = e.label.split()[0] if e.label.split() else ""
            if "-" in surname:
                for part in surname.split("-"):
                    by_part[name_key(part)].append(e)
    by_key = {e.key: e for e in entities}
    links: list[RecordLink] = []
    for person in entities:
        if person.attrs.get("record"):
            continue
        keys = [person.attrs.get("surname_key"), *person.attrs.get("other_keys", [])]
        candidates: list[Entity] = []
        for k in keys:
            candidates.extend(
                r for r in records_by_key.get(str(k), []) if all(r is not c for c in candidates)
            )
        partial: list[Entity] = []
        if (
            len(person.attrs.get("given", [])) >= 2
        ):  # only with both initials is a part of a name enough
            for k in keys:
                partial.extend(
                    r
                    for r in by_part.get(str(k), [])
                    if all(r is not c for c in candidates + partial)
                )
        proposed = []
        ruled_out: list[str] = []
        for record in candidates + partial:
            scored = _score(person, record, _soviet_context(person, by_key))
            if isinstance(scored, str):
                ruled_out.append(scored)
                continue
            if any(record is r for r in partial):
                score0, evidence0, conflict0 = scored
                if "post" not in evidence0 or "disagrees" in str(evidence0.get("patronymic", "")):
                    continue  # one part of a double surname needs the same post as well
                evidence0["surname"] = (
                    f"{person.label} ~ {record.label} (one part of a double surname)"
                )
                scored = (score0 - 0.05, evidence0, conflict0)
            score, evidence, conflict = scored
            if score < review_at:
                continue
            proposed.append((score, record, evidence, conflict))
        if not person.attrs.get("given") and len(candidates) > 2:
            # a surname alone against many records of that name: only a shared post is evidence enough
            proposed = [p for p in proposed if "post" in p[2]]
        if not person.attrs.get("given") and len(candidates) + len(partial) > 1:
            # a surname alone is applied only against the one record of that name
            proposed = [(min(sc, apply_at - 0.05), r, ev, cf) for sc, r, ev, cf in proposed]
        strong = [p for p in proposed if p[0] >= apply_at]
        if ruled_out and len(ruled_out) <= 5:
            for p in proposed:
                p[2]["ruled out"] = "; ".join(ruled_out)
        for score, record, evidence, conflict in proposed:
            status = (
                "applied" if score >= apply_at and len(strong) == 1 and not conflict else "review"
            )
            if len(strong) > 1 and score >= apply_at:
                evidence["ambiguous"] = f"{len(strong)} records fit this person"
            source, seq = record.mentions[0]
            key = hashlib.sha1(f"{person.key}|{record.key}".encode()).hexdigest()[:16]
            links.append(
                RecordLink(
                    key,
                    person.key,
                    source,
                    seq,
                    record.label,
                    round(score, 3),
                    status,
                    evidence,
                    conflict,
                )
            )
    return links


def _soviet_context(person: Entity, by_key: dict[str, Entity]) -> str | None:
    """Why the texts make this person a Soviet official, if they do."""
    if person.attrs.get("soviet"):
        return "a Soviet post or purged in the texts"
    if person.attrs.get("posts"):
        return "holds a post in the texts"
    named_with = [
        by_key[k].label
        for k in person.attrs.get("companions", [])
        if k in by_key and by_key[k].attrs.get("soviet")
    ]
    if named_with:
        return "named together with Soviet officials: " + ", ".join(sorted(named_with)[:3])
    return None


def _score(
    person: Entity, record: Entity, soviet_context: str | None = None
) -> tuple[float, dict[str, object], str | None] | str:
    """Score and evidence (and a conflict, if any) of one candidate, or why it is not them."""
    given = [str(g) for g in person.attrs.get("given", [])]
    rec_given = [str(g) for g in record.attrs.get("given", [])]
    evidence: dict[str, object] = {"surname": f"{person.label} ~ {record.label}"}
    score = 0.4
    disagreement = False
    if not given:
        evidence["given"] = "the texts give no first name or initials"
        score += 0.1
    else:
        for k, (g, r) in enumerate(zip(given, rec_given, strict=False)):
            label = "given name" if k == 0 else "patronymic"
            if not given_names_agree(g, r):
                if k == 0:
                    return f"{record.label}: another first name"
                # the first name fits, the patronymic initial does not: a slip or a namesake
                evidence[label] = f"{g} disagrees with {r}"
                disagreement = True
                continue
            evidence[label] = f"{g} ~ {r}"
            score += 0.25 if k == 0 else 0.2
        if len(given) >= 2 and len(rec_given) >= 2:
            score += 0.05
    person_posts = _posts(person)
    record_posts = _posts(record)
    shared = {
        p
        for p in person_posts
        for q in record_posts
        if p[0] == q[0] and (p[1] == q[1] or None in (p[1], q[1]))
    }
    if shared:
        role, country = sorted(shared, key=str)[0]
        evidence["post"] = f"{role} {country or ''}".strip()
        score += 0.2 if any(c for _r, c in shared) else 0.08  # the same post in the same country
    elif (
        person_posts
        and record_posts
        and any(c for _r, c in person_posts)
        and any(c for _r, c in record_posts)
    ):
        countries_p = {c for _r, c in person_posts if c}
        countries_r = {c for _r, c in record_posts if c}
        if countries_p & countries_r:
            evidence["country"] = ", ".join(sorted(countries_p & countries_r))
            score += 0.08
    birth = record.attrs.get("birth")
    years = [int(y) for y in person.attrs.get("years", [])]
    if isinstance(birth, int):
        stated = person.attrs.get("birth")
        if isinstance(stated, int):
            if abs(stated - birth) > 1:
                return f"{record.label}: born {birth}, the texts say {stated}"
            evidence["birth"] = f"{stated} ~ {birth}"
            score += 0.15
        elif years and person_posts and min(years) - birth < MIN_AGE_ACTIVE:
            return f"{record.label}: born {birth}, too young for a post in {min(years)}"
    if record.attrs.get("elite") and soviet_context:
        evidence["standing"] = f"record of the party-state elite; {soviet_context}"
        score += STANDING_BONUS
    if disagreement and "post" not in evidence:
        score = min(score, 0.8)  # a slip needs the same post to outweigh it
    elif disagreement:
        score -= 0.05
    if not given:
        # a surname alone: only the elite record of a Soviet official may be applied
        score = 0.85 if "standing" in evidence else min(score, 0.8)
    conflict = None
    fates = set(person.attrs.get("fates", []))
    if "executed" in set(record.attrs.get("fates", [])) and fates & FATES_CONTRADICTING_EXECUTION:
        conflict = f"the texts say {', '.join(sorted(fates & FATES_CONTRADICTING_EXECUTION))}; the record says executed"
    return min(score, 1.0), evidence, conflict
