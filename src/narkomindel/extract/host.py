"""The host state of a mission rank (issue 11, sixth round).

The reference's country of a post is the state where it is held: a British ambassador
in Moscow serves in the Soviet Union, a Soviet envoy in Riga in Latvia. The role phrase
names the host ("to/in/at A", "the ambassador of B in A"); when it does not, a place
named between the holder and the role may ("X went to Moscow as British ambassador").
A rank named by its own state's adjective ("the German ambassador") binds the subject
of the verb before it only when such a host, another state, is named: the adjective
alone, or a host that is the sender, gives no post. Bounded windows: linear time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from narkomindel import gazetteer as gz
from narkomindel.extract.predicates import Subject
from narkomindel.extract.role_context import sender_start
from narkomindel.extract.roles import RoleMatch
from narkomindel.gazetteer.vocabulary import DIPLOMATIC_ROLES, SOVIET_STATES, same_state

__all__ = ["place_in_gap", "sender_gap", "host_gap", "conference_host"]

_GAP_PLACE = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?(?P<place>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)")


def place_in_gap(text: str, role: RoleMatch, s: int, e: int) -> RoleMatch:
    """ "X remained in London as Soviet representative", "X came to Washington as
    Ambassador", "X went to Mongolia as military adviser": a mission's place named between the holder and the role."""
    if role.role not in DIPLOMATIC_ROLES | {"representative", "delegate", "adviser"}:
        return role
    places = gz.places()
    for m in _GAP_PLACE.finditer(text, s, e):
        hit = places.get(m.group("place"))
        if hit:
            canonical, _kind, country = hit
            return replace(role, country=country or canonical, place=m.group("place"))
    return role


def _other_host(role: RoleMatch) -> bool:
    host, sender = role.country, role.sender
    return bool(host and sender and not same_state(host, sender))


def sender_gap(text: str, role: RoleMatch) -> int | None:
    """Where the sending state's adjective before a mission rank begins ("was the German
    ambassador in Moscow"), unless the rank's own host is its sender."""
    if not role.sender or (role.country and not _other_host(role)):
        return None
    return sender_start(text, role.start)


def host_gap(
    text: str, role: RoleMatch, subj: Subject | None, at: int
) -> tuple[Subject | None, RoleMatch]:
    """The subject bound over a sender's adjective (``at``), with the role's host: kept
    only if the host, from the role phrase or the gap, is another state."""
    if subj is None:
        return None, role
    hosted = role if role.country else place_in_gap(text, role, subj.start, at)
    return (subj, hosted) if _other_host(hosted) else (None, role)


#: roles of a delegation, whose conference's place is their post's country
_DELEGATION_ROLES = frozenset({"delegate", "head of delegation"})
_A_DELEGATION = re.compile(r"\b[Dd]elegation\b")
_PLACE_WORD = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’-]+")


def conference_host(role: RoleMatch) -> RoleMatch:
    """ "delegate to the Lausanne Conference", "the Soviet delegation at Genoa": a delegation's
    post is in the state its conference met in (as a mission's is in its host's), when a
    city of another state than the Soviet one is named in its body."""
    if role.country is not None or not role.department:
        return role
    if role.role not in _DELEGATION_ROLES and not _A_DELEGATION.search(role.department):
        return role  # "secretary of the Soviet delegation at Genoa": its staff's too
    places = gz.places()
    for m in _PLACE_WORD.finditer(role.department):
        word = m.group()
        bare = word[4:] if word[:4].lower() == "the " else word
        hit = places.get(bare) or places.get("The " + bare)  # "Genoa", "the Hague"
        if hit and hit[1] == "city" and hit[2] and hit[2] not in SOVIET_STATES:
            return replace(role, country=hit[2])
    return role
