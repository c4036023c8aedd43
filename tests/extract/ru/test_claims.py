"""Posts and fates in Russian prose, in the register's English vocabulary."""

from __future__ import annotations

from narkomindel.model import Claim, Extraction
from tests.extract.ru.sample import run_file, run_text


def _of(ex: Extraction, kind: str) -> list[tuple[str, Claim]]:
    return [(ex.mentions[c.subject].text, c) for c in ex.claims if c.type == kind]


def test_posts_with_country_dates_and_subject() -> None:
    _, ex = run_file("ru_polpred.txt")
    posts = {(c.role, c.country, c.date_start, c.date_end) for _, c in _of(ex, "post")}
    assert ("first secretary", "Norway", "1926", "1929") in posts
    assert ("counsellor", "Sweden", "1930", "1933") in posts
    assert ("polpred", "Finland", "1934", "1937") in posts
    subjects = {who for who, c in _of(ex, "post") if c.country}
    assert subjects == {"Тимофей Власович Мирошниченков"}


def test_post_in_any_case_and_role_before_name() -> None:
    _, ex = run_text("Весной 1932 г. полпредом в Норвегию назначили Г. Е. Ползунова.")
    ((who, post),) = _of(ex, "post")
    assert (who, post.role, post.country, post.date_start) == (
        "Г. Е. Ползунова",
        "polpred",
        "Norway",
        "1932",  # a claim's term is dated to the year of a season
    )


def test_department_of_a_commissar_and_deputy() -> None:
    _, ex = run_text("Тимофей Власович Мирошниченков был заместителем наркома иностранных дел.")
    ((_, post),) = _of(ex, "post")
    assert post.role == "deputy commissar" and post.department == "foreign affairs"


def test_plural_negated_and_vague_roles_are_not_posts() -> None:
    _, ex = run_text(
        "Ползунов Г. Е. не был послом. В 1937 г. арестовали 40 полпредов. Ползунов был членом."
    )
    assert not _of(ex, "post")


def test_parenthesised_role_is_the_exact_one() -> None:
    _, ex = run_text("В 1931 г. Ползунов Г. Е. — посол (временный поверенный) СССР в Норвегии.")
    assert [(c.role, c.country) for _, c in _of(ex, "post")] == [("chargé d'affaires", "Norway")]


def test_fates_in_english_vocabulary() -> None:
    _, ex = run_file("ru_polpred.txt")
    fates = {(c.value, c.date_start) for _, c in _of(ex, "fate")}
    assert ("arrested", "1937-11-03") in fates
    assert ("executed", "1939-02-14") in fates or ("executed", "1937-11-03") in fates
    subjects = {ex.mentions[c.subject].attrs.get("surname") for _, c in _of(ex, "fate")}
    assert subjects == {"Мирошниченков"}


def test_fate_follows_the_participles_gender_and_negation() -> None:
    _, ex = run_text(
        "Ползунов Г. Е. и Ульяна Мирошниченкова жили в Москве. В 1938 г. она была арестована. "
        "Ползунов не был арестован и умер в 1960 г."
    )
    fates = {(who, c.value) for who, c in _of(ex, "fate")}
    assert ("Ульяна Мирошниченкова", "arrested") in fates
    assert ("Ползунов Г. Е.", "arrested") not in fates
    assert ("Ползунов", "died") in fates


def test_defection_and_death_in_custody() -> None:
    _, ex = run_text(
        "Ползунов Г. Е. стал невозвращенцем в 1930 г. Тимофей Власович Мирошниченков погиб в "
        "заключении в 1942 г."
    )
    fates = {(who, c.value, c.date_start) for who, c in _of(ex, "fate")}
    assert ("Ползунов Г. Е.", "defected", "1930") in fates
    assert ("Тимофей Власович Мирошниченков", "died in custody", "1942") in fates


def test_subject_without_a_name_is_the_topic_or_after_a_pronoun_the_last_named() -> None:
    _, ex = run_text(
        "Тимофей Власович Мирошниченков родился в Твери. Мирошниченков учился в Москве. "
        "В 1934—1937 гг. полпред СССР в Финляндии. В Хельсинки с ним работал Г. Е. Ползунов. "
        "Его арестовали в 1938 г."
    )
    (post,) = [c for c in ex.claims if c.type == "post"]
    assert ex.mentions[post.subject].attrs["surname"] == "Мирошниченков"
    (fate,) = [c for c in ex.claims if c.type == "fate"]
    assert ex.mentions[fate.subject].attrs["surname"] == "Ползунов"


def test_heading_a_mission_is_a_head_of_mission() -> None:
    _, ex = run_text("В 1930—1932 гг. Ползунов Г. Е. возглавлял полпредство СССР в Норвегии.")
    assert [(c.role, c.country) for _, c in _of(ex, "post")] == [("polpred", "Norway")]
