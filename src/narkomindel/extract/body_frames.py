"""Posts stated from the body's side: a body headed by its holder, a paper edited by him.

"The Press Department, headed by X,", "the Legal Department was led by X", "under the
direction of X and Y, the Z Trust grew" (the head of a department or of a body by its own
noun), "X edited Pravda" (its editor). Each pattern runs only where its keyword occurs.
"""

from __future__ import annotations

import re

from narkomindel import gazetteer as gz
from narkomindel.extract.roles import RoleMatch, department_in
from narkomindel.model import Mention

__all__ = ["bodies_headed", "edited"]

_NOUN = (
    r"(?:Department|Division|Section|Bureau|Directorate|Commission|Committee|Board|Trust"
    r"|Administration|Agency|Secretariat)"
)
_DET = r"(?:The|A|An|This|That|Its|His|Her|Their)\s"
_HONORIFIC = r"(?:(?:Mr\.?|M\.|Comrade|Sir|Herr|Dr\.?)\s+)?"
# "the Press Department, headed by X", "the Legal Department of the NKID was led by X"
_HEADED_BY = re.compile(
    rf"(?P<d>(?:(?!{_DET})[A-Z][\w'’-]*\s+(?:and\s+)?){{1,4}}{_NOUN})"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?"
    r"(?:\s*,\s*|\s+(?:was|were|had\s+been)\s+(?:(?:then|first|later|now|long)\s+)?)"
    r"(?:headed|led|directed|run|chaired)\s+by\s+" + _HONORIFIC
)
# "under the direction of X and Y, Amtorg expanded": the body the clause is about
_UNDER = re.compile(
    r"\b[Uu]nder\s+the\s+(?:direction|leadership|management|chairmanship)\s+of\s+" + _HONORIFIC
)
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+|$)|and\s+|,\s*)+")
_BODY_AFTER = re.compile(
    rf"\s*,\s*(?:the\s+)?(?P<b>(?:(?!{_DET})[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){{0,4}}"
    rf"(?:{_NOUN}|[A-Z][\w'’-]+))(?=\s+[a-z])"
)
# "X edited Pravda", "X co-edited the journal Iskra": its editor (a title of one or two
# capitalised words, not a book's: "edited the Collected Works of Lenin" is no post)
_EDITED = re.compile(
    r"\b(?:edited|co-edited)\s+(?:the\s+)?(?:(?:newspaper|journal|magazine|paper|weekly|daily"
    r"|monthly|review|organ)\s+)?(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])"
    r"(?!\s+(?:of|on|and)\b)"
)
_NOT_A_PAPER = frozenset(
    {"Works", "Papers", "Letters", "Documents", "Collection", "Memoirs", "Diaries", "History",
     "Selected", "Collected", "Complete", "Volume", "Essays", "The"}
)  # fmt: skip


def _department(words: str) -> str:
    dep = department_in(words)
    return dep[0] if dep and dep[1] == 0 and dep[2] == len(words) else re.sub(r"\s+", " ", words)


def _body(words: str) -> str | None:
    """A body named by ``words``: a department, a body by its own noun, a known
    organisation; not a state, a place or a people ("under the leadership of X, Russia")."""
    if re.search(rf"{_NOUN}$", words):
        return _department(words)
    org = gz.organisations().get(words)
    return org[0] if org else None


def bodies_headed(
    text: str, ms: list[Mention], persons: list[int], s: int, e: int
) -> list[tuple[int, RoleMatch]]:
    """(holder, role) of each body headed by a person named in ``text[s:e]``."""
    out: list[tuple[int, RoleMatch]] = []
    sent = text[s:e]
    if " by " in sent and any(w in sent for w in ("headed", "led", "directed", "run", "chaired")):
        for m in _HEADED_BY.finditer(text, s, e):
            nxt = [i for i in persons if ms[i].start == m.end()]
            if nxt:
                rm = RoleMatch(m.start(), ms[nxt[0]].end, "head of department", False, False,
                               None, None, _department(m.group("d").strip()))  # fmt: skip
                out.append((nxt[0], rm))
    if "nder the " in sent:
        for m in _UNDER.finditer(text, s, e):
            # "of X and Y,": the names up to the comma (a capitalised word not read as a
            # name may stand among them), then the body
            comma = text.find(",", m.end(), min(e, m.end() + 80))
            names = text[m.end() : comma] if comma > 0 else ""
            holders = [i for i in persons if m.end() <= ms[i].start and ms[i].end <= comma]
            if not holders or not _NAME_RUN.fullmatch(names):
                continue
            ba = _BODY_AFTER.match(text, comma, e)
            body = _body(ba.group("b").strip()) if ba else None
            if ba is None or body is None:
                continue
            rm = RoleMatch(m.start(), ba.end("b"), "head of department", False, False,
                           None, None, body)  # fmt: skip
            out += [(i, rm) for i in holders]
    return out


def edited(text: str, s: int, e: int) -> list[RoleMatch]:
    """The editor's post of each paper ``text[s:e]`` says was edited (its subject is the
    caller's to find)."""
    if "edited" not in text[s:e]:
        return []
    out = []
    for m in _EDITED.finditer(text, s, e):
        b = m.group("b")
        if set(b.split()) & _NOT_A_PAPER or gz.places().get(b) or b in gz.demonyms():
            continue
        out.append(RoleMatch(m.start(), m.end("b"), "editor", False, False, None, None, b))
    return out
