"""Infoboxes of encyclopedia pages: offices as headed blocks (``extract.infobox``).

An encyclopedia page copied as text often keeps its infobox as short lines:

    Ambassador of A to B            ← an office line: a role phrase and nothing else
    In office 1922–1924             ← its term
    Preceded by Some Name           ← the holder before
    Succeeded by Other Name         ← the holder after
    Premier | Some Name |           ← a role line with its holder(s) after a bar
    Died 16 November 1927           ← the page's person died then

Readers join such lines into one paragraph, so the rule reads the infobox's own
field words ("In office", "Preceded by", "Succeeded by", "Died") and the bars
between cells, not line breaks. The page's person (its heading, or the name it
opens with) holds the office named right before each "In office"; a predecessor
and a successor held it too. Every pattern is anchored at a field word and reads
a bounded stretch after it, so the rule is linear in the text.
"""

from __future__ import annotations

import re

from narkomindel.extract.dates import DateMatch
from narkomindel.extract.roles import FORCE, MILITARY, RoleMatch, find_roles
from narkomindel.model import Claim, Mention

__all__ = ["infobox_persons", "infobox_claims", "EXTRACTOR"]

EXTRACTOR = "extract.infobox.v2"

_FIELD = re.compile(
    r"\b(?:In office|Preceded\s*by|Succeeded\s*by|Personal details|Born|Died|Premier|President"
    r"|Monarch|Prime Minister|Deputy|Leader|Allegiance|Branch/service|Service/branch|Rank"
    r"|Years of service|Commands|Battles/wars|Awards|Unit)(?=[\s|A-Z0-9]|$)"
)
_IN_OFFICE = re.compile(r"\bIn office\b")
_BY = re.compile(r"\b(?P<which>Preceded|Succeeded)\s*by\s*\|?\s*")
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+|de|von|van|der)){0,3}")
_DIED = re.compile(r"\bDied\s*\|?\s*")
_HOLDER_ROLE = re.compile(r"\b(?P<role>Premier|President|Monarch|Prime Minister)\s*\|\s*")
_NOT_A_NAME = re.compile(r"^(?:Position|Office|Post|None|Vacant|Established|Abolished)\b")
_GAP = re.compile(r"^[\s|]*$")


def _field_end(text: str, pos: int) -> int:
    """Where the infobox cell starting at ``pos`` ends: the next field word or bar."""
    m = _FIELD.search(text, pos, min(len(text), pos + 200))
    bar = text.find("|", pos, min(len(text), pos + 200))
    ends = [x for x in (m.start() if m else -1, bar) if x > pos]
    return min(ends) if ends else min(len(text), pos + 200)


def infobox_persons(text: str, mentions: list[Mention]) -> list[Mention]:
    """Person mentions for the names after "Preceded by" / "Succeeded by" in an infobox
    that the name grammar did not find (a name glued to "by" in a copy)."""
    out: list[Mention] = []
    if not _IN_OFFICE.search(text):
        return out
    for m in _BY.finditer(text):
        nm = _NAME.match(text, m.end())
        if not nm or _NOT_A_NAME.match(nm.group(0)) or len(nm.group(0).split()) < 2:
            continue
        stop = min(nm.end(), _field_end(text, nm.start()))
        name = text[nm.start() : stop].rstrip()
        if len(name.split()) < 2:
            continue
        if any(x.start < nm.start() + len(name) and nm.start() < x.end for x in mentions
               if x.type in ("person", "cited_author")):  # fmt: skip
            continue
        out.append(
            Mention(nm.start(), nm.start() + len(name), name, "person", EXTRACTOR, 0.8,
                    {"rule": "infobox"})
        )  # fmt: skip
    return out


_BRANCH = re.compile(r"\b(?:Branch/service|Service/branch|Branch|Service)\s*\|?\s*(?=[A-Z])")
_RANK = re.compile(r"\bRank\s*\|?\s*(?=[A-Z])")


