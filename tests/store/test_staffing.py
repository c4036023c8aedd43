"""The missions' stored staffing matrix is the matrix spread from every post: when it is
made, after a curator's change to a few persons, after a post deleted under it, and on
a register older than the table."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from narkomindel.pipeline.upkeep import bring_up_to_date
from narkomindel.query.missions import mission, missions
from narkomindel.store import people, staffing
from narkomindel.store.database import Store
from narkomindel.store.derived import refresh_derived
from tests.analyse.register import build, post


@pytest.fixture
def register(tmp_path: Path) -> Path:
    """Invented persons at one mission: heads in turn, chargés, more staff a year than a
    cell names, one undated post, and a person with posts in a second country."""
    persons = [(f"Orrin Vaskel{i}", [post("polpred", str(1921 + 3 * i), str(1924 + 3 * i))])
               for i in range(4)]  # fmt: skip
    persons += [(f"Idra Moltsev{i}", [post("chargé d'affaires", str(1922 + i), None)])
                for i in range(2)]  # fmt: skip
    persons += [(f"Pell Utrayev{i}", [post("secretary" if i % 3 else "attaché",
                 str(1923 + i % 4), str(1927 + i % 2))]) for i in range(staffing.STAFF_SHOWN + 5)]  # fmt: skip
    persons.append(("Sabin Nodatov", [post("counsellor", None, None)]))
    persons.append(("Yaro Twolandov", [post("counsellor", "1930", "1932"),
                                       {**post("envoy", "1933", "1935"), "country": "Lusitania"}]))  # fmt: skip
    return build(tmp_path / "staffing.db", persons)


def plain(store: Store, country: str) -> tuple[int, int, list[staffing.Cell]]:
    """The matrix as the page made it before it was stored: spread from every post."""
    found = people.plain_post_spans(store, country=country)
    cells = staffing.spread(found, staffing.FIRST_YEAR, staffing.LAST_YEAR, staffing.STAFF_SHOWN)
    undated = sum(1 for p in found if p[5] is None or p[6] is None)
    return len(found), undated, cells


def as_lists(kept: tuple[int, int, list[staffing.Cell]] | None) -> object:
    assert kept is not None
    total, undated, cells = kept
    return total, undated, [(y, [tuple(p) for p in h], [tuple(p) for p in c],
                             [tuple(p) for p in s], tuple(m)) for y, h, c, s, m in cells]  # fmt: skip


def test_the_stored_matrix_is_the_matrix_of_every_post(register: Path) -> None:
    with Store(register) as store:
        countries = [m.country for m in missions(store)]
        assert sorted(countries) == ["Lusitania", "Ruritania"]
        for country in countries:
            assert as_lists(staffing.stored_years(store, country)) == as_lists(
                plain(store, country)
            )
        kept = staffing.stored_years(store, "Ruritania")
        assert kept is not None and kept[1] == 1  # the undated post
        full = [c for c in kept[2] if c[4][2]]
        assert full and all(len(c[3]) == staffing.STAFF_SHOWN for c in full)


def test_a_curators_change_makes_the_matrix_of_its_countries_again(register: Path) -> None:
    with Store(register) as store:
        row = store.conn.execute(
            "SELECT factoid_id, entity_id FROM mission_posts WHERE role = 'polpred'"
            " ORDER BY sort_from LIMIT 1"
        ).fetchone()
        before = as_lists(staffing.stored_years(store, "Ruritania"))
        store.conn.execute("UPDATE factoids SET status = 'rejected' WHERE id = ?", (row[0],))
        refresh_derived(store, [row[1]])
        after = as_lists(staffing.stored_years(store, "Ruritania"))
        assert after != before and after == as_lists(plain(store, "Ruritania"))
        assert store.conn.execute("SELECT COUNT(*) FROM mission_changed").fetchone()[0] == 0


def test_a_post_deleted_under_the_matrix_is_read_from_the_posts(register: Path) -> None:
    with Store(register) as store:
        fid = store.conn.execute(
            "SELECT factoid_id FROM mission_posts WHERE role = 'envoy'"
        ).fetchone()[0]
        store.conn.execute("DELETE FROM factoids WHERE id = ?", (fid,))  # cascades
        assert staffing.stored_years(store, "Lusitania") is None  # marked, not trusted
        assert staffing.stored_years(store, "Ruritania") is not None
        assert mission(store, "Ruritania").total_posts == plain(store, "Ruritania")[0]
        assert staffing.needs_mission_years(store)
        assert "missions' staffing by year stored" in bring_up_to_date(store)
        assert staffing.stored_years(store, "Lusitania") is None  # no posts left: no matrix
        assert not staffing.needs_mission_years(store)


def test_an_older_register_gets_its_matrix_when_opened(register: Path, tmp_path: Path) -> None:
    older = tmp_path / "older.db"
    shutil.copy(register, older)
    with Store(older) as store:
        store.conn.execute("DELETE FROM mission_years")
        store.conn.execute("DELETE FROM mission_staffing")
        assert staffing.stored_years(store, "Ruritania") is None
        page = mission(store, "Ruritania")  # read from the posts meanwhile
        assert "missions' staffing by year stored" in bring_up_to_date(store)
        assert staffing.stored_years(store, "Ruritania") is not None
        assert mission(store, "Ruritania") == page


def test_a_mission_page_beyond_the_first_lists_the_posts_in_order(register: Path) -> None:
    with Store(register) as store:
        every = people.plain_post_spans(store, country="Ruritania")
        assert [tuple(p) for p in staffing.mission_posts_page(store, "Ruritania", 3, 4)] == [
            tuple(p) for p in every[3:7]
        ]
        assert [tuple(p) for p in staffing.mission_undated(store, "Ruritania", 5)] == [
            tuple(p) for p in every if p[5] is None
        ]
