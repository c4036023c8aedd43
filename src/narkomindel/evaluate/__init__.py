"""Quality assurance: extraction and linking scored against reference annotations
(:mod:`~narkomindel.evaluate.reference`; hand-made gold files:
:mod:`~narkomindel.evaluate.gold`, and where their posts were lost:
:mod:`~narkomindel.evaluate.causes`; registry links: :mod:`~narkomindel.evaluate.links`),
persons against editors' identifications (:mod:`~narkomindel.evaluate.clusters`)."""

from narkomindel.evaluate.causes import CAUSES, PostCauses, post_causes
from narkomindel.evaluate.clusters import bcubed, editor_bcubed
from narkomindel.evaluate.gold import GoldReport, evaluate_gold, is_gold_reference
from narkomindel.evaluate.links import LinkScore, score_links
from narkomindel.evaluate.reference import Score, evaluate

__all__ = [
    "evaluate",
    "Score",
    "LinkScore",
    "score_links",
    "editor_bcubed",
    "bcubed",
    "evaluate_gold",
    "GoldReport",
    "is_gold_reference",
    "post_causes",
    "PostCauses",
    "CAUSES",
]
