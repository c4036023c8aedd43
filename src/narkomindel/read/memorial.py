"""Reader for registry pages of the Memorial execution lists (``reader.memorial.v2``).

Each ``<p class=pers>`` is one person record, kept verbatim (markup removed) as a
``record`` segment.  Its fields are parsed with the record grammar

    <B>Surname Given Patronymic (other names)</B>, род. YEAR|DD.MM.YYYY, birthplace,
    nationality, party, position. Адрес: address. Расстрелян DD.MM.YYYY.
    Место захоронения: place.

and stored as ``record_field`` annotations whose spans lie inside the record.
Street headings (``<p class=Street>``) become ``heading`` segments, giving each
record its street as ``attrs['street']``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from narkomindel.config import Settings
from narkomindel.errors import EmptyFileError
from narkomindel.model import Annotation, Document, DocumentMeta, Segment
from narkomindel.read.decode import ascii_view, decode
from narkomindel.read.html import _title, looks_like_html
from narkomindel.read.markup import RAW_TEXT_HTML, tokenize
from narkomindel.read.plugins import ReaderSpec, register_reader
from narkomindel.read.writer import SegmentWriter

__all__ = ["read_memorial", "parse_record", "READER"]

NAME = "reader.memorial.v2"

_RECORD_CLASS = re.compile(rb"<p\s+class\s*=\s*[\"']?pers\b", re.I)
_BIRTH = re.compile(r",\s*род\.\s*(\d{1,2}\.\d{1,2}\.\d{4}|\d{4})(?:\s*г\.)?")
_ADDRESS = re.compile(r"\bАдрес:\s*")
_EXECUTED = re.compile(
    r"\b(?P<verb>Рас+трел[яе]н[аы]?|Осужден[аы]?(?:\s+к\s+ВМН)?)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})"
)
_BURIAL = re.compile(r"\bМесто захоронения:\s*(?P<place>[^.]+?)\s*\.?\s*$")
_PARTY = re.compile(
    r"^(?:(?:в\s+\d{4}(?:\s*-\s*\d{4})?\s+)?(?:бывш(?:ий|ая|\.)?\s*)?(?:член|кандидат)\b|б/п\b|беспарт|исключ[её]н|искл\.|выбыл|"
    r"в прошлом\s|"
    r"(?:бывш(?:ий|ая|\.)?\s*)?(?:меньшевик|эсер|анархист|бундовец|троцкист))",
    re.I,
)
_NAME_PART = re.compile(r"\([^)]*\)|[^\s()]+")
_NAME_WORD = re.compile(r"[^\s()]+")
_JOINED = re.compile(r"\b(?:с|в)\s+(\d{4})")
_FORMER = re.compile(r"(?:бывш(?:ий|ая|\.)\s*(?:член\w*\s+)?|в прошлом\s+)(?P<p>[^,()]+)", re.I)
_NATIONALITY_WORD = re.compile(r"^[а-яё]+(?:[ -][а-яё]+)?$")
_NATIONALITY_ENDINGS = (
    "ский", "ская", "кий", "кая", "ец", "ка", "ин", "анин", "янин", "ей", "ейка", "ыш", "ышка", "як",
    "ячка", "ак", "ачка", "ек", "енка", "инка", "ен", "ь", "й", "ла", "ро", "нка", "ут", "ир", "гр",
    "рус", "ех", "ын", "ус", "ек", "ид", "ат", "ол", "аз", "ар",
)  # fmt: skip


def _split_top(text: str, base: int) -> list[tuple[str, int, int]]:
    """Split at commas outside parentheses; items with their absolute spans, trimmed."""
    items: list[tuple[str, int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text + ","):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            raw = text[start:i]
            lead = len(raw) - len(raw.lstrip())
            item = raw.strip()
            if item:
                items.append((item, base + start + lead, base + start + lead + len(item)))
            start = i + 1
    return items


def _looks_nationality(item: str, *, strict: bool) -> bool:
    """Lower-case word(s) before the party item; without that anchor, also a nationality ending."""
    word = item.strip().rstrip(".")
    if not _NATIONALITY_WORD.match(word) or len(word) < 3:
        return False
    return not strict or word.endswith(_NATIONALITY_ENDINGS)


def _name_fields(name: str, base: int) -> list[tuple[str, str, int, int]]:
    """surname / given_name / patronymic / other_name fields of a record's bold name."""
    fields: list[tuple[str, str, int, int]] = []
    # a '(' with no ')' after it is skipped, so only the stretch up to the last ')' can hold
    # parentheses; after it words alone are looked for (each '(' then scans no further
    # than the next ')': linear however many brackets a name holds)
    closed = name.rfind(")") + 1
    parts = [(m.group(0), m.start(), m.end()) for m in _NAME_PART.finditer(name, 0, closed)]
    parts += [(m.group(0), m.start(), m.end()) for m in _NAME_WORD.finditer(name, closed)]
    order = ["surname", "given_name", "patronymic"]
    slot = 0
    for text, s, e in parts:
        if text.startswith("("):
            inner = text[1:-1]
            for m in re.finditer(r"[^,;]+", inner):
                value = m.group(0).strip()
                if value:
                    off = s + 1 + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
                    # after the given name or patronymic, one word of the same initial is
                    # another form of that name (Ричардович (Рышард)); anything else is
                    # another name of the person (Каменев (Розенфельд), (Шадер Ян Янович, Войтек))
                    previous = fields[-1][1] if fields else ""
                    variant = slot >= 2 and " " not in value and value[:1] == previous[:1]
                    kind = "other_given_name" if variant else "other_name"
                    fields.append((kind, value, base + off, base + off + len(value)))
            continue
        if slot < len(order):
            fields.append((order[slot], text, base + s, base + e))
            slot += 1
        else:  # a fourth word: part of the patronymic or a double given name
            fields.append(("name_extra", text, base + s, base + e))
    return fields


