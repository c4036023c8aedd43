"""Readers register here under versioned names (``reader.text.v1``); built-ins too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from narkomindel.config import Settings
from narkomindel.model import Document

__all__ = ["ReaderSpec", "register_reader", "readers", "choose_reader"]

Detect = Callable[[bytes, str], float]


class Read(Protocol):
    def __call__(
        self, data: bytes, path: str, settings: Settings, *, encoding: str | None = None
    ) -> Document: ...


@dataclass(frozen=True)
class ReaderSpec:
    """A reader: ``detect`` scores how well it fits (0 = not at all), ``read`` reads."""

    name: str
    detect: Detect
    read: Read
    description: str = ""


_READERS: dict[str, ReaderSpec] = {}


def register_reader(spec: ReaderSpec) -> ReaderSpec:
    _READERS[spec.name] = spec
    return spec


def readers() -> list[ReaderSpec]:
    return list(_READERS.values())


def choose_reader(data: bytes, path: str) -> ReaderSpec | None:
    """The best-scoring reader for these bytes, judged by content first."""
    best: tuple[float, ReaderSpec] | None = None
    for spec in _READERS.values():
        score = spec.detect(data, path)
        if score > 0 and (best is None or score > best[0]):
            best = (score, spec)
    return best[1] if best else None
