"""Post statements whose holder is not the subject right before the role (issue 11).

The kinds read here, each a rule over the words between a name and a role phrase:

* **object of an appointment** — "Moscow appointed X ambassador to Japan", "named X its
  minister to Lithuania", "made X head of …": the name after the verb holds the role;
* **inverted copula** — "The ambassador in Berlin was X", "His successor as envoy to
  Persia was X": the name after the verb;
* **succession** — "X succeeded / replaced Y as ambassador", "Y was succeeded as
  ambassador by X", "X, Y's successor as envoy": both hold the post, one after the
  other;
* **a plural role after a coordination** — "X, Y and Z, all former ambassadors,": each;
* **a mission headed or a state represented** — "X headed the Soviet mission in
  Berlin", "X represented the Soviet Union in Persia".

Every pattern reads a bounded stretch of text (no nested unbounded repetition), so time
stays linear in the length of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from narkomindel import gazetteer as gz
from narkomindel.extract.body_frames import bodies_headed, edited
from narkomindel.extract.delegation_frames import conference_delegates, delegation_members
from narkomindel.extract.membership_frames import bodies_joined, bodies_listed
from narkomindel.extract.predicates import coordinated
from narkomindel.extract.roles import FORCE, RoleMatch, department_in
from narkomindel.extract.staff_frames import leading_place as _place
from narkomindel.extract.staff_frames import staff_posts
from narkomindel.gazetteer.vocabulary import SOVIET_STATES
from narkomindel.model import Mention

__all__ = ["Frame", "post_frames", "deputies", "LOOSE_APPOSITION"]


@dataclass(frozen=True)
class Frame:
    """A role held by the person of mention ``holder``, stated by ``text[start:end]``."""

    holder: int
    role: RoleMatch
    start: int
    end: int
    conf: float


_HONORIFIC = r"(?:(?:Mr\.?|M\.|Mme\.?|Comrade|Sir|Herr|Dr\.?|Count|Baron|Prince|General)\s+)?"
# "appointed X ambassador", "named X its minister", "made X the head of": verb, name, role
_APPOINTS = re.compile(
    r"\b(?:appointed|appoints|appoint|named|names|name|made|makes|make|nominated|nominate|"
    r"designated|designate|elected|elect|promoted|chose|choose)\s+" + _HONORIFIC + r"$"
)
_SENDS = re.compile(r"\b(?:sent|sends|posted|dispatched|transferred)\s+" + _HONORIFIC + r"$")
_OBJECT_GAP = re.compile(
    # "sent X to Riga as envoy": where to, between the object and "as"
    r"\s*,?\s*(?:to\s+(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+(?=as\s))?"
    r"(?:(?:to\s+be|as)\s+)?(?:(?:the|its|his|her|their|a|an|new|first|Soviet)\s+){0,3}"
)
# "The ambassador in Berlin was X", "His successor as envoy was X"
_INVERTED = re.compile(
    r"\s*,?\s*(?:(?:at\s+(?:that|the)\s+time|then|now|still)\s+)?"
    r"(?:was|is|became|had\s+been|has\s+been|were)\s+(?:(?:then|now|still)\s+)?" + _HONORIFIC
)
# the role is the subject of that copula: it opens the clause ("The new ambassador",
# "His successor as envoy", "In 1925 the Soviet envoy")
_ROLE_OPENS = re.compile(
    r"(?:^|[.;:(]\s*|\b(?:and|but|when|while)\s+|\b1[89]\d\d\s*,?\s*)"
    r"(?:(?:the|The|his|His|her|Her|their|Their|its|Its)\s+)?"
    r"(?:(?:new|first|last|next|then|former|Soviet|Russian)\s+){0,3}"
    r"(?:(?:successor|predecessor)\s+as\s+)?$"
)
_AS = re.compile(r"\s*,?\s*as\s+(?:(?:the|a|an|Soviet)\s+)?")
_SUCCESSOR_AS = re.compile(r"\b(?:successor|predecessor)\s+as\s+(?:(?:the|a|an)\s+)?$")
_SUCCEEDED = re.compile(
    r"\s*(?:,\s*who\s+(?:(?:had|has)\s+)?)?(?:(?:then|later|soon|eventually|subsequently)\s+)?"
    r"(?:succeeded|replaced|relieved|took\s+over\s+from)\s+" + _HONORIFIC + r"$"
)
_PRONOUN_SUCCEEDED = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he)|,\s*(?:and\s+)?)\s*(?:(?:then|later|soon|eventually|subsequently)\s+)?"
    r"(?:succeeded|replaced|relieved|took\s+over\s+from)\s+" + _HONORIFIC + r"$"
)
_APPOINTS_HIM = re.compile(
    r"\b(?:appointed|named|made|nominated|designated|sent|posted|transferred|promoted)\s+"
    r"(?:him|her)\s+(?:to\s+(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+(?=as\s))?"
    r"(?:(?:to\s+be|as)\s+)?(?:(?:the|its|a|an|new|first|Soviet)\s+){0,3}$"
)
_AND_POSTED = re.compile(
    r"\band\s+(?:(?:later|then|soon|subsequently)\s+)?(?:was\s+)?(?:appointed|named|sent|posted|"
    r"transferred|promoted|became)(?:\s+(?:back\s+)?(?:to|in)\s+(?:the\s+)?(?P<place>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)"
    r"|\s+(?:in|by)\s+1[89]\d\d|\s+\(\s*1[89]\d\d\s*\))?\s+(?:as\s+|to\s+be\s+)?(?:(?:the|a|an|its|Soviet)\s+)?$"
)
_REMOVED_AS = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:(?:was|had\s+been|has\s+been)\s+)?"
    r"(?:(?:then|later|soon|recently|eventually|subsequently|suddenly)\s+)?"
    r"(?:removed|dismissed|displaced|ousted|deposed|sacked|demoted)\s+"
    r"(?:(?:\w+\s+){1,3}?(?:earlier|before|ago|later)\s+|in\s+1[89]\d\d\s+)?"
    r"as\s+(?:(?:the|a|an|Soviet)\s+)?"
)
_SUCCEEDED_BY = re.compile(
    r"\s*(?:was|had\s+been)\s+(?:(?:then|later|soon|eventually|subsequently)\s+)?"
    r"(?:succeeded|replaced|relieved)\s+as\s+(?:(?:the|a|an|Soviet)\s+)?$"
)
# "Y was succeeded by X", "Y, the envoy, was replaced in 1934 by X"
_PASSIVE_BY = re.compile(
    r"\s*,?\s*(?:was|had\s+been)\s+(?:(?:then|later|soon|eventually|subsequently)\s+)?"
    r"(?:succeeded|replaced)\s+(?:in\s+(?:[A-Z][a-z]+\s+)?1[89]\d\d\s+)?by\s+" + _HONORIFIC
)
_BY = re.compile(r"\s*(?:,\s*)?(?:in\s+(?:[A-Z][a-z]+\s+)?1[89]\d\d\s*,?\s*)?by\s+" + _HONORIFIC)
_POSSESSOR_SUCCESSOR = re.compile(r"^\s*,\s*(?:the\s+)?$")
_TERM_NOUN = (
    r"(?:position|post|office|role|duties|capacity|job|appointment|tenure|term|time|career|"
    r"years|service|work|mission|posting|stint|nomination|elevation|promotion|transfer)"
)
_HIS_AS = re.compile(
    rf"\b(?:[Hh]is|[Hh]er)\s+(?:(?:new|former|old|brief|later|first|next|last|final)\s+)?"
    # "his next post was that of envoy", "her first posting abroad was as counsellor"
    rf"{_TERM_NOUN}(?:\s+abroad)?\s+(?:was\s+(?:as|that\s+of)|as)\s+(?:(?:the|a|an)\s+)?$"
)
_SERVING_AS = re.compile(
    r"\b(?:after|before|while|when|since|besides)\s+(?:serving|working|acting|"
    r"having\s+(?:served|been|worked|acted)(?:\s+as)?)\s+(?:as\s+)?(?:(?:the|a|an)\s+)?$"
)
# "X is best remembered as head of …", "X was known as the envoy …": the subject's office
_KNOWN_AS = re.compile(
    r"\b(?:is|was|are|were|became|remains)\s+(?:(?:best|chiefly|mainly|mostly|widely|also|now)\s+)?"
    r"(?:known|remembered)\s+(?:today\s+)?as\s+(?:(?:the|a|an)\s+)?$"
)
# "X returned to Moscow in 1920, serving as envoy …", "…, becoming head of …": a participle
# clause after a comma shares the subject of its clause
_PARTICIPLE = re.compile(
    r",\s*(?:(?:and|then|later|thus|also|eventually|finally|soon|subsequently|recently|newly)\s+)?"
    r"(?:(?:in|from|by)\s+1[89]\d\d\s+)?(?:(?:serving|working|acting|becoming|remaining)\s+"
    r"(?:(?:there|again|briefly|first|also)\s+)?(?:as\s+)?"
    # "X, newly named consul in Lima,", "…, elected as secretary of the bureau"
    r"|(?:appointed|named|chosen|elected|promoted|made)\s+(?:as\s+|to\s+be\s+)?)"
    r"(?:(?:the|a|an|its|his|her)\s+)?$"
    # "The years involved serving as consul in …": a gerund after a verb of content, its
    # subject the person spoken of
    r"|\b(?:included|including|involved|meant|began|continued)\s+(?:serving|working|acting)\s+"
    r"as\s+(?:(?:the|a|an)\s+)?$"
)
_POSSESSIVE_AS = re.compile(
    rf"['’]s?\s+(?:(?:new|former|brief|later|first)\s+)?{_TERM_NOUN}\s+as\s+(?:(?:the|a|an)\s+)?$"
)
_ALL_APPOSITION = re.compile(
    r"\s*,\s*(?:all|both|each|the\s+two|the\s+three)\s+(?:(?:of\s+them|former|then|later|Soviet)\s+)*$"
)
_MISSION_VERB = re.compile(
    # "took over the embassy in Berlin", "was put in charge of the legation in Riga"
    r"\b(?P<verb>headed|led|directed|ran|took\s+over|(?:took|assumed)\s+charge\s+of"
    r"|was\s+(?:put|placed)\s+in\s+charge\s+of)\s+the\s+(?:Soviet\s+|Russian\s+|Bolshevik\s+)?"
    r"(?P<what>embassy|legation|mission|polpredstvo|diplomatic\s+mission|trade\s+delegation|"
    r"trade\s+mission|delegation)\s+(?:in|to|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)"
    r"|\b(?P<rep>represented)\s+(?:the\s+)?(?:Soviet\s+Union|USSR|Soviet\s+Russia|RSFSR|"
    r"Soviet\s+[Gg]overnment|Moscow)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?P<rplace>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)",
    re.I,
)
# "X headed the German embassy in Moscow", "X headed Germany's Moscow embassy": a foreign
# mission, hosted by the place after it or the city before its noun, never by its sender
_FOREIGN_MISSION = re.compile(
    r"\b(?:headed|led|directed|ran)\s+(?:the\s+(?P<adj>[A-Z][a-z]+)|"
    r"(?P<poss>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s)\s+(?:(?P<city>[A-Z][a-z]+)\s+)?"
    r"(?:embassy|legation|mission)\b"
    r"(?:\s+(?:in|to|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?))?"
)
_HOME = SOVIET_STATES | {"Soviet Russia"}


def _foreign_missions(text: str, s: int, e: int) -> list[RoleMatch]:
    """The foreign missions headed in a sentence, each with its host and its sender."""
    out = []
    for m in _FOREIGN_MISSION.finditer(text, s, e):
        if m.group("adj"):
            sender = gz.demonyms().get(m.group("adj"))
        else:
            hit = gz.places().get(m.group("poss"))
            sender = hit[0] if hit and hit[1] == "state" else None
        where = "place" if m.group("place") else "city"
        found = _place(m.group(where) or "")
        if not sender or sender in _HOME or found is None or found[1] == sender:
            continue
        end = m.start("place") + len(found[0]) if where == "place" else m.end()
        out.append(RoleMatch(m.start(), end, "head of mission", True, False, found[1],
                             found[0], sender=sender))  # fmt: skip
    return out


# "X's mission to Sweden", "the X mission in Switzerland": the mission he headed
_OWN_MISSION = re.compile(
    r"(?:(?P<poss>['’]s)|(?P<mid>))\s+(?P<what>mission|legation|embassy)\b"
    r"(?:\s+(?:to|in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?))?"
)
# "was elected to the Central Committee", "was co-opted to the Presidium": a membership
_ELECTED_TO = re.compile(
    r"\b(?:(?:was|were|had\s+been)\s+)?(?:elected|re-?elected|co-?opted)\s+to\s+the\s+"
    r"(?P<body>[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|for)\s+){0,2}[A-Z][\w'’.-]*){0,6})"
)
# "X, Y and Z have headed Soviet legations abroad": heads of missions, unnamed
_HEADED_PLURAL = re.compile(
    r"\b(?:headed|led)\s+(?:(?:Soviet|Russian|several|two|three|other)\s+){0,2}"
    r"(?:embassies|legations|missions)\b"
)
# "The Soviet delegation to Genoa was headed by X", "the embassy in Tokyo was led by X"
_HEADED_BY = re.compile(
    r"\b(?:the\s+)?(?:(?:Soviet|Russian|Bolshevik|new)\s+)?(?P<what>delegation|mission|embassy|"
    r"legation|trade\s+delegation)(?:\s+(?:to|at|in)\s+(?:the\s+)?(?P<where>[A-Z][\w'’.-]+"
    r"(?:\s+[A-Z][\w'’.-]+){0,2}))?(?:\s+(?:was|were|is)\s+(?:(?:then|first|later)\s+)?"
    # "the delegation, headed by X,": the participle after a comma heads it too
    r"|\s*,\s*)(?:headed|led)\s+by\s+" + _HONORIFIC,
    re.I,
)
_GOVERNMENT_OF = re.compile(
    r"(?P<poss>['’]s?)?\s+(?:(?:Labour|Conservative|National|Liberal|Socialist|Radical|coalition|"
    r"new|first|second|own)\s+)?(?:[Gg]overnment|[Cc]abinet|[Mm]inistry)\b"
    # the government itself, not a noun it qualifies ("his government post")
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:[a-z]+ed|was|were|had|has|is|came|fell|took|made|in|and|which|that"
    r"|to|for|would|could|did|wished|sought)\b)"
)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_IN_CHARGE = re.compile(
    r"\b(?:was\s+)?(?:left\s+|placed\s+|put\s+)?in\s+charge\s+of\s+the\s+(?:Soviet\s+)?"
    r"(?:embassy|legation|mission)(?:\s+(?:in|at)\s+(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?))?",
    re.I,
)
_FORMED = re.compile(
    r"\b(?:formed|headed|led)\s+(?:a|the|his|her|a\s+new|the\s+new)\s+"
    # "headed the Ukrainian Soviet government": the state of its adjective
    rf"(?:(?P<adj>(?-i:{gz.demonym_alternation()}))\s+)?(?:(?-i:Soviet|Provisional)\s+)?"
    r"(?:(?:coalition|Labour|Conservative|National|Liberal|Socialist|minority|caretaker)\s+)?"
    r"(?:government|cabinet|ministry)\b(?!['’]s|\s+(?:delegation|commission|committee|department"
    r"|press|newspaper|organ|mission|office|agency|bank|trade)\b)",
    re.I,
)
# words that do not qualify a role: function words, pronouns, verbs (an apposition has none)
_NOT_A_MODIFIER = (
    r"(?:the|a|an|and|or|but|nor|of|with|without|to|in|at|on|by|for|from|as|into|about|after|"
    r"before|than|that|which|who|whom|whose|when|while|where|his|her|its|their|our|my|your|he|"
    r"she|it|they|we|i|you|him|them|this|these|those|was|were|is|are|be|been|had|has|have|did|"
    r"does|do|said|says|told|met|saw|wrote|sent|gave|took|made|became|left|went|came|got|knew|"
    r"thought|found|called|however|also|not|no|all|both|each|one|two|three|mr|mrs|dr|sir)"
)
#: "X, unofficial head of the protocol", "X, then the U.S. Ambassador in Berlin", "X, a
#: veteran Communist leader": a name, a comma, then up to three words qualifying the role
#: (an adjective, a nationality, a party) — no verb, no function word
LOOSE_APPOSITION = re.compile(
    r"(?:['’]s)?(?:\s*\([^()]{0,60}\))?\s*,\s+(?:(?:then|now|later|still)\s+)?"
    r"(?:(?:the|a|an)\s+)?"
    rf"(?:(?!{_NOT_A_MODIFIER}\b)(?i:[a-z][\w.'’-]*)(?<!ed)(?<!ing)\s+){{1,3}}",
    re.I,
)
_HEADED_DEPT = re.compile(
    r"\b(?:headed|directed|ran|led|took\s+over|(?:was\s+(?:(?:put|placed)\s+)?|(?:put|placed)\s+)in\s+charge\s+of"
    r"|(?:appointed|named|chosen|sent)\s+to\s+(?:head|direct|lead|run))\s+"
    r"(?:the\s+)?(?:(?:NKID|Narkomindel|commissariat|Commissariat)(?:['’]s)?\s+|Soviet\s+)?"
)
# what "headed"/"directed"/"ran" names that is a body by its own noun, though no known
# department: "headed the Foreign Department", "directed the Central Statistical Board of
# Ruritania", "headed Ruritanian counter-intelligence" (bounded runs, no nesting)
_HEADED_BODY = re.compile(
    r"(?P<b>(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+){0,2}){0,4}(?:Department|Directorate|Section"
    r"|Bureau|Division|Office|Committee|Commission|Council|Board|Administration|Agency|Institute"
    r"|Bank|Trust|Secretariat)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"|(?:(?:Soviet|Russian|[A-Z][\w]*-[A-Z][\w]*)\s+)?(?:foreign\s+|military\s+)?intelligence"
    r"(?:\s+service)?"
    # "was in charge of the Baltic desk", "ran the foreign relations section": an office named
    # in lower case, with the words that say which (no determiner or vague word among them)
    r"|(?:(?!(?:new|same|whole|said|entire|former|his|her|its|their|this|that)\b)"
    r"(?:[A-Z][\w'’-]*|[a-z][a-z'’-]+)\s+){1,3}(?:desk|section|sector|department|division|bureau|office))"
    r"(?![\w'’-])"
)
# "was attached to the Soviet embassy in Berlin": a member of the mission's staff
_ATTACHED = re.compile(
    r"\b(?:was\s+)?attached\s+to\s+the\s+(?:Soviet\s+)?(?:embassy|legation|mission)\s+(?:in|at)\s+"
    r"(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)"
)
_SERVED_IN = re.compile(
    r"\b(?:(?:served|fought|enlisted|(?:was\s+)?(?:conscripted|mobili[sz]ed|drafted|called\s+up)"
    r"|volunteered)"
    r"\s+(?:(?:briefly|first|later|then|also|as\s+an?\s+[a-z]+)\s+)?(?:in|with|into)"
    # "was given command of the Ural Military District", "took command of the 5th Army"
    r"|joined|commanded|(?:given|took|assumed|received|in)\s+(?:the\s+)?command\s+of)"
    r"\s+the\s+(?P<unit>(?:(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th)|"
    rf"tsarist|czarist|imperial|white|red|regular|old|royal)\s+){{0,3}}(?i:{FORCE}))(?![\w'’])",
)
_SUBJECT_OF_VERB = re.compile(
    r"^\s*(?:,\s*who\s+|\s+who\s+)?(?:(?:had|has|have|was|were|is|later|then|also|briefly|first|"
    r"subsequently|successively|once)\s+){0,2}$"
)


def _to_place(role: RoleMatch, where: str | None) -> RoleMatch:
    """A mission rank sent to a place named before it ("sent X to Riga as envoy")."""
    found = _place(where) if where else None
    if found is None or role.country or role.department:
        return role
    return replace(role, country=found[1], place=found[0])


def _possessor(text: str, end: int) -> bool:
    return bool(re.match(r"['’]s?\s+(?!(?:was|were|had|has|is)\b)[a-z]", text[end : end + 40]))


def post_frames(
    text: str,
    mentions: list[Mention],
    persons: list[int],
    s: int,
    e: int,
    roles: list[RoleMatch],
    carried: int | None = None,
) -> list[Frame]:
    """The posts of one sentence ``text[s:e]`` stated by the frames of this module; a
    pronoun subject stands for the sentence's first person or ``carried``."""
    out: list[Frame] = []
    ms = mentions
    for role in roles:
        before = [i for i in persons if s <= ms[i].start and ms[i].end <= role.start]
        after = [i for i in persons if ms[i].start >= role.end and ms[i].end <= e]
        last = before[-1] if before else None
        # "appointed X ambassador to Japan"
        og = _OBJECT_GAP.fullmatch(text, ms[last].end, role.start) if last is not None else None
        if last is not None and og:
            lead = text[max(s, ms[last].start - 40) : ms[last].start]
            sent = _SENDS.search(lead)  # "sent X to Riga as envoy": only with "as"
            if (
                _APPOINTS.search(lead) or (sent and re.search(r"\bas\s", og.group(0)))
            ) and not _possessor(text, ms[last].end):
                out.append(Frame(last, _to_place(role, og.group("place")),
                                 max(s, ms[last].start - 40), role.end, 0.7))  # fmt: skip
        # "The ambassador in Berlin was X", "His successor as envoy was X"
        if after and not re.match(r"['’]s\b", text[role.end : role.end + 2]):
            nxt = after[0]
            gap = _INVERTED.fullmatch(text, role.end, ms[nxt].start)
            opens = _ROLE_OPENS.search(text[max(s, role.start - 60) : role.start])
            if gap and opens and not _possessor(text, ms[nxt].end):
                out.append(Frame(nxt, role, role.start, ms[nxt].end, 0.7))
        # "X succeeded Y as ambassador": Y by the "as" rule, X here
        if last is not None and len(before) >= 2 and _AS.fullmatch(text, ms[last].end, role.start):
            prev = before[-2]
            if _SUCCEEDED.match(text, ms[prev].end, ms[last].start):
                out.append(Frame(prev, role, ms[prev].start, role.end, 0.7))
        # "In 1925 he succeeded Y as envoy": the pronoun's person, Y by the "as" rule
        if (
            last is not None
            and carried is not None
            and _AS.fullmatch(text, ms[last].end, role.start)
            and (ps := _PRONOUN_SUCCEEDED.search(text, max(s, ms[last].start - 40), ms[last].start))
            and not [i for i in before if ps.start() <= ms[i].start < ms[last].start]
        ):
            first = [i for i in before if ms[i].end <= ps.start()]
            out.append(Frame(first[0] if first else carried, role, ps.start(), role.end, 0.65))
        # "the commissariat appointed him envoy to Latvia": the person spoken of before
        ap = _APPOINTS_HIM.search(text, max(s, role.start - 50), role.start)
        # "X waited until Y appointed him consul": "him" is not the verb's
        # subject (that would be "himself"), so an earlier person of the sentence, if any
        if ap:
            named = [i for i in persons if s <= ms[i].start and ms[i].end <= ap.start()]
            held = named[0] if len(named) >= 2 else carried
            if held is not None:
                posted = _to_place(role, ap.group("place"))
                out.append(Frame(held, posted, ap.start(), role.end, 0.6))
        # "he joined the commissariat and was sent to Riga as envoy": the clause's subject
        av = _AND_POSTED.search(text, max(s, role.start - 60), role.start)
        if av:
            earlier = [i for i in persons if s <= ms[i].start and ms[i].end <= av.start()]
            pron = _PRONOUN.search(text, s, av.start())
            holder = earlier[0] if earlier else (carried if pron else None)
            if holder is not None:
                place = _place(av.group("place")) if av.group("place") else None
                r = role
                if place and role.country is None and role.department is None:
                    r = replace(role, country=place[1], place=place[0])
                out.append(Frame(holder, r, av.start(), role.end, 0.6))
        # "Y was succeeded by X as ambassador": Y too (X by the "as" rule)
        if last is not None and len(before) >= 2 and _AS.fullmatch(text, ms[last].end, role.start):
            prev = before[-2]
            if _PASSIVE_BY.fullmatch(text, ms[prev].end, ms[last].start):
                out.append(Frame(prev, role, ms[prev].start, role.end, 0.7))
        # "As ambassador, Y was succeeded by X", "Y, the ambassador, was replaced by X": X too
        held = _holder_beside(text, ms, before, after, role)
        if held is not None:
            anchor = max(role.end, ms[held].end)
            pb = _PASSIVE_BY.match(text, anchor, e)
            by_whom = [i for i in after if pb and ms[i].start == pb.end()]
            if pb and by_whom:
                out.append(Frame(by_whom[0], role, role.start, ms[by_whom[0]].end, 0.65))
        # "Y was succeeded as ambassador by X": both
        if last is not None and _SUCCEEDED_BY.fullmatch(text, ms[last].end, role.start):
            out.append(Frame(last, role, ms[last].start, role.end, 0.7))
            by = _BY.match(text, role.end, e)
            if by and after and ms[after[0]].start == by.end():
                out.append(Frame(after[0], role, ms[last].start, ms[after[0]].end, 0.7))
        # "X was removed as commissar", "X, dismissed two days earlier as commander,": the
        # office X held until then (whoever removed him holds nothing)
        if last is not None and _REMOVED_AS.fullmatch(text, ms[last].end, role.start):
            out.append(Frame(last, role, ms[last].start, role.end, 0.7))
        # "X, Y's successor as ambassador": X now, Y before
        sa = _SUCCESSOR_AS.search(text, max(s, role.start - 30), role.start)
        if sa and last is not None:
            pos = re.match(r"['’]s\s+$", text[ms[last].end : sa.start()])
            if pos:
                out.append(Frame(last, role, ms[last].start, role.end, 0.65))
                if len(before) >= 2 and _POSSESSOR_SUCCESSOR.match(
                    text[ms[before[-2]].end : ms[last].start]
                ):
                    out.append(Frame(before[-2], role, ms[before[-2]].start, role.end, 0.65))
        # "retaining his position as Chairman", "after serving as envoy": the clause's subject
        lo = max(s, role.start - 60)
        hm = (
            _HIS_AS.search(text, lo, role.start)
            or _SERVING_AS.search(text, lo, role.start)
            or _PARTICIPLE.search(text, lo, role.start)
            or _KNOWN_AS.search(text, lo, role.start)
        )
        if hm:
            earlier = [i for i in persons if s <= ms[i].start and ms[i].end <= hm.start()]
            holder = earlier[0] if earlier else carried
            if holder is not None:
                out.append(Frame(holder, role, hm.start(), role.end, 0.65))
        # "X's appointment as envoy": the possessor
        pa = _POSSESSIVE_AS.search(text, lo, role.start)
        if pa and last is not None and ms[last].end == pa.start():
            out.append(Frame(last, role, ms[last].start, role.end, 0.65))
        # "X, Y and Z, all former ambassadors,"
        if (
            role.plural
            and last is not None
            and _ALL_APPOSITION.fullmatch(text, ms[last].end, role.start)
        ):
            for i in coordinated(text, ms, before, last):
                out.append(Frame(i, role, ms[i].start, role.end, 0.7))
        # "Y, deputy to Foreign Commissar X": Y is the deputy of that office
        office = _DEPUTY_OF.get(role.role)
        dt = _DEPUTY_TO.search(text, max(s, role.start - 16), role.start) if office else None
        if office and dt:
            prior = [i for i in persons if s <= ms[i].start and ms[i].end <= dt.start()]
            if prior and _DEPUTY_BEFORE.fullmatch(text, ms[prior[-1]].end, dt.start()):
                rm = RoleMatch(dt.start(), role.end, office, True, False,
                               organisation="NKID" if office == "deputy commissar" else None)  # fmt: skip
                out.append(Frame(prior[-1], rm, ms[prior[-1]].start, role.end, 0.6))
    out += _verb_frames(text, ms, persons, s, e, carried)
    # "Mr. MacDonald's Labour Government", "the Baldwin Cabinet": the head of a government
    for i in persons:
        if not s <= ms[i].start < e:
            continue
        gm = _GOVERNMENT_OF.match(text, ms[i].end, e)
        if gm and (
            gm.group("poss") or re.search(r"\bthe\s+$", text[max(s, ms[i].start - 5) : ms[i].start])
        ):
            rm = RoleMatch(ms[i].start, gm.end(), "prime minister", False, False)
            out.append(Frame(i, rm, ms[i].start, gm.end(), 0.65))
    return out


