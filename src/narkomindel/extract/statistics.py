"""Statistical statements of scholarship (``extract.statistics``): a share, count or
average a study reports about a population, as a factoid of its own.

Each figure ("at least 20 percent", "fully a third", "an average age ... of
fifty-five years", "over one hundred people") becomes a ``statistic`` claim:

* ``value`` — the figure (a percentage, a count, years); ``attribute`` — the
  category (``purged``, ``likely purged``, ``survived``, ``died or defected``,
  ``unknown``, a class origin, a nationality, an education, a party seniority);
* ``attrs`` — ``population`` (``staff``, ``elite``, ``pre-purge generation``,
  ``post-purge generation`` or ``unspecified``), ``variable`` (``fate``,
  ``class_origin``, ``nationality``, ``education``, ``party_joined``, ``age``,
  ``age_at_entry``, ``size``), ``measure`` (share, count, mean, mode, median),
  ``unit``, ``qualifier`` (at least, about, fully, only, additional), ``figure``
  (the figure as printed) and its span;
* the claim's span is the sentence that states it; its subject a ``figure``
  mention spanning the figure.

Rules, not a list of sentences: the population is the nearest population word in
the sentence, else the last one earlier in the paragraph; the category the nearest
category word between the neighbouring figures of the sentence; "respectively"
pairs categories and figures in order; a share equal to the sum of the two before
it (same population, fates) is their union ("purged or likely purged").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from narkomindel.extract.plugins import ExtractorSpec, Findings, register_extractor
from narkomindel.extract.tokens import sentence_spans
from narkomindel.model import Claim, Document, Mention

__all__ = ["find_statistics", "EXTRACTOR", "number_value"]

EXTRACTOR = "extract.statistics.v1"

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_NUMBER = (
    rf"(?:\d{{1,3}}(?:[.,]\d+)?|(?:(?:{_WORD})[- ]hundred(?:\s+and)?\s+)?(?:{_WORD})(?:[- ](?:{_WORD}))?"
    rf"|(?:{_WORD})[- ]hundred|a hundred|one hundred)"
)
_FRACTIONS = {"half": 50.0, "a half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
              "two-thirds": 200 / 3, "two thirds": 200 / 3, "a quarter": 25.0,
              "one quarter": 25.0, "three-quarters": 75.0, "three quarters": 75.0,
              "a fifth": 20.0, "one fifth": 20.0, "another third": 100 / 3,
              "another quarter": 25.0, "another half": 50.0}  # fmt: skip
_QUALIFIER = (
    r"(?P<q>at least|a minimum of|at most|a maximum of|over|more than|fewer than|less than|"
    r"about|approximately|around|roughly|some|nearly|almost|fully|only|another|an additional|"
    r"an estimated|exactly|precisely)\s+"
)
_PERCENT = re.compile(
    rf"(?:\b{_QUALIFIER})?(?P<n>\b{_NUMBER})\s*(?:percent\b|per\s+cent\b|%)", re.I
)
_FRACTION = re.compile(
    rf"(?:\b{_QUALIFIER})?\b(?P<f>{'|'.join(sorted(map(re.escape, _FRACTIONS), key=len, reverse=True))})"
    r"(?:\s+of\b|(?=\s+(?:had|have|were|was|came|joined|received|\w+ed)\b))",
    re.I,
)
_AGE = re.compile(
    rf"\b(?P<m>average|mean|median|modal)\s+age\b(?P<mid>[^.;]{{0,160}}?)\b(?:of|was|were|is)\s+"
    rf"(?:{_QUALIFIER})?(?P<n>{_NUMBER})\s+years\b",
    re.I,
)
_COUNT = re.compile(
    rf"(?:\b{_QUALIFIER})?(?P<n>\b{_NUMBER})\s+(?:people|persons|officials|diplomats|men|employees)\b",
    re.I,
)
_FRACTION_WORD = re.compile(r"half|third|quarter|fifth")
#: the noun a count needs, as a word after white space ("men", not "government")
_COUNT_WORD = re.compile(r"\s(?:people|persons|officials|diplomats|men|employees)\b")
_AGE_WORD = re.compile(r"(?:average|mean|median|modal)\s+age\b")
_QUALIFIERS = {
    "at least": "at least", "a minimum of": "at least", "over": "at least",
    "more than": "at least", "at most": "at most", "a maximum of": "at most",
    "fewer than": "at most", "less than": "at most", "about": "about", "approximately": "about",
    "around": "about", "roughly": "about", "some": "about", "nearly": "about",
    "almost": "about", "an estimated": "about", "fully": "fully", "only": "only",
    "another": "additional", "an additional": "additional", "exactly": "exactly",
    "precisely": "exactly",
}  # fmt: skip

#: population words, most specific first (a generation or the elite beats "staff")
_POPULATIONS = (
    ("post-purge generation", re.compile(
        r"\bnew recruits?\b|\breplacements?\b|\bnew generation\b|\brecruited (?:during|after)\b"
        r"|\bsecond generation\b|\bpost-purge\b", re.I)),
    ("pre-purge generation", re.compile(
        r"\bveterans?\b|\bold diplomatic corps\b|\bearly days\b|\bold[- ]line\b|\bpre-purge\b"
        r"|\bold guard\b", re.I)),
    ("elite", re.compile(r"\belite\b|\btop[- ]level\b|\bhigh[- ]ranking\b|\bleading officials\b",
                         re.I)),
    ("staff", re.compile(
        r"\bstaff\b|\bemployees\b|\bpersonnel\b|\bresponsible officials\b|\bofficials\b"
        r"|\bdiplomatic (?:corps|service)\b|\bforeign service\b|\bmembers\b", re.I)),
)  # fmt: skip

#: (variable, category, words), the more specific before the more general
_CATEGORIES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (v, c, re.compile(p, re.I))
    for v, c, p in (
        (
            "fate",
            "unknown",
            r"\bunaccounted\b|\binsufficient information\b|\bfates? (?:is |are )?unknown\b",
        ),
        (
            "fate",
            "survived",
            r"\bnot (?:been )?purged\b|\bsurvived\b|\bunscathed\b|\bremained at their posts\b"
            r"|\bescaped (?:arrest|the purges?)\b",
        ),
        ("fate", "died or defected", r"\bdefect\w*|\bdied\b|\bdying\b"),
        (
            "fate",
            "likely purged",
            r"\blikely (?:purge )?victims\b|\babruptly terminat\w*|\bdisappeared\b"
            r"|\bprobably purged\b",
        ),
        (
            "fate",
            "purged",
            r"\bpurged\b|\bpurge victims\b|\bfell\b|\barrested\b|\bshot\b|\bexecuted\b|\bimprisoned\b|\bexiled\b"
            r"|\brepressed\b",
        ),
        ("class_origin", "middle class", r"\bmiddle[- ]class(?:es)?\b|\bbourgeois\w*"),
        ("class_origin", "nobility", r"\bnobles?\b|\bnobility\b|\baristocra\w+"),
        ("class_origin", "workers", r"\bworkers?\b|\bworking[- ]class\b|\bproletarian\w*"),
        ("class_origin", "peasants", r"\bpeasants?\b|\bpeasantry\b"),
        (
            "education",
            "graduate or professional",
            r"\bgraduate (?:or professional )?schools?\b"
            r"|\bprofessional schools?\b",
        ),
        (
            "education",
            "higher",
            r"\bcollege\b|\buniversit\w+|\bhigher educational\b|\bhigher education\b",
        ),
        ("education", "technical", r"\btechnical (?:institutes?|schools?)\b"),
        ("education", "no higher", r"\bno (?:post-?secondary|higher) education\b"),
        ("party_joined", "before 1917", r"\bOld Bolsheviks?\b"),
        (
            "party_joined",
            "1917-1920",
            r"\bjoined the party (?:in|during) the (?:early years|revolution|civil war)",
        ),
        (
            "nationality",
            "russian",
            r"\b(?:Great )?Russians?\b(?! (?:schools?|empire|state|revolution))",
        ),
        ("nationality", "jewish", r"\bJews\b|\bJewish\b"),
        ("nationality", "ukrainian", r"\bUkrainians?\b"),
        ("nationality", "latvian", r"\bLatvians?\b|\bLetts?\b"),
        ("nationality", "armenian", r"\bArmenians?\b"),
        ("nationality", "georgian", r"\bGeorgians?\b"),
        ("nationality", "polish", r"\bPoles\b|\bPolish\b"),
        ("nationality", "german", r"\bGermans\b"),
        ("nationality", "lithuanian", r"\bLithuanians?\b"),
        ("nationality", "estonian", r"\bEstonians?\b"),
    )
)
_YEAR = re.compile(r"\b(?:in|by|of|for|during)\s+(19[0-4]\d)\b")
_TO = re.compile(r"\s*to\s+", re.I)
_AND = re.compile(r"\s*and\s+(?:an?\s+)?", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_SUBGROUP_PURGED = re.compile(r"\bpurge victims\b|\bwho were purged\b", re.I)
_ENTRY = re.compile(r"\bupon entering\b|\bon entering\b|\bat entry\b|\bwhen (?:they )?(?:entered|joined)\b",
                    re.I)  # fmt: skip


def number_value(text: str) -> float | None:
    """``"17"`` → 17, ``"fifty-five"`` → 55, ``"one hundred"`` → 100, ``"2,5"`` → 2.5."""
    t = text.strip().lower()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", "."))
    total = 0
    current = 0
    for w in re.split(r"[-\s]+", t):
        if w in ("a", "and"):
            current = current or (1 if w == "a" else current)
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return float(total + current) if total + current else None


@dataclass
class _Figure:
    start: int  # the figure as printed (with its qualifier)
    end: int
    value: float
    measure: str  # share | count | mean | median | mode
    unit: str  # percent | persons | years
    qualifier: str | None
    variable: str | None = None
    category: str | None = None
    population: str = "unspecified"
    sentence: tuple[int, int] = (0, 0)


def _figures(text: str, s0: int, e0: int) -> list[_Figure]:
    found: list[_Figure] = []
    taken: list[tuple[int, int]] = []

    def add(f: _Figure) -> None:
        if any(a < f.end and f.start < b for a, b in taken):
            return
        taken.append((f.start, f.end))
        found.append(f)

    def q(m: re.Match[str]) -> str | None:
        return _QUALIFIERS.get((m.group("q") or "").lower()) if m.group("q") else None

    # each pattern needs a word of its own: a sentence without one is not searched
    low = text[s0:e0].lower()
    for m in _AGE.finditer(text, s0, e0) if _AGE_WORD.search(low) else ():
        value = number_value(m.group("n"))
        if value is not None:
            measure = {"average": "mean", "mean": "mean", "median": "median", "modal": "mode"}
            f = _Figure(m.start(), m.end(), value, measure[m.group("m").lower()], "years", q(m))
            f.variable = "age_at_entry" if _ENTRY.search(m.group("mid")) else "age"
            f.category = "purged" if _SUBGROUP_PURGED.search(m.group("mid")) else "all"
            add(f)
    for m in _PERCENT.finditer(text, s0, e0) if "%" in low or "cent" in low else ():
        value = number_value(m.group("n"))
        if value is not None and 0 <= value <= 100:
            add(_Figure(m.start(), m.end(), value, "share", "percent", q(m)))
    for m in _FRACTION.finditer(text, s0, e0) if _FRACTION_WORD.search(low) else ():
        word = m.group("f").lower()
        qual = "additional" if word.startswith("another") else q(m)
        add(_Figure(m.start(), m.end("f"), round(_FRACTIONS[word], 1), "share", "percent", qual))
    for m in _COUNT.finditer(text, s0, e0) if _COUNT_WORD.search(low) else ():
        value = number_value(m.group("n"))
        if value is not None and value >= 10:
            f = _Figure(m.start(), m.end(), value, "count", "persons", q(m))
            f.variable, f.category = "size", "persons"
            add(f)
    return sorted(found, key=lambda f: f.start)


def _nearest(text: str, lo: int, hi: int, at: tuple[int, int]) -> tuple[str, str] | None:
    """The category whose word lies nearest the figure between ``lo`` and ``hi``."""
    best: tuple[int, int, int, str, str] | None = None
    for rank, (variable, category, rx) in enumerate(_CATEGORIES):
        for m in rx.finditer(text, lo, hi):
            if at[0] <= m.start() < at[1]:
                continue
            before = m.end() <= at[0]
            dist = at[0] - m.end() if before else m.start() - at[1]
            key = (max(dist, 0), int(before), rank)
            if best is None or key < best[:3]:
                best = (*key, variable, category)
    return (best[3], best[4]) if best else None


_CONNECTOR = re.compile(
    r",\s+(?:while|whereas|but|and)\b|;|\s(?:while|whereas)\s|\band\s+(?=that\b|another\b|an additional\b)",
    re.I,
)


def _clause(text: str, lo: int, hi: int, f: _Figure) -> tuple[int, int]:
    """The clause of a figure within [lo, hi): cut at ", while", ", but", ", and", ";"."""
    for m in _CONNECTOR.finditer(text, lo, f.start):
        lo = m.end()
    after = _CONNECTOR.search(text, f.end, hi)
    return lo, (after.start() if after else hi)


def _population(text: str, lo: int, hi: int) -> str | None:
    """The most specific population named in [lo, hi)."""
    for name, rx in _POPULATIONS:
        if rx.search(text, lo, hi):
            return name
    return None


def find_statistics(doc: Document) -> tuple[list[Mention], list[Claim]]:
    """Figure mentions and ``statistic`` claims of a document's prose (body and notes)."""
    text = doc.text
    mentions: list[Mention] = []
    claims: list[Claim] = []
    for seg in doc.segments:
        if seg.kind not in ("paragraph", "list_item", "footnote", "author_note", "note", "caption"):
            continue
        paragraph_population: str | None = None
        previous: list[_Figure] = []
        # sentences with no figure, not yet searched for the population they name: only
        # the latest that names one matters, and only once a figure follows it
        unread: list[tuple[int, int]] = []
        for s0, e0 in sentence_spans(text, seg.start, seg.end):
            figures = _figures(text, s0, e0)
            if not figures:
                unread.append((s0, e0))
                continue
            while unread:
                named = _population(text, *unread.pop())
                if named:
                    paragraph_population = named
                    break
            unread.clear()
            named_here = _population(text, s0, e0)
            _categorise(text, figures, s0, e0)
            for f in figures:
                lo = max((g.end for g in figures if g.end <= f.start), default=s0)
                hi = min((g.start for g in figures if g.start >= f.end), default=e0)
                f.population = (
                    _population(text, *_clause(text, lo, hi, f))
                    or _population(text, s0, e0)
                    or paragraph_population
                    or "unspecified"
                )
                f.sentence = (s0, e0)
            _unions(previous, figures)
            previous.extend(figures)
            paragraph_population = named_here or paragraph_population
            for f in figures:
                period = _YEAR.search(text, s0, f.end)
                mentions.append(
                    Mention(
                        f.start,
                        f.end,
                        text[f.start : f.end],
                        "figure",
                        EXTRACTOR,
                        0.9,
                        {"value": f.value, "unit": f.unit},
                    )  # fmt: skip
                )
                claims.append(
                    Claim(
                        "statistic", len(mentions) - 1, s0, e0, text[s0:e0], EXTRACTOR,
                        0.7 if f.category and f.population != "unspecified" else 0.4,
                        value=f"{f.value:g}", attribute=f.category or "unspecified",
                        date_start=period.group(1) if period else None,
                        attrs={
                            "population": f.population, "variable": f.variable or "other",
                            "measure": f.measure, "unit": f.unit, "qualifier": f.qualifier,
                            "figure": text[f.start : f.end], "figure_start": f.start,
                            "figure_end": f.end,
                        },
                    )
                )  # fmt: skip
    return mentions, claims


