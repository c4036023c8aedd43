"""Reader for historians' own tables (``reader.spreadsheet.v1``): CSV, TSV and XLSX
lists of persons, posts and fates, one row per person or per post.

Each data row becomes a ``record`` segment; each mapped cell a ``table_field``
annotation (name = the field, value = the cell, span = the cell's characters), so
that every claim the rows give is cited to its cell. The column mapping is
detected from the header (``name`` or ``surname``, and ``role``/``post``,
``country``, ``start``, ``end``, ``fate``, ``fate date``, ``birth``,
``nationality``, ``party joined``, ``former party``, ``class origin``,
``education``, ``elite``, English or Russian), or given in the file by a first
line ``#mapping: Column A=surname; Column B=role``.

A CSV's text is the file itself (the offsets are the identity). An XLSX is read
with openpyxl and rendered as tab-separated rows: its offsets point into that
text layer, as a PDF's point into its extracted text.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from narkomindel.config import Settings
from narkomindel.errors import MalformedInputError
from narkomindel.model import Annotation, Document, DocumentMeta, Segment
from narkomindel.offsets import OffsetBuilder
from narkomindel.read.decode import decode_bytes
from narkomindel.read.plugins import ReaderSpec, register_reader

__all__ = ["read_spreadsheet", "detect_mapping", "FIELDS", "READER", "NAME"]

NAME = "reader.spreadsheet.v1"
TEXT_LAYER = "pdf-text-layer"  # the store keeps such a text beside the original bytes

#: field → header spellings (compared lower-case, with spaces for _ and -)
FIELDS = {
    "name": ("name", "full name", "person", "фио", "ф.и.о."),
    "surname": ("surname", "last name", "family name", "фамилия"),
    "given_name": ("given name", "first name", "forename", "имя"),
    "patronymic": ("patronymic", "отчество"),
    "role": ("role", "post", "position", "office", "title", "должность"),
    "country": ("country", "mission", "station", "страна"),
    "department": ("department", "отдел"),
    "start": ("start", "from", "start date", "appointed", "since", "начало"),
    "end": ("end", "to", "end date", "until", "left", "конец"),
    "fate": ("fate", "outcome", "судьба"),
    "fate_date": ("fate date", "date of fate", "fate year", "дата"),
    "birth": ("birth", "born", "birth year", "year of birth", "год рождения"),
    "nationality": ("nationality", "национальность"),
    "party_joined": ("party joined", "joined party", "party since", "в партии с"),
    "former_party": ("former party", "previous party"),
    "class_origin": ("class origin", "social origin", "class"),
    "education": ("education", "образование"),
    "elite": ("elite",),
}
_NEEDED = ({"name", "surname"}, {"role", "country", "fate", "birth", "start"})
_MAPPING_LINE = re.compile(r"^#\s*mapping:\s*(?P<m>[^\r\n]*)", re.I)


def _norm(header: str) -> str:
    return re.sub(r"[\s_-]+", " ", header.strip().lower())


def detect_mapping(headers: list[str], given: dict[str, str] | None = None) -> dict[int, str]:
    """Column index → field, from a given mapping (header → field) or the headers."""
    out: dict[int, str] = {}
    by_header = {_norm(k): v for k, v in (given or {}).items()}
    for i, h in enumerate(headers):
        key = _norm(h)
        if key in by_header:
            out[i] = by_header[key]
            continue
        for field, names in FIELDS.items():
            if key in names and field not in out.values():
                out[i] = field
                break
    return out


def _usable(mapping: dict[int, str]) -> bool:
    fields = set(mapping.values())
    return all(fields & group for group in _NEEDED)


def _csv_cells(text: str, start: int, delimiter: str) -> list[list[tuple[int, int, str]]]:
    """Rows of (start, end, value) cells with offsets into ``text`` (quotes, doubled
    quotes and line breaks inside quotes handled)."""
    rows: list[list[tuple[int, int, str]]] = []
    row: list[tuple[int, int, str]] = []
    i, n = start, len(text)
    while i < n:
        if text[i] == '"':
            j, parts = i + 1, []
            while j < n:
                if text[j] == '"' and j + 1 < n and text[j + 1] == '"':
                    parts.append('"')
                    j += 2
                elif text[j] == '"':
                    break
                else:
                    parts.append(text[j])
                    j += 1
            row.append((i + 1, j, "".join(parts)))
            i = j + 1
            while i < n and text[i] not in (delimiter, "\n", "\r"):
                i += 1
        else:
            j = i
            while j < n and text[j] not in (delimiter, "\n", "\r"):
                j += 1
            row.append((i, j, text[i:j]))
            i = j
        if i < n and text[i] == delimiter:
            i += 1
            if i >= n or text[i] in "\r\n":
                row.append((i, i, ""))
            continue
        while i < n and text[i] in "\r\n":
            i += 1
        rows.append(row)
        row = []
    if row:
        rows.append(row)
    return rows


def _xlsx_text(data: bytes, path: str) -> str:
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise MalformedInputError(f"cannot read the workbook: {exc}", where=path,
                                  hint="save it again as .xlsx, or export the sheet as CSV") from exc  # fmt: skip
    lines = []
    for values in wb.worksheets[0].iter_rows(values_only=True):
        cells = ["" if v is None else str(v).replace("\t", " ").replace("\n", " ") for v in values]
        lines.append("\t".join(cells).rstrip("\t"))
    wb.close()
    return "\n".join(lines) + "\n"


def read_spreadsheet(
    data: bytes, path: str, settings: Settings, *, encoding: str | None = None
) -> Document:
    """Rows as record segments and mapped cells as ``table_field`` annotations."""
    xlsx = data[:4] == b"PK\x03\x04"
    if xlsx:
        text, enc, bom = _xlsx_text(data, path), TEXT_LAYER, 0
    else:
        text, enc, bom = decode_bytes(data, path, encoding=encoding)
    given: dict[str, str] = {}
    start = 0
    m = _MAPPING_LINE.match(text)
    if m:
        for part in re.split(r"[;,]", m.group("m")):
            header, sep, field = part.partition("=")
            if sep and field.strip() in FIELDS:
                given[header.strip()] = field.strip()
        start = m.end()
        while start < len(text) and text[start] in "\r\n":
            start += 1
    first_line = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)]
    delimiter = "\t" if xlsx or first_line.count("\t") > first_line.count(",") else (
        ";" if first_line.count(";") > first_line.count(",") else ",")  # fmt: skip
    rows = _csv_cells(text, start, delimiter)
    if not rows:
        raise MalformedInputError("the table has no header row", where=path,
                                  hint="put the column names in the first row")  # fmt: skip
    headers = [c[2] for c in rows[0]]
    mapping = detect_mapping(headers, given)
    if not _usable(mapping):
        raise MalformedInputError(
            f"no name column and no post, fate or birth column among {headers[:12]}", where=path,
            hint="name the columns (name or surname; role, country, start, end, fate, birth ...)"
            " or give a first line '#mapping: Header=field; ...'",
        )  # fmt: skip
    segments: list[Segment] = []
    annotations: list[Annotation] = []
    for row in rows[1:]:
        cells = [c for c in row if c[2].strip()]
        if not cells:
            continue
        number = text.count("\n", 0, row[0][0]) + 1  # the line of the file the row starts on
        seg = len(segments)
        segments.append(Segment(row[0][0], row[-1][1], "record", label=str(number),
                                attrs={"row": number, "table": PurePath(path).name}))  # fmt: skip
        for col, (s, e, value) in enumerate(row):
            field = mapping.get(col)
            if field is None or not value.strip():
                continue
            lead = len(value) - len(value.lstrip())
            core = value.strip()
            # a quoted cell with doubled quotes: its value differs from its span; cite the span
            if text[s:e] == value:
                s, e = s + lead, s + lead + len(core)
            annotations.append(Annotation(s, e, "table_field", field, core,
                                          {"segment": seg, "column": headers[col] if col < len(headers) else ""}))  # fmt: skip
    builder = OffsetBuilder(text)
    builder.copy(0, len(text))
    normalised, offsets = builder.build()
    meta = DocumentMeta(title=PurePath(path).stem, language="en", kind="registry", encoding=enc,
                        byte_offset=bom, extra={"table": True, "columns": {headers[i]: f for i, f in mapping.items() if i < len(headers)}})  # fmt: skip
    return Document(normalised, offsets, segments, annotations, meta, NAME, [], source_text=text)


def _detect(data: bytes, path: str) -> float:
    suffix = PurePath(path).suffix.lower()
    if suffix == ".xlsx" and data[:4] == b"PK\x03\x04":
        return 0.9
    if suffix not in (".csv", ".tsv"):
        return 0.0
    head = data[:4096].decode("utf-8", "replace")
    m = _MAPPING_LINE.match(head)
    if m:
        return 0.9
    first = head.splitlines()[0] if head.splitlines() else ""
    delimiter = (
        "\t"
        if first.count("\t") > first.count(",")
        else (";" if first.count(";") > first.count(",") else ",")
    )
    headers = [h.strip().strip('"') for h in first.split(delimiter)]
    return 0.9 if _usable(detect_mapping(headers)) else 0.0


READER = register_reader(
    ReaderSpec(NAME, _detect, read_spreadsheet, "CSV/TSV/XLSX tables of persons, posts, fates")
)
