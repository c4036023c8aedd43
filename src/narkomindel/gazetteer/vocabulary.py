"""The project's fixed vocabularies of offices and fates, in one place.

The role names are the *normalised* roles of ``roles.tsv`` and ``roles_ru.tsv``
(what extraction writes into a post's ``role``); the fate names are the values
extraction writes into a fate's ``value``. Every stage that classifies a role or
a fate imports these sets rather than keeping its own copy.
"""

from __future__ import annotations

import re

__all__ = [
    "HEAD_OF_MISSION",
    "SOVIET_STATES",
    "same_state",
    "NKID_ROLES",
    "SOVIET_ROLES",
    "DIPLOMATIC_ROLES",
    "role_class",
    "FATE_SEVERITY",
    "REPRESSION_FATES",
    "EXCLUSIVE_FATES",
    "FATES_CONTRADICTING_EXECUTION",
    "ROLE_CLASS_PATTERNS",
    "role_class_of",
    "FATE_CLASSES",
    "MISSION_ROLES",
    "STATE_OFFICES",
    "fate_class",
]

#: Heads of a mission abroad, whatever the period's title: one class when scoring or linking.
HEAD_OF_MISSION = frozenset({"ambassador", "polpred", "envoy", "minister"})

#: the Soviet state's canonical names (``places.tsv``), one state for its posts: a
#: Soviet rank is never hosted by it, a foreign rank in it serves there
SOVIET_STATES = frozenset({"USSR", "RSFSR", "Russia", "Soviet Union"})


def same_state(a: str | None, b: str | None) -> bool:
    """Are ``a`` and ``b`` one state (equal, or both names of the Soviet state)?"""
    return a == b or (a in SOVIET_STATES and b in SOVIET_STATES)


#: Roles that, held by a Soviet official or in a department, are posts of the commissariat.
NKID_ROLES = frozenset(
    {
        "people's commissar", "deputy commissar", "collegium member", "polpred", "ambassador",
        "envoy", "minister", "chargé d'affaires", "counsellor", "first secretary",
        "second secretary", "third secretary", "secretary", "attaché", "consul general",
        "vice consul", "consul", "head of department", "diplomatic courier",
        "trade representative", "representative",
    }
)  # fmt: skip

#: Roles only the Soviet state had: holding one makes a person a Soviet official.
SOVIET_ROLES = frozenset({"people's commissar", "deputy commissar", "polpred", "collegium member"})

#: Roles of the diplomatic service (with Soviet standing they make a person a diplomat).
DIPLOMATIC_ROLES = frozenset(
    {
        "ambassador", "polpred", "envoy", "minister", "chargé d'affaires", "counsellor",
        "first secretary", "second secretary", "third secretary", "attaché", "consul",
        "consul general", "vice consul", "trade representative", "deputy trade representative",
        "people's commissar", "deputy commissar", "collegium member", "diplomatic courier",
        "referent", "delegate",
    }
)  # fmt: skip


#: Ranks of a mission abroad (a post that may take its country from the context).
MISSION_ROLES = HEAD_OF_MISSION | {
    "chargé d'affaires", "head of mission", "counsellor", "first secretary",
    "second secretary", "third secretary", "attaché", "consul", "consul general",
    "vice consul", "trade representative", "representative",
}  # fmt: skip

#: Offices of a state's own government (they too take the country of the context).
STATE_OFFICES = frozenset(
    {"head of state", "prime minister", "foreign minister", "government minister", "chancellor"}
)


def role_class(role: str | None) -> str | None:
    """The class a role is compared by: every head of mission is "head of mission"."""
    return "head of mission" if role in HEAD_OF_MISSION else role


#: The graver fate wins when a person has several (arrested, then shot).
FATE_SEVERITY = {
    "executed": 9,
    "died in custody": 8,
    "died": 7,
    "sentenced": 6,
    "arrested": 5,
    "purged": 4,
    "defected": 3,
    "dismissed": 2,
    "recalled": 2,
    "survived": 1,
}
#: Fates of the repression: arrest and what followed it.
REPRESSION_FATES = frozenset({"executed", "died in custody", "sentenced", "arrested", "purged"})
#: A fate that cannot be true together with these (a conflict shown side by side).
EXCLUSIVE_FATES = {"survived": frozenset({"executed", "died in custody"}),
                   "defected": frozenset({"executed"})}  # fmt: skip
#: Fates in the texts that contradict a registry record's execution.
FATES_CONTRADICTING_EXECUTION = frozenset({"survived", "defected"})


