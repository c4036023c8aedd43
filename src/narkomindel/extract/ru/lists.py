"""Roles and holders listed in Russian prose (part of ``extract.ru.posts``): roles
sharing one complement ("советник, первый секретарь полпредства в Эстонии"), roles
listed before one name ("полпреда во Франции, консула в Нью-Йорке Иванова"), and a
plural role before several names ("консулов в Монголии X и Y")."""

from __future__ import annotations

import re

from narkomindel.extract.ru.complement import (
    CLAUSE_END,
    clause_end,
    complement,
    departments,
    match_at,
    roles,
)
from narkomindel.extract.ru.context import Context, Word, place_in
from narkomindel.extract.ru.ellipsis import NEXT_COUNTRY
from narkomindel.extract.ru.holders import apposed

__all__ = [
    "holder_of_next_role",
    "listed_complement",
    "named_after_plural",
    "named_after_verb",
    "role_complement_end",
]


def role_complement_end(text: str, words: list[Word], i: int, e: int, names: frozenset[int]) -> int:
    """The end of the complement of a role whose words end before word ``i``."""
    stop = clause_end(text, words[i - 1].end, e)
    return complement(text, words, i, min(stop, words[i - 1].end + 90), names)[2]


_NAME_JOIN = re.compile(r"\s*(?:,|и|,\s*и)\s*")


def named_after_plural(
    text: str, ctx: Context, words: list[Word], i: int, e: int, names: frozenset[int],
    role_word: str,
) -> list[int]:  # fmt: skip
    """The persons (two at least) listed right after a plural role's complement, the first
    in the role's case: "консулов СССР в Монголии Никиты Кожина и Анатолия Пузырёва"."""
    end = role_complement_end(text, words, i, e, names)
    first = apposed(ctx, end, role_word)
    if first is None:
        return []
    by_index = dict(ctx.persons)
    run = [first]
    for k, m in ctx.persons:
        if k > run[-1] and _NAME_JOIN.fullmatch(text[by_index[run[-1]].end : m.start]):
            run.append(k)
    return run if len(run) >= 2 else []


def named_after_verb(ctx: Context, first: int | None) -> list[int]:
    """Each of the persons (two at least) listed from ``first``, the subject named after
    a plural verb of holding: "Флотом руководили X и Y"."""
    if first is None:
        return []
    by_index = dict(ctx.persons)
    run = [first]
    for k, m in ctx.persons:
        if k > run[-1] and _NAME_JOIN.fullmatch(ctx.text[by_index[run[-1]].end : m.start]):
            run.append(k)
    return run if len(run) >= 2 else []


def holder_of_next_role(
    text: str, ctx: Context, words: list[Word], end: int, e: int, names: frozenset[int]
) -> int | None:
    """Roles listed with commas before one name are all that person's: "полномочного
    представителя в Италии, генерального консула в Шанхае Ивана Кожина"."""
    for _ in range(3):
        while (more := NEXT_COUNTRY.match(text, end)) and place_in(more.group(1)):
            end = more.end()  # "во Франции и Канаде, …": the further countries of the role
        k = next((k for k, w in enumerate(words) if w.start >= end), None)
        if k is None or not re.fullmatch(r"\s*,\s*", text[end : words[k].start]):
            return None
        hit = match_at(words, k, roles())
        if hit is None or match_at(words, k, departments()):
            return None
        last = words[k + hit[0] - 1]
        end = role_complement_end(text, words, k + hit[0], e, names)
        holder = apposed(ctx, end, last.text)
        if holder is not None:
            return holder
    return None


_LIST_GAP = re.compile(r"\s*(?:,|\sи)\s*")


def listed_complement(
    text: str, words: list[Word], i: int, limit: int, names: frozenset[int]
) -> tuple[str | None, str | None, int]:
    """The complement of the next role when a role without one is listed before it,
    only a comma or "и" between: the roles share it ("советник, первый секретарь
    полпредства в Эстонии": both in Estonia). Also where the shared complement ends
    (0 when there is none): a holder named after a copula follows it."""
    role_end = words[i - 1].end
    if i < len(words) and words[i].text == "и":
        i += 1  # "послом и полномочным министром в Бухаресте"
    if i >= len(words) or not _LIST_GAP.fullmatch(text[role_end : words[i].start]):
        return None, None, 0
    hit = match_at(words, i, roles())
    if hit is None:
        return None, None, 0
    stop = CLAUSE_END.search(text, words[i + hit[0] - 1].end)
    end = min(stop.start() if stop else len(text), words[i + hit[0] - 1].end + 90)
    country, department, shared_end = complement(text, words, i + hit[0], end, names)
    return country, department, shared_end if (country or department) else 0
