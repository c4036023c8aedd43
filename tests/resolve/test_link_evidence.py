"""Registry-link evidence beyond the name, end to end on invented texts and records
(read, extract, resolve): a surname alone waits, a patronymic slip is outweighed by
the same post, age rules a namesake out, a birth year, a post, a department or a
country named beside the man applies a link, and names in parentheses after a given
name are not surnames."""

from __future__ import annotations

from pathlib import Path

from narkomindel import ingest
from narkomindel.pipeline import resolve_people
from narkomindel.query import review_queue
from tests.helpers import call, records


def _run(tmp_path: Path, text: str, recs: list[str]) -> tuple[list[dict], list[dict]]:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(text)
    (tmp_path / "src" / "shot-e.htm").write_bytes(records(recs))
    db = tmp_path / "e.db"
    ingest([tmp_path / "src"], db)
    call(resolve_people, db)
    return call(review_queue, db, status="applied"), call(review_queue, db)


def rec(name: str, position: str, born: int = 1890, nationality: str = "русский") -> str:
    return (
        f"<B>{name}</B>, род. {born}, г. Тверь, {nationality}, член ВКП(б), {position}. "
        "Адрес: ул. Тестовая, д.1. Расстрелян 2.02.1938. Место захоронения: Коммунарка."
    )


TEXT = (
    "In 1929 People's Commissar T. V. Zaborovskii met the delegation with Kvastel and "
    "Murovin.\n\n"
    + "The archive holds many other papers of that decade, most of them still unread. " * 3
    + "\n\nMuch later Ostrakh wrote to the newspaper.\n"
)


def test_surname_alone_waits_in_review_with_its_evidence(tmp_path: Path) -> None:
    applied, review = _run(
        tmp_path,
        TEXT,
        [
            rec("Квастель Игнат Петрович", "зам. председателя СНК СССР"),
            rec("Муровин Семен Ильич", "счетовод артели"),  # not of the elite: a namesake maybe
            rec("Острах Лев Ильич", "нарком легкой промышленности"),  # elite, but named alone
        ],
    )
    assert applied == []  # the elite record of a Soviet official's surname is not enough
    waiting = {r["person"]: r for r in review}
    assert {"Kvastel", "Murovin", "Ostrakh"} <= set(waiting)
    assert "Soviet officials" in waiting["Kvastel"]["evidence"]["context"]
    assert "beyond the name" in waiting["Kvastel"]["evidence"]["waits"]


def test_surname_alone_is_not_applied_when_two_records_have_it(tmp_path: Path) -> None:
    applied, review = _run(
        tmp_path,
        TEXT,
        [
            rec("Квастель Игнат Петрович", "зам. председателя СНК СССР"),
            rec("Квастель Игорь Павлович", "нарком местной промышленности"),
        ],
    )
    assert applied == []
    assert sum(r["person"] == "Kvastel" for r in review) == 2


def test_patronymic_slip_needs_the_same_post(tmp_path: Path) -> None:
    text = (
        "The victims included Deputy Foreign Commissar N. P. Velyanov and the writer "
        "O. S. Tuchkin.\n"
    )
    applied, review = _run(
        tmp_path,
        text,
        [
            rec("Вельянов Никита Николаевич", "первый зам. наркома иностранных дел СССР"),
            rec("Тучкин Олег Андреевич", "нарком связи"),
        ],
    )
    assert [r["person"] for r in applied] == ["N. P. Velyanov"]
    assert "disagrees" in applied[0]["evidence"]["patronymic"]
    assert any(r["person"] == "O. S. Tuchkin" for r in review)


def test_a_record_born_too_late_for_the_post_is_ruled_out(tmp_path: Path) -> None:
    text = "N. V. Grebentsov, ambassador to Persia from 1921 to 1923, reached Tehran.\n"
    applied, review = _run(
        tmp_path,
        text,
        [
            rec("Гребенцов Никита Васильевич", "счетовод", born=1880),
            rec("Гребенцов Никита Викторович", "счетовод", born=1910),
        ],
    )
    assert applied == []  # initials alone, and the post is not the record's
    assert [r["record_name"] for r in review] == ["Гребенцов Никита Васильевич"]
    assert "too young" in review[0]["evidence"]["ruled out"]


