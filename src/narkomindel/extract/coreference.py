"""Who a claim's holder is when the sentence does not name them.

One step shared by the post and the fate rules (:mod:`.claims`): a sentence may state
a post or a fate of someone named in another sentence, by a pronoun ("She was
recalled in 1937"), by a definite description of a role ("The envoy was recalled"),
or as the person the page is about (an encyclopedia biography whose sentences drop
the name). The model is a salience order per paragraph:

1. the subject of the last sentence that named someone;
2. the page's topic (:func:`page_topic`);
3. the persons named earlier in the paragraph, the latest first.

"he/his/him" and "she/her" take the most salient person not known to be of the other
gender, a gender being known (a title such as Mme, Mrs, Miss, Madame, Lady, Sir, Mr, M.; a given name of
the gazetteer ending in -a; a Russian surname in -ova, -eva, -ina, -aya, -skaia), else
the most salient, never one of the other gender. A definite role description takes
the last person named in the document who holds a post of that role class. Nothing
is carried into a quoted speech, nor out of a sentence listing several persons.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from narkomindel import gazetteer as gz
from narkomindel.extract.roles import RoleMatch
from narkomindel.gazetteer.vocabulary import role_class_of
from narkomindel.model import Claim, Mention

__all__ = [
    "Salience", "gender_of", "pronoun_gender", "page_topic", "DESCRIPTION", "GOVERNED",
    "OBJECT_PRONOUN",
]  # fmt: skip

#: a name governed by a preposition is not the subject a later pronoun stands for
#: ("Unlike X, he was shot", "On the orders of X he was recalled")
GOVERNED = re.compile(
    r"\b(?:under|with|beside|alongside|like|unlike|besides|by|of|against|from|for|to|"
    r"about|after|before|than)\s+$",
    re.I,
)
#: "X denounced him and he …": the object pronoun is the other person
OBJECT_PRONOUN = re.compile(r"\b(?:him|her)\b(?!\s+(?:own\b|[a-z]+(?:ed|s)\b))")

_FEMALE_TITLE = re.compile(r"\b(?:Mme|Mrs|Miss|Madame|Mlle|Lady|Frau|Mademoiselle|Ms)\.?\s*$")
_MALE_TITLE = re.compile(r"\b(?:Mr|Sir|M|Herr|Lord|Monsieur|Count|Baron)\.?\s*$")
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|ëva|ina|aya|aia|skaia|skaya|tskaya)$")
_MALE_SURNAME = re.compile(r"(?:ov|ev|ëv|in|sky|ski|skii|ich)$")
# given names ending in -a that are men's
_MALE_IN_A = frozenset({"nikita", "kuzma", "luka", "foma", "savva", "ilia", "ilya", "sava"})

_PRONOUN_WORD = re.compile(r"\b(?:(?P<m>[Hh]e|[Hh]is|[Hh]im)|(?P<f>[Ss]he|[Hh]er))\b")

#: a sentence opening with a definite role description as its subject, the role's own
#: words matched by the role finder: "The envoy was …", "The Soviet ambassador had …"
DESCRIPTION = re.compile(
    # after a date opening the sentence at most ("In 1937 the envoy was recalled")
    r"\W*(?:(?:In|By|On|From|Early\s+in|Late\s+in)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?1[89]\d\d"
    r",?\s+(?:the|this|that)|The|This|That)\s+(?:(?:new|former|Soviet|Russian|same)\s+)?"
)
_AFTER_DESCRIPTION = re.compile(
    r"\s+(?:(?:himself|herself|then|later|also|soon|too|now)\s+)?"
    r"(?:was|had|has|is|were|returned|left|died|fled|refused|decided|chose|went)\b"
)


@lru_cache(maxsize=1)
def _given_female() -> frozenset[str]:
    return frozenset(
        n.lower() for n in gz.given_names() if n.endswith("a") and n.lower() not in _MALE_IN_A
    )


def gender_of(text: str, m: Mention) -> str | None:
    """ "f", "m" or None: the gender a person mention shows by its title, given name or
    (Russian) surname ending."""
    before = text[max(0, m.start - 12) : m.start]
    if _FEMALE_TITLE.search(before) or _FEMALE_TITLE.search(m.text.split()[0] + " "):
        return "f"
    if _MALE_TITLE.search(before) or re.match(r"(?:Mr|Sir|M|Herr|Lord)\.?\s", m.text):
        return "m"
    words = [w for w in re.findall(r"[^\W\d_]+", m.text) if w[0].isupper()]
    if not words:
        return None
    if len(words) > 1 and words[0].lower() in _given_female():
        return "f"
    if len(words) > 1 and words[0] in gz.given_names():
        return "m"
    last = words[-1].lower()
    if _FEMALE_SURNAME.search(last):
        return "f"
    if _MALE_SURNAME.search(last):
        return "m"
    return None


def pronoun_gender(text: str, s: int, e: int) -> str | None:
    """The gender of the first personal pronoun of ``text[s:e]`` ("m", "f"), if any."""
    pm = _PRONOUN_WORD.search(text, s, e)
    if pm is None:
        return None
    return "m" if pm.group("m") else "f"


def page_topic(text: str, mentions: list[Mention], persons: list[int], heading: tuple[int, int] | None) -> int | None:  # fmt: skip
    """The person a page is about when its heading is not their name alone: the one person
    named in the heading that opens the page ("Death of M. X"), else the person named
    first, if also named most often: at least four times, half as often again as any
    other and in three of ten person mentions (a biography that drops the name after its
    first sentences)."""
    # a heading opening with a number is a file or page reference ("123 X/38"), and a
    # name in parentheses is a sender's ("The Ambassador (X) to the Secretary")
    if heading is not None and not re.match(r"\W*\d", text[heading[0] : heading[1]]):
        inside = [
            i for i in persons if heading[0] <= mentions[i].start < heading[1]
            and not text[max(0, mentions[i].start - 2) : mentions[i].start].strip().endswith("(")
        ]  # fmt: skip
        if len({_key(mentions[i]) for i in inside}) == 1:
            return inside[0]
    if not persons:
        return None
    counts = Counter(_key(mentions[i]) for i in persons)
    ranked = counts.most_common(2)
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if (
        n < 4
        or 2 * n < 3 * second
        or 10 * n < 3 * len(persons)
        or _key(mentions[persons[0]]) != top
    ):
        return None
    return persons[0]


def _key(m: Mention) -> str:
    return str(m.attrs.get("surname") or (m.text.split() or [""])[-1]).lower()


class Salience:
    """The salience order of one document, updated sentence by sentence."""

    def __init__(self, text: str, mentions: list[Mention], topic: int | None) -> None:
        self.text = text
        self.mentions = mentions
        self.topic = topic
        self.recent: list[int] = []  # persons named in the paragraph, the latest last
        self.listed = False  # the last sentence naming anyone listed several persons
        self._genders: dict[int, str | None] = {}

    def gender(self, i: int) -> str | None:
        if i not in self._genders:
            self._genders[i] = gender_of(self.text, self.mentions[i])
        return self._genders[i]

    def paragraph(self) -> None:
        self.recent = []
        self.listed = False

    def named(self, persons: list[int], *, several: bool = False) -> None:
        """Note the persons a sentence names; ``several``: it lists them (a pronoun after
        it is left unresolved)."""
        if persons:
            self.listed = several
        self.recent.extend(persons)
        del self.recent[:-12]

    def pronoun(self, gender: str | None, prev_subject: int | None) -> int | None:
        """The person a pronoun of ``gender`` stands for (None: unresolved)."""
        if self.listed:
            return None
        order = [i for i in (prev_subject, self.topic) if i is not None]
        order += [i for i in reversed(self.recent) if i not in order]
        if not order:
            return None
        if gender is None:
            return order[0]
        # the most salient not known to be of the other gender
        return next((i for i in order if self.gender(i) in (gender, None)), None)

    def described(self, claims: list[Claim], s: int, e: int, roles: list[RoleMatch]) -> int | None:
        """The holder a sentence opening with a definite role description stands for: the
        last person named before ``s`` who holds a post of that role class."""
        lead = DESCRIPTION.match(self.text, s, e)
        if lead is None or not roles or not s <= roles[0].start <= lead.end():
            return None  # the role finder may take "The" or "Soviet" into the role
        role = roles[0]
        if not _AFTER_DESCRIPTION.match(self.text, role.end, e):
            return None
        cls = role_class_of(role.role)
        if cls is None:
            return None
        for c in reversed(claims[-300:]):
            if c.type == "post" and c.start < s and role_class_of(c.role) == cls:
                if role.country and c.country and role.country != c.country:
                    continue  # "the envoy to A" is not the envoy to B named before
                return c.subject
        return None
