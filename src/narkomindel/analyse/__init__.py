"""Analyses over the store: for now the evaluator of extraction against references."""

from narkomindel.analyse.evaluate import Score, evaluate, surname_key

__all__ = ["Score", "evaluate", "surname_key"]
