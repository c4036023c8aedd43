"""Posts of Russian decisions and proposals (task RP): an appointment only proposed
or planned is no post, a decision is; a role in the genitive after a noun is a post
when its complement and its holder's name follow it. Invented people and sentences."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return {(ex.mentions[c.subject].text, c.role, c.country) for c in ex.claims if c.type == "post"}


def test_a_proposed_appointment_is_no_post() -> None:
    _, ex = run_text("Нарком торговли предложил назначить Мирона Пестрякова торгпредом в Латвии.")
    assert ("Мирона Пестрякова", "trade representative", "Latvia") not in _posts(ex)
    _, ex = run_text("В 1931 г. предполагалось направить Мирона Пестрякова советником в Ригу.")
    assert not any(role == "counsellor" for _, role, _ in _posts(ex))


def test_a_decided_appointment_is_a_post() -> None:
    _, ex = run_text("Политбюро постановило назначить Мирона Пестрякова торгпредом в Латвии.")
    assert ("Мирона Пестрякова", "trade representative", "Latvia") in _posts(ex)
    _, ex = run_text("Утвердить т. Пестрякова М.И. полпредом СССР в Латвии.")
    assert {role for _, role, _ in _posts(ex)} == {"polpred"}


def test_a_proposal_in_the_sentence_before_does_not_reach_a_decision() -> None:
    _, ex = run_text(
        "Нарком предложил иное решение. Утвердить т. Пестрякова М.И. торгпредом СССР в Латвии."
    )
    assert {role for _, role, _ in _posts(ex)} == {"trade representative"}


def test_a_role_after_a_noun_with_its_holder_named_is_his_post() -> None:
    _, ex = run_text("Наркоминдел запросил согласие полпреда в Дании Мирона Пестрякова.")
    assert ("Мирона Пестрякова", "polpred", "Denmark") in _posts(ex)


def test_a_role_after_a_noun_without_a_name_is_still_no_post() -> None:
    _, ex = run_text("Мирон Пестряков встретил жену посла в Дании на вокзале.")
    assert not any(role == "ambassador" for _, role, _ in _posts(ex))


def test_a_role_given_to_a_comrade_not_read_as_a_person_is_no_one_elses() -> None:
    text = (
        "В 1934 г. Фома Лукашин прибыл в Осло. "
        "Не возражать против назначения т. Зарецкого советником полпредства в Дании."
    )
    _, ex = run_text(text)
    names = {m.text for m in ex.mentions}
    assert "Фома Лукашин" in names and "Зарецкого" not in names  # the premise
    assert _posts(ex) == set()  # not Лукашин's: the one appointed is the comrade


def test_a_role_before_a_surname_not_read_as_a_person_is_not_the_topics() -> None:
    text = (
        "В 1932 г. Мирон Пестряков выехал в Копенгаген. "
        "Начальник ИНО Остров высоко ценил Пестрякова."
    )
    _, ex = run_text(text)
    assert "Остров" not in {m.text for m in ex.mentions}  # the premise
    assert not any(role == "head of department" for _, role, _ in _posts(ex))


def test_a_name_after_a_second_role_is_not_the_first_roles_holder() -> None:
    text = (
        "Мирон Ильич Пестряков — советский дипломат. "
        "В 1930 г. советник полпредства в Норвегии при полпреде Акиме Зарецком."
    )
    _, ex = run_text(text)
    assert not any(role == "counsellor" and "Аким" in who for who, role, _ in _posts(ex))


def test_a_surname_like_adjective_of_a_body_does_not_stop_the_post() -> None:
    _, ex = run_text(
        "В 1940 г. Мирон Ильич Пестряков — председатель Президиума Верховного Совета Карельской АССР."
    )
    assert {who for who, *_ in _posts(ex)} == {"Мирон Ильич Пестряков"}


def test_the_post_a_candidacy_is_put_forward_for_is_only_planned() -> None:
    for text in (
        "На пост полпреда в Финляндии Коллегия НКИД наметила кандидатуру Гавриила Тюменцева.",
        "Коллегия выдвинула кандидатуру Гавриила Тюменцева на пост полпреда в Финляндии.",
    ):
        _, ex = run_text(text)
        assert not [c for c in ex.claims if c.type == "post" and c.modality == "asserted"]
    # a candidacy approved is an appointment
    _, ex = run_text(
        "Политбюро утвердило кандидатуру Гавриила Тюменцева на пост полпреда в Финляндии."
    )
    assert [c.role for c in ex.claims if c.type == "post"] == ["polpred"]
