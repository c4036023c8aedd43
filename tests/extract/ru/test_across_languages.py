"""One person across languages: a Russian prose mention, an English mention and a
registry record of the same (invented) man resolve to one person; his namesakes
and his wife stay apart."""

from __future__ import annotations

import json
from pathlib import Path

from narkomindel import ingest
from narkomindel.pipeline import resolve_people
from narkomindel.store.database import Store
from tests.helpers import call, records

ENGLISH = """THE NORTHERN MISSION

In 1934 the commissariat appointed Timofei Vlasovich Miroshnichenkov polpred to Finland.
Miroshnichenkov was arrested in November 1937 and shot in February 1939.
"""
RUSSIAN = """Жёны дипломатов

Ульяна Мирошниченкова работала в торгпредстве в Хельсинки. В 1938 г. Мирошниченкова была арестована.
Её муж, Тимофей Власович Мирошниченков, полпред СССР в Финляндии, был расстрелян в 1939 г.
Однофамилец полпреда, Пётр Мирошниченков, служил в Наркомате путей сообщения.
"""
RECORD = (
    "<B>Мирошниченков Тимофей Власович</B>, род. 1894, г. Тверь, русский, член ВКП(б), полномочный"
    " представитель СССР в Финляндии. Адрес: ул. Тестовая, д.7. Расстрелян 14.02.1939. Место"
    " захоронения: Коммунарка."
)


def test_one_person_across_scripts_and_namesakes_apart(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (src / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    (src / "shot-test.htm").write_bytes(records([RECORD]))
    db = tmp_path / "x.db"
    ingest([src], db)
    call(resolve_people, db)
    with Store(db) as store:
        rows = [json.loads(r[0]) for r in store.conn.execute("SELECT variants_json FROM entities")]
    groups = [
        set(v) for v in rows if any("Мирошниченков" in x or "Miroshnichenkov" in x for x in v)
    ]
    timofei = [g for g in groups if "Тимофей Власович Мирошниченков" in g]
    assert len(timofei) == 1
    assert "Timofei Vlasovich Miroshnichenkov" in timofei[0]
    assert not any("Пётр Мирошниченков" in g or "Ульяна Мирошниченкова" in g for g in timofei)
    assert any("Пётр Мирошниченков" in g for g in groups)
    assert any("Ульяна Мирошниченкова" in g for g in groups)
