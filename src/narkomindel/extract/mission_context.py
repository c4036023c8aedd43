"""The country of a mission known from the context, not the sentence (issue 11).

A text often names the country once and the post later: "In 1925 he arrived in the
capital ... As envoy he signed ...". A post claim whose role is a rank of a diplomatic
mission (ambassador, envoy, polpred, chargé d'affaires, counsellor, secretary of a
mission, attaché, consul, trade representative) or an office of a state's own
government (head of state, prime minister, chancellor, foreign or other minister: "the
emir", "the Chancellor"), and that names neither a country nor a department, takes the
country of the last place named before it in the document (a city lends its state).
Measured, carrying over paragraphs did better on held-out texts than stopping at the
paragraph. A Soviet post abroad does not take the Soviet Union itself, nor a mission
rank named by its state's adjective that state ("the German ambassador"). One pass over
the claims and the place mentions in text order: linear time.

A rank named by its sender's adjective ("The British ambassador, Sir X, arrived in
Moscow") first takes the host from a place of another state named after it in its own
sentence: the sentence states where the holder is, the context only suggests it. A
cable's dateline ("MOSCOW, June 3 (UP) —") is a place of the context: the setting the
text states.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from narkomindel import gazetteer as gz
from narkomindel.extract.name_parts import surname_of
from narkomindel.gazetteer.vocabulary import (
    MISSION_ROLES,
    SOVIET_ROLES,
    SOVIET_STATES,
    STATE_OFFICES,
    same_state,
)
from narkomindel.model import Claim, Mention

__all__ = ["carry_mission_country"]

#: the normalised roles (gazetteer/roles.tsv) that take the country of the context
_CARRIED = MISSION_ROLES | STATE_OFFICES | {"president"}


def _country_of(text: str, places: dict[str, tuple[str, str, str]]) -> str:
    canonical, kind, country = places[text]
    return country or (canonical if kind == "state" else "")


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“(]|\s*$)|\n\s*\n")


#: "who later ran the Soviet legation in Oslo": a mission named with its place, or a place
#: the holder was recalled from or accredited to
_MISSION_AT = re.compile(
    r"(?:(?:[Ee]mbassy|[Ll]egation|[Mm]ission|[Cc]onsulate|polpredstvo)\s+(?:in|at|to)"
    # "was recalled from Tokyo", "accredited to Finland": the place the post was in
    r"|\brecalled\s+(?:home\s+)?from|\baccredited\s+to)\s+(?:the\s+)?$"
)


_PARAGRAPH_END = re.compile(r"\n\s*\n|\Z")


def _host_after(
    text: str, located: list[tuple[int, str]], p: int, c: Claim, sender: str | None,
    paragraph: str = "",
) -> str | None:  # fmt: skip
    """The country of the first place after the claim in its sentence (or paragraph)
    that is not the sender's own; with no sender, only a place named as a mission's
    ("headed the embassy in A"). In the paragraph (``paragraph`` is the holder's
    surname) the place's clause must speak of him: his name or "he"/"his" just before
    it. Bounded: the sentence must end within 300 characters, the paragraph 800."""
    bound = _PARAGRAPH_END if paragraph else _SENTENCE_END
    end = bound.search(text, c.end, c.end + (800 if paragraph else 300)) if text else None
    if end is None:
        return None
    for start, country in located[p : p + 8]:
        if start >= end.start():
            break
        if start < c.end:
            continue
        if sender is None:
            if _MISSION_AT.search(text, max(0, start - 40), start):
                return country
        elif not same_state(country, sender):
            if paragraph and not _speaks_of(text, paragraph, max(c.end, start - 100), start):
                continue
            return country
    return None


#: "Writing to American Ambassador X, Y deplored the meddling in Z": a rank whose holder a
#: preposition governs is not the subject the sentence's later places are told of
_GOVERNED = re.compile(
    r"\b(?:to|with|from|for|by|against|upon)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}$"
)


def _speaks_of(text: str, surname: str, s: int, e: int) -> bool:
    return any(
        w in (surname, "he", "He", "his", "His", "she", "She", "her", "Her")
        for w in re.findall(r"[\w'’-]+", text[s:e])
    )


_ADJECTIVE = re.compile(r"\b[A-Z][a-z]+(?:an|ish|ese|ch)\b")


def _other_state(text: str, located: list[tuple[int, str]], p: int, c: Claim) -> str | None:
    """The last state other than the Soviet one named earlier in the claim's paragraph
    (bounded: 800 characters back), else the first named in the rest of its sentence by
    a place or an adjective ("President X ended American non-recognition of the Soviet
    Union"): a head of state, government or ministry of no state named is of the state the
    passage sets beside the Soviet Union, not of the Soviet Union itself."""
    para = text.rfind("\n\n", max(0, c.start - 800), c.start)
    floor = para if para >= 0 else max(0, c.start - 800)
    for start, country in reversed(located[max(0, p - 8) : p]):
        if start < floor:
            break
        if country not in SOVIET_STATES:
            return country
    end = _SENTENCE_END.search(text, c.end, c.end + 300) if text else None
    if end is None:
        return None
    for start, country in located[p : p + 8]:
        if start >= end.start():
            break
        if start >= c.end and country not in SOVIET_STATES:
            return country
    demonyms = gz.demonyms()
    for am in _ADJECTIVE.finditer(text, c.end, end.start()):
        state = demonyms.get(am.group())
        if state and state not in SOVIET_STATES:
            return state
    return None


def _foreign_envoy(c: Claim, sender: str | None, is_soviet: Any) -> bool:
    """A mission rank named by a foreign sender's adjective, held by no Soviet official."""
    return bool(
        sender and c.role in MISSION_ROLES and sender not in SOVIET_STATES and not is_soviet
    )


#: "the Finnish delegation, led by", "the Polish government of", "the Japanese cabinet under":
#: a state's government, delegation or cabinet named by its adjective just before an office
_GOVERNMENT_NOUN = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+)\s+(?:[Gg]overnment|[Cc]abinet|[Dd]elegation|[Mm]inistry|[Rr]egime)"
    r"(?:\s*,)?\s+(?:(?:was\s+)?(?:led|headed|formed)\s+by|of|under)\s+(?:the\s+)?(?:new\s+)?$"
)


