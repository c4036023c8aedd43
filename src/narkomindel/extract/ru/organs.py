"""A body named by the one who heads it, in Russian prose (part of ``extract.ru.posts``):
"миссия X-а в Китае" (X heads the mission), "делегация X-а" (X heads the delegation).
A name in the genitive right after such a body is its head's, so it holds no role the
body completes ("секретарём миссии X-а был Y": Y the secretary, not X)."""

from __future__ import annotations

import re

from narkomindel.extract.ru.context import Context, can_be_subject, edtf_term, place_in
from narkomindel.model import Claim

__all__ = ["headed_bodies", "heads_of_bodies"]

#: a body a person heads, right before his name (any case of it), and the post it gives
_BODY = re.compile(
    r"(?<![\w-])(?P<body>мисси(?:я|и|ю|ей|ях)|делегаци(?:я|и|ю|ей))\s+(?:(?:т|тов)\.\s*)?$",
    re.I,
)
_ROLE = {"мисси": ("head of mission", None), "делегаци": ("head of delegation", "delegation")}
#: mention index of a head → (start, end, role, country, department) of his body
Heads = dict[int, tuple[int, int, str, str | None, str | None]]
#: the place the body is in, after the name: "миссия X-а в Китае"
_IN_PLACE = re.compile(r"\s+(?:в|во)\s+([А-ЯЁ][а-яё-]+)")


def headed_bodies(text: str, ctx: Context) -> Heads:
    """Persons named in the genitive right after a mission or a delegation (an
    indeclinable surname in any case): mention index → (start, end, role, country,
    department) of the body they head."""
    if "исси" not in text and "елегаци" not in text:
        return {}
    out: Heads = {}
    for k, m in ctx.persons:
        body = _BODY.search(text, max(0, m.start - 30), m.start)
        if body is None or can_be_subject(m) and not _indeclinable(m.text):
            continue
        role, department = _ROLE[
            "мисси" if body.group("body").lower().startswith("мисс") else "делегаци"
        ]
        end = m.end
        country = None
        if (place := _IN_PLACE.match(text, m.end)) and (country := place_in(place.group(1))):
            end = place.end()
        out[k] = (body.start(), end, role, country, department)
    return out


def _indeclinable(name: str) -> bool:
    """A surname the same in every case ("Иоффе", "Шлихтер", "Дурново")?"""
    last = name.split()[-1]
    return last[-1:] in ("е", "о", "и", "у", "ю") and last[:1].isupper()


def heads_of_bodies(text: str, ctx: Context, heads: Heads, extractor: str) -> list[Claim]:
    """Each head of a body named after it ("миссия X-а в Китае": X its head of mission)."""
    out: list[Claim] = []
    for k, (start, end, role, country, department) in heads.items():
        if country is None and department is None:
            continue  # "миссия X-а" of no place says of no post (he still holds none of it)
        dated = ctx.term_date(start, end, right_after=3)
        date_start, date_end = edtf_term(dated)
        out.append(
            Claim(
                "post", k, start, end, text[start:end], extractor, 0.6,
                role=role, department=department, country=country,
                date_start=date_start, date_end=date_end,
                attrs={"language": "ru", "role_ru": text[start:end]},
            )
        )  # fmt: skip
    return out
