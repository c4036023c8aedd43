"""Person names in English-language text (``extract.names``).

A grammar of names rather than a list of people: runs of capitalised words
and initials are split at words that are never names (function words, ranks,
institutions, states, months) and accepted as a person when

* they hold initials and a surname ("N. I. Krestinskii", "la. Kh. Davtian");
* they start with a known given name ("Maxim Litvinov");
* a title or rank stands right before them ("Commissar Chicherin", "Mr. Page");
* they sit in parentheses after a role ("The Ambassador in Russia (Francis)"),
  or form a letter's signature;
* the source's own persons list names them (TEI authority entries);
* a lone word has the shape of an east-European surname (-ov, -skii, -enko,
  -ian ...) and the document never uses it as an ordinary lower-case word;
* or the same surname was found by one of the rules above elsewhere in the
  document (a surname alone refers back to the fuller name).

Names in bibliographic references ("Anna Vellinger, Envoys
of the Revolution (London, 1971)") become ``cited_author`` mentions unless the same person also acts
in the document's body; words of work titles ("Sochineniia") are not persons.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from narkomindel import gazetteer as gz
from narkomindel.extract.citations import ACCORDING as _ACCORDING
from narkomindel.extract.citations import ARCHIVAL as _ARCHIVAL
from narkomindel.extract.citations import AS_BEFORE as _AS_BEFORE
from narkomindel.extract.citations import AS_SCHOLAR_AFTER as _AS_SCHOLAR_AFTER
from narkomindel.extract.citations import CITE_AFTER as _CITE_AFTER
from narkomindel.extract.citations import CITE_BEFORE as _CITE_BEFORE
from narkomindel.extract.citations import SCHOLAR_AFTER as _SCHOLAR_AFTER
from narkomindel.extract.citations import SCHOLAR_BEFORE as _SCHOLAR_BEFORE
from narkomindel.extract.name_context import holds_office, office_follows
from narkomindel.extract.name_cues import sentence_cue
from narkomindel.extract.name_headings import (
    ENTRY_RULE,
    GIVEN_RULE,
    find_entries,
    inverted_entries,
)
from narkomindel.extract.name_parts import (
    BARE_HONORIFICS,
    HONORIFICS,
    NOT_INITIALS,
    PARTICLES,
    ROLE_WORDS,
    name_key,
    not_places,
    outside_titles,
    same_script,
    split_compound,
    surname_of,
    title_cue,
)
from narkomindel.extract.name_parts import PERSON_VERBS as _PERSON_VERBS
from narkomindel.extract.name_parts import strip_possessive as _strip_possessive
from narkomindel.extract.tokens import Token, tokenize
from narkomindel.model import Document, Mention

__all__ = ["find_persons", "EXTRACTOR", "surname_of"]

EXTRACTOR = "extract.names.v10"

_SHIP_PREFIX = re.compile(r"S\.\s?S\.")  # "S.S. Kishinev": a ship
_LETTER = re.compile(r"^\s+to\s+")
_LETTER_TO = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?:\d|n\.d\.|undated|\()")
# "Road to Kharkovia (London, 1974)", "From Riga to Oslo, 1920-1938": a title, no letter
_TITLE_TO = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?:\d{4}\s*[-–]\s*\d{2,4}|\([A-Z][\w .'’-]*,\s*\d{4})"
)
_AND = re.compile(r"\s+(?:and|or|&)\s+|,\s+and\s+")
_COMMA = re.compile(r",\s+")
#: an indefinite article (and up to two lower-case words) right before a word
#: and up to two adjectives ("a magnificent Varlovin carpet"; not "as a result Vorkin")
_INDEFINITE = re.compile(
    r"(?:^|(?<=\s))[Aa]n?\s+(?:[a-z]+(?:ic|ful|ous|ent|ant|al|ive|ine|ed|ing|ish|ern|ian|ese|ar)\s+){0,2}$"
)
#: what a name of several words may be known by: its sentence, not its neighbours
#: ("Dufresne, Négociant Lyonnais, in ibid.": a list in a reference)
_WEAK_FOR_SEVERAL = {"possessive", "coordinated with a person", "letter writer", "letter recipient"}
#: participles that follow a title word without naming anyone ("General Commanding")
_PARTICIPLES = {
    "Acting", "Commanding", "Presiding", "Visiting", "Ruling", "Reigning", "Retiring", "Outgoing",
    "Incoming", "Following", "Concerning", "Regarding", "Including", "Representing", "Presenting",
    "Accompanying", "Leaving", "Arriving", "Returning", "Speaking", "Writing", "Meeting",
}  # fmt: skip
#: a section heading of thanks: the names under it are colleagues, not actors
_ACKNOWLEDGMENTS = re.compile(r"\s*(?i:acknowledge?ments?)\s*$")
#: a Russian patronymic ("Aronovich", "Petrovna"): it stands between a given name and a surname
_PATRONYMIC = re.compile(r"[A-Z][a-z]{2,}(?:ovich|evich|ovna|evna|ichna)")
#: a publication named by its company: "editor-in-chief of X", "X, the newspaper", "the
#: weekly X", "X newspaper": a word so used is never a person by its company alone
_PUBLICATION = re.compile(
    r"\b(?:editor(?:-in-chief)?s?|editorship|editorial\s+board|columnist|correspondent|columns|pages)"
    r"\s+of\s+(?:the\s+)?(?P<a>[A-Z][a-z]{3,})\b(?!\s+[A-Z])"
    r"|\b(?:newspaper|journal|daily|weekly|magazine|organ)\s+(?P<b>[A-Z][a-z]{3,})\b(?!\s+[A-Z])"
    r"|\b(?P<c>[A-Z][a-z]{3,}),?\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:newspaper|journal|magazine)\b"
)
_GLUED = re.compile(r"(?:by|of|and|to)(?=[A-Z][a-z])")
_GLUE_HEADS = {"by", "of", "an", "to"}  # the first two letters of every _GLUED match
#: the words not starting with a capital that may still start an item of a name: a
#: particle ("von"), a lower-case honorific, "la" read for an initial ("la. Varin")
_LOWER_STARTERS = {
    w for w in HONORIFICS | BARE_HONORIFICS | PARTICLES | {"la"} if not w[:1].isupper()
}


#: a name found: start, end, confidence, rule, segment kind, cue
_Found = tuple[int, int, float, str, str, str | None]


@dataclass
class _Item:
    tokens: list[Token]
    kind: str  # initial | word | particle | title

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def text(self) -> str:
        return "".join(t.text for t in self.tokens)


@dataclass
class _Candidate:
    items: list[_Item]
    cue: str | None = None
    segment_kind: str = "paragraph"
    in_parens_after_role: bool = False
    reasons: list[str] = field(default_factory=list)


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.given = gz.given_names()
        self.blockers = gz.not_names() | set(gz.places()) | set(gz.demonyms())
        self.blockers |= {w for org in gz.organisations() for w in org.split() if w[:1].isupper()}
        self.title_words = gz.title_words()
        self.endings = gz.surname_endings()
        self.ending_set = set(self.endings)
        self.ending_lengths = sorted({len(e) for e in self.endings})
        self.lower_words = {m.group(0) for m in re.finditer(r"\b[a-z][a-z'’-]+\b", self.text)}
        self.authority = self._authority_surnames()
        self.capitals = set(re.findall(r"\b[A-Z][a-z]{3,}\b", self.text))
        self.publications = {
            m.group("a") or m.group("b") or m.group("c") for m in _PUBLICATION.finditer(self.text)
        }
        self.emphasis_starts = {
            a.start for a in doc.annotations if a.kind == "style" and a.name == "emphasis"
        }
        self.entry_surnames: dict[int, str] = {}
        self.multiword_places: dict[str, list[str]] = {}
        for p in sorted((p for p in gz.places() if " " in p), key=len, reverse=True):
            self.multiword_places.setdefault(p.split()[0], []).append(p)

    def _authority_surnames(self) -> set[str]:
        names = set()
        for a in self.doc.annotations:
            if a.kind == "authority" and a.value:
                surname = a.value.split(",")[0].strip()
                surname = re.sub(r"\s+", " ", surname)
                if surname:
                    names.add(surname.split()[-1])
        return names

    # -- runs of name-like tokens --------------------------------------------------
    def items(self, tokens: list[Token]) -> list[list[_Item]]:
        runs: list[list[_Item]] = []
        run: list[_Item] = []
        i = 0
        n = len(tokens)

        def gap_ok(a: int, b: int) -> bool:
            return self.text[a:b].strip() == "" and "\n\n" not in self.text[a:b]

        while i < n:
            t = tokens[i]
            if t.kind != "word" or (
                not t.text[:1].isupper()
                and t.text[:2] not in _GLUE_HEADS
                and t.text[:1] != "l"
                and t.text not in _LOWER_STARTERS
            ):  # most tokens: a mark, a number or a lower-case word that starts no item
                if run:
                    runs.append(run)
                    run = []
                i += 1
                continue
            glued = _GLUED.match(t.text)
            if glued:  # "Succeeded byJan Varzov": a copied infobox glues the name to "by"
                t = Token(t.text[glued.end() :], t.start + glued.end(), t.end, "word")
            item: _Item | None = None
            step = 1
            nxt = tokens[i + 1] if i + 1 < n else None
            after = tokens[i + 2] if i + 2 < n else None
            if t.kind == "word" and nxt is not None and nxt.text == "." and nxt.start == t.end:
                is_title = t.text in HONORIFICS
                looks_initial = (
                    (
                        (t.text[:1].isupper() and len(t.text) <= 3 and t.text not in NOT_INITIALS)
                        or t.text in ("la", "Ia")
                    )
                    and after is not None
                    and (after.is_cap or (after.kind == "word" and len(after.text) <= 3))
                )
                if is_title:
                    item = _Item([t, nxt], "title")
                    step = 2
                elif looks_initial:
                    item = _Item([t, nxt], "initial")
                    step = 2
            if item is None and t.text in BARE_HONORIFICS and nxt is not None and nxt.is_cap:
                item = _Item([t], "title")  # "Mme Lanskoi", "Signori Pellico": no full stop
            if item is None and t.is_cap:
                item = _Item([t], "word")
            if (
                item is None
                and t.text[:1] == "l"
                and t.kind == "word"
                and nxt is not None
                and _PATRONYMIC.fullmatch(nxt.text)
            ):  # "lgor Semyonovich": OCR reads a capital I as "l"
                item = _Item([t], "word")
            if item is None and t.kind == "word" and t.text in PARTICLES and run:
                item = _Item([t], "particle")
            if item is not None and (
                not run
                or (gap_ok(run[-1].end, item.start) and same_script(run[-1].text, item.text))
            ):
                run.append(item)
                if item.kind == "word" and t.text.endswith(("'s", "’s")):
                    runs.append(run)  # "Tarnovik's Mission": a name ends at its possessive
                    run = []
            else:
                if run:
                    runs.append(run)
                run = [item] if item is not None else []
            i += step
        if run:
            runs.append(run)
        return runs

    def blocked(self, word: str) -> bool:
        w = _strip_possessive(word)
        if w in self.blockers or w in ("I",) or w.lower() in self.title_words:
            return True
        # compounds of blocked parts: Anglo-Russian, Anti-Stalin, Franco-Soviet
        parts = w.split("-")
        return len(parts) > 1 and any(p in self.blockers for p in parts)

    def surname_shaped(self, word: str) -> bool:
        w = _strip_possessive(word)
        if len(w) < 4 or w.lower() in self.lower_words or w.isupper():
            return False
        if w.lower() in self.title_words:
            return False
        low = w.lower()
        return any(
            low.endswith(low[-n:]) and low[-n:] in self.ending_set
            for n in self.ending_lengths
            if len(low) > n + 1
        )

    # -- splitting runs at blockers --------------------------------------------------
    def candidates(self, run: list[_Item], segment_kind: str) -> list[_Candidate]:
        out: list[_Candidate] = []
        current: list[_Item] = []
        cue: str | None = None
        skip_until = -1
        for idx, item in enumerate(run):
            if idx <= skip_until:
                continue
            if item.kind == "word":
                # a multi-word place or organisation inside the run
                rest = self.text[item.start : run[-1].end]
                mw = next(
                    (p for p in self.multiword_places.get(item.text, ()) if rest.startswith(p)),
                    None,
                )
                if mw:
                    end = item.start + len(mw)
                    skip_until = max(k for k, it in enumerate(run) if it.start < end)
                    if current:
                        out.append(_Candidate(current, cue, segment_kind))
                    current, cue = [], None
                    continue
            nxt = run[idx + 1] if idx + 1 < len(run) else None
            given = item.text in self.given and nxt is not None and nxt.kind == "word"
            if item.kind == "title" or (
                item.kind == "word" and self.blocked(item.text) and not given
            ):  # "Jan", "August" before a name are first names, not months
                if current:
                    out.append(_Candidate(current, cue, segment_kind))
                    current = []
                cue = title_cue(item.tokens[0].text)  # "Marshal", "Lieutenant-General"
                continue
            current.append(item)
        if current:
            out.append(_Candidate(current, cue, segment_kind))
        return out

    # -- deciding ---------------------------------------------------------------------
    @staticmethod
    def _common_noun(word: str) -> bool:
        """Words with the endings of English abstract nouns are not names ("Operations")."""
        return bool(re.search(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ing)s?$", word))

    def _is_given(self, item: _Item) -> bool:
        return item.kind == "word" and (
            item.text in self.given or bool(re.search(r"(?:vich|vna|ovna|evna|ich)$", item.text))
        )

    def decide(self, cand: _Candidate) -> tuple[int, int, float, str] | None:
        items = cand.items
        inverted = self._surname_initials(items)
        if inverted:
            return inverted
        while items and items[-1].kind in ("initial", "particle"):
            items = items[:-1]
        if len(items) >= 2 and items[-1].kind == "word" and len(items[-1].text) < 2:
            return None  # "D. C", "Ph. D": abbreviations, not names
        # a name is [given names, initials, particles]* + surname: drop other words before
        k = len(items) - 1
        while k > 0 and (
            items[k - 1].kind in ("initial", "particle") or self._is_given(items[k - 1])
        ):
            k -= 1
        if k > 0 and not any(it.kind == "initial" for it in items[k:]):
            # "Unknown Lenin", "Citing Gromyko": the words before are not part of the name
            items = items[k:]
        elif k > 0:
            items = items[k:]
        while items and items[0].kind == "particle":
            items = items[1:]
        if not items:
            return None
        words = [it for it in items if it.kind == "word"]
        initials = [it for it in items if it.kind == "initial"]
        if not words:
            return None
        full = self._given_patronymic_surname(cand.items)
        if full:
            return full
        start, end = items[0].start, items[-1].end
        last = _strip_possessive(words[-1].text)
        end = words[-1].start + len(last) if items[-1] is words[-1] else end
        if initials and items[-1].kind == "word":
            return start, end, 0.95, "initials"
        if words[0].text in self.given and len(words) >= 2:
            return start, end, 0.92, "given name"
        if cand.segment_kind == "signature" and not self._common_noun(last):
            return start, end, 0.9, "signature"
        if cand.in_parens_after_role:
            return start, end, 0.9, "role (Name)"
        if cand.cue and not (
            len(words) == 1
            and re.search(r"(?:ed|ing)$", last)
            and last not in self.given
            and (last.endswith("ed") or last.lower() in self.lower_words or last in _PARTICIPLES)
        ):  # "Herr Tessing", "Lord Harding": a surname; "General Commanding", "Envoy Linked": none
            return start, end, 0.88, f"title {cand.cue}"
        if last in self.authority:
            return start, end, 0.9, "persons list"
        if _INDEFINITE.search(self.text, max(0, cand.items[0].start - 40), cand.items[0].start):
            return None  # "a magnificent Varlovin carpet": a thing named after someone
        if len(words) == 1 and self.surname_shaped(last):
            return start, end, 0.8, "surname shape"
        if (
            len(words) >= 2
            and self.surname_shaped(last)
            and all(w.text.lower() not in self.lower_words for w in words)
        ):
            return start, end, 0.82, "surname shape"
        return None

    def _surname_initials(self, items: list[_Item]) -> tuple[int, int, float, str] | None:
        """ "Varnov I.P.", "Tarkel G. V.": a surname before two initials, as Russian lists and
        signatures write it (the last initial may end the sentence)."""
        if len(items) != 3 or items[0].kind != "word" or len(items[0].text) < 3:
            return None
        word = _strip_possessive(items[0].text)
        if word != items[0].text or word.lower() in self.lower_words or self._common_noun(word):
            return None
        for it in items[1:]:
            letter = it.text.rstrip(".")
            if len(letter) != 1 or not letter.isupper():
                return None
        if items[1].kind != "initial":
            return None
        end = items[-1].end
        if items[-1].kind != "initial":
            if self.text[end : end + 1] != ".":
                return None
            end += 1
        return items[0].start, end, 0.9, "surname initials"

    def _given_patronymic_surname(self, items: list[_Item]) -> tuple[int, int, float, str] | None:
        """ "born Moisei Aronovich Veltman", "General Pavel Ignatyevich Dorn": a patronymic
        between two capitalised words makes the three one name, even when the given name is
        rare or damaged and the surname an English word."""
        for j in range(1, len(items) - 1):
            mid = items[j]
            if mid.kind != "word" or not _PATRONYMIC.fullmatch(mid.text):
                continue
            first, last = items[j - 1], items[j + 1]
            if first.kind != "word" or last.kind != "word" or j + 2 != len(items):
                continue
            surname = _strip_possessive(last.text)
            if len(surname) < 3 or self._common_noun(surname) or not same_script(surname, "A"):
                continue
            return first.start, last.start + len(surname), 0.9, "given patronymic surname"
        return None

    def _tagged_not_person(self) -> list[tuple[int, int]]:
        """Spans the source's editors tagged as places, organisations or dates, and spans
        the source sets in italics or bold (titles of works, newspapers, ships)."""
        kinds = {"placeName", "orgName", "geogName", "date"}
        return sorted(
            (a.start, a.end)
            for a in self.doc.annotations
            if (a.kind == "tei" and a.name in kinds) or (a.kind == "style" and a.name == "emphasis")
        )

    def _italic_title(self, s: int, e: int) -> bool:
        """A name that is the whole of an italic span is a title ("Pope, *Maxim Litvinoff*")."""
        for a in self.doc.annotations:
            if a.kind == "style" and a.start <= s and e <= a.end:
                return (e - s) >= 0.8 * (a.end - a.start)
        return False

    def find(self) -> list[Mention]:
        found: list[_Found] = []
        not_person = self._tagged_not_person()
        rejected: list[tuple[_Candidate, str]] = []
        acknowledging = False
        for seg in self.doc.segments:
            if seg.kind == "heading":  # "Acknowledgments": the people thanked are scholars
                acknowledging = bool(_ACKNOWLEDGMENTS.match(self.text, seg.start, seg.end))
            if seg.kind in ("record",):
                continue
            kind = "author_note" if acknowledging and seg.kind == "paragraph" else seg.kind
            tokens = tokenize(self.text, seg.start, seg.end)
            for run in self.items(tokens):
                if _SHIP_PREFIX.match(self.text, run[0].start, run[0].start + 5):
                    continue  # "S.S. Kishinev": a ship
                if len(run) == 1 and run[0].kind == "word":
                    word = run[0]
                    b = self.text[max(seg.start, word.start - 80) : word.start]
                    parens = b.rstrip().endswith("(") and self.text[
                        word.end : word.end + 3
                    ].lstrip().startswith(")")  # "(Grummon)", "( Grummon )"
                    alone = (
                        kind == "signature" and self.text[seg.start : seg.end].strip() == word.text
                    )
                    if (parens and ROLE_WORDS.search(b)) or (
                        alone and not self._common_noun(word.text)
                    ):
                        # "The Ambassador in Great Britain (Page)", a signature "Page": even a common word
                        found.append(
                            (
                                word.start,
                                word.end,
                                0.9,
                                "role (Name)" if parens else "signature",
                                kind,
                                None,
                            )
                        )
                        continue
                for cand in self.candidates(run, kind):
                    before = self.text[
                        max(seg.start, cand.items[0].start - 80) : cand.items[0].start
                    ]
                    if re.search(r"\b(?:steamer|steamship|ship|vessel|cruiser)\s+$", before, re.I):
                        continue  # a ship's name
                    after = self.text[cand.items[-1].end : cand.items[-1].end + 3].lstrip()
                    if (
                        before.rstrip().endswith("(")
                        and after.startswith(")")
                        and ROLE_WORDS.search(before)
                    ):
                        cand.in_parens_after_role = True
                    decided = self.decide(cand)
                    if decided:
                        s, e, conf, why = decided
                        found.append((s, e, conf, why, kind, cand.cue))
                    else:
                        rejected.append((cand, kind))
        # a surname alone refers back to a fuller name found in the document; an unknown
        # capitalised word acts like a person (possessive, speech verb, letter, coordination)
        known = {surname_of(self.text[s:e]) for s, e, conf, *_ in found if conf >= 0.85}
        entries = find_entries(self.text, self.blockers)
        self.entry_surnames = {x.given: x.surname for x in entries}
        known |= {x.surname.capitalize() if x.surname.isupper() else x.surname for x in entries}
        spans = sorted((s, e) for s, e, *_ in found)
        later: list[tuple[_Candidate, str]] = []
        pending = rejected
        several_known: set[str] = set()  # surnames of names of several words found by context
        for _round in range(3):  # "Herriot, Daladier and Karakhan": a list grows one name at a time
            still: list[tuple[_Candidate, str]] = []
            for cand, seg_kind in pending:
                words = [it for it in cand.items if it.kind == "word"]
                last = _strip_possessive(words[-1].text) if words else ""
                if (
                    words
                    and len(cand.items) > 1
                    and cand.items[-1] is words[-1]
                    and last in known
                    and (_round == 0 or last in several_known)
                ):
                    # "Narkomindel Karovin": a known surname at the end of a run of capitals
                    s = words[-1].start
                    found.append((s, s + len(last), 0.86, "surname seen in full", seg_kind, None))
                    continue
                if len(words) != 1 or len(cand.items) != 1:
                    multi = self._multi_context(cand, spans) if _round == 0 else None
                    if multi:
                        found.append((multi[0], multi[1], 0.75, multi[2], seg_kind, cand.cue))
                        known.add(surname_of(self.text[multi[0] : multi[1]]))
                        several_known.add(surname_of(self.text[multi[0] : multi[1]]))
                    elif len(words) > 1 and cand.items[-1] is words[-1]:
                        still.append((cand, seg_kind))  # its surname may be found in a later round
                    continue
                w = _strip_possessive(words[0].text)
                s = words[0].start
                if w in known or ("-" in w and all(p in known for p in w.split("-"))):
                    # "the Karovin-Lessing talks": persons of the document joined (split below)
                    found.append((s, s + len(w), 0.86, "surname seen in full", seg_kind, cand.cue))
                    continue
                context = self._context_rule(s, s + len(w), spans) if self._plain_word(w) else None
                if context:
                    found.append((s, s + len(w), 0.75, context, seg_kind, cand.cue))
                    known.add(w)
                else:
                    still.append((cand, seg_kind))
            if len(still) == len(pending):
                break
            pending = still
            spans = sorted((s, e) for s, e, *_ in found)
        later = pending
        for cand, seg_kind in later:
            w = _strip_possessive(cand.items[0].text)
            if len(cand.items) == 1 and w in known:
                s = cand.items[0].start
                found.append((s, s + len(w), 0.8, "surname seen as a person", seg_kind, cand.cue))
        found = not_places(self.text, found, known, self.capitals)
        # "the Chicherin-Litvinov line": two persons of the document joined, not a double surname
        # (a part of a hyphenated word is never the whole word: ``known`` itself will do)
        found = [p for f in found for p in split_compound(self.text, f, known)]
        found = inverted_entries(found, entries)
        found.sort()
        if not_person:
            tei_tags = {(a.start, a.end) for a in self.doc.annotations if a.kind == "tei"}
            starts = [a for a, _b in not_person]
            kept = []
            for item in found:
                k = bisect.bisect_right(starts, item[0]) - 1
                inside = k >= 0 and not_person[k][0] <= item[0] < not_person[k][1]
                if inside and (
                    tuple(not_person[k]) in tei_tags or self._italic_title(item[0], item[1])
                ):
                    continue
                kept.append(item)
            found = outside_titles(self.text, self.doc.annotations, kept)
        return self._typed(found)

    def _plain_word(self, word: str) -> bool:
        """A capitalised word the document never writes in lower case, not an abbreviation."""
        return not (word.lower() in self.lower_words or len(word) < 3 or word.isupper())

    def _multi_context(
        self, cand: _Candidate, spans: list[tuple[int, int]]
    ) -> tuple[int, int, str] | None:
        """ "I told Rushan Tevara that", "the Ambassador, Ilmar Tarvo, said": a name of two or
        three plain words that no given name or title marks is a person by the same company
        as a lone word (its span, the rule)."""
        words = cand.items
        if not 2 <= len(words) <= 3 or any(it.kind != "word" for it in words):
            return None
        if not all(self._plain_word(_strip_possessive(it.text)) for it in words):
            return None
        if any(
            self._common_noun(it.text) or "-" in it.text or not same_script(it.text, "A")
            for it in words
        ):  # a name in Cyrillic in an English text is left to ``name_echoes``
            return None
        last = _strip_possessive(words[-1].text)
        s, end = words[0].start, words[-1].start + len(last)
        why = self._context_rule(s, end, spans)  # none after "the" ("the Daily Telegraph's")
        return (s, end, why) if why and why not in _WEAK_FOR_SEVERAL else None

    def _after_a_name(self, s: int) -> bool:
        """The word before ``s`` is capitalised and may be a name's ("the Karrow Islands"),
        or a title the name grammar has judged the word with ("General Commanding"), not
        another never-name ("Then", "May", "Meanwhile")."""
        m = re.search(r"([A-Z][\w'’-]*)[ \t]+$", self.text[max(0, s - 30) : s])
        return m is not None and (not self.blocked(m.group(1)) or title_cue(m.group(1)) is not None)

    def _context_rule(self, s: int, end: int, spans: list[tuple[int, int]]) -> str | None:
        """Why the unknown capitalised word (or words) at ``text[s:end]`` is a person, judged
        by its company, or None."""
        if re.search(r"\b[Tt]he\s+$", self.text[max(0, s - 5) : s]):
            return None  # "the Speaker's table", "the Tribune said": a title or a body
        if self.text[s:end] in self.publications:
            return None  # "editor of Vestnik ... Vestnik's columns": a publication
        before = self.text[max(0, s - 3) : s]
        sentence_start = not before.strip() or before.rstrip()[-1:] in '.!?"“‘(\n' or s == 0
        after = self.text[end : end + 40]
        if re.match(r"['’]s\b", after) and not sentence_start:
            return "possessive"
        after_preposition = bool(
            re.search(r"\b(?:of|in|at|from|near|for|into|across)\s+$", self.text[max(0, s - 8) : s])
        )
        if (
            _PERSON_VERBS.match(after.lstrip() if not after.startswith("'") else after)
            and not sentence_start
            and not after_preposition  # "the Treaty of Vesterby, signed ...": a place
            and not self._after_a_name(s)
        ):  # "the Karrow Islands requests": the last word of a longer name
            return "speech verb"
        m = _LETTER.match(after)
        if m:
            rest = self.text[end + m.end() : end + m.end() + 80]
            if _LETTER_TO.match(rest) and not _TITLE_TO.match(rest):
                return "letter writer"
        prev_text = self.text[max(0, s - 6) : s]
        after_place_preposition = bool(
            re.search(r"\b(?:in|at|near|into|across)\s+$", self.text[max(0, s - 8) : s])
        )
        k = bisect.bisect_left(spans, (s, s))
        neighbours = spans[max(0, k - 1) : k + 1]
        in_list_after = bool(re.match(r"\s*(?:,|and\b|or\b)", self.text[end : end + 5]))
        in_list_before = bool(re.search(r",\s*$", self.text[max(0, s - 3) : s]))
        for ps, pe in neighbours:
            if after_place_preposition:
                break  # "in Ardov and Kiev": places
            gap_before, gap_after = self.text[pe:s], self.text[end:ps]
            if pe <= s and (
                _AND.fullmatch(gap_before) or (_COMMA.fullmatch(gap_before) and in_list_after)
            ):
                return "coordinated with a person"
            if ps >= end and (
                _AND.fullmatch(gap_after) or (_COMMA.fullmatch(gap_after) and in_list_before)
            ):
                return "coordinated with a person"
        if re.search(r"\bto\s+$", prev_text) and re.match(r",\s+(?:\d|n\.d\.|undated)", after):
            return "letter recipient"
        return holds_office(self.text, end, sentence_start) or sentence_cue(
            self.text, s, end, spans, sentence_start
        )

    def _typed(self, found: list[tuple[int, int, float, str, str, str | None]]) -> list[Mention]:
        """person / cited_author / work_title, by the company a name keeps."""
        cited = self._cited_flags(found)
        cited_keys: set[str] = set()
        actor_keys: set[str] = set()
        scholars: set[str] = set()
        cue_actors: set[str] = set()
        for k, (s, e, _conf, _why, seg_kind, cue) in enumerate(found):
            key = name_key(surname_of(self.text[s:e]))
            if seg_kind == "author_note":
                continue
            if cited[k]:
                cited_keys.add(key)
            elif not _ACCORDING.search(self.text[max(0, s - 16) : s]):
                actor_keys.add(key)  # "according to X" alone makes no actor
            before = self.text[max(0, s - 14) : s]
            if (
                _SCHOLAR_AFTER.match(self.text[e : e + 60])
                or _SCHOLAR_BEFORE.search(before)
                or (_AS_BEFORE.search(before) and _AS_SCHOLAR_AFTER.match(self.text, e))
            ):
                scholars.add(key)
            if cue and cue not in ("Professor", "Prof", "Dr"):
                cue_actors.add(key)
        for s, e, *_rest in found:
            key = name_key(surname_of(self.text[s:e]))
            if key in cited_keys - actor_keys and _ACCORDING.search(self.text[max(0, s - 16) : s]):
                scholars.add(key)
        scholars -= cue_actors
        out: list[Mention] = []
        for k, (s, e, conf, why, seg_kind, cue) in enumerate(found):
            name = self.text[s:e]
            if self._is_title_word(s, e):
                continue
            surname = surname_of(name)
            if why == GIVEN_RULE:  # "Varkov, Ilya Petrovich": the given names of the heading
                surname = self.entry_surnames.get(s, surname)
            attrs: dict[str, object] = {"rule": why, "surname": surname}
            if cue:
                attrs["cue"] = cue
            key = name_key(surname)
            mtype = "person"
            if seg_kind == "author_note" or key in scholars:
                mtype = "cited_author"  # acknowledged colleagues, scholars named in the text
            elif cited[k]:
                if key in actor_keys:
                    attrs["cited"] = True  # an actor who also wrote (memoirs, letters)
                else:
                    mtype = "cited_author"
            out.append(Mention(s, e, name, mtype, EXTRACTOR, conf, attrs))
        return out

    def _cited_flags(
        self, found: list[tuple[int, int, float, str, str, str | None]]
    ) -> dict[int, bool]:
        """Which names stand in a bibliographic reference; co-authors and co-editors joined
        by commas or "and" share the status ("Walter Pintner and Don Rowney (eds.)")."""
        # a who's-who entry ("Varkov, Ilya Petrovich (1890-1950)") has the shape of a
        # reference ("Name, Title (1950)") but heads the person's own article
        entry = {k for k, f in enumerate(found) if f[3] in (ENTRY_RULE, GIVEN_RULE)}
        cited = {
            k: k not in entry and self._in_citation(s, e) for k, (s, e, *_r) in enumerate(found)
        }
        joiner = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")
        changed = True
        while changed:
            changed = False
            for k in range(len(found) - 1):
                a, b = found[k], found[k + 1]
                if k in entry or k + 1 in entry:
                    continue
                if cited[k] != cited[k + 1] and joiner.fullmatch(self.text[a[1] : b[0]]):
                    cited[k] = cited[k + 1] = True
                    changed = True
        return cited

    def _in_citation(self, s: int, e: int) -> bool:
        after = self.text[e : e + 220]
        m = _CITE_AFTER.match(after)
        if m and not _ARCHIVAL.search(m.group(0)) and not office_follows(self.text, e):
            return True
        comma = re.match(r"\s*,\s*", after)  # "Name, *Title in italics*"
        if comma and e + comma.end() in self.emphasis_starts and not office_follows(self.text, e):
            return True
        return bool(_CITE_BEFORE.search(self.text[max(0, s - 20) : s]))

    def _is_title_word(self, s: int, e: int) -> bool:
        """A transliterated title ("Diplomaticheskii slovar'"), not a person."""
        name = self.text[s:e]
        if any(w.lower() in self.title_words for w in re.findall(r"[^\W\d_][\w'’]*", name)):
            return True
        nxt = re.match(r"\s+([^\W\d_][\w'’]*)", self.text[e : e + 40])
        return bool(nxt and nxt.group(1).lower() in self.title_words and " " not in name.strip())


def find_persons(doc: Document) -> list[Mention]:
    """Person (and cited-author) mentions of a document, in text order."""
    return _Finder(doc).find()
