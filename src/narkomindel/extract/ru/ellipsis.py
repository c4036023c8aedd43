"""Posts a Russian text states without repeating the role (part of ``extract.ru.posts``).

* A term and a place after a post abroad, the role left out: "В 1922—1923 полпред в
  Норвегии, в 1923—1934 — в Турции" (polpred in Turkey, 1923–1934); also as a
  sentence of its own ("В 1923—1934 гг. — в Турции.").
* The same role in further countries listed after the first, each with its own
  dates: "полпред СССР в Латвии (1921—1923), Эстонии (1923—1925) и Литве", also
  with the term after the place ("атташе в Норвегии в 1925–1927 гг., в Испании и
  Португалии в 1931–1932 гг. и в Японии — 1932–1935 гг."): two places joined by "и" before one
  term share it; "полпред в Дании (1924—1926), затем в Австрии (1926—1929)".
* A transfer: "В 1937 г. переведён во Францию" after a post abroad is the same role
  in the new country, from the sentence's date.

The holder is the one of the post before; its date is the term given with the place.
"""

from __future__ import annotations

import dataclasses
import re

from narkomindel.extract.ru.context import Context, place_in
from narkomindel.gazetteer.vocabulary import SOVIET_STATES
from narkomindel.model import Claim

__all__ = ["NEXT_COUNTRY", "elided_posts", "further_countries"]

#: roles held in one country abroad, which a further term and place may repeat
_ABROAD = frozenset(
    {"polpred", "ambassador", "envoy", "chargé d'affaires", "counsellor", "first secretary",
     "second secretary", "third secretary", "attaché", "military attaché", "consul",
     "consul general", "vice consul", "trade representative", "deputy polpred"}
)  # fmt: skip
_SOVIET = SOVIET_STATES

#: what may stand between a post and the next term: a comma, a semicolon, "а", a stop
_JOIN = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:[,;]|\.)\s*(?:а\s+|затем\s+|потом\s+)?")
#: after the term: a dash (or nothing) and "в"/"во" with the place
_PLACE = re.compile(r"\s*(?:гг?\.)?\s*[—–-]?\s*(?:в|во)\s+([А-ЯЁ][а-яё-]+)")
_PLACE_END = re.compile(r"[ \t]*(?:[.;,)]|$)")
_TRANSFER = re.compile(
    r"(?<![\w-])(?:переведен|переведён|переведена|перемещен|перемещён)\s+(?:в|во)\s+"
    r"([А-ЯЁ][а-яё-]+)"
)


#: a further country after a post's: "в Латвии (1921—1923), Эстонии и Литве"
NEXT_COUNTRY = re.compile(
    r"\s*(?:,|\sи)\s+(?:(?:(?:а\s+)?(?:затем|потом|позднее|позже)\s+)?(?:в|во)\s+)?"
    r"([А-ЯЁ][А-ЯЁа-яё]+)"
)
#: a term right after a place: "(1921—1923)", "в 1926–1928 гг.", "— 1934–1936 гг."
_TERM_OPEN = re.compile(r"\s*(?:\(|(?:[—–]\s*)?(?:в\s+|с\s+)?)")
_TERM_CLOSE = re.compile(r"(?:\s*(?:гг?\.|годах|году))?")


def further_countries(text: str, ctx: Context, posts: list[Claim]) -> list[Claim]:
    """ "полпред СССР в Латвии (1921—1923), Эстонии (1923—1925) и Литве": the same
    role in each country listed after the first, with its own dates; a place with
    none, joined by "и" to the next, has the next one's ("в Испании и Португалии в 1931 г.")."""
    out: list[Claim] = []
    for c in posts:
        if not c.country:
            continue
        pos, seen = _after_dates(ctx, c.end)[0], {c.country}
        found: list[tuple[Claim, bool]] = []
        while (m := NEXT_COUNTRY.match(text, pos)) and (place := place_in(m.group(1))):
            if place in _SOVIET or place in seen:
                break
            seen.add(place)
            pos, own = _after_dates(ctx, m.end())
            start, _, end = own.partition("/") if own else (None, "", None)
            if found and not found[-1][1] and own and text[m.start() : m.start(1)].strip() == "и":
                prev = found[-1][0]  # "в Испании и Португалии в 1931–1932 гг.": one term for both
                found[-1] = (dataclasses.replace(
                    prev, date_start=start or None, date_end=end or None), True)  # fmt: skip
            found.append((dataclasses.replace(
                c, country=place, start=m.start(1), end=m.end(1), quote=m.group(1),
                date_start=(start or None) if own else c.date_start,
                date_end=(end or None) if own else c.date_end, confidence=0.7,
            ), bool(own)))  # fmt: skip
        out += [f for f, _ in found]
    return out