def _military_service(text: str, topic: int) -> list[Claim]:
    """ "Branch/service Imperial Russian Army … Rank Colonel": the page's person served
    in that force, with that rank if the vocabulary knows it (one claim per force)."""
    out: list[Claim] = []
    for bm in _BRANCH.finditer(text):
        stop = _field_end(text, bm.end())
        unit = text[bm.end() : stop].strip(" |\n")
        if not re.search(rf"(?i:{FORCE})\b", unit) or len(unit) > 80:
            continue
        role = "army service" if re.search(r"(?i:army|guard|front)", unit) else "military service"
        rm = _RANK.search(text, bm.end(), min(len(text), bm.end() + 400))
        end = stop
        if rm:
            rank = find_roles("army " + text[rm.end() : _field_end(text, rm.end())])
            if rank and rank[0].role in MILITARY:
                role, end = rank[0].role, _field_end(text, rm.end())
        out.append(
            Claim("post", topic, bm.start(), end, text[bm.start() : end], EXTRACTOR, 0.75,
                  role=role, department=unit,
                  attrs={"elite": False, "former": False, "soviet": False, "rule": "infobox"})
        )  # fmt: skip
    return out


def infobox_claims(
    text: str, mentions: list[Mention], topic: int | None, dates: list[DateMatch]
) -> list[Claim]:
    """Posts (and a death) stated by an infobox, for the page's person ``topic`` and for
    the predecessors and successors named under each office."""
    claims: list[Claim] = []
    if topic is not None:
        claims += _military_service(text, topic)
    offices = list(_IN_OFFICE.finditer(text))
    if not offices:
        return claims
    persons = [i for i, m in enumerate(mentions) if m.type == "person"]

    def post(who: int, role: RoleMatch, s: int, e: int, start: str | None, end: str | None,
             conf: float) -> None:  # fmt: skip
        claims.append(
            Claim(
                "post", who, s, e, text[s:e], EXTRACTOR, conf, role=role.role,
                organisation=role.organisation, department=role.department,
                country=role.country, date_start=start, date_end=end,
                attrs={"elite": role.elite, "former": False, "soviet": role.soviet,
                       "rule": "infobox"},
            )
        )  # fmt: skip

    def holder_at(pos: int) -> int | None:
        return next((i for i in persons if mentions[i].start == pos), None)

    for k, io in enumerate(offices):
        # the office: a role phrase ending right before "In office"
        lo = max(0, io.start() - 160)
        roles = [
            r for r in find_roles(text, lo, io.start()) if _GAP.match(text[r.end : io.start()])
        ]
        if not roles:
            continue
        role = roles[-1]
        block_end = (
            offices[k + 1].start() if k + 1 < len(offices) else min(len(text), io.end() + 400)
        )
        cell_end = _field_end(text, io.end())
        term = [d for d in dates if io.end() <= d.start < cell_end + 20]
        start = end = None
        if term:
            a, _, b = term[0].edtf.partition("/")
            start, end = a or None, (b if b and b != ".." else None)
        if topic is not None:
            post(topic, role, role.start, io.end(), start, end, 0.8)
        for bm in _BY.finditer(text, io.end(), block_end):
            who = holder_at(bm.end())
            if who is not None:
                post(who, role, role.start, role.end, None, None, 0.7)
        for hm in _HOLDER_ROLE.finditer(text, io.end(), block_end):
            held = find_roles(hm.group("role"))
            if not held:
                continue
            stop = _field_end(text, hm.end())
            for i in persons:
                if hm.end() <= mentions[i].start < stop:
                    post(i, held[0], hm.start(), mentions[i].end, None, None, 0.7)
    if topic is not None:
        for dm in _DIED.finditer(text):
            died = [d for d in dates if dm.end() <= d.start <= dm.end() + 2]
            if died:
                claims.append(
                    Claim("fate", topic, dm.start(), died[0].end, text[dm.start() : died[0].end],
                          EXTRACTOR, 0.8, value="died", date_start=died[0].edtf,
                          attrs={"rule": "infobox"})
                )  # fmt: skip
                break
    return claims
