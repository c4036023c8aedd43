"""Entries of a who's-who list (part of ``extract.names``): a line that opens with the
surname, a comma, then a rank and the given name and patronymic ("Varkov, General Ilya
Petrovich (1890-1950)", "VARKOV, Ilya (1890-1950)") names one person, whose surname is the
first word — not a surname and a second person made of the given name and patronymic.

The surname is a name of the document from the heading on ("Varkov was born ..."); a given
name with its patronymic is a form of address of its own and is kept as a second mention of
the same person (its ``surname`` the heading's)."""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass

from narkomindel import gazetteer as gz
from narkomindel.extract.name_parts import title_cue

__all__ = ["Entry", "find_entries", "inverted_entries"]

_Found = tuple[int, int, float, str, str, str | None]

_ENTRY = re.compile(
    r"(?:^[ \t]*(?:\d{1,4}\.[ \t]+)?|(?P<run_on>(?<=[.!?] )))"
    r"(?P<surname>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]{3,}(?:-[A-Z]{3,})?),[ \t]+"
    r"(?P<rest>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,3})"
    r"(?![ \t]*[\w'’-])(?P<after>[ \t]*[(,][ \t]*(?:\d{4}|[bd]\.|c\.)|[ \t]*\(|[ \t]*$)?",
    re.MULTILINE,
)
_DATED = re.compile(r"[ \t]*\([ \t]*\d{4}")
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)")

#: who's-who entry rules of the mentions ``find_entries`` makes
ENTRY_RULE = "who's-who entry"
GIVEN_RULE = "who's-who given names"


@dataclass(frozen=True)
class Entry:
    start: int  # of the surname
    comma: int  # end of the surname
    given: int  # start of the given name (after any rank)
    end: int
    surname: str
    title: str | None
    patronymic: bool


def _title_length(words: list[str]) -> int:
    """How many words open ``words`` as a rank ("Colonel General Mikhail": 2)."""
    n = 0
    while n < len(words) - 1 and title_cue(words[n]):
        n += 1
    return n


def find_entries(text: str, blocked: Set[str]) -> list[Entry]:
    """The who's-who entries of ``text``: after the comma [rank] a given name and a
    patronymic, or [rank] a known given name; one given name alone only where a date or a
    parenthesis follows, or the line ends."""
    if ", " not in text:
        return []
    out: list[Entry] = []
    for m in _ENTRY.finditer(text):
        surname = m.group("surname")
        words = m.group("rest").split()
        n_title = _title_length(words)
        names = words[n_title:]
        if surname in blocked or surname.capitalize() in blocked or not names:
            continue
        if any(w in blocked for w in names) or len(names) > 2:
            continue
        if m.group("run_on") is not None and not _DATED.match(m.group("after") or ""):
            continue  # inside a paragraph only with its dates: "... in 1945. VARKOV, Ilya (1875-"
        patronymic = len(names) == 2 and _PATRONYMIC.fullmatch(names[-1]) is not None
        if len(names) == 2 and not patronymic:
            continue  # "Moscow, Pavel Dorn": not the shape of an entry
        if not patronymic:
            if names[0] not in gz.given_names():
                continue
            if not n_title and m.group("after") is None:
                continue  # "Varkov, Ilya said": a vocative, not an entry
        title = " ".join(words[:n_title]) or None
        given = text.index(names[0], m.start("rest") + sum(len(w) for w in words[:n_title]))
        out.append(
            Entry(
                m.start("surname"),
                m.end("surname"),
                given,
                m.end("rest"),
                surname,
                title,
                patronymic,
            )  # fmt: skip
        )
    return out


def inverted_entries(found: list[_Found], entries: list[Entry]) -> list[_Found]:
    """``found`` with each who's-who entry made one name (the mentions inside it replaced);
    an entry with a patronymic gives the surname and the given names as two mentions."""
    if not entries:
        return found
    out = [f for f in found if not any(x.start <= f[0] and f[1] <= x.end for x in entries)]
    for x in entries:
        kind = next((f[4] for f in found if x.start <= f[0] and f[1] <= x.end), "paragraph")
        if x.patronymic:
            out.append((x.start, x.comma, 0.9, ENTRY_RULE, kind, None))
            out.append((x.given, x.end, 0.9, GIVEN_RULE, kind, x.title))
        else:
            out.append((x.start, x.end, 0.9, ENTRY_RULE, kind, x.title))
    return sorted(out)
