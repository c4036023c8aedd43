"""The forms of Russian names: which words can be given names, patronymics or
surnames (by pymorphy3's analysis and by shape), and the nominative of each in
the person's gender ("Литвинова" → Литвинов, or Литвинова for a woman;
"Уманского" → Уманский; "Коллонтай" stays)."""

from __future__ import annotations

import re

from narkomindel.extract.ru.morph import Parse, is_known, parses

__all__ = [
    "surname_nominative", "given_nominative", "has", "is_given", "is_patronymic",
    "sk_adjective", "adjective_cases", "place_like", "is_surname", "common", "title",
    "SURNAME_SHAPE",
]  # fmt: skip

SURNAME_SHAPE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ская|цкая|енко|ко|ук|юк|ич|ян|янц|дзе|швили|ия|ий|ь|ер|ман|"
    r"штейн|берг|ц|с|х|д|т|ф|к|н|р|л|м|п|б|г|з|ж|ш)(?:а|у|ом|ым|е|ой|ую|ы|ым|их|ого|ому)?$"
)


def has(word: str, *grammemes: str) -> list[Parse]:
    return [p for p in parses(word) if p.has(*grammemes)]


def is_given(word: str) -> bool:
    found = parses(word)
    return bool(found) and any(p.has("Name") and p.score >= 0.2 for p in found[:3])


def is_patronymic(word: str) -> bool:
    return bool(has(word, "Patr")) and bool(re.search(r"(?:вич|вн|ичн|ьич|ич)[а-я]{0,3}$", word))


def sk_adjective(word: str) -> bool:
    return bool(re.search(r"(?:ск|цк)(?:ий|ой|ая|ого|ому|им|ом|ую|ой|ие|их)$", word))


def adjective_cases(word: str) -> set[str | None]:
    return {p.case for p in parses(word) if p.pos == "ADJF"}


def place_like(word: str) -> bool:
    found = parses(word)
    return bool(found) and (found[0].has("Geox") or found[0].has("Orgn"))


def is_surname(word: str) -> bool:
    """Can the word be a surname by the dictionary or by its shape?"""
    if place_like(word) and not has(word, "Surn"):
        return False
    if any(p.has("Surn") for p in parses(word)):
        return True
    if sk_adjective(word):
        return True
    return not is_known(word) and bool(SURNAME_SHAPE.search(word))


def common(word: str) -> bool:
    """A known word whose likeliest readings are not names."""
    found = parses(word)
    if not is_known(word) or not found:
        return False
    top = found[0]
    return not (top.grammemes & {"Name", "Surn", "Patr"})


def title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _feminine(masc: str) -> str:
    for a, b in (("ский", "ская"), ("цкий", "цкая"), ("ской", "ская"), ("ой", "ая"), ("ый", "ая")):
        if masc.endswith(a):
            return masc[: -len(a)] + b
    if re.search(r"(?:ов|ев|ёв|ин|ын)$", masc):
        return masc + "а"
    return masc


def _instrumental(word: str) -> bool:
    return len(word) > 5 and bool(re.search(r"[бвгджзклмнпрстфхцчшщ](?:ом|ем|ым|им)$", word))


def surname_nominative(
    word: str, gender: str | None = None, case: str | None = None
) -> tuple[str, str | None]:
    """The nominative of a surname form in the person's gender, and that gender.

    "Литвинова" → ("Литвинов", "masc") unless ``gender`` is "femn"; "Уманского" →
    "Уманский"; "Коллонтай" stays; an unknown foreign name ending in a consonant
    ("Суриц") is its own nominative."""
    parts = word.split("-")
    if len(parts) == 2 and all(p[:1].isupper() for p in parts):
        a, g = surname_nominative(parts[0], gender, case)
        b, _ = surname_nominative(parts[1], g, case)
        return f"{a}-{b}", g
    options = [
        p for p in parses(word)
        if p.pos in ("NOUN", "ADJF") and "inan" not in p.grammemes or p.has("Surn")
    ]  # fmt: skip
    surn = [p for p in options if p.has("Surn")] or options
    if gender:
        surn = [p for p in surn if p.gender in (gender, None) or "ms-f" in p.grammemes] or surn
    if case:
        # a foreign surname the dictionary guesses as a thing ("Вельтцена" after "Германа")
        guessed = [p for p in parses(word) if p.pos == "NOUN" and p.case == case]
        surn = (
            [p for p in surn if p.case == case] or (guessed if not is_known(word) else []) or surn
        )
    ablt = [
        p for p in parses(word)
        if p.case == "ablt" and p.pos in ("NOUN", "ADJF") and p.normal != word.lower()
    ] if _instrumental(word) else []  # fmt: skip
    if ablt and not any(p.has("Surn") for p in surn):
        # "Звягинбургом", "Бурхардтом": the instrumental of a foreign surname the
        # dictionary guesses (even as a thing or a place), not a surname ending in -м
        surn = ablt
    elif not surn or (
        re.search(r"[бвгджзйклмнпрстфхцчшщь]$", word) and not any(p.has("Surn") for p in surn)
    ):
        return word, gender
    if gender is None:
        masc = [p for p in surn if p.gender == "masc"]
        best = masc[0] if masc else surn[0]
    else:
        best = surn[0]
    g = gender or best.gender or "masc"
    nominative = title(best.normal)
    if g == "femn":
        nominative = _feminine(nominative)
    return nominative, g


def name_cases(word: str) -> list[str]:
    """The cases a given name or patronymic may be in, likeliest first."""
    out: list[str] = []
    for p in parses(word):
        if (p.has("Name") or p.has("Patr")) and p.case and p.case not in out:
            out.append(p.case)
    return out


def given_nominative(
    word: str, gender: str | None, cases: tuple[str, ...] = ()
) -> tuple[str, str | None, str | None]:
    opts = [p for p in parses(word) if p.has("Name") or p.has("Patr")]
    if gender:
        opts = [p for p in opts if p.gender == gender] or opts
    if cases:  # the case the name's other words agree on ("Фрициса Михайловича": genitive)
        opts = [p for p in opts if p.case in cases] or opts
    if not opts:
        return word, gender, None
    best = opts[0]
    normal = title(best.normal)
    if best.has("Patr") and best.gender == "femn":
        normal = re.sub(
            r"ич$", "на", re.sub(r"(?:ович|евич)$", lambda m: m.group(0)[:-2] + "на", normal)
        )
    return normal, best.gender, best.case
