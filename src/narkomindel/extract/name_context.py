"""Offices right after a name (part of ``extract.names``): a word that holds an office
("X had been Ambassador in Berlin", "…; and X, Director of the Legal Department") is a
person, and a name with its office after it is an actor, not a scholar before a title."""

from __future__ import annotations

import re

from narkomindel import gazetteer as gz
from narkomindel.extract.roles import find_roles

__all__ = ["holds_office", "office_follows"]

_ROLE_PREDICATE = re.compile(
    r",\s+|\s+(?P<verb>(?:had|has|have)\s+been|was|is|became|becomes|served\s+as|remained"
    r"|was\s+(?:appointed|named|made))\s+(?:as\s+)?"
    r"(?:(?:the|a|an|then|later|first|also|now|still|Soviet|deputy|acting|former)\s+)*"
    # "X was Polish Minister in Moscow", "X became Japan's ambassador": the sending state
    r"(?:(?:" + gz.demonym_alternation() + r"|(?-i:[A-Z][a-z]+['’]s))\s+)?"
)


def holds_office(text: str, end: int, sentence_start: bool) -> str | None:
    """ "X had been Ambassador in Berlin", "X became Deputy Commissar", "…; and X, Director
    of the Legal Department": a word that holds an office (one, not "Envoys") is a person."""
    if text.startswith(", the ", end) and _closed_apposition(text, end):
        return "holds an office"
    m = _ROLE_PREDICATE.match(text, end, min(len(text), end + 60))
    if m is None or (sentence_start and m.group("verb") is None):
        return None
    roles = find_roles(text, m.end(), min(len(text), m.end() + 80))
    if not roles or roles[0].start > m.end() + 1 or roles[0].plural:
        return None
    return "holds an office"


_APPOSITION_GAP = re.compile(r",\s+the\s+(?:[A-Za-z]+\s+){0,3}")


def _closed_apposition(text: str, end: int) -> bool:
    """ "X, the Italian envoy, left": an office between commas right after the word."""
    roles = find_roles(text, end, min(len(text), end + 80))
    if not roles or roles[0].plural:
        return False
    r = roles[0]
    return bool(_APPOSITION_GAP.fullmatch(text, end, r.start)) and text.startswith(",", r.end)


def office_follows(text: str, e: int) -> bool:
    """ "X, Ambassador to China (1924-26)", "X, Deputy Commissar, to Y, 12 May 1925": an
    office right after the name makes it an actor (a document's author, the holder),
    not a scholar's name before a title."""
    m = re.match(r"(?:['’]s)?\s*,\s+(?:(?:the|then|former|acting|Soviet)\s+)?", text[e : e + 40])
    if m is None:
        return False
    pos = e + m.end()
    roles = find_roles(text, pos, min(len(text), pos + 80))
    if not roles or roles[0].start > pos + 1 or roles[0].plural:
        return False  # "X, Envoys of the North (London, 1979)": a title
    r = roles[0]
    return bool(r.country or r.department) or bool(
        re.match(r"\s*[,;(]|\s*$", text[r.end : r.end + 3])
    )