def _subject(
    text: str, ms: list[Mention], persons: list[int], s: int, pos: int, carried: int | None
) -> list[int]:
    """The subject of a verb at ``pos``: the person named right before it (with those
    coordinated with them), or a pronoun standing for the sentence's first person or the
    one ``carried`` from before."""
    before = [i for i in persons if s <= ms[i].start and ms[i].end <= pos]
    pron = None
    for pm in _PRONOUN.finditer(text, max(s, pos - 60), pos):
        pron = pm
    if pron is not None and (not before or ms[before[-1]].end <= pron.start()):
        if not _SUBJECT_OF_VERB.match(text[pron.end() : pos]):
            return []
        earlier = [i for i in before if ms[i].end <= pron.start()]
        first = earlier[0] if earlier else carried
        return [first] if first is not None else []
    if not before or not _SUBJECT_OF_VERB.match(text[ms[before[-1]].end : pos]):
        return []
    if _possessor(text, ms[before[-1]].end):
        return []
    return coordinated(text, ms, before, before[-1])


def _holder_beside(
    text: str, ms: list[Mention], before: list[int], after: list[int], role: RoleMatch
) -> int | None:
    """The person a role is set beside by a comma: "As ambassador, Y", "The ambassador, Y,",
    "Y, the ambassador,"."""
    if after and re.fullmatch(r"\s*,\s*", text[role.end : ms[after[0]].start]):
        return after[0]
    if before and re.fullmatch(r"\s*,\s*(?:the\s+)?", text[ms[before[-1]].end : role.start]):
        return before[-1]
    return None


