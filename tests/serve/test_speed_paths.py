"""The pages made fast for a large register give what the plain queries give: a
mission's posts read a few columns each (against every post read in full), name hits
paged in SQL (against every hit), a source's stacked claims merged (every claim kept)."""

from __future__ import annotations

import re
import shutil
from importlib.resources import files
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from narkomindel.gazetteer.vocabulary import HEAD_OF_MISSION
from narkomindel.query.missions import CHARGE, STAFF_SHOWN, mission, missions, post_years
from narkomindel.query.persons import date_key
from narkomindel.query.posts import posts
from narkomindel.serve.render import MARKS_LISTED, source_html
from narkomindel.store import people
from narkomindel.store.database import Store
from narkomindel.store.derived import EVERY_POST, MISSION_POSTS, refresh_derived
from tests.analyse.register import build, post
from tests.serve.conftest import client_for


def test_a_mission_gives_what_every_post_read_in_full_gives(demo_master: Path) -> None:
    with Store(demo_master) as store:
        for summary in missions(store):
            m = mission(store, summary.country)
            every = list(posts(store, country=summary.country))
            assert m.total_posts == len(every)
            order = [(date_key(p.factoid), p.person) for p in every]
            assert [(date_key(p.factoid), p.person) for p in m.posts] == order[: len(m.posts)]
            assert {p.factoid.id for p in m.posts} <= {p.factoid.id for p in every}
            assert [p.factoid.to_dict() for p in sorted(m.undated, key=lambda p: p.factoid.id)] == [
                p.factoid.to_dict()
                for p in sorted(every, key=lambda p: p.factoid.id)
                if post_years(p) is None
            ][: len(m.undated)]
            for y in m.years:
                here = [p for p in every if (s := post_years(p)) and s[0] <= y.year <= s[1]]
                for cell, roles in ((y.heads, HEAD_OF_MISSION), (y.charges, CHARGE)):
                    want = {(p.person_id, p.role) for p in here if p.role in roles}
                    assert {(w["id"], w["role"]) for w in cell} == want
                staff = {(p.person_id, p.role) for p in here
                         if p.role not in HEAD_OF_MISSION | CHARGE}  # fmt: skip
                assert len(y.staff) + y.staff_more == len(staff)
                assert {(w["id"], w["role"]) for w in y.staff} <= staff