def _categorise(text: str, figures: list[_Figure], s0: int, e0: int) -> None:
    """Category of each figure: the nearest category word between its neighbours;
    with "respectively", the categories of the clause before the figures in order."""
    todo = [f for f in figures if f.category is None]
    resp = _RESPECTIVELY.search(text, s0, e0)
    paired = [f for f in todo if resp and f.start < resp.start()]
    if len(paired) >= 2:
        first = paired[0].start
        clause_start = max(s0, text.rfind(".", s0, first) + 1)
        hits = sorted(
            (m.start(), v, c)
            for v, c, rx in _CATEGORIES
            for m in rx.finditer(text, clause_start, first)
        )
        seen: list[tuple[str, str]] = []
        for _s, v, c in hits:
            if (v, c) not in seen:
                seen.append((v, c))
        if len(seen) >= len(paired):
            for f, (v, c) in zip(paired, seen[-len(paired) :], strict=False):
                f.variable, f.category = v, c
            todo = [f for f in todo if f not in paired]
    for f in todo:
        lo = max((g.end for g in figures if g.end <= f.start), default=s0)
        hi = min((g.start for g in figures if g.start >= f.end), default=e0)
        hit = _nearest(text, *_clause(text, lo, hi, f), (f.start, f.end)) or _nearest(
            text, lo, hi, (f.start, f.end)
        )
        if hit:
            f.variable, f.category = hit
    for prev, f in zip(figures, figures[1:], strict=False):
        between = text[prev.end : f.start]
        if f.category is None and _TO.fullmatch(between):  # "from 5 percent to 19 percent"
            f.variable, f.category = prev.variable, prev.category
        if (
            f.unit == "years"
            and prev.unit == "years"
            and prev.variable == "age_at_entry"
            and _AND.fullmatch(between)
        ):  # "an average age upon entering ... of 33 years and a modal age of 31 years"
            f.variable = prev.variable