def _burial_from(text: str, pos: int) -> int:
    """Where a burial place can start: its text holds no full stop, so after the last one
    inside the record (not a final one).  Searching from there finds the same match as
    from ``pos``, in one pass instead of one per heading."""
    stripped = text.rstrip()
    body_end = len(stripped) - 1 if stripped.endswith(".") else len(stripped)
    return max(pos, text.rfind(".", pos, body_end) + 1)


def parse_record(text: str, name_end: int | None = None) -> list[tuple[str, str, int, int]]:
    """Fields of one record: ``(field, value, start, end)`` with offsets into ``text``."""
    fields: list[tuple[str, str, int, int]] = []
    if name_end is None:  # the first comma outside parentheses
        m = re.match(r"(?:\([^)]*\)|[^,(])*", text)
        name_end = m.end() if m else len(text)
    name = text[:name_end].rstrip()
    fields.extend(_name_fields(name, 0))
    pos = name_end
    m_birth = _BIRTH.match(text, pos)
    if m_birth:
        fields.append(("birth", m_birth.group(1), m_birth.start(1), m_birth.end(1)))
        pos = m_birth.end()
    m_addr = _ADDRESS.search(text, pos)
    m_exec = _EXECUTED.search(text, pos)
    m_burial = _BURIAL.search(text, _burial_from(text, pos))
    middle_end = min(
        x.start()
        for x in (m_addr, m_exec, m_burial, re.compile(r"$").search(text))
        if x is not None
    )
    middle = text[pos:middle_end]
    lead = len(middle) - len(middle.lstrip(" ,"))
    middle = middle.strip(" ,").rstrip(".")
    items = _split_top(middle, pos + lead)
    party_idx = next((i for i, (it, _, _) in enumerate(items) if _PARTY.match(it)), None)
    nat_idx: int | None = None
    if (
        party_idx is not None
        and party_idx > 0
        and _looks_nationality(items[party_idx - 1][0], strict=False)
    ):
        nat_idx = party_idx - 1
    elif party_idx is None:
        nat_idx = next(
            (
                i
                for i, (it, _, _) in enumerate(items)
                if i > 0 and _looks_nationality(it, strict=True)
            ),
            None,
        )
    party_last = party_idx
    while (
        party_last is not None
        and party_last + 1 < len(items)
        and _PARTY.match(items[party_last + 1][0])
    ):
        party_last += 1
    anchor = nat_idx if nat_idx is not None else party_idx
    if anchor is not None and anchor > 0:
        _, s, _ = items[0]
        _, _, e = items[anchor - 1]
        fields.append(("birthplace", text[s:e], s, e))
    if nat_idx is not None:
        it, s, e = items[nat_idx]
        fields.append(("nationality", it, s, e))
    if party_idx is not None and party_last is not None:
        for it, s, e in items[party_idx : party_last + 1]:
            if not it.startswith("в прошлом"):
                fields.append(("party", it, s, e))
            joined = _JOINED.search(it)
            if joined and re.match(r"(?:член|кандидат)", it):
                fields.append(
                    ("party_joined", joined.group(1), s + joined.start(1), s + joined.end(1))
                )
            for former in _FORMER.finditer(it):
                value = former.group("p").strip()
                start = s + former.start("p")
                fields.append(("former_party", value, start, start + len(value)))
    tail_from = max(i for i in (party_last, nat_idx, -1) if i is not None) + 1
    if anchor is None:
        tail_from = len(items)  # no anchor: position cannot be told from birthplace
    if tail_from < len(items):
        _, s, _ = items[tail_from]
        _, _, e = items[-1]
        fields.append(("position", text[s:e], s, e))
    if m_addr:
        a_end_candidates = [
            x.start() for x in (m_exec, m_burial) if x is not None and x.start() > m_addr.end()
        ]
        a_end = min(a_end_candidates) if a_end_candidates else len(text)
        value = text[m_addr.end() : a_end].rstrip(" .")
        fields.append(("address", value, m_addr.end(), m_addr.end() + len(value)))
    if m_exec:
        kind = "executed" if m_exec.group("verb").lower().startswith("рас") else "sentenced"
        fields.append((kind, m_exec.group("date"), m_exec.start("date"), m_exec.end("date")))
    if m_burial:
        fields.append(
            (
                "burial_place",
                m_burial.group("place"),
                m_burial.start("place"),
                m_burial.end("place"),
            )
        )
    return fields