def test_what_the_texts_state_beyond_the_name_applies_links(tmp_path: Path) -> None:
    text = (
        "Kirill Tarkhelev, a former Menshevik, was born in 1893 in Kiev.\n\n"
        "The Soviet military attaché in Oslo was Pavel Umrikhin, a Latvian.\n\n"
        "Ivan Drozhnikov headed the Press Department of the Foreign Commissariat.\n"
    )
    applied, review = _run(
        tmp_path,
        text,
        [
            rec("Тархелев Кирилл Петрович", "инженер", born=1893),
            rec("Тархелев Кирилл Иванович", "инженер", born=1901),  # born in another year
            rec("Умрихин Павел Никитич", "военный атташе СССР в Норвегии", nationality="латыш"),
            rec("Умрихин Павел Сергеевич", "военный атташе СССР в Японии", nationality="латыш"),
            rec("Дрожников Иван Петрович", "зав. отделом печати Наркомата иностранных дел СССР"),
            rec("Дрожников Иван Ильич", "бухгалтер"),
        ],
    )
    got = {r["person"]: r for r in applied}
    assert got["Kirill Tarkhelev"]["record_name"] == "Тархелев Кирилл Петрович"
    assert got["Kirill Tarkhelev"]["evidence"]["birth"] == "1893 ~ 1893"
    assert got["Pavel Umrikhin"]["record_name"] == "Умрихин Павел Никитич"
    # the post itself is read now ("The Soviet military attaché in Oslo was …"), else the
    # country named beside him
    umrikhin = got["Pavel Umrikhin"]["evidence"]
    assert "Norway" in umrikhin.get("post", "") or "Norway" in umrikhin.get("country beside", "")
    assert got["Pavel Umrikhin"]["evidence"]["nationality"] == "latvian"
    assert got["Ivan Drozhnikov"]["record_name"] == "Дрожников Иван Петрович"
    assert "Press Department" in got["Ivan Drozhnikov"]["evidence"]["post"]
    assert not any(r["record_name"] == "Тархелев Кирилл Иванович" for r in review)
    assert {r["record_name"] for r in review} >= {"Умрихин Павел Сергеевич", "Дрожников Иван Ильич"}


def test_a_name_in_parentheses_after_the_given_name_is_not_a_surname(tmp_path: Path) -> None:
    text = "Among the guests was Ambassador to Sweden Richard Olm.\n"
    _applied, review = _run(
        tmp_path, text, [rec("Пашкевич Станислав Ричардович (Рышард)", "полпред в Швеции")]
    )
    assert review == []


def test_a_rank_in_a_persons_list_name_is_not_an_initial() -> None:
    from narkomindel.model import Extraction, Mention
    from narkomindel.resolve.cluster import person_mentions

    ex = Extraction(
        [
            Mention(0, 24, "Vostrov, Gen. Ilarion P.", "person", "t", 1.0, {"authority": "p1"}),
            Mention(30, 46, "Lyskov, Col. N.", "person", "t", 1.0, {"authority": "p2"}),
        ]
    )
    assert [pm.given for pm in person_mentions("s", ex)] == [["Ilarion", "P."], ["N."]]


def test_a_first_name_and_the_same_post_in_the_same_country_apply(tmp_path: Path) -> None:
    text = (
        "The first secretary in Oslo, Kirill Dobrynets, wrote the report.\n\n"
        "The consul in Ankara, Roman Seletsky, stayed at his post.\n"
    )
    applied, review = _run(
        tmp_path,
        text,
        [
            rec("Добрынец Кирилл Павлович", "первый секретарь полпредства СССР в Норвегии"),
            rec("Селецкий Роман Ильич", "первый секретарь полпредства СССР в Норвегии"),
        ],
    )
    assert [(r["person"], r["record_name"]) for r in applied] == [
        ("Kirill Dobrynets", "Добрынец Кирилл Павлович")
    ]
    assert any(r["person"] == "Roman Seletsky" for r in review)  # another post, another country


