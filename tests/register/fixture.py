"""An invented little corpus (no name of the development corpus) built once per test."""

from __future__ import annotations

from pathlib import Path

from narkomindel import ingest
from tests.resolve.test_resolution import records

ARTICLE = """The Mission in Norway

In 1931 the commissariat sent Ambassador to Norway T. V. Mirolubov to Oslo. Mirolubov
stayed until 1934. His colleague Ambassador to Denmark K. P. Sedykhin served from 1933 to 1937
and was shot in 1938. Ambassador to Latvia O. I. Vantsev survived the purges and retired.
Counsellor F. A. Glinkov was arrested in 1937.

The Treaty of Bergen was signed on 12 May 1932 by Norway and the USSR.
In 1934 Denmark recognised the Soviet Union de jure.
Mirolubov and Sedykhin attended the Tromsø Conference in 1933.
"""
LATER = "Tikhon Mirolyubov, the envoy in Oslo, wrote careful reports in 1932.\n"

RECORDS = [
    "<B>Миролюбов Тихон Васильевич</B>, род. 1890, г. Тверь, русский, член ВКП(б), полномочный"
    " представитель СССР в Норвегии. Адрес: ул. Тестовая, д.1. Расстрелян 2.02.1938. Место"
    " захоронения: Коммунарка.",
    "<B>Миролюбов Павел Иванович</B>, род. 1901, г. Тверь, русский, б/п, печатник. Адрес: ул."
    " Тестовая, д.2. Расстрелян 3.03.1938. Место захоронения: Бутово.",
    "<B>Ванцев Олег Игоревич</B>, род. 1895, г. Тула, русский, член ВКП(б), полномочный"
    " представитель СССР в Латвии. Адрес: ул. Тестовая, д.3. Расстрелян 4.04.1938. Место"
    " захоронения: Коммунарка.",
]


def build(tmp_path: Path, name: str = "reg.db") -> Path:
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    (src / "article.txt").write_text(ARTICLE)
    (src / "later.txt").write_text(LATER)
    (src / "shot-test.htm").write_bytes(records(RECORDS))
    db = tmp_path / name
    assert ingest([src], db).ok
    return db
