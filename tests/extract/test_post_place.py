"""Where a post is: the portfolio of a commissar named in lower case, the formation a
commander commands, the country of a military adviser. Invented people and sentences."""

from __future__ import annotations

from tests.extract.sample import asserted_posts as _posts


def test_a_welfare_commissariat_is_a_portfolio() -> None:
    assert ("Anna Semirenko", "people's commissar", "Social Welfare") in _posts(
        "In 1919 Anna Semirenko became people's commissar for social security."
    )


def test_river_transport_is_a_portfolio() -> None:
    assert ("Boris Lavrunets", "people's commissar", "Water Transport") in _posts(
        "Boris Lavrunets became people's commissar for river transport in 1931."
    )


def test_a_front_and_a_numbered_army_are_commands() -> None:
    assert ("Fyodor Marsekin", "commander", "Northern Front") in _posts(
        "Fyodor Marsekin was appointed Commander of the Northern Front in 1942."
    )
    assert ("Fyodor Marsekin", "commander", "14th Army") in _posts(
        "Fyodor Marsekin, commander of the 14th Army, was wounded."
    )


def test_a_military_adviser_keeps_the_country() -> None:
    assert ("Pavel Ostrugin", "adviser", "Mongolia") in _posts(
        "Pavel Ostrugin was a Soviet military adviser in Mongolia."
    )
