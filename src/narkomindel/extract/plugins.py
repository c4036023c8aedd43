"""Extractors register here under versioned names (``extract.posts.v7``), like readers.

An extractor reads a :class:`~narkomindel.model.Document` and adds what it finds
to the :class:`Findings` of that document; extractors run in the order of their
``order`` (mentions first, then what refers to mentions: claims, events).
:data:`EXTRACTION_VERSION` is made from every registered extractor's name, so
that changing one extractor's version redoes every stored extraction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from narkomindel.extract.dates import DateMatch
from narkomindel.model import Claim, Document, ExtractedEvent, Mention

__all__ = [
    "Findings",
    "ExtractorSpec",
    "register_extractor",
    "extractors",
    "extraction_version",
]


@dataclass
class Findings:
    """What extraction has found in one document so far. Claims and events refer to
    mentions by their index in :attr:`mentions`, so mentions come first."""

    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[ExtractedEvent] = field(default_factory=list)
    dates: list[DateMatch] = field(default_factory=list)


@dataclass(frozen=True)
class ExtractorSpec:
    """An extractor: ``run`` adds to the findings; ``applies`` says whether it reads a
    document at all (e.g. prose rules do not read registry records)."""

    name: str  # versioned: extract.<what>.v<n>
    order: int  # lower runs first
    run: Callable[[Document, Findings], None]
    applies: Callable[[Document], bool] = lambda doc: True
    description: str = ""


_EXTRACTORS: dict[str, ExtractorSpec] = {}


def register_extractor(spec: ExtractorSpec) -> ExtractorSpec:
    """Add an extractor (a newer version of the same extractor replaces the older)."""
    family = _family(spec.name)
    for name in [n for n in _EXTRACTORS if _family(n) == family]:
        del _EXTRACTORS[name]
    _EXTRACTORS[spec.name] = spec
    return spec


def _family(name: str) -> str:
    """``extract.posts`` of ``extract.posts.v7``; ``extract.claims`` of ``extract.claims[...]``."""
    return name.split("[", 1)[0].rsplit(".v", 1)[0]


def extractors() -> list[ExtractorSpec]:
    """The registered extractors in the order they run."""
    return sorted(_EXTRACTORS.values(), key=lambda s: (s.order, s.name))


def extraction_version() -> str:
    """The version of the whole extraction: the names of its extractors, in order."""
    return "extract[" + ",".join(s.name.removeprefix("extract.") for s in extractors()) + "]"
