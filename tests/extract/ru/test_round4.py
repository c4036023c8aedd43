"""Rules of Russian prose, fourth round (issue 14): given names before surnames in
-ский, a state's foreign minister named after the office, delegations, further
departments and places. Invented people and sentences."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.ru.sample import run_text


def _posts(ex: Extraction) -> set[tuple[str, str | None, str | None, str | None, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country, c.department, c.date_start)
        for c in ex.claims
        if c.type == "post"
    }


def _persons(ex: Extraction) -> list[str]:
    return [m.text for m in ex.mentions if m.type == "person"]


def test_a_given_name_before_an_adjective_in_sky_is_one_name() -> None:
    _, ex = run_text("Судьба дипломата Арсения Величковского была трагической.")
    assert _persons(ex) == ["Арсения Величковского"]
    # not after a given name, or in another case, the adjective is no surname
    _, ex = run_text("Арсений Величковский окончил Рижский университет.")
    assert _persons(ex) == ["Арсений Величковский"]


def test_a_foreign_minister_of_a_state_with_his_name_after_it() -> None:
    _, ex = run_text("Министр иностранных дел Латвии Н. Бордеску высказал пожелание.")
    assert _posts(ex) == {("Н. Бордеску", "foreign minister", "Latvia", None, None)}
    # without a name after it, "министров иностранных дел" stays a plural
    _, ex = run_text("Гавриил Тюменцев встречался с министрами иностранных дел.")
    assert not _posts(ex)


def test_a_delegation_headed_or_joined_is_a_delegates_post() -> None:
    _, ex = run_text(
        "Гавриил Тюменцев возглавлял советскую делегацию на Гаагской конференции (1922)."
    )
    assert _posts(ex) == {("Гавриил Тюменцев", "head of delegation", None, "delegation", "1922")}
    _, ex = run_text("Гавриил Тюменцев в 1927 г. входил в состав советской делегации в Лиге Наций.")
    assert _posts(ex) == {
        ("Гавриил Тюменцев", "delegate", None, "delegation League of Nations", "1927")
    }
    # "в составе" alone, without a body, is no post
    _, ex = run_text("Гавриил Тюменцев в 1927 г. прибыл в составе пяти человек.")
    assert not _posts(ex)


def test_further_departments_and_a_hyphenated_state() -> None:
    _, ex = run_text(
        "В 1930 г. Гавриил Тюменцев утверждён торгпредом СССР в Чехо-Словакии, затем "
        "членом коллегии Наркомюста."
    )
    assert _posts(ex) == {
        ("Гавриил Тюменцев", "trade representative", "Czechoslovakia", None, "1930"),
        ("Гавриил Тюменцев", "collegium member", None, "justice", "1930"),
    }
