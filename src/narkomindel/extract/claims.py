"""Claims about persons: posts held and fates (``extract.claims.v1``).

Posts come from role phrases bound to a person: before the name ("Ambassador
to Finland E. A. Asmus", "Deputy Foreign Commissars X and Y"), in apposition
("X, Soviet Ambassador to Rumania,"), in parentheses ("X (chief of protocol)"),
or through a verb ("X became deputy commissar of foreign affairs in 1939").
Fates come from verbs and phrases of the purge vocabulary (recalled, arrested,
shot, died in custody, imprisoned, exiled, defected, refused to return, died,
survived, purged, "the victims included ..."), bound to their subject, with
the date stated in the clause.  Rumours, negations and hypotheticals keep
their modality instead of becoming plain facts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from narkomindel import gazetteer as gz
from narkomindel.extract.dates import DateMatch, find_dates
from narkomindel.extract.roles import RoleMatch, department_in, find_roles
from narkomindel.extract.tokens import sentence_spans
from narkomindel.model import Claim, Document, Mention

__all__ = ["find_claims", "EXTRACTOR"]

EXTRACTOR = "extract.claims.v1"

FATES: list[tuple[str, re.Pattern[str]]] = [
    (
        "executed",
        re.compile(
            r"\b(?:was|were|had been|been)\s+(?:(?:\w+ly|later|soon|also|then|both|all)\s+)?(?:shot|executed|liquidated)\b|\bwas put to death\b"
            r"|(?<=\band )(?:shot|executed)\b(?!\s+(?:down|at)\b)",
            re.I,
        ),
    ),
    (
        "sentenced",
        re.compile(
            r"\b(?:was|were)\s+(?:(?:\w+ly|later|soon|also|then|both|all)\s+)?sentenced\b", re.I
        ),
    ),
    (
        "died in custody",
        re.compile(
            r"\bdied\s+(?:in\s+(?:prison|custody|a\s+(?:labor|labour)\s+camp|the\s+camps?|camp|the\s+Gulag)|under\s+interrogation)\b",
            re.I,
        ),
    ),
    (
        "arrested",
        re.compile(
            r"\b(?:was|were|had been|been)\s+(?:(?:\w+ly|later|soon|also|then|both|all)\s+)?arrested\b|(?<=\band )arrested\b",
            re.I,
        ),
    ),
    (
        "imprisoned",
        re.compile(
            r"\b(?:was|were)\s+(?:imprisoned|sent to (?:a\s+)?(?:labor\s+|labour\s+)?camps?|jailed)\b",
            re.I,
        ),
    ),
    ("exiled", re.compile(r"\b(?:was|were)\s+(?:exiled|deported|banished)\b", re.I)),
    (
        "recalled",
        re.compile(
            r"\b(?:was|were|had been)\s+(?:(?:\w+ly|later|soon|also|then|both|all)\s+)?recalled\b",
            re.I,
        ),
    ),
    (
        "defected",
        re.compile(
            r"\b(?:defected|refused to return|fled (?:to|abroad)|made good (?:his|her) escape|became a non-returner|sought asylum)\b",
            re.I,
        ),
    ),
    (
        "died",
        re.compile(
            r"\b(?:died|committed suicide|was killed|perished)\b(?!\s+in\s+(?:prison|custody|camp))",
            re.I,
        ),
    ),
    (
        "survived",
        re.compile(
            r"\b(?:survived|was not purged|escaped arrest|remained at (?:his|her|their) posts?)\b",
            re.I,
        ),
    ),
    (
        "purged",
        re.compile(
            r"\b(?:was|were)\s+purged\b|\bfell (?:victim|in the e[zs]h?ovshchina)|\bdisappeared\b|\bvanished\b",
            re.I,
        ),
    ),
    ("rehabilitated", re.compile(r"\b(?:was|were)\s+(?:posthumously\s+)?rehabilitated\b", re.I)),
]
_VICTIMS = re.compile(
    r"\b(?:the\s+)?(?:victims|those\s+(?P<how>arrested|shot|executed|purged|repressed))\s+"
    r"(?:included|were|among\s+\w+\s+were)\b"
    r"|\bamong\s+(?:the\s+victims|those\s+(?P<how2>arrested|shot|executed|purged|repressed))"
    r"(?:\s+(?:were|was))?\b",
    re.I,
)
# "those shot were ...": the fate the list names
_VICTIMS_FATE = {"shot": "executed", "executed": "executed", "arrested": "arrested"}
_RUMOUR = re.compile(r"\b(?:rumou?red|it was said|reportedly|allegedly|rumou?rs?)\b", re.I)
_HYPO = re.compile(
    r"\b(?:may|might|could|would)\s+(?:well\s+)?(?:have\s+)?(?:been\s+)?$|\b(?:probably|perhaps|possibly|likely)\s+$",
    re.I,
)
_NEG = re.compile(r"\b(?:not|never|no longer|nor)\b[^,;.]*$", re.I)
_NEG_AFTER = re.compile(r"^\W*(?:never materiali[sz]ed|did not|was not)\b", re.I)
_PRONOUN = re.compile(r"^\W*(?:He|She)\b")
_VERB_POST = re.compile(
    r"(?:,\s*who\s+(?:had\s+been|has\s+been|was)|^\s*(?:had\s+been|has\s+been|was|remained))\s+"
    r"(?:(?:the|a|an|Soviet)\s+)*$"
    r"|\b(?:became|was appointed(?:\s+as)?|was named|was made|served as|was promoted to|was transferred to|"
    r"was sent as|went as|succeeded\s+\w+\s+as|replaced\s+\w+\s+as|was placed in charge of|headed)\s+"
    r"(?:the\s+|a\s+|an\s+)?$",
    re.I,
)
_BETWEEN_ROLE_AND_NAME = re.compile(r"^[\s,]*(?:(?:the|Soviet|former|then|Mr\.?|Comrade)\s+)*$")
_APPOSITION = re.compile(
    r"^(?:['’]s)?\s*,\s+(?:(?:the|a|an|former|then|acting|Soviet|Russian|Narkomindel|NKID)\s+)*"
)
_COORD = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$")
_CLAUSE_BREAK = re.compile(
    r"\b(?:whose|which|that|when|while|because|although|but|whom|where)\b|;|:"
)
_RELATIVE_SUBJECT = re.compile(r"^\s*,?\s*(?:who|which)\s+$")
_DEPT_VERB_FIND = re.compile(
    r"\b(?:was\s+)?(?:placed in charge of|put in charge of|headed|head of|chief of|director of)\s+"
    r"(?:the\s+)?(?:(?:NKID|Narkomindel|commissariat's|Commissariat's)\s+)?",
    re.I,
)
# a fate verb straight after "and"/"but": its subject is that of the verb before
_ELLIPTICAL = re.compile(r"\b(?:and|but)\s+(?:(?:later|then|eventually|finally)\s+)?$", re.I)
_SUBJECT_VERB = re.compile(
    r"(?:['’]s)?\s*(?:\([^)]*\)\s*)?(?:,[^,;]{0,80},\s*)?(?:was|were|had|has|is)\b"
)
_PRONOUN_BEFORE_FATE = re.compile(
    r"\b(?:he|she)\s+(?:was\s+|had\s+been\s+|(?:later|eventually|also|too)\s+)*$", re.I
)
_DATE_LEAD = re.compile(
    r"^\s*(?:,\s*)?\(?\s*(?:in|from|since|until|till|on|of)?\s*(?:the\s+)?$", re.I
)
# "polpred in Denmark (1918-19), Afghanistan (1919-21) and Turkey": more postings, one role
_NEXT_POSTING = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:then|later)\s+)?(?:(?:to|in|at)\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_TERM_AFTER_PLACE = re.compile(
    r"\s*\(\s*(?P<a>1[89]\d\d)(?:\s*[-–—]\s*(?P<b>(?:1[89])?\d\d))?\s*\)"
    r"|\s+from\s+(?P<c>1[89]\d\d)\s+(?:to|until|till)\s+(?P<d>1[89]\d\d)"
    r"|\s+in\s+(?P<e>1[89]\d\d)\b"
)
_AND_VERB_BEFORE_ROLE = re.compile(
    r"(?:,\s*)?\band\s+(?:(?:later|then|also)\s+)?(?:was|became|served\s+as)\s+"
    r"(?:(?:the|a|an|Soviet)\s+)*$",
    re.I,
)
_PRONOUN_VERB_GAP = re.compile(
    r"(?:(?:later|then|also|briefly)\s+)?(?:was|served\s+as|became|was\s+appointed(?:\s+as)?|"
    r"was\s+named|was\s+made|was\s+sent\s+as|headed)\s+(?:(?:the|a|an|Soviet)\s+)*",
    re.I,
)
# a sentence whose subject is a pronoun: "From 1946 he was ambassador to Brazil"
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?=(?:later\s+|then\s+|also\s+|briefly\s+)?"
    r"(?:was|served|became|headed|returned|went|took)\b)"
)
# "In 1931 the commissariat sent Ambassador X": a date opening the sentence, a verb of
# posting between it and the post
_OPENING_DATE = re.compile(r"^\s*(?:(?:in|by)\s+)?$", re.I)
# "From 1946 to 1947 he was ambassador ...": the term opens the sentence
_OPENING_TERM_GAP = re.compile(r"^\s*,?\s*(?:he|she)\s+(?:was|served\s+as|became)\b", re.I)
_POSTING_VERB = re.compile(
    r"\b(?:sent|appointed|named|posted|transferred|dispatched|became|arrived|took\s+up)\b", re.I
)
# "X ... served from 1933 to 1937": a term of office after the post, in the same sentence
_TERM_AFTER = re.compile(
    r"^\s*,?\s*(?:who\s+)?(?:served|stayed|remained|held\s+(?:the|that|this)\s+post)"
    r"(?:\s+there)?\s+(?:from\s+|between\s+|until\s+|till\s+|in\s+)?$",
    re.I,
)


def _document_dates(doc: Document) -> dict[str, str]:
    """The date of each edited document of a source (TEI: its first dated ``date``)."""
    out: dict[str, str] = {}
    for a in doc.annotations:
        if a.kind == "tei" and a.name == "date" and a.attrs.get("document"):
            when = str(a.attrs.get("when") or "")[:10]
            if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", when):
                out.setdefault(str(a.attrs["document"]), when)
    return out


def _sentence_of(spans: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return pos, pos


def _clause_dates(dates: list[DateMatch], s: int, e: int) -> list[DateMatch]:
    return [d for d in dates if s <= d.start and d.end <= e]


class _Claims:
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
        self.claims: list[Claim] = []
        self._seen: set[tuple[object, ...]] = set()
        self.sentence: tuple[int, int] | None = None  # of the posts being found
        self.attested: str | None = None  # the date of the edited document being read
        self.document_dates = _document_dates(doc)

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
        if key not in self._seen:
            self._seen.add(key)
            self.claims.append(claim)

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
        return None

    def run(self) -> list[Claim]:
        topic = self._topic()
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
                if in_sentence or _PRONOUN.match(self.text[s:e]):
                    self.posts(s, e, in_sentence, dates)
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
                if in_sentence and not _PRONOUN.match(self.text[s:e]):
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

    # -- posts ---------------------------------------------------------------------
    def _post(
        self,
        subject: int,
        role: RoleMatch,
        ev_start: int,
        ev_end: int,
        dates: list[DateMatch],
        conf: float,
    ) -> None:
        ev_start, ev_end = min(ev_start, ev_end), max(ev_start, ev_end)
        if role.country and role.end <= ev_end <= role.end + 1:
            self._more_postings(subject, role, ev_start, ev_end, conf)
        after = [
            d
            for d in dates
            if ev_end <= d.start <= ev_end + 25 and _DATE_LEAD.match(self.text[ev_end : d.start])
        ]
        date_start = date_end = None
        if after:
            d = after[0]
            before_text = self.text[max(0, d.start - 8) : d.start].lower()
            if "/" in d.edtf and not d.edtf.startswith(".."):
                date_start, date_end = d.edtf.split("/", 1)
            elif "until" in before_text or "till" in before_text:
                date_end = d.edtf
            elif d.edtf.startswith("../"):
                date_end = d.edtf[3:]
            else:
                date_start = d.edtf.split("/")[0]
            ev_end = max(ev_end, d.end)
        elif self.sentence is not None:
            date_start, date_end = self._term_in_sentence(ev_start, ev_end, dates)
        self.add(
            Claim(
                "post",
                subject,
                ev_start,
                ev_end,
                self.text[ev_start:ev_end],
                EXTRACTOR,
                conf,
                role=role.role,
                organisation=role.organisation,
                department=role.department,
                country=role.country,
                date_start=date_start,
                date_end=date_end,
                attrs=self._post_attrs(role, date_start or date_end),
            )
        )

    def _more_postings(
        self, subject: int, role: RoleMatch, ev_start: int, end: int, conf: float
    ) -> None:
        """The same role in the places listed after the first one, each with its term."""
        limit = self.sentence[1] if self.sentence else len(self.text)
        places = gz.places()
        pos = end
        while True:
            term = _TERM_AFTER_PLACE.match(self.text, pos, limit)
            pos = term.end() if term else pos
            m = _NEXT_POSTING.match(self.text, pos, limit)
            if not m:
                return
            words = m.group("place").split()
            found = next(
                (
                    (" ".join(words[:n]), places[" ".join(words[:n])])
                    for n in range(len(words), 0, -1)
                    if " ".join(words[:n]) in places
                ),
                None,
            )
            if found is None:
                return
            surface, (canonical, kind, country) = found
            if kind != "state" and not country:
                return
            place_end = m.start("place") + len(surface)
            term = _TERM_AFTER_PLACE.match(self.text, place_end, limit)
            start_year = end_year = None
            if term:
                start_year = term.group("a") or term.group("c") or term.group("e")
                end_year = term.group("d") or (
                    (term.group("a")[:2] + term.group("b")[-2:]) if term.group("b") else None
                )
            stop = term.end() if term else place_end
            self.add(
                Claim(
                    "post", subject, ev_start, stop, self.text[ev_start:stop], EXTRACTOR,
                    conf - 0.05, role=role.role, organisation=role.organisation,
                    department=role.department, country=country or canonical,
                    date_start=start_year, date_end=end_year,
                    attrs=self._post_attrs(role, start_year or end_year),
                )
            )  # fmt: skip
            pos = place_end

    def pronoun_posts(self, s: int, e: int, subject: int, dates: list[DateMatch]) -> None:
        """Posts of a sentence whose subject is a pronoun standing for ``subject``."""
        self.sentence = (s, e)
        pm = _PRONOUN_SUBJECT.search(self.text, s, e)
        if pm is None:
            return
        for role in find_roles(self.text, pm.end(), e):
            gap = self.text[pm.end() : role.start]
            if _PRONOUN_VERB_GAP.fullmatch(gap):
                self._post(subject, role, pm.start(), role.end, dates, 0.7)
        self._coordinated_roles(subject, pm.start(), dates)

    def _coordinated_roles(self, subject: int, from_pos: int, dates: list[DateMatch]) -> None:
        """ "X served as polpred in Turkey and was ambassador to Germany": a role after
        "and was" in the sentence where ``subject`` already holds a post is theirs too,
        unless another person is named in between."""
        assert self.sentence is not None
        s, e = self.sentence
        held = [
            c for c in self.claims if c.type == "post" and c.subject == subject and s <= c.start < e
        ]
        if not held:
            return
        for role in find_roles(self.text, from_pos, e):
            if not _AND_VERB_BEFORE_ROLE.search(self.text[max(s, role.start - 40) : role.start]):
                continue
            last = max((c.end for c in held if c.end <= role.start), default=None)
            if last is None or any(
                m.type == "person" and last <= m.start < role.start for m in self.mentions
            ):
                continue
            if any(c.role == role.role and c.country == role.country for c in held):
                continue
            self._post(subject, role, role.start, role.end, dates, 0.7)

    def _post_attrs(self, role: RoleMatch, dated: str | None) -> dict[str, Any]:
        """A post's flags; an undated post in a dated document (a dispatch of 14 May 1918)
        is attested on that date: the person held the post then."""
        attrs: dict[str, Any] = {"elite": role.elite, "former": role.former, "soviet": role.soviet}
        if not dated and self.attested and not role.former:
            attrs["attested"] = self.attested
        return attrs

    def _chain_subject(self, before: list[int], pos: int) -> int | None:
        """The subject of a chain of verbs ("X was arrested in 1937 but survived"): the first
        person named before ``pos`` whose name is followed by a finite verb."""
        for i in before:
            after = self.text[self.mentions[i].end : pos]
            if _SUBJECT_VERB.match(after):
                return i
        return None

    def _possessive(self, i: int) -> bool:
        """Is mention ``i`` a possessor ("Litvinov's deputy"), not the person spoken of?"""
        after = self.text[self.mentions[i].end : self.mentions[i].end + 40]
        return bool(re.match(r"['’]s?\s+(?!(?:was|were|had|has|is)\b)[a-z]", after))

    def _term_in_sentence(
        self, ev_start: int, ev_end: int, dates: list[DateMatch]
    ) -> tuple[str | None, str | None]:
        """Dates of a post stated elsewhere in its sentence: an opening date with a verb of
        posting ("In 1931 ... sent Ambassador X"), or a term after it ("X served from 1933
        to 1937"). Only when no other person stands between."""
        assert self.sentence is not None
        s, e = self.sentence
        others = [
            m for m in self.mentions if m.type == "person" and s <= m.start < e
            and not ev_start <= m.start < ev_end
        ]  # fmt: skip
        for d in dates:
            between = (d.end, ev_start) if d.end <= ev_start else (ev_end, d.start)
            if d.start < s or d.end > e or any(between[0] <= m.start < between[1] for m in others):
                continue
            if d.end <= ev_start and _OPENING_DATE.match(self.text[s : d.start]):
                gap = self.text[d.end : ev_start]
                if "/" not in d.edtf and _POSTING_VERB.search(gap):
                    return d.edtf, None
                if _OPENING_TERM_GAP.match(self.text[d.end : ev_end]) and not d.edtf.startswith(
                    ".."
                ):
                    start, _, end = d.edtf.partition("/")
                    return start or None, (end if end and end != ".." else None)
            elif d.start >= ev_end and _TERM_AFTER.match(self.text[ev_end : d.start]):
                if "/" in d.edtf and not d.edtf.startswith(".."):
                    start, end = d.edtf.split("/", 1)
                    return start or None, None if end == ".." else end
        return None, None

    def posts(self, s: int, e: int, persons: list[int], dates: list[DateMatch]) -> None:
        self.sentence = (s, e)
        roles = find_roles(self.text, s, e)
        if not persons:
            return
        ms = self.mentions
        bound_forward: set[int] = set()
        for k, role in enumerate(roles):
            nxt = [i for i in persons if ms[i].start >= role.end]
            if nxt and _BETWEEN_ROLE_AND_NAME.match(self.text[role.end : ms[nxt[0]].start]):
                bound_forward.add(k)
        for k in range(len(roles) - 2, -1, -1):  # "R1 and then R2 NAME": both roles are the name's
            if k + 1 in bound_forward and re.fullmatch(
                r"\s+and\s+(?:then\s+|later\s+|also\s+)?",
                self.text[roles[k].end : roles[k + 1].start],
            ):
                bound_forward.add(k)
        for k, role in enumerate(roles):
            # role before the name(s)
            nxt = [i for i in persons if ms[i].start >= role.end]
            if (
                k in bound_forward
                and k + 1 < len(roles)
                and (k + 1) in bound_forward
                and re.fullmatch(
                    r"\s+and\s+(?:then\s+|later\s+|also\s+)?",
                    self.text[role.end : roles[k + 1].start],
                )
            ):
                nxt = [i for i in persons if ms[i].start >= roles[k + 1].end]
                self._post(nxt[0], role, role.start, ms[nxt[0]].end, dates, 0.8)
            elif k in bound_forward:
                first = nxt[0]
                self._post(first, role, role.start, ms[first].end, dates, 0.85)
                if role.plural:
                    prev = first
                    for j in nxt[1:]:
                        if _COORD.match(self.text[ms[prev].end : ms[j].start]):
                            self._post(j, role, role.start, ms[j].end, dates, 0.8)
                            prev = j
                        else:
                            break
            # name, role (apposition)
            prv = [i for i in persons if ms[i].end <= role.start]
            if prv and k not in bound_forward:
                p = prv[-1]
                gap = self.text[ms[p].end : role.start]
                if _APPOSITION.fullmatch(gap):
                    self._post(p, role, ms[p].start, role.end, dates, 0.85)
                    continue
                # name ... became / was appointed ... role
                if _VERB_POST.search(gap) and not any(
                    ms[p].end <= ms[i].start < role.start for i in persons
                ):
                    self._post(p, role, ms[p].start, role.end, dates, 0.75)
        # name ... was placed in charge of the Personnel Department
        for i in persons:
            if self._possessive(i):
                continue  # "X's deputy, the head of ...": the post is the deputy's
            rest = self.text[ms[i].end : e][:200]
            for vm in _DEPT_VERB_FIND.finditer(rest):
                if _CLAUSE_BREAK.search(rest[: vm.end()]):
                    break
                dep = department_in(rest[vm.end() : vm.end() + 60])
                if dep and dep[1] == 0:
                    r = RoleMatch.in_department("head of department", dep[0])
                    self._post(i, r, ms[i].start, ms[i].end + vm.end() + dep[2], dates, 0.75)
                    break
        # name, of the NKID Press Department
        for i in persons:
            am = re.match(
                r"(?:['’]s)?,\s+of\s+the\s+(?:(?:NKID|Narkomindel|Soviet|commissariat's)\s+)?",
                self.text[ms[i].end : e],
            )
            if am:
                dep = department_in(self.text[ms[i].end + am.end() : ms[i].end + am.end() + 60])
                if dep and dep[1] == 0:
                    r = RoleMatch.in_department("official", dep[0])
                    self._post(i, r, ms[i].start, ms[i].end + am.end() + dep[2], dates, 0.7)
        # name (of the Second Western Division) / name (chief of protocol)
        for i in persons:
            m = re.match(r"\s*\(([^()]{3,80})\)", self.text[ms[i].end : e])
            if not m:
                continue
            inside = m.group(1)
            in_roles = find_roles(inside)
            dep = department_in(inside)
            group_role = next(
                (r for r in reversed(roles) if r.end <= ms[i].start and r.plural), None
            )
            if in_roles:
                for r in in_roles:
                    self._post(i, r, ms[i].start, ms[i].end + m.end(), dates, 0.8)
            elif dep and group_role is not None:
                r = RoleMatch.in_department(group_role.role, dep[0], elite=group_role.elite)
                self._post(i, r, ms[i].start, ms[i].end + m.end(), dates, 0.75)

    # -- fates ---------------------------------------------------------------------
    def fates(
        self, s: int, e: int, persons: list[int], dates: list[DateMatch], prev: int | None
    ) -> int | None:
        text = self.text
        ms = self.mentions
        sentence = text[s:e]
        rumour = bool(_RUMOUR.search(sentence))
        victims = _VICTIMS.search(text, s, e)
        if victims:
            how = (victims.group("how") or victims.group("how2") or "").lower()
            for i in persons:
                if ms[i].start >= victims.end() and not self._possessive(i):
                    self._fate(
                        i,
                        _VICTIMS_FATE.get(how, "purged"),
                        victims.start(),
                        ms[i].end,
                        dates,
                        "rumoured" if rumour else "asserted",
                        0.85,
                    )
        subject_for_next = prev
        for value, pattern in FATES:
            for m in pattern.finditer(text, s, e):
                if m.start() < (victims.end() if victims else -1):
                    continue
                before = [i for i in persons if ms[i].end <= m.start()]
                subjects: list[int] = []
                clause = re.split(r"[;:]|,\s+(?:and|but)\s+", text[s : m.start()])[-1]
                in_clause = [
                    i for i in persons if m.start() - len(clause) <= ms[i].start < m.start()
                ]
                if re.match(r"\s*(?:and\s+|but\s+|then\s+)?(?:he|she)\b", clause, re.I) or (
                    # "...; unlike many colleagues he survived": the pronoun right before the fate
                    not in_clause and _PRONOUN_BEFORE_FATE.search(clause)
                ):
                    # "...; he was shot": the pronoun stands for the sentence's subject, or the last one's
                    in_clause_start = m.start() - len(clause)
                    earlier = [i for i in before if ms[i].end <= in_clause_start]
                    subjects = [earlier[0]] if earlier else ([prev] if prev is not None else [])
                elif (
                    _ELLIPTICAL.search(text[s : m.start()])
                    and (chain := self._chain_subject(before, m.start())) is not None
                ):
                    # "X was tried with Y in 1938 and shot in 1941": X, the subject of the chain
                    subjects = [chain]
                elif before:
                    last = before[-1]
                    if self._possessive(last):
                        continue  # "X's deputy was arrested": the deputy was, not X
                    # a clause break with another verb between name and fate: the name is not the subject
                    gap = text[ms[last].end : m.start()]
                    if len(gap) > 100 or (
                        _CLAUSE_BREAK.search(gap) and not _RELATIVE_SUBJECT.match(gap)
                    ):
                        continue
                    subjects = [last]
                    k = len(before) - 1
                    while k > 0 and _COORD.match(text[ms[before[k - 1]].end : ms[before[k]].start]):
                        subjects.insert(0, before[k - 1])
                        k -= 1
                if not subjects:
                    continue
                lead = text[max(s, m.start() - 40) : m.start()]
                modality = "asserted"
                if _NEG.search(lead) or _NEG_AFTER.match(text[m.end() : m.end() + 30]):
                    modality = "negated"
                elif _HYPO.search(lead):
                    modality = "hypothetical"
                elif rumour:
                    modality = "rumoured"
                for subj in subjects:
                    self._fate(subj, value, ms[subj].start, m.end(), dates, modality, 0.8)
                subject_for_next = subjects[-1]
        return subject_for_next if persons or subject_for_next is not None else prev

    def _fate(
        self,
        subject: int,
        value: str,
        start: int,
        end: int,
        dates: list[DateMatch],
        modality: str,
        conf: float,
    ) -> None:
        start, end = min(start, end), max(start, end)
        sent_end = end
        m = re.search(
            r"[;.](?:\s|$)|\s(?:and|but|then)\s+(?:was|were|had|he|she|later)\b",
            self.text[end : end + 120],
        )
        if m:
            sent_end = end + m.start()
        near = [d for d in dates if end <= d.start <= sent_end and d.kind != "decade"]
        date = near[0].edtf if near else None
        if near:
            end = max(end, near[0].end)
        self.add(
            Claim(
                "fate",
                subject,
                start,
                end,
                self.text[start:end],
                EXTRACTOR,
                conf,
                value=value,
                date_start=date,
                modality=modality,
            )
        )


def find_claims(
    doc: Document, mentions: list[Mention], dates: list[DateMatch] | None = None
) -> list[Claim]:
    """Post and fate claims, bound to person mentions (indices into ``mentions``).
    ``dates`` are the document's dates if already found."""
    return _Claims(doc, mentions, dates).run()