def _after_dates(ctx: Context, pos: int) -> tuple[int, str | None]:
    """The end of a term right after a place at ``pos`` and its EDTF ("Латвии
    (1921—1923)", "Швеции в 1926–1928 гг."); ``pos`` and None when there is none."""
    opened = _TERM_OPEN.match(ctx.text, pos)
    if opened is None:
        return pos, None
    for d in ctx.dates:
        if d.start == opened.end():
            if "(" in opened.group(0):
                close = re.match(r"\s*(?:гг?\.)?\s*\)", ctx.text[d.end :])
                return (d.end + close.end(), d.edtf) if close else (pos, None)
            closed = _TERM_CLOSE.match(ctx.text, d.end)
            return (closed.end() if closed else d.end), d.edtf
    return pos, None


def elided_posts(text: str, ctx: Context, posts: list[Claim]) -> list[Claim]:
    """The posts stated by a term and a place, or by a transfer, after a post abroad."""
    out: list[Claim] = []
    for c in posts:
        if c.role not in _ABROAD or not c.country:
            continue
        pos, seen = c.end, {c.country}
        while (found := _next_term(text, ctx, pos)) is not None:
            start, end, place, date = found
            if place in seen:
                break
            seen.add(place)
            a, _, b = date.partition("/")
            out.append(dataclasses.replace(
                c, start=start, end=end, quote=text[start:end], country=place,
                date_start=a.strip(".") or None, date_end=(b.strip(".") or None) if b else None,
                confidence=0.7,
            ))  # fmt: skip
            pos = end
    out += _transfers(text, ctx, posts + out)
    return out


def _next_term(text: str, ctx: Context, pos: int) -> tuple[int, int, str, str] | None:
    """(start, end, country, EDTF) of ", в 1923—1934 — в Турции" right after ``pos``."""
    join = _JOIN.match(text, pos)
    if join is None:
        return None
    at = join.end()
    d = next((d for d in ctx.dates if at <= d.start <= at + 2), None)
    if d is None or text[at : d.start].strip() not in ("", "в", "В", "с", "С"):
        return None
    place = _PLACE.match(text, d.end)
    if place is None or not _PLACE_END.match(text, place.end()):
        return None
    country = place_in(place.group(1))
    if country is None or country in _SOVIET:
        return None
    if any(d.end <= m.start < place.end() for _, m in ctx.persons):
        return None
    return at, place.end(), country, d.edtf


def _transfers(text: str, ctx: Context, posts: list[Claim]) -> list[Claim]:
    """ "В 1937 г. переведён во Францию": the role of the holder's last post abroad,
    in the new country, from the date of the transfer's sentence."""
    out: list[Claim] = []
    for m in _TRANSFER.finditer(text):
        country = place_in(m.group(1))
        if country is None or country in _SOVIET:
            continue
        s, e = ctx.sentence_of(m.start())
        if any(s <= p.start < e for p in posts):
            continue  # the sentence names a role of its own
        subject = ctx.subject(m.start(), m.end(), m.group(0).split()[0], after_limit=0)
        earlier = [
            p for p in posts
            if p.end <= m.start() and _same(ctx, p.subject, subject) and p.role in _ABROAD
            and p.country
        ]  # fmt: skip
        if subject is None or not earlier or earlier[-1].country == country:
            continue
        last = max(earlier, key=lambda p: p.end)
        start, _ = ctx.term(m.start(), m.end())
        out.append(dataclasses.replace(
            last, start=m.start(), end=m.end(), quote=m.group(0), country=country,
            date_start=start, date_end=None, confidence=0.6,
        ))  # fmt: skip
    return out


def _same(ctx: Context, a: int, b: int | None) -> bool:
    """Are two person mentions of one name (the same surname, or the same mention)?"""
    if b is None:
        return False
    by_index = dict(ctx.persons)
    ma, mb = by_index.get(a), by_index.get(b)
    if ma is None or mb is None:
        return a == b
    return str(ma.attrs.get("surname") or ma.text) == str(mb.attrs.get("surname") or mb.text)
