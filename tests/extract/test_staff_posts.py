"""Staff and department-head posts recognised by construction (helper recog2): a verb of
serving at a mission or in a department, an employee of a mission, the head of an office
named in lower case. Short invented sentences; nobody named here appears in the corpus."""

from __future__ import annotations

from narkomindel.extract.roles import find_roles
from narkomindel.gazetteer.vocabulary import role_class_of
from tests.extract.sample import asserted_posts


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.role, r.department, r.country) for r in find_roles(text)]


def test_serving_at_a_mission_is_a_staff_post() -> None:
    assert asserted_posts(
        "Pavel Orlik served at the Soviet embassy in Tokyo from 1921 to 1923."
    ) == {("Pavel Orlik", "staff", "Japan")}
    assert asserted_posts("Pavel Orlik worked at the Soviet legation in Riga.") == {
        ("Pavel Orlik", "staff", "Latvia")
    }
    assert asserted_posts("Pavel Orlik was posted to the Soviet embassy in Rome in 1930.") == {
        ("Pavel Orlik", "staff", "Italy")
    }
    assert asserted_posts("Pavel Orlik joined the staff of the Soviet embassy in London.") == {
        ("Pavel Orlik", "staff", "United Kingdom")
    }
    assert asserted_posts("Pavel Orlik was on the staff of the Soviet legation in Helsinki.") == {
        ("Pavel Orlik", "staff", "Finland")
    }
    assert role_class_of("staff") == "staff"


def test_a_mission_visited_or_a_rank_stated_is_no_staff_post() -> None:
    assert asserted_posts("Pavel Orlik was received at the Soviet embassy in Paris.") == set()
    assert (
        asserted_posts("Pavel Orlik wrote about the staff of the Soviet embassy in Paris.") == set()
    )
    # the rank names the post: no second, vaguer one
    assert asserted_posts("Pavel Orlik was sent to the Soviet embassy in Paris as counsellor.") == {
        ("Pavel Orlik", "counsellor", "France")
    }


def test_working_in_a_department_is_a_staff_post() -> None:
    assert asserted_posts("Pavel Orlik joined the Economic Department in 1926.") == {
        ("Pavel Orlik", "staff", "Economic Department")
    }
    assert asserted_posts("Pavel Orlik worked in the Treaty and Baltic Departments.") == {
        ("Pavel Orlik", "staff", "Treaty Department"),
        ("Pavel Orlik", "staff", "Baltic Department"),
    }
    # a party joined is a membership, not a department's staff
    assert asserted_posts("Pavel Orlik joined the Communist Party in 1920.") == set()


def test_an_employee_of_a_mission() -> None:
    assert _roles("Pavel Orlik was an employee of the German embassy in Moscow.") == [
        ("staff member", None, "USSR")
    ]
    assert role_class_of("staff member") == "staff"
    assert _roles("Pavel Orlik was an employee of the newspaper.") == []


def test_an_adviser_to_a_mission_takes_its_host() -> None:
    assert _roles("Pavel Orlik was an adviser to the Soviet embassy in Paris.") == [
        ("adviser", None, "France")
    ]


def test_the_head_of_an_office_named_in_lower_case() -> None:
    assert _roles("Pavel Orlik was head of the prisoner-of-war welfare office in Moscow.") == [
        ("head of department", "prisoner-of-war welfare office", None)
    ]
    assert _roles("Pavel Orlik became chief of the foreign relations section of the trust.") == [
        ("head of department", "foreign relations section", None)
    ]
    # no word that says which office, or a vague one; nor a family
    assert _roles("Pavel Orlik was head of the department.") == []
    assert _roles("Pavel Orlik was the head of the new department.") == []
    assert _roles("Pavel Orlik was head of the family.") == []


def test_in_charge_of_an_office_is_its_head() -> None:
    assert asserted_posts("Pavel Orlik was in charge of the Press Department.") == {
        ("Pavel Orlik", "head of department", "Press Department")
    }
    assert asserted_posts("Pavel Orlik was placed in charge of the Baltic desk of the trust.") == {
        ("Pavel Orlik", "head of department", "Baltic desk")
    }
    assert _roles("Pavel Orlik was head of the Baltic desk.") == [
        ("head of department", "Baltic desk", None)
    ]
    # a task, not an office
    assert asserted_posts("Pavel Orlik was in charge of the negotiations.") == set()


def test_a_rank_of_a_mission_named_before_its_holder() -> None:
    assert asserted_posts("The Counselor of the Soviet Embassy, Pavel Orlik, called on me.") == {
        ("Pavel Orlik", "counsellor", None)
    }
    assert asserted_posts("The First Secretary of the Russian Embassy, Mr. Orlik, called.") == {
        ("Orlik", "first secretary", None)
    }
    # the mission is no person's: "the Soviet Embassy" alone gives no post
    assert asserted_posts("Pavel Orlik called at the Soviet Embassy.") == set()


def test_a_rank_of_another_states_mission_before_its_holder() -> None:
    assert asserted_posts("The Counselor of the German Embassy, Pavel Orlik, called on me.") == {
        ("Pavel Orlik", "counsellor", None)
    }


