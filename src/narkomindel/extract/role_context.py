"""What stands around a role phrase and says whose it is: a state's adjective or possessor
before it ("the German Chancellor", "Sweden's foreign minister", "Norway's tall, courteous
Ambassador"), a "charge" that is the chargé d'affaires, the force before a military rank.
Split from :mod:`.roles` (which reads the role phrases themselves); every pattern reads a
bounded stretch before its position."""

from __future__ import annotations

import re

from narkomindel import gazetteer as gz

__all__ = [
    "MILITARY", "FORCE", "UNIT", "demonym_before", "sender_before", "sender_start", "a_charge", "military",
]  # fmt: skip


def demonym_before(text: str, pos: int) -> str | None:
    """ "the German Chancellor", "British Foreign Secretary": the state of the adjective;
    "Sweden's foreign minister": the state named as possessor."""
    before = text[max(0, pos - 30) : pos]
    pm = re.search(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+$", before)
    if pm:
        hit = gz.places().get(pm.group(1))
        return hit[0] if hit and hit[1] == "state" else None
    if _US_BEFORE.search(before):
        return "United States"  # "U.S. Ambassador X", "the US Under Secretary of State"
    m = re.search(r"([A-Z][a-z]+)\s+$", before)
    if m is None:
        return None
    return gz.demonyms().get(m.group(1))


#: the abbreviated United States written as the adjective of an office
_US_BEFORE = re.compile(r"(?<![\w.])(?:U\.\s?S\.(?:\s?A\.)?|USA|US)\s+$")


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
#: general"), a Red Army rank ("Corps Commander"), a military district after it, or as
#: a title before an east-European surname ("Marshal X"); not as a bare title before
#: another name. A force after the rank ("officer of the … army") was measured and cost
#: precision on the held-out texts, so it is not read here (verbs are: "served in the
#: Red Army", post_frames)
MILITARY = frozenset(
    {"general", "colonel", "commander", "deputy commander", "officer", "marshal", "admiral"}
)
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


# a command named after the rank: "commander of the Kiev Military District", "Commander of
# the Western Front", "commander of the 5th Army": capitalised words (or an ordinal) ending
# in the formation's noun. (Fronts and armies were once measured to cost a false positive
# on the held-out texts; re-measured with more military texts, see docs/accuracy.md)
_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth)"
)
# a formation numbered or named: "the 27th Rifle Division", "the 2nd Brigade of the 26th
# Rifle Division", "the Far Eastern Army", "the Baltic Fleet", "the Primorye Group of
# Forces" (capitalised words before the formation's noun; an ordinal before a noun of
# any formation, in either case, "the 8th army"; a name before the large ones only)
_FORMATION = (
    r"(?i:army|division|regiment|brigade|corps|battalion|squadron|flotilla|detachment"
    r"|group\s+of\s+forces|army\s+group)"
)
_NUMBERED_UNIT = (
    rf"{_ORDINAL}\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}{_FORMATION}"
    rf"(?:\s+of\s+the\s+{_ORDINAL}\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}{_FORMATION})?"
)
_NAMED_UNIT = (
    # not a state's whole army ("the Finnish Army"), the tsar's, nor the Salvation Army
    r"(?!(?:" + gz.demonym_alternation() + r"|Imperial|Salvation)\s)"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:Fleet|Flotilla|Group\s+of\s+Forces|Army\s+Group"
    r"|(?<!Red\s)(?<!White\s)Army)"
)
UNIT = re.compile(rf"\s+of\s+(?:the\s+)?(?P<d>{_NUMBERED_UNIT}|{_NAMED_UNIT})(?![\w'’])")
_COMMAND_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<d>(?:[A-Z][\w'’.-]*\s+){1,3}Military\s+District"
    # not a party's front ("the Popular Front", "the United Front")
    r"|(?!(?:Popular|United|National|People['’]s|Common|Patriotic|Left|Right)\s)"
    r"(?:(?:[1-4](?:st|nd|rd|th)\s+)?[A-Z][\w'’.-]*\s+){1,2}Front"
    rf"|{_NUMBERED_UNIT}|{_NAMED_UNIT})(?![\w'’])"
)
# the Soviet title of the highest ranks: "Marshal of the Soviet Union", "Admiral of the
# Fleet of the Soviet Union" (the Red Army's, as the reference has it)
_OF_THE_SOVIET_UNION = re.compile(
    r"\s+of\s+the\s+(?:Fleet\s+of\s+the\s+)?(?:Soviet\s+Union|USSR)(?![\w'’])"
)
# "a colonel in the Red Army", "a general of the Soviet Army": the Soviet force named
# after the rank (only the Soviet forces by name; another force after a rank was measured
# to cost precision, see above)
_SOVIET_FORCE_AFTER = re.compile(
    r"\s+(?:of|in)\s+the\s+(?P<d>(?:Workers['’]\s+and\s+Peasants['’]\s+)?Red\s+(?:Army|Navy|Fleet)"
    r"|Soviet\s+(?:Army|Navy))(?![\w'’])"
)
# "given the rank of captain in the Red Army": a rank as such, with the force it is
# held in (a rank alone names no body to compare, so it is not read without one)
_RANK_OF = re.compile(r"\brank\s+of\s+(?:(?:a|an|full)\s+)?$", re.I)
_RANK_BODY = re.compile(
    r"\s+(?:in|of)\s+the\s+(?P<d>(?:[A-Z][\w'’-]*\s+){0,4}(?:[A-Z][\w'’-]*|army|navy|department))"
    r"(?![\w'’])"
)
#: ranks that name their formation themselves: the Red Army's ranks of 1935-40
#: ("Corps Commander Ivanov", "Komdiv Petrov")
_SOVIET_RANK = re.compile(
    r"^(?:(?:army|corps|division(?:al)?|brigade)\s+commander|kom(?:andarm|kor|div|brig))$",
    re.I,
)


# "general" as an adjective of what follows: no rank
_NOT_A_RANK = re.compile(
    r"\s+(?:staff|strike|election|assembly|secretar|headquarters|line|plan|public|consul)", re.I
)


def military(
    text: str, m: re.Match[str], end: int
) -> tuple[str | None, str | None, int, int] | None:
    """A military rank's (department, country, start, end), or None if it is no post."""
    start = m.start("role") if not m.group("pre").strip() else m.start()
    if _SOVIET_RANK.match(re.sub(r"\s+", " ", m.group("role"))):
        # "a Red Army commander": the force before is part of the phrase
        red = re.search(r"\bRed\s+$", text[max(0, start - 5) : start])
        return "Red Army", None, (start - len(red.group()) if red else start), m.end()
    if m.group("role").lower().startswith(("marshal", "admiral")) and (
        su := _OF_THE_SOVIET_UNION.match(text, m.end(), end)
    ):
        return "Red Army", None, start, su.end()  # "a Marshal of the Soviet Union"
    if m.group("role").lower().startswith(
        ("commander", "deputy commander", "assistant commander")
    ) and (cm := _COMMAND_AFTER.match(text, m.end(), end)):
        return re.sub(r"\s+", " ", cm.group("d")), None, start, cm.end()
    if sf := _SOVIET_FORCE_AFTER.match(text, m.end(), end):
        return re.sub(r"\s+", " ", sf.group("d")), None, start, sf.end()
    if _RANK_OF.search(text, max(0, start - 20), start) and (
        rb := _RANK_BODY.match(text, m.end(), end)
    ):
        return re.sub(r"\s+", " ", rb.group("d")), None, start, rb.end()
    ub = _UNIT_BEFORE.search(text, max(0, start - 20), start)
    if ub:
        unit = ub.group("unit")
        low = unit.lower()
        force = "army" if low in ("tsarist", "czarist", "imperial", "white", "staff") else (
            "navy" if low == "naval" else None)  # fmt: skip
        return (f"{unit} {force}" if force else unit), None, ub.start(), m.end()
    if _NOT_A_RANK.match(text, m.end()):
        return None  # "the Soviet general staff", "a German general strike"
    country = "USSR" if "soviet" in m.group("pre").lower() else demonym_before(text, start)
    if country == "USSR":  # "a Soviet general", "the Soviet commander": the Red Army's
        return "Red Army", None, start, m.end()
    if country is not None:
        return None, country, start, m.end()
    if (tm := _TITLE_BEFORE_NAME.match(text, m.end(), end)) and m.group("role")[0].isupper():
        # "Marshal Voroshilov", "General Yakir": a rank as a title; an east-European
        # surname without a state's adjective before it is the Red Army's
        surname = tm.group("surname").lower()
        if not surname.endswith(_POLISH_ENDINGS) and any(
            surname.endswith(e) and len(surname) > len(e) + 1 for e in gz.surname_endings()
        ):
            return "Red Army", None, start, m.end()
    return None  # a bare title before another name says neither force nor state


#: the Polish spellings of east-European endings ("-ski", "-wicz"): a
#: Russian name is transliterated "-sky"
_POLISH_ENDINGS = ("ski", "ska", "cki", "zki", "wicz")


# a name after a rank used as a title: "Marshal K. E. Voroshilov", "General Yakir"
_TITLE_BEFORE_NAME = re.compile(
    # (a given name before an initial too: "Colonel Ivan F. Petrov")
    r"\s+(?:[A-Z]\.\s*){0,3}(?:[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?){0,2}(?P<surname>[A-Z][a-z]{2,})"
    r"(?![\w'’-])"
)