def _verb_frames(
    text: str, ms: list[Mention], persons: list[int], s: int, e: int, carried: int | None
) -> list[Frame]:
    """ "X headed the Soviet mission in Berlin", "X represented the Soviet Union in Persia",
    "he headed the Press Department", "X served in the tsarist army"."""
    out = []
    for m in _MISSION_VERB.finditer(text, s, e):
        found = _place(m.group("place") or m.group("rplace") or "")
        if found is None:
            continue
        surface, country = found
        what = (m.group("what") or "").lower()
        role = (
            "representative" if m.group("rep") else
            "trade representative" if what.startswith("trade") else
            "head of delegation" if what == "delegation" else "head of mission"
        )  # fmt: skip
        end = (m.start("place") if m.group("place") else m.start("rplace")) + len(surface)
        dept = None
        if role == "head of delegation":  # "led the Soviet delegation at Genoa"
            dept = re.sub(r"\s+", " ", text[m.end("verb") : end]).strip()
            dept = re.sub(r"^(?i:the)\s+", "", dept)
        rm = RoleMatch(m.start(), end, role, role == "head of mission", False, country,
                       surface, dept, True, False, "NKID")  # fmt: skip
        for i in _subject(text, ms, persons, s, m.start(), carried):
            out.append(Frame(i, rm, m.start(), end, 0.7))
    for rm in _foreign_missions(text, s, e):
        for i in _subject(text, ms, persons, s, rm.start, carried):
            out.append(Frame(i, rm, rm.start, rm.end, 0.7))
    # "attended the Genoa Conference as a delegate", "represented the USSR at the League"
    for rm in conference_delegates(text, s, e):
        for i in _subject(text, ms, persons, s, rm.start, carried):
            out.append(Frame(i, rm, rm.start, rm.end, 0.65))
    for i, rm in delegation_members(text, ms, persons, s, e):  # "the delegation included X"
        out.append(Frame(i, rm, rm.start, rm.end, 0.65))
    # "served at the embassy in Tokyo", "joined the X Department"
    for rm in staff_posts(text, s, e):
        for i in _subject(text, ms, persons, s, rm.start, carried):
            out.append(Frame(i, rm, rm.start, rm.end, 0.6))
    for rm in bodies_joined(text, s, e):  # "joined the Politburo"
        for i in _subject(text, ms, persons, s, rm.start, carried):
            out.append(Frame(i, rm, rm.start, rm.end, 0.6))
    for i, rm in bodies_listed(text, ms, persons, s, e):  # "the delegation consisted of X"
        out.append(Frame(i, rm, rm.start, ms[i].end, 0.6))
    for m in _ATTACHED.finditer(text, s, e):
        found = _place(m.group("place"))
        if found is None:
            continue
        end = m.start("place") + len(found[0])
        rm = RoleMatch(m.start(), end, "attaché", False, False, found[1], found[0])
        for i in _subject(text, ms, persons, s, m.start(), carried):
            out.append(Frame(i, rm, m.start(), end, 0.6))
    for m in _ELECTED_TO.finditer(text, s, e):  # "was elected to the Central Committee"
        body = re.sub(r"\s+", " ", m.group("body")).rstrip(".")
        here = _place(body)
        if here is not None and here[0] == body:
            continue  # "elected to Riga" names no body ("to the Moscow Soviet" does)
        end = m.start("body") + len(m.group("body").rstrip("."))
        rm = RoleMatch(m.start(), end, "member", False, False, None, None, body)
        for i in _subject(text, ms, persons, s, m.start(), carried):
            out.append(Frame(i, rm, m.start(), end, 0.6))
    for m in _OWN_MISSION.finditer(text, s, e):  # "X's mission to Sweden", "the X mission"
        found = _place(m.group("place")) if m.group("place") else None
        owner = [i for i in persons if ms[i].end == m.start("poss") or ms[i].end == m.start("mid")]
        if not owner or found is None:
            continue  # "his mission was to negotiate" is a task: only a mission somewhere
        end = m.start("place") + len(found[0])
        rm = RoleMatch(ms[owner[0]].start, end, "head of mission", True, False, found[1], found[0])
        out.append(Frame(owner[0], rm, ms[owner[0]].start, end, 0.6))
    for m in _HEADED_PLURAL.finditer(text, s, e):
        rm = RoleMatch(m.start(), m.end(), "head of mission", True, False)
        for i in _subject(text, ms, persons, s, m.start(), carried):
            out.append(Frame(i, rm, m.start(), m.end(), 0.6))
    for m in _IN_CHARGE.finditer(text, s, e):  # "was left in charge of the embassy"
        found = _place(m.group("place")) if m.group("place") else None
        rm = RoleMatch(m.start(), m.end(), "chargé d'affaires", False, False,
                       found[1] if found else None, found[0] if found else None)  # fmt: skip
        for i in _subject(text, ms, persons, s, m.start(), carried):
            out.append(Frame(i, rm, m.start(), m.end(), 0.6))
    for m in _FORMED.finditer(text, s, e):  # "X formed a government": its head
        state = gz.demonyms().get(m.group("adj")) if m.group("adj") else None
        if state == "USSR" or (state is None and re.search(r"(?i:soviet)\s", m.group(0))):
            continue  # the Soviet Government's head is read as no post (as "head of" it)
        rm = RoleMatch(m.start(), m.end(), "prime minister", False, False, state)
        for i in _subject(text, ms, persons, s, m.start(), carried):
            out.append(Frame(i, rm, m.start(), m.end(), 0.6))
    for m in _HEADED_DEPT.finditer(text, s, e):
        dep = department_in(text[m.end() : min(e, m.end() + 60)])
        if not dep or dep[1] != 0:
            hb = None if m.group(0).startswith("led") else _HEADED_BODY.match(text, m.end(), e)
            if hb is None:
                continue
            end = hb.end("b")
            rm = RoleMatch(m.start(), end, "head of department", False, False, None, None,
                           re.sub(r"\s+", " ", hb.group("b")))  # fmt: skip
            for i in _subject(text, ms, persons, s, m.start(), carried):
                out.append(Frame(i, rm, m.start(), end, 0.65))
            continue
        end = m.end() + dep[2]
        rm = RoleMatch.in_department("head of department", dep[0])
        for i in _subject(text, ms, persons, s, m.start(), carried):
            out.append(Frame(i, rm, m.start(), end, 0.7))
    for m in _HEADED_BY.finditer(text, s, e):
        nxt = [i for i in persons if ms[i].start == m.end()]
        if not nxt:
            continue
        what = m.group("what").lower()
        where = m.group("where")
        found = _place(where) if where else None
        if what.endswith("delegation"):
            body = re.sub(r"^(?i:the)\s+", "", text[m.start() : m.end("what")])
            dept = re.sub(r"\s+", " ", body) + (f" to {where}" if where else "")
            rm = RoleMatch(m.start(), m.end(), "head of delegation", False, False,
                           found[1] if found else None, None, dept)  # fmt: skip
        else:
            rm = RoleMatch(m.start(), m.end(), "head of mission", True, False,
                           found[1] if found else None, where)  # fmt: skip
        out.append(Frame(nxt[0], rm, m.start(), ms[nxt[0]].end, 0.7))
    for rm in edited(text, s, e):  # "X edited Pravda"
        for i in _subject(text, ms, persons, s, rm.start, carried):
            out.append(Frame(i, rm, rm.start, rm.end, 0.6))
    for i, rm in bodies_headed(text, ms, persons, s, e):  # "the X Department, headed by Y"
        out.append(Frame(i, rm, rm.start, rm.end, 0.65))
    for m in _SERVED_IN.finditer(text, s, e):
        unit = re.sub(r"\s+", " ", m.group("unit"))
        state = next((gz.demonyms()[w] for w in unit.split() if w in gz.demonyms()), None)
        if "command" in text[m.start() : m.start("unit")]:  # "commanded", "command of"
            label = "commander"
        elif re.search(r"army|front|guard", unit, re.I):
            label = "army service"
        else:
            label = "military service"
        rm = RoleMatch(m.start(), m.end(), label, False, False, state, None, unit)
        for i in _subject(text, ms, persons, s, m.start(), carried):
            out.append(Frame(i, rm, m.start(), m.end(), 0.65))
    return out


