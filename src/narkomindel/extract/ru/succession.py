"""Who held a post before or after its holder, in Russian prose (part of
``extract.ru.posts``): "X сменил на посту полпреда Y", "его сменил Y"."""

from __future__ import annotations

import dataclasses
import re

from narkomindel.extract.ru.context import Context, can_be_subject
from narkomindel.model import Claim

__all__ = [
    "ended_by_successors", "predecessors", "relieved", "replacer", "successors_next_sentence",
    "successors_predecessors",
]  # fmt: skip

_REPLACED = re.compile(r"(?<![\w-])(?:с|за)мени(?:л|ла|вший|вшая|вшего|вшим)(?![\w-])", re.I)


_OBJECT_FIRST = re.compile(r"(?<![\w-])(?:[Ее]го|[Ее]е|[Её]ё)\s+(?:[^\s,.;:!?]+\s+){0,3}$")


def predecessors(text: str, ctx: Context, posts: list[Claim]) -> list[Claim]:
    """ "X сменил на посту полпреда в Англии Y", "полпред X, сменивший Y": Y held the
    post before X (the first person named after the verb, not the post's holder);
    but "его сменил Y" makes Y the successor, holding it from the verb's date."""
    out: list[Claim] = []
    for c in posts:
        s, e = ctx.sentence_of(c.start)
        verb = _REPLACED.search(text, s, e)
        if verb is None:
            continue
        other = next(
            (k for k, m in ctx.persons if verb.end() <= m.start < e and k != c.subject), None
        )
        if other is None or _same_person(ctx, other, c.subject):
            continue
        if _OBJECT_FIRST.search(text, max(s, verb.start() - 30), verb.start()):
            # "его сменил Y": Y is the successor of the post named last before, from then
            last = max((p for p in posts if s <= p.start and p.end <= verb.start()),
                       key=lambda p: p.end, default=None)  # fmt: skip
            if last is not c:
                continue
            out.append(dataclasses.replace(
                c, subject=other, confidence=0.6,
                date_start=ctx.term(verb.start(), verb.end())[0], date_end=None,
            ))  # fmt: skip
            continue
        # the predecessor held it until the successor came
        out.append(dataclasses.replace(
            c, subject=other, confidence=0.6, date_start=None, date_end=c.date_start
        ))  # fmt: skip
    return out


def replacer(ctx: Context, role_start: int, subject: int | None) -> int | None:
    """ "X сменил на посту полпреда Y", "X сменил Y на посту полпреда": the post is of
    X, the one named before the verb in the nominative, not of Y, the one replaced (whom
    :func:`predecessors` gives the post until then); None when the sentence is not so."""
    s, _ = ctx.sentence_of(role_start)
    verb = _REPLACED.search(ctx.text, s, role_start)
    by_index = dict(ctx.persons)
    if verb is None or subject not in by_index or by_index[subject].start < verb.end():
        return None
    if _OBJECT_FIRST.search(ctx.text, max(s, verb.start() - 30), verb.start()):
        return None  # "его сменил Y": Y is the successor
    before = [(k, m) for k, m in ctx.persons if s <= m.start and m.end <= verb.start()]
    if not before or not can_be_subject(before[-1][1]):
        return None
    return before[-1][0]


def successors_next_sentence(text: str, ctx: Context, posts: list[Claim]) -> list[Claim]:
    """ "Полпредом в Германии был X. Затем его в 1934 году сменил Y.": Y held the post
    named last in the sentence before, from the verb's date."""
    out: list[Claim] = []
    for verb in _REPLACED.finditer(text):
        s, e = ctx.sentence_of(verb.start())
        if not _OBJECT_FIRST.search(text, max(s, verb.start() - 30), verb.start()):
            continue
        if any(s <= p.start < e for p in posts):
            continue  # a post of its own sentence: :func:`predecessors`
        ps = max((a for a, b in ctx.sentences if b <= s), default=None)
        before = [p for p in posts if ps is not None and ps <= p.start and p.end <= s]
        other = next((k for k, m in ctx.persons if verb.end() <= m.start < e), None)
        if not before or other is None or _same_person(ctx, other, before[-1].subject):
            continue
        out.append(dataclasses.replace(
            before[-1], subject=other, confidence=0.6,
            date_start=ctx.term(verb.start(), verb.end())[0], date_end=None,
        ))  # fmt: skip
    return out


