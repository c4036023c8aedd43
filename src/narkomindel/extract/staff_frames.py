"""Staff posts told by a verb, with no rank named: "served at the Soviet embassy in
Tokyo", "was posted to the legation in Riga", "joined the staff of the embassy in
London", "worked in the Treaty and Far Eastern Departments", "joined the Northern
Department". Each is a place on a mission's or a department's staff ("staff")."""

from __future__ import annotations

import re
from functools import cache

from narkomindel import gazetteer as gz
from narkomindel.extract.roles import RoleMatch

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
    return out