_DEPUTY = re.compile(
    r"(?:(?P<poss>['’]s)|\b(?P<pron>[Hh]is|[Hh]er))\s+(?:(?:first|chief|principal|two|three|new|"
    r"closest)\s+)?deput(?:y|ies)\b(?:\s*[,:]\s*|\s+|(?=[.;)]))(?:the\s+)?"
)
# "Y, Litvinov's deputy", "Y was Litvinov's deputy": the deputy named before the possessor
_DEPUTY_BEFORE = re.compile(
    r"\s*,\s*(?:who\s+(?:was|had\s+been|became)\s+)?|\s+(?:was|had\s+been|became|is)\s+"
)
# "Y, deputy to Foreign Commissar X": the office is the deputy's of X's office
_DEPUTY_TO = re.compile(r"\b(?:deputy|assistant)\s+to\s+(?:the\s+)?$", re.I)
#: the deputy of a holder of these is the deputy of the same office
_DEPUTY_OF = {
    "people's commissar": "deputy commissar",
    "foreign minister": "deputy foreign minister",
}


def deputies(
    text: str,
    ms: list[Mention],
    persons: list[int],
    s: int,
    e: int,
    carried: int | None,
    roles_of: Callable[[int], set[str]],
) -> list[Frame]:
    """ "Commissar X and his deputy, Y", "X's deputies Y and Z": the deputy of an office the
    possessor is known (from the claims so far) to hold."""
    out = []
    for m in _DEPUTY.finditer(text, s, e):
        if m.group("poss"):
            owner = [i for i in persons if ms[i].end == m.start()]
        else:
            earlier = [i for i in persons if s <= ms[i].start and ms[i].end <= m.start()]
            owner = [earlier[0]] if earlier else ([carried] if carried is not None else [])
        if not owner:
            continue
        held = roles_of(owner[0])
        office = next((_DEPUTY_OF[r] for r in _DEPUTY_OF if r in held), None)
        first = [i for i in persons if ms[i].start == m.end()]
        if office is None:
            continue
        rm = RoleMatch(m.start(), m.end(), office, True, False, organisation="NKID"
                       if office == "deputy commissar" else None)  # fmt: skip
        if not first and m.group("poss"):
            own = ms[owner[0]]
            before = [i for i in persons if s <= ms[i].start and ms[i].end <= own.start]
            if before and _DEPUTY_BEFORE.fullmatch(text, ms[before[-1]].end, own.start):
                word_end = m.start() + m.group(0).find("deput") + 6
                word_end += text[word_end : word_end + 3].startswith("ies") * 2
                out.append(Frame(before[-1], rm, ms[before[-1]].start, word_end, 0.6))
            continue
        if not first:
            continue
        group = [first[0]]
        for j in persons:  # "his deputies Y and Z"
            if ms[j].start > ms[group[-1]].end and re.fullmatch(
                r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[ms[group[-1]].end : ms[j].start]
            ):
                group.append(j)
        for i in group:
            out.append(Frame(i, rm, m.start(), ms[i].end, 0.65))
    return out
