"""The shared context of claim extraction: the document, its person mentions, the
claims found so far, and what several kinds of claim need to know about a clause
(its subject, a possessor, a chain of verbs, a coordination of names)."""

from __future__ import annotations

import re

from narkomindel.extract.dates import DateMatch, find_dates
from narkomindel.extract.spans import ByStart
from narkomindel.model import Claim, Document, Mention

__all__ = [
    "ClaimContext", "PRONOUN", "PRONOUN_ANYWHERE", "COORD", "CLAUSE_BREAK", "RELATIVE_SUBJECT", "ELLIPTICAL",
    "SUBJECT_VERB", "document_dates",
]  # fmt: skip

PRONOUN = re.compile(r"^\W*(?:He|She)\b")
PRONOUN_ANYWHERE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
COORD = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$")
CLAUSE_BREAK = re.compile(
    r"\b(?:whose|which|that|when|while|because|although|but|whom|where)\b|;|:"
)
RELATIVE_SUBJECT = re.compile(r"^\s*,?\s*(?:who|which)\s+$")
# a fate verb straight after "and"/"but": its subject is that of the verb before
ELLIPTICAL = re.compile(r"\b(?:and|but)\s+(?:(?:later|then|eventually|finally)\s+)?$", re.I)
SUBJECT_VERB = re.compile(
    r"(?:['’]s)?\s*(?:\([^)]*\)\s*)?(?:,[^,;]{0,80},\s*)?(?:was|were|had|has|is)\b"
)


def document_dates(doc: Document) -> dict[str, str]:
    """The date of each edited document of a source (TEI: its first dated ``date``)."""
    out: dict[str, str] = {}
    for a in doc.annotations:
        if a.kind == "tei" and a.name == "date" and a.attrs.get("document"):
            when = str(a.attrs.get("when") or "")[:10]
            if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", when):
                out.setdefault(str(a.attrs["document"]), when)
    return out


class ClaimContext:
    """What the claim rules share while they read one document."""

    def __init__(
        self, doc: Document, mentions: list[Mention], dates: list[DateMatch] | None = None
    ) -> None:
        self.doc = doc
        self.all_dates = (
            dates if dates is not None else find_dates(doc.text, language=doc.meta.language)
        )
        self.text = doc.text
        self.mentions = mentions
        self.persons = [i for i, m in enumerate(mentions) if m.type == "person"]
        self.person_index = ByStart(self.persons, lambda i: mentions[i].start)
        self.date_index = ByStart(self.all_dates, lambda d: d.start)
        self.claims: list[Claim] = []
        self.claims_of: dict[int, list[Claim]] = {}  # the same claims, by subject
        self._seen: set[tuple[object, ...]] = set()
        self.sentence: tuple[int, int] | None = None  # of the posts being found
        self.attested: str | None = None  # the date of the edited document being read
        self.document_dates = document_dates(doc)

    def add(self, claim: Claim) -> None:
        key = (
            claim.type,
            claim.subject,
            claim.role,
            claim.country,
            claim.department,
            claim.value,
            claim.start,
        )
        if key in self._seen:
            return
        # the same claim found by two rules over one stretch of text is kept once
        if any(
            c.type == claim.type and c.subject == claim.subject and c.role == claim.role
            and c.country == claim.country and c.department == claim.department
            and c.value == claim.value and c.start < claim.end and claim.start < c.end
            for c in self.claims[-12:]
        ):  # fmt: skip
            return
        self._seen.add(key)
        self.claims.append(claim)
        self.claims_of.setdefault(claim.subject, []).append(claim)

    def persons_in(self, lo: int, hi: int) -> list[int]:
        """The persons named from ``lo`` up to ``hi`` (mention indices, in order)."""
        return self.person_index.between(lo, hi)

    def _topic(self) -> int | None:
        """The person a page is about: a person mention that is the whole of its first
        heading ("Yakov Zakharovich Surits" above an encyclopedia article)."""
        for seg in self.doc.segments:
            if seg.kind != "heading":
                continue
            title = self.text[seg.start : seg.end].strip()
            for i in self.persons:
                m = self.mentions[i]
                if seg.start <= m.start < seg.end and m.text.strip() == title:
                    return i
            return None
        return self._lead_person()

    def _lead_person(self) -> int | None:
        """A page with no heading that opens with a person's name (an encyclopedia or
        dictionary entry, "Surname, Given Names (1880-1938), ...") is about them."""
        first_seg = next((sg for sg in self.doc.segments if sg.kind not in ("heading",)), None)
        if first_seg is None or not self.persons:
            return None
        m = self.mentions[self.persons[0]]
        lead = self.text[first_seg.start : m.start]
        return self.persons[0] if not lead.strip(" \t\n\"'“”‘’*#") else None

    def _chain_subject(self, before: list[int], pos: int) -> int | None:
        """The subject of a chain of verbs ("X was arrested in 1937 but survived"): the first
        person named before ``pos`` whose name is followed by a finite verb."""
        for i in before:
            after = self.text[self.mentions[i].end : pos]
            if SUBJECT_VERB.match(after):
                return i
        return None

    def _possessive(self, i: int) -> bool:
        """Is mention ``i`` a possessor ("Litvinov's deputy"), not the person spoken of?"""
        after = self.text[self.mentions[i].end : self.mentions[i].end + 40]
        return bool(re.match(r"['’]s?\s+(?!(?:was|were|had|has|is)\b)[a-z]", after))
