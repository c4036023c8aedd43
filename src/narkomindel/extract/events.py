"""Events (``extract.events``): treaties, conferences, recognitions, ruptures and
restorations of relations, raids, ultimatums, elections, trials, expulsions,
wars and uprisings — with type, name, date, place, parties and participants.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from narkomindel import gazetteer as gz
from narkomindel.extract.dates import DateMatch, find_dates
from narkomindel.extract.event_clauses import clause_events
from narkomindel.extract.event_phrases import event_phrases
from narkomindel.extract.event_verbs import verb_events
from narkomindel.extract.spans import ByStart
from narkomindel.extract.tokens import sentence_spans
from narkomindel.gazetteer.vocabulary import SOVIET_STATES
from narkomindel.model import Document, ExtractedEvent, Mention

__all__ = ["find_events", "EXTRACTOR"]

EXTRACTOR = "extract.events.v9"

_HEADS = (
    "Treaty|Treaties|Agreement|Accord|Pact|Protocol|Convention|Conference|Congress|Ultimatum|Raid|raid|"
    "Letter|War|Revolt|Rising|Uprising|Rebellion|Revolution|Intervention|Trial|Trials|Election|election|"
    "Crisis|Incident|Affair|Massacre|Putsch|Coup|Parade|Blockade|Plenum|Mutiny|Strike|Scare|Famine"
)
_TYPE_OF = {
    "treaty": "treaty", "treaties": "treaty", "pact": "treaty", "agreement": "agreement",
    "accord": "agreement", "protocol": "agreement", "convention": "agreement",
    "conference": "conference", "congress": "conference", "ultimatum": "ultimatum", "raid": "raid",
    "letter": "scandal", "war": "war", "revolt": "uprising", "rising": "uprising",
    "uprising": "uprising", "rebellion": "uprising", "revolution": "revolution",
    "intervention": "war", "trial": "trial", "trials": "trial", "election": "election",
    "crisis": "event", "incident": "event", "affair": "event", "massacre": "event",
    "putsch": "event", "coup": "event", "parade": "event", "blockade": "event",
    "plenum": "conference", "mutiny": "event", "strike": "event", "scare": "event",
    "famine": "event",
}  # fmt: skip
_NAMED_OF = re.compile(
    r"\b(?:the\s+)?(?P<head>Treaty|Peace|Pact|Conference|Congress|Agreement|Protocol|Convention|Battle|battle|Trial|Plenum)"
    r"\s+of\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’–-]+)(?:[\s-](?:(?:and|of|the)\s+)?[A-Z][\w'’–-]+)*)(?=[\s,.;:)]|$)"
)
# a name starts at a word's start and has at most eight words before its head, so that
# each word of a run of capitalised words is read a bounded number of times (issue 10)
#: capitalised words right before a head ("Sixth" in "the Sixth Congress of …"), at most four
_NAME_BEFORE_HEAD = re.compile(r"(?<![\w'’–-])((?:[A-Z][\w'’–-]*\s){1,4})$")
_LOWER_EVENTS = re.compile(
    r"(?<![\w'’-])(?P<mods>(?:[A-Z][\w'’-]+\s+){1,8})(?P<head>civil war|war|revolutions?|uprising|revolt|show trials?|purge trials?)\b"
    r"|\b(?P<head2>show trials?|purge trials?)\b"
    r"|\btrial of (?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?P<who>[A-Z][\w'’-]+)"
)
_NAMED_BEFORE = re.compile(
    rf"(?<![\w'’–-])(?P<mods>(?:(?:[A-Z][\w'’–-]+|\d{{4}})\s+){{0,7}}(?:[A-Z][\w'’–-]+|\d{{4}}))"
    rf"\s+(?P<head>{_HEADS})\b"
)
_RECOGNITION = re.compile(
    r"\b(?:recogni[sz](?:ed|es|ing)|recognition\s+(?:of|(?:accorded|extended|granted|given)\s+to))\s+"
    r"(?:the\s+)?(?P<whom>USSR|Soviet\s+(?:Union|Russia|state|government|regime)|Soviets|Russia\b(?!['’]))"
    r"(?:\s+(?P<how>de\s+jure|de\s+facto))?|\b(?P<how2>de\s+jure|de\s+facto)\s+recognition\b"
    # "extended recognition to", "accorded formal recognition": the recognising side's act
    r"|\b(?:extended|accorded|granted|gave|extending|according|granting)\s+(?:(?:full|formal|official|diplomatic)\s+)?"
    r"recognition\s+to\b"
    # "the Soviet government was recognized by X": the passive
    r"|\b(?:USSR|Soviet\s+(?:Union|Russia|state|government|regime))\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?:\w+ly|then|finally)\s+)?recogni[sz]ed\b",
    re.I,
)
_RUPTURE = re.compile(
    r"\b(?:broke\s+off|severed|breaking\s+off|rupture(?:d)?\s+(?:of\s+)?)\s*(?:diplomatic\s+)?relations\b",
    re.I,
)
_RESTORE = re.compile(
    r"\b(?:resum(?:ed|ption\s+of)|restor(?:ed|ation\s+of)|re-?establish(?:ed|ment\s+of))\s+(?:full\s+)?(?:diplomatic\s+(?:and\s+consular\s+)?)?relations\b",
    re.I,
)
_EXPULSION = re.compile(r"\b(?:was|were)\s+expelled\s+from\b|\bexpulsion\s+(?:of|from)\b", re.I)
_ELECTION = re.compile(r"\b(?P<year>\d{4})\s+(?:\w+\s+)?general\s+election\b", re.I)
#: a word (or the stem of one) that every event pattern here and in :mod:`.event_phrases`
#: needs, lower-cased: a sentence with none of them is not searched further
_CUES = (
    "treat", "peace", "pact", "confer", "congress", "agree", "protocol", "conven", "battle",
    "trial", "accord", "ultimat", "raid", "letter", "war", "revolt", "rising", "rebell",
    "revolu", "interven", "elect", "recogn", "relations", "expel", "expuls", "affair",
    "incident", "crisis", "scare", "strike", "massacre", "coup", "putsch", "negotiat", "talks",
    "deliberat", "rupture", "assassin", "murder", "killing", "invad", "invasion", "attack",
    "armistice", "concordat", "break", "sever", "restor", "resum", "league", "visit", "power",
    "annex", "occupation", "partition", "incorporation", "seizure", "terror", "purge", "zhov",
    "mutiny", "conflict", "parade", "blockade", "plenum", "grata", "leave", "crash", "embassy",
    "legation", "consulate", "opening", "closing", "closure", "meeting", "conversations",
    "appointment", "dismissal", "nomination", "resignation", "removal", "speech", "address",
    "note", "protest", "declaration", "statement", "mission", "formation", "found", "creation",
    "establish", "proclam", "dissol", "abolit", "invit", "capture", "fall of", "siege", "liberat",
    "investig", "renam", "tried", "summit", "proposal", "broadcast", "memorand", "famine",
    "offensive", "grata", "met", "called on", "called upon", "received", "conversation",
    "interview", "audience", "discussion", "credentials", "memorand", "aide-m", "agrément",
    "agrement", "purged", "raided", "newly", "recently", "just", "year plan", "nep",
    "economic policy", "dispute", "clash", "formed", "created", "constituted", "set up", "proclaimed",
    "annexed", "occupied", "incorporated", "partitioned", "invaded", "expelled", "denounc",
    "denunc", "abrogat", "annul", "revok", "revoc", "repudiat", "renounc", "withdr", "cancel",
    "terminated",
)  # fmt: skip
_ANY_CUE = gz.any_of(_CUES)  # one scan of a sentence for all the cues
_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}
_NOT_EVENT_MODS = {
    "The",
    "A",
    "This",
    "That",
    "These",
    "Such",
    "First",
    "Second",
    "Both",
    "Each",
    "Every",
    "Great",
    "World",
    "During",
    "After",
    "Before",
    "In",
    "Since",
    "Until",
    "When",
}


@cache
def _states() -> dict[str, str]:
    out = {k: v[0] for k, v in gz.places().items() if v[1] == "state"}
    out.update(gz.demonyms())
    return out


def _parties(text: str) -> tuple[str, ...]:
    states = _states()
    found: list[str] = []
    for word in re.findall(r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?", text):
        # "The Soviet Union", "Soviet Union", "Soviet": the pair, then each word alone
        for cand in (word, *word.split()):
            for part in cand.split("-"):
                if part in states and states[part] not in found:
                    found.append(states[part])
    return tuple(found)


def _city_state(text: str, at: int) -> tuple[str, ...]:
    """The state of the city named right after ``at`` ("expelled from Paris": France)."""
    m = re.match(r"\s+(?:the\s+)?([A-Z][\w'’]+)", text[at : at + 40])
    place = gz.places().get(m.group(1)) if m else None
    return (place[2],) if place and place[1] == "city" and place[2] else ()


#: a word that starts another clause between an event and a date after it ("signed a
#: treaty and stayed until July 1924": July 1924 is not the treaty's)
_NEXT_CLAUSE = re.compile(r"\b(?:and|but|until|till|while|when|whereas)\b")


#: the head of another event between an event and a date after it ("the X Conference
#: led to the Y Treaty of 3 May 1925": the date is the treaty's)
_ANOTHER_EVENT = re.compile(
    r"\b(?:Treaty|Pact|Agreement|Conference|Congress|Protocol|Convention|treaty|pact|agreement|"
    r"conference|congress)\b"
)


#: an event's passive verb right after its name: the clause the event's date is in
_TOLD_PASSIVE = re.compile(
    r"\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+|formally\s+|finally\s+)?(?:signed|concluded|ratified|held|"
    r"opened|convened|initial(?:l)?ed)\b"
)
#: a second event joined to the first and a date both share: "… and the B Treaty, both
#: of 16 March 1921", "… and the B Pact, both signed in 1932"
_BOTH_DATED = re.compile(
    r"\s+and\s+(?:the\s+|a\s+|an\s+)?[^,;:.()]{1,70}?,\s+both\s+(?:of|in|on|from|dated|"
    r"(?:signed|concluded|ratified)\s+(?:on|in))\s+"
)
#: what ends that clause before a date ("signed in Moscow, but ratified only in 1926")
_PASSIVE_CLAUSE_END = re.compile(
    r"[;:()]|,\s*(?:and|but)\b|\b(?:but|until|till|while|when|whereas|after|before)\b"
)


def _date_near(
    text: str, dates: list[DateMatch], s: int, e: int, sent: tuple[int, int]
) -> DateMatch | None:
    inside = [d for d in dates if s <= d.start and d.end <= e]
    if inside:
        return inside[0]
    after = [
        d
        for d in dates
        if e <= d.start <= e + 40
        and d.end <= sent[1]
        and not _NEXT_CLAUSE.search(text, e, d.start)
        and not _ANOTHER_EVENT.search(text, e, d.start)
    ]
    if after:
        return after[0]
    if "both" in text[e : e + 120]:
        # "the A Agreement and the B Treaty, both of 16 March 1921": the date of the pair
        shared = [d for d in dates if e < d.start <= e + 120 and d.end <= sent[1]]
        if shared and _BOTH_DATED.fullmatch(text, e, shared[0].start):
            return shared[0]
    told = _TOLD_PASSIVE.match(text, e)
    if told:
        # "the X Treaty was signed by A and B on 12 March 1940, and …": the first date of the
        # passive's clause, past names joined by "and"
        later = [d for d in dates if told.end() <= d.start <= e + 100 and d.end <= sent[1]]
        if later and not _PASSIVE_CLAUSE_END.search(text, told.end(), later[0].start):
            return later[0]
    same = [d for d in dates if sent[0] <= d.start and d.end <= sent[1] and d.kind != "decade"]
    if len(same) == 1 and same[0].start >= e and _ANOTHER_EVENT.search(text, e, same[0].start):
        return None  # the date of the other event named between
    if len(same) <= 1:
        return same[0] if same else None
    # several dates in the sentence: the last one given before the event, in its clause
    before = [d for d in same if d.end <= s and not re.search(r"[;:]", text[d.end : s])]
    return before[-1] if before else None


#: an event head in the words before a parenthesised span ("the civil war (1918–1921)"):
#: the span is the event's, not a term of office or a lifespan
_HEAD_BEFORE = re.compile(
    r"\b(?:war|treaty|pact|agreement|conference|congress|revolution|intervention|occupation|"
    r"negotiations|talks|blockade|crisis|famine|terror|purges?|trials?|rising|uprising|campaign)\W{0,3}$",
    re.I,
)


def _tenure(text: str, d: DateMatch) -> bool:
    """A year range in brackets after a name or a post ("Foreign Minister X (1940–1941)",
    "ambassador to Moscow (1940–1942)"): a term of office or a lifespan, not the time
    of the narrative."""
    return (
        d.kind == "range"
        and text[d.start - 1 : d.start] == "("
        and text[d.end : d.end + 1] == ")"
        and not _HEAD_BEFORE.search(text, max(0, d.start - 40), d.start - 1)
    )


#: an instrument named by its head alone, after a demonstrative: "the pact was
#: concluded …" tells of the instrument the text named before
_BARE_INSTRUMENT = frozenset("pact treaty agreement accord protocol convention".split())


def _compatible(a: str | None, b: str | None) -> bool:
    """Two dates that can be one event's: either unknown, or one within the other
    (same year at least: "1927" and "1927-05-12", "1922-04" and "1922-04-16")."""
    if not a or not b:
        return True
    ya, yb = a[:4], b[:4]
    return ya == yb or a.startswith(b) or b.startswith(a)


#: a noun after "war" that makes "war" its modifier: no war told
_WAR_AS_MODIFIER = re.compile(
    r"\s+(?:debts?|loans?|credits?|office|ministry|minister|department|commissar\w*|council|"
    r"cabinet|industry|materials?|aims|effort|criminals?|crimes|damages|indemnit\w+|guilt|"
    r"communism|veterans?|correspondents?|prisoners?|production|economy|budget|claims)\b",
    re.I,
)


#: a negation right before a recognition verb: no recognition was made
_NEGATED = re.compile(r"\b(?:not|never|non-?|refus\w*\s+to|declin\w*\s+to|without)\s*$", re.I)


def _name_key(name: str) -> frozenset[str]:
    words = re.split(r"[\s–-]+", re.sub(r"['’]s\b", "", name.lower()))
    return frozenset(w[:5] for w in words if w and w not in ("the", "of", "and", "a"))


def find_events(
    doc: Document, mentions: list[Mention], dates: list[DateMatch] | None = None
) -> list[ExtractedEvent]:
    """Events named or described in the document's body (not in notes or records).
    ``dates`` are the document's dates if already found."""
    text = doc.text
    all_dates = dates if dates is not None else find_dates(text, language=doc.meta.language)
    events: list[ExtractedEvent] = []
    seen: set[tuple[str, str]] = set()
    persons = ByStart(
        [i for i, m in enumerate(mentions) if m.type == "person"], lambda i: mentions[i].start
    )
    date_index = ByStart(all_dates, lambda d: d.start)
    places = gz.places()

    keys: list[tuple[str, frozenset[str]]] = []
    # the last date of the sentences before the current one, in this or an earlier
    # paragraph (measured: carrying over paragraphs did better on held-out texts)
    context: list[DateMatch | None] = [None]
    context_next: list[DateMatch | None] = [None]

    def add(etype: str, name: str, s: int, e: int, sent: tuple[int, int], dates: list[DateMatch], conf: float,
            place: str | None = None, parties: tuple[str, ...] = ()) -> None:  # fmt: skip
        key = (etype, name.lower())
        date = _date_near(text, dates, s, e, sent)
        words = _name_key(name)
        if (
            etype in ("treaty", "agreement")
            and name in _BARE_INSTRUMENT
            and (
                re.search(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$", text[max(0, s - 6) : s])
                or re.search(rf"\b(?:the|this|that)\s+{name}\b", text[s:e])
            )
        ):
            earlier = [k for k, ev in enumerate(events) if ev.type in ("treaty", "agreement")]
            alike = [k for k in earlier if name in events[k].name.lower()]
            if earlier:
                k = (alike or earlier)[-1]  # the instrument of that head last named
                ev = events[k]
                if date is not None and (
                    ev.date is None or ev.attrs.get("dated_from") == "context"
                ):
                    attrs = {a: v for a, v in ev.attrs.items() if a != "dated_from"}
                    events[k] = replace(ev, date=date.edtf, attrs={**attrs, "dated_at": s})
                return
        same = [k for k, (t, w) in enumerate(keys) if t == etype and (words <= w or w <= words)]
        # a name met again with a date of another year is another event ("the raid" of
        # April and the raid of May 1927 are one type, two events)
        if (
            same
            and date is not None
            and key not in seen
            and all(
                events[k].date is not None
                and events[k].attrs.get("dated_from") != "context"
                and not _compatible(events[k].date, date.edtf)
                for k in same
                if k < len(events)
            )
        ):
            same = []
        if key in seen or same:
            # another mention or name of an event already found ("Civil War" after "Russian
            # Civil War"); an event first named without a date takes the date of a later one
            # (or of its own sentence, where the first took the date the text last gave)
            if date is not None:
                for k, ev in enumerate(events):
                    if (
                        ev.type == etype
                        and (ev.date is None or ev.attrs.get("dated_from") == "context")
                        and (_name_key(ev.name) <= words or words <= _name_key(ev.name))
                    ):
                        attrs = {a: v for a, v in ev.attrs.items() if a != "dated_from"}
                        events[k] = replace(ev, date=date.edtf, attrs={**attrs, "dated_at": s})
                        break
            return
        if any(ev.type == etype and ev.start < e and s < ev.end for ev in events):
            return  # one stretch read by two rules ("Litvinov's negotiations with France")
        if (
            etype == "war"
            and (name == "outbreak of war" or name.startswith("war on "))
            and any(
                ev.type == "war"
                and (
                    sent[0] <= ev.start < sent[1]
                    or sent[0] <= ev.attrs.get("dated_at", -1) < sent[1]
                )
                and _compatible(ev.date, date.edtf if date else None)
                for ev in events
            )
        ):
            return  # "the X War began on … with the invasion of Y": one war, told three ways
        if (
            name == "outbreak of war"
            and re.search(r"\b[Tt]he\s+$", text[max(0, s - 5) : s])
            and any(ev.type == "war" for ev in events)
        ):
            return  # "before the war started": the war named before
        if etype == "war" and _WAR_AS_MODIFIER.match(text, e):
            return  # "the Russian war debt", "the War Office": war names another thing
        if etype in ("rupture", "restoration", "expulsion") and "unspecified" in name:
            return
        if (
            etype not in ("restoration", "expulsion")  # "expelled from A and B": two
            and re.search(r"\band\s+$", text[max(0, s - 5) : s])
            and any(ev.end >= s - 6 and ev.end <= s for ev in events)
        ):
            return  # "... General Treaty and Commercial Agreement": one event
        seen.add(key)
        keys.append((etype, words))
        dated_from_context = date is None and context[0] is not None
        if dated_from_context:
            date = context[0]  # an undated event takes the date the text last gave
        sent_text = text[sent[0] : sent[1]]
        participants = tuple(persons.between(sent[0], sent[1]))
        end = max(e, date.end) if date and date.start >= e and date.start - e <= 40 else e
        events.append(
            ExtractedEvent(
                etype, name, s, end, text[s:end], EXTRACTOR, conf,
                date=date.edtf if date else None,
                place=place,
                parties=parties or _parties(sent_text),
                participants=participants,
                attrs={"dated_from": "context"} if dated_from_context else {},
            )
        )  # fmt: skip

    for seg in doc.segments:
        if seg.kind in ("record", "footnote", "author_note", "authority_entry", "note"):
            continue
        seg_dates = [d for d in date_index.between(seg.start, seg.end) if d.end <= seg.end]
        by_start = ByStart(seg_dates, lambda d: d.start)
        for sent in sentence_spans(text, seg.start, seg.end):
            s0, e0 = sent
            if context_next[0] is not None:
                context[0], context_next[0] = context_next[0], None
            dates = by_start.between(s0, e0 + 1)  # _date_near reads no date outside the sentence
            if any(d.kind == "range" for d in dates):
                dates = [d for d in dates if not _tenure(text, d)]
            # a decade or an open range ("since 1933") dates nothing told after it
            told = [d for d in dates if d.kind not in ("decade", "open") and d.end <= e0]
            if told:
                context_next[0] = told[-1]  # for the sentences after this one
            low = text[s0:e0].lower()
            if not _ANY_CUE.search(low):
                continue  # no pattern below can match a sentence without one of its words
            named_heads: set[int] = set()  # "the X Treaty of Y": one treaty, named once
            for m in _NAMED_OF.finditer(text, s0, e0):
                head = m.group("head")
                name_part = m.group("name").strip()
                if name_part.split()[0].lower().rstrip(".") in _MONTHS:
                    continue  # "the Conference of November 1937": its name is before the head
                named_heads.add(m.start("head"))
                etype = {"Peace": "treaty", "Battle": "war", "battle": "war"}.get(
                    head, _TYPE_OF.get(head.lower(), "event")
                )
                place = places.get(name_part, (None,))[0] if name_part in places else None
                # "the Sixth Congress of …", "the Franco-Soviet Treaty of …": the words before
                pre = _NAME_BEFORE_HEAD.search(text, max(s0, m.start("head") - 60), m.start("head"))
                mods = pre.group(1).split() if pre else []
                while mods and (mods[0] in _NOT_EVENT_MODS or mods[0].lower() in ("the", "a")):
                    mods = mods[1:]
                add(
                    etype,
                    " ".join([*mods, f"{head} of {name_part}"]),
                    pre.start(1) + pre.group(1).find(mods[0]) if pre and mods else m.start("head"),
                    m.end("name"),
                    sent,
                    dates,
                    0.85,
                    place,
                )
            for m in _NAMED_BEFORE.finditer(text, s0, e0):
                if m.start("head") in named_heads:
                    continue
                mods = m.group("mods").split()
                while mods and (mods[0] in _NOT_EVENT_MODS or mods[0].lower() in ("the", "a")):
                    mods = mods[1:]
                if not mods:
                    continue
                head = m.group("head")
                if text.startswith(" Series", m.end("head")):
                    continue  # "the League of Nations Treaty Series": a publication
                if head in ("Treaties", "Trials") and len(mods) < 2:
                    continue  # "Trade Treaties": a kind of thing, not an event
                start = m.start("mods") + m.group("mods").find(mods[0])
                name = " ".join(mods + [head])
                place = next((places[w][0] for w in mods if w in places), None)
                add(
                    _TYPE_OF.get(head.lower(), "event"),
                    name,
                    start,
                    m.end("head"),
                    sent,
                    dates,
                    0.8,
                    place,
                )
            for m in _LOWER_EVENTS.finditer(text, s0, e0):
                if m.group("who"):
                    add(
                        "trial", f"trial of {m.group('who')}", m.start(), m.end(), sent, dates, 0.75
                    )
                    continue
                head = (m.group("head") or m.group("head2") or "").lower()
                etype = (
                    "trial"
                    if "trial" in head
                    else _TYPE_OF.get(head.split()[-1].rstrip("s"), "war")
                )
                if head.endswith("revolutions"):
                    etype = "revolution"
                mods = (m.group("mods") or "").split()
                while mods and (mods[0] in _NOT_EVENT_MODS or mods[0].lower() in ("the", "a")):
                    mods = mods[1:]
                if m.group("mods") and not mods:
                    continue  # "The war scare …" opening a sentence: no name before the head
                name = " ".join(mods + [head]) if mods else head
                start = m.end() - len(name) if mods else m.start()
                add(etype, name, start, m.end(), sent, dates, 0.7)
            for m in _RECOGNITION.finditer(text, s0, e0):
                if _NEGATED.search(text, max(s0, m.start() - 24), m.start()):
                    continue  # "his policy of not recognizing the Soviet Union"
                how = (m.group("how") or m.group("how2") or "").lower().replace("  ", " ")
                sub = _parties(text[s0:e0])
                name = f"recognition ({how or 'unspecified'})" + (
                    f" by {sub[0]}" if sub and sub[0] not in SOVIET_STATES else ""
                )
                add("recognition", name, m.start(), m.end(), sent, dates, 0.75)
            for pattern, etype in (
                (_RUPTURE, "rupture"),
                (_RESTORE, "restoration"),
                (_EXPULSION, "expulsion"),
            ):
                for m in pattern.finditer(text, s0, e0):
                    parties = _parties(text[s0:e0])
                    if not parties and etype == "expulsion":
                        parties = _city_state(text, m.end())  # "his expulsion from London"
                    add(
                        etype,
                        f"{etype} ({', '.join(parties) or 'unspecified'})",
                        m.start(),
                        m.end(),
                        sent,
                        dates,
                        0.7,
                    )
            for m in _ELECTION.finditer(text, s0, e0):
                add("election", m.group(0), m.start(), m.end(), sent, dates, 0.8)
            for etype, name, ps, pe in event_phrases(text, low, s0, e0):
                add(etype, name, ps, pe, sent, dates, 0.65, parties=_parties(name))
            for etype, name, ps, pe in verb_events(text, low, s0, e0):
                add(etype, name, ps, pe, sent, dates, 0.65, parties=_parties(name))
            for etype, name, ps, pe in clause_events(text, low, s0, e0):
                if etype == "recognition":
                    sub = _parties(text[s0:e0])
                    if sub and sub[0] not in SOVIET_STATES:
                        name = f"{name} by {sub[0]}"
                add(etype, name, ps, pe, sent, dates, 0.6, parties=_parties(name))
            if told and context_next[0] is told[-1]:
                # a year inside an event's name ("the 1904–1905 Russo-Japanese War", "the
                # 1921 trade agreement") or in brackets after it ("the X War (1919–1921)")
                # refers back: it is not the time the text is at
                named = [(ev.start, ev.end) for ev in events if ev.start >= s0]
                free = [
                    d for d in told
                    if not any(
                        a <= d.start and d.end < b
                        or 0 <= a - d.end <= 1 and text[d.start - 4 : d.start].lower() == "the "
                        or text[d.start - 1 : d.start] == "(" and a < d.start <= b + 2
                        for a, b in named
                    )
                ]  # fmt: skip
                context_next[0] = free[-1] if free else None
    events.sort(key=lambda ev: ev.start)
    return events
