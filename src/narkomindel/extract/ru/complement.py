"""The words of a Russian role and what follows it (part of ``extract.ru.posts``): the
role lexicon (``roles_prose_ru.tsv``) and the department lexicon (``departments_ru.tsv``)
matched by lemma, and a role's complement — its country after "в", "во", "при" (or in
the genitive for an office of a state) and its department words, up to the clause's end.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from narkomindel import gazetteer as gz
from narkomindel.extract.ru.context import Word, matches, place_in
from narkomindel.extract.ru.morph import lemma, parses
from narkomindel.gazetteer.vocabulary import SOVIET_STATES

__all__ = [
    "CLAUSE_END", "Lexicon", "SOVIET", "SOVIET_WORDS", "clause_end", "complement",
    "departments", "match_at", "roles", "starting",
]  # fmt: skip


SOVIET = SOVIET_STATES


SOVIET_WORDS = frozenset({"СССР", "РСФСР", "Москве", "Союзе"})


CLAUSE_END = re.compile(r"[;.,:]|\s[—–]\s|\sи\s")


@cache
def roles() -> tuple[tuple[tuple[str, ...], str], ...]:
    rows = [(tuple(r[0].split()), r[1]) for r in gz.table("roles_prose_ru.tsv") if len(r) >= 2]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def departments() -> tuple[tuple[tuple[str, ...], str], ...]:
    rows = [(tuple(r[0].split()), r[1]) for r in gz.table("departments_ru.tsv") if len(r) >= 2]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


Lexicon = tuple[tuple[tuple[str, ...], str], ...]


@lru_cache(maxsize=100_000)
def starting(word: str, lexicon: Lexicon) -> Lexicon:
    """The lexicon's entries whose first word ``word`` is a form of, longest first
    (once per distinct word: a document costs one look-up per word)."""
    return tuple(entry for entry in lexicon if matches(word, entry[0][0]))


def match_at(words: list[Word], i: int, lexicon: Lexicon) -> tuple[int, str] | None:
    for forms, value in starting(words[i].text, lexicon):
        if i + len(forms) <= len(words) and all(
            matches(words[i + j].text, f) for j, f in enumerate(forms[1:], 1)
        ):
            return len(forms), value
    head, dash, tail = words[i].text.partition("-")
    if dash and head[:1].islower() and starting(tail, lexicon):
        # two roles in one word are of the first one's class: "советник-посланник" a
        # counsellor (but "посол-казах" is no compound role)
        return next(((1, v) for forms, v in starting(head, lexicon) if len(forms) == 1), None)
    return None


#: words of a state's name after its first ("Монгольской Народной Республике")
_STATE_WORDS = frozenset(
    {"народный", "республика", "демократический", "социалистический", "королевство"}
)


def _geo(word: str) -> bool:
    found = parses(word)
    return word[:1].isupper() and bool(found) and found[0].has("Geox")


def complement(
    text: str,
    words: list[Word],
    j: int,
    limit: int,
    names: frozenset[int] = frozenset(),
    of_state: bool = False,
) -> tuple[str | None, str | None, int]:
    """Country, department and end of the complement of a role ending at word ``j``
    (it ends at a person's name, ``names`` the starts of the persons' words: "полпред
    Ползунов прибыл в Ригу" says nothing of where he was polpred). An office of a
    state (``of_state``) takes a country in the genitive: "министр иностранных дел
    Латвии"."""
    country: str | None = None
    depts: list[str] = []
    end = words[j - 1].end if j else 0
    k = j
    while k < len(words) and words[k].start < limit and words[k].start not in names:
        w = words[k]
        prev = words[k - 1].text.lower() if k > 0 else ""
        place = place_in(w.text)
        if (
            place
            and place not in SOVIET
            and country is None
            and (
                prev in ("в", "во", "при", "к")
                or k == j
                or words[k - 1].text in ("СССР", "РСФСР")
                or (of_state and any(p.case == "gent" for p in parses(w.text)))
                or lemma(words[k - 1].text) == "правительство"  # "при правительстве Греции"
            )
        ):
            country, end = place, w.end
            k += 1
            while (
                k < len(words) and words[k].start < limit and words[k].start not in names
                and (_geo(words[k].text) or lemma(words[k].text) in _STATE_WORDS)
            ):  # fmt: skip
                end = words[k].end  # "в Саудовской Аравии"
                k += 1
            continue
        if country and prev in ("в", "во") and (place in SOVIET or w.text in SOVIET_WORDS):
            end = w.end  # "посла Латвии в СССР X": the complement goes on to the host
            k += 1
            continue
        hit = match_at(words, k, departments())
        if hit:
            n, value = hit
            if value not in depts:
                depts.append(value)
            end = words[k + n - 1].end
            k += n
            continue
        k += 1
    return country, (" ".join(depts) or None), end


_OBLIQUE = ("gent", "datv", "ablt", "loct")


def clause_end(text: str, start: int, end: int) -> int:
    """Where a role's clause ends: at a comma, stop, colon, dash or "и" — but not at an
    "и" between two nouns of one oblique case ("отделом пропаганды и агитации
    обкома": one complement)."""
    pos = start
    while stop := CLAUSE_END.search(text, pos, end):
        if stop.group(0).strip() == "и":
            left = re.search(r"(\w+)\s*$", text[start : stop.start()])
            right = re.match(r"\s*(\w+)", text[stop.end() : end])
            if left and right:
                cases = [{p.case for p in parses(w) if p.pos == "NOUN"} for w in
                         (left.group(1), right.group(1))]  # fmt: skip
                if cases[0] & cases[1] & set(_OBLIQUE):
                    pos = stop.end()
                    continue
        return stop.start()
    return end
