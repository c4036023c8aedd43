"""Events a Russian sentence names without stating that they took place
(``extract.ru.unrealised``): "договор так и не был подписан", "не удалось
заключить пакт о ненападении", "предложил созвать конференцию по разоружению",
"проект договора о нейтралитете". Such a phrase names a treaty, a conference or
relations only as refused, failed, proposed or drafted; no event is stated.

Three constructions, each looked for only around a phrase already found (a few per
document, no work per sentence):

* a negation of its verb — "не" (or "не был", "так и не") right before the phrase
  or inside it before a participle or finite verb, a negated verb of concluding
  whose object it is ("не подписали договор"), or its own negated predicate in the
  clause after it ("договор … так и не был подписан"; not ratification: a treaty
  signed but not ratified was still signed);
* an infinitive of bringing it about right before the noun phrase ("заключить",
  "подписать", "созвать" …), unless a verb of success without "не" governs the
  infinitive ("удалось заключить" states the treaty);
* a draft: "проект" right before the phrase ("проект договора", "проекта пакта").

An event called by its own name ("Восточного пакта") stays one.
"""

from __future__ import annotations

import re

__all__ = ["unrealised"]

#: infinitives of bringing an event about: the noun phrase after them is an aim (not
#: "начать/провести переговоры": negotiations one is charged to open are mostly held)
_BRINGING_ABOUT = (
    r"заключить|подписать|установить|восстановить|возобновить|созвать|"
    r"ратифицировать|разорвать|прервать|заключать|подписывать|устанавливать|созывать|разрывать"
)
_INFINITIVE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<inf>{_BRINGING_ABOUT})\s+(?:(?:с|со|между)\s+[^\s.;]+\s+)?"
    r"(?:(?:[а-яё]+(?:ий|ый|ой|ое|ее|ую|юю|ие|ые|ого|его)|новый|новое|новую)\s+){0,2}$",
    re.I,
)
#: verbs of success: "удалось заключить договор" states that it was concluded
_SUCCESS_BEFORE = re.compile(
    r"(?<![\w-])(?P<neg>не\s+)?(?:удалось|удаётся|удается|сумел[аи]?|смогл?[аи]?)\s+$", re.I
)
_NEGATED_BEFORE = re.compile(r"(?<![\w-])(?:так\s+и\s+)?не\s+(?:был[аио]?\s+|было\s+)?$", re.I)
#: "не" inside the phrase before its verb: "договор … так и не был подписан"
_NEGATED_INSIDE = re.compile(
    r"(?<![\w-])не\s+(?:был[аио]?\s+)?(?:подписа|заключ|установ|восстанов|ратифицир|достигнут)",
    re.I,
)
#: "не подписали договор о дружбе": the phrase is the object of a negated verb
_NEGATED_VERB_BEFORE = re.compile(
    r"(?<![\w-])не\s+(?:подписал|заключил|установил|созвал)[а-яё]*\s+"
    r"(?:[а-яё]+(?:ий|ый|ой|ое|ее|ую|юю|ие|ые)\s+){0,2}$",
    re.I,
)
#: "договор о нейтралитете … так и не был подписан": its own predicate negated
_NEGATED_AFTER = re.compile(
    r"[^.;!?]{0,80}?(?<![\w-])не\s+(?:был[аио]?\s+|было\s+)?(?:подписан|заключ[её]н)", re.I
)
_COMMON_NOUN = re.compile(
    r"(?:договор|пакт|соглашени|конвенци|конференци|переговор|протокол|перемири|отношени)",
    re.I,
)
_DRAFT_BEFORE = re.compile(r"(?<![\w-])проект(?:а|е|ом|у|ы|ов)?\s+$", re.I)


def unrealised(text: str, start: int, end: int) -> bool:
    """Is the event phrase ``text[start:end]`` negated, only aimed at by an
    infinitive of bringing it about, or a draft? Not an event called by its own
    name ("проект Восточного пакта"): a named pact is an event of the history even
    where it stayed a draft, as the references annotate it."""
    if text[start : start + 1].isupper() and not _COMMON_NOUN.match(text, start):
        return False  # a proper adjective, not a sentence's first word "Договор …"
    before = text[max(0, start - 60) : start]
    if _NEGATED_BEFORE.search(before) or _NEGATED_INSIDE.search(text, start, end):
        return True
    if _NEGATED_VERB_BEFORE.search(before) or _NEGATED_AFTER.match(text, end):
        return True
    if _DRAFT_BEFORE.search(before):
        return True
    m = _INFINITIVE_BEFORE.search(before)
    if m is None:
        return False
    success = _SUCCESS_BEFORE.search(before[: m.start("inf")])
    return success is None or success.group("neg") is not None