def _government_adjective(text: str, pos: int) -> str | None:
    """The state whose government, cabinet or delegation, named by its adjective, an office
    at ``pos`` is said to head ("the Polish government of Premier X"), if not the Soviet
    one."""
    if not text:
        return None
    m = _GOVERNMENT_NOUN.search(text, max(0, pos - 60), pos)
    state = gz.demonyms().get(m.group("adj")) if m else None
    return state if state and state not in SOVIET_STATES else None


#: a cable's dateline, the setting the text states: "MOSCOW, June 3 (UP) —", "RIGA (AP) —"
_DATELINE = re.compile(r"(?m)^[ \t]*(?P<city>[A-Z]{3,}(?:[ -][A-Z]{2,})?)(?=,\s|\s+\(|\s+[—–-]\s)")


def _datelines(text: str, places: dict[str, tuple[str, str, str]]) -> list[tuple[int, str]]:
    """The country of each dateline's city, at its position."""
    out = []
    for m in _DATELINE.finditer(text):
        city = " ".join(w.capitalize() for w in m.group("city").split())
        if city in places and (country := _country_of(city, places)):
            out.append((m.start("city"), country))
    return out


def carry_mission_country(
    mentions: list[Mention], claims: list[Claim], text: str = ""
) -> list[Claim]:
    """The claims, with the current country given to mission posts without one."""
    places = gz.places()
    located = sorted(
        (m.start, country)
        for m in mentions
        if m.type == "place" and m.text in places
        for country in (_country_of(m.text, places),)
        if country
    )
    # "U.S. Ambassador X": the sender's own name before the rank is not where he serves
    senders = {
        (c.start, c.attrs["sender"]) for c in claims if c.type == "post" and c.attrs.get("sender")
    }
    located = [
        (start, country)
        for start, country in located
        if not any(0 <= cs - start <= 8 and same_state(country, st) for cs, st in senders)
    ]
    located = sorted(located + _datelines(text, places))
    # a person stated elsewhere to hold a Soviet post serves the Soviet Union everywhere
    soviet = {
        surname_of(mentions[c.subject].text)
        for c in claims
        if c.type == "post"
        and (
            c.attrs.get("soviet")
            or c.role in SOVIET_ROLES
            or c.attrs.get("sender") in SOVIET_STATES
        )
    }
    # "Ambassador X" after "X, the Soviet Ambassador in Washington": a rank named again
    # bare is the post the document gave its holder (one host only, else none)
    hosts: dict[tuple[str, str], set[str]] = {}
    for c in claims:
        if c.type == "post" and c.country and c.role in MISSION_ROLES:
            hosts.setdefault((surname_of(mentions[c.subject].text), c.role), set()).add(c.country)
    out = list(claims)
    p = 0
    current: str | None = None  # the country of the last place named
    for k in sorted(range(len(claims)), key=lambda k: claims[k].start):
        c = claims[k]
        while p < len(located) and located[p][0] < c.start:
            current = located[p][1]
            p += 1
        if c.type != "post" or c.country or c.role not in _CARRIED:
            continue
        if c.department and c.role not in STATE_OFFICES:
            continue  # a minister's department is his portfolio, not where he serves
        known = hosts.get((surname_of(mentions[c.subject].text), c.role or ""), set())
        if len(known) == 1:
            out[k] = replace(c, country=min(known), attrs={**c.attrs, "country_from": "holder"})
            continue
        sender = c.attrs.get("sender")
        if (
            c.role in MISSION_ROLES
            and not (sender and _GOVERNED.search(text, max(0, c.start - 40), c.start))
            and (host := _host_after(text, located, p, c, sender))
        ):
            out[k] = replace(c, country=host, attrs={**c.attrs, "country_from": "sentence"})
            continue
        if (
            sender
            and c.role in MISSION_ROLES
            and (current is None or same_state(current, sender))
            and (
                host := _host_after(
                    text, located, p, c, sender, surname_of(mentions[c.subject].text)
                )
            )
        ):
            # the context gives no host: a city of another state later in his paragraph
            out[k] = replace(c, country=host, attrs={**c.attrs, "country_from": "paragraph"})
            continue
        is_soviet = c.attrs.get("soviet") or surname_of(mentions[c.subject].text) in soviet
        if (
            is_soviet
            and current in SOVIET_STATES
            or c.attrs.get("soviet")
            and c.role in STATE_OFFICES
        ):
            continue  # a Soviet post abroad is not in the Soviet Union; a Soviet office is Soviet
        if c.role not in MISSION_ROLES and (own := _government_adjective(text, c.start)):
            # "the Finnish delegation, led by Prime Minister X": the state of its sentence
            out[k] = replace(c, country=own, attrs={**c.attrs, "country_from": "government"})
            continue
        if current is None or (sender and same_state(sender, current)):
            if _foreign_envoy(c, sender, is_soviet):
                # "the German ambassador, X," with no other host named before or after: a
                # foreign envoy in a text on Soviet diplomacy serves in Moscow
                out[k] = replace(c, country="USSR", attrs={**c.attrs, "country_from": "sender"})
            continue
        if current in SOVIET_STATES and c.role not in MISSION_ROLES:
            # "President X", "the Prime Minister" of no state named, in a passage set in the
            # Soviet Union, held by no Soviet official: the other state the passage names
            other = _other_state(text, located, p, c)
            if other:
                out[k] = replace(c, country=other, attrs={**c.attrs, "country_from": "other state"})
                continue
        out[k] = replace(c, country=current, attrs={**c.attrs, "country_from": "context"})
    return out
