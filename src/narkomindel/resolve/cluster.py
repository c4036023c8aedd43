"""Clustering person mentions into persons (``resolve.cluster.v3``).

Within a document a surname alone refers to the person of that surname named
more fully there (when there is exactly one; the nearest before it when there
are several; under another reading of the printed surname — a Russian case form
the extraction lemmatised otherwise, a German spelling — only when exactly one
person is named more fully under its readings), and so does a lone "M."
(Monsieur) before a surname named more fully there with other initials; full
names with disagreeing initials or given names are namesakes.  Across documents,
persons merge when their surname keys meet (any romanisation, Cyrillic too) and
their given names and initials agree; a person known by surname only merges only
when exactly one fuller person of that surname exists.

Each mention also keeps what registry linking compares beyond the name
(:class:`LinkFacts`: offices, dated posts, nationality, party history, death,
the day of a fate, a general's rank, and — given the source's text — an age
printed beside the name, the countries and organisations named beside it in its
sentence, and readings of a printed surname the extraction read otherwise);
:func:`cluster_persons` gathers them into each person's ``attrs`` for
:mod:`narkomindel.resolve.link`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from narkomindel import gazetteer as gz
from narkomindel.gazetteer.vocabulary import SOVIET_ROLES
from narkomindel.model import Claim, Entity, Extraction, Mention
from narkomindel.resolve.evidence import link_keys, nearby
from narkomindel.translit import given_names_agree, initials_of, name_key, name_keys

__all__ = ["PersonMention", "person_mentions", "cluster_persons"]


@dataclass(slots=True)
class PersonMention:
    source: str
    index: int
    start: int
    text: str
    surname: str
    given: list[str]  # given names and initials, in order (patronymic last for records)
    record: bool = False
    posts: set[tuple[str | None, str | None]] = field(default_factory=set)  # (role, country)
    fates: set[str] = field(default_factory=set)
    other_names: set[str] = field(
        default_factory=set
    )  # pseudonyms, birth names: Zinoviev (Radomysl'skii)
    soviet: bool = False  # a Soviet post, the commissariat, or purged: a Soviet official
    elite: bool = False  # a record whose position is of the party-state elite
    years: set[int] = field(default_factory=set)  # years the person is seen active
    birth: int | None = None
    facts: LinkFacts | None = None  # what registry linking compares beyond the name
    readings: frozenset[str] = frozenset()  # keys of other readings of the printed surname

    def link_facts(self) -> LinkFacts:
        if self.facts is None:
            self.facts = LinkFacts()
        return self.facts

    @property
    def key(self) -> str:
        return name_key(self.surname)

    @property
    def keys(self) -> set[str]:
        """The surname's keys (other readings too) and the keys of other names (last word
        of each)."""
        alt = {name_key(o.split()[-1]) for o in self.other_names if o.split()}
        return {self.key} | name_keys(self.surname) | {k for k in alt if k}


@dataclass(slots=True)
class LinkFacts:
    """What linking to registry records compares beyond the name (made only for the
    mentions that have any, so a mention without them costs nothing)."""

    offices: set[tuple[str | None, str | None, str | None, str | None]] = field(
        default_factory=set
    )  # (role, country, organisation, department)
    post_years: set[int] = field(default_factory=set)  # years of dated posts only
    nationality: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)  # party and former parties, as printed
    joined: set[int] = field(default_factory=set)  # years of joining the party
    death: int | None = None  # year of death or execution
    fate_dates: set[str] = field(default_factory=set)  # "executed|1938-03-15": to the month or day
    senior_rank: str | None = None  # a general's or flag officer's rank, as printed
    ages: set[str] = field(default_factory=set)  # "50|1937": an age stated, the text's year
    nearby_countries: set[str] = field(default_factory=set)  # named beside the name in a text
    nearby_organisations: set[str] = field(default_factory=set)


def _given_parts(text: str, surname: str) -> list[str]:
    body = text[: text.rfind(surname)] if surname and surname in text else ""
    body = re.sub(r"\([^)]*\)", " ", body)
    return [t for t in re.findall(r"[^\W\d_][\w'’]*\.?", body) if t[:1].isupper() or t in ("la.",)]


# a bare "commissar" in a text is a Soviet one too (the clusterer's standing cue)
_SOVIET_ROLES = SOVIET_ROLES | {"commissar"}
SOVIET_FATES = frozenset({"purged", "recalled"})
DEATH_FATES = frozenset({"executed", "died", "died in custody"})
DATED_FATES = DEATH_FATES | {"sentenced"}  # their day or month is compared with a record's
# a surname broken at a line end without its hyphen ("Rosen|berg,"): a short lower-case
# run right after it, closed by punctuation; the joined word is a reading to look up
_BROKEN_TAIL = re.compile(r" ([a-z]{2,6})(?=[,;:.])")
# English words that may follow a surname before a comma: never the tail of a broken one
_NOT_TAILS = frozenset(
    "and or but as at by for from in into of on to was were is are had has have did does "
    "said says wrote asked told too also then there here now who whom whose which that "
    "this these those it its he him his she her they them their we us our you your "
    "again alone later once soon else first last only ever never still both all".split()
)
_ABBREVIATED_INITIALS = frozenset({"shch", "tsch", "sch"})


def _is_given(token: str) -> bool:
    """A given name or initial, not an abbreviated rank or title ("Gen.", "Col.", "Adm.")."""
    stem = token.rstrip(".")
    return not (token.endswith(".") and len(stem) > 2 and stem.lower() not in _ABBREVIATED_INITIALS)


_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?$")  # a date to the month or the day


def _given(m: Mention, surname: str) -> list[str]:
    """A text mention's given names and initials, in order: the Russian names extraction
    gives them in the nominative, wherever they stand ("Лоренца И. Л.", "И. М. Майского");
    otherwise the capitalised words before the surname."""
    given = m.attrs.get("given")
    # (with no surname found, "Кирилл Тархелевич" may be a name and a patronymic, or a
    # name and a surname: the last word is taken as the surname, as before)
    if (
        m.attrs.get("script") == "cyrillic"
        and m.attrs.get("surname")
        and isinstance(given, list)
        and given
    ):
        return [str(g) for g in given]
    return _given_parts(m.text, surname)


_RANK_FORMS = tuple(gz.lines("senior_ranks.txt"))
# a senior rank right before a name ("General A. B.", "комкора 2-го ранга"), or among
# the words of a printed name ("Surname, Gen. Given"); not "Consul General" and the like
_SENIOR_TITLE = re.compile(
    r"(?<![\w-])(?<!Consul )(?<!Attorney )(?<!Procurator )(?<!Prosecutor )(?<!Secretary )"
    r"(?<!Postmaster )(?<!Governor )(?<!Solicitor )(?<!Inspector )(?<!Commissary )"
    r"(?<!Director )(?<!Counsel )(?<!Agent )(?<!Surgeon )"
    r"(" + gz.alternation(_RANK_FORMS) + r")(?:а|у|ом|ым|ого|ому|е)?(?:\s+\d-го\s+ранга)?(?=[\s,]*$|[\s,]+[A-ZА-ЯЁ])",
    re.I,
)  # fmt: skip
_TITLE_WINDOW = 32  # characters before a name where its title stands


def _senior_title(printed: str, text: str | None, start: int) -> str | None:
    """A general's or flag officer's rank printed before a name or inside it."""
    found = _SENIOR_TITLE.search(printed)
    if found is None and text is not None and start > 0:
        window = text[max(0, start - _TITLE_WINDOW) : start]
        found = next(
            (f for f in _SENIOR_TITLE.finditer(window) if not window[f.end() :].strip(" ,")), None
        )
    return found.group(1).lower() if found else None


# an age printed beside a name: "Tarkhelev, aged 50", "the 50-year-old Tarkhelev",
# "Тархелев, 50 лет", "Тархелев в возрасте 50 лет"
_AGED_WORD = re.compile(r",?\s*(?:who\s+was\s+|then\s+)?(?:aged|в\s+возрасте)\s+(?P<n>[1-9]\d)\b")
_AGE_RU = re.compile(r",\s*(?P<n>[1-9]\d)\s+(?:лет|года?)\b(?!\s+(?:спустя|назад|тому))")
_YEAR_OLD = re.compile(r"\b(?P<n>[1-9]\d)-year-old\s+(?:[A-Z][\w.]*\s+){0,2}$")
_AGE_WINDOW = 40  # characters before a name where "the 50-year-old (Ambassador)" stands


def _stated_age(text: str, start: int, end: int) -> int | None:
    """An age printed right beside a name, or None."""
    found = _AGED_WORD.match(text, end) or _AGE_RU.match(text, end)
    if found is None and start > 0 and "year-old" in text[max(0, start - _AGE_WINDOW) : start]:
        found = _YEAR_OLD.search(text[max(0, start - _AGE_WINDOW) : start])
    return int(found.group("n")) if found else None


def _readings(printed: str, surname: str, text: str | None, end: int) -> frozenset[str]:
    """Keys of readings of a printed surname beside the extraction's: the nominatives a
    Russian case form may stand for when the extraction chose another ("Розенгольца",
    read as "Розенголец", may be Розенгольц's); a surname broken at a line end without
    its hyphen, joined with the lower-case run after it ("Rosen berg," → Rosenberg)."""
    last = printed.split()[-1].strip(".,;:") if printed.split() else ""
    if last and last != surname and _CYRILLIC.search(last):
        return link_keys(last)
    if text is not None and printed.endswith(surname):
        tail = _BROKEN_TAIL.match(text, end)
        if tail and tail.group(1) not in _NOT_TAILS:
            joined = surname + tail.group(1)
            return frozenset({name_key(joined)} | link_keys(joined))
    return frozenset()


def _year(edtf: str | None) -> int | None:
    m = re.match(r"-?(\d{4})", edtf or "")
    return int(m.group(1)) if m else None


def person_mentions(source: str, ex: Extraction, text: str | None = None) -> list[PersonMention]:
    """The person mentions of one extraction, with their names split and their claims
    (and, given the source's ``text``, what is named beside each in its sentence)."""
    out: list[PersonMention] = []
    source_years = Counter(
        y
        for m in ex.mentions
        if m.type == "date" and not m.attrs.get("relative")
        for y in [_year(str(m.attrs.get("edtf") or ""))]
        if y and 1800 < y < 2100
    )
    period = source_years.most_common(1)[0][0] if source_years else None
    beside = nearby(ex, text)
    claims_by_subject: dict[int, list[Claim]] = defaultdict(list)
    for c in ex.claims:
        claims_by_subject[c.subject].append(c)
    for i, m in enumerate(ex.mentions):
        if m.type != "person":
            continue
        if m.attrs.get("record") is not None:
            surname = str(m.attrs.get("surname") or "")
            given = [str(m.attrs[k]) for k in ("given_name", "patronymic") if m.attrs.get(k)]
            pm = PersonMention(source, i, m.start, m.text, surname, given, record=True)
        elif m.attrs.get("authority"):
            printed = m.text
            surname = printed.split(",")[0].strip().split()[-1] if printed.strip() else printed
            given = (
                re.findall(r"[^\W\d_][\w'’]*\.?", printed.split(",", 1)[1])
                if "," in printed
                else []
            )
            pm = PersonMention(
                source, i, m.start, m.text, surname, [g for g in given if _is_given(g)]
            )
            if period:  # a persons list describes people as of the period its volume covers
                pm.years.add(period)
        else:
            surname = str(m.attrs.get("surname") or m.text.split()[-1])
            pm = PersonMention(source, i, m.start, m.text, surname, _given(m, surname))
            pm.readings = _readings(m.text, surname, text, m.end)
            rank = _senior_title(m.text, text, m.start)
            if rank:
                pm.link_facts().senior_rank = rank
            if i in beside:
                pm.link_facts().nearby_countries, pm.link_facts().nearby_organisations = beside[i]
            age = _stated_age(text, m.start, m.end) if text is not None and period else None
            if age is not None:
                pm.link_facts().ages.add(f"{age}|{period}")
        for claim in claims_by_subject.get(i, []):
            if claim.modality != "asserted":
                continue
            if claim.type == "post":
                pm.posts.add((claim.role, claim.country))
                facts = pm.link_facts()
                facts.offices.add((claim.role, claim.country, claim.organisation, claim.department))
                if not pm.record:
                    facts.post_years.update(
                        y for y in (_year(claim.date_start), _year(claim.date_end)) if y is not None
                    )
                pm.soviet |= bool(
                    claim.attrs.get("soviet")
                    or claim.organisation == "NKID"
                    or claim.role in _SOVIET_ROLES
                )
                pm.elite |= bool(pm.record and claim.attrs.get("elite"))
            elif claim.type == "fate":
                pm.fates.add(str(claim.value))
                pm.soviet |= claim.value in SOVIET_FATES
                if claim.value in DEATH_FATES and _year(claim.date_start):
                    pm.link_facts().death = _year(claim.date_start)
                if claim.value in DATED_FATES and _MONTH.match(claim.date_start or ""):
                    pm.link_facts().fate_dates.add(f"{claim.value}|{claim.date_start}")
            elif claim.type == "attribute" and claim.attribute == "other_name" and claim.value:
                pm.other_names.add(str(claim.value))
            elif claim.type == "attribute" and claim.attribute == "standing":
                pm.elite = True
            elif claim.type == "attribute" and claim.attribute == "birth":
                pm.birth = _year(claim.value)
            elif claim.type == "attribute" and claim.attribute == "death" and _year(claim.value):
                facts = pm.link_facts()
                facts.death = facts.death or _year(claim.value)  # life dates "(1882-1941)"
            elif claim.type == "attribute" and claim.attribute == "military_rank" and claim.value:
                pm.link_facts().senior_rank = str(claim.value)
            elif claim.type == "attribute" and claim.attribute == "nationality" and claim.value:
                pm.link_facts().nationality.add(str(claim.value))
            elif claim.type == "attribute" and claim.attribute in ("party", "former_party"):
                if claim.value:
                    pm.link_facts().parties.add(str(claim.value))
            elif claim.type == "membership":
                joined = _year(claim.date_start)
                if joined:
                    pm.link_facts().joined.add(joined)
                if claim.value == "Old Bolshevik":
                    pm.link_facts().parties.add("Old Bolshevik")
            if not pm.record and claim.type in ("post", "fate"):
                pm.years.update(
                    y for y in (_year(claim.date_start), _year(claim.date_end)) if y is not None
                )
        out.append(pm)
    return out


def _agree(a: list[str], b: list[str]) -> bool:
    """Given names/initials agree position by position where both have them."""
    return all(given_names_agree(x, y) for x, y in zip(a, b, strict=False))


@dataclass
class _Person:
    key: str
    given: list[str]
    mentions: list[PersonMention] = field(default_factory=list)
    evidence: dict[int, tuple[float, str]] = field(default_factory=dict)

    @property
    def keys(self) -> set[str]:
        return {self.key}.union(*(m.keys for m in self.mentions)) if self.mentions else {self.key}

    def absorb_given(self, given: list[str]) -> None:
        """Keep the fullest form of each given name seen (a full name beats an initial)."""
        for k, g in enumerate(given):
            if k >= len(self.given):
                self.given.append(g)
            elif self.given[k].endswith(".") and not g.endswith("."):
                self.given[k] = g


def _by_given_names(
    pm: PersonMention,
    persons: list[_Person],
    by_key: dict[str, list[_Person]],
    absorb: bool,
) -> None:
    """``pm`` joins the person of its surname whose given names agree, or starts one;
    ``absorb``: the person takes up the fuller given names the mention prints."""
    match = next((p for p in by_key[pm.key] if _agree(p.given, pm.given)), None)
    if match is None:
        match = _Person(pm.key, list(pm.given))
        persons.append(match)
        by_key[pm.key].append(match)
        match.evidence[id(pm)] = (1.0, "full name")
    else:
        if absorb:
            match.absorb_given(pm.given)
        match.evidence[id(pm)] = (0.95, "same surname and agreeing given names in the document")
    match.mentions.append(pm)


def _by_reading(pm: PersonMention, by_key: dict[str, list[_Person]]) -> list[_Person]:
    """The one person named more fully in the document under another reading of a bare
    surname ("Розенгольца" the extraction read as "Розенголец", of the Розенгольц named in
    full; a German "Stern" of the "D. G. Shtern" named before), or no one: two persons
    under its readings are not told apart."""
    found: list[_Person] = []
    for k in sorted((pm.readings | link_keys(pm.surname) | name_keys(pm.surname)) - {pm.key}):
        found.extend(p for p in by_key.get(k, []) if p.given and all(p is not q for q in found))
    return found if len(found) == 1 else []


def _within_document(mentions: list[PersonMention]) -> list[_Person]:
    persons: list[_Person] = []
    by_key: dict[str, list[_Person]] = defaultdict(list)
    bare: list[PersonMention] = []
    for pm in sorted(mentions, key=lambda m: m.start):
        if not pm.given or pm.given == ["M."]:
            bare.append(pm)  # a lone "M." is as often "Monsieur": placed after the fuller names
            continue
        _by_given_names(pm, persons, by_key, absorb=True)
    for pm in bare:
        candidates = by_key[pm.key] or _by_reading(pm, by_key)
        if pm.given and candidates and not any(_agree(p.given, pm.given) for p in candidates):
            # "M. Tarkhelev" after "K. P. Tarkhelev": Monsieur Tarkhelev, the man named before
            pass
        elif pm.given:  # "M." agrees with a fuller name, or no one of that surname is named
            _by_given_names(pm, persons, by_key, absorb=False)
            continue
        if len(candidates) == 1:
            target = candidates[0]
            target.evidence[id(pm)] = (
                0.9,
                "surname alone; one person of that name in the document"
                if target.key == pm.key
                else "surname alone, another reading of it; one person of that name in the"
                " document",
            )
        elif candidates:
            earlier = [p for p in candidates if min(m.start for m in p.mentions) < pm.start]
            target = (earlier or candidates)[-1]
            target.evidence[id(pm)] = (
                0.6,
                "surname alone; nearest of several namesakes in the document",
            )
        else:
            target = _Person(pm.key, [])
            persons.append(target)
            by_key[pm.key].append(target)
            target.evidence[id(pm)] = (0.8, "surname only")
        target.mentions.append(pm)
    return persons


def _stable_key(person: _Person) -> str:
    """A key that survives re-runs and re-ingests: who the person is by name (and, for a
    registry record, birth), not where the mentions happen to be stored."""
    initials = "".join(initials_of(g) for g in person.given)
    first = person.mentions[0]
    if first.record:
        return f"rec|{person.key}|{initials}|{first.birth or ''}"
    return f"{person.key}|{initials}"


def _born_apart(a: _Person, b: _Person) -> bool:
    """Both persons have a stated birth year and the years are more than a year apart."""
    years_a = {m.birth for m in a.mentions if m.birth}
    years_b = {m.birth for m in b.mentions if m.birth}
    return bool(years_a and years_b) and all(
        abs(x - y) > 1 for x in years_a for y in years_b if x is not None and y is not None
    )


COMPANION_WINDOW = 150  # characters: persons named this close are "mentioned together"


def _companions(persons: list[_Person]) -> list[set[int]]:
    """For each person, the persons (by position in ``persons``) named close to them in a text."""
    by_source: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for n, p in enumerate(persons):
        for m in p.mentions:
            if not m.record:
                by_source[m.source].append((m.start, n))
    out: list[set[int]] = [set() for _ in persons]
    for seen in by_source.values():
        seen.sort()
        lo = 0
        for start, n in seen:
            while seen[lo][0] < start - COMPANION_WINDOW:
                lo += 1
            for _s, other in seen[lo:]:
                if _s > start:
                    break
                if other != n:
                    out[n].add(other)
                    out[other].add(n)
    return out


def _link_attrs(p: _Person, keys: set[str]) -> dict[str, object]:
    """What registry linking compares beyond the name (``resolve.link``)."""
    facts = [m.facts for m in p.mentions if m.facts is not None]
    return {
        "offices": sorted({"|".join(x or "" for x in o) for f in facts for o in f.offices}),
        "post_years": sorted({y for f in facts for y in f.post_years}),
        "nationality": sorted({n for f in facts for n in f.nationality}),
        "parties": sorted({x for f in facts for x in f.parties}),
        "joined": sorted({y for f in facts for y in f.joined}),
        "death": next((f.death for f in facts if f.death), None),
        "fate_dates": sorted({d for f in facts for d in f.fate_dates}),
        "senior_rank": next((f.senior_rank for f in facts if f.senior_rank), None),
        "ages": sorted({a for f in facts for a in f.ages}),
        "nearby_countries": sorted({c for f in facts for c in f.nearby_countries}),
        "nearby_organisations": sorted({o for f in facts for o in f.nearby_organisations}),
        "link_keys": sorted(
            {k for m in p.mentions if not m.record for k in link_keys(m.surname) | m.readings}
            - keys
        ),
    }


def cluster_persons(mentions_by_source: Iterable[list[PersonMention]]) -> list[Entity]:
    """Persons across documents, each with its mentions, variants and evidence.

    Registry records are persons of their own (one record, one person); linking
    them to persons of the texts is :func:`narkomindel.resolve.link.link_records`.
    """
    doc_persons: list[_Person] = []
    for mentions in mentions_by_source:
        texts = [m for m in mentions if not m.record]
        doc_persons.extend(_within_document(texts))
        for r in mentions:
            if r.record:
                p = _Person(r.key, list(r.given), [r], {id(r): (1.0, "registry record")})
                doc_persons.append(p)
    merged: list[_Person] = []
    by_key: dict[str, list[_Person]] = defaultdict(list)
    for p in sorted(doc_persons, key=lambda p: (-len(p.given), p.key)):
        if p.mentions[0].record:
            merged.append(p)
            continue
        # a person may be known under another name too (pseudonym, birth name)
        pool: list[_Person] = []
        for k in p.keys:
            pool.extend(q for q in by_key[k] if all(q is not r for r in pool))
        pool = [q for q in pool if not _born_apart(q, p)]  # stated birth years disagree
        candidates = [q for q in pool if _agree(q.given, p.given)]
        if p.given and len(candidates) >= 1:
            target = candidates[0] if len(candidates) == 1 else None
        elif not p.given and len(pool) == 1:
            target = pool[0]
        else:
            target = None
        if target is None:
            merged.append(p)
            for k in p.keys:
                by_key[k].append(p)
            continue
        why = (
            "same surname key, agreeing given names"
            if p.given
            else "surname only; one person of that name"
        )
        for m in p.mentions:
            score, ev = p.evidence.get(id(m), (0.8, ""))
            target.evidence[id(m)] = (
                min(score, 0.9 if p.given else 0.7),
                f"{ev}; across documents: {why}",
            )
        target.mentions.extend(p.mentions)
        target.absorb_given(p.given)
        for k in p.keys:
            if all(target is not r for r in by_key[k]):
                by_key[k].append(target)
    entities = []
    used: dict[str, int] = {}
    ordered = sorted(merged, key=lambda p: min((m.source, m.start) for m in p.mentions))
    companions = _companions(ordered)
    for p in ordered:
        variants = list(dict.fromkeys(m.text for m in p.mentions))
        label = max(variants, key=lambda v: (len(v.split()), len(v)))
        key = _stable_key(p)
        used[key] = used.get(key, 0) + 1
        if used[key] > 1:  # namesakes with the same initials ("G." Georgii and "G." Grigorii)
            key = f"{key}#{used[key]}"
        keys = p.keys
        entities.append(
            Entity(
                key=key,
                label=label,
                mentions=[(m.source, m.index) for m in p.mentions],
                variants=variants,
                attrs={
                    "surname_key": p.key,
                    "other_keys": sorted(keys - {p.key}),
                    "other_names": sorted({o for m in p.mentions for o in m.other_names}),
                    "given": p.given,
                    "record": p.mentions[0].record,
                    "posts": sorted(
                        {f"{r or ''}|{c or ''}" for m in p.mentions for r, c in m.posts}
                    ),
                    "fates": sorted({f for m in p.mentions for f in m.fates}),
                    "soviet": any(m.soviet for m in p.mentions),
                    "elite": any(m.elite for m in p.mentions),
                    "years": sorted({y for m in p.mentions for y in m.years}),
                    "birth": next((m.birth for m in p.mentions if m.birth), None),
                    **_link_attrs(p, keys),
                },
                scores={(m.source, m.index): p.evidence.get(id(m), (0.8, "")) for m in p.mentions},
            )
        )
    for n, e in enumerate(entities):  # persons named close by: context for links
        e.attrs["companions"] = sorted(entities[j].key for j in companions[n])
    return entities
