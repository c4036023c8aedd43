"""Issue 11, sixth round: the host state of a mission rank. The reference's country of a
post is the state where it is held: a British ambassador in Moscow serves in the Soviet
Union, a Soviet envoy in Riga in Latvia. Each rule is proved on short invented sentences;
nobody named here appears in the corpus."""

from __future__ import annotations

from tests.extract.sample import run
from tests.extract.test_post_round4 import _posts

# -- a state's adjective in the verb gap, with the host named: "was the German ambassador
#    in Moscow" ------------------------------------------------------------------------


def test_a_foreign_rank_with_its_host_after_a_copula() -> None:
    assert _posts("Hans von Treskau was the German ambassador in Moscow from 1928.") == {
        ("Hans von Treskau", "ambassador", "USSR")
    }


def test_a_foreign_rank_with_its_host_after_became() -> None:
    assert ("Arthur Pembleton", "ambassador", "USSR") in _posts(
        "Sir Arthur Pembleton became British ambassador to the Soviet Union in 1931."
    )


def test_foreign_charge_consul_and_attache_with_a_host_city() -> None:
    assert ("Hans von Treskau", "chargé d'affaires", "USSR") in _posts(
        "Hans von Treskau was the German chargé d'affaires in Moscow."
    )
    assert ("Hans von Treskau", "consul", "USSR") in _posts(
        "Hans von Treskau was the German consul in Leningrad."
    )
    assert ("Arthur Pembleton", "ambassador", "USSR") in _posts(
        "Sir Arthur Pembleton served as British ambassador in Moscow."
    )


def test_a_sender_without_a_host_gives_no_post_from_the_verb_gap() -> None:
    # no host named: the adjective alone does not bind the verb's subject
    assert _posts("Hans von Treskau was the German ambassador.") == set()
    # the host is the sender's own state: the adjective still binds nobody
    assert _posts("Hans von Treskau was the German consul in Hamburg.") == set()


def test_a_foreign_rank_takes_its_host_from_the_place_in_the_gap() -> None:
    assert ("Arthur Pembleton", "ambassador", "USSR") in _posts(
        "In 1931 Sir Arthur Pembleton went to Moscow as British ambassador."
    )
    assert ("Hans von Treskau", "envoy", "USSR") in _posts(
        "Hans von Treskau was accredited to the Soviet Union as German envoy."
    )
    # the place in the gap is the sender's own: no post
    assert _posts("Hans von Treskau returned to Berlin as German consul.") == set()


def test_the_ambassador_of_a_sender_in_a_host() -> None:
    assert ("Hans von Treskau", "ambassador", "USSR") in _posts(
        "Hans von Treskau was the ambassador of Germany in Moscow."
    )
    assert ("Pavel Drozdov", "ambassador", "Germany") in _posts(
        "Pavel Drozdov was the ambassador of the Soviet Union in Germany."
    )


# -- the host from the sentence: a place of another state named after the rank ----------


def test_a_rank_with_its_sender_takes_a_host_city_named_after_it_in_the_sentence() -> None:
    assert ("Arthur Pembleton", "ambassador", "USSR") in _posts(
        "The British ambassador, Sir Arthur Pembleton, arrived in Moscow in 1931."
    )
    assert ("Pavel Drozdov", "ambassador", "Germany") in _posts(
        "The Soviet ambassador, Pavel Drozdov, arrived in Berlin in 1931."
    )
    # the sender's own city is passed over for the host
    assert ("Hans von Treskau", "ambassador", "USSR") in _posts(
        "The German ambassador, Hans von Treskau, left Berlin for Moscow."
    )


def test_a_host_city_in_the_next_sentence_is_not_read_as_the_sentence_host() -> None:
    posts = _posts("The German ambassador, Hans von Treskau, called. Warsaw was cold.")
    assert ("Hans von Treskau", "ambassador", "Poland") not in posts


def test_a_mission_named_with_its_place_after_the_rank_is_its_host() -> None:
    text = (
        "Pavel Drozdov was in Moscow then. He met Ivan Morkov, the first secretary who "
        "then headed the Soviet embassy in Rome."
    )
    assert ("Ivan Morkov", "first secretary", "Italy") in _posts(text)
    # a city named after the rank without a mission is only where he went: context wins
    text = "Pavel Drozdov was in Moscow then. Ivan Morkov, the counsellor, flew to Rome."
    assert ("Ivan Morkov", "counsellor", "Italy") not in _posts(text)


# -- the host from the holder's other statement in the document --------------------------


def test_a_bare_rank_title_takes_the_host_the_document_gave_its_holder() -> None:
    text = (
        "Ivan Morkov, the Soviet ambassador in Rome, called on me. Later, in Moscow, "
        "Ambassador Morkov spoke of trade."
    )
    assert {c[2] for c in _posts(text) if c[1] == "ambassador"} == {"Italy"}


def test_a_holder_given_two_hosts_lends_neither_to_a_bare_title() -> None:
    text = (
        "Ivan Morkov was the Soviet ambassador in Rome and later the Soviet ambassador "
        "in Vienna. Ambassador Morkov wrote memoirs."
    )
    ex = run(text + "\n")[1]
    bare = [c for c in ex.claims if c.type == "post" and ex.mentions[c.subject].text == "Morkov"]
    assert bare and all(c.attrs.get("country_from") != "holder" for c in bare)


# -- the setting the document states: a cable's dateline ---------------------------------


def test_a_datelined_cable_hosts_the_ranks_it_names() -> None:
    assert ("Arthur Pembleton", "ambassador", "USSR") in _posts(
        "MOSCOW, June 3 (UP) - The British ambassador, Sir Arthur Pembleton, called on "
        "the commissar today."
    )
    assert ("Ivan Morkov", "envoy", "Latvia") in _posts(
        "RIGA, June 3 - Ivan Morkov, the Soviet envoy, left for the coast."
    )


def test_an_upper_case_word_that_is_no_city_is_no_dateline() -> None:
    assert _posts("NOTE, this: Ivan Morkov, the Soviet envoy, left.") == {
        ("Ivan Morkov", "envoy", None)
    }


# -- a foreign mission headed: "headed the German embassy in Moscow" ---------------------


def test_a_foreign_mission_headed_is_hosted_by_its_place() -> None:
    assert _posts("Hans von Treskau headed the German embassy in Moscow.") == {
        ("Hans von Treskau", "head of mission", "USSR")
    }
    assert _posts("Hans von Treskau headed Germany's Moscow embassy from 1928.") == {
        ("Hans von Treskau", "head of mission", "USSR")
    }
    # the sender's own capital, or no place at all, hosts nothing
    assert _posts("Hans von Treskau headed the German embassy in Berlin.") == set()
    assert _posts("Hans von Treskau headed the German legation.") == set()


def test_a_states_city_embassy_is_no_body_named_after_head_of() -> None:
    assert _posts("Hans von Treskau, head of Germany's Moscow embassy, protested.") == set()


def test_with_no_context_a_later_city_in_the_paragraph_hosts_a_senders_rank() -> None:
    text = (
        "The British ambassador, Sir Arthur Pembleton, called on the commissar. He had "
        "been in Moscow since May."
    )
    assert ("Arthur Pembleton", "ambassador", "USSR") in _posts(text)
    # the next paragraph is not his (with no host at all, a foreign envoy serves in the
    # Soviet Union since posts v22)
    text = (
        "The British ambassador, Sir Arthur Pembleton, called on the commissar.\n\nParis was cold."
    )
    assert ("Arthur Pembleton", "ambassador", "France") not in _posts(text)
