"""Attributes of persons stated in English prose (``extract.attributes``).

Other names in parentheses ("Karakhan (Karakhanian)", "Zinoviev
(Radomysl'skii)"), life dates ("(1882-1941)": birth and death), birth ("born in Kiev in 1889", "born on 3 May 1890"),
party history ("a former Menshevik", "an Old Bolshevik", "joined the party in
1912", "a party member since 1917") and nationality ("a Latvian", "an
Armenian") — each bound to the person it follows, with its span.
"""

from __future__ import annotations

import re
from typing import Any

from narkomindel import gazetteer as gz
from narkomindel.extract.dates import find_dates
from narkomindel.model import Claim, Document, Mention

__all__ = ["find_attributes", "EXTRACTOR"]

EXTRACTOR = "extract.attributes.v3"

_OTHER_NAME = re.compile(
    r"\s*\((?:n[ée]e\s+|born\s+|real name\s+|alias\s+|pseud(?:onym)?\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)\)"
)
_LIFE_DATES = re.compile(
    r"\s*\((?:b\.\s*)?(?P<birth>1[89]\d\d)\s*[-–—]\s*(?P<death>(?:19|20)\d\d)\)"
)
MIN_LIFE_SPAN = 25  # years: "(1930-1939)" after a name is a term of office, not a life
_BORN = re.compile(r"\b(?:was\s+)?born\b(?P<rest>[^.;]{0,80})")
_BIRTHPLACE = re.compile(r"\bin\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_PARTY = re.compile(
    r"\b(?:an?\s+|the\s+)?(?P<former>former|ex-)\s*(?P<party>Menshevik|Socialist[- ]Revolutionary|SR|Bundist|Anarchist|Trotskyist|"
    r"Kadet|Left SR|Borotbist)s?\b|\b(?:an?\s+)?(?P<old>Old Bolshevik)s?\b"
    r"|\bjoined the (?:Bolshevik |Communist )?(?:party|Bolsheviks)(?:\s+in\s+(?P<joined>\d{4}))?"
    r"|\b(?:a\s+)?(?:party|Bolshevik|Communist)\s+member\s+since\s+(?P<since>\d{4})"
)
_NATIONALITY = re.compile(r"^,?\s+(?:an?|the)\s+(?P<nat>[A-Z][a-z]+)(?=[\s,.;)])")
_ROLEISH = re.compile(
    r"\b(?:Commissar|Ambassador|Minister|Consul|Secretary|Division|Department|Committee)\b"
)


def find_attributes(doc: Document, mentions: list[Mention]) -> list[Claim]:
    """Attribute and membership claims about the person mentions of a document."""
    text = doc.text
    places = gz.places()
    demonyms = gz.demonyms()
    nationality_words = set(demonyms) | {"Jew", "Latvian", "Pole", "Armenian", "Georgian", "Ukrainian", "Lithuanian",
                                         "Estonian", "Finn", "Russian", "German", "Hungarian", "Czech"}  # fmt: skip
    claims: list[Claim] = []
    persons = [
        i for i, m in enumerate(mentions) if m.type == "person" and not m.attrs.get("record")
    ]
    starts = [mentions[i].start for i in persons]

    def add(subject: int, s: int, e: int, *, kind: str = "attribute", **kw: Any) -> None:
        claims.append(Claim(kind, subject, s, e, text[s:e], EXTRACTOR, 0.75, **kw))

    aliases: set[int] = set()
    for k, i in enumerate(persons):
        if i in aliases:
            continue
        m = mentions[i]
        nxt = k + 1
        # "Zinoviev (Radomysl'skii)": a name in parentheses right after a name is another name
        while nxt < len(persons) and re.fullmatch(r"\s*\(", text[m.end : starts[nxt]]):
            aliases.add(persons[nxt])
            nxt += 1
        nxt_start = starts[nxt] if nxt < len(starts) else len(text)
        after = text[m.end : min(nxt_start, m.end + 160)]
        om = _OTHER_NAME.match(after)
        if om:
            name = om.group("name")
            if (
                name not in places
                and not _ROLEISH.search(name)
                and name not in demonyms
                and not re.match(r"\d", name)
            ):
                add(i, m.start, m.end + om.end(), attribute="other_name", value=name)
        lm = _LIFE_DATES.match(after)
        if lm and int(lm.group("death")) - int(lm.group("birth")) >= MIN_LIFE_SPAN:
            # "Name (1882-1941)": life dates (a span this long is not a term of office)
            add(i, m.start, m.end + lm.end(), attribute="birth", value=lm.group("birth"))
            # the year of death is a life date, not a fate: a fate is what the text tells
            # of the person's end (the references keep life dates apart, as ``lifespan``)
            add(i, m.start, m.end + lm.end(), attribute="death", value=lm.group("death"))
        nm = _NATIONALITY.match(after)
        if nm and nm.group("nat") in nationality_words:
            add(i, m.start, m.end + nm.end(), attribute="nationality", value=nm.group("nat"))
        clause = re.split(r"[.;]", after, maxsplit=1)[0]
        bm = _BORN.search(clause)
        if bm and bm.start() < 60:
            rest_start = m.end + bm.start("rest")
            dates = find_dates(text, rest_start, m.end + bm.end("rest"))
            if dates:
                add(i, m.start, dates[0].end, attribute="birth", value=dates[0].edtf)
            pm = _BIRTHPLACE.search(bm.group("rest"))
            if pm and (pm.group("place") in places or pm.group("place").split()[0] in places):
                e = rest_start + pm.end("place")
                add(i, m.start, e, attribute="birthplace", value=pm.group("place"))
        for pm in _PARTY.finditer(clause):
            if pm.start() > 80:
                break
            e = m.end + pm.end()
            if pm.group("party"):
                add(i, m.start, e, attribute="former_party", value=pm.group("party"))
            elif pm.group("old"):
                add(
                    i,
                    m.start,
                    e,
                    kind="membership",
                    organisation="Communist Party",
                    value="Old Bolshevik",
                )
            else:
                year = pm.group("joined") or pm.group("since")
                add(
                    i,
                    m.start,
                    e,
                    kind="membership",
                    organisation="Communist Party",
                    value="member",
                    date_start=year,
                )
    return claims
