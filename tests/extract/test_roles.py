"""Role phrases: the office, the country of the mission, the department."""

from __future__ import annotations

import pytest

from narkomindel.extract.roles import department_in, find_roles, find_roles_ru
from narkomindel.gazetteer.portfolios import portfolio
from narkomindel.gazetteer.vocabulary import HEAD_OF_MISSION, role_class


@pytest.mark.parametrize(
    ("text", "role", "country"),
    [
        ("the Soviet Ambassador to Portugal", "ambassador", "Portugal"),
        ("Deputy Foreign Commissar", "deputy commissar", None),
        ("chargé d'affaires in Portugal", "chargé d'affaires", "Portugal"),
        ("the polpred in Norway", "polpred", "Norway"),
    ],
)
def test_roles_with_their_mission(text: str, role: str, country: str | None) -> None:
    found = find_roles(text)
    assert found and (found[0].role, found[0].country) == (role, country)


def test_departments_and_russian_roles() -> None:
    dep = department_in("the Press Department of the commissariat")
    assert dep is not None and dep[0] == "Press Department"
    ru = find_roles_ru("полномочный представитель СССР в Норвегии")
    assert ru and ru[0].role == "polpred" and ru[0].country == "Norway"


def test_every_head_of_mission_is_one_class() -> None:
    assert {role_class(r) for r in HEAD_OF_MISSION} == {"head of mission"}
    assert role_class("consul") == "consul" and role_class(None) is None


@pytest.mark.parametrize(
    ("position", "role", "department", "organisation"),
    [
        ("нарком связи СССР", "people's commissar", "Communications", None),
        ("зам. наркома внешней торговли СССР", "deputy commissar", "Foreign Trade", None),
        ("народный комиссар юстиции РСФСР", "people's commissar", "Justice", None),
        ("первый зам. наркома иностранных дел СССР", "deputy commissar", None, "NKID"),
    ],
)
def test_a_registers_commissar_with_his_portfolio(
    position: str, role: str, department: str | None, organisation: str | None
) -> None:
    found = find_roles_ru(position)
    assert [(r.role, r.department, r.organisation) for r in found] == [
        (role, department, organisation)
    ]


def test_a_consultant_is_no_consul_and_a_bar_no_commissariat() -> None:
    assert find_roles_ru("старший консультант треста") == []
    assert find_roles_ru("член коллегии защитников") == []
    # on a commissar's staff, not one
    assert [r.role for r in find_roles_ru("секретарь зам. наркома связи СССР")] == ["secretary"]
    assert find_roles_ru("старший консультант зам. наркома связи СССР") == []
    assert find_roles_ru("консул СССР в Норвегии")[0].role == "consul"


def test_a_portfolio_in_either_language() -> None:
    assert portfolio("Posts and Telegraphs") == portfolio("связи СССР") == "Communications"
    assert portfolio("Foreign Trade") == portfolio("внешней торговли") == "Foreign Trade"
    assert portfolio("Council of Commissars") is None
