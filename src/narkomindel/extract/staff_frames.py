"""Staff posts told by a verb, with no rank named: "served at the Soviet embassy in
Tokyo", "was posted to the legation in Riga", "joined the staff of the embassy in
London", "worked in the Treaty and Far Eastern Departments", "joined the Northern
Department", "worked in the Narkomindel", "entered the diplomatic service", "was employed
by the German Foreign Office". Each is a place on a mission's, a department's or a
body's staff ("staff")."""

from __future__ import annotations

import re
from functools import cache

from narkomindel import gazetteer as gz
from narkomindel.extract.roles import RoleMatch, find_roles
from narkomindel.extract.staff_bodies import BODY_WORDS, body_country, with_body

__all__ = ["staff_posts"]

# the verbs of serving somewhere, and the staff one joins or is on
_SERVE = (
    r"\b(?:(?:served|worked|was\s+employed|(?:was|were)\s+(?:posted|assigned|sent|transferred))"
    r"\s+(?:(?:briefly|first|later|then|also|subsequently|again)\s+)?(?:at|in|to|with|for)"
    r"|(?:joined|joining|(?:was|were|served|worked)\s+on|(?:was|were)\s+a\s+member\s+of)\s+the\s+staff\s+of)"
)


@cache
def _mission_staff() -> re.Pattern[str]:
    states = gz.demonym_alternation()
    return re.compile(
        _SERVE + r"\s+the\s+(?:(?:Soviet|Russian|" + states + r")\s+)?"
        r"(?i:(?:trade\s+)?(?:embassy|legation|mission|consulate(?:-general)?|polpredstvo)"
        r"|trade\s+delegation)\s+(?:in|at|to)\s+"
        r"(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)"
    )


# "worked in the Treaty and Far Eastern Departments", "joined the Northern Department":
# a department by its own noun, capitalised (bounded words; "the Foreign Office" alone is
# the ministry, no department)
_DEPARTMENT_STAFF = re.compile(
    r"\b(?:(?:served|worked|was\s+employed)\s+(?:(?:briefly|first|later|then|also)\s+)?in"
    r"|joined|joining|(?:was|were)\s+(?:posted|transferred|assigned)\s+to)\s+the\s+"
    r"(?P<d>(?:[A-Z][\w'’-]*\s+(?:and\s+)?){1,4}(?:Department|Division|Section|Bureau)s?)(?![\w'’-])"
)
_COORD = re.compile(r"^(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+(?P<n>Department|Division|Section|Bureau)s$")


# the verbs of employment in a body: "worked in/at/for", "was employed by", "went to work
# for", "started work at", "transferred to", "was on the staff of" ("entered" only a service:
# one enters a building too; "worked with" is a collaboration; a bare "joined" was dropped:
# it cost a false post on an unseen set and found nothing on the development texts)
_EMPLOY = (
    r"\b(?:(?:(?i:worked|working|was\s+employed|were\s+employed|served)\s+"
    r"(?:(?i:briefly|first|later|then|also|subsequently|again|mainly|long)\s+)?(?:in|at|for|by))"
    r"|(?i:went\s+to\s+work|(?:started|began|begun|took\s+up)\s+(?:(?:his|her)\s+)?work)\s+(?:for|in|at)"
    r"|(?i:(?:was\s+|were\s+)?(?:transferred|seconded)\s+to)"
    r"|(?i:(?:was|were|served|worked)\s+on|joined)\s+the\s+staff\s+of"
    r"|(?:(?i:entered|entering))(?=\s+the\s+(?:[A-Z][\w.]*\s+)?(?:diplomatic|foreign|consular)\s+service))"
)
# the secret police "takes" a prisoner: "was transferred to the NKVD" is no post
_POLICE = frozenset({"NKVD", "OGPU", "GPU", "Cheka"})
# what of a body is a place to read in, not to work in: "worked in the Foreign Office archives"
_NOT_STAFF_AFTER = re.compile(
    r"(?:['’]s?\b|\s+(?:archives?|files|records|papers|library|documents|building|collection)\b)"
)