def _same_person(ctx: Context, a: int, b: int | None) -> bool:
    by_index = dict(ctx.persons)
    if b is None or b not in by_index:
        return False
    ma, mb = by_index[a], by_index[b]
    return str(ma.attrs.get("surname") or ma.text) == str(mb.attrs.get("surname") or mb.text)


def ended_by_successors(ctx: Context, posts: list[Claim]) -> list[Claim]:
    """A post without an end ended when a successor took it ("Полпредом был X. В 1934 г.
    его сменил Y": X until 1934): the successor's claim is the same post, of another
    person, after it, with a start and no end."""
    out = list(posts)
    for n, c in enumerate(out):
        if c.date_end or not c.role:
            continue
        after = [
            p for p in posts
            if p is not c and p.start >= c.start and p.role == c.role and p.country == c.country
            and p.department == c.department and p.date_start and not p.date_end
            and p.confidence == 0.6 and not _same_person(ctx, p.subject, c.subject)
            and (not c.date_start or p.date_start[:4] >= c.date_start[:4])
        ]  # fmt: skip
        if after:
            out[n] = dataclasses.replace(c, date_end=min(after, key=lambda p: p.start).date_start)
    return out


_RELIEVED = re.compile(
    r"(?<![\w-])освобо\w*\s+от\s+(?:этой|этих|данной|указанной|той)\s+"
    r"(?:работы|должности|обязанностей)\s+(?:(?:т\.|тов\.|товарища)\s*)?"
)


def relieved(text: str, ctx: Context, posts: list[Claim]) -> list[Claim]:
    """ "Утвердить т. X полпредом СССР в Латвии, освободив от этой работы т. Y": Y held
    the post named before in the sentence until X was given it (a decision's formula)."""
    out: list[Claim] = []
    for m in _RELIEVED.finditer(text):
        s, e = ctx.sentence_of(m.start())
        other = next((k for k, p in ctx.persons if p.start == m.end()), None)
        before = [p for p in posts if s <= p.start and p.end <= m.start()]
        if other is None or not before or _same_person(ctx, other, before[-1].subject):
            continue
        out.append(dataclasses.replace(
            before[-1], subject=other, confidence=0.6, date_start=None,
            date_end=before[-1].date_start,
        ))  # fmt: skip
    return out


#: "своему преемнику на посту …", "его преемником на посту …", "преемник Иванова на
#: посту …": the one whose successor the role's holder is, before "на посту"
_SUCCESSOR_OF = re.compile(
    r"(?<![\w-])(?:(?P<own>сво[а-яё]+)|(?P<his>[Ее]го|[Ее]е|[Её]ё))?\s*"
    r"[Пп]реемник[а-яё]*\s+(?P<named>[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,3}\s+)?"
    r"на\s+посту\s+(?:[а-яё]+\s+){0,2}$"
)


def successors_predecessors(text: str, ctx: Context, posts: list[Claim]) -> list[Claim]:
    """ "Он писал своему преемнику на посту начальника отдела Y", "Его преемником на
    посту полпреда стал Y", "преемник X-а на посту полпреда Y": the one Y succeeded held
    the post before Y (until Y's start): the sentence's subject for "свой", the person
    named before for "его", the one named after "преемник" in the genitive."""
    if "реемник" not in text:
        return []
    out: list[Claim] = []
    for c in posts:
        s, _ = ctx.sentence_of(c.start)
        m = _SUCCESSOR_OF.search(text, max(s, c.start - 120), c.start)
        if m is None or m.start() < s:
            continue
        if m.group("named"):
            other = next(
                (
                    k
                    for k, p in ctx.persons
                    if m.start("named") <= p.start and p.end <= m.end("named")
                ),
                None,
            )
        elif m.group("own") or m.group("his"):
            other = ctx.subject(m.start(), m.end(), after_limit=0)
        else:
            continue
        if other is None or _same_person(ctx, other, c.subject):
            continue
        out.append(dataclasses.replace(
            c, subject=other, confidence=0.6, date_start=None, date_end=c.date_start
        ))  # fmt: skip
    return out
