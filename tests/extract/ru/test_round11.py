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
