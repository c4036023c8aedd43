"""Claims from structured sources (``extract.records``).

* Registry records (Memorial): the record's name becomes a person mention; its
  fields become claims cited to their spans — birth, birthplace, nationality,
  party membership with the year joined, former parties, other names, the
  position at arrest as a post (role, department, mission country), the
  execution date as a fate, and the burial place.
* TEI persons lists: each entry's name is a person mention and its
  identification ("Deputy Commissar for Trade, June 2, 1921;
  Envoy to Latvia, April 7, 1924") gives dated posts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from narkomindel import gazetteer as gz
from narkomindel.extract.dates import find_dates
from narkomindel.extract.roles import find_roles, find_roles_ru
from narkomindel.model import Annotation, Claim, Document, Mention

__all__ = ["record_extraction", "EXTRACTOR"]

EXTRACTOR = "extract.records.v4"
_ATTRIBUTES = {
    "birth": "birth",
    "birthplace": "birthplace",
    "nationality": "nationality",
    "party": "party",
    "former_party": "former_party",
    "other_name": "other_name",
    "other_given_name": "other_given_name",
    "burial_place": "burial_place",
    "address": "address",
}


_STATE_ELITE = gz.compiled_alternation(gz.lines("state_elite_ru.txt"), re.I)
# a general or flag officer's rank ("комкор", "армейский комиссар 2-го ранга")
_SENIOR_RANK = re.compile(
    r"(?<![\w-])(?:" + gz.alternation(tuple(f for f in gz.lines("senior_ranks.txt")
                                          if re.search(r"[а-яё]", f)))
    + r")(?:а|у|ом|ым|ого|ому|е)?(?!\w)",
    re.I,
)  # fmt: skip


def _date_ru(value: str) -> str | None:
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", value)
    if m:
        return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return value if re.fullmatch(r"\d{4}", value) else None


def _registry(doc: Document, mentions: list[Mention], claims: list[Claim]) -> None:
    by_record: dict[int, list[Annotation]] = defaultdict(list)
    for a in doc.annotations:
        if a.kind == "record_field" and a.attrs.get("segment") is not None:
            by_record[a.attrs["segment"]].append(a)
    text = doc.text
    for seg_index, fields in sorted(by_record.items()):
        names = [f for f in fields if f.name in ("surname", "given_name", "patronymic")]
        if not names:
            continue
        start = min(f.start for f in names)
        end = max(f.end for f in names)
        parts = {f.name: f.value for f in names}
        mentions.append(
            Mention(
                start,
                end,
                text[start:end],
                "person",
                EXTRACTOR,
                1.0,
                {
                    "record": seg_index,
                    "surname": parts.get("surname"),
                    **{k: v for k, v in parts.items()},
                },
            )
        )
        subject = len(mentions) - 1

        def claim(kind: str, f: Annotation, subject: int = subject, **kw: Any) -> None:
            claims.append(
                Claim(kind, subject, f.start, f.end, text[f.start : f.end], EXTRACTOR, 0.98, **kw)
            )

        for f in fields:
            if f.name in _ATTRIBUTES:
                value = _date_ru(f.value or "") if f.name == "birth" else f.value
                claim("attribute", f, attribute=_ATTRIBUTES[f.name], value=value)
            elif f.name == "party_joined":
                claim("membership", f, organisation="VKP(b)", date_start=f.value, value="member")
            elif f.name == "executed":
                claim("fate", f, value="executed", date_start=_date_ru(f.value or ""))
            elif f.name == "sentenced":
                claim("fate", f, value="sentenced", date_start=_date_ru(f.value or ""))
            elif f.name == "position":
                if _STATE_ELITE.search(f.value or ""):
                    # a commissar, a member of the Central Committee ...: the party-state elite,
                    # which a diplomat of the texts may be, and a namesake seldom is
                    claim("attribute", f, attribute="standing", value="party-state elite")
                rank = _SENIOR_RANK.search(f.value or "")
                if rank:  # one of the few commanders of the register
                    claim("attribute", f, attribute="military_rank", value=rank.group(0).lower())
                executed = next((g.value or "" for g in fields if g.name == "executed"), "")
                for r in find_roles_ru(f.value or ""):
                    # "бывший полпред ..., зам. наркома ...": every role; a former one did not last till arrest
                    claims.append(
                        Claim(
                            "post",
                            subject,
                            f.start,
                            f.end,
                            text[f.start : f.end],
                            EXTRACTOR,
                            0.95,
                            role=r.role,
                            organisation=r.organisation,
                            department=r.department,
                            country=r.country,
                            date_end=None if r.former else _date_ru(executed),
                            attrs={"elite": r.elite, "at_arrest": not r.former, "former": r.former},
                        )
                    )


def _authority(doc: Document, mentions: list[Mention], claims: list[Claim]) -> None:
    text = doc.text
    for a in doc.annotations:
        if a.kind != "authority":
            continue
        ns, ne = a.attrs.get("name_start"), a.attrs.get("name_end")
        if ns is None or ne is None:
            continue
        printed = text[ns:ne]
        surname = printed.split(",")[0].strip()
        mentions.append(
            Mention(
                ns, ne, printed, "person", EXTRACTOR, 1.0, {"authority": a.name, "surname": surname}
            )
        )
        subject = len(mentions) - 1
        ident_start = ne
        for part in re.finditer(r"[^;]+", text[ident_start : a.end]):
            ps, pe = ident_start + part.start(), ident_start + part.end()
            roles = find_roles(text, ps, pe)
            if not roles:
                continue
            r = roles[0]
            dates = [d for d in find_dates(text, r.end, pe) if d.kind in ("date", "range", "open")]
            date_start = date_end = None
            if dates:
                d = dates[0]
                if "/" in d.edtf and not d.edtf.startswith(".."):
                    date_start, date_end = d.edtf.split("/", 1)
                else:
                    date_start = d.edtf
            claims.append(
                Claim(
                    "post",
                    subject,
                    ps,
                    pe,
                    text[ps:pe],
                    EXTRACTOR,
                    0.9,
                    role=r.role,
                    organisation=r.organisation,
                    department=r.department,
                    country=r.country,
                    date_start=date_start,
                    date_end=date_end,
                    attrs={"elite": r.elite, "identification": True, "soviet": r.soviet},
                )
            )


def record_extraction(doc: Document) -> tuple[list[Mention], list[Claim]]:
    """Person mentions and claims from registry records and persons lists."""
    mentions: list[Mention] = []
    claims: list[Claim] = []
    _registry(doc, mentions, claims)
    _authority(doc, mentions, claims)
    return mentions, claims
