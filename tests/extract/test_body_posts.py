"""Posts stated by frequent English constructions (helper recog3): a mission's rank with
the mission as possessor after a verb, a body headed by its holder, a paper he edited,
"under the direction of X", deputy and assistant ranks of a trade mission or attaché.
Short invented sentences; nobody named here appears in the corpus."""

from __future__ import annotations

from tests.extract.sample import asserted_posts


def test_a_missions_rank_after_a_verb_is_the_subjects() -> None:
    assert asserted_posts(
        "Ivan Veretennikov became the legation's counsellor in Oslo in 1931."
    ) == {("Ivan Veretennikov", "counsellor", "Norway")}
    assert asserted_posts("Ivan Veretennikov served as the mission's secretary in Oslo.") == {
        ("Ivan Veretennikov", "secretary", "Norway")
    }
    # a rank of the mission a verb of another kind governs is no post of the subject
    assert asserted_posts("Ivan Veretennikov visited the embassy's counsellor in Oslo.") == set()
    assert asserted_posts("Ivan Veretennikov married the legation's counsellor in Oslo.") == set()


def test_given_the_post_of() -> None:
    assert asserted_posts("Ivan Veretennikov was given the post of ambassador to Norway.") == {
        ("Ivan Veretennikov", "ambassador", "Norway")
    }
    assert asserted_posts("Ivan Veretennikov was given the book of poems.") == set()


def test_a_department_headed_by_its_holder() -> None:
    assert asserted_posts(
        "The Press Department, headed by Ivan Veretennikov, issued a denial."
    ) == {("Ivan Veretennikov", "head of department", "Press Department")}
    assert asserted_posts("The Legal Department was headed by Ivan Veretennikov.") == {
        ("Ivan Veretennikov", "head of department", "Legal Department")
    }
    # the head is the one after "headed by", not the subject who met the department
    assert asserted_posts("Ivan Veretennikov met the Press Department, headed by Foma Kuzin.") == {
        ("Foma Kuzin", "head of department", "Press Department")
    }


def test_under_the_direction_of_names_the_bodys_heads() -> None:
    assert asserted_posts(
        "Under the direction of Ivan Veretennikov and Foma Kuzin, Amtorg expanded."
    ) == {
        ("Ivan Veretennikov", "head of department", "Amtorg"),
        ("Foma Kuzin", "head of department", "Amtorg"),
    }
    assert asserted_posts(
        "Under the leadership of Ivan Veretennikov, the Press Department grew."
    ) == {("Ivan Veretennikov", "head of department", "Press Department")}
    # a state or a people led is no body with a head's post
    assert asserted_posts("Under the leadership of Ivan Veretennikov, Russia recovered.") == set()
    assert asserted_posts("Under the leadership of Ivan Veretennikov, the Bolsheviks won.") == set()


def test_a_paper_edited_by_its_subject() -> None:
    assert asserted_posts("Ivan Veretennikov edited Pravda.") == {
        ("Ivan Veretennikov", "editor", "Pravda")
    }
    assert asserted_posts("Ivan Veretennikov edited the Collected Works of Lenin.") == set()
    assert asserted_posts("Ivan Veretennikov edited a volume of documents.") == set()
    assert asserted_posts("The book was edited by Ivan Veretennikov.") == set()


def test_deputy_and_assistant_ranks_of_a_trade_mission_and_an_attache() -> None:
    assert asserted_posts("Ivan Veretennikov was deputy trade representative in Germany.") == {
        ("Ivan Veretennikov", "trade representative", "Germany")
    }
    assert asserted_posts("Ivan Veretennikov was assistant military attaché in Rome.") == {
        ("Ivan Veretennikov", "attaché", "Italy")
    }
    assert asserted_posts(
        "Ivan Veretennikov, head of the Soviet trade mission in London, protested."
    ) == {("Ivan Veretennikov", "trade representative", "United Kingdom")}
    assert asserted_posts("Ivan Veretennikov was the head of the Soviet legation in Oslo.") == {
        ("Ivan Veretennikov", "head of mission", "Norway")
    }
    assert asserted_posts(
        "Ivan Veretennikov served on the staff of the Soviet embassy in Oslo."
    ) == {("Ivan Veretennikov", "staff", "Norway")}


def test_to_head_a_department_after_a_move() -> None:
    assert asserted_posts("Ivan Veretennikov returned to Moscow to head the Press Department.") == {
        ("Ivan Veretennikov", "head of department", "Press Department")
    }


def test_a_passive_succession_gives_both_holders() -> None:
    both = {
        ("Ivan Veretennikov", "ambassador", "Norway"),
        ("Foma Kuzin", "ambassador", "Norway"),
    }
    assert (
        asserted_posts(
            "In 1934 Ivan Veretennikov was succeeded by Foma Kuzin as ambassador to Norway."
        )
        == both
    )
    assert (
        asserted_posts("As ambassador to Norway, Ivan Veretennikov was succeeded by Foma Kuzin.")
        == both
    )
    assert (
        asserted_posts("Ivan Veretennikov, the ambassador to Norway, was replaced by Foma Kuzin.")
        == both
    )
    assert (
        asserted_posts("Foma Kuzin took over from Ivan Veretennikov as ambassador to Norway.")
        == both
    )
    # one who is received by a holder takes no post
    assert asserted_posts(
        "As ambassador to Norway, Ivan Veretennikov was received by Foma Kuzin."
    ) == {("Ivan Veretennikov", "ambassador", "Norway")}


def test_whom_x_made_r_is_no_post_of_x() -> None:
    posts = asserted_posts(
        "Foma Kuzin, whom Ivan Veretennikov made head of the Press Department, resigned."
    )
    assert ("Ivan Veretennikov", "head of department", "Press Department") not in posts


def test_a_body_before_a_relative_clause_or_its() -> None:
    assert asserted_posts("Foma Kuzin joined Izvestia, of which he became editor in 1932.") == {
        ("Foma Kuzin", "editor", "Izvestia")
    }
    assert asserted_posts("Pravda, whose editor Foma Kuzin had been, attacked him.") == {
        ("Foma Kuzin", "editor", "Pravda")
    }
    assert ("Foma Kuzin", "head of department", "Press Department") in asserted_posts(
        "Foma Kuzin joined the Press Department and became its head in 1932."
    )
    # "of which" after a place or a plain noun names no body
    assert asserted_posts("Foma Kuzin visited Oslo, of which he became fond.") == set()


def test_serving_at_a_trade_mission_is_a_staff_post() -> None:
    assert asserted_posts("Foma Kuzin worked for the Soviet trade mission in Berlin.") == {
        ("Foma Kuzin", "staff", "Germany")
    }
    assert asserted_posts("Foma Kuzin worked at the trade delegation in Berlin.") == {
        ("Foma Kuzin", "staff", "Germany")
    }
    assert asserted_posts("Foma Kuzin worked for the Soviet government.") == set()


def test_a_possessor_before_the_role_is_not_its_holder() -> None:
    assert asserted_posts("Foma Kuzin was Ivan Veretennikov's counsellor in Oslo.") == {
        ("Foma Kuzin", "counsellor", "Norway")
    }
    assert asserted_posts("Foma Kuzin met Ivan Veretennikov's counsellor in Oslo.") == set()
