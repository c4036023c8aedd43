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
"""

from __future__ import annotations

from dataclasses import replace

from narkomindel import gazetteer as gz
from narkomindel.extract.name_parts import surname_of
from narkomindel.gazetteer.vocabulary import MISSION_ROLES, SOVIET_ROLES, STATE_OFFICES
from narkomindel.model import Claim, Mention

__all__ = ["carry_mission_country"]

#: the normalised roles (gazetteer/roles.tsv) that take the country of the context
_CARRIED = MISSION_ROLES | STATE_OFFICES | {"president"}
_HOME = frozenset({"USSR", "RSFSR", "Russia", "Soviet Union"})


def _country_of(text: str, places: dict[str, tuple[str, str, str]]) -> str:
    canonical, kind, country = places[text]
    return country or (canonical if kind == "state" else "")


def carry_mission_country(mentions: list[Mention], claims: list[Claim]) -> list[Claim]:
    """The claims, with the current country given to mission posts without one."""
    places = gz.places()
    located = sorted(
        (m.start, country)
        for m in mentions
        if m.type == "place" and m.text in places
        for country in (_country_of(m.text, places),)
        if country
    )
    # a person stated elsewhere to hold a Soviet post serves the Soviet Union everywhere
    soviet = {
        surname_of(mentions[c.subject].text)
        for c in claims
        if c.type == "post"
        and (c.attrs.get("soviet") or c.role in SOVIET_ROLES or c.attrs.get("sender") in _HOME)
    }
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
        if current is None:
            continue
        is_soviet = c.attrs.get("soviet") or surname_of(mentions[c.subject].text) in soviet
        if is_soviet and current in _HOME or c.attrs.get("soviet") and c.role in STATE_OFFICES:
            continue  # a Soviet post abroad is not in the Soviet Union; a Soviet office is Soviet
        sender = c.attrs.get("sender")
        if sender and (sender == current or sender in _HOME and current in _HOME):
            continue  # "the German ambassador" does not serve in Germany
        out[k] = replace(c, country=current, attrs={**c.attrs, "country_from": "context"})
    return out
