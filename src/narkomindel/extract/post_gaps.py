"""What may stand between a role phrase and its holder's name, and what a role takes from
the words around it (issue 11, attachment):

* **given names outside the mention** — "Governor Ettore Ranaldi", "Minister Kōji
  Hamada": when only the surname is a person mention, the capitalised words
  right before it (not places, not nationalities) are its given names, not a gap;
* **a term or a rank** — "the envoy to Oslo (1931–1933), Gen. X": a
  parenthesised term and a military rank before the name;
* **a genitive state** — "the Envoy of Norway (X)", "the consul of Peru, X,": the
  state after "of" sends a mission rank (its host is read from the context), and is the
  country of a state's own office ("Prime Minister of Chile");
* **"respectively"** — "X and Y, envoy to A and consul in B respectively": the n-th
  role is the n-th name's;
* **a place after the name** — "Consul X at Lima": the mission's host;
* **"there"** — "X arrived in Helsinki and became envoy there": the place named before
  the role in its sentence is the mission's.

Every pattern reads a bounded stretch of text, so time stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from narkomindel import gazetteer as gz
from narkomindel.extract.roles import RoleMatch, find_roles
from narkomindel.gazetteer.vocabulary import MISSION_ROLES, STATE_OFFICES, same_state
from narkomindel.model import Mention

__all__ = [
    "given_names_end", "TERM_AND_RANK", "of_state", "respectively", "there_place", "place_after_name",
    "shared_postings", "longest_place",
]  # fmt: skip

#: capitalised words that are no given names even right before a surname
_NOT_GIVEN = frozenset(
    "The A An And Of In To At On For By With From Mr Mrs Dr Sir Lord Herr Monsieur "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Soviet Red White".split()
)
_GIVEN = re.compile(r"(?:(?-i:[A-Z][^\W\d_]+|[A-Z]\.)\s){1,3}$")


def given_names_end(text: str, lo: int, mention_start: int) -> int:
    """Where the given names written right before a surname mention begin (``mention_start``
    when there are none): up to three capitalised words or initials between ``lo`` and
    the mention, none a known place, a nationality or a function word."""
    m = _GIVEN.search(text, max(lo, mention_start - 40), mention_start)
    if m is None:
        return mention_start
    places, demonyms = gz.places(), gz.demonyms()
    start = mention_start
    for w in reversed(re.findall(r"\S+", m.group(0))):
        bare = w.rstrip(".")
        if bare in _NOT_GIVEN or bare in places or bare in demonyms:
            break
        start -= len(w) + 1
    return max(start, lo)


Place = tuple[str, str, str]  # the gazetteer's entry: canonical name, kind, country ("" if none)


def longest_place(
    words: list[str], accept: Callable[[Place], bool] = lambda hit: True, strip: str = ".,"
) -> tuple[str, Place] | None:
    """The longest run of ``words`` from the first that the gazetteer knows as a place
    ``accept`` takes (each candidate with ``strip`` taken off its end), with its entry;
    None if there is none."""
    places = gz.places()
    for n in range(len(words), 0, -1):
        surface = " ".join(words[:n]).rstrip(strip)
        hit = places.get(surface)
        if hit and accept(hit):
            return surface, hit
    return None


def _posting(hit: Place) -> bool:
    """A state, or a city of a known state: a place a mission can be in."""
    return bool(hit[2] or hit[1] == "state")


#: "(1931–1933), Gen.": a term in parentheses, then a military rank, before a name
TERM_AND_RANK = re.compile(
    r"\s*(?:\(\s*(?:in\s+|from\s+|since\s+)?1[89]\d\d(?:\s*[-–—]\s*(?:1[89])?\d\d)?\s*\)\s*,?)?"
    # "the head of the People's Commissariat of Foreign Affairs (NKID), X": its abbreviation
    r"(?:\s*\((?-i:[A-Z][A-Za-z]{1,7})\)\s*,?)?"
    r"(?:\s*(?:Lt\.|Lieut\.|Maj\.|Brig\.)?\s*(?:Gen\.|General)\s+)?"
)

_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})")


def of_state(text: str, role: RoleMatch, e: int) -> tuple[RoleMatch, int] | None:
    """ "consul of Peru", "Prime Minister of Chile": the role with the state
    after "of" (a mission rank's sender, a state office's country) and where it ends;
    None if no known state follows."""
    if role.country or role.department or role.sender:
        return None
    m = _OF_STATE.match(text, role.end, e)
    if m is None:
        return None
    found = longest_place(m.group("state").split(), lambda hit: hit[1] == "state")
    if found is None:
        return None
    surface, hit = found
    end = m.start("state") + len(surface)
    if role.role in MISSION_ROLES:
        return replace(role, end=end, sender=hit[0]), end
    if role.role in STATE_OFFICES:
        return replace(role, end=end, country=hit[0]), end
    return None


_RESPECTIVELY = re.compile(r",?\s*respectively\b")
_PAIR_OPEN = re.compile(r"\*?\s*(?:\(|,)\s*")
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NAME_JOIN = re.compile(r"\*?\s*(?:,\s*(?:and\s+)?|and\s+)")


def respectively(
    text: str, mentions: list[Mention], persons: list[int], s: int, e: int
) -> list[tuple[int, RoleMatch, int, int]]:
    """ "X and Y (R1 and R2, respectively)", "X and Y, R1 and R2 respectively": each role
    of the coordinated list is the name's in the same place of the name list. Returns
    (holder, role, evidence start, evidence end) for each pair."""
    out: list[tuple[int, RoleMatch, int, int]] = []
    for m in _RESPECTIVELY.finditer(text, s, e):
        before = [i for i in persons if mentions[i].end <= m.start() and mentions[i].start >= s]
        if len(before) < 2:
            continue
        opening = _PAIR_OPEN.match(text, mentions[before[-1]].end, m.start())
        if opening is None or m.start() - opening.end() > 200:
            continue
        names = _name_run(text, mentions, before)
        shared = _adjectives_role(text, opening.end(), m.start())
        if shared is not None and len(names) >= 2 and len(shared[0]) == len(names):
            # "X and Y, the French and Soviet foreign ministers respectively": one plural
            # role, the n-th adjective's state the n-th name's
            for holder, state in zip(names, shared[0], strict=True):
                out.append((holder, _of_adjective(shared[1], state), mentions[holder].start,
                            shared[1].end))  # fmt: skip
            continue
        pieces = _pieces(text, opening.end(), m.start())
        if len(names) < 2 or len(pieces) != len(names):
            continue
        found = [_piece_role(text, a, b) for a, b in pieces]
        if any(r is None for r in found):
            continue
        for holder, role in zip(names, found, strict=True):
            assert role is not None
            out.append((holder, role, mentions[holder].start, role.end))
    return out


_ADJ_LIST = re.compile(r"\s*(?:the\s+)?(?P<adjs>[A-Z][a-z]+(?:\s*,\s*[A-Z][a-z]+)*,?\s+and)\s+")


def _adjectives_role(text: str, a: int, b: int) -> tuple[list[str], RoleMatch] | None:
    """ "the French, Polish and Soviet foreign ministers": the states of the adjectives
    coordinated before one plural role (its own adjective last), and the role; None
    unless every adjective is a nationality's."""
    m = _ADJ_LIST.match(text, a, b)
    if m is None:
        return None
    found = find_roles(text, m.end(), b)
    if len(found) != 1 or not found[0].plural or text[found[0].end : b].strip():
        return None
    role = found[0]
    demonyms = gz.demonyms()
    words = re.findall(r"[A-Z][a-z]+", m.group("adjs"))
    last = text[m.end() : role.start + 40].split()[:1]
    states = [demonyms.get(w) for w in words + last]
    if any(st is None for st in states):
        return None
    return [st for st in states if st], role