def test_working_in_a_body_by_a_verb_is_a_staff_post() -> None:
    assert asserted_posts("Ivan Zorkin worked in the Narkomindel from 1921 to 1937.") == {
        ("Ivan Zorkin", "staff", "Narkomindel")
    }
    assert asserted_posts(
        "Ivan Zorkin went to work for the Commissariat of Foreign Affairs in 1920."
    ) == {("Ivan Zorkin", "staff", "Commissariat of Foreign Affairs")}
    # a bare "joined" is no employment (a party, a league, a cause are joined too)
    assert asserted_posts("Ivan Zorkin joined the Foreign Commissariat in 1921.") == set()
    assert asserted_posts("Ivan Zorkin was on the staff of the NKID.") == {
        ("Ivan Zorkin", "staff", "NKID")
    }
    # a foreign body takes its state from its adjective, or from its own name
    assert asserted_posts("Otto Brenneck was employed by the German Foreign Office.") == {
        ("Otto Brenneck", "staff", "Germany")
    }
    assert asserted_posts("Otto Brenneck went to work for the State Department in 1925.") == {
        ("Otto Brenneck", "staff", "United States")
    }


def test_entering_the_diplomatic_service() -> None:
    # the Soviet service is the commissariat: a staff post with no department of its own
    assert asserted_posts("Ivan Zorkin entered the Soviet diplomatic service in 1921.") == {
        ("Ivan Zorkin", "staff", None)
    }
    # a service of no state named is nobody's in particular
    assert asserted_posts("Sir Basil Thornhill worked in the diplomatic service.") == set()
    assert asserted_posts("Otto Brenneck entered the British diplomatic service.") == {
        ("Otto Brenneck", "staff", "United Kingdom")
    }
    # one enters a building too: "entered" is employment only in a service
    assert asserted_posts("Ivan Zorkin entered the Foreign Office at noon.") == set()


def test_work_that_is_no_staff_post() -> None:
    assert asserted_posts("Ivan Zorkin worked in Berlin in 1920.") == set()
    assert asserted_posts("Ivan Zorkin worked for peace all his life.") == set()
    assert asserted_posts("Ivan Zorkin worked in the Foreign Office archives.") == set()
    assert asserted_posts("Ivan Zorkin worked for the Narkomindel's newspaper.") == set()
    # the secret police takes a prisoner over: no post
    assert asserted_posts("Ivan Zorkin was transferred to the NKVD in 1937.") == set()
    assert asserted_posts("Ivan Zorkin joined the Communist Party.") == set()


def test_an_official_named_after_his_body() -> None:
    assert asserted_posts("Ivan Zorkin, a senior Narkomindel official, wrote to him.") == {
        ("Ivan Zorkin", "official", "Narkomindel")
    }
    assert asserted_posts("Foreign Office official Otto Brenneck wrote to him.") == {
        ("Otto Brenneck", "official", "United Kingdom")
    }
    assert asserted_posts("Ivan Zorkin, an NKID employee, defected.") == {
        ("Ivan Zorkin", "staff member", "NKID")
    }
    assert role_class_of("official") == "staff"
    # a service before the noun is a rank of its own, not a body
    assert asserted_posts("Otto Brenneck, a foreign service official, wrote.") == set()


def test_an_employee_of_a_trade_mission_takes_its_host() -> None:
    assert asserted_posts(
        "Ivan Zorkin, an employee of the Soviet trade mission in London, fled."
    ) == {("Ivan Zorkin", "staff member", "United Kingdom")}
    assert asserted_posts("Ivan Zorkin, an official of the trade delegation in Berlin, fled.") == {
        ("Ivan Zorkin", "official", "Germany")
    }
    # an official of no body named is no post
    assert asserted_posts("Ivan Zorkin, an official in Berlin, fled.") == set()


def test_a_body_alone_in_parentheses_after_a_name() -> None:
    # an archive's letter: "X (Foreign Office) to Y" names X's body
    assert asserted_posts("Otto Brenneck (Foreign Office) to Ivan Zorkin, 3 May 1923.") == {
        ("Otto Brenneck", "official", "United Kingdom")
    }
    assert asserted_posts("Ivan Zorkin (Narkomindel) to Otto Brenneck, 4 May 1923.") == {
        ("Ivan Zorkin", "official", "Narkomindel")
    }
    assert asserted_posts("Ivan Zorkin (diplomatic service) wrote.") == set()


def test_a_rank_said_after_the_body_is_the_post() -> None:
    # the rank is the post: no second, vaguer staff post
    for text in (
        "Ivan Zorkin started work for Intourist in Riga and filled the post of director.",
        "Ivan Zorkin worked at the NKID as a secretary.",
    ):
        assert not any(role == "staff" for _, role, _ in asserted_posts(text))
    assert asserted_posts("Ivan Zorkin started work for Intourist in Riga.") == {
        ("Ivan Zorkin", "staff", "Intourist")
    }


def test_plural_officials_before_a_comma_hold_no_list() -> None:
    assert asserted_posts("Told by Comintern officials, Ivan Zorkin agreed.") == set()


def test_a_role_later_in_the_sentence_is_the_post() -> None:
    # "worked in the NKID and became head of …": the head's post, not a vaguer staff one
    assert asserted_posts(
        "Ivan Zorkin worked in the NKID from 1921 and became head of the Press Department."
    ) == {("Ivan Zorkin", "head of department", "Press Department")}


def test_a_department_of_a_foreign_ministry_takes_its_state() -> None:
    assert asserted_posts(
        "Otto Brenneck, head of the Eastern Division of the German Foreign Office, objected."
    ) == {("Otto Brenneck", "head of department", "Germany")}
    assert asserted_posts(
        "Otto Brenneck, head of the German Foreign Office's Eastern Division, objected."
    ) == {("Otto Brenneck", "head of department", "Germany")}
    # the commissariat's own department keeps no state
    assert asserted_posts(
        "Ivan Zorkin, chief of the Press Department of the Narkomindel, objected."
    ) == {("Ivan Zorkin", "head of department", "Press Department")}
