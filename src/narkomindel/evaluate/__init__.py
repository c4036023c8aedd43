"""Quality assurance: extraction and linking scored against reference annotations
(:mod:`~narkomindel.evaluate.reference`), persons against editors' identifications
(:mod:`~narkomindel.evaluate.clusters`)."""

from narkomindel.evaluate.clusters import bcubed, editor_bcubed
from narkomindel.evaluate.reference import Score, evaluate

__all__ = ["evaluate", "Score", "editor_bcubed", "bcubed"]
