"""XML that cannot reach outside itself or expand: checks made before lxml sees a byte.

A document type declaration with an internal subset (where entities are declared)
or an external identifier (``SYSTEM``/``PUBLIC``: a DTD to fetch) is refused
wherever it stands in the file, and so is an ``<!ENTITY`` declaration; a comment,
CDATA section, processing instruction or text that merely mentions such words is
not.  Then lxml checks well-formedness with entity expansion, DTD loading and
network access off, on the text as already decoded (so it cannot read the bytes
in another encoding than the reader did).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from narkomindel.errors import MalformedInputError, UnsafeXMLError
from narkomindel.read.writer import REPLACEMENT, numeric_reference

__all__ = ["refuse_unsafe_declarations", "parse_xml"]

# What may hide a declaration-like string (comments, CDATA, processing instructions) is
# skipped whole; a declaration is read up to its first '[' or '>'.  Each construct is
# consumed once, so the scan is linear.
_DECLARATIONS = re.compile(
    r"<!--[^-]*+(?:-(?!->)[^-]*+)*+(?:-->|\Z)"
    r"|<!\[CDATA\[[^\]]*+(?:\](?!\]>)[^\]]*+)*+(?:\]\]>|\Z)"
    r"|<\?[^?]*+(?:\?(?!>)[^?]*+)*+(?:\?>|\Z)"
    r"|<!(?P<keyword>[A-Za-z]++)(?P<body>[^\[>]*+)(?P<stop>[\[>]|\Z)",
    re.S,
)
_EXTERNAL_ID = re.compile(r"\b(?:SYSTEM|PUBLIC)\b", re.I)
_CHAR_REF = re.compile(r"&#(x[0-9a-fA-F]++|[0-9]++);")


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def refuse_unsafe_declarations(text: str, where: str) -> None:
    """Raise :class:`UnsafeXMLError` for a DOCTYPE with an internal subset or an external
    identifier, or an ENTITY declaration, anywhere outside comments and CDATA."""
    for m in _DECLARATIONS.finditer(text):
        keyword = m.group("keyword")
        if keyword is None:
            continue
        keyword = keyword.upper()
        problem = None
        if keyword == "DOCTYPE":
            if m.group("stop") == "[":
                problem = "a DOCTYPE with an internal subset (where entities are declared)"
            elif _EXTERNAL_ID.search(m.group("body")):
                problem = "a DOCTYPE naming an external DTD"
        elif keyword == "ENTITY":
            problem = "an ENTITY declaration"
        if problem:
            raise UnsafeXMLError(
                f"XML holds {problem}; Narkomindel does not load DTDs or expand entities",
                where=f"{where}:{_line_of(text, m.start())}",
                hint="remove the DOCTYPE/ENTITY declarations (TEI needs none) and re-ingest",
            )


def _defuse_references(text: str) -> str:
    """References to code points XML does not allow, as U+FFFD (the reader does the same),
    so lxml does not refuse a file the reader can repair."""
    if "&#" not in text:
        return text

    def fix(m: re.Match[str]) -> str:
        body = m.group(1)
        if numeric_reference("#" + body, xml=True) == REPLACEMENT:
            return "&#xFFFD;"
        return m.group(0)

    return _CHAR_REF.sub(fix, text)


def parse_xml(text: str, where: str) -> Any:
    """The root element of ``text`` parsed by lxml, or :class:`MalformedInputError` naming
    the line."""
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        dtd_validation=False,
        encoding="utf-8",
    )
    try:
        return etree.fromstring(_defuse_references(text).encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        line = getattr(exc, "lineno", None)
        raise MalformedInputError(
            f"XML is not well-formed: {exc.msg if hasattr(exc, 'msg') else exc}",
            where=f"{where}:{line}" if line else where,
            hint="fix the markup at that line (an unclosed or mismatched tag is the usual cause)",
        ) from exc
    except (etree.LxmlError, ValueError) as exc:
        raise MalformedInputError(
            f"XML cannot be parsed: {exc}",
            where=where,
            hint="check that the file is XML and not damaged",
        ) from exc
