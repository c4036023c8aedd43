"""Shared fixtures.  Corpus tests read ../shared/corpus and skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from narkomindel.config import Settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent (fresh clone); corpus tests run in CI")
    return CORPUS


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
