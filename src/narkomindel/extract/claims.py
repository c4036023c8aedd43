"""Claims about persons, posts and fates, read sentence by sentence.

The post rules (:mod:`~narkomindel.extract.posts`) and the fate rules
(:mod:`~narkomindel.extract.fates`) share one pass over the document: a
sentence's subject carries to the next one (a pronoun, "he was later shot"),
and a page about one person (its heading is their name) lends them to
sentences that name no one.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from narkomindel.extract.clauses import COORD, PRONOUN, PRONOUN_ANYWHERE
from narkomindel.extract.coreference import DESCRIPTION, Salience, page_topic, pronoun_gender
from narkomindel.extract.dates import DateMatch
from narkomindel.extract.fate_forms import FateForms
from narkomindel.extract.fates import EXTRACTOR as FATES_EXTRACTOR
from narkomindel.extract.fates import PLURAL_OPEN, FateRules
from narkomindel.extract.infobox import EXTRACTOR as INFOBOX_EXTRACTOR
from narkomindel.extract.infobox import infobox_claims
from narkomindel.extract.mission_context import carry_mission_country
from narkomindel.extract.posts import EXTRACTOR as POSTS_EXTRACTOR
from narkomindel.extract.posts import PostRules
from narkomindel.extract.spans import ByStart
from narkomindel.extract.tokens import sentence_spans
from narkomindel.model import Claim, Document, Mention

__all__ = ["find_claims", "EXTRACTORS"]

#: the pass and the versioned rules it runs (each claim names its own rule)
EXTRACTORS = "extract.claims[{}]".format(
    ",".join(
        x.removeprefix("extract.") for x in (POSTS_EXTRACTOR, FATES_EXTRACTOR, INFOBOX_EXTRACTOR)
    )
)


#: a holder named by a possessive or an object pronoun, or understood as the subject of a
#: gerund ("The years involved serving as consul in …")
_POSSESSIVE_OR_OBJECT = re.compile(
    r"\b(?:[Hh]is|[Hh]er|him)\b|\b(?:included|including|involved)\s+(?:serving|working|acting)\s+as\b"
)

#: a subject pronoun before the first person named in its sentence, after a date or a
#: conjunction that opens the sentence ("In October 1917, he was …", "Then he served …")
_PRONOUN_SUBJECT_FIRST = re.compile(
    r"\W*(?:(?:In|From|By|After|Until|Between|On|During|Later|Then|Thereafter|Subsequently)\b"
    r"[^.;:\n]{0,40}?,?\s+)?(?:[Hh]e|[Ss]he)\s+(?:was|became|served|had|went|returned|took|joined|headed|led)\b"
)

# "A volunteer in 1918, he served …": an opening phrase with no name, then the pronoun
_LEAD_THEN_PRONOUN = re.compile(
    r"\W*[^.;:\n]{0,60}?,\s+(?:[Hh]e|[Ss]he)\s+(?:was|became|served|had|went|returned|took"
    r"|joined|headed|led|attended|acted)\b"
)

#: an object pronoun a verb of sending or appointing governs right after a name ("Y then
#: sent him", "Y posted her to Oslo"): the one sent acts next ("Y met him. He was …" keeps
#: Y; so does "the Y family driver was … arrested him"); "her" before a noun is a
#: possessive ("sent her husband"), so "her" needs a preposition or a stop after it
_OBJECT_PRONOUN = re.compile(
    r"\s+(?:(?:then|later|also|soon|had|personally|immediately)\s+){0,2}(?:sent|dispatched|posted"
    r"|transferred|appointed|named|made|nominated|promoted|assigned|recalled|summoned|ordered"
    r"|asked|invited|chose|entrusted|put|placed)\s+(?:him\b|her\b(?=\s*[,.;]|\s+(?:to|as|in|at)\b))"
)

#: how far before and after its sentence a rule may look for a date (the rules read
#: at most some 40 characters past a sentence's end)
_DATE_REACH = 200


class _Claims(PostRules, FateRules, FateForms):
    def run(self) -> list[Claim]:
        topic = self._topic()
        if self.doc.meta.kind != "registry":
            for claim in infobox_claims(self.text, self.mentions, topic, self.all_dates):
                self.add(claim)
            if topic is None:
                topic = page_topic(self.text, self.mentions, self.persons, self._first_heading())
        salience = Salience(self.text, self.mentions, topic)
        for seg in self.doc.segments:
            if seg.kind in ("record", "authority_entry"):
                continue
            self.attested = self.document_dates.get(seg.group or "")
            spans = sentence_spans(self.text, seg.start, seg.end)
            seg_dates = self.date_index.between(seg.start, seg.end)
            seg_dates = [d for d in seg_dates if d.end <= seg.end]
            by_start = ByStart(seg_dates, lambda d: d.start)
            prev_subject: int | None = None
            salience.paragraph()
            quotes = _Quotes(self.text, seg.start)
            for s, e in spans:
                in_sentence = self.persons_in(max(s, seg.start), min(e, seg.end))
                # the rules read the dates of their sentence and a few words either side
                dates = by_start.between(s - _DATE_REACH, e + _DATE_REACH)
                pronoun = PRONOUN_ANYWHERE.search(self.text, s, e) is not None
                self.description = None
                carried = self._carried(salience, s, e, quotes, prev_subject, in_sentence)
                # a post needs a holder named or pronominal ("appointed him", "his post as")
                if in_sentence or pronoun or _POSSESSIVE_OR_OBJECT.search(self.text, s, e):
                    self.predicate_posts(s, e, in_sentence, dates, carried)
                if in_sentence:
                    self.role_before_parenthesis(s, e, in_sentence, dates)
                    self.plural_role_lists(s, e, in_sentence, dates)
                self.fate_forms(s, e, in_sentence, dates, carried)
                if in_sentence or PRONOUN.match(self.text[s:e]):
                    self.posts(s, e, in_sentence, dates)
                if (
                    in_sentence
                    or pronoun
                    or self.description is not None
                    or (self.fate_group and PLURAL_OPEN.match(self.text, s))
                ):
                    prev_subject = self.fates(s, e, in_sentence, dates, carried)
                if not in_sentence and carried is not None:
                    self.pronoun_posts(s, e, carried, dates)
                elif carried is not None and self._pronoun_first(s, in_sentence[0]):
                    self.series_posts(s, e, carried, dates)  # others are named after "he"
                several = bool(in_sentence) and self._several(in_sentence)
                if in_sentence and not PRONOUN.match(self.text[s:e]):
                    if carried is not None and self._pronoun_first(s, in_sentence[0]):
                        # "In 1917, he was secretary … with X and Y": the pronoun is the
                        # subject, the persons named after it lend nothing to the next "he"
                        prev_subject = carried
                    elif carried is not None and self._acts_on_carried(e, in_sentence, carried):
                        # "Y then sent him to Siberia.": the one sent, not Y, is the next "he"
                        prev_subject = carried
                    else:
                        # a list of several persons lends none of them to a later pronoun
                        prev_subject = None if several else in_sentence[0]
                salience.named(in_sentence, several=several)
        return self._prune(carry_mission_country(self.mentions, self.claims, self.text))

    def _carried(
        self, salience: Salience, s: int, e: int, quotes: _Quotes, prev: int | None,
        persons: list[int],
    ) -> int | None:  # fmt: skip
        """The holder a sentence lends to a pronoun or a role description of its own: a
        definite description's holder, else the most salient person of the pronoun's
        gender (:mod:`.coreference`); none inside a quoted speech."""
        if quotes.inside(s):
            return None
        if (
            not persons
            and not PRONOUN_ANYWHERE.search(self.text, s, e)
            and DESCRIPTION.match(self.text, s, e)  # before finding the sentence's roles
        ):
            roles = self.roles_in(s, e)
            held = salience.described(self.claims, s, e, roles)
            if held is not None:
                self.description = (s, roles[0].end)
                return held
        return salience.pronoun(pronoun_gender(self.text, s, e), prev)

    def _pronoun_first(self, s: int, first: int) -> bool:
        """Is the subject of the sentence at ``s`` a pronoun said before its first name?"""
        lo, hi = s, self.mentions[first].start
        return bool(
            _PRONOUN_SUBJECT_FIRST.match(self.text, lo, hi)
            or _LEAD_THEN_PRONOUN.match(self.text, lo, hi)
        )

    def _acts_on_carried(self, e: int, persons: list[int], carried: int) -> bool:
        """Does the person named in a sentence act on the one carried from before, as an
        object pronoun after the name ("Y then sent him to Siberia", "Y appointed her
        envoy")? The carried person, not Y, stays the topic. Only for one person named."""
        if carried in persons or len({self.mentions[i].text for i in persons}) != 1:
            return False
        # the name is the verb's subject: the verb and its pronoun follow it at once
        return _OBJECT_PRONOUN.match(self.text, self.mentions[persons[-1]].end, e) is not None

    def _several(self, persons: list[int]) -> bool:
        """Does the sentence list three or more persons, the first two coordinated?"""
        if len({self.mentions[i].text for i in persons}) < 3:
            return False
        gap = self.text[self.mentions[persons[0]].end : self.mentions[persons[1]].start]
        return COORD.match(gap) is not None

    def _first_heading(self) -> tuple[int, int] | None:
        """The heading that opens the page, if one does."""
        seg = self.doc.segments[0] if self.doc.segments else None
        return (seg.start, seg.end) if seg is not None and seg.kind == "heading" else None

    @staticmethod
    def _prune(claims: list[Claim]) -> list[Claim]:
        """Drop a post that says less than another of the same person, role and evidence."""
        fuller: dict[tuple[object, object], list[int]] = {}
        for o in claims:
            if o.type == "post" and (o.country or o.department):
                fuller.setdefault((o.subject, o.role), []).append(o.start)
        for starts in fuller.values():
            starts.sort()
        out = []
        for c in claims:
            if c.type == "post" and c.country is None and c.department is None:
                starts = fuller.get((c.subject, c.role), [])
                k = bisect_right(starts, c.start - 300)  # the first within 300 before or after
                if k < len(starts) and starts[k] < c.start + 300:
                    continue
            out.append(c)
        return out


class _Quotes:
    """Whether a position is inside a quoted speech opened since a segment's start,
    counted once over the text as the positions asked about move on (not again from the
    segment's start for every sentence)."""

    def __init__(self, text: str, lo: int) -> None:
        self.text, self.pos = text, lo
        self.straight = self.left = self.right = 0

    def inside(self, pos: int) -> bool:
        if pos > self.pos:
            chunk = self.text[self.pos : pos]
            self.straight += chunk.count('"')
            self.left += chunk.count("“")
            self.right += chunk.count("”")
            self.pos = pos
        return self.straight % 2 == 1 or self.left > self.right


def find_claims(
    doc: Document, mentions: list[Mention], dates: list[DateMatch] | None = None
) -> list[Claim]:
    """Post and fate claims, bound to person mentions (indices into ``mentions``).
    ``dates`` are the document's dates if already found."""
    return _Claims(doc, mentions, dates).run()
