"""Events in Russian prose (``extract.ru.events``): revolutions, wars, the
establishment and rupture of relations, treaties, conferences, trials, the
purge — each a phrase of ``events_ru.tsv`` with the English name the register
uses, the date inside the phrase or the one nearest in its sentence, and its
span. One event per name and year in a document: a war named twice is one event,
one named first without a date and then with one is the dated one, and one named by
its year only ("Велижский договор (1924)") is the one named with its day.
Relations a treaty "устанавливала" take the treaty's date. A phrase naming an event
only as refused, failed, proposed or drafted is none (:mod:`.unrealised`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from narkomindel import gazetteer as gz
from narkomindel.extract.ru.context import Context
from narkomindel.extract.ru.unrealised import unrealised
from narkomindel.model import ExtractedEvent

__all__ = ["find_events_ru", "EXTRACTOR"]

EXTRACTOR = "extract.ru.events.v9"


@cache
def _phrases() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    return tuple(
        (re.compile(r"(?<![\w-])(?:" + row[0] + r")", re.I), row[1], row[2])
        for row in gz.table("events_ru.tsv")
        if len(row) >= 3
    )


#: wars told as a single happening ("Германия напала на …", "конфликт на КВЖД"): dated by
#: their sentence like any event, not only by a date right after their name
_TOLD_EVENTS = frozenset({"invasion", "conflict", "entry of troops"})


def find_events_ru(text: str, ctx: Context) -> list[ExtractedEvent]:
    """Events named in Russian prose, in text order."""
    found: list[ExtractedEvent] = []
    taken: list[tuple[int, int]] = []
    seen: set[tuple[str, str | None]] = set()
    for pattern, etype, name in _phrases():
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            if unrealised(text, m.start(), m.end()):
                continue  # "так и не был подписан", "предложил заключить пакт"
            inside = next((d for d in ctx.dates if m.start() < d.start and d.end <= m.end()), None)
            # "установления в марте 1926 г. … отношений": the date inside the phrase
            date = (
                inside.edtf
                if inside
                else _in_parentheses(ctx, m.end()) or _term(ctx, m.start(), m.end())
            )
            if etype in ("revolution", "war") and name not in _TOLD_EVENTS:
                # "в годы Гражданской войны" dates the person, not the war; a date
                # right after its name is its own ("Октябрьская революция 1917 года")
                date = _named_with(ctx, m.start(), m.end())
            if name == "war" and any(ev.type == "war" for ev in found):
                continue  # a war named before is the war meant
            # one per name and year, but decisions of different days are two
            key = (name, date if date and len(date) == 10 else (date[:4] if date else None))
            by_treaty = etype == "recognition" and date is None and _after_treaty(text, m.start())
            if not by_treaty and (
                key in seen or (date is None and any(k[0] == name for k in seen))
            ):
                continue
            if (name, None) in seen:
                # "Убийство в Каунасе. … случилось 5 июня 1927 года": the dated statement
                # of an event named before without a date is the one kept
                seen.discard((name, None))
                found = [ev for ev in found if ev.name != name or ev.date is not None]
            seen.add(key)
            found.append(
                ExtractedEvent(
                    etype, name, m.start(), m.end(), m.group(0), EXTRACTOR, 0.75,
                    date=date, attrs={"language": "ru"},
                )
            )  # fmt: skip
    found.sort(key=lambda ev: ev.start)
    if any(ev.type == "revolution" and ev.name != "revolution" for ev in found):
        # "до революции" without a date: the revolution the text names elsewhere
        found = [ev for ev in found if ev.name != "revolution" or ev.date is not None]
    return _by_day(_dated_by_treaty(text, [_dated_by_entry(ctx, ev) for ev in found]))


#: the predicate opening a dictionary entry's body: "— происходила 20. XI 1922 …"
_TOOK_PLACE = re.compile(
    r"\s*[—–-]?\s*(?P<verb>(?:проходил|происходил|состоял|открыл|заседал|длил|работал)[а-яё]*)(?![\w-])",
    re.I,
)


def _dated_by_entry(ctx: Context, ev: ExtractedEvent) -> ExtractedEvent:
    """An event named alone in a heading ("ЛОЗАННСКАЯ КОНФЕРЕНЦИЯ") without a date,
    the next sentence opening with its predicate of taking place and no subject of
    its own ("— происходила 20. XI 1922–24. VII 1923 в г. Лозанне"): that sentence's
    date is the event's, as dictionary and encyclopedia entries are written."""
    if ev.date is not None:
        return ev
    s, e = ctx.sentence_of(ev.start)
    if ctx.text[s:e].strip(" \t\n") != ev.quote or "\n" not in ctx.text[e : e + 3]:
        return ev
    m = _TOOK_PLACE.match(ctx.text, e)
    if m is None or ctx.text[e : m.start()].count("\n") > 3:
        return ev
    date = _term(ctx, m.start("verb"), m.end())
    return replace(ev, date=date) if date else ev


