"""Linking persons of the texts to registry records (``resolve.link.v6``).

A candidate record has the person's surname (any romanisation against the
Cyrillic record, a Russian case form, a German spelling, a pseudonym or birth
name, or — with both initials — one part of a double surname).  A record whose
first name disagrees is a namesake, and so is one the dates rule out: a birth
year the texts state and the record contradicts, a man too young for the post
the texts give him, a post held after the record's execution, a death years
apart from it.

A first name or patronymic printed in a Russian case form ("Кириллом Петровичем")
is read as the nominative it is a form of.  The name alone never links a person
automatically.  Its score starts from what the name shows (a surname alone,
initials, a first name, a first name and patronymic) and adds the evidence *beyond the name* (``resolve.evidence``):

* the same post (role class and country, or organisation or department), or a
  specific office held in both (a deputy commissar, a head of mission);
* the same organisation (the Foreign Commissariat a Soviet diplomat serves);
* rank: an office of the elite in the texts (a Soviet official's, or one at the head of
  the Soviet state: the premier, a deputy chairman of the Council of Commissars, of the
  Central Executive Committee, of Gosplan), a record of the party-state elite;
* a birth year stated in the texts that the record's agrees with, or an age printed
  beside the name ("aged 50") that fits it in the text's year (within two years; more
  than five apart is a conflict, sent to review);
* a general's or flag officer's rank in both ("General" before his name; the
  record's "комкор", "армейский комиссар 2-го ранга");
* the day of a death, execution or sentence stated in the texts that the record's
  agrees with (the same month only supports; more than a month apart: review);
* party history: a former party, the year of joining, an Old Bolshevik;
* standing: the one record the name fits is of the party-state elite (some 2% of
  the register), the person a Soviet official of the texts, and a first name or
  both initials agree with the record's (never for a surname or one initial alone);
* supporting, never enough alone: nationality, an elite record for a Soviet
  official named by surname or one initial, Soviet officials named close by.

A link is applied when its score reaches ``apply_at`` *and* it has
corroboration beyond the name (a first name and patronymic that agree in full
count as such), it is the only record that does, and nothing in the texts
contradicts the record (they say he survived, the record that he was shot: a
*conflict*, sent to review).  Among many records of one surname a full name
agreeing is not enough by itself.  A surname alone needs two pieces of
corroboration; a surname or initials with nothing else go to review, with the
evidence shown; a patronymic initial that disagrees needs the same post.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from narkomindel.gazetteer.vocabulary import FATES_CONTRADICTING_EXECUTION
from narkomindel.model import Entity, RecordLink
from narkomindel.resolve.evidence import (
    ELITE_ROLE_CLASSES,
    SPECIFIC_ROLE_CLASSES,
    case_form_of,
    nationality,
    offices,
    party_tokens,
    state_elite,
)
from narkomindel.translit import given_names_agree, name_key

__all__ = ["link_records", "APPLY_AT", "REVIEW_AT", "CORROBORATING"]

APPLY_AT = 0.85
REVIEW_AT = 0.5
MIN_AGE_ACTIVE = 20  # a record born fewer years than this before the person's activity: not them
AGE_FITS = 2  # years: an age the texts print fits a record's birth year this closely
AGE_APART = 5  # years: an age further from it than this is a conflict (review)
MANY_NAMESAKES = 2  # a surname alone against more records than this: only corroborated ones shown
COMMON_SURNAME = 25  # among more records of a surname, a full name agreeing is not enough alone

#: evidence that counts as corroboration beyond the name
CORROBORATING = (
    "post", "organisation", "rank", "birth", "party", "joined", "full name", "country beside",
    "standing", "fate date", "military rank", "age",
)  # fmt: skip

# what the name shows: its score before any evidence beyond it
_SURNAME, _INITIAL, _INITIALS, _FIRST, _FIRST_PATRONYMIC_INITIAL, _FULL = (
    0.5, 0.5, 0.55, 0.55, 0.6, 0.85
)  # fmt: skip


@dataclass
class _Assessment:
    score: float
    evidence: dict[str, object]
    corroboration: list[str] = field(default_factory=list)
    conflict: str | None = None
    surname_only: bool = False
    slip: bool = False  # a patronymic initial that disagrees


#: two capitals and a stop that no Russian initial romanises to ("AT." for "M.")
_UNREADABLE_INITIAL = re.compile(
    r"^(?!(?:IA|IU|IO|IE|YA|YU|YO|YE|JA|JU|KH|TS|CH|SH|ZH)\.)[A-Z]{2}\.$"
)


def _is_initial(g: str) -> bool:
    return len(g.rstrip(".")) <= 2 or g.endswith(".")


def link_records(
    entities: list[Entity], *, apply_at: float = APPLY_AT, review_at: float = REVIEW_AT
) -> list[RecordLink]:
    """Proposed links from text persons to record persons, scored, with evidence."""
    records_by_key: dict[str, list[Entity]] = defaultdict(list)
    by_part: dict[str, list[Entity]] = defaultdict(list)  # Bratman-Brodovskii under each part
    for e in entities:
        if e.attrs.get("record"):
            for k in {e.attrs.get("surname_key"), *e.attrs.get("other_keys", [])}:
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
        keys = [
            person.attrs.get("surname_key"),
            *person.attrs.get("other_keys", []),
            *person.attrs.get("link_keys", []),
        ]
        seen: set[int] = set()
        candidates: list[Entity] = []
        for k in keys:
            for r in records_by_key.get(str(k), []):
                if id(r) not in seen:
                    seen.add(id(r))
                    candidates.append(r)
        partial: list[Entity] = []
        if len(person.attrs.get("given", [])) >= 2:  # only with both initials is a part enough
            for k in keys:
                for r in by_part.get(str(k), []):
                    if id(r) not in seen:
                        seen.add(id(r))
                        partial.append(r)
        in_partial = {id(r) for r in partial}
        proposed: list[tuple[_Assessment, Entity]] = []
        ruled_out: list[str] = []
        context = _context(person, by_key)
        for record in candidates + partial:
            a = _assess(person, record, context)
            if isinstance(a, str):
                ruled_out.append(a)
                continue
            if "full name" in a.corroboration and len(candidates) > COMMON_SURNAME:
                a.corroboration.remove("full name")
                a.evidence["full name"] = (
                    f"first name and patronymic agree in full, but {len(candidates)} records"
                    " have that surname"
                )
            if id(record) in in_partial:
                if not a.corroboration or a.slip:
                    continue  # one part of a double surname needs corroboration as well
                a.evidence["surname"] = (
                    f"{person.label} ~ {record.label} (one part of a double surname)"
                )
            if a.score >= review_at:
                proposed.append((a, record))
        if (
            proposed
            and proposed[0][0].surname_only
            and len(candidates) + len(partial) > MANY_NAMESAKES
        ):
            # a surname alone against many records of that name: only corroborated ones
            proposed = [p for p in proposed if p[0].corroboration]
        if len(proposed) > 1:  # standing tells one elite record from others of the name only
            for a, _r in proposed:
                if "standing" in a.corroboration:
                    a.corroboration.remove("standing")
                    a.score -= 0.2
        strong = [a for a, _r in proposed if a.score >= apply_at and _enough(a)]
        for a, record in proposed:
            if ruled_out and len(ruled_out) <= 5:
                a.evidence["ruled out"] = "; ".join(ruled_out)
            elif ruled_out:
                a.evidence["ruled out"] = f"{len(ruled_out)} other records of that surname"
            if not _enough(a):
                a.evidence["waits"] = (
                    "a surname alone needs two pieces of evidence beyond the name"
                    if a.surname_only and a.corroboration
                    else "no evidence beyond the name"
                )
                a.score = min(a.score, apply_at - 0.05)
            elif a.score < apply_at:
                a.evidence["waits"] = "evidence beyond the name, but not enough of it"
            elif len(strong) > 1:
                a.evidence["ambiguous"] = f"{len(strong)} records fit this person"
            applied = a.score >= apply_at and len(strong) == 1 and _enough(a) and not a.conflict
            source, seq = record.mentions[0]
            key = hashlib.sha1(f"{person.key}|{record.key}".encode()).hexdigest()[:16]
            links.append(
                RecordLink(
                    key,
                    person.key,
                    source,
                    seq,
                    record.label,
                    round(min(a.score, 1.0), 3),
                    "applied" if applied else "review",
                    a.evidence,
                    a.conflict,
                )
            )
    return links


def _enough(a: _Assessment) -> bool:
    """Corroboration beyond the name: one piece, or two for a surname alone."""
    pieces = sum(1 for kind in a.corroboration if kind in CORROBORATING)
    return pieces >= (2 if a.surname_only else 1)


@dataclass
class _Context:
    soviet: str | None  # why the texts make this person a Soviet official
    companions: str | None  # Soviet officials named close by


def _context(person: Entity, by_key: dict[str, Entity]) -> _Context:
    soviet = "a Soviet post or purged in the texts" if person.attrs.get("soviet") else None
    named_with = [
        by_key[k].label
        for k in person.attrs.get("companions", [])
        if k in by_key and by_key[k].attrs.get("soviet")
    ]
    companions = (
        "named together with Soviet officials: " + ", ".join(sorted(named_with)[:3])
        if named_with
        else None
    )
    return _Context(soviet, companions)


def _names(person: Entity, record: Entity) -> _Assessment | str:
    """What the name shows, or why the record is another man."""
    given = [str(g) for g in person.attrs.get("given", [])]
    rec_given = [str(g) for g in record.attrs.get("given", [])]
    evidence: dict[str, object] = {"surname": f"{person.label} ~ {record.label}"}
    if given == ["M."]:
        # a lone "M." before a surname is as often "Monsieur" as an initial
        evidence["given"] = "a lone 'M.' (Monsieur, or an initial) is not read as an initial"
        given = []
    unread = [g for g in given if _UNREADABLE_INITIAL.match(g)]
    if unread:
        # "AT. Tarkhelev": two capitals are no initial (OCR damage of "M."), not a first name
        evidence["given"] = f"{', '.join(unread)} is not read as an initial (OCR damage)"
        given = [g for g in given if g not in unread]
    if not given:
        evidence.setdefault("given", "the texts give no first name or initials")
        return _Assessment(_SURNAME, evidence, surname_only=True)
    # a Russian case form of the record's first name or patronymic reads as it
    for i, (g, r) in enumerate(zip(given, rec_given, strict=False)):
        if not given_names_agree(g, r) and case_form_of(g, r):
            given[i] = r
    if rec_given and not given_names_agree(given[0], rec_given[0]):
        return f"{record.label}: another first name"
    first_full = not _is_initial(given[0]) and bool(rec_given)
    if rec_given:
        evidence["given name"] = f"{given[0]} ~ {rec_given[0]}"
    if len(given) < 2 or len(rec_given) < 2:
        return _Assessment(_FIRST if first_full else _INITIAL, evidence)
    g, r = given[1], rec_given[1]
    if not given_names_agree(g, r) and not _is_initial(g):
        return f"{record.label}: another patronymic"
    if not given_names_agree(g, r):
        # the first name fits, the patronymic initial does not: a slip or a namesake
        evidence["patronymic"] = f"{g} disagrees with {r}"
        return _Assessment((_FIRST if first_full else _INITIAL) - 0.05, evidence, slip=True)
    evidence["patronymic"] = f"{g} ~ {r}"
    a = _Assessment(_INITIALS, evidence)
    if first_full and not _is_initial(g):
        a.score = _FULL
        a.corroboration.append("full name")
        evidence["full name"] = "first name and patronymic agree in full"
    elif first_full or not _is_initial(g):
        a.score = _FIRST_PATRONYMIC_INITIAL
    return a


def _named_beyond_surname(person: Entity, a: _Assessment) -> bool:
    """The record's first name agrees with a full first name printed for the person, or
    its first name and patronymic with two initials (a lone "M." or initial is not enough)."""
    given = [str(g) for g in person.attrs.get("given", [])]
    if "given name" not in a.evidence or a.slip or not given:
        return False
    return not _is_initial(given[0]) or "patronymic" in a.evidence


def _ruled_out_by_dates(person: Entity, record: Entity) -> str | None:
    birth = record.attrs.get("birth")
    stated = person.attrs.get("birth")
    if isinstance(birth, int) and isinstance(stated, int) and abs(stated - birth) > 1:
        return f"{record.label}: born {birth}, the texts say {stated}"
    active = [int(y) for y in person.attrs.get("post_years", [])]
    if not active and person.attrs.get("posts"):
        active = [int(y) for y in person.attrs.get("years", [])]
    if isinstance(birth, int) and active and min(active) - birth < MIN_AGE_ACTIVE:
        return f"{record.label}: born {birth}, too young for a post in {min(active)}"
    death = record.attrs.get("death")
    posts_dated = [int(y) for y in person.attrs.get("post_years", [])]
    if isinstance(death, int) and posts_dated and max(posts_dated) > death:
        return f"{record.label}: shot in {death}, the texts give a post in {max(posts_dated)}"
    died = person.attrs.get("death")
    if isinstance(death, int) and isinstance(died, int) and abs(died - death) > 1:
        return f"{record.label}: shot in {death}, the texts say he died in {died}"
    return None


def _assess(person: Entity, record: Entity, context: _Context) -> _Assessment | str:
    """Score and evidence of one candidate, or why it is not them."""
    a = _names(person, record)
    if isinstance(a, str):
        return a
    dated = _ruled_out_by_dates(person, record)
    if dated:
        return dated
    _offices(person, record, a)
    if record.attrs.get("elite"):
        if "rank" not in a.evidence and context.soviet and _named_beyond_surname(person, a):
            # one of the few records of the party-state elite, and a Soviet official of the
            # texts whose first name or both initials agree with it: the same standing
            a.evidence["standing"] = (
                f"record of the party-state elite; {context.soviet}; the name agrees"
            )
            a.score += 0.3
            a.corroboration.append("standing")
        elif "rank" not in a.evidence and context.soviet:
            a.evidence["standing"] = f"record of the party-state elite; {context.soviet}"
            a.score += 0.1
        elif "rank" not in a.evidence and context.companions:
            a.evidence["context"] = f"record of the party-state elite; {context.companions}"
            a.score += 0.05
    birth, stated = record.attrs.get("birth"), person.attrs.get("birth")
    if isinstance(birth, int) and isinstance(stated, int):
        a.evidence["birth"] = f"{stated} ~ {birth}"
        a.score += 0.3
        a.corroboration.append("birth")
    elif isinstance(birth, int):
        _age(person, birth, a)
    _history(person, record, a)
    _fate_dates(person, record, a)
    mine, theirs = person.attrs.get("senior_rank"), record.attrs.get("senior_rank")
    if mine and theirs:
        # a general of the texts, one of the register's few commanders (some 2%)
        a.evidence["military rank"] = f"{mine} in the texts; the record: {theirs}"
        a.score += 0.3
        a.corroboration.append("military rank")
    if a.slip and "post" not in a.corroboration:
        a.score = min(a.score, APPLY_AT - 0.05)  # a slip needs the same post to outweigh it
    fates = set(person.attrs.get("fates", []))
    if "executed" in set(record.attrs.get("fates", [])) and fates & FATES_CONTRADICTING_EXECUTION:
        a.conflict = (
            f"the texts say {', '.join(sorted(fates & FATES_CONTRADICTING_EXECUTION))};"
            " the record says executed"
        )
    return a


def _age(person: Entity, birth: int, a: _Assessment) -> None:
    """An age printed beside the name ("50|1937": 50 in a text of 1937) against the
    record's birth year: within two years corroborates (the press rounds ages); more
    than five apart is a conflict."""
    stated = [tuple(int(x) for x in str(v).split("|")) for v in person.attrs.get("ages", [])]
    if not stated:
        return
    age, year = min(stated, key=lambda ay: abs(ay[1] - ay[0] - birth))
    said = f"aged {age} in a text of {year} (born about {year - age}); the record: born {birth}"
    if abs(year - age - birth) <= AGE_FITS:
        a.evidence["age"] = said
        a.score += 0.3
        a.corroboration.append("age")
    elif abs(year - age - birth) > AGE_APART:
        a.evidence["age"] = said
        a.conflict = a.conflict or f"the age does not fit: {said}"


_DEATHS = frozenset({"executed", "died", "died in custody"})
_FATE_DATE_DAYS = 1  # a day's difference (sentenced one day, shot the next) still agrees
_FATE_DATE_APART = 31  # days: dates further apart say another man (or an error): review


def _fate_dates(person: Entity, record: Entity, a: _Assessment) -> None:
    """The day (or month) of a fate the texts state against the record's: a death or
    execution against its execution, a sentence against its sentence (or, to the day,
    its execution: sentenced and shot the same day).  The same day corroborates; the
    same month supports; days more than a month apart are a conflict (review)."""
    mine = [str(x).split("|", 1) for x in person.attrs.get("fate_dates", [])]
    theirs = [str(x).split("|", 1) for x in record.attrs.get("fate_dates", [])]
    best: tuple[int, str] | None = None  # (level: 3 day, 2 month, 1 apart), evidence
    for fate, when in mine:
        for rfate, rwhen in theirs:
            same_kind = (fate in _DEATHS and rfate == "executed") or fate == rfate == "sentenced"
            at_sentence = fate == "sentenced" and rfate == "executed"
            if not (same_kind or at_sentence):
                continue
            apart = _days_apart(when, rwhen)
            said = f"{fate} {when} in the texts; the record: {rfate} {rwhen}"
            if apart is not None and apart <= _FATE_DATE_DAYS:
                found = (3, said)
            elif apart is None and same_kind and when[:7] == rwhen[:7]:
                found = (2, said)  # one of them is dated to the month only
            elif apart is not None and apart > _FATE_DATE_APART and same_kind:
                found = (1, said)
            else:
                continue
            if best is None or found[0] > best[0]:
                best = found
    if best is None:
        return
    level, said = best
    if level == 3:
        a.evidence["fate date"] = said
        a.score += 0.3
        a.corroboration.append("fate date")
    elif level == 2:
        a.evidence["fate month"] = said
        a.score += 0.1
    else:
        a.evidence["fate date"] = said + " (more than a month apart)"
        a.conflict = a.conflict or f"dates of the fate disagree: {said}"


def _days_apart(a: str, b: str) -> int | None:
    """Days between two dates given to the day ("1938-03-15"); None unless both are."""
    try:
        x, y = date.fromisoformat(a), date.fromisoformat(b)
    except ValueError:
        return None
    return abs((x - y).days)


def _offices(person: Entity, record: Entity, a: _Assessment) -> None:
    """The same post, organisation or rank (evidence and score into ``a``)."""
    soviet = bool(person.attrs.get("soviet"))
    mine = offices(person.attrs, soviet=soviet, record=False)
    theirs = offices(record.attrs, soviet=False, record=True)
    best: tuple[float, str, bool, str | None] | None = None  # weight, text, counts, role
    elsewhere = False  # a post of the record's rank stated in another country
    for p in mine:
        for q in theirs:
            if p.role is None or p.role != q.role:
                continue
            where = p.country if p.country and p.country == q.country else None
            same_org = (
                p.department
                if p.department and p.department == q.department
                else p.organisation
                if p.organisation and p.organisation == q.organisation
                else None
            )
            if where:
                found = (0.3, f"{p.role} {where}", True, p.role)
            elif same_org and not (p.country and q.country):
                found = (0.3, f"{p.role}, {same_org}", True, p.role)
            elif (
                p.role in SPECIFIC_ROLE_CLASSES
                and p.department
                and q.department
                and not _one_within(p.department, q.department)
            ):
                # the same rank in another commissariat or department: weak, as another country
                found = (
                    0.2,
                    f"{p.role} ({p.department}; the record: {q.department})",
                    False,
                    p.role,
                )
                elsewhere = True
            elif p.role in SPECIFIC_ROLE_CLASSES and p.country and q.country:
                # the same rank in another country: weak, and no corroboration (issue 11)
                found = (0.2, f"{p.role} ({p.country}; the record: {q.country})", False, p.role)
                elsewhere = True
            elif p.role in SPECIFIC_ROLE_CLASSES:
                found = (0.25, p.role, True, p.role)
            else:
                found = (0.05, f"{p.role} (a common title)", False, p.role)
            if best is None or found[0] > best[0]:
                best = found
    if best is not None:
        a.evidence["post"] = best[1]
        a.score += best[0]
        if best[2]:
            a.corroboration.append("post")
    if best is None or not best[2] and not elsewhere:
        orgs = {p.organisation for p in mine if p.organisation} & {
            q.organisation for q in theirs if q.organisation
        }
        depts = {p.department for p in mine if p.department} & {
            q.department for q in theirs if q.department
        }
        if orgs or depts:
            a.evidence["organisation"] = ", ".join(sorted(orgs | depts))
            a.score += 0.15
            a.corroboration.append("organisation")
        countries = {p.country for p in mine if p.country} & {
            q.country for q in theirs if q.country
        }
        beside = {str(c) for c in person.attrs.get("nearby_countries", [])} & {
            q.country for q in theirs if q.country
        }
        if beside:
            # the country of the record's post abroad is named beside him in a text
            posts = ", ".join(
                sorted({f"{q.role} {q.country}" for q in theirs if q.country in beside})
            )
            a.evidence["country beside"] = (
                f"{', '.join(sorted(beside))} named beside him; the record: {posts}"
            )
            a.score += 0.3
            a.corroboration.append("country beside")
        elif countries:
            a.evidence["country"] = ", ".join(sorted(countries))
            a.score += 0.1
        beside_orgs = {str(o) for o in person.attrs.get("nearby_organisations", [])} & {
            q.organisation for q in theirs if q.organisation
        }
        if beside_orgs and "organisation" not in a.evidence:
            a.evidence["organisation beside"] = ", ".join(sorted(beside_orgs)) + " named beside him"
            a.score += 0.1
    elite_here = sorted({p.role for p in mine if p.role in ELITE_ROLE_CLASSES} if soviet else ())
    # an office at the head of the Soviet state is of the elite, and Soviet, by itself
    elite_here += sorted(
        {f"{p.role} ({p.department or p.country})" for p in mine if state_elite(p)}
    )
    post_role = best[3] if best is not None and best[2] else None
    if record.attrs.get("elite") and elite_here and post_role not in ELITE_ROLE_CLASSES:
        a.evidence["rank"] = (
            f"{', '.join(elite_here)} in the texts; the record is of the party-state elite"
        )
        a.score += 0.3
        a.corroboration.append("rank")


def _one_within(a: str, b: str) -> bool:
    """Does one department or portfolio name the other more closely ("Trade" and
    "Foreign Trade": the texts may drop a word)?"""
    x, y = a.casefold().split(), b.casefold().split()
    return x[-len(y) :] == y or y[-len(x) :] == x


def _history(person: Entity, record: Entity, a: _Assessment) -> None:
    """Nationality and party history (evidence and score into ``a``)."""
    mine = {n for n in (nationality(str(x)) for x in person.attrs.get("nationality", [])) if n}
    theirs = {n for n in (nationality(str(x)) for x in record.attrs.get("nationality", [])) if n}
    if mine and theirs:
        if mine & theirs:
            a.evidence["nationality"] = ", ".join(sorted(mine & theirs))
            a.score += 0.1
        else:
            a.evidence["nationality"] = (
                f"{', '.join(sorted(mine))} disagrees with {', '.join(sorted(theirs))}"
            )
            a.score -= 0.1
    my_parties = [str(x) for x in person.attrs.get("parties", [])]
    shared = party_tokens(my_parties) & party_tokens(
        [str(x) for x in record.attrs.get("parties", [])]
    )
    joined = {int(y) for y in record.attrs.get("joined", [])}
    if shared:  # a former party: few records have one
        a.evidence["party"] = "formerly " + ", ".join(sorted(shared))
        a.score += 0.3
    elif "Old Bolshevik" in my_parties and joined and min(joined) <= 1917:
        a.evidence["party"] = f"an Old Bolshevik; the record: a member since {min(joined)}"
        a.score += 0.2
    if "party" in a.evidence:
        a.corroboration.append("party")
    same_year = {int(y) for y in person.attrs.get("joined", [])} & joined
    if same_year:
        a.evidence["joined"] = f"joined the party in {min(same_year)}"
        a.score += 0.3
        a.corroboration.append("joined")