@pytest.fixture(scope="module")
def staffed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Invented persons at one mission: three heads, two chargés and more staff a year
    than a cell names (one of them undated)."""
    persons = [(f"Vlinn Ostrakov{i}", [post("polpred", str(1920 + 4 * i), str(1924 + 4 * i))])
               for i in range(3)]  # fmt: skip
    persons += [(f"Arno Zeltyn{i}", [post("chargé d'affaires", str(1923 + i), None)])
                for i in range(2)]  # fmt: skip
    persons += [(f"Mira Quellova{i}", [post("counsellor" if i % 2 else "secretary",
                 str(1920 + i % 5), str(1926 + i % 3))]) for i in range(STAFF_SHOWN + 9)]  # fmt: skip
    persons.append(("Teodor Undatov", [post("attaché", None, None)]))
    return build(tmp_path_factory.mktemp("staffed") / "staffed.db", persons)


@pytest.mark.parametrize("register", ["demo", "staffed"])
def test_a_mission_and_one_of_its_years_give_what_the_plain_posts_give(
    demo_master: Path, staffed: Path, register: str
) -> None:
    with Store(demo_master if register == "demo" else staffed) as store:
        checked = 0
        for summary in missions(store):
            every = list(posts(store, country=summary.country))
            for y in mission(store, summary.country).years:
                alone = mission(store, summary.country, year=y.year)
                assert [x.year for x in alone.years] == [y.year]
                one = alone.years[0]
                here = [p for p in every if (s := post_years(p)) and s[0] <= y.year <= s[1]]
                for cell, roles in ((one.heads, HEAD_OF_MISSION), (one.charges, CHARGE)):
                    assert {(w["id"], w["role"]) for w in cell} == {
                        (p.person_id, p.role) for p in here if p.role in roles
                    }
                staff = {(p.person_id, p.role) for p in here
                         if p.role not in HEAD_OF_MISSION | CHARGE}  # fmt: skip
                assert {(w["id"], w["role"]) for w in one.staff} == staff
                assert one.staff_more == one.heads_more == one.charges_more == 0
                assert list(one.staff[: len(y.staff)]) == list(y.staff)  # the cell: its first
                checked += 1
        assert checked or register == "demo"


def test_a_full_cell_links_to_its_year(staffed: Path) -> None:
    with Store(staffed) as store:
        m = mission(store, "Ruritania")
    full = [y for y in m.years if y.staff_more]
    assert full and all(len(y.staff) == STAFF_SHOWN for y in full)
    with client_for(staffed, read_only=True) as c:
        html = c.get("/missions/Ruritania").text
        assert f'href="?year={full[0].year}">and {full[0].staff_more} more' in html
        alone = c.get(f"/missions/Ruritania?year={full[0].year}").text
        assert f"Ruritania, {full[0].year}" in alone and "more</a>" not in alone
        api = c.get(f"/api/missions/Ruritania?year={full[0].year}").json()
        assert api["year"] == full[0].year and len(api["years"]) == 1


@pytest.mark.parametrize("dense", [False, True], ids=["few-hits", "many-hits"])
def test_names_paged_in_sql_find_what_the_ids_found(
    demo_master: Path, reader: TestClient, dense: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if dense:  # every search taken as one of many namesakes: read in order, checked one by one
        monkeypatch.setattr(people, "_DENSE", 1)
    with Store(demo_master) as store:
        names = [p["name"] for p in people.find_persons(store, limit=40)]
        for name in {n.split()[-1] for n in names} | {names[0][:4], names[1][:2], "Nobodyhere"}:
            ids = people.ids_by_name(store, name)
            want = [p["id"] for p in people.find_persons(store, ids=ids)] if ids else []
            assert [p["id"] for p in people.find_persons(store, name=name)] == want
            assert [p["id"] for p in people.find_persons(store, name=name, limit=2)] == want[:2]
            hits = reader.get(f"/ipif/persons?name={quote(name)}&size=2").json()
            assert hits["protocol"]["totalHits"] == len(want)
            assert {p["@id"] for p in hits["persons"]} <= set(want)
            by_name = reader.get(f"/ipif/persons?name={quote(name)}&size=3&sortBy=name").json()
            found = people.find_persons(store, ids=ids) if ids else []
            in_order = sorted(found, key=lambda p: (p["name"], p["id"]))
            assert [p["@id"] for p in by_name["persons"]] == [p["id"] for p in in_order][:3]


def _scan(store: Store, text: str) -> list[int]:
    """The plain substring match: every name read."""
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT entity_id FROM entity_names WHERE name LIKE ? ESCAPE '\\' ORDER BY 1",
        (like,))]  # fmt: skip


def test_the_trigram_index_finds_what_a_scan_of_every_name_finds(demo_master: Path) -> None:
    with Store(demo_master) as store:
        names = [p["name"] for p in people.find_persons(store, limit=60)]
        probes = {n[i : i + k] for n in names for i in (0, 2) for k in (2, 3, 5)}
        probes |= {n.upper()[1:6] for n in names} | {n.lower()[:4] for n in names}
        probes |= {'a"b', "x%y", "o_v", "Zzzq"}
        for text in sorted(probes):
            assert people.ids_with_name(store, text) == _scan(store, text), text


def test_the_trigram_index_follows_the_names_when_a_few_persons_are_rebuilt(
    demo_master: Path, tmp_path: Path
) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(demo_master, db)
    with Store(db) as store:
        ids = [int(r[0]) for r in store.conn.execute("SELECT id FROM entities LIMIT 5")]
        indexed = lambda: sorted(  # noqa: E731
            tuple(r) for r in store.conn.execute("SELECT rowid, name FROM entity_names_trigram")
        )
        names = lambda: sorted(  # noqa: E731
            tuple(r) for r in store.conn.execute("SELECT rowid, name FROM entity_names")
        )
        assert indexed() == names() and names()
        refresh_derived(store, ids)
        assert indexed() == names()
        refresh_derived(store)
        assert indexed() == names()


def test_stacked_claims_are_listed_up_to_a_limit_and_each_keeps_its_anchor() -> None:
    n = MARKS_LISTED + 7
    marks = {f"f-x-{i}": {"kind": "claim", "type": "post", "start": 0, "end": 5} for i in range(n)}
    piece = {"start": 0, "end": 5, "text": "Vlinn", "marks": tuple(marks)}
    block = {"seq": 0, "kind": "paragraph", "label": None, "page": None, "start": 0, "end": 5,
             "pieces": [piece]}  # fmt: skip
    html = str(source_html(SimpleNamespace(marks=marks, blocks=[block]), None))
    assert f'data-more="{n - MARKS_LISTED}"' in html
    assert all(f'id="{k}"' in html for k in marks)
    listed = re.search(r'data-marks="([^"]*)"', html)
    assert listed is not None and len(listed.group(1).split()) == MARKS_LISTED


def test_the_stored_mission_posts_are_the_posts_read_from_the_factoids(
    demo_master: Path, staffed: Path, tmp_path: Path
) -> None:
    sql = (files("narkomindel.store") / "migrations" / "0011_mission_posts.sql").read_text()
    assert (
        MISSION_POSTS.format(joins=EVERY_POST, only="") in sql
    )  # the migration fills it as refresh does
    db = tmp_path / "copy.db"
    shutil.copy(staffed, db)
    for path in (demo_master, db):
        with Store(path) as store:
            countries = [m.country for m in missions(store)]
            assert countries

            def same(store: Store = store, countries: list[str] = countries) -> bool:
                return all(
                    [tuple(r) for r in people.post_spans(store, country=c)]
                    == [tuple(r) for r in people.plain_post_spans(store, country=c)]
                    for c in countries
                )

            assert same()
            if path == db:  # a curator rejects a post and renames a person: a few rebuilt
                row = store.conn.execute(
                    "SELECT f.id, pf.entity_id FROM factoids f JOIN person_factoids pf"
                    " ON pf.factoid_id = f.id WHERE f.type = 'post' LIMIT 1"
                ).fetchone()
                store.conn.execute(
                    "UPDATE factoids SET status = 'rejected' WHERE id = ?", (row[0],)
                )
                other = people.post_spans(store, country=countries[0])[-1][0]
                store.conn.execute(
                    "UPDATE entities SET attrs_json = json_set(attrs_json, '$.display_name',"
                    " 'Aaron Renamed') WHERE id = ?",
                    (other,),
                )
                before = people.post_spans(store, country=countries[0])
                refresh_derived(store, [row[1], other])
                after = people.post_spans(store, country=countries[0])
                assert after != before and len(after) == len(before) - 1
                assert same()