def read_memorial(
    data: bytes, path: str, settings: Settings, *, encoding: str | None = None
) -> Document:
    """Read a Memorial execution-list page: one record segment per person."""
    decoded = decode(data, path, encoding=encoding)
    source, enc, bom = decoded.text, decoded.encoding, decoded.skip
    writer = SegmentWriter(source)
    # a street heading is kept as its span in the output and named once the text is built
    # (taking it from the writer's tail each time would cost the square of its length)
    street: tuple[int, int] | None = None
    record_street: tuple[int, int] | None = None
    state: str | None = None  # "record" | "street"
    name_end_at: int | None = None
    records: list[tuple[Segment, int | None, tuple[int, int] | None]] = []
    street_start = 0
    for tok in tokenize(source, raw_text=RAW_TEXT_HTML):
        name = tok.name.lower()
        if tok.kind == "start" and name == "p":
            cls = tok.attrs.get("class", "").lower()
            if state == "record":
                seg = writer.end()
                if seg:
                    records.append((seg, name_end_at, record_street))
            state = None
            if cls == "pers":
                state = "record"
                name_end_at = None
                record_street = street
                writer.begin("record", tok.end)
            elif cls == "street":
                state = "street"
                street_start = writer.position
                writer.begin("heading", tok.end)
        elif tok.kind == "end" and name == "b" and state == "record":
            name_end_at = writer.position
        elif tok.kind == "end" and name == "p" and state is not None:
            seg = writer.end()
            if state == "record" and seg:
                records.append((seg, name_end_at, record_street))
            elif state == "street" and seg:
                street = (street_start, seg.end)
            state = None
        elif tok.kind == "start" and name == "br" and state:
            writer.space(tok.start, tok.end)
        elif tok.kind == "text" and state is not None:
            writer.text(tok.start, tok.end)
    text, offsets, segments = writer.build()
    position = {id(seg): i for i, seg in enumerate(segments)}
    named: list[tuple[Segment, int | None]] = []
    for seg, name_end, span in records:
        street_name = text[span[0] : span[1]].strip() if span else ""
        if street_name:
            old = seg
            seg = replace(seg, attrs={"street": street_name})
            if id(old) in position:
                segments[position.pop(id(old))] = seg
        named.append((seg, name_end))
    if not records:
        raise EmptyFileError(
            "no person records (<p class=pers>) found",
            where=path,
            hint="this reader is for Memorial execution-list pages; check the file",
        )
    annotations: list[Annotation] = []
    index = {id(s): i for i, s in enumerate(segments)}
    for seg, name_end in named:
        rec_text = text[seg.start : seg.end]
        rel_name_end = (name_end - seg.start) if name_end is not None else None
        seg_index = index.get(id(seg))
        for field_name, value, s, e in parse_record(rec_text, rel_name_end):
            annotations.append(
                Annotation(
                    seg.start + s,
                    seg.start + e,
                    "record_field",
                    field_name,
                    value,
                    {"segment": seg_index},
                )
            )
    meta = DocumentMeta(
        title=_title(source), language="ru", kind="registry", encoding=enc, byte_offset=bom
    )
    extra: dict[str, Any] = {"records": len(records)}
    meta.extra = extra
    warnings = [*decoded.warnings, *writer.warnings()]
    return Document(text, offsets, segments, annotations, meta, NAME, warnings, source_text=source)


def _detect(data: bytes, path: str) -> float:
    if not _RECORD_CLASS.search(ascii_view(data, 200_000)):
        return 0.0
    strict = looks_like_html(data)
    loose = path.lower().endswith((".htm", ".html")) and looks_like_html(data, strict=False)
    return 0.9 if strict or loose else 0.0


READER = register_reader(
    ReaderSpec(
        NAME, _detect, read_memorial, "Memorial execution-list pages (one record per person)"
    )
)
