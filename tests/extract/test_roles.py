"""Role phrases: the office, the country of the mission, the department."""

from __future__ import annotations

import pytest

from narkomindel.extract.roles import department_in, find_roles, find_roles_ru
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
