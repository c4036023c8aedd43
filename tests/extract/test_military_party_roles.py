"""Offices outside the diplomatic service: military commands and ranks used as posts, the
organs of a party, the services one heads that are named in lower case. Each rule is
proved on short invented sentences; nobody named here appears in the corpus."""

from __future__ import annotations

import pytest

from narkomindel.extract.roles import find_roles
from tests.extract.sample import asserted_posts, run

_posts = asserted_posts


def _military(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.role, r.department, r.country) for r in find_roles(text) if r.role in (
        "commander", "deputy commander", "general", "marshal", "officer", "colonel", "admiral")]  # fmt: skip


# -- commands and ranks --------------------------------------------------------------


def test_a_command_of_a_military_district_is_its_body() -> None:
    assert ("Anton Quillov", "commander", "Kiev Military District") in _posts(
        "Anton Quillov was appointed Commander of the Kiev Military District in 1935."
    )
    # a front or a numbered army after the rank is its body too; a party's front is not
    assert _military("the commander of the Northern Front") == [
        ("commander", "Northern Front", None)]  # fmt: skip
    assert _military("the commander of the 14th Army") == [("commander", "14th Army", None)]
    assert _military("the commander of the Popular Front") == []


@pytest.mark.parametrize(
    "unit",
    ["312th Varnaki Regiment", "3rd Brigade of the 41st Rifle Division", "9th army",
     "Trans-Osmian Group of Forces", "Lower Ruvel Flotilla", "Far Northern Army"],
)  # fmt: skip
def test_a_numbered_or_named_formation_is_the_commands_body(unit: str) -> None:
    assert ("Ilya Marbek", "commander", unit) in _posts(
        f"In 1920 Ilya Marbek was appointed commander of the {unit}."
    )


def test_a_formation_headed_by_its_chief() -> None:
    assert ("Ilya Marbek", "head of department", "48th Rifle Division") in _posts(
        "In 1921 Ilya Marbek served as chief of the 48th Rifle Division."
    )


def test_a_deputy_commander_of_a_formation() -> None:
    assert ("Ilya Marbek", "deputy commander", "6th Cavalry Corps") in _posts(
        "In 1922 Ilya Marbek was deputy commander of the 6th Cavalry Corps."
    )
    # without the formation the deputy is no post
    assert _military("the deputy commander arrived") == []


def test_posts_listed_with_their_months_share_the_holder() -> None:
    posts = _posts(
        "Ilya Marbek was appointed commander of the 17th Regiment in March 1919, commander "
        "of the 4th Brigade in June 1919, and chief of the 9th Rifle Division in May 1920."
    )
    assert {("Ilya Marbek", "commander", "17th Regiment"),
            ("Ilya Marbek", "commander", "4th Brigade"),
            ("Ilya Marbek", "head of department", "9th Rifle Division")} <= posts  # fmt: skip
    # a role after another clause is not the listed holder's
    assert ("Ilya Marbek", "commander", "4th Brigade") not in _posts(
        "Ilya Marbek was appointed commander of the 17th Regiment in March 1919, when "
        "Oleg Tsvirin was commander of the 4th Brigade."
    )


def test_a_head_joined_to_another_office_shares_its_body() -> None:
    posts = _posts("In 1924 Ilya Marbek served as chief and commissar of the 31st Rifle Division.")
    assert {("Ilya Marbek", "head of department", "31st Rifle Division"),
            ("Ilya Marbek", "people's commissar", "31st Rifle Division")} <= posts  # fmt: skip
    # a place or a state after the second office is no body the head heads
    assert not _posts("Ilya Marbek was chief and director of Tver.")


def test_what_is_no_formation_gives_no_command() -> None:
    # a charity's "army", a state's whole army, an order's "commander": no formation named
    assert _military("the commander of the Salvation Army") == []
    assert _military("the commander of the German Army") == []
    assert _military("a Knight Commander of the Order of the Bath") == []
    # a lower-case formation needs its number
    assert _military("the commander of the local regiment") == []


@pytest.mark.parametrize("rank", ["Corps Commander", "Komdiv", "Brigade Commander"])
def test_a_red_army_rank_names_its_army(rank: str) -> None:
    assert ("Ilya Marbek", "commander", "Red Army") in _posts(
        f"{rank} Ilya Marbek was arrested in 1937."
    )


def test_a_soviet_rank_is_the_red_armys() -> None:
    assert _military("a Soviet general") == [("general", "Red Army", None)]
    assert _military("the Soviet commander in Spain") == [("commander", "Red Army", None)]
    # "general" before a noun it qualifies is no rank
    assert _military("the Soviet general staff") == []
    # another state's adjective still gives the state
    assert _military("a Japanese general") == [("general", None, "Japan")]


def test_a_rank_of_the_red_army_named_after_it() -> None:
    assert ("Ilya Marbek", "colonel", "Red Army") in _posts(
        "By 1938 Ilya Marbek was a colonel in the Red Army."
    )
    assert _military("a general of the Soviet Army") == [("general", "Soviet Army", None)]
    # another force after the rank is not read, nor a staff of the army
    assert _military("an officer in the British Army") == []
    assert _military("the General Staff of the Red Army") == []


def test_a_compound_rank_is_one_rank() -> None:
    assert _military("Colonel General Voskarov") == [("general", "Red Army", None)]
    assert _military("Rear Admiral Voskarov") == [("admiral", "Red Army", None)]


def test_a_rank_as_a_title_before_an_east_european_surname() -> None:
    assert ("Voskarov", "marshal", "Red Army") in _posts(
        "He had a promise of safety from Marshal Voskarov."
    )
    # a Polish spelling, or a name of no east-European shape, says nothing of the army
    assert _military("Marshal Wolanski met them.") == []
    assert _military("General Hartley met them.") == []
    # a lower-case "general" is an adjective, not a title
    assert _military("the general Voskarov plan") == []


