"""A trained attachment model for English posts (``extract.post_model``).

The post rules (:mod:`.posts`) bind a role phrase to a person by constructions written
by hand. This step reads what they leave: for each sentence, every role phrase
:func:`~narkomindel.extract.roles.find_roles` gives × every person mention of the
sentence × the place the post may be in (the role's own country or department, none,
or another place named in the sentence) is a *candidate*, described by a few cheap
features (:func:`candidates`); a logistic regression trained on the annotated texts
(``benchmarks/post_model_train.py``; the weights are ``post_model.json``) gives each the
probability that the text states that post. :func:`model_posts` adds, for each role
phrase, the likeliest candidate the rules did not produce, when its probability reaches
the weights file's threshold.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from narkomindel.extract.roles import RoleMatch, find_roles
from narkomindel.extract.tokens import sentence_spans
from narkomindel.gazetteer.vocabulary import DIPLOMATIC_ROLES, role_class_of
from narkomindel.model import Claim, Document, Mention

__all__ = [
    "EXTRACTOR", "FEATURES", "Candidate", "Weights", "candidates", "sentence_candidates",
    "model_posts", "load_weights", "weights_from", "person_key", "RuleIndex",
]  # fmt: skip

EXTRACTOR = "extract.post_model.v1"

#: the features, in the order of a candidate's vector and of the weights
FEATURES = (
    "bias",
    "rules_triple",  # the rules produced this person, role class and place
    "rules_person_role",  # ... this person and role class, in another place
    "role_taken_same",  # the rules bound this role phrase to this person
    "role_taken_other",  # ... to another person
    "person_before_role",
    "log_token_gap",
    "adjacent",  # nothing but a comma, a parenthesis or spaces between
    "gap_comma",
    "gap_paren",
    "gap_semicolon",
    "gap_as",
    "gap_copula",  # was, were, is, had been, has been, remained
    "gap_posting_verb",  # became, appointed, named, made, sent, promoted, transferred
    "gap_who",
    "gap_and",
    "gap_possessive",  # "X's ambassador": the post is not X's
    "persons_between",
    "roles_between",
    "person_first",
    "person_subject",  # the first person, no finite verb before it
    "one_person",
    "role_country",
    "role_department",
    "role_soviet",
    "role_plural",
    "role_former",
    "role_diplomatic",
    "place_own",
    "place_none",
    "place_other",
    "log_place_gap",  # another place: its distance from the role
    "as_before_role",  # "... as Soviet envoy", "... was appointed envoy"
    "nearest_person",  # no other person mention closer to the role
    "role_titles_other",  # another person's name follows the role at once ("Envoy X")
    "role_titles_this",  # this person's name follows the role at once
)

_WORD = re.compile(r"[\w'’-]+")
_COPULA = re.compile(r"\b(?:was|were|is|had\s+been|has\s+been|remained)\b", re.I)
_POSTING = re.compile(r"\b(?:became|appointed|named|made|sent|promoted|transferred|served)\b", re.I)
_WHO = re.compile(r"\bwho\b", re.I)
_AS = re.compile(r"\bas\b", re.I)
_AND = re.compile(r"\band\b", re.I)
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|became|served)\b")
_ADJACENT = re.compile(r"^[\s,(]*$")
_AS_BEFORE = re.compile(
    r"\b(?:as|became|appointed|named|made|was|been)\s+(?:(?:the|a|an|Soviet|first|new)\s+)*$",
    re.I,
)


@dataclass(frozen=True)
class Candidate:
    """One possible post: a person mention (an index into the mentions), a role phrase
    and a place option, with its features (in the order of :data:`FEATURES`)."""

    person: int
    role: RoleMatch
    country: str | None
    department: str | None
    organisation: str | None
    start: int
    end: int
    features: tuple[float, ...]


@dataclass(frozen=True)
class Weights:
    """A trained model: one weight per feature name, and the threshold of an addition."""

    weights: dict[str, float]
    threshold: float

    def probability(self, features: tuple[float, ...]) -> float:
        z = sum(self.weights.get(name, 0.0) * x for name, x in zip(FEATURES, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def load_weights() -> Weights:
    """The packaged weights (``post_model.json``)."""
    raw = resources.files("narkomindel.extract").joinpath("post_model.json").read_text("utf-8")
    return weights_from(json.loads(raw))


def weights_from(data: dict[str, Any]) -> Weights:
    return Weights({str(k): float(v) for k, v in data["weights"].items()}, float(data["threshold"]))


def person_key(mention: Mention) -> str:
    """What names a person across mentions of one document: the surname, lower-cased."""
    surname = mention.attrs.get("surname") or (mention.text.split() or [""])[-1]
    return str(surname).lower().rstrip(".,")


def _post_key(key: str, role: str | None, country: str | None, body: str | None) -> tuple[Any, ...]:
    return (key, role_class_of(role), country, body)


class RuleIndex:
    """What the rules already produced, asked about by the candidates."""

    def __init__(self, mentions: list[Mention], claims: list[Claim]) -> None:
        self.triples: set[tuple[Any, ...]] = set()
        self.person_role: set[tuple[str, str | None]] = set()
        self.spans: list[tuple[int, int, str | None, str]] = []  # start, end, class, person
        for c in claims:
            if c.type != "post" or c.subject >= len(mentions):
                continue
            key = person_key(mentions[c.subject])
            body = c.department or (c.organisation if c.organisation != "NKID" else None)
            self.triples.add(_post_key(key, c.role, c.country, body))
            self.person_role.add((key, role_class_of(c.role)))
            self.spans.append((c.start, c.end, role_class_of(c.role), key))

    def taken(self, role: RoleMatch, key: str) -> tuple[bool, bool]:
        """Whether the rules bound this role phrase to this person, to another one."""
        cls = role_class_of(role.role)
        same = other = False
        for s, e, c, k in self.spans:
            if c == cls and s <= role.start < e:
                same, other = same or k == key, other or k != key
        return same, other


def _gap_features(gap: str) -> list[float]:
    return [
        float("," in gap),
        float("(" in gap),
        float(";" in gap),
        float(_AS.search(gap) is not None),
        float(_COPULA.search(gap) is not None),
        float(_POSTING.search(gap) is not None),
        float(_WHO.search(gap) is not None),
        float(_AND.search(gap) is not None),
    ]


def _distance(m: Mention, r: RoleMatch) -> int:
    return r.start - m.end if m.end <= r.start else max(0, m.start - r.end)


def sentence_candidates(
    text: str,
    s: int,
    e: int,
    persons: list[int],
    mentions: list[Mention],
    places: list[Mention],
    rules: RuleIndex,
    roles: list[RoleMatch] | None = None,
) -> list[Candidate]:
    """The candidates of one sentence ``text[s:e]``: ``persons`` are the indices of its
    person mentions, ``places`` its place mentions."""
    roles = find_roles(text, s, e) if roles is None else roles
    out: list[Candidate] = []
    if not roles or not persons:
        return out
    first_verb = _FINITE.search(text, s, e)
    role_info = []
    for r in roles:
        lead = _AS_BEFORE.search(text, max(s, r.start - 40), r.start) is not None
        dist = {j: _distance(mentions[j], r) for j in persons}
        titled = next((j for j in persons if 0 <= mentions[j].start - r.end <= 3), None)
        role_info.append((lead, min(dist.values()), dist, titled))
    for k, i in enumerate(persons):
        m = mentions[i]
        key = person_key(m)
        subject = k == 0 and (first_verb is None or first_verb.start() >= m.end)
        for r, (lead, nearest, dist, titled) in zip(roles, role_info, strict=True):
            before = m.end <= r.start
            lo, hi = (m.end, r.start) if before else (r.end, m.start)
            if hi < lo:  # overlapping: a role inside a name's span
                lo = hi = max(lo, hi)
            gap = text[lo:hi]
            between_p = sum(1 for j in persons if j != i and lo <= mentions[j].start < hi)
            between_r = sum(1 for q in roles if q is not r and lo <= q.start < hi)
            same, other = rules.taken(r, key)
            start, end = min(m.start, r.start), max(m.end, r.end)
            shared = [
                before,
                math.log1p(len(_WORD.findall(gap))),
                _ADJACENT.match(gap) is not None,
                *_gap_features(gap),
                before and gap.startswith(("'s", "’s")),
                min(between_p, 3),
                min(between_r, 3),
                k == 0,
                subject,
                len(persons) == 1,
                r.country is not None,
                r.department is not None,
                r.soviet,
                r.plural,
                r.former,
                r.role in DIPLOMATIC_ROLES,
            ]
            options: list[tuple[str | None, str | None, str, float]] = [
                (r.country, r.department, "own", 0.0)
            ]
            if r.country or r.department:
                options.append((None, None, "none", 0.0))
            for p in places:
                value = p.attrs.get("value")
                if value and value != r.country and not (r.start <= p.start < r.end):
                    far = abs(p.start - r.end) if p.start >= r.end else abs(r.start - p.end)
                    options.append((str(value), None, "other", math.log1p(far)))
            for country, dept, kind, place_gap in options:
                org = r.organisation if kind == "own" else None
                body = dept or (org if org != "NKID" else None)
                feats = [
                    1.0,
                    float(_post_key(key, r.role, country, body) in rules.triples),
                    float((key, role_class_of(r.role)) in rules.person_role),
                    float(same),
                    float(other),
                    *(float(x) for x in shared),
                    float(kind == "own"),
                    float(kind == "none"),
                    float(kind == "other"),
                    place_gap,
                    float(lead),
                    float(dist[i] <= nearest),
                    float(titled is not None and titled != i),
                    float(titled == i),
                ]
                out.append(Candidate(i, r, country, dept, org, start, end, tuple(feats)))
    return out


def candidates(doc: Document, mentions: list[Mention], claims: list[Claim]) -> list[Candidate]:
    """Every candidate of a document, over the extraction's own mentions and rule claims."""
    text = doc.text
    rules = RuleIndex(mentions, claims)
    persons = [(m.start, i) for i, m in enumerate(mentions) if m.type == "person"]
    places = [m for m in mentions if m.type == "place"]
    out: list[Candidate] = []
    pi = qi = 0
    for seg in doc.segments:
        if seg.kind in ("record", "authority_entry"):
            continue
        for s, e in sentence_spans(text, seg.start, seg.end):
            while pi < len(persons) and persons[pi][0] < s:
                pi += 1
            in_sentence = []
            j = pi
            while j < len(persons) and persons[j][0] < e:
                in_sentence.append(persons[j][1])
                j += 1
            if not in_sentence:
                continue
            while qi < len(places) and places[qi].start < s:
                qi += 1
            here = []
            j = qi
            while j < len(places) and places[j].start < e:
                here.append(places[j])
                j += 1
            out += sentence_candidates(text, s, e, in_sentence, mentions, here, rules)
    return out


_RULES_PERSON_ROLE = FEATURES.index("rules_person_role")


def model_posts(
    doc: Document, mentions: list[Mention], claims: list[Claim], weights: Weights | None = None
) -> list[Claim]:
    """The posts the model adds: for each role phrase, its likeliest candidate, when its
    probability reaches the threshold and the rules gave its person no post of its role
    class."""
    w = load_weights() if weights is None else weights
    best: dict[tuple[int, int], tuple[float, Candidate]] = {}
    for c in candidates(doc, mentions, claims):
        p = w.probability(c.features)
        at = (c.role.start, c.role.end)
        if at not in best or p > best[at][0]:
            best[at] = (p, c)
    out = []
    for p, c in best.values():
        if p < w.threshold or c.features[_RULES_PERSON_ROLE]:
            continue  # the rules gave this person this role: not again, nor in another place
        r = c.role
        out.append(
            Claim(
                "post", c.person, c.start, c.end, doc.text[c.start : c.end], EXTRACTOR,
                round(p, 3), role=r.role, organisation=c.organisation, department=c.department,
                country=c.country,
                attrs={"elite": r.elite, "former": r.former, "soviet": r.soviet, "model": True},
            )
        )  # fmt: skip
    return out