#: Role classes of free-text role labels (a reference's "as stated" roles, or the
#: normalised roles extraction writes), tried in order: the first class with a
#: pattern found in the lower-cased label wins. One vocabulary for scoring and rules.
ROLE_CLASS_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "prime minister",
        r"prime minister|premier|chancellor|head of (?:the )?(?:\w+ )?government"
        r"|(?:president|chairman|head) of the (?:council|soviet) of (?:people's )?commissars",
    ),
    (
        "deputy commissar",
        r"(?:deputy|assistant|vice)[- ](?:foreign )?(?:people's )?commissar"
        r"|deputy foreign minister|deputy (?:people's )?commissar",
    ),
    (
        "foreign minister",
        r"foreign (?:minister|secretary)|(?<!under)(?<!under )(?<!under-)secretary of state"
        r"|minister (?:of|for) foreign affairs",
    ),
    ("chargé d'affaires", r"\bcharg[ée]s?\b(?! (?:of|with)\b)"),
    (
        "trade representative",
        r"trade (?:representative|delegat|mission)|torgpred"
        r"|controller of [\w' ]{0,40}trade",
    ),
    (
        "head of mission",
        r"ambassador|plenipotentiary|polpred(?!stv)|envoy|(?<!assistant )(?<!deputy )head of (?:an? |the )?"
        r"(?:soviet |russian |diplomatic |[\w-]+(?:ish|ian|ese|an) )?"
        r"(?:embassy|legation|mission|polpredstvo)|minister (?:to|in|at)\b|^minister$",
    ),
    ("people's commissar", r"commissar(?!iat)|narkom(?!indel)"),
    ("counsellor", r"counsell?or"),
    ("attaché", r"attach[ée]"),
    ("consul", r"consul"),
    ("secretary", r"secretary"),
    ("delegate", r"delegat|representative|spokesman"),
    ("head of state", r"\bpresident\b|\bking\b|\bemir\b|\bshah\b|\bsultan\b|head of state"),
    ("minister", r"minister"),
    ("head of department", r"\bhead\b|\bchief\b|director|in charge|chairman|leader"),
    ("staff", r"\bstaff\b|\bofficials?\b|\bworker\b|\bemployee\b"),
    ("member", r"member"),
    ("military", r"general|commander|officer|army|marshal|colonel|admiral"),
)


#: a rank of a mission's staff before "of …" is the class, whatever the body: "first
#: secretary of the polpredstvo" a secretary, "counsellor of the embassy" a
#: counsellor, "official of the commissariat of …" staff (not "secretary of state",
#: nor a compound "… and …", nor a rank that is the body of an office before it:
#: "chief of staff of the … Front" is a head, as "chief of staff" alone)
_RANK_OF = re.compile(
    r"^(?:(?!of\b)[\w-]+ ){0,2}?(counsell?or|secretary|attach[ée]|consul|staff|official|worker|employee)(?: general)?"
    r" (?:of|at)\b(?! state\b)(?!.*\band\b)"
)
# a member of a mission's staff: "member of the American embassy in Moscow", "a member of
# the Soviet mission in Kabul" (a delegation or a trade mission is classed by its own word)
_MEMBER_OF_MISSION = re.compile(
    r"^(?:[\w-]+ ){0,2}?members? of (?:the |an? )?(?!.*\b(?:trade|trading|delegation)\b)"
    r"(?:[\w'-]+ ){0,2}\b(?:embassy|legation|mission|consulate|polpredstvo)\b"
)
_RANKS = {"counsellor": "counsellor", "counselor": "counsellor", "secretary": "secretary",
          "attaché": "attaché", "attache": "attaché", "consul": "consul", "staff": "staff",
          "official": "staff", "worker": "staff", "employee": "staff"}  # fmt: skip


def role_class_of(role: str | None) -> str | None:
    """The class of a role label, stated freely ("plenipotentiary representative of
    the Soviet Union in Italy" → head of mission) or normalised ("polpred")."""
    if not role:
        return None
    low = role.lower().replace("’", "'")
    if _MEMBER_OF_MISSION.match(low):
        return "staff"
    rank = _RANK_OF.match(low)
    if rank:
        return _RANKS[rank.group(1)]
    for cls, pattern in ROLE_CLASS_PATTERNS:
        if re.search(pattern, low):
            return cls
    return "other"


#: Fate classes a reference and extraction are compared by (repression is one class).
FATE_CLASSES = {
    "executed": "repressed", "arrested": "repressed", "imprisoned": "repressed",
    "exiled": "repressed", "purged": "repressed", "sentenced": "repressed",
    "died in custody": "repressed", "died": "died", "assassinated": "died",
    "suicide": "died", "defected": "defected", "recalled": "recalled",
    "survived": "survived", "dismissed": "dismissed",
}  # fmt: skip


def fate_class(fate: str | None) -> str | None:
    """The class of a fate (executed, arrested … → "repressed"); None if unknown."""
    return FATE_CLASSES.get(fate or "")
