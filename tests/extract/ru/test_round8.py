"""Rules of Russian prose, eighth round (issue 14): constructions read on new texts
gathered for the round — a role in the genitive of an office noun before its copula,
a unit commanded named before the verb, staff listed with dashes, a military rank
between a role and its holder, abbreviated roles (ВАТ, главком, зампредседателя),
an infinitive of holding before the role it says. Invented people and sentences."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str, str | None, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country, c.department)
        for c in ex.claims
        if c.type == "post"
    }


def test_a_role_of_an_office_noun_before_its_copula_is_the_named_ones() -> None:
    _, ex = run_text("На должность полпреда в Мексике был назначен Прохор Ульянцев.")
    assert _posts(ex) == {("Прохор Ульянцев", "polpred", "Mexico", None)}
    _, ex = run_text("На пост заведующего отделом печати НКИД был назначен Прохор Ульянцев.")
    assert {(who, role) for who, role, _, _ in _posts(ex)} == {
        ("Прохор Ульянцев", "head of department")
    }


def test_an_office_abroad_named_alone_before_its_copula_is_no_post() -> None:
    _, ex = run_text("На должность полпреда был назначен Прохор Ульянцев.")
    assert not _posts(ex)


def test_the_unit_commanded_is_named_before_the_verb() -> None:
    _, ex = run_text("Северным фронтом в 1944 году командовал генерал армии Евсей Курдюмов.")
    assert _posts(ex) == {("Евсей Курдюмов", "commander", None, "front")}


def test_heads_of_a_fleet_listed_after_a_plural_verb_command_it() -> None:
    _, ex = run_text(
        "Тихоокеанским флотом в разные годы руководили Евсей Курдюмов и Никанор Пташкин."
    )
    assert _posts(ex) == {
        ("Евсей Курдюмов", "commander", None, "fleet"),
        ("Никанор Пташкин", "commander", None, "fleet"),
    }


def test_the_head_of_a_part_of_a_unit_is_no_commander() -> None:
    _, ex = run_text("Никанор Пташкин был начальником политотдела танковой бригады.")
    assert {role for _, role, _, _ in _posts(ex)} == {"head of department"}


def test_staff_listed_with_dashes_and_abbreviated_roles() -> None:
    _, ex = run_text(
        "Летом 1931 года в Токио прибыли новые сотрудники полпредства. Состав: "
        "ВАТ — полковник Кудымов, помощник ВАТ — т. Трофимчук."
    )
    assert _posts(ex) == {
        ("Кудымов", "military attaché", "Japan", None),
        ("Трофимчук", "assistant military attaché", "Japan", None),
    }


def test_a_rank_between_a_role_and_its_holder() -> None:
    _, ex = run_text(
        "Летом 1931 года в Токио прибыли новые сотрудники полпредства. Состав: "
        "военный атташе — полковник Кудымов, военно-морской атташе капитан Пешехонцев."
    )
    assert _posts(ex) == {
        ("Кудымов", "military attaché", "Japan", None),
        ("Пешехонцев", "naval attaché", "Japan", None),
    }


def test_abbreviated_roles_of_command_and_government() -> None:
    _, ex = run_text("В 1939 году Никанор Пташкин стал главкомом ВМФ.")
    assert _posts(ex) == {("Никанор Пташкин", "commander", None, "Navy")}
    _, ex = run_text("Бывший зампредседателя Совнаркома Армении Прохор Ульянцев уехал в Берлин.")
    assert ("Прохор Ульянцев", "deputy chairman", None, "Council of People's Commissars") in _posts(
        ex
    )


def test_a_naval_agent_is_a_naval_attache() -> None:
    _, ex = run_text("Бывший морской агент в Греции Никанор Пташкин вернулся в Москву.")
    assert _posts(ex) == {("Никанор Пташкин", "naval attaché", "Greece", None)}


def test_an_infinitive_of_working_leaves_the_post_to_the_role_after_it() -> None:
    _, ex = run_text("Прохор Ульянцев начал работать как советник посольства в Бухаресте.")
    assert _posts(ex) == {("Прохор Ульянцев", "counsellor", "Romania", None)}


def test_the_object_named_before_a_verb_of_appointing_holds_the_role() -> None:
    _, ex = run_text("В 1934 году Прохора Ульянцева направили в Японию в качестве торгпреда.")
    assert _posts(ex) == {("Прохора Ульянцева", "trade representative", "Japan", None)}
    _, ex = run_text("Вскоре Прохора Ульянцева перевели в Париж советником полпредства.")
    assert _posts(ex) == {("Прохора Ульянцева", "counsellor", "France", None)}


def test_a_role_as_the_object_of_a_verb_is_not_the_subjects_post() -> None:
    _, ex = run_text("Министр иностранных дел Германии Иоахим Кессельринг принял посла.")
    assert _posts(ex) == {("Иоахим Кессельринг", "foreign minister", "Germany", None)}


def test_a_body_named_in_one_word_is_no_surname() -> None:
    _, ex = run_text("Прохор Ульянцев был представителем Наркомвнешторга в Берлине.")
    assert [m.text for m in ex.mentions if m.type == "person"] == ["Прохор Ульянцев"]
    assert _posts(ex) == {("Прохор Ульянцев", "representative", "Germany", "foreign trade")}
    _, ex = run_text("В 1935 г. Прохор Ульянцев стал начальником Разведупра РККА.")
    assert [m.text for m in ex.mentions if m.type == "person"] == ["Прохор Ульянцев"]
    _, ex = run_text("В 1929–1932 гг. Прохор Ульянцев был председателем правления Амторга.")
    assert [m.text for m in ex.mentions if m.type == "person"] == ["Прохор Ульянцев"]
    assert {(who, role) for who, role, _, _ in _posts(ex)} == {("Прохор Ульянцев", "chairman")}


def test_a_role_in_company_after_a_preposition_is_not_the_subjects_post() -> None:
    _, ex = run_text("Прохор Ульянцев встретился с полпредом СССР в Германии.")
    assert not _posts(ex)
    _, ex = run_text("Прохор Ульянцев был арестован вместе с бывшим полпредом в Италии.")
    assert not _posts(ex)
    _, ex = run_text("Прохор Ульянцев прибыл в Берлин вместе с торгпредом Евсеем Курдюмовым.")
    assert {(who, role) for who, role, _, _ in _posts(ex)} == {
        ("Евсеем Курдюмовым", "trade representative")
    }


def test_a_post_one_wished_to_take_is_only_planned() -> None:
    _, ex = run_text("Прохор Ульянцев хотел стать полпредом в Англии, но получил отказ.")
    assert not _posts(ex)
    _, ex = run_text("В 1931 г. Прохор Ульянцев стал полпредом в Англии.")
    assert {(who, role) for who, role, _, _ in _posts(ex)} == {("Прохор Ульянцев", "polpred")}


def test_a_foreign_minister_with_an_adjectival_surname_after_the_role() -> None:
    _, ex = run_text("Министр иностранных дел Польши Юзеф Вишневецкий принял Прохора Ульянцева.")
    assert _posts(ex) == {("Юзеф Вишневецкий", "foreign minister", "Poland", None)}


def test_a_copula_after_these_years_names_the_holder() -> None:
    _, ex = run_text("Послом в Германии в эти годы был Прохор Ульянцев.")
    assert _posts(ex) == {("Прохор Ульянцев", "ambassador", "Germany", None)}


def test_a_role_six_words_after_the_verb_of_working_is_the_post() -> None:
    _, ex = run_text(
        "В 1925–1927 гг. Прохор Ульянцев работал в полпредстве в Дании вторым секретарём."
    )
    assert {(who, role, country) for who, role, country, _ in _posts(ex)} == {
        ("Прохор Ульянцев", "second secretary", "Denmark")
    }