def _of_adjective(role: RoleMatch, state: str) -> RoleMatch:
    """The plural role as the office of one state: a state office's country, a mission
    rank's sender; the Soviet one is a Soviet office of no other country."""
    soviet = same_state(state, "USSR")
    if role.role in MISSION_ROLES:
        return replace(role, plural=False, country=None, soviet=soviet, sender=state)
    return replace(role, plural=False, country=None if soviet else state, soviet=soviet)


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out, pos = [], a
    for m in _SPLIT.finditer(text, a, b):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    return out


def _piece_role(text: str, a: int, b: int) -> RoleMatch | None:
    """The role that makes up the list item ``text[a:b]`` (with its state after "of")."""
    found = find_roles(text, a, b)
    if not found or text[a : found[0].start].strip().lower() not in ("", "the", "a", "an"):
        return None
    role = found[0]
    full = of_state(text, role, b)
    return full[0] if full else role


def _name_run(text: str, mentions: list[Mention], before: list[int]) -> list[int]:
    """The names coordinated at the end of ``before`` ("X, Y and Z")."""
    run = [before[-1]]
    for i in reversed(before[:-1]):
        gap = text[mentions[i].end : given_names_end(text, 0, mentions[run[0]].start)]
        if not _NAME_JOIN.fullmatch(gap):
            break
        run.insert(0, i)
    return run


