"""The bodies one is on the staff of, by name: "the Narkomindel", "the Commissariat of
Foreign Trade", "the German Foreign Office", "the State Department", "the Soviet
diplomatic service". Read after a verb of employment (``staff_frames``) and before an
official's noun ("a Foreign Office official", ``roles``)."""

from __future__ import annotations

import re
from functools import cache

from narkomindel import gazetteer as gz

__all__ = [
    "BODY",
    "BODY_WORDS",
    "body_country",
    "body_alone",
    "foreign_body_of",
    "official_body_before",
    "with_body",
]

#: a body one works in, by its name (capitalised) or the service it is
BODY = (
    r"(?P<body>Narkomindel|NKID|Comintern|Profintern|Amtorg|Arcos|ARCOS|Intourist|TASS|Tass"
    r"|NKVD|OGPU|GPU|Cheka"
    r"|(?:People['’]s\s+)?Commissariat\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+"
    r"(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,2}"
    r"|(?:[A-Z][\w'’-]+\s+){1,2}Commissariat|[Ff]oreign\s+[Cc]ommissariat"
    r"|(?:Foreign|War|Colonial|India|Home)\s+Office|Foreign\s+Ministry"
    r"|Ministry\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,2}"
    r"|State\s+Department|Department\s+of\s+State"
    r"|(?P<service>(?:diplomatic|foreign|consular)\s+service))"
)
#: a word one of the bodies holds (a cheap test before the patterns)
BODY_WORDS = (
    "Narkomindel", "NKID", "Comintern", "Profintern", "Amtorg", "Arcos", "ARCOS", "Intourist",
    "TASS", "Tass", "NKVD", "GPU", "Cheka", "ommissariat", "Office", "Ministry", "State",
    " service",
)  # fmt: skip
#: the adjective of a state before the body ("the German Foreign Office")
ADJECTIVE = r"(?:(?P<adj>Soviet|Russian|U\.\s?S\.|US|{states})\s+)?"


#: the offices only one state names so: Whitehall's offices, Washington's department
_OWN_STATE = {"Foreign Office": "United Kingdom", "War Office": "United Kingdom",
              "Colonial Office": "United Kingdom", "India Office": "United Kingdom",
              "Home Office": "United Kingdom", "State Department": "United States",
              "Department of State": "United States"}  # fmt: skip


def body_country(adj: str | None, body: str = "") -> str | None:
    """The foreign state an adjective names, or a body's own name says ("the Foreign
    Office" is Whitehall's); None for the Soviet one, or none."""
    if adj in ("Soviet", "Russian"):
        return None
    if not adj:
        return _OWN_STATE.get(body)
    if adj.replace(" ", "") in ("U.S.", "US"):
        return "United States"
    country = gz.demonyms().get(adj)
    return None if country in ("USSR", "Russia") else country


# a body named right before an official's noun: "a Foreign Office official", "a senior
# NKID official", "State Department officials" (no service: "a foreign service officer"
# is a rank of its own)
@cache
def with_body(before: str, after: str) -> re.Pattern[str]:
    """``before``, a state's adjective if any, a body's name (:data:`BODY`), ``after``:
    compiled once for each use."""
    return re.compile(before + ADJECTIVE.format(states=gz.demonym_alternation()) + BODY + after)


_BEFORE_OFFICIAL = (
    r"(?<![\w'’-])",
    r"\s+(?:(?:senior|junior|minor|leading|responsible|high|middle-ranking|former)\s+)?$",
)


def official_body_before(text: str, pos: int) -> tuple[int, str, str | None] | None:
    """(start, body, state) of the body named right before ``pos`` (an official's noun)."""
    m = with_body(*_BEFORE_OFFICIAL).search(text, max(0, pos - 60), pos)
    if m is None or m.group("service"):
        return None
    body = re.sub(r"\s+", " ", m.group("body"))
    return m.start(), body, body_country(m.group("adj"), body)


def body_alone(inside: str) -> tuple[str, str | None] | None:
    """(body, state) when ``inside`` (a parenthesis after a name) is a body's name and
    nothing else: "X (Foreign Office) to Y", "X (the Narkomindel)" (no service)."""
    if not any(w in inside for w in BODY_WORDS):
        return None
    m = with_body(r"\s*(?:the\s+)?", r"\s*").fullmatch(inside)
    if m is None or m.group("service"):
        return None
    body = re.sub(r"\s+", " ", m.group("body"))
    return body, body_country(m.group("adj"), body)


# "the German Foreign Office's Eastern Division": the department after the body's possessive
_POSSESSED_DEPARTMENT = re.compile(
    r"['’]s\s+(?P<d>(?:[A-Z][\w'’-]*\s+(?:and\s+)?){1,4}(?:Department|Division|Section|Bureau))"
    r"(?![\w'’-])"
)


def foreign_body_of(text: str, pos: int, end: int, department: str) -> tuple[str, str, int] | None:
    """(department, state, end) of a department in a foreign state's body: the body right
    after ``pos`` ("… of the German Foreign Office"), or ``department`` itself the body
    before a possessive ("the German Foreign Office's Eastern Division"); None when no
    foreign state is named."""
    window = text[pos : min(end, pos + 80)]
    if window[:1] not in ("'", "’") and not any(w in window for w in BODY_WORDS):
        return None
    m = with_body(r"\s+(?:of|in|at)\s+(?:the\s+)?", r"(?![\w'’-])").match(text, pos, end)
    if m and not m.group("service"):
        country = body_country(m.group("adj"), re.sub(r"\s+", " ", m.group("body")))
        return (department, country, m.end()) if country else None
    pm = _POSSESSED_DEPARTMENT.match(text, pos, end)
    whole = body_alone(department)
    if pm and whole and whole[1]:
        return re.sub(r"\s+", " ", pm.group("d")), whole[1], pm.end()
    return None
