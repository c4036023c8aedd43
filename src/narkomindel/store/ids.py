"""Stable ids of mentions, factoids and events: the same inputs give the same ids."""

from __future__ import annotations

import re

__all__ = ["ref", "parse_ref"]

_PREFIX = {"person": "p", "mention": "m", "factoid": "f", "event": "e"}
_KIND_OF = {v: k for k, v in _PREFIX.items()}
_REF = re.compile(r"([mfe])-([0-9a-f]{16})-(\d+)")


def ref(kind: str, source_id: str, seq: int) -> str:
    """A stable id for a mention, factoid or event (``f-<16 hex of the source>-<seq>``)."""
    return f"{_PREFIX[kind]}-{source_id[:16]}-{seq}"


def parse_ref(value: str) -> tuple[str, str, int] | None:
    """``(kind, source-id prefix, seq)`` of an id made by :func:`ref`, or None."""
    m = _REF.fullmatch(value.strip())
    if not m:
        return None
    return _KIND_OF[m.group(1)], m.group(2), int(m.group(3))
