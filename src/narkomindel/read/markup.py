"""A small offset-keeping tokenizer for HTML and XML.

lxml validates structure (for XML) and defuses hostile input; this tokenizer
walks the same characters and reports where every tag and text run *is* in the
decoded source, which the tree APIs do not tell.

It reads the way a browser's tokenizer does, and so never backtracks: once ``<``
and a letter open a start tag, the tag runs to the first ``>`` outside a quoted
value (a quote left open runs to the end of the file); a tag still open at the
end of the file is dropped (kind ``unclosed``).  Comments, CDATA sections,
processing instructions and declarations left open run to the end of the file
too.  Every pattern is possessive or atomic, so each character is looked at a
bounded number of times: the time is linear in the input, whatever its shape.  (A
comment, say, is read as runs of characters that cannot start ``-->`` with a check at
each ``-``: the same stretch a lazy ``.*?-->`` finds, several times faster.)
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

__all__ = ["Token", "tokenize", "parse_attrs", "RAW_TEXT_HTML"]

#: HTML elements whose content is text up to their end tag, never markup.
RAW_TEXT_HTML = frozenset({"script", "style"})

_TOKEN = re.compile(
    r"""
    (?P<comment><!--[^-]*+(?:-(?!->)[^-]*+)*+(?:-->|\Z))
  | (?P<cdata><!\[CDATA\[[^\]]*+(?:\](?!\]>)[^\]]*+)*+(?:\]\]>|\Z))
  | (?P<doctype><![A-Za-z][^\[>]*+(?:>|\[[^\]]*+(?:\](?!\s*+>)[^\]]*+)*+(?:\]\s*+>|\Z)|\Z))
  | (?P<pi><\?[^?]*+(?:\?(?!>)[^?]*+)*+(?:\?>|\Z))
  | (?P<end></\s*+(?P<ename>[A-Za-z][\w:.\-]*+)\s*+>)
  | (?P<start><(?P<sname>[A-Za-z][^\s/>]*+)
        (?:[^>"']*+\Z  # no '>' nor quote to the end: open to the end, found in one sweep
        | (?P<attrs>(?:\s++|/(?!>)|[^\s/>][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>]*+))?)*+)
          (?P<selfclose>/?)(?P<close>>|\Z)))
    """,
    re.S | re.X,
)
_ATTR = re.compile(r"""([^\s/>][^\s/>=]*+)(?:\s*+=\s*+(?:"([^"]*+)"?|'([^']*+)'?|([^\s>]*+)))?""")
_RAW_END: dict[str, re.Pattern[str]] = {}


@dataclass
class Token:
    kind: str  # start | end | text | comment | cdata | doctype | pi | unclosed
    start: int
    end: int
    name: str = ""
    attrs: dict[str, str] = field(default_factory=dict)
    self_closing: bool = False


def parse_attrs(raw: str) -> dict[str, str]:
    """Attributes of a start tag's attribute text; a repeated name keeps its last value."""
    attrs: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3)
        if value is None:
            value = m.group(4) if m.group(4) is not None else ""
        attrs[m.group(1)] = value
    return attrs


def _raw_end(name: str) -> re.Pattern[str]:
    pattern = _RAW_END.get(name)
    if pattern is None:
        pattern = _RAW_END[name] = re.compile(rf"</{re.escape(name)}(?=[\s/>])[^>]*+>?|\Z", re.I)
    return pattern


def tokenize(
    source: str,
    start: int = 0,
    end: int | None = None,
    *,
    raw_text: Collection[str] = (),
) -> Iterator[Token]:
    """Yield tokens covering ``source[start:end]`` in order (text runs included).

    The content of an element named in ``raw_text`` (lower case; HTML's ``script``
    and ``style``) is one text token up to its end tag.
    """
    end = len(source) if end is None else end
    pos = start
    search = _TOKEN.search
    while pos < end:
        m = search(source, pos, end)
        if m is None:
            break
        if m.start() > pos:
            yield Token("text", pos, m.start())
        pos = m.end()
        kind = m.lastgroup
        if m.group("start") is not None:
            name = m.group("sname")
            if not m.group("close"):
                yield Token("unclosed", m.start(), pos, name=name)
                continue
            closing = bool(m.group("selfclose"))
            yield Token(
                "start",
                m.start(),
                pos,
                name=name,
                attrs=parse_attrs(m.group("attrs") or ""),
                self_closing=closing,
            )
            lowered = name.lower()
            if lowered in raw_text and not closing:
                close = _raw_end(lowered).search(source, pos, end)
                assert close is not None  # \Z always matches
                if close.start() > pos:
                    yield Token("text", pos, close.start())
                if close.end() > close.start():
                    yield Token("end", close.start(), close.end(), name=name)
                pos = close.end()
        elif m.group("end") is not None:
            yield Token("end", m.start(), pos, name=m.group("ename"))
        else:
            yield Token(kind or "other", m.start(), pos)
    if pos < end:
        yield Token("text", pos, end)
