"""Persons named by a surname alone (extract/name_cues.py and the person verbs of
extract/name_parts.py), on short texts written for these tests (no corpus names)."""

from __future__ import annotations

from tests.extract.sample import persons, run


def _persons(text: str) -> set[str]:
    _doc, ex = run(text + "\n")
    return persons(ex)


def test_an_office_set_off_before_the_surname() -> None:
    assert "Pemberly" in _persons("On Friday the British Ambassador, Pemberly, saw the Commissar.")
    assert "Zaleskowicz" in _persons(
        "We learnt that the Polish Foreign Minister, Zaleskowicz, was ill."
    )
    # a plural office before a list is no apposition of one person; a word after "in" is a place
    assert "Varnholt" not in _persons("The talks, held by the envoys, Varnholt aside, went on.")


def test_the_agent_of_a_passive_and_the_object_of_a_persons_act() -> None:
    found = _persons(
        "Commissar Garanin sends Orlebar a note. The wagons promised by Thistlewood and sent later arrived."
    )
    assert {"Orlebar", "Thistlewood"} <= found
    # a capitalised word that modifies a noun after "by", and a publisher, are not agents
    assert "Kestrelwald" not in _persons(
        "The two states were estranged by Kestrelwald activity on the border."
    )
    assert "Pennock" not in _persons("The memoir was published by Pennock in a small edition.")


def test_speech_and_action_verbs_after_a_surname() -> None:
    assert "Brenholm" in _persons("After the dinner Brenholm then left for the station.")
    assert "Tornqvist" in _persons("Tornqvist replied that his Government could not accept.")
    assert "Ostervik" in _persons("In the end Ostervik assured me that nothing had changed.")
    # the last word of a longer capitalised name is no speaker; nor is a body that speaks
    assert "Islands" not in _persons("The Governor of the Karrow Islands requests a licence.")
    assert "Operations" not in _persons("Operations replied that the line was closed.")


def test_a_list_with_a_titled_person() -> None:
    assert {"Ilvessalo", "Garanin"} <= _persons(
        "Both Ilvessalo and Commissar Garanin spoke at the meeting."
    )
    assert "Ilvessalo" not in _persons("Both Ilvessalo and Sweden signed.")


def test_the_object_of_a_first_person_or_a_pronouns_act() -> None:
    assert "Halvorsen" in _persons("This morning I saw Halvorsen at the Ministry.")
    assert "Varkkala" in _persons("He told Varkkala that the pact was dead.")
    assert "Kestrand" not in _persons("I saw Kestrand harbour from the train.")  # a modifier


def test_more_titles_before_a_surname() -> None:
    assert {"Vordan", "Kelmar", "Ostrogin"} <= _persons(
        "Generalissimo Vordan, Archbishop Kelmar and Ataman Ostrogin dined together."
    )


def test_an_office_acting_on_a_talk_with_and_personal_words() -> None:
    assert "Halvard" in _persons("Yesterday the Commissar received Halvard and handed him a note.")
    assert "Halvard" in _persons("The conversation with Halvard lasted an hour.")
    assert "Halvard" in _persons("Halvard, who had been in Moscow, left.")
    assert "Halvard" in _persons("Halvard himself went to Moscow.")
    # "who were": a group, not a person
    assert "Borovtsy" not in _persons(
        "The Kestrel League, or Borovtsy, who were neither this nor that."
    )


def test_what_befalls_a_person_and_an_office_given() -> None:
    assert "Tilbury" in _persons("After the arrest of Tilbury in 1937, all was quiet.")
    assert "Halvard" in _persons("They announced the appointment of Halvard as envoy.")
    assert "Halvard" in _persons("Garanin telephoned Halvard at once.")
    # an office for several is no person's; the arrest of a noun's modifier is no person
    assert "Kestrelwald" not in _persons("They feared the arrest of Kestrelwald workers.")