def test_the_rank_of_with_the_force_it_is_held_in() -> None:
    assert ("Ilya Marbek", "colonel", "Red Army") in _posts(
        "In 1936 Ilya Marbek was promoted to the rank of colonel in the Red Army."
    )
    assert _military("he was promoted to the rank of colonel.") == []


# -- party organs and services named in lower case -------------------------------------


def test_membership_of_a_party_organ_is_a_post() -> None:
    assert ("Ivan Tolmach", "member", "Central Committee of the RSDLP") in _posts(
        "In 1917 Ivan Tolmach became a member of the Central Committee of the RSDLP."
    )
    # membership of the party itself stays a membership
    assert not _posts("Ivan Tolmach was a member of the Communist Party.")


def test_a_local_party_committee_is_named_whole() -> None:
    assert ("Ivan Tolmach", "secretary", "Leningrad party committee") in _posts(
        "Ivan Tolmach was elected secretary of the Leningrad party committee in 1926."
    )
    # a party organ in lower case is an organ too
    assert ("Ivan Tolmach", "member", "Bolshevik party committee") in _posts(
        "Ivan Tolmach was then a member of the Bolshevik party committee of the Narva quarter."
    )
    assert ("Ivan Tolmach", "member", "Kharkov city party committee") in _posts(
        "Ivan Tolmach was a member of the Kharkov city party committee."
    )
    assert not _posts("Ivan Tolmach was a member of the Bolshevik party.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ivan Tolmach was head of Soviet military intelligence.", "Soviet military intelligence"),
        ("Ivan Tolmach, chief of Red Army intelligence, was shot.", "Red Army intelligence"),
        ("Ivan Tolmach was chief of the secret police.", "secret police"),
    ],
)
def test_the_head_of_a_service_named_in_lower_case(text: str, body: str) -> None:
    assert ("Ivan Tolmach", "head of department", body) in _posts(text)


# -- an office one was removed from ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role", "body"),
    [
        ("Ivan Tolmach was removed as People's Commissar for Heavy Industry in 1937.",
         "people's commissar", "Heavy Industry"),
        ("Ivan Tolmach, dismissed as chairman of the Supreme Economic Council, was arrested.",
         "chairman", "Supreme Economic Council"),
        ("Ivan Tolmach, removed a week before as Red Army commander, was later shot.",
         "commander", "Red Army"),
    ],
)  # fmt: skip
def test_the_office_one_was_removed_from_was_held(text: str, role: str, body: str) -> None:
    assert ("Ivan Tolmach", role, body) in _posts(text)


def test_who_removed_him_holds_nothing() -> None:
    posts = _posts(
        "Boris Venkov said that Ivan Tolmach was dismissed as chairman of the Mining Trust."
    )
    assert ("Ivan Tolmach", "chairman", "Mining Trust") in posts
    assert not any(p[0] == "Boris Venkov" for p in posts)


# -- organs named before "member", deputies of a head ---------------------------------


def test_an_organ_named_before_member() -> None:
    assert ("Ivan Tolmach", "member", "Politburo") in _posts("Ivan Tolmach was a Politburo member.")
    assert ("Ivan Tolmach", "member", "Central Committee") in _posts(
        "Ivan Tolmach, a Central Committee candidate member, spoke."
    )


def test_a_deputy_head_is_no_head() -> None:
    posts = _posts("Ivan Tolmach was deputy chief of the General Staff.")
    assert posts == {("Ivan Tolmach", "deputy head of department", "General Staff")}
    posts = _posts("Ivan Tolmach, deputy head of the Press Department, spoke.")
    assert posts == {("Ivan Tolmach", "deputy head of department", "Press Department")}
    # a deputy of nobody named is too vague
    assert not _posts("Ivan Tolmach was his deputy chief.")


def test_editor_in_chief_is_one_role() -> None:
    found = find_roles("editor-in-chief of Iskrovets")
    # one role, named as written (its class is that of "chief", as the reference's label)
    assert [(r.role, r.department) for r in found] == [("editor-in-chief", "Iskrovets")]


def test_a_commandant_needs_what_he_commands() -> None:
    assert ("Ivan Tolmach", "commandant", "Frunze Military Academy") in _posts(
        "Ivan Tolmach was commandant of the Frunze Military Academy."
    )
    assert not _posts("Ivan Tolmach, the commandant, left.")


# -- which commissariat ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("In 1918 Pavel Sorvin was People's Commissar of Justice.", None),
        ("In 1923 Pavel Sorvin became Deputy Commissar for Foreign Trade.", None),
        ("In 1930 Pavel Sorvin became People's Commissar for Foreign Affairs.", "NKID"),
        ("In 1933 Pavel Sorvin was Deputy Commissar for Foreign Affairs.", "NKID"),
        ("Pavel Sorvin, head of the Press Department, spoke.", "NKID"),
    ],
)
def test_a_commissar_of_another_portfolio_is_not_of_the_nkid(
    text: str, organisation: str | None
) -> None:
    ex = run(text + "\n")[1]
    assert [c.organisation for c in ex.claims if c.type == "post"] == [organisation]


def test_a_states_whole_army_is_no_formation_by_its_adjective() -> None:
    assert asserted_posts("Aarne Kettunen was commander of the Finnish Army.") == set()
    assert asserted_posts("Aarne Kettunen was commander of the Baltic Fleet.") == {
        ("Aarne Kettunen", "commander", "Baltic Fleet")
    }
