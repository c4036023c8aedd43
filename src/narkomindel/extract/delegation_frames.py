"""Delegates named from the delegation's or the conference's side.

"The Soviet delegation to Genoa included X, Y and Z", "the delegation, which consisted
of X and Y," (each a delegate); "X attended the Genoa Conference as a delegate", "X took
part in the Lausanne Conference as a member of the Soviet delegation", "X represented
the Soviet Union at the League of Nations" (a delegate to that body). A conference in a
city of another state is held in that state (:func:`host.conference_host`). Each pattern
runs only where its keyword occurs in the sentence.
"""

from __future__ import annotations

import re

from narkomindel.extract.host import conference_host
from narkomindel.extract.roles import RoleMatch
from narkomindel.model import Mention

__all__ = ["delegation_members", "conference_delegates"]

_HONORIFIC = r"(?:(?:Mr\.?|M\.|Mme\.?|Comrade|Sir|Herr|Dr\.?|Count|Baron|Prince|General)\s+)?"
_WHERE = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
# "The Soviet delegation to Genoa (, which) included / consisted of / was composed of"
_MEMBERS = re.compile(
    r"\b(?P<body>(?:(?:Soviet|Russian|Bolshevik|RSFSR)\s+)?delegation"
    rf"(?:\s+(?:to|at)\s+(?:the\s+)?{_WHERE})?)"
    r"(?:\s+(?:in|of)\s+1[89]\d\d)?"
    r"(?:\s*,\s*which\s+|\s+)(?:(?:also|then|originally)\s+)?"
    r"(?:included|comprised|consisted\s+of|(?:was|were)\s+(?:composed|made\s+up)\s+of)\s+"
)
_NEXT_MEMBER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_TITLE_GAP = re.compile(_HONORIFIC)
_MEMBER_VERBS = ("included", "comprised", "consisted", "composed", "made")

# "attended the Genoa Conference as a delegate", "took part in the Hague Conference (in
# 1922) as a member of the Soviet delegation"
_AS_DELEGATE = re.compile(
    r"\b(?:attended|took\s+part\s+in|participated\s+in|was\s+present\s+at)\s+the\s+"
    r"(?P<body>(?:[A-Z][\w'’.-]*\s+){1,4}(?:Conference|Congress))"
    r"(?:\s+(?:of|in)\s+1[89]\d\d)?\s*,?\s+as\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:(?:Soviet|Russian|chief|principal|leading)\s+)?"
    r"(?P<role>delegate|representative|member\s+of\s+the\s+(?:(?:Soviet|Russian)\s+)?delegation"
    r"|(?:head|chairman|leader)\s+of\s+the\s+(?:(?:Soviet|Russian)\s+)?delegation)(?![\w'’])"
)
# "represented the Soviet Union at the League of Nations / the Disarmament Conference"
_REPRESENTED_AT = re.compile(
    r"\brepresented\s+(?:the\s+)?(?:Soviet\s+Union|USSR|U\.S\.S\.R\.|Soviet\s+Russia|RSFSR"
    r"|Soviet\s+[Gg]overnment|his\s+country|her\s+country)\s+(?:at|in|on)\s+the\s+"
    r"(?P<body>League\s+of\s+Nations|League\s+Council|Council\s+of\s+the\s+League(?:\s+of\s+Nations)?"
    r"|(?:[A-Z][\w'’.-]*\s+){1,4}(?:Conference|Congress|Commission))(?![\w'’])"
)


def delegation_members(
    text: str, ms: list[Mention], persons: list[int], s: int, e: int
) -> list[tuple[int, RoleMatch]]:
    """(member, delegate's post) of each delegation whose members a sentence lists."""
    sent = text[s:e]
    if "delegation" not in sent or not any(v in sent for v in _MEMBER_VERBS):
        return []
    out: list[tuple[int, RoleMatch]] = []
    starts = {ms[i].start: i for i in persons}
    for m in _MEMBERS.finditer(text, s, e):
        body = re.sub(r"\s+", " ", m.group("body"))
        rm = conference_host(RoleMatch(m.start(), m.end(), "delegate", False, False, None,
                                       None, body))  # fmt: skip
        i = _member_at(text, starts, m.end())
        while i is not None and not text.startswith(("'s", "’s"), ms[i].end):
            out.append((i, rm))
            nxt = _NEXT_MEMBER.match(text, ms[i].end, e)
            i = _member_at(text, starts, nxt.end()) if nxt else None
    return out


def _member_at(text: str, starts: dict[int, int], pos: int) -> int | None:
    """The person named at ``pos``, a title ("M.", "Comrade") before the name allowed."""
    if pos in starts:
        return starts[pos]
    title = _TITLE_GAP.match(text, pos)
    return starts.get(title.end()) if title else None


def conference_delegates(text: str, s: int, e: int) -> list[RoleMatch]:
    """The delegate's posts a verb states in ``text[s:e]``, each starting at its verb."""
    sent = text[s:e]
    out: list[RoleMatch] = []
    if ("Conference" in sent or "Congress" in sent) and re.search(r"\bas\b", sent):
        for m in _AS_DELEGATE.finditer(text, s, e):
            role = "head of delegation" if m.group("role")[0] in "hcl" else "delegate"
            body = re.sub(r"\s+", " ", m.group("body"))
            out.append(conference_host(RoleMatch(m.start(), m.end(), role, False, False,
                                                 None, None, body)))  # fmt: skip
    if "represented" in sent:
        for m in _REPRESENTED_AT.finditer(text, s, e):
            body = re.sub(r"\s+", " ", m.group("body"))
            out.append(conference_host(RoleMatch(m.start(), m.end(), "delegate", False, False,
                                                 None, None, body)))  # fmt: skip
    return out
