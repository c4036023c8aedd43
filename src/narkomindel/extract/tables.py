"""Claims from a historian's table (``extract.tables``): the rows that
``reader.spreadsheet`` reads become a person mention (the name cell) and claims cited
to their cells — a post (role, country, department, start, end; elite when the role
is a leading one or the ``elite`` column says so), a fate with its date, birth,
nationality, former party, class origin, education, and the year of joining the party.
"""

from __future__ import annotations

import re
from typing import Any

from narkomindel.extract.plugins import ExtractorSpec, Findings, register_extractor
from narkomindel.extract.roles import find_roles
from narkomindel.gazetteer.vocabulary import HEAD_OF_MISSION
from narkomindel.model import Annotation, Claim, Document, Mention

__all__ = ["table_extraction", "EXTRACTOR", "fate_value"]

EXTRACTOR = "extract.tables.v1"
_ELITE_ROLES = (
    frozenset({"people's commissar", "deputy commissar", "collegium member"}) | HEAD_OF_MISSION
)
_FATES = (
    ("executed", r"execut|shot|расстрел"), ("died in custody", r"died in (?:custody|prison|camp)"),
    ("sentenced", r"sentenc|осужд"), ("imprisoned", r"imprison|gulag|camp|лагер"),
    ("exiled", r"exile|ссыл"), ("arrested", r"arrest|арест"), ("rehabilitated", r"rehabilit|реабил"),
    ("released", r"releas|освобож"), ("defected", r"defect|невозвращ"), ("purged", r"purged"),
    ("survived", r"surviv|выжил"), ("recalled", r"recall|отозван"), ("died", r"died|death|умер"),
)  # fmt: skip
_ATTRIBUTES = {"birth": "birth", "nationality": "nationality", "former_party": "former_party",
               "class_origin": "class_origin", "education": "education"}  # fmt: skip
_TRUE = {"1", "yes", "y", "true", "x", "да", "elite"}


def fate_value(text: str) -> str | None:
    """The fate a cell states ("shot", "Executed 1937", "расстрелян" → executed)."""
    low = text.lower()
    return next((v for v, rx in _FATES if re.search(rx, low)), None)


def _date(value: str | None) -> str | None:
    """EDTF of a cell: ``1937``, ``1937-11``, ``1937-11-05``, ``5.11.1937``."""
    v = (value or "").strip()
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", v)
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
    if m:
        return m.group(0)
    m = re.search(r"\b(1[89]\d\d)\b", v)
    return m.group(1) if m else None


def _name_parts(fields: dict[str, Annotation]) -> tuple[int, int, dict[str, Any]] | None:
    if "name" in fields:
        a = fields["name"]
        value = a.value or ""
        if "," in value:
            surname, given = value.split(",", 1)
        else:
            words = value.split()
            surname, given = (words[-1] if words else value), " ".join(words[:-1])
        return a.start, a.end, {"surname": surname.strip(), "given_name": given.strip() or None}
    if "surname" in fields:
        a = fields["surname"]
        attrs: dict[str, Any] = {
            "surname": a.value,
            **{k: fields[k].value for k in ("given_name", "patronymic") if k in fields},
        }
        return a.start, a.end, attrs
    return None


def table_extraction(doc: Document) -> tuple[list[Mention], list[Claim]]:
    """A person mention and claims for every row of a table."""
    rows: dict[int, dict[str, Annotation]] = {}
    for a in doc.annotations:
        if a.kind == "table_field" and a.attrs.get("segment") is not None:
            rows.setdefault(int(a.attrs["segment"]), {})[a.name] = a
    text = doc.text
    mentions: list[Mention] = []
    claims: list[Claim] = []
    for seg, fields in sorted(rows.items()):
        named = _name_parts(fields)
        if named is None:
            continue
        s, e, attrs = named
        mentions.append(Mention(s, e, text[s:e], "person", EXTRACTOR, 1.0,
                                {**attrs, "table_row": doc.segments[seg].attrs.get("row")}))  # fmt: skip
        subject = len(mentions) - 1

        def claim(kind: str, a: Annotation, subject: int = subject, **kw: Any) -> None:
            claims.append(
                Claim(kind, subject, a.start, a.end, text[a.start : a.end], EXTRACTOR, 0.95, **kw)
            )

        role_cell = fields.get("role")
        if role_cell is not None or "country" in fields:
            role = None
            if role_cell is not None:
                found = find_roles(text, role_cell.start, role_cell.end)
                role = found[0].role if found else (role_cell.value or "").strip().lower()
            cell = role_cell or fields["country"]
            elite_cell = fields.get("elite")
            elite = role in _ELITE_ROLES or bool(
                elite_cell and (elite_cell.value or "").strip().lower() in _TRUE
            )
            claim("post", cell, role=role,
                  country=fields["country"].value if "country" in fields else None,
                  department=fields["department"].value if "department" in fields else None,
                  date_start=_date(fields["start"].value) if "start" in fields else None,
                  date_end=_date(fields["end"].value) if "end" in fields else None,
                  attrs={"soviet": True, "elite": elite, "table": True})  # fmt: skip
        if "fate" in fields:
            value = fate_value(fields["fate"].value or "")
            if value:
                date = fields.get("fate_date")
                claim("fate", fields["fate"], value=value,
                      date_start=_date(date.value) if date else _date(fields["fate"].value))  # fmt: skip
        for field, attribute in _ATTRIBUTES.items():
            if field in fields:
                a = fields[field]
                value = _date(a.value) if field == "birth" else a.value
                if value:
                    claim("attribute", a, attribute=attribute, value=value)
        if "party_joined" in fields:
            year = _date(fields["party_joined"].value)
            if year:
                claim("membership", fields["party_joined"], organisation="VKP(b)",
                      date_start=year[:4], value="member")  # fmt: skip
    return mentions, claims


def _run(doc: Document, found: Findings) -> None:
    mentions, claims = table_extraction(doc)
    base = len(found.mentions)
    found.mentions += mentions
    found.claims += [
        Claim(c.type, c.subject + base, c.start, c.end, c.quote, c.extractor, c.confidence,
              role=c.role, country=c.country, department=c.department, date_start=c.date_start,
              date_end=c.date_end, value=c.value, attribute=c.attribute, organisation=c.organisation,
              attrs=c.attrs)
        for c in claims
    ]  # fmt: skip


def _tables(doc: Document) -> bool:
    return bool(doc.meta.extra.get("table"))


EXTRACTOR_SPEC = register_extractor(
    ExtractorSpec(
        EXTRACTOR, 15, _run, _tables, "rows of historians' tables (persons, posts, fates)"
    )
)
