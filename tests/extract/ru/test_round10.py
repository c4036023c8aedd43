"""Rules of Russian prose, tenth round (issue 14): a place between a verb of sending
and the role, an adjective the dictionary reads as a noun first, the office held by
one named in an oblique case, and the country of an intelligence residency. Invented
people and sentences."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country)
        for c in ex.claims
        if c.type == "post" and c.modality == "asserted"
    }


def test_a_place_between_a_verb_of_sending_and_the_role_is_no_unnamed_appointee() -> None:
    _, ex = run_text("Прохор Ульянцев был направлен в Германию советником полпредства.\n")
    assert _posts(ex) == {("Прохор Ульянцев", "counsellor", "Germany")}
    _, ex = run_text("В 1926 году Прохор Ульянцев был назначен в Лондон первым секретарём.\n")
    assert _posts(ex) == {("Прохор Ульянцев", "first secretary", "United Kingdom")}


def test_an_appointee_not_read_as_a_person_still_takes_the_role_from_the_topic() -> None:
    # a capitalised object not after a preposition stays an unnamed appointee
    _, ex = run_text("Прохор Ульянцев приехал в Москву. Решено назначить т. Кузяева советником.\n")
    assert ("Прохор Ульянцев", "counsellor", None) not in _posts(ex)


def test_an_adjective_read_first_as_a_noun_is_the_roles_not_its_holder() -> None:
    _, ex = run_text("Прохор Ульянцев выступал в Китае в качестве главного резидента ИНО.\n")
    assert {(who, role) for who, role, _ in _posts(ex)} == {
        ("Прохор Ульянцев", "intelligence resident")
    }
    _, ex = run_text("Прохор Ульянцев работал в качестве главного советника в Китае.\n")
    assert _posts(ex) == {("Прохор Ульянцев", "counsellor", "China")}
    # a noun before a role in the genitive still names only a holder
    _, ex = run_text("Прохор Ульянцев встретил жену советника в Китае.\n")
    assert _posts(ex) == set()


def test_the_office_held_by_one_named_in_an_oblique_case_is_his() -> None:
    _, ex = run_text(
        "Письмо адресовано Прохору Ульянцеву, занимавшему пост первого секретаря полпредства в Латвии.\n"
    )
    assert _posts(ex) == {("Прохору Ульянцеву", "first secretary", "Latvia")}
    _, ex = run_text("Письмо передали Прохору Ульянцеву, который занимал пост полпреда в Персии.\n")
    assert _posts(ex) == {("Прохору Ульянцеву", "polpred", "Persia")}
    _, ex = run_text("Речь идёт о Прохоре Ульянцеве, занимавшем должность советника в Китае.\n")
    assert _posts(ex) == {("Прохоре Ульянцеве", "counsellor", "China")}
    _, ex = run_text(
        "Речь шла о Прохоре Ульянцеве, в середине 1920-х гг. занимавшем пост советника в Китае.\n"
    )
    assert _posts(ex) == {("Прохоре Ульянцеве", "counsellor", "China")}


def test_an_intelligence_resident_takes_the_place_abroad_before_him() -> None:
    _, ex = run_text(
        "В 1923 году Прохор Ульянцев прибыл в Китай, где выступал в качестве резидента ИНО ОГПУ.\n"
    )
    assert {(who, role, country) for who, role, country in _posts(ex)} == {
        ("Прохор Ульянцев", "intelligence resident", "China")
    }


def test_the_one_a_successor_on_a_post_followed_held_it_before() -> None:
    _, ex = run_text(
        "Прохор Ульянцев уехал в Москву. Его преемником на посту полпреда в Персии стал "
        "Ефим Кожедубов.\n"
    )
    assert _posts(ex) == {
        ("Ефим Кожедубов", "polpred", "Persia"),
        ("Прохор Ульянцев", "polpred", "Persia"),
    }
    _, ex = run_text(
        "Прохор Ульянцев отправил телеграмму своему преемнику на посту полпреда в Персии "
        "Ефиму Кожедубову.\n"
    )
    assert ("Прохор Ульянцев", "polpred", "Persia") in _posts(ex)
    _, ex = run_text(
        "Преемник Прохора Ульянцева на посту полпреда в Персии Ефим Кожедубов прибыл в Тегеран.\n"
    )
    assert ("Прохора Ульянцева", "polpred", "Persia") in _posts(ex)


def test_a_successor_with_no_one_named_as_whose_gives_no_second_post() -> None:
    _, ex = run_text("Преемником на посту полпреда в Персии стал Ефим Кожедубов.\n")
    assert _posts(ex) == {("Ефим Кожедубов", "polpred", "Persia")}