def _unions(previous: list[_Figure], figures: list[_Figure]) -> None:
    """A fate share equal to the sum of the two shares before it (same population) is
    their union: "20 percent purged ... another 14 percent likely ... together 34"."""
    for f in figures:
        if f.measure != "share" or f.variable not in ("fate", None):
            continue
        before = [
            g for g in [*previous, *figures]
            if g.start < f.start and g.measure == "share" and g.variable == "fate"
            and g.population == f.population
        ][-2:]  # fmt: skip
        if len(before) == 2 and abs(before[0].value + before[1].value - f.value) < 0.6:
            cats = sorted({str(before[0].category), str(before[1].category)},
                          key=lambda c: ("purged", "likely purged").index(c)
                          if c in ("purged", "likely purged") else 9)  # fmt: skip
            f.variable, f.category = "fate", " or ".join(cats)


def _run(doc: Document, found: Findings) -> None:
    mentions, claims = find_statistics(doc)
    base = len(found.mentions)
    found.mentions += mentions
    found.claims += [
        Claim(c.type, c.subject + base, c.start, c.end, c.quote, c.extractor, c.confidence,
              value=c.value, attribute=c.attribute, date_start=c.date_start, attrs=c.attrs)
        for c in claims
    ]  # fmt: skip


def _scholarly(doc: Document) -> bool:
    """Statistical statements are read from scholarship only: a percentage in a primary
    document, a web page or a registry is not a study's finding about a population."""
    return doc.meta.kind == "scholarship"


EXTRACTOR_SPEC = register_extractor(
    ExtractorSpec(EXTRACTOR, 80, _run, _scholarly, "statistical statements of scholarship")
)
