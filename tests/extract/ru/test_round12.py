"""Rules of Russian prose, twelfth round (issue 14): posts refused, put forward or
only due; a role's holder after a dash in a contrast. Invented people and sentences."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str, str | None, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country, c.department)
        for c in ex.claims
        if c.type == "post" and c.modality == "asserted"
    }


def test_a_post_refused_is_no_post() -> None:
    _, ex = run_text("Прохор Ульянцев отказался от поста полпреда в Польше.\n")
    assert not _posts(ex)
    _, ex = run_text("В 1929 г. Прохор Ульянцев отказался от назначения торгпредом в Италии.\n")
    assert not _posts(ex)
    _, ex = run_text("Прохор Ульянцев отказался стать полпредом в Греции.\n")
    assert not _posts(ex)
    # a post he is relieved of was held
    _, ex = run_text("Прохор Ульянцев был освобождён от должности полпреда в Греции.\n")
    assert {p[1] for p in _posts(ex)} == {"polpred"}


def test_a_post_only_due_is_no_post() -> None:
    _, ex = run_text("Прохор Ульянцев должен был стать советником полпредства в Берлине.\n")
    assert not _posts(ex)
    _, ex = run_text("Прохор Ульянцев стал советником полпредства в Берлине.\n")
    assert _posts(ex) == {("Прохор Ульянцев", "counsellor", "Germany", None)}


def test_one_put_forward_for_a_post_does_not_hold_it() -> None:
    _, ex = run_text(
        "Прохор Ульянцев рекомендовал Никифора Дрожжина на должность первого секретаря "
        "полпредства в Токио.\n"
    )
    assert not _posts(ex)
    _, ex = run_text("Нарком предложил Никифора Дрожжина на пост торгпреда в Финляндии.\n")
    assert not _posts(ex)
    # put forward and appointed: a post
    _, ex = run_text(
        "Никифор Дрожжин был рекомендован на пост полпреда в Греции и утверждён Политбюро.\n"
    )
    assert _posts(ex) == {("Никифор Дрожжин", "polpred", "Greece", None)}
    # a proposal named by a noun, then an appointment: a post
    _, ex = run_text(
        "По предложению наркома Никифор Дрожжин был назначен на пост полпреда в Греции.\n"
    )
    assert ("Никифор Дрожжин", "polpred", "Greece", None) in _posts(ex)


def test_a_bare_role_as_subject_is_not_the_post_of_the_object_named_after_its_verb() -> None:
    # "Нарком" is no instrumental (of another noun), so the man named after the verb,
    # in the genitive or accusative, is its object, not the role's holder
    _, ex = run_text("Нарком вызвал Никифора Дрожжина в Москву.\n")
    assert not _posts(ex)
    _, ex = run_text("Нарком встретился с Никифором Дрожжиным.\n")
    assert not _posts(ex)
    # the role in the instrumental after a verb still takes the one named after it
    _, ex = run_text("Назначить полпредом в Греции Никифора Дрожжина.\n")
    assert _posts(ex) == {("Никифора Дрожжина", "polpred", "Greece", None)}
    # a role word the dictionary only guesses keeps every reading
    _, ex = run_text(
        "Пять заместителей наркоминдела (в то время Н. Н. Дрожжина) были арестованы.\n"
    )
    assert {p[1] for p in _posts(ex)} == {"people's commissar"}


def test_the_name_after_the_dash_of_a_contrast_holds_the_role_in_the_instrumental() -> None:
    _, ex = run_text(
        "Полпредом в Китае тогда был Прохор Ульянцев, а торгпредом — Савватий Кузяев.\n"
    )
    assert _posts(ex) == {
        ("Прохор Ульянцев", "polpred", "China", None),
        ("Савватий Кузяев", "trade representative", "China", None),
    }
    _, ex = run_text(
        "Полпредом в Китае был Прохор Ульянцев, а военным атташе — комбриг Савватий Кузяев.\n"
    )
    assert ("Савватий Кузяев", "military attaché", "China", None) in _posts(ex)
    # a staff list after a colon still reads the role in the nominative
    _, ex = run_text("Состав миссии: атташе — Никифор Дрожжин.\n")
    assert {(p[0], p[1]) for p in _posts(ex)} == {("Никифор Дрожжин", "attaché")}


def test_an_office_of_the_ussr_takes_no_place_abroad_from_its_sentence() -> None:
    _, ex = run_text(
        "Прохор Ульянцев служил в Персии, а после войны занял пост министра СССР по делам флота.\n"
    )
    assert {p[2] for p in _posts(ex) if p[1] == "government minister"} == {None}
    # a minister of no state named still takes the one place of the sentence
    _, ex = run_text(
        "Прохор Ульянцев служил в Латвии, где встречался с министром финансов Гуго Клявой.\n"
    )
    assert {p[2] for p in _posts(ex) if p[1] == "government minister"} == {"Latvia"}


def test_a_sentence_with_no_subject_continues_the_one_in_the_nominative_before() -> None:
    _, ex = run_text(
        "Вслед за советником Прохором Ульянцевым бежал и Савватий Кузяев. "
        "В 1925 г. был назначен атташе в Турцию.\n"
    )
    assert ("Савватий Кузяев", "attaché", "Turkey", None) in _posts(ex)
    # across a sentence that names no one and says "он" of him
    _, ex = run_text(
        "Вслед за советником Прохором Ульянцевым бежал и Савватий Кузяев. "
        "Бывший офицер, он служил на флоте. После войны был назначен атташе в Турцию.\n"
    )
    assert ("Савватий Кузяев", "attaché", "Turkey", None) in _posts(ex)
