"""Rules of Russian prose, eleventh round (issue 14): staff listed as "name — role",
deputies and assistants abbreviated with a full stop. Invented people and sentences."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str, str | None, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country, c.department)
        for c in ex.claims
        if c.type == "post" and c.modality == "asserted"
    }


def test_staff_listed_as_name_dash_role_each_hold_the_role_after_their_dash() -> None:
    _, ex = run_text(
        "В полпредстве в Риге служили: Прохор Ульянцев — советник, Савватий Кузяев — "
        "первый секретарь, Никифор Дрожжин — атташе.\n"
    )
    assert _posts(ex) == {
        ("Прохор Ульянцев", "counsellor", "Latvia", None),
        ("Савватий Кузяев", "first secretary", "Latvia", None),
        ("Никифор Дрожжин", "attaché", "Latvia", None),
    }
    # a role and its name after a dash still go together ("полпред — X")
    _, ex = run_text("Состав миссии: полпред — Прохор Ульянцев, советник — Савватий Кузяев.\n")
    assert {(p[0], p[1]) for p in _posts(ex)} == {
        ("Прохор Ульянцев", "polpred"),
        ("Савватий Кузяев", "counsellor"),
    }


def test_a_deputy_or_an_assistant_abbreviated_with_a_full_stop_is_read() -> None:
    _, ex = run_text("Прохор Ульянцев работал пом. полпреда в Эстонии.\n")
    assert _posts(ex) == {("Прохор Ульянцев", "assistant", "Estonia", None)}
    _, ex = run_text("Прохор Ульянцев был назначен зам. наркома иностранных дел.\n")
    assert _posts(ex) == {("Прохор Ульянцев", "deputy commissar", None, "foreign affairs")}
    _, ex = run_text("Прохор Ульянцев работал пом. военного атташе в Японии.\n")
    assert _posts(ex) == {("Прохор Ульянцев", "assistant military attaché", "Japan", None)}
    # "зам." alone, a deputy of nothing named, is no post
    _, ex = run_text("Прохор Ульянцев был зам. у Савватия Кузяева.\n")
    assert not _posts(ex)


def test_a_mission_named_by_its_head_gives_him_its_head_and_no_role_of_it() -> None:
    _, ex = run_text("Прохор Ульянцев вошёл в состав миссии Савватия Кузяева в Китае.\n")
    assert _posts(ex) == {
        ("Прохор Ульянцев", "staff member", "China", "mission"),
        ("Савватия Кузяева", "head of mission", "China", None),
    }
    _, ex = run_text(
        "В 1921 г. Прохор Ульянцев был секретарём миссии Савватия Кузяева в Афганистане.\n"
    )
    assert _posts(ex) == {
        ("Прохор Ульянцев", "secretary", "Afghanistan", "mission"),
        ("Савватия Кузяева", "head of mission", "Afghanistan", None),
    }
    # an indeclinable surname after the body is its head too
    _, ex = run_text("Прохор Ульянцев был включен в миссию Н. Н. Шуйго в Персии.\n")
    assert ("Н. Н. Шуйго", "head of mission", "Persia", None) in _posts(ex)
    # the secretary named in the nominative after the body holds the role
    _, ex = run_text("Секретарь миссии Никифор Дрожжин прибыл в Кабул.\n")
    assert _posts(ex) == {("Никифор Дрожжин", "secretary", None, "mission")}
    # a mission of no place named says of no post of its head
    _, ex = run_text("Миссия Савватия Кузяева прибыла в Кабул.\n")
    assert not _posts(ex)


def test_a_deputys_title_compounded_with_a_genitive_is_of_every_case() -> None:
    _, ex = run_text("В 1925 г. Прохор Ульянцев стал замнаркома иностранных дел.\n")
    assert _posts(ex) == {("Прохор Ульянцев", "deputy commissar", None, "foreign affairs")}
    # after a noun it still names a holder, not a post of the sentence's subject
    _, ex = run_text("Прохор Ульянцев получил письмо замнаркома иностранных дел.\n")
    assert not _posts(ex)