# the rank in the body said next: "worked at the NKID as a secretary", "started work for the
# Trust in Riga and filled the post of director" (the rank is the post, not a vaguer one)
_RANK_FOLLOWS = re.compile(
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)?(?:\s+in\s+1[89]\d\d)?\s*,?\s+"
    r"(?:as\b|and\s+(?:filled|held|took(?:\s+up)?|occupied|was\s+given)\s+the\s+(?:post|position)\s+of\b)"
)


def _body_staff() -> re.Pattern[str]:
    return with_body(_EMPLOY + r"\s+(?:the\s+)?", r"(?![\w'’-])")


def _body_posts(text: str, s: int, e: int) -> list[RoleMatch]:
    """ "worked in the Narkomindel", "entered the Soviet diplomatic service", "was employed by
    the German Foreign Office": a place on a body's staff (its state, when an adjective names
    a foreign one; the Soviet diplomatic service is the commissariat)."""
    out: list[RoleMatch] = []
    for m in _body_staff().finditer(text, s, e):
        body = re.sub(r"\s+", " ", m.group("body"))
        verb = m.group(0)[: m.start("body") - m.start()].lower()
        if body in _POLICE and re.search(r"transferred|seconded", verb):
            continue
        if _NOT_STAFF_AFTER.match(text, m.end(), e) or _RANK_FOLLOWS.match(text, m.end(), e):
            continue
        if find_roles(text, m.end(), e):
            continue  # "worked in the NKID from 1921 and became head of its Press Department"
        adj = m.group("adj")
        country = body_country(adj, body)
        if m.group("service"):
            if country is None and adj not in ("Soviet", "Russian"):
                continue  # a service of no state named is anyone's ("Sir X was in the …")
            # the Soviet service is the commissariat (no department of its own)
            dept, org = (body, None) if country else (None, "NKID")
        else:
            dept, org = body, None
        out.append(RoleMatch(m.start(), m.end(), "staff", False, False, country, None, dept,
                             country is None, False, org))  # fmt: skip
    return out


def leading_place(words: str) -> tuple[str, str] | None:
    """The longest known place at the start of ``words``: (surface, country)."""
    places = gz.places()
    parts = words.split()
    for n in range(len(parts), 0, -1):
        surface = " ".join(parts[:n]).rstrip(".,")
        hit = places.get(surface) or places.get("The " + surface)  # "at the Hague"
        if hit:
            canonical, kind, country = hit
            if country or kind == "state":
                return surface, country or canonical
    return None


def staff_posts(text: str, s: int, e: int) -> list[RoleMatch]:
    """The staff posts a verb states in ``text[s:e]``, each starting at its verb."""
    out: list[RoleMatch] = []
    chunk = text[s:e]
    if re.search(r"(?i:embassy|legation|mission|consulate|polpredstvo)", chunk):
        for m in _mission_staff().finditer(text, s, e):
            found = leading_place(m.group("place"))
            if found is None:
                continue
            stop = m.start("place") + len(found[0])
            if re.match(r"\s*,?\s+as\s", text[stop : stop + 12]):
                continue  # "was sent to the embassy in Paris as counsellor": the rank says it
            out.append(RoleMatch(m.start(), stop, "staff", False, False, found[1], found[0]))
    if re.search(r"Department|Division|Section|Bureau", chunk):
        for m in _DEPARTMENT_STAFF.finditer(text, s, e):
            d = re.sub(r"\s+", " ", m.group("d"))
            c = _COORD.match(d)
            parts = (
                [f"{c.group('a')} {c.group('n')}", f"{c.group('b')} {c.group('n')}"]
                if c
                else [re.sub(r"(Department|Division|Section|Bureau)s$", r"\1", d)]
            )
            for part in parts:
                out.append(
                    RoleMatch(m.start(), m.end("d"), "staff", False, False, None, None, part)
                )
    if any(w in chunk for w in BODY_WORDS):
        bodies = _body_posts(text, s, e)
        starts = {b.start for b in bodies}  # "worked in the State Department": the body's, once
        out = [r for r in out if r.start not in starts] + bodies
    return out
