"""What stands around a role phrase and says whose it is: a state's adjective or possessor
before it ("the German Chancellor", "Sweden's foreign minister", "Norway's tall, courteous
Ambassador"), a "charge" that is the chargé d'affaires, the force before a military rank.
Split from :mod:`.roles` (which reads the role phrases themselves); every pattern reads a
bounded stretch before its position."""

from __future__ import annotations

import re

from narkomindel import gazetteer as gz

__all__ = [
    "MILITARY", "FORCE", "demonym_before", "sender_before", "sender_start", "a_charge", "military",
]  # fmt: skip


def demonym_before(text: str, pos: int) -> str | None:
    """ "the German Chancellor", "British Foreign Secretary": the state of the adjective;
    "Sweden's foreign minister": the state named as possessor."""
    before = text[max(0, pos - 30) : pos]
    pm = re.search(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+$", before)
    if pm:
        hit = gz.places().get(pm.group(1))
        return hit[0] if hit and hit[1] == "state" else None
    m = re.search(r"([A-Z][a-z]+)\s+$", before)
    if m is None:
        return None
    return gz.demonyms().get(m.group(1))


#: a state's possessor or adjective, then a few words describing the rank ("new",
#: "former", an adverb) or a comma-joined run of adjectives ("tall, courteous")
_SENDER = re.compile(
    r"(?:(?P<poss>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s|\b(?P<adj>[A-Z][a-z]+))\s+"
    r"(?:(?:new|young|veteran|former|then|first|last|able|[a-z]+ly)\s*,?\s+){0,3}"
    r"(?:(?:[a-z]{3,},\s+){1,2}[a-z]{3,}\s+)?$"
)


def sender_before(text: str, pos: int) -> str | None:
    """The state a mission rank serves, named before it: "the German ambassador",
    "Norway's tall, courteous Ambassador"."""
    found = demonym_before(text, pos)
    if found is not None:
        return found
    m = _SENDER.search(text, max(0, pos - 50), pos)
    if m is None:
        return None
    if m.group("poss"):
        hit = gz.places().get(m.group("poss"))
        return hit[0] if hit and hit[1] == "state" else None
    return gz.demonyms().get(m.group("adj"))


def sender_start(text: str, pos: int) -> int | None:
    """Where a state's adjective or possessor before a rank at ``pos`` begins."""
    m = _SENDER.search(text, max(0, pos - 50), pos)
    return m.start() if m else None


_NOT_A_CHARGE = re.compile(r"\s+(?:of|against|that|with|for|sheet|was\s+(?:made|brought|laid))\b")


def a_charge(text: str, m: re.Match[str], pre: str) -> bool:
    """A "charge" without its accent is the chargé d'affaires when it is capitalised or
    follows a state's adjective ("the American charge in Moscow"), and is not the charge
    of an indictment ("in charge of", "the charge against him")."""
    if _NOT_A_CHARGE.match(text, m.end()) or re.search(
        r"\bin\s+$", text[max(0, m.start() - 4) : m.start()]
    ):
        return False
    return (
        m.group("role")[0] == "C" or "soviet" in pre or demonym_before(text, m.start()) is not None
    )


#: military ranks and commands (gazetteer/roles.tsv): a post only with the force before
#: them ("a tsarist officer", "a Red Army commander") or a state's adjective ("a German
#: general"); not as a bare title ("General Orlov"), where "general" is mostly an
#: adjective. A force after the rank ("officer of the … army") was measured and cost
#: precision on the held-out texts, so it is not read here (verbs are: "served in the
#: Red Army", post_frames)
MILITARY = frozenset({"general", "colonel", "commander", "officer", "marshal", "admiral"})
FORCE = (
    r"(?:army|navy|fleet|(?<!popular\s)(?<!united\s)(?<!national\s)front|guards?"
    r"|(?<!diplomatic\s)(?<!consular\s)(?<!press\s)corps|cavalry|artillery|infantry|air\s+force|"
    r"forces|general\s+staff|cheka|ogpu|gpu|nkvd|legion|regiment|brigade|battalion|detachment|"
    r"squadron|flotilla|garrison|military\s+district|partisans)"
)
# "a tsarist officer", "a Red Army commander", "a naval officer": the force before the rank
_UNIT_BEFORE = re.compile(
    r"(?P<unit>(?i:tsarist|czarist|imperial|white|naval|cavalry|artillery|infantry|army|staff"
    r"|secret[- ]police|political\s+police|police|intelligence|security)"
    r"|Red\s+Army|Red\s+Guard|White\s+Army|Imperial\s+Army|Cheka|OGPU|GPU|NKVD|NKGB|GRU)\s+$"
)


def military(
    text: str, m: re.Match[str], end: int
) -> tuple[str | None, str | None, int, int] | None:
    """A military rank's (department, country, start, end), or None if it is no post."""
    start = m.start("role") if not m.group("pre").strip() else m.start()
    ub = _UNIT_BEFORE.search(text, max(0, start - 20), start)
    if ub:
        unit = ub.group("unit")
        low = unit.lower()
        force = "army" if low in ("tsarist", "czarist", "imperial", "white", "staff") else (
            "navy" if low == "naval" else None)  # fmt: skip
        return (f"{unit} {force}" if force else unit), None, ub.start(), m.end()
    country = demonym_before(text, start)
    if country is not None and country != "USSR":
        return None, country, start, m.end()
    return None  # a bare title ("General Orlov") says neither force nor state