def _by_day(found: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """Without an event named by a year (or month) only when the same phrase names it
    with a day of that year elsewhere in the document."""

    def stems(ev: ExtractedEvent) -> set[str]:
        return {w[:5] for w in re.findall(r"[а-яё]{5,}", ev.quote.lower())}

    return [
        ev
        for ev in found
        if not (ev.date and len(ev.date) < 10)
        or not any(
            o is not ev and o.name == ev.name and o.date and len(o.date) == 10
            and o.date.startswith(ev.date) and bool(stems(o) & stems(ev))
            for o in found
        )
    ]  # fmt: skip


_TREATY_SUBJECT = re.compile(r"(?:договор|конвенци|соглашени|пакт)[а-яё]*\s+$", re.I)


def _dated_by_treaty(text: str, found: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """ "Конвенция устанавливала дипломатические … отношения": relations established by
    a treaty just named, without a date of their own, are dated by that treaty."""
    out: list[ExtractedEvent] = []
    for ev in found:
        if ev.type == "recognition" and ev.date is None:
            if _after_treaty(text, ev.start):
                treaty = next((o for o in reversed(out) if o.type == "treaty" and o.date), None)
                if treaty is not None:
                    ev = replace(ev, date=treaty.date)
        out.append(ev)
    dated = {ev.name for ev in out if ev.date}
    kept: list[ExtractedEvent] = []
    for ev in out:
        if ev.date or (ev.name not in dated and not any(k.name == ev.name for k in kept)):
            kept.append(ev)
    return kept


def _after_treaty(text: str, start: int) -> bool:
    return bool(_TREATY_SUBJECT.search(text[max(0, start - 30) : start]))


def _named_with(ctx: Context, start: int, end: int) -> str | None:
    """The date written right after an event's name, or begun inside it ("революции
    1905 года", "революции 1925–1927 гг."), else None."""
    for d in ctx.dates:
        if start < d.start <= end + 1 and not ctx.text[end : d.start].strip():
            return d.edtf
    return None


def _in_parentheses(ctx: Context, end: int) -> str | None:
    """A date in parentheses closing the event's clause ("разорвала отношения с СССР
    (27.05)", "обыск … в Лондоне (12.05)"): the event's own, over one of the sentence
    before it."""
    _, e = ctx.sentence_of(end - 1)
    for d in ctx.dates:
        if end <= d.start < min(e, end + 45):
            gap = ctx.text[end : d.start]
            if gap.endswith("(") and not re.search(r"[;:.!?()]|\s[—–]\s", gap[:-1]):
                return d.edtf
            return None
    return None


#: a closed term: days, months or years from one to another
_CLOSED = re.compile(r"\d{4}(?:-\d\d){0,2}/\d{4}(?:-\d\d){0,2}")


def _term(ctx: Context, start: int, end: int) -> str | None:
    """The date of the event's sentence (:meth:`Context.term`); a closed term is the
    event's whole term ("переговоры … с 7 по 16 ноября 1933 г.", "в течение 1937–1938 гг.
    были арестованы …"), an open one ("с 1933 г.") its start."""
    d = ctx.term_date(start, end, right_after=4)
    if d is not None and _CLOSED.fullmatch(d.edtf):
        return d.edtf
    return ctx.term(start, end, right_after=4)[0]