def test_a_commissars_portfolio_is_compared_across_the_two_languages(tmp_path: Path) -> None:
    # the register says "нарком связи", the text "Commissar of Posts and Telegraphs": one
    # portfolio; a namesake who was commissar of another portfolio only weighs a little
    text = (
        "In 1932 Kirill Tarkhelev, the People's Commissar of Posts and Telegraphs, opened "
        "the new line.\n\n"
        "In 1934 Pavel Umrikhin, the People's Commissar of Justice, answered the critics.\n"
    )
    applied, review = _run(
        tmp_path,
        text,
        [
            rec("Тархелев Кирилл Петрович", "нарком связи СССР"),
            rec("Тархелев Кирилл Иванович", "инженер"),
            rec("Умрихин Павел Никитич", "нарком лесной промышленности СССР"),
            rec("Умрихин Павел Сергеевич", "консультант треста"),
        ],
    )
    got = {r["person"]: r for r in applied}
    assert got["Kirill Tarkhelev"]["record_name"] == "Тархелев Кирилл Петрович"
    assert got["Kirill Tarkhelev"]["evidence"]["post"] == "people's commissar, Communications"
    # another portfolio is no same post; what applies this one is the rank (a commissar
    # of the texts, a record of the elite)
    other = got["Pavel Umrikhin"]["evidence"]
    assert other["post"] == "people's commissar (Justice; the record: Timber Industry)"
    assert "rank" in other
    waiting = {r["record_name"]: r for r in review}
    assert "post" not in waiting["Умрихин Павел Сергеевич"]["evidence"]  # no consul


def test_a_commissar_of_russian_prose_and_of_the_register(tmp_path: Path) -> None:
    # Russian prose may give the portfolio less closely ("торговли" for "внешней
    # торговли"): the same office, not another portfolio
    applied, review = _run(
        tmp_path,
        "В 1936 году нарком внешней торговли Кирилл Тархелевич подписал соглашение.\n",
        [
            rec("Тархелевич Кирилл Петрович", "нарком внешней торговли СССР"),
            rec("Тархелевич Кирилл Иванович", "инженер"),
        ],
    )
    (lk,) = applied
    assert lk["record_name"] == "Тархелевич Кирилл Петрович"
    assert lk["evidence"]["post"] == "people's commissar"
    assert [r["record_name"] for r in review] == ["Тархелевич Кирилл Иванович"]


def test_the_day_a_text_says_he_was_shot_is_the_records(tmp_path: Path) -> None:
    text = (
        "Kirill Dobrynets, a clerk of the trade mission, was shot on 2 February 1938.\n\n"
        "Roman Seletsky, a clerk of the same mission, was shot on 9 October 1937.\n"
    )
    applied, review = _run(
        tmp_path,
        text,
        [
            rec("Добрынец Кирилл Павлович", "счетовод артели"),
            rec("Селецкий Роман Ильич", "счетовод артели"),
        ],
    )  # both records: shot 2.02.1938
    assert [(r["person"], r["record_name"]) for r in applied] == [
        ("Kirill Dobrynets", "Добрынец Кирилл Павлович")
    ]
    waiting = {r["person"]: r for r in review}
    assert waiting["Roman Seletsky"]["conflict"]  # months apart from the record's day


def test_readings_of_a_printed_surname_beside_the_extractions() -> None:
    from narkomindel.model import Extraction, Mention
    from narkomindel.resolve.cluster import person_mentions
    from narkomindel.translit import name_key

    text = "Envoys K. P. Zaborov skii, L. M. Tuchkin and, and"
    ex = Extraction(
        [
            Mention(7, 20, "K. P. Zaborov", "person", "t", 1.0, {"surname": "Zaborov"}),
            Mention(27, 41, "L. M. Tuchkin", "person", "t", 1.0, {"surname": "Tuchkin"}),
            # the extraction read a genitive as "Дробец" (a fleeting vowel); "Дробца" may
            # be Дробц's too
            Mention(0, 6, "Дробца", "person", "t", 1.0, {"surname": "Дробец"}),
        ]
    )
    zaborov, tuchkin, drobets = person_mentions("s", ex, text)
    assert name_key("Zaborovskii") in zaborov.readings  # broken at a line end
    assert tuchkin.readings == frozenset()  # "and," is a word, not the end of a surname
    assert name_key("Дробц") in drobets.readings