_THERE = re.compile(r"\s+there\b")
_PLACE_IN = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?(?P<place>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)")


def there_place(text: str, role: RoleMatch, s: int) -> RoleMatch:
    """ "arrived in Helsinki in 1926 and became envoy there": a mission rank followed by
    "there" takes the last place named before it in its sentence (from ``s``)."""
    if role.country or role.department or role.role not in MISSION_ROLES:
        return role
    if not _THERE.match(text, role.end):
        return role
    places = gz.places()
    found = None
    for m in _PLACE_IN.finditer(text, max(s, role.start - 150), role.start):
        hit = places.get(m.group("place")) or places.get(m.group("place").split()[0])
        if hit and (hit[2] or hit[1] == "state"):
            found = (m.group("place"), hit[2] or hit[0])
    if found is None:
        return role
    return replace(role, country=found[1], place=found[0])


_IN_PLACE = re.compile(r"\s+(?:in|at)\s+(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)")


def place_after_name(text: str, role: RoleMatch, end: int, e: int) -> tuple[RoleMatch, int]:
    """ "Consul X at Lima", "Envoy X in Quito": a mission rank before a
    name takes the place right after the name; returns the role and where it ends."""
    if role.country or role.department or role.role not in MISSION_ROLES:
        return role, end
    m = _IN_PLACE.match(text, end, e)
    if m is None:
        return role, end
    found = longest_place(m.group("place").split(), _posting)
    if found is None:
        return role, end
    surface, hit = found
    country = hit[2] or hit[0]
    if role.sender and same_state(role.sender, country):
        return role, end  # "the German ambassador X in Berlin": at home
    return replace(role, country=country, place=surface), m.start("place") + len(surface)


_NEXT_PLACE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:to|in|at)\s+)?(?:the\s+)?"
    r"(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)"
)


def shared_postings(text: str, role: RoleMatch, e: int) -> list[tuple[str, int]]:
    """ "the consuls in Peru and Chile": the role's country, then each state
    listed after it, with where each ends (one entry per place, in order)."""
    if not role.country:
        return []
    out = [(role.country, role.end)]
    pos = role.end
    while len(out) < 6:
        m = _NEXT_PLACE.match(text, pos, e)
        found = longest_place(m.group("place").split()) if m else None
        if m is None or found is None or not _posting(found[1]):
            break
        surface, hit = found
        pos = m.start("place") + len(surface)
        out.append((hit[2] or hit[0], pos))
    return out
