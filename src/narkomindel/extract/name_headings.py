"""Entries of a who's-who list (part of ``extract.names``): a line that opens with the
surname, a comma, then a rank and the given name and patronymic ("Varkov, General Ilya
Petrovich (1890-1950)") names one person, whose surname is the first word — not a
surname and a second person made of the given name and patronymic."""

from __future__ import annotations

import re
from collections.abc import Set

from narkomindel import gazetteer as gz
from narkomindel.extract.name_parts import title_cue

__all__ = ["inverted_entries"]

_Found = tuple[int, int, float, str, str, str | None]

_ENTRY = re.compile(
    r"^[ \t]*(?:\d{1,4}\.[ \t]+)?(?P<surname>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?),[ \t]+"
    r"(?P<rest>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+[A-Z][a-z]+){1,2})(?![ \t]*[\w'’-])",
    re.MULTILINE,
)
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)")


def _entry(words: list[str]) -> str | None:
    """The title of "[Title] Given [Patronymic]" ("" for none), or None for other words."""
    patronymic = _PATRONYMIC.fullmatch(words[-1]) is not None
    if len(words) == 3:
        return words[0] if patronymic and title_cue(words[0]) else None
    if patronymic:
        return ""  # "Ilya Petrovich"
    # "General Ilya": a rank and a known given name
    return words[0] if title_cue(words[0]) and words[1] in gz.given_names() else None


def inverted_entries(text: str, found: list[_Found], blocked: Set[str]) -> list[_Found]:
    """``found`` with each who's-who entry made one name (the mentions inside it replaced)."""
    if ", " not in text:
        return found
    entries: list[tuple[int, int, str]] = []
    for m in _ENTRY.finditer(text):
        words = m.group("rest").split()
        title = _entry(words)
        if title is None or m.group("surname") in blocked:
            continue
        if any(w in blocked for w in words[1 if title else 0 :]):
            continue
        entries.append((m.start("surname"), m.end(), title))
    if not entries:
        return found
    out = [f for f in found if not any(s <= f[0] and f[1] <= e for s, e, _t in entries)]
    for s, e, title in entries:
        kind = next((f[4] for f in found if s <= f[0] and f[1] <= e), "paragraph")
        out.append((s, e, 0.9, "who's-who entry", kind, title or None))
    return sorted(out)