def test_initials_after_a_russian_surname_are_read(tmp_path: Path) -> None:
    # "Тархелева К.П.": the initials after the surname (in the genitive) are his; a
    # record of another first name is a namesake, not a surname alone to review
    applied, review = _run(
        tmp_path,
        "Решено перевести т. Тархелева К.П. на работу в Москву.\n",
        [rec("Тархелев Кирилл Петрович", "инженер"), rec("Тархелев Борис Ильич", "инженер")],
    )
    assert applied == []
    waiting = {r["record_name"]: r for r in review}
    assert list(waiting) == ["Тархелев Кирилл Петрович"]
    assert waiting["Тархелев Кирилл Петрович"]["evidence"]["patronymic"] == "П. ~ Петрович"


def test_a_commissar_of_a_portfolio_the_register_abbreviates_or_adds(tmp_path: Path) -> None:
    # "нарком местной промышленности" is a portfolio of its own, not any commissar's
    # post; "зам. наркома Наркомзема" is Agriculture's
    text = (
        "In 1935 the People's Commissar of Justice, Gleb Varentsov, opened the session.\n\n"
        "In 1936 the Deputy People's Commissar of Agriculture, Oleg Muratsky, toured the south.\n"
    )
    applied, review = _run(
        tmp_path,
        text,
        [
            rec("Варенцов Глеб Ильич", "нарком местной промышленности РСФСР"),
            rec("Мурацкий Олег Петрович", "зам. наркома Наркомзема СССР"),
        ],
    )
    found = {r["record_name"]: r for r in applied + review}
    # another portfolio weighs a little and is no corroboration (the rank may still be)
    assert found["Варенцов Глеб Ильич"]["evidence"]["post"] == (
        "people's commissar (Justice; the record: Local Industry)"
    )
    got = {r["record_name"]: r for r in applied}
    assert got["Мурацкий Олег Петрович"]["evidence"]["post"] == "deputy commissar, Agriculture"


def test_an_age_printed_beside_the_name_fits_the_records_birth_or_conflicts(
    tmp_path: Path,
) -> None:
    text = (
        "MOSCOW, 20 December 1937. Kirill Dobrynets, aged 47, a clerk of the trade "
        "mission, was tried.\n\n"
        "Roman Seletsky, aged 30, a clerk of the same mission, was tried too.\n\n"
        "The 52-year-old Ilya Varnakov was sentenced with them.\n"
    )
    applied, review = _run(
        tmp_path,
        text,
        [
            rec("Добрынец Кирилл Павлович", "счетовод артели", born=1891),  # 47 in 1937: fits
            rec("Селецкий Роман Ильич", "счетовод артели", born=1890),  # 30 in 1937: another man
            rec("Варнаков Илья Петрович", "счетовод артели", born=1885),  # 52 in 1937: fits
        ],
    )
    found = {r["person"]: r for r in applied}
    assert set(found) == {"Kirill Dobrynets", "Ilya Varnakov"}
    assert "aged 47" in found["Kirill Dobrynets"]["evidence"]["age"]
    waiting = {r["person"]: r for r in review}
    assert "age does not fit" in waiting["Roman Seletsky"]["conflict"]


def test_an_age_alone_with_a_surname_waits_and_a_time_span_is_no_age() -> None:
    from narkomindel.resolve.cluster import _stated_age
    from tests.resolve.test_link_rules import links, person, record

    found = links(
        person("Tarkhelev", ages=["47|1937"]), record("Тархелев Кирилл Петрович", birth=1890)
    )
    assert found["Тархелев Кирилл Петрович"].status == "review"  # a surname alone: one piece
    assert _stated_age("Тархелев, 20 лет спустя вернулся", 0, 8) is None
    assert _stated_age("Тархелев, 47 лет, был", 0, 8) == 47
    assert _stated_age("Тархелев в возрасте 47 лет", 0, 8) == 47
