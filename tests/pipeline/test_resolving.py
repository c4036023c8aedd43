"""Resolution on invented texts and records: clusters, registry links, namesakes,
conflicts, and curator decisions that survive re-runs."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from narkomindel import ingest
from narkomindel.cli.main import cli
from narkomindel.pipeline import decide, resolve_people
from narkomindel.query import review_queue
from narkomindel.store.database import Store
from tests.helpers import call, records

ARTICLE = """In 1931 the commissariat sent Ambassador to Finland T. V. Mirolubov to Helsinki. Mirolubov
stayed three years. His colleague Ambassador to Estonia K. P. Sedykhin was recalled in 1937.
Ambassador to Latvia O. I. Vantsev survived the purges and retired.
"""
LATER = "Tikhon Mirolyubov, the envoy in Helsinki, wrote careful reports.\n"


RECORDS = [
    "<B>Миролюбов Тихон Васильевич</B>, род. 1890, г. Тверь, русский, член ВКП(б), полномочный представитель СССР"
    " в Финляндии. Адрес: ул. Тестовая, д.1. Расстрелян 2.02.1938. Место захоронения: Коммунарка.",
    "<B>Миролюбов Павел Иванович</B>, род. 1901, г. Тверь, русский, б/п, печатник. Адрес: ул. Тестовая, д.2."
    " Расстрелян 3.03.1938. Место захоронения: Бутово.",
    "<B>Ванцев Олег Игоревич</B>, род. 1895, г. Тула, русский, член ВКП(б), полномочный представитель СССР в"
    " Латвии. Адрес: ул. Тестовая, д.3. Расстрелян 4.04.1938. Место захоронения: Коммунарка.",
]


def resolved_variants(src: Path, db: Path, fragment: str) -> list[str]:
    """Ingest and resolve ``src``; the variants (JSON text) of persons with ``fragment``."""
    ingest([src], db)
    call(resolve_people, db)
    with Store(db) as store:
        return [
            r[0]
            for r in store.conn.execute(
                "SELECT variants_json FROM entities WHERE variants_json LIKE ?", (f"%{fragment}%",)
            )
        ]


def build(tmp_path: Path) -> Path:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "article.txt").write_text(ARTICLE)
    (tmp_path / "src" / "later.txt").write_text(LATER)
    (tmp_path / "src" / "shot-test.htm").write_bytes(records(RECORDS))
    db = tmp_path / "r.db"
    assert ingest([tmp_path / "src"], db).ok
    return db


def test_clusters_across_documents_and_spellings(tmp_path: Path) -> None:
    db = build(tmp_path)
    call(resolve_people, db)
    with Store(db) as store:
        labels = {
            r[0]: r[1] for r in store.conn.execute("SELECT label, variants_json FROM entities")
        }
    mirolubov = next(v for k, v in labels.items() if k == "T. V. Mirolubov")
    assert (
        "Mirolubov" in mirolubov and "Tikhon Mirolyubov" in mirolubov
    )  # surname alone, other spelling


def test_registry_links_and_namesakes(tmp_path: Path) -> None:
    db = build(tmp_path)
    report = call(resolve_people, db)
    applied = call(review_queue, db, status="applied")
    assert [(r["person"], r["record_name"]) for r in applied] == [
        ("T. V. Mirolubov", "Миролюбов Тихон Васильевич")
    ]
    assert all("Павел" not in r["record_name"] for r in applied)  # the printer is a namesake
    review = call(review_queue, db)
    conflict = next(r for r in review if r["person"] == "O. I. Vantsev")
    assert "survived" in conflict["conflict"] and "executed" in conflict["conflict"]
    assert report.conflicts == 1
    for r in applied + review:
        assert r["evidence"] and r["record_text"].startswith(r["record_name"])


def test_decisions_survive_reruns_and_stale_ones_are_reported(tmp_path: Path) -> None:
    db = build(tmp_path)
    call(resolve_people, db)
    vantsev = next(r for r in call(review_queue, db) if r["person"] == "O. I. Vantsev")
    call(
        decide, db, str(vantsev["id"]), "accept", who="tester", why="same mission, conflict checked"
    )
    wrong = next(
        r for r in call(review_queue, db, status="applied") if r["person"] == "T. V. Mirolubov"
    )
    call(decide, db, wrong["key"], "reject", who="tester", why="testing")
    # re-ingest a changed file and resolve again: both decisions still hold
    (tmp_path / "src" / "later.txt").write_text(LATER + "He wrote more.\n")
    ingest([tmp_path / "src"], db)
    report = call(resolve_people, db)
    assert report.decisions_replayed == 2 and not report.stale_decisions
    assert any(r["person"] == "O. I. Vantsev" for r in call(review_queue, db, status="applied"))
    assert any(r["person"] == "T. V. Mirolubov" for r in call(review_queue, db, status="rejected"))
    # the record behind a decision disappears: the decision is reported, not dropped
    (tmp_path / "src" / "shot-test.htm").write_bytes(records(RECORDS[:2]))
    ingest([tmp_path / "src"], db)  # a new version of the page, without that record
    report = call(resolve_people, db)
    assert [e["why"] for e in report.stale_decisions] == ["same mission, conflict checked"]
    with Store(db) as store:
        assert len(store.conn.execute("SELECT * FROM curation_log").fetchall()) == 2


def test_cli_resolve_and_review(tmp_path: Path) -> None:
    db = build(tmp_path)
    runner = CliRunner()
    out = runner.invoke(cli, ["resolve", "--db", str(db)]).output
    assert "1 applied" in out and "1 with conflicts" in out
    listing = runner.invoke(cli, ["review", "--db", str(db), "--format", "json"]).output
    assert "Vantsev" in listing
    result = runner.invoke(cli, ["review", "--db", str(db), "reject", "999"])
    assert result.exit_code == 2 and "no link '999'" in result.output


def test_merge_and_split_are_replayed(tmp_path: Path) -> None:
    from narkomindel.pipeline import merge, split
    from narkomindel.query import persons_with_mentions as list_persons

    db = build(tmp_path)
    call(resolve_people, db)
    people = {p["label"]: p for p in call(list_persons, db)}
    sedykhin, vantsev = people["K. P. Sedykhin"], people["O. I. Vantsev"]
    call(merge, db, str(sedykhin["id"]), vantsev["key"], who="tester", why="one man, two names")
    merged = [p for p in call(list_persons, db) if "K. P. Sedykhin" in p["variants"]]
    assert len(merged) == 1 and "O. I. Vantsev" in merged[0]["variants"]
    mirolubov = next(p for p in call(list_persons, db) if p["label"] == "T. V. Mirolubov")
    later = [
        m for m in mirolubov["mentions"] if m.split(":")[1] == "0"
    ]  # "Tikhon Mirolyubov" opens later.txt
    assert later
    call(split, db, mirolubov["key"], later, who="tester", why="another Mirolubov")
    report = call(resolve_people, db)  # a plain re-run keeps both decisions
    assert report.decisions_replayed == 2 and not report.stale_decisions
    again = [
        p for p in call(list_persons, db) if "Mirolubov" in p["label"] or "Mirolyubov" in p["label"]
    ]
    assert len(again) == 2


def test_cli_persons_merge_split(tmp_path: Path) -> None:
    import json

    db = build(tmp_path)
    runner = CliRunner()
    runner.invoke(cli, ["resolve", "--db", str(db)])
    people = json.loads(runner.invoke(cli, ["persons", "--db", str(db), "--format", "json"]).output)
    ids = {p["name"]: p["id"] for p in people}
    result = runner.invoke(
        cli,
        [
            "merge",
            str(ids["K. P. Sedykhin"]),
            str(ids["O. I. Vantsev"]),
            "--db",
            str(db),
            "--why",
            "test",
        ],
    )
    assert result.exit_code == 0 and "curation entry #1" in result.output
    mir = next(p for p in people if p["name"] == "T. V. Mirolubov")
    result = runner.invoke(cli, ["split", mir["id"], "nope:1", "--db", str(db)])
    assert result.exit_code == 2 and "not this person's" in result.output
    table = runner.invoke(cli, ["persons", "--db", str(db), "--name", "Sedykhin"]).output
    assert "Vantsev" in table


def test_pseudonyms_and_birth_names_join(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(
        "The chairman, Semen Volkhov (Volkhovitser), spoke first.\n"
    )
    (tmp_path / "src" / "b.txt").write_text("Semen Volkhovitser was arrested in 1937.\n")
    rec = (
        "<B>Волховицер (Волхов) Семен Аронович</B>, род. 1890, г. Минск, еврей, член ВКП(б), председатель"
        " комиссии. Адрес: ул. Тестовая, д.9. Расстрелян 1.09.1937. Место захоронения: Бутово."
    )
    (tmp_path / "src" / "shot-x.htm").write_bytes(records([rec]))
    db = tmp_path / "p.db"
    rows = resolved_variants(tmp_path / "src", db, "Volkhov")
    assert len(rows) == 1 and "Semen Volkhovitser" in rows[0]
    proposed = call(review_queue, db, status="applied") + call(review_queue, db)
    assert [r["record_name"] for r in proposed] == ["Волховицер (Волхов) Семен Аронович"]


def test_person_card_brings_linked_record_facts(tmp_path: Path) -> None:
    from narkomindel.query import person as person_card

    db = build(tmp_path)
    call(resolve_people, db)
    card = call(person_card, db, "Mirolubov")
    assert card["name"] == "T. V. Mirolubov" and "Миролюбов Тихон Васильевич" in card["variants"]
    texts = [f for f in card["factoids"] if "via_link" not in f]
    record = [f for f in card["factoids"] if "via_link" in f]
    assert any(f["type"] == "post" and f["country"] == "Finland" for f in texts)
    assert any(
        f["type"] == "fate" and f["value"] == "executed" and f["date_start"] == "1938-02-02"
        for f in record
    )
    assert all(f["path"].endswith("shot-test.htm") for f in record)
    vantsev = call(person_card, db, "Vantsev")
    assert vantsev["conflicts"] and not any(
        "via_link" in f for f in vantsev["factoids"]
    )  # review, not applied
    runner = CliRunner()
    out = runner.invoke(cli, ["person", "Mirolubov", "--db", str(db)]).output
    assert "record link" in out and "applied" in out
    assert runner.invoke(cli, ["person", "Nobody", "--db", str(db)]).exit_code == 2


def test_one_part_of_a_double_surname_needs_initials_and_post(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(
        "In 1933 Ambassador to Latvia K. O. Brisov arrived in Riga; the consul P. N. Brisov stayed in Moscow.\n"
    )
    recs = [
        "<B>Лакин-Брисов Кирилл Олегович</B>, род. 1890, г. Минск, русский, член ВКП(б), полномочный представитель"
        " СССР в Латвии. Адрес: ул. Тестовая, д.9. Расстрелян 1.09.1937. Место захоронения: Бутово.",
        "<B>Лакин-Брисов Павел Николаевич</B>, род. 1899, г. Минск, русский, б/п, счетовод. Адрес: ул. Тестовая,"
        " д.8. Расстрелян 2.09.1937. Место захоронения: Бутово.",
    ]
    (tmp_path / "src" / "shot-y.htm").write_bytes(records(recs))
    db = tmp_path / "d.db"
    ingest([tmp_path / "src"], db)
    call(resolve_people, db)
    applied = [(r["person"], r["record_name"]) for r in call(review_queue, db, status="applied")]
    assert applied == [("K. O. Brisov", "Лакин-Брисов Кирилл Олегович")]
    assert not any(
        r["person"] == "P. N. Brisov" for r in call(review_queue, db)
    )  # initials fit, but no post


def test_a_surname_printed_without_hacek_joins_across_documents(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(
        "In 1926 Ambassador to Norway P. A. Chizhikov presented his credentials in Oslo.\n"
    )
    (tmp_path / "src" / "b.txt").write_text(
        "Ambassador Cizikov, the envoy in Oslo, reported on the fisheries dispute in 1927.\n"
    )
    rows = resolved_variants(tmp_path / "src", tmp_path / "h.db", "izikov")
    assert len(rows) == 1 and "Cizikov" in rows[0] and "P. A. Chizhikov" in rows[0]


def test_namesakes_born_in_different_years_stay_apart(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(
        "The consul R. T. Pevtsov was born in 1891 in Kazan. Pevtsov served in Harbin.\n"
    )
    (tmp_path / "src" / "b.txt").write_text(
        "The trade agent R. T. Pevtsov, who was born in 1904, worked in Riga.\n"
    )
    (tmp_path / "src" / "c.txt").write_text("R. T. Pevtsov reported from Harbin in 1925.\n")
    rows = resolved_variants(tmp_path / "src", tmp_path / "n.db", "Pevtsov")
    # two men; the third mention fits both by name, so it is joined to neither
    assert len(rows) == 3
