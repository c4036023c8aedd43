"""Post claims: role phrases bound to a person (``extract.posts``).

Before the name ("Ambassador to Finland E. A. Asmus", "Deputy Foreign
Commissars X and Y"), in apposition ("X, Soviet Ambassador to Rumania,"), in
parentheses ("X (chief of protocol)"), through a verb ("X was named deputy
commissar in 1931"), with a pronoun for the subject ("From
1946 he was ambassador to Brazil"), and lists of postings with their terms.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from narkomindel import gazetteer as gz
from narkomindel.extract.clauses import CLAUSE_BREAK, COORD, ClaimContext
from narkomindel.extract.dates import DateMatch
from narkomindel.extract.host import conference_host, host_gap, place_in_gap, sender_gap
from narkomindel.extract.name_parts import surname_of
from narkomindel.extract.post_frames import LOOSE_APPOSITION, deputies, post_frames
from narkomindel.extract.post_gaps import (
    TERM_AND_RANK,
    given_names_end,
    longest_place,
    of_state,
    place_after_name,
    respectively,
    shared_postings,
    there_place,
)
from narkomindel.extract.predicates import coordinated, relative_object, subjects_before
from narkomindel.extract.role_context import sender_start
from narkomindel.extract.roles import RoleMatch, department_in, find_roles, foreign_department
from narkomindel.extract.staff_bodies import body_alone
from narkomindel.gazetteer.portfolios import portfolio
from narkomindel.gazetteer.vocabulary import DIPLOMATIC_ROLES, STATE_OFFICES
from narkomindel.model import Claim

__all__ = ["PostRules", "EXTRACTOR"]

EXTRACTOR = "extract.posts.v25"

_VERB_POST = re.compile(
    r"(?:,\s*who\s+(?:had\s+been|has\s+been|was)|^\s*(?:had\s+been|has\s+been|was|remained))\s+"
    r"(?:one\s+of\s+)?(?:(?:the|a|an|Soviet)\s+)*$"  # "X was one of the Soviet delegates"
    r"|\b(?:became|(?:was|had\s+been|has\s+been)\s+(?:appointed(?:\s+as)?|named|made)|served as"
    r"|was promoted to|was transferred to|"
    r"was sent as|went as|succeeded\s+\w+\s+as|replaced\s+\w+\s+as|was placed in charge of|headed)\s+"
    r"(?:the\s+|a\s+|an\s+)?$",
    re.I,
)
_BETWEEN_ROLE_AND_NAME = re.compile(
    # "As People's Commissar from 1930, X signed": a term may stand before the name
    r"^(?:\s*\(?(?:from|in|since|between)\s+1[89]\d\d(?:\s*(?:[-–—]|to|and)\s*(?:1[89])?\d\d)?\)?)?"
    # "The Ambassador here, Mr. X", "Military Attaché Colonel X", "Ambassador Count von X"
    r"(?:\s+(?:here|there))?"
    # "people's commissar for foreign affairs comrade X" (a translated Soviet text)
    r"[\s,]*(?:(?:the|Soviet|former|then|Mr\.?|[Cc]omrade|Sir|Lord|Herr|Monsieur|M\.|Mme\.?|Dr\.?"
    r"|Count|Baron|Prince|General|Signor|Se[nñ]h?or|Marshal|Admiral|Madame|Mrs\.?|Miss"
    r"|Colonel|Col\.|Lieutenant|Lt\.|Major|Maj\.|Captain|Capt\.|Commander|Brigadier"
    r"|His\s+Excellency|H\.\s*E\.|Professor|Prof\.|von|van|de|der|du)\s+)*$"
)
_APPOSITION = re.compile(
    # "X, 42, Soviet envoy to Mexico", "X (1890-1938), Soviet ambassador to Japan"
    # "Orlik, P. – envoy of Soviet Russia in Norway" (an index line)
    r"^(?:['’]s)?(?:\s*\([^()]{0,60}\))?\s*(?:,|\s[-–—])\s+(?:\d{1,3}\s*,\s+)?"
    r"(?:(?:the|a|an|former|formerly|then|acting|later|new|other|future|Soviet|onetime|erstwhile|"
    r"longtime|newly\s+appointed|recently\s+appointed|newly\s+named|"
    r"Russian|Narkomindel|NKID|now|lately|recently|previously|once|sometime|one-time|until\s+recently"
    r"|at\s+present|at\s+that\s+time|at\s+one\s+time|hitherto|himself|herself|still)\s+)*(?:(?:"
    + gz.demonym_alternation()
    # "X, newly named US consul in Lima": the abbreviated state as adjective
    + r"|(?-i:U\.\s?S\.(?:\s?A\.)?|US|USA)"
    + r")\s+|(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s)\s+)?"  # "X, Sweden's foreign minister"
)
_POSSESSED = re.compile(r"['’]s?\b")  # "X, the ambassador's wife": the post is not X's
_DEPT_VERB_FIND = re.compile(
    r"\b(?:was\s+)?(?:placed in charge of|put in charge of|headed|to\s+head"
    # not the deputy's: "deputy head of the Press Department" is a role of its own
    r"|(?<!deputy\s)(?<!assistant\s)(?:head|chief|director)\s+of)\s+"
    r"(?:the\s+)?(?:(?:NKID|Narkomindel|commissariat's|Commissariat's)\s+)?",
    re.I,
)
# an appointment X makes (active, right before the role): the post is its object's
_ACTIVE_APPOINTS = re.compile(
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)\b(?:made|appointed|named|nominated|designated)\s*$"
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
    r"|\s+in\s+(?P<e>1[89]\d\d)(?:\s*[-–—]\s*(?P<f>(?:1[89])?\d\d))?\b"
    r"|,?\s+(?P<g>1[89]\d\d)\s*[-–—]\s*(?P<h>(?:1[89])?\d\d)\b"  # "Turkey 1921–23"
)
# "he was ambassador to Poland; in 1923–1926, the Ambassador to China": an item of a list
# after a semicolon, with its term and nothing else before the role
_TERM_ITEM_BEFORE_ROLE = re.compile(
    r";\s*(?:and\s+)?(?:(?:then|later|subsequently)\s*,?\s+)?(?:(?:in|from|after|until|by|since"
    r"|between|during)\s+(?:[A-Z][a-z]+\s+)?1[89]\d\d(?:\s*(?:[-–—]|to|and)\s*(?:1[89])?\d\d)?"
    r"\s*,?\s+)?(?:(?:the|a|an|then|later|Soviet)\s+)*$"
    # "he was a member of the Council; then served as secretary of the delegation"
    r"|;\s*(?:and\s+)?(?:then|later|subsequently)\s+(?:was|became|served\s+as)\s+"
    r"(?:(?:the|a|an|Soviet)\s+)*$"
)
_AND_VERB_BEFORE_ROLE = re.compile(
    r"(?:,\s*)?\band\s+(?:(?:later|then|also)\s+)?(?:was|became|served\s+as)\s+"
    r"(?:(?:the|a|an|Soviet)\s+)*$",
    re.I,
)
_PRONOUN_VERB_GAP = re.compile(
    r"(?:(?:later|then|also|briefly)\s+)?(?:was|served\s+as|became(?:\s+\(\s*1[89]\d\d\s*\))?|was\s+appointed(?:\s+as)?|"
    r"was\s+named|was\s+made|was\s+sent\s+as|headed|continued\s+(?:to\s+serve\s+)?as|"
    r"remained|acted\s+as|worked\s+as)\s+(?:(?:the|a|an|Soviet|nominal|acting)\s+)*",
    re.I,
)
# "he served in Siberia, attended the Academy, acted as adviser to X, and in 1942 was
# appointed commander of Y": a later verb of the pronoun's series, right after a comma or
# "and" (so its subject is the pronoun's), with the role it takes
_SERIES_VERB = re.compile(
    r"(?:,|\band)\s+(?:and\s+)?(?:(?:in|from|by|after)\s+(?:[A-Z][a-z]+\s+)?1[89]\d\d\s*,?\s+)?"
    r"(?:(?:later|then|also|briefly)\s+)?(?:acted\s+as|served\s+as|became|was\s+(?:later\s+)?"
    r"(?:appointed|named|made)(?:\s+as)?|was\s+later)\s+(?:(?:the|a|an|Soviet)\s+)*$"
)
_OPENING_LEAD = re.compile(
    r"\W*(?:(?:A|An|The|As|Then|Formerly|Once|Long)\s+)?(?:(?:former|Soviet|onetime|then|later"
    r"|newly\s+appointed|sometime|(?:a|an|the)|time)\s+)*",
    re.I,
)
# what may follow the opening role before the comma: its term, a short complement
_OPENING_TAIL = re.compile(r"[^,;.:()\n]{0,30}(?:\s*\([^()]{1,20}\))?\s*,\s*")
# a sentence whose subject is a pronoun: "From 1946 he was ambassador to Brazil"
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?=(?:later\s+|then\s+|also\s+|briefly\s+)?"
    r"(?:was|served|became|headed|returned|went|took|continued|remained|acted|worked)\b)"
)
# "In 1931 the commissariat sent Ambassador X": a date opening the sentence, a verb of
# posting between it and the post
_OPENING_DATE = re.compile(r"^\s*(?:(?:in|by|from)\s+)?$", re.I)
# "From 1946 to 1947 he was ambassador ...": the term opens the sentence
_OPENING_TERM_GAP = re.compile(r"^\s*,?\s*(?:he|she)\s+(?:was|served\s+as|became)\b", re.I)
#: the verbs by which one is posted (passive after the holder, active before the role)
_POSTED = r"sent|appointed|named|posted|transferred|dispatched"
# "In 1931 X was appointed ambassador", "In 1931, he became envoy": the holder, then the verb
_NAMED_POSTING = re.compile(
    rf"^\s*,?\s*(?:he|she)\s+(?:(?:was|had\s+been)\s+(?:{_POSTED}|made)"
    r"|became|took\s+(?:over|charge|up)|assumed"
    # "In 1925 X went to Riga as envoy": a journey is a posting only with its role
    r"|(?:went|arrived)\s+(?:to|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+as)\b",
    re.I,
)
# a second clause or date between the opening date and the role: the date is not its start
# ("In 1920 X went to school and later became ambassador", "In 1928 X … and in 1934 …")
_LEAD_BREAK = re.compile(r"[;:]|\b(?:and|but|later|then|after|before|until)\b|\b1[89]\d\d\b")
_POSTING_VERB = re.compile(rf"\b(?:{_POSTED}|became|arrived|took\s+up)\b", re.I)
# "X ... served from 1933 to 1937": a term of office after the post, in the same sentence
_TERM_AFTER = re.compile(
    r"^\s*,?\s*(?:who\s+)?(?:served|stayed|remained|held\s+(?:the|that|this)\s+post)"
    r"(?:\s+there)?\s+(?:from\s+|between\s+|until\s+|till\s+|in\s+)?$",
    re.I,
)


_PAREN_NAME = re.compile(r"\s*\(\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")
_UNREAD_HOLDER = re.compile(r"[^()\n]{1,40}\)")
# ", for Internal Trade (", " and of Justice (": a further item of a plural office
_NEXT_PORTFOLIO = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:for|of)\s+(?:the\s+)?"
    r"(?P<w>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s*\(\s*"
)
_REPLACING = re.compile(
    r"\s*,?\s*(?:to\s+replace|replacing|in\s+place\s+of|succeeding|in\s+succession\s+to)\s+"
    r"(?:(?:the|former|Mr\.?|M\.)\s+)?"
)


_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|did|does|became|served)\b")
_YEARS = r"(?:(?:from|in|since|until)\s+)?1[89]\d\d(?:\s*[-–—]\s*(?:1[89])?\d\d)?"
# what may stand before a role that opens an item: a term, a bullet, the item's end before
_ITEM_OPENING = re.compile(
    rf"[\s;,.:•*–—-]*(?:(?:[A-Z][a-z]+\s+){{1,3}}(?=1[89]))?(?:\(?(?i:in\s+)?{_YEARS}\)?\s*[:,–—-]?\s*)?"
    # "In 1925 appointed envoy to Latvia.": a participle with the page's person understood
    r"(?:(?:(?i:later|then|subsequently)\s+)?(?i:appointed|named|made|sent\s+as|posted\s+as|"
    r"transferred\s+as|promoted\s+to|elected)\s+(?:(?:the|a|an)\s+)?)?"
)
_TERM_AFTER_ROLE = re.compile(rf"\s*,?\s*\(?{_YEARS}\)?")
# between two coordinated roles: "ROLE1 and ROLE2", "ROLE1 (1923-1926), then ROLE2"
# (the date after ROLE1 may name its month: "ROLE1 in May 1919, ROLE2 in July 1919")
_NEXT_ROLE = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:,?\s*(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]{2,8}\s+)?)?"
    r"1[89]\d\d(?:\s*[-–—]\s*(?:1[89])?\d\d)?)?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:then|later|also|afterwards|"
    r"subsequently|from\s+1[89]\d\d|in\s+1[89]\d\d)\s+){0,2}(?:(?:the|a|an|as)\s+)?"
)
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)")
_IN_DATE = re.compile(r"\b(?:in|from|since|on|by)\s+(?:(?:early|late|mid-?)\s*)?$", re.I)
_A_GOVERNMENT = re.compile(r"\b(?:[Gg]overnment|[Rr]egime)$")
_OBJECT_NAME = re.compile(
    r"\b(?:to|under|with|against|beside|alongside)\s+(?:[A-Z][\w.'’-]*\s+)?$"  # "to CHIANG Kai-shek"
)
_GOVERNED_NAME = re.compile(r"\b(?:under|with|beside|alongside|like|unlike|besides)\s+$")
_LIST_LEAD = re.compile(r"\s*[:;]\s*")
_ITEM_LEAD = re.compile(r";\s*(?:and\s+)?$")


class PostRules(ClaimContext):
    """The post rules, run sentence by sentence (:meth:`posts`, :meth:`pronoun_posts`)."""

    _role_cache: dict[tuple[int, int], list[RoleMatch]] | None = None

    def roles_in(self, s: int, e: int) -> list[RoleMatch]:
        """The role phrases of a sentence, found once for all the rules that read them."""
        if self._role_cache is None:
            self._role_cache = {}
        if (s, e) not in self._role_cache:
            self._role_cache = {(s, e): find_roles(self.text, s, e)}  # one sentence at a time
        return self._role_cache[(s, e)]

    def _post(
        self,
        subject: int,
        role: RoleMatch,
        ev_start: int,
        ev_end: int,
        dates: list[DateMatch],
        conf: float,
        term: DateMatch | None = None,
    ) -> None:
        """A post of ``subject``; ``term`` is its term when stated before it (a career
        item "1923-1934, ambassador to Turkey"), else a date right after it is read."""
        ev_start, ev_end = min(ev_start, ev_end), max(ev_start, ev_end)
        if role.country is None and self.sentence is not None:
            role = there_place(self.text, role, self.sentence[0])  # "became envoy there"
        role = conference_host(role)  # "delegate to the Lausanne Conference": Switzerland
        if role.country and role.end <= ev_end <= role.end + 1:
            self._more_postings(subject, role, ev_start, ev_end, conf)
        after = [
            d
            for d in dates
            if ev_end <= d.start <= ev_end + 25 and _DATE_LEAD.match(self.text[ev_end : d.start])
        ]
        date_start = date_end = None
        if term is not None:
            after = [term]
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
            ev_end = max(ev_end, d.end) if term is None else ev_end
        elif self.sentence is not None:
            date_start, date_end = self._term_in_sentence(subject, ev_start, ev_end, dates)
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
        """The same role in the places listed after the first one, each with its term. A
        state's own office ("X, the Foreign Minister of B, in Moscow") is of one state: a
        place after it is where he was, not a second posting."""
        if role.role in STATE_OFFICES or role.role == "president":
            return
        limit = self.sentence[1] if self.sentence else len(self.text)
        pos = end
        while True:
            term = _TERM_AFTER_PLACE.match(self.text, pos, limit)
            pos = term.end() if term else pos
            m = _NEXT_POSTING.match(self.text, pos, limit)
            if not m:
                return
            words = m.group("place").rstrip(".").split()  # "… and Finland."
            found = longest_place(words, strip="")
            if found is None:
                return
            surface, (canonical, kind, country) = found
            if kind != "state" and not country:
                return
            place_end = m.start("place") + len(surface)
            term = _TERM_AFTER_PLACE.match(self.text, place_end, limit)
            start_year = end_year = None
            if term:
                start_year = (
                    term.group("a") or term.group("c") or term.group("e") or term.group("g")
                )
                short = term.group("b") or term.group("f") or term.group("h")
                end_year = term.group("d") or ((start_year[:2] + short[-2:]) if short else None)
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

    def predicate_posts(
        self, s: int, e: int, persons: list[int], dates: list[DateMatch], carried: int | None
    ) -> None:
        """Posts stated by a verb before the role, for the subject of that verb: a name
        (with the names coordinated with it), or a pronoun standing for the sentence's
        first subject or the one ``carried`` from before (:mod:`.predicates`)."""
        self.sentence = (s, e)
        framed: dict[int, tuple[list[int], int]] = {}  # roles bound by a frame, by start
        for f in post_frames(self.text, self.mentions, persons, s, e, self.roles_in(s, e), carried):
            self._post(f.holder, f.role, f.start, f.end, dates, f.conf)
            framed.setdefault(f.role.start, ([], f.start))[0].append(f.holder)
        held_by: tuple[list[int], int, int] | None = None  # the last role bound: who, start, end
        for role in self.roles_in(s, e):
            if re.match(r"['’]s\b", self.text[role.end : role.end + 2]):
                continue  # "was the Ambassador's guest"
            if self._titles_next_name(role, persons, e):
                continue  # "The host was Consul X": the title is X's
            subj = subjects_before(self.text, self.mentions, persons, s, role.start, as_gap=True)
            if subj is None and (at := sender_gap(self.text, role)) is not None:
                # "X was the German ambassador in Moscow": a sender's adjective, a host
                subj = subjects_before(self.text, self.mentions, persons, s, at, as_gap=True)
                subj, role = host_gap(self.text, role, subj, at)
            elif subj is None and role.role in STATE_OFFICES and role.country:
                # "X became Estonian Foreign Minister": the state's adjective before its office
                at = sender_start(self.text, role.start)
                if at is not None and gz.demonyms().get(self.text[at : role.start].strip()):
                    subj = subjects_before(self.text, self.mentions, persons, s, at, as_gap=True)
            if subj is None and role.start in framed:
                holders, start = framed[role.start]
                held_by = (holders, start, role.end)
                continue
            if subj is None:
                # "was ambassador to Italy and minister to Albania", "…, then counsellor in
                # Berlin": a role coordinated with the one before shares its holder
                if held_by and _NEXT_ROLE.fullmatch(self.text, held_by[2], role.start):
                    for i in held_by[0]:
                        self._post(i, role, held_by[1], role.end, dates, 0.7)
                    held_by = (held_by[0], held_by[1], role.end)
                continue
            who = list(subj.persons)
            if subj.pronoun:
                # the sentence's subject named before the pronoun, not a name governed by a
                # preposition ("together with X, he was sent …")
                earlier = [
                    i for i in persons if self.mentions[i].end <= subj.start and not _GOVERNED_NAME.search(
                        self.text, max(s, self.mentions[i].start - 16), self.mentions[i].start)
                ]  # fmt: skip
                first = earlier[0] if earlier else carried
                if first is None:
                    continue
                who = [first]
            # "went to China as ambassador to the Nationalist Government": a government
            # named after the role is the host's, whose place the gap names
            if role.country is None and (
                role.department is None or _A_GOVERNMENT.search(role.department)
            ):
                role = place_in_gap(self.text, role, subj.start, role.start)
            # "X, who in 1925 had been appointed envoy": a year inside the predicate dates it,
            # unless a date follows the role
            inside = next((d for d in dates if subj.start <= d.start and d.end <= role.start
                           and "/" not in d.edtf and d.kind == "date"
                           and _IN_DATE.search(self.text, max(0, d.start - 12), d.start)
                           and "born" not in self.text[max(0, d.start - 20) : d.start]), None)  # fmt: skip
            follows = any(role.end <= d.start <= role.end + 25 for d in dates)
            for i in who:
                self._post(i, role, subj.start, role.end, dates, 0.75, None if follows else inside)
            held_by = (who, subj.start, role.end)
            self._replaced(role, dates)

    def _roles_of_name(self, i: int) -> set[str]:
        """The roles claimed so far for the person of mention ``i`` (by surname), among the
        last claims only (bounded work per call: linear time on hostile input)."""
        key = surname_of(self.mentions[i].text)
        return {
            c.role for c in self.claims[-300:]
            if c.type == "post" and c.role and surname_of(self.mentions[c.subject].text) == key
        }  # fmt: skip

    def role_before_parenthesis(
        self, s: int, e: int, persons: list[int], dates: list[DateMatch]
    ) -> None:
        """ "The Ambassador in the Soviet Union (X) to the Secretary of State": a role, then
        its holder's name alone in parentheses (the heading of an edited dispatch)."""
        ms = self.mentions
        for role in self.roles_in(s, e):
            if (stated := of_state(self.text, role, e)) is not None:
                role = stated[0]  # "the Envoy of Norway (X)"
            m = _PAREN_NAME.match(self.text, role.end, e)
            if not m:
                continue
            inside = [i for i in persons if ms[i].start == m.end()]
            if inside and (close := _PAREN_CLOSE.match(self.text, ms[inside[0]].end, e)):
                self._post(inside[0], role, role.start, ms[inside[0]].end + 2, dates, 0.8)
                if role.plural and role.department:
                    self._more_portfolios(role, close.end(), e, persons, dates)

    def _more_portfolios(
        self, role: RoleMatch, pos: int, e: int, persons: list[int], dates: list[DateMatch]
    ) -> None:
        """ "the Commissars for Justice (X), for Education (Y) and for Health (Z)": the
        plural office's further items, each a complement and its holder in parentheses."""
        ms = self.mentions
        while (item := _NEXT_PORTFOLIO.match(self.text, pos, e)) is not None:
            holder = [i for i in persons if ms[i].start == item.end()]
            close = _PAREN_CLOSE.match(self.text, ms[holder[0]].end, e) if holder else None
            if close is None:
                # a holder not found as a person: the list goes on after the parenthesis
                skip = _UNREAD_HOLDER.match(self.text, item.end(), e)
                if skip is None:
                    return
                pos = skip.end()
                continue
            what = re.sub(r"\s+", " ", item.group("w"))
            held = replace(role, department=portfolio(what) or what)
            self._post(holder[0], held, item.start("w"), close.end(), dates, 0.75)
            pos = close.end()

    def plural_role_lists(self, s: int, e: int, persons: list[int], dates: list[DateMatch]) -> None:
        """ "three Assistant Commissars: X; Y, who ...; and Z": a plural role, a colon or
        semicolon, then the holders, one list item each."""
        ms = self.mentions
        for role in self.roles_in(s, e):
            if not role.plural:
                continue
            lead = _LIST_LEAD.match(self.text, role.end, e)
            if not lead:
                continue
            items = [i for i in persons if ms[i].start >= lead.end()]
            if not items or ms[items[0]].start != lead.end():
                continue
            self._post(items[0], role, role.start, ms[items[0]].end, dates, 0.75)
            for i in items[1:]:
                if _ITEM_LEAD.search(self.text, max(role.end, ms[i].start - 8), ms[i].start):
                    self._post(i, role, role.start, ms[i].end, dates, 0.7)

    def _replaced(self, role: RoleMatch, dates: list[DateMatch]) -> None:
        """ "appointed X as Ambassador to A to replace Y": Y held the post before."""
        assert self.sentence is not None
        m = _REPLACING.match(self.text, role.end, self.sentence[1])
        if not m:
            return
        nxt = self.persons_in(m.end(), m.end() + 1)
        if nxt:
            self._post(nxt[0], role, role.start, self.mentions[nxt[0]].end, dates, 0.65)

    def pronoun_posts(self, s: int, e: int, subject: int, dates: list[DateMatch]) -> None:
        """Posts of a sentence whose subject is a pronoun standing for ``subject``."""
        self.sentence = (s, e)
        pm = _PRONOUN_SUBJECT.search(self.text, s, e)
        if pm is None:
            self._elliptical_posts(s, e, subject, dates)
            return
        for role in find_roles(self.text, pm.end(), e):
            gap = self.text[pm.end() : role.start]
            if _PRONOUN_VERB_GAP.fullmatch(gap):
                self._post(subject, role, pm.start(), role.end, dates, 0.7)
        self.series_posts(s, e, subject, dates)
        self._coordinated_roles(subject, pm.start(), dates)

    def series_posts(self, s: int, e: int, subject: int, dates: list[DateMatch]) -> None:
        """ "he served in the Urals, acted as adviser to X, and in 1939 was appointed
        commander of Y": the roles of the later verbs of a sentence whose subject is a
        pronoun standing for ``subject``, each right after a comma or "and" with no person
        named between that and the role."""
        self.sentence = (s, e)
        pm = _PRONOUN_SUBJECT.search(self.text, s, e)
        if pm is None:
            return
        # "A Soviet delegate at Genoa (1922), he was later …": a role opening the sentence,
        # set off by a comma, describes the pronoun after it
        roles = self.roles_in(s, e)  # the sentence's, found once
        opening = next((r for r in roles if r.end <= pm.start()), None)
        if (
            opening is not None
            and _OPENING_LEAD.fullmatch(self.text, s, opening.start)
            and _OPENING_TAIL.fullmatch(self.text, opening.end, pm.start())
            and not self.persons_in(s, pm.start())
        ):
            self._post(subject, opening, opening.start, opening.end, dates, 0.65)
        for role in roles:
            if role.start < pm.end():
                continue
            gap = self.text[pm.end() : role.start]
            if _PRONOUN_VERB_GAP.fullmatch(gap):
                continue  # the first verb's: read by pronoun_posts
            sv = _SERIES_VERB.search(gap)
            if sv and not self.persons_in(pm.end() + sv.start(), role.start):
                self._post(subject, role, pm.end() + sv.start(), role.end, dates, 0.65)

    def _elliptical_posts(self, s: int, e: int, subject: int, dates: list[DateMatch]) -> None:
        """ "Polpred in Lithuania 1921-23; counsellor in Berlin 1923-26.", a career list
        "1921–1923: ambassador to Persia": roles with no subject and no verb, each opening
        its item (after a term at most), held by the person the text is about."""
        if _FINITE_VERB.search(self.text, s, e):
            return
        pos = s
        for role in self.roles_in(s, e):
            if not _ITEM_OPENING.fullmatch(self.text, pos, role.start):
                break
            term = _TERM_AFTER_ROLE.match(self.text, role.end, e)
            # "1923-1934, ambassador to Turkey": the term opening the item is the post's
            lead = next((d for d in dates if pos <= d.start and d.end <= role.start), None)
            start = lead.start if lead is not None and term is None else role.start
            end = term.end() if term else role.end
            self._post(subject, role, start, end, dates, 0.65, None if term else lead)
            pos = end

    def _coordinated_roles(self, subject: int, from_pos: int, dates: list[DateMatch]) -> None:
        """ "X served as polpred in Turkey and was ambassador to Germany": a role after
        "and was" (or opening a later item of a list: "; in 1923, the Ambassador to China")
        in the sentence where ``subject`` already holds a post is theirs too, unless another
        person is named in between."""
        assert self.sentence is not None
        s, e = self.sentence
        held = [c for c in self.claims_of.get(subject, []) if c.type == "post" and s <= c.start < e]
        if not held:
            return
        for role in find_roles(self.text, from_pos, e):
            lead = self.text[max(s, role.start - 40) : role.start]
            if not (_AND_VERB_BEFORE_ROLE.search(lead) or _TERM_ITEM_BEFORE_ROLE.search(lead)):
                continue
            last = max((c.end for c in held if c.end <= role.start), default=None)
            if last is None or self.persons_in(last, role.start):
                continue
            if any(c.role == role.role and c.country == role.country for c in held):
                continue
            self._post(subject, role, role.start, role.end, dates, 0.7)

    def _post_attrs(self, role: RoleMatch, dated: str | None) -> dict[str, Any]:
        """A post's flags; an undated post in a dated document (a dispatch of 14 May 1918)
        is attested on that date: the person held the post then."""
        attrs: dict[str, Any] = {"elite": role.elite, "former": role.former, "soviet": role.soviet}
        if role.sender:
            attrs["sender"] = role.sender
        if not dated and self.attested and not role.former:
            attrs["attested"] = self.attested
        return attrs

    def _term_in_sentence(
        self, subject: int, ev_start: int, ev_end: int, dates: list[DateMatch]
    ) -> tuple[str | None, str | None]:
        """Dates of a post stated elsewhere in its sentence: an opening date with a verb of
        posting ("In 1931 ... sent Ambassador X", "In 1931 X was appointed ambassador"), or
        a term after it ("X served from 1933 to 1937"). Only when no person other than the
        holder stands between."""
        assert self.sentence is not None
        s, e = self.sentence
        holder = self.mentions[subject]
        others = [
            m for i, m in ((i, self.mentions[i]) for i in self.persons_in(s, e))
            if not ev_start <= m.start < ev_end and i != subject
        ]  # fmt: skip
        for d in dates:
            between = (d.end, ev_start) if d.end <= ev_start else (ev_end, d.start)
            if d.start < s or d.end > e or any(between[0] <= m.start < between[1] for m in others):
                continue
            if d.end <= ev_start and _OPENING_DATE.match(self.text[s : d.start]):
                gap = self.text[d.end : ev_start]
                lead = self.text[d.end : ev_end]
                if d.end <= holder.start and holder.end <= ev_end:  # the holder named after it
                    lead = self.text[d.end : holder.start] + "he" + self.text[holder.end : ev_end]
                if _LEAD_BREAK.search(lead):
                    continue
                if "/" not in d.edtf and _POSTING_VERB.search(gap):
                    return d.edtf, None
                if "/" not in d.edtf and _NAMED_POSTING.match(lead):
                    return d.edtf, None
                if _OPENING_TERM_GAP.match(lead) and not d.edtf.startswith(".."):
                    start, _, end = d.edtf.partition("/")
                    return start or None, (end if end and end != ".." else None)
            elif d.start >= ev_end and _TERM_AFTER.match(self.text[ev_end : d.start]):
                if "/" in d.edtf and not d.edtf.startswith(".."):
                    start, end = d.edtf.split("/", 1)
                    return start or None, None if end == ".." else end
        return None, None

    def _plural_apposition(
        self, last: int, before: list[int], role: RoleMatch, dates: list[DateMatch]
    ) -> bool:
        """ "X and Y, the consuls in Peru and Chile,": a plural role after
        coordinated names is each one's; with as many places as names, the n-th place is
        the n-th name's. False when fewer than two names are coordinated."""
        group = coordinated(self.text, self.mentions, before, last)
        if len(group) < 2:
            return False
        assert self.sentence is not None
        postings = shared_postings(self.text, role, self.sentence[1])
        ms = self.mentions
        if len(postings) == len(group):
            for i, (country, end) in zip(group, postings, strict=True):
                self._post(i, replace(role, country=country), ms[i].start, end + 2, dates, 0.75)
        else:
            for i in group:
                self._post(i, role, ms[i].start, role.end, dates, 0.75)
        return True

    def _titles_next_name(self, role: RoleMatch, persons: list[int], e: int) -> bool:
        """Whether the role is the title written before the next name ("Consul X"):
        then it is that name's, not the post of a verb's subject before it."""
        nxt = next((i for i in persons if self.mentions[i].start >= role.end), None)
        if nxt is None or self.mentions[nxt].start - role.end > 40:
            return False
        return self._binds_forward(role.end, self.mentions[nxt].start)

    def _binds_forward(self, role_end: int, name_start: int) -> bool:
        """Whether a role ending at ``role_end`` is the title of the name at ``name_start``:
        between them at most a term, a rank, titles and the name's own given names
        ("Governor Ettore Ranaldi" with the surname alone a mention)."""
        if _BETWEEN_ROLE_AND_NAME.match(self.text[role_end:name_start]):
            return True
        given = given_names_end(self.text, role_end, name_start)
        lead = TERM_AND_RANK.match(self.text, role_end, given)
        pos = lead.end() if lead else role_end
        return bool(_BETWEEN_ROLE_AND_NAME.match(self.text[pos:given]))

    def posts(self, s: int, e: int, persons: list[int], dates: list[DateMatch]) -> None:
        self.sentence = (s, e)
        if not persons:
            return
        # "the ambassador of Poland, X": the state after "of" is the role's
        roles = [st[0] if (st := of_state(self.text, r, e)) else r for r in self.roles_in(s, e)]
        ms = self.mentions
        for holder, r, start, end in respectively(self.text, ms, persons, s, e):
            self._post(holder, r, start, end, dates, 0.75)
        bound_forward: set[int] = set()
        for k, role in enumerate(roles):
            nxt = [i for i in persons if ms[i].start >= role.end]
            if nxt and self._binds_forward(role.end, ms[nxt[0]].start):
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
                end = ms[first].end
                of = _OF_STATE.match(self.text, end, e)
                if of and role.country is None and role.department is None:
                    # "Prime Minister X of Norway", "King X of Sweden": the state after the name
                    hit = gz.places().get(of.group("state"))
                    if hit and hit[1] == "state":
                        role, end = replace(role, country=hit[0]), of.end()
                role, end = place_after_name(self.text, role, end, e)  # "Consul X at Lima"
                self._post(first, role, role.start, end, dates, 0.85)
                if role.plural:
                    prev = first
                    for j in nxt[1:]:
                        if COORD.match(self.text[ms[prev].end : ms[j].start]):
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
                    if not (role.plural and self._plural_apposition(p, prv, role, dates)):
                        self._post(p, role, ms[p].start, role.end, dates, 0.85)
                    continue
                if LOOSE_APPOSITION.fullmatch(gap) and not _POSSESSED.match(self.text, role.end):
                    self._post(p, role, ms[p].start, role.end, dates, 0.75)
                    continue
                # name ... became / was appointed ... role; not a name governed by a
                # preposition ("adviser to X, and in 1939 was appointed …": not X's)
                if (
                    _VERB_POST.search(gap)
                    and not any(ms[p].end <= ms[i].start < role.start for i in persons)
                    # "X, who had met Y, became …": not Y's (predicates give it to X)
                    and relative_object(self.text, ms, prv, role.start) is None
                    and not (
                        _OBJECT_NAME.search(self.text, max(0, ms[p].start - 12), ms[p].start)
                        and not re.match(r",\s*who\b", gap)
                    )
                ):
                    self._post(p, role, ms[p].start, role.end, dates, 0.75)
        # "Commissar X and his deputy, Y": after the roles of the sentence are known
        for f in deputies(self.text, ms, persons, s, e, None, self._roles_of_name):
            self._post(f.holder, f.role, f.start, f.end, dates, f.conf)
        # name ... was placed in charge of the Personnel Department
        for i in persons:
            if self._possessive(i) or _GOVERNED_NAME.search(
                self.text, max(s, ms[i].start - 16), ms[i].start
            ):
                continue  # "X's deputy, the head of ...", "served under X as head of …"
            # up to the next person named: "X, secretary of …, and Y, chief of the Z
            # Department": the department is Y's, not X's
            upto = min((ms[j].start for j in persons if ms[j].start >= ms[i].end), default=e)
            rest = self.text[ms[i].end : min(e, upto)][:200]
            for vm in _DEPT_VERB_FIND.finditer(rest):
                if CLAUSE_BREAK.search(rest[: vm.end()]) or _ACTIVE_APPOINTS.search(
                    rest[: vm.start()]
                ):
                    break  # "Y, whom X made head of the Z Department": Y's, not X's
                dep = department_in(rest[vm.end() : vm.end() + 60])
                if dep and dep[1] == 0:
                    r = RoleMatch.in_department("head of department", dep[0])
                    # "… of the German Foreign Office": a foreign ministry's department
                    r = foreign_department(rest, replace(r, end=vm.end() + dep[2]), len(rest))
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
            m = re.match(r"\s*\(([^()]{3,200})\)", self.text[ms[i].end : e])
            if not m or "respectively" in m.group(1):
                continue  # "X and Y (R1 and R2, respectively)": read by respectively()
            inside = m.group(1)
            if len(inside) > 80:
                # "X (former secretary of the Central Committee, who left …)": a long
                # parenthesis is read up to its first comma only
                inside = inside.split(",", 1)[0]
                if len(inside) > 80 or inside == m.group(1):
                    continue
            in_roles = find_roles(inside)
            dep = department_in(inside)
            group_role = next(
                (r for r in reversed(roles) if r.end <= ms[i].start and r.plural), None
            )
            place = gz.places().get(inside.strip())
            if in_roles:
                for r in in_roles:
                    self._post(i, r, ms[i].start, ms[i].end + m.end(), dates, 0.8)
            elif place and group_role is not None and group_role.role in DIPLOMATIC_ROLES:
                # "the envoys recalled were X (Lithuania), Y (Latvia)": each mission's place
                canonical, kind, ctry = place
                if ctry or kind == "state":
                    r = replace(group_role, country=ctry or canonical, place=inside.strip())
                    self._post(i, r, ms[i].start, ms[i].end + m.end(), dates, 0.7)
            elif dep and group_role is not None:
                r = RoleMatch.in_department(group_role.role, dep[0], elite=group_role.elite)
                self._post(i, r, ms[i].start, ms[i].end + m.end(), dates, 0.75)
            elif group_role is None and (body := body_alone(inside)):
                # "X (Foreign Office) to Y" (an archive's letter): an official of the body
                r = RoleMatch(0, 0, "official", False, False, body[1], None, body[0])
                self._post(i, r, ms[i].start, ms[i].end + m.end(), dates, 0.7)
