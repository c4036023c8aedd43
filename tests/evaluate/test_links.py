"""Scoring registry links against hand-judged pairs (``evaluate.links``), in both
reference formats, on an invented text and invented register pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from narkomindel import ingest
from narkomindel.evaluate import LinkScore, evaluate
from narkomindel.evaluate.links import name_compatible
from narkomindel.pipeline import resolve_people
from tests.helpers import call, records


def rec(name: str, position: str, born: int = 1890) -> str:
    return (
        f"<B>{name}</B>, род. {born}, г. Тверь, русский, член ВКП(б), {position}. "
        "Адрес: ул. Тестовая, д.1. Расстрелян 2.02.1938. Место захоронения: Коммунарка."
    )


TEXT = (
    "In 1934 the Ambassador to Norway K. P. Tarkhelev met the press.\n\n"
    "Ivan Drozhnikov wrote the note.\n\n"
    "Much later Umrikhin was seen in Riga.\n"
)


def build(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "notes.txt").write_text(TEXT)
    (src / "shot-a.htm").write_bytes(
        records(
            [
                rec("Тархелев Кирилл Петрович", "полпред СССР в Норвегии"),
                rec("Тархелев Олег Павлович", "счетовод"),  # another first name
                rec("Дрожников Иван Петрович", "бухгалтер"),
            ]
        )
    )
    (src / "shot-b.htm").write_bytes(records([rec("Дрожников Иван Ильич", "сторож")]))
    db = tmp_path / "l.db"
    ingest([src], db)
    call(resolve_people, db)
    return db


def score(db: Path, tmp_path: Path, lines: list[dict[str, Any]]) -> LinkScore:
    ref = tmp_path / "links.jsonl"
    ref.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    (s,) = call(evaluate, db, ref)
    assert isinstance(s, LinkScore) and s.kind == "registry_link"
    return s


def link(person: str, record: str, true: bool, **more: Any) -> dict[str, Any]:
    return {"kind": "link", "person": person, "record": record, "true": true, **more}


def test_the_new_format_finds_the_person_by_the_mention_in_the_text(tmp_path: Path) -> None:
    db = build(tmp_path)
    s = score(
        db,
        tmp_path,
        [
            link("K. P. Tarkhelev", "Тархелев Кирилл Петрович", True, text="notes.txt", page="shot-a.htm"),
            link("K. P. Tarkhelev", "Тархелев Олег Павлович", False, text="notes.txt"),
            link("Ivan Drozhnikov", "Дрожников Иван Петрович", True, text="notes.txt"),
            link("Ivan Drozhnikov", "Дрожников Иван Ильич", False, text="notes.txt"),
            link("Umrikhin", "Умрихин Павел Никитич", True, text="notes.txt"),
            link("Pelshevich", "Пельшевич Олег Ильич", True, text="notes.txt"),
        ],
    )  # fmt: skip
    assert (s.tp, s.fp, s.fn) == (1, 0, 3)
    assert (s.true_pairs, s.namesake_pairs) == (4, 2)
    assert s.review_true == 1  # Drozhnikov: a first name alone waits
    assert s.review_namesakes == 1  # the other Drozhnikov (the other Tarkhelev: not proposed)
    assert s.not_proposed == 1  # Umrikhin: no record of that name
    assert s.person_not_found == 1  # Pelshevich is nowhere in the texts
    assert s.hard_traps == 1 and s.hard_traps_applied == 0 and s.hard_traps_review == 1
    row = s.row()
    assert row["namesakes_applied"] == 0 and row["review_true"] == 1
    assert {"missed link": "Umrikhin ~ Умрихин Павел Никитич", "status": "not proposed"} in s.errors


def test_the_page_pins_the_record(tmp_path: Path) -> None:
    db = build(tmp_path)
    wrong_page = link(
        "K. P. Tarkhelev", "Тархелев Кирилл Петрович", True, text="notes.txt", page="shot-b.htm"
    )
    assert score(db, tmp_path, [wrong_page]).tp == 0
    wrong_text = link("K. P. Tarkhelev", "Тархелев Кирилл Петрович", True, text="other.txt")
    s = score(db, tmp_path, [wrong_text])  # no mention there: the variants are the fallback
    assert s.tp == 1


def test_a_namesake_applied_counts_against_precision(tmp_path: Path) -> None:
    db = build(tmp_path)
    s = score(
        db,
        tmp_path,
        [link("K. P. Tarkhelev", "Тархелев Кирилл Петрович", False, text="notes.txt")],
    )
    assert (s.tp, s.fp) == (0, 1) and s.precision == 0.0 and s.hard_traps_applied == 1
    assert s.errors == [{"namesake applied": "K. P. Tarkhelev ~ Тархелев Кирилл Петрович"}]


def test_the_old_format_names_the_person_by_any_variant(tmp_path: Path) -> None:
    db = build(tmp_path)
    s = score(
        db,
        tmp_path,
        [
            link("K. P. Tarkhelev", "Тархелев Кирилл Петрович", True),
            link("Ivan Drozhnikov", "Дрожников Иван Ильич", False),
        ],
    )
    assert (s.tp, s.fp, s.fn, s.review_namesakes) == (1, 0, 0, 1)


def test_name_compatible_traps_are_those_the_name_cannot_settle() -> None:
    assert name_compatible("K. P. Tarkhelev", "Тархелев Кирилл Павлович")
    assert name_compatible("Tarkhelev", "Тархелев Олег Ильич")
    assert name_compatible("Tarkhelev, Gen. K.", "Тархелев Кирилл Ильич")
    assert not name_compatible("Ivan Drozhnikov", "Дрожников Олег Ильич")
    assert not name_compatible("Ivan Petrovich Drozhnikov", "Дрожников Иван Ильич")


def test_record_names_match_without_their_other_names(tmp_path: Path) -> None:
    db = build(tmp_path)
    s = score(
        db,
        tmp_path,
        [
            link(
                "K. P. Tarkhelev",
                "Тархелев (Тархель) Кирилл Петрович (Карл)",
                True,
                text="notes.txt",
            )
        ],
    )
    assert s.tp == 1
