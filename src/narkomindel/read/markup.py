"""A small offset-keeping tokenizer for HTML and XML.

lxml validates structure (for XML) and defuses hostile input; this tokenizer
walks the same characters and reports where every tag and text run *is* in the
decoded source, which the tree APIs do not tell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["Token", "tokenize", "parse_attrs"]

_TOKEN = re.compile(
    r"""
    (?P<comment><!--.*?(?:-->|\Z))
  | (?P<cdata><!\[CDATA\[.*?(?:\]\]>|\Z))
  | (?P<doctype><![A-Za-z][^\[>]*(?:\[.*?\]\s*)?>)
  | (?P<pi><\?.*?(?:\?>|\Z))
  | (?P<end></\s*(?P<ename>[A-Za-z][\w:.\-]*)\s*>)
  | (?P<start><(?P<sname>[A-Za-z][\w:.\-]*)
        (?P<attrs>(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)
        \s*(?P<selfclose>/?)>)
    """,
    re.S | re.X,
)
_ATTR = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")


@dataclass
class Token:
    kind: str  # start | end | text | comment | cdata | doctype | pi
    start: int
    end: int
    name: str = ""
    attrs: dict[str, str] = field(default_factory=dict)
    self_closing: bool = False


def parse_attrs(raw: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3)
        if value is None:
            value = m.group(4) if m.group(4) is not None else ""
        attrs[m.group(1)] = value
    return attrs


def tokenize(source: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Yield tokens covering ``source[start:end]`` in order (text runs included)."""
    end = len(source) if end is None else end
    pos = start
    for m in _TOKEN.finditer(source, start, end):
        if m.start() > pos:
            yield Token("text", pos, m.start())
        kind = m.lastgroup
        if m.group("start") is not None:
            yield Token(
                "start",
                m.start(),
                m.end(),
                name=m.group("sname"),
                attrs=parse_attrs(m.group("attrs") or ""),
                self_closing=bool(m.group("selfclose")),
            )
        elif m.group("end") is not None:
            yield Token("end", m.start(), m.end(), name=m.group("ename"))
        else:
            yield Token(kind or "other", m.start(), m.end())
        pos = m.end()
    if pos < end:
        yield Token("text", pos, end)
