"""Delegates named from the delegation's or the conference's side, a sovereign's people,
the Soviet marshal's title, the Hague. Invented people and sentences."""

from __future__ import annotations

from tests.extract.sample import asserted_posts as _posts


def test_the_members_a_delegation_included_are_its_delegates() -> None:
    posts = _posts(
        "The Soviet delegation at Genoa in 1922 consisted of Ivan Petrenko, Boris Kolkin "
        "and Anton Veselov."
    )
    assert {
        (n, "delegate", "Italy") for n in ("Ivan Petrenko", "Boris Kolkin", "Anton Veselov")
    } <= posts


def test_a_relative_clause_of_members_and_a_title_before_a_name() -> None:
    posts = _posts(
        "The Soviet delegation to Lausanne, which included M. Ivan Petrenko and Boris "
        "Kolkin, arrived in 1922."
    )
    assert ("Boris Kolkin", "delegate", "Switzerland") in posts
    assert any(n.endswith("Ivan Petrenko") and c == "Switzerland" for n, _, c in posts)


def test_a_body_that_is_no_delegation_or_a_possessor_gives_no_delegate() -> None:
    assert _posts("The committee included Ivan Petrenko and Boris Kolkin in 1922.") == set()
    assert _posts("The delegation consisted of Ivan Petrenko's friends.") == set()


def test_attending_a_conference_as_a_delegate() -> None:
    assert ("Ivan Petrenko", "delegate", "Italy") in _posts(
        "Ivan Petrenko attended the Genoa Conference as a delegate in 1922."
    )
    assert ("Ivan Petrenko", "delegate", "Italy") in _posts(
        "Ivan Petrenko took part in the Genoa Conference in 1922 as a member of the Soviet "
        "delegation."
    )
    assert _posts("Ivan Petrenko attended the Genoa Conference in 1922.") == set()


def test_representing_the_soviet_union_at_the_league() -> None:
    assert ("Ivan Petrenko", "delegate", "League of Nations") in _posts(
        "Ivan Petrenko represented the USSR at the League of Nations from 1934."
    )
    assert ("Ivan Petrenko", "delegate", "Netherlands") in _posts(
        "Ivan Petrenko represented the Soviet Union at the Hague Conference in 1922."
    )


def test_a_delegation_at_the_hague_is_in_the_netherlands() -> None:
    assert ("Ivan Petrenko", "head of delegation", "Netherlands") in _posts(
        "Ivan Petrenko led the Soviet delegation at the Hague Conference in 1922."
    )


def test_a_king_of_a_people_is_head_of_its_state() -> None:
    assert ("Gustav IV", "head of state", "Sweden") in _posts(
        "The letter was addressed to Gustav IV, King of the Swedes."
    )
    assert ("Leopold", "head of state", "Belgium") in _posts(
        "In 1935 Ivan Petrenko met Leopold, King of the Belgians."
    )
    # only a sovereign's title: a president of a people abroad is not its state's
    assert ("Karl Ulm", "president", "Germany") not in _posts(
        "Karl Ulm, President of the Germans in Bohemia, met Ivan Petrenko in 1935."
    )


def test_a_marshal_of_the_soviet_union_is_a_red_army_rank() -> None:
    for text in (
        "In 1935 Ivan Petrenko became a Marshal of the Soviet Union.",
        "Ivan Petrenko, Marshal of the Soviet Union, was shot in 1937.",
    ):
        assert ("Ivan Petrenko", "marshal", "Red Army") in _posts(text)
    assert _posts("In 1935 Ivan Petrenko received the marshals of the Soviet Union.") == set()


def test_the_object_of_a_relative_clause_is_not_the_subject_of_the_main_verb() -> None:
    posts = _posts("Ivan Petrenko, who had met Paul Dubois, became ambassador to France in 1930.")
    assert ("Ivan Petrenko", "ambassador", "France") in posts
    assert ("Paul Dubois", "ambassador", "France") not in posts
    posts = _posts(
        "Ivan Petrenko, who had long admired Boris Kolkin and Anton Veselov, became "
        "ambassador to France in 1930."
    )
    assert {n for n, _, _ in posts} == {"Ivan Petrenko"}
    # the relative clause's own subject keeps its post
    assert ("Boris Kolkin", "ambassador", "France") in _posts(
        "Ivan Petrenko met Boris Kolkin, who became ambassador to France in 1930."
    )


def test_whom_another_appointed_holds_the_post() -> None:
    posts = _posts(
        "Paul Dubois met Ivan Petrenko, whom Stalin had named ambassador to France, in 1930."
    )
    assert ("Ivan Petrenko", "ambassador", "France") in posts
    assert not any(n == "Stalin" for n, _, _ in posts)


def test_a_foreign_envoy_of_no_host_named_serves_in_the_soviet_union() -> None:
    assert ("Paul Dubois", "envoy", "USSR") in _posts(
        "In 1930 Ivan Petrenko met Paul Dubois, the French envoy."
    )
    # a host named in the sentence wins; a Soviet envoy is not sent to the Soviet Union
    assert ("Paul Dubois", "ambassador", "United Kingdom") in _posts(
        "In 1930 Paul Dubois, the French ambassador in London, met Ivan Petrenko."
    )
    assert ("Ivan Petrenko", "envoy", "USSR") not in _posts(
        "In 1930 Ivan Petrenko, the Soviet envoy, met Paul Dubois."
    )


def test_the_staff_of_a_delegation_abroad_serve_in_its_state() -> None:
    assert ("Ivan Petrenko", "secretary", "Italy") in _posts(
        "Ivan Petrenko, secretary of the Soviet delegation at Genoa, kept the minutes in 1922."
    )
    assert ("Ivan Petrenko", "secretary", "United Kingdom") in _posts(
        "In 1922 Ivan Petrenko was secretary of the Soviet trade delegation in London."
    )
    # a body that is no delegation keeps its name
    assert ("Ivan Petrenko", "secretary", "Moscow Party Committee") in _posts(
        "Ivan Petrenko, secretary of the Moscow Party Committee, spoke in 1922."
    )
