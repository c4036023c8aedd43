"""Posts only planned, proposed or asked for (``extract.ru.planned``): "нарком
предложил назначить его торгпредом", "предполагалось направить её советником",
"собирались утвердить его полпредом", "должен был стать советником", "отказался
стать полпредом". The role is the complement of an infinitive of appointing, and
that infinitive is governed by a verb of proposing, planning or refusing: the text
states an intention, not a post. So is a post refused ("отказался от поста
полпреда", "отказался от назначения торгпредом") or one someone is only put forward
for ("рекомендовал X на должность советника"). A decision ("постановило назначить",
"утвердить т. X полпредом") and an accomplished appointment ("был назначен") are
posts; they have no verb of intention before the infinitive.
"""

from __future__ import annotations

import re

from narkomindel.extract.ru.context import Word
from narkomindel.extract.ru.morph import parses

__all__ = ["planned"]

#: infinitives of giving someone a post
_APPOINTING = frozenset(
    {"назначить", "назначать", "утвердить", "утверждать", "направить", "направлять",
     "послать", "посылать", "перевести", "переводить", "выдвинуть", "сделать", "поставить",
     "стать", "становиться", "занять"}
)  # fmt: skip

#: verbs (any form) that make the appointing an intention, not a fact
_INTENDING = frozenset(
    {"предложить", "предлагать", "предлагаться", "предполагать", "предполагаться",
     "намечать", "намечаться", "наметить", "планировать", "планироваться", "собираться",
     "собраться", "намереваться", "рекомендовать", "хотеть", "захотеть", "желать",
     "думать", "мечтать", "обещать", "пообещать", "надеяться", "рассчитывать", "стремиться",
     "должный", "отказаться", "отказываться"}
)  # fmt: skip

#: verbs of refusing: "отказался от поста полпреда" states no post
_REFUSING = frozenset({"отказаться", "отказываться"})
#: a decision or an appointment made: "рекомендован на пост … и утверждён" is a post
_DECIDED = frozenset({"назначить", "утвердить", "назначать", "утверждать", "избрать", "занять"})
#: the parts of speech a verb of proposing takes (not "по предложению", a noun)
_VERBAL = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})

_SENTENCE_BREAK = re.compile(r"[.;!?:]")


def planned(text: str, words: list[Word], i: int) -> bool:
    """Is the role at word ``i`` the complement of an appointing infinitive that a
    verb of intention governs, the three words before the role holding the
    infinitive ("назначить его торгпредом") and the four before the infinitive the
    verb ("предложил ЦК назначить")? Neither look crosses a sentence break. Or is
    it the post a candidacy is put forward for ("на пост полпреда наметила
    кандидатуру X", "выдвинули кандидатуру X на пост посла")?"""
    if _candidacy(text, words, i) or _refused(text, words, i) or _put_forward(text, words, i):
        return True
    own = parses(words[i].text)[:1]
    if own and own[0].pos == "INFN":  # "предложили возглавить полпредство"
        return _intended(text, words, i)
    for k in range(i - 1, max(-1, i - 4), -1):
        if _SENTENCE_BREAK.search(text[words[k].end : words[k + 1].start]):
            return False
        found = parses(words[k].text)[:1]
        if found and found[0].pos == "INFN" and found[0].normal in _APPOINTING:
            return _intended(text, words, k)
    return False


def _intended(text: str, words: list[Word], k: int) -> bool:
    for j in range(k - 1, max(-1, k - 5), -1):
        if _SENTENCE_BREAK.search(text[words[j].end : words[j + 1].start]):
            return False
        if any(p.normal in _INTENDING for p in parses(words[j].text)[:2]):
            return True
    return False


#: verbs that put a candidacy forward without deciding it
_PROPOSING = _INTENDING | {"выдвинуть", "выдвигать", "обсуждать", "обсудить", "рассматривать",
                           "рассмотреть", "называть", "назвать"}  # fmt: skip


def _candidacy(text: str, words: list[Word], i: int) -> bool:
    """ "На пост полпреда … наметила кандидатуру X": the role after "на пост" (or "на
    должность") of a sentence that puts forward a candidacy ("кандидатура") with a
    verb of proposing, not deciding, is only planned."""
    if i < 2 or words[i - 2].text.lower() != "на":
        return False
    if not any(p.normal in ("пост", "должность") for p in parses(words[i - 1].text)[:1]):
        return False
    start, end = i, i
    while start > 0 and not _SENTENCE_BREAK.search(text[words[start - 1].end : words[start].start]):
        start -= 1
    while end + 1 < len(words) and not _SENTENCE_BREAK.search(
        text[words[end].end : words[end + 1].start]
    ):
        end += 1
    found = [parses(w.text)[:2] for w in words[start : end + 1]]
    return any(p.normal == "кандидатура" for ps in found for p in ps) and any(
        p.normal in _PROPOSING for ps in found for p in ps
    )


def _refused(text: str, words: list[Word], i: int) -> bool:
    """ "отказался от поста полпреда", "отказалась от назначения советником": "от"
    within the three words before the role, right after a verb of refusing."""
    for k in range(i - 1, max(0, i - 4), -1):
        if _SENTENCE_BREAK.search(text[words[k].end : words[k + 1].start]):
            return False
        if words[k].text.lower() == "от":
            return any(p.normal in _REFUSING for p in parses(words[k - 1].text)[:1])
    return False


def _put_forward(text: str, words: list[Word], i: int) -> bool:
    """ "рекомендовал X на должность первого секретаря", "предложили его на пост
    полпреда": the post after "на пост"/"на должность" that a verb of proposing, not
    of deciding, puts someone forward for (no "назначен"/"утверждён" in the sentence)."""
    if i < 2 or words[i - 2].text.lower() != "на":
        return False
    if not any(p.normal in ("пост", "должность") for p in parses(words[i - 1].text)[:1]):
        return False
    start = i - 2
    while start > 0 and not _SENTENCE_BREAK.search(text[words[start - 1].end : words[start].start]):
        start -= 1
    end = i
    while end + 1 < len(words) and not _SENTENCE_BREAK.search(
        text[words[end].end : words[end + 1].start]
    ):
        end += 1
    if any(p.normal in _DECIDED for w in words[start : end + 1] for p in parses(w.text)[:1]):
        return False
    return any(
        p.normal in _INTENDING and p.pos in _VERBAL
        for w in words[max(start, i - 8) : i - 2]
        for p in parses(w.text)[:1]
    )
