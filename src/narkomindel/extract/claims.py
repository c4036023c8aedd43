"""Claims about persons, posts and fates, read sentence by sentence.

The post rules (:mod:`~narkomindel.extract.posts`) and the fate rules
(:mod:`~narkomindel.extract.fates`) share one pass over the document: a
sentence's subject carries to the next one (a pronoun, "he was later shot"),
and a page about one person (its heading is their name) lends them to
sentences that name no one.
"""

from __future__ import annotations

from narkomindel.extract.clauses import PRONOUN, PRONOUN_ANYWHERE
from narkomindel.extract.dates import DateMatch
from narkomindel.extract.fate_forms import FateForms
from narkomindel.extract.fates import EXTRACTOR as FATES_EXTRACTOR
from narkomindel.extract.fates import FateRules
from narkomindel.extract.infobox import EXTRACTOR as INFOBOX_EXTRACTOR
from narkomindel.extract.infobox import infobox_claims
from narkomindel.extract.posts import EXTRACTOR as POSTS_EXTRACTOR
from narkomindel.extract.posts import PostRules
from narkomindel.extract.tokens import sentence_spans
from narkomindel.model import Claim, Document, Mention

__all__ = ["find_claims", "EXTRACTORS"]

#: the pass and the versioned rules it runs (each claim names its own rule)
EXTRACTORS = "extract.claims[{}]".format(
    ",".join(
        x.removeprefix("extract.") for x in (POSTS_EXTRACTOR, FATES_EXTRACTOR, INFOBOX_EXTRACTOR)
    )
)


class _Claims(PostRules, FateRules, FateForms):
    def run(self) -> list[Claim]:
        topic = self._topic()
        if self.doc.meta.kind != "registry":
            for claim in infobox_claims(self.text, self.mentions, topic, self.all_dates):
                self.add(claim)
        for seg in self.doc.segments:
            if seg.kind in ("record", "authority_entry"):
                continue
            self.attested = self.document_dates.get(seg.group or "")
            spans = sentence_spans(self.text, seg.start, seg.end)
            dates = [d for d in self.all_dates if seg.start <= d.start and d.end <= seg.end]
            prev_subject: int | None = None
            seg_persons = [i for i in self.persons if seg.start <= self.mentions[i].start < seg.end]
            for s, e in spans:
                in_sentence = [i for i in seg_persons if s <= self.mentions[i].start < e]
                carried = prev_subject if prev_subject is not None else topic
                pronoun = PRONOUN_ANYWHERE.search(self.text, s, e) is not None
                if in_sentence or pronoun:  # a post needs a holder named or pronominal
                    self.predicate_posts(s, e, in_sentence, dates, carried)
                if in_sentence:
                    self.role_before_parenthesis(s, e, in_sentence, dates)
                    self.plural_role_lists(s, e, in_sentence, dates)
                self.fate_forms(s, e, in_sentence, dates, carried)
                if in_sentence or PRONOUN.match(self.text[s:e]):
                    self.posts(s, e, in_sentence, dates)
                if in_sentence or pronoun:
                    prev_subject = self.fates(
                        s,
                        e,
                        in_sentence,
                        dates,
                        prev_subject if prev_subject is not None else topic,
                    )
                if not in_sentence and (prev_subject is not None or topic is not None):
                    subject = prev_subject if prev_subject is not None else topic
                    assert subject is not None
                    self.pronoun_posts(s, e, subject, dates)
                if in_sentence and not PRONOUN.match(self.text[s:e]):
                    prev_subject = in_sentence[0]
        return self._prune(self.claims)

    @staticmethod
    def _prune(claims: list[Claim]) -> list[Claim]:
        """Drop a post that says less than another of the same person, role and evidence."""
        out = []
        for c in claims:
            if c.type == "post" and c.country is None and c.department is None and any(
                o is not c and o.type == "post" and o.subject == c.subject and o.role == c.role
                and (o.country or o.department) and abs(o.start - c.start) < 300
                for o in claims
            ):  # fmt: skip
                continue
            out.append(c)
        return out


def find_claims(
    doc: Document, mentions: list[Mention], dates: list[DateMatch] | None = None
) -> list[Claim]:
    """Post and fate claims, bound to person mentions (indices into ``mentions``).
    ``dates`` are the document's dates if already found."""
    return _Claims(doc, mentions, dates).run()
