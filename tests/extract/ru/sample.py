"""Reading the invented Russian test texts of tests/data/ (no corpus text)."""

from __future__ import annotations

from pathlib import Path

from narkomindel.config import Settings
from narkomindel.extract import extract_document
from narkomindel.model import Document, Extraction
from narkomindel.read.text import read_text

DATA = Path(__file__).resolve().parents[2] / "data"


def run_text(text: str, path: str = "invented_ru.txt") -> tuple[Document, Extraction]:
    doc = read_text(text.encode("utf-8"), path, Settings())
    return doc, extract_document(doc)


def run_file(name: str) -> tuple[Document, Extraction]:
    return run_text((DATA / name).read_text(encoding="utf-8"), name)
