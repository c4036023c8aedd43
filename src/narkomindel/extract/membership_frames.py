"""Memberships of a body told with no role word: an organ joined, entered or sat on
("joined the Politburo", "was co-opted onto the Presidium", "sat on the Revolutionary
Military Council", "joined the collegium of the Foreign Commissariat"), and a body that
lists its members ("The Soviet delegation to Genoa consisted of X, Y and Z").

An organ must end in a noun of an organ (Committee, Politburo, Council, …), so "joined
the Party", "entered Moscow" or "sat on the bench" are no posts. Each pattern is tried
only where one of its verbs stands in the sentence."""

from __future__ import annotations

import re

from narkomindel.extract.roles import RoleMatch
from narkomindel.model import Mention

__all__ = ["bodies_joined", "bodies_listed"]

_ORGAN = (
    r"(?:Committee|Politburo|Orgburo|Secretariat|Presidium|Collegium|Council|Commission"
    r"|Board|Bureau|Sovnarkom)"
)
# the verbs that put one on an organ ("was elected to" is read in post_frames)
_JOIN_VERB = (
    r"\b(?:joined|joining|entered|entering|(?:was|were)\s+(?:appointed|named|admitted|brought|"
    r"promoted|co-?opted|elevated)\s+(?:to|on|onto|into)|co-?opted\s+(?:on|onto|into)"
    r"|(?:sat|sitting|served|serving)\s+on)\s+the\s+"
)
_CAP = r"[A-Z][\w'’.-]*"
# "the Central Committee", "the Revolutionary Military Council of the Republic", "the
# powerful Politburo": capitalised words (an adjective in lower case may come first) that
# end in an organ's noun, then "of the <Capitalised …>" if one follows
_JOINED = re.compile(
    _JOIN_VERB + r"(?:(?:powerful|all-powerful|ruling|newly\s+(?:formed|created)|new|"
    r"prestigious|influential|party)\s+)?"
    r"(?P<body>(?:(?:" + _CAP + r"\s+){0,4}" + _ORGAN + r"|(?:" + _CAP + r"\s+){1,4}Soviet)"
    r"(?![\w'’-])"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?"
    + _CAP
    + r"(?:\s+(?:(?:of|for|and|the)\s+){0,2}"
    + _CAP
    + r"){0,5})?)"
)
# "joined the collegium of the Foreign Commissariat": an organ in lower case of a body
_JOINED_ORGAN_OF = re.compile(
    _JOIN_VERB + r"(?P<organ>collegium|board|presidium|praesidium)\s+of\s+(?:the\s+)?"
    r"(?P<body>" + _CAP + r"(?:\s+(?:(?:of|for|and|the)\s+){0,2}" + _CAP + r"){0,5})"
)
_JOIN_WORDS = ("join", "enter", "sat", "sitting", "served", "serving", "opted",
               "appointed", "named", "admitted", "brought", "promoted", "elevated")  # fmt: skip
_NOT_AN_ORGAN = re.compile(r"^(?:Security|United|Supreme\s+War)\b")


def bodies_joined(text: str, s: int, e: int) -> list[RoleMatch]:
    """Memberships of an organ a verb states in ``text[s:e]``, each starting at its verb."""
    chunk = text[s:e]
    if not any(w in chunk for w in _JOIN_WORDS):
        return []
    out: list[RoleMatch] = []
    for m in _JOINED.finditer(text, s, e):
        body = re.sub(r"\s+", " ", m.group("body")).rstrip(".")
        if _NOT_AN_ORGAN.match(body):
            continue  # the Security Council, the United Nations … are no Soviet organs
        out.append(RoleMatch(m.start(), m.start("body") + len(body), "member", False, False,
                             None, None, body))  # fmt: skip
    for m in _JOINED_ORGAN_OF.finditer(text, s, e):
        body = re.sub(r"\s+", " ", m.group("body")).rstrip(".")
        role = "collegium member" if m.group("organ") == "collegium" else "member"
        end = m.start("body") + len(body)
        out.append(RoleMatch(m.start(), end, role, False, False, None, None, body))
    return out


# "The Soviet delegation to the Genoa Conference consisted of X, Y and Z", "The collegium
# of the commissariat included X and Y": a body that lists its members
_LISTED = re.compile(
    r"\b[Tt]he\s+(?P<body>(?:(?:Soviet|Russian|Bolshevik|new|first)\s+)?"
    r"(?P<noun>delegation|collegium|Collegium|board|presidium|Presidium|Politburo|commission"
    r"|Commission|(?:Central|Executive|Revolutionary|Military|[A-Z][a-z]+)\s+Committee)"
    r"(?:\s+(?:of|to|at|for)\s+(?:the\s+)?"
    + _CAP
    + r"(?:\s+(?:(?:of|for|the|and)\s+){0,2}"
    + _CAP
    + r"){0,5})?)\s+(?:(?:then|now|at\s+first)\s+)?(?:consisted\s+of|included|comprised"
    r"|was\s+(?:composed|made\s+up)\s+of)\s*:?\s+"
)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:(?:Mr\.?|M\.|Comrade)\s+)?")
_LIST_WORDS = ("consisted", "included", "comprised", "composed", "made")


def bodies_listed(
    text: str, ms: list[Mention], persons: list[int], s: int, e: int
) -> list[tuple[int, RoleMatch]]:
    """(member, role) of each person a body lists as its members in ``text[s:e]``: the
    names right after the verb, each coordinated with the one before (a name after an
    apposition is no longer in the list)."""
    chunk = text[s:e]
    if not any(w in chunk for w in _LIST_WORDS):
        return []
    out: list[tuple[int, RoleMatch]] = []
    for m in _LISTED.finditer(text, s, e):
        body = re.sub(r"\s+", " ", m.group("body")).rstrip(".")
        noun = m.group("noun").lower()
        role = ("delegate" if noun == "delegation" else
                "collegium member" if noun == "collegium" else "member")  # fmt: skip
        if role == "collegium member":
            of = re.search(r"\s(?:of|for)\s+(?:the\s+)?(.+)$", body)
            body = of.group(1) if of else "NKID"
        pos, members = m.end(), []
        for i in persons:
            if ms[i].start < pos:
                continue
            gap = text[pos : ms[i].start]
            if pos == m.end() and not re.fullmatch(r"(?:(?:Mr\.?|M\.|Comrade)\s+)?", gap):
                break
            if pos != m.end() and not _LIST_GAP.fullmatch(gap):
                break
            if text.startswith(("'s", "’s", "'", "’"), ms[i].end):
                break  # "consisted of X's friends": X owns the members, is none of them
            members.append(i)
            pos = ms[i].end
        rm = RoleMatch(m.start(), m.end(), role, False, False, None, None, body)
        out += [(i, rm) for i in members]
    return out
