"""The linking rules one by one, on invented persons and records built by hand (no
extraction): the name alone never applies a link; evidence beyond it does; namesakes
the names or the dates rule out are never proposed."""

from __future__ import annotations

from typing import Any

from narkomindel.model import Entity, RecordLink
from narkomindel.resolve.evidence import case_form_of, link_keys, nationality, party_tokens
from narkomindel.resolve.link import link_records
from narkomindel.translit import given_names_agree, name_key

_seq = iter(range(10_000))


def person(label: str, given: list[str] | None = None, **attrs: Any) -> Entity:
    """A person of the texts: ``label`` ends with the surname; ``given`` as printed."""
    words = label.replace(",", " ").split()
    surname = attrs.pop("surname", words[-1])
    return Entity(
        f"p|{label}",
        label,
        [("text", next(_seq))],
        [label],
        {"surname_key": name_key(surname), "given": given or [], "record": False, **attrs},
    )


def record(label: str, *offices: str, birth: int = 1890, death: int = 1938, **attrs: Any) -> Entity:
    """A registry record: "Surname Given Patronymic"; offices as "role|country|org|dept"."""
    words = label.split()
    return Entity(
        f"r|{label}",
        label,
        [("register", next(_seq))],
        [label],
        {
            "surname_key": name_key(words[0]),
            "given": words[1:3],
            "record": True,
            "offices": list(offices),
            "posts": [o.rsplit("|", 2)[0] for o in offices],
            "birth": birth,
            "death": death,
            "fates": ["executed"],
            **attrs,
        },
    )


def links(*entities: Entity) -> dict[str, RecordLink]:
    return {lk.record_name: lk for lk in link_records(list(entities))}


def test_a_surname_alone_waits_even_for_the_one_elite_record_of_a_soviet_official() -> None:
    found = links(
        person("Tarkhelev", soviet=True, fates=["purged"]),
        record("Тархелев Кирилл Петрович", elite=True),
    )
    lk = found["Тархелев Кирилл Петрович"]
    assert lk.status == "review"
    assert "standing" in lk.evidence and "no evidence beyond the name" in str(lk.evidence["waits"])


def test_a_surname_alone_with_two_pieces_of_evidence_is_applied() -> None:
    me = person(
        "Tarkhelev", soviet=True, offices=["ambassador|Norway||"], posts=["ambassador|Norway"]
    )
    one = links(me, record("Тархелев Кирилл Петрович", "polpred|Norway|NKID|", elite=True))
    assert one["Тархелев Кирилл Петрович"].status == "review"  # one piece: the post
    two = links(
        person("Tarkhelev", soviet=True, birth=1893, offices=["ambassador|Norway||"]),
        record("Тархелев Кирилл Петрович", "polpred|Norway|NKID|", birth=1893, elite=True),
    )
    lk = two["Тархелев Кирилл Петрович"]
    assert lk.status == "applied" and {"post", "birth"} <= set(lk.evidence)


def test_initials_alone_wait_and_the_same_post_in_the_same_country_applies() -> None:
    bare = links(person("K. P. Tarkhelev", ["K.", "P."]), record("Тархелев Кирилл Петрович"))
    assert bare["Тархелев Кирилл Петрович"].status == "review"
    found = links(
        person("K. P. Tarkhelev", ["K.", "P."], offices=["ambassador|Norway||"]),
        record("Тархелев Кирилл Петрович", "polpred|Norway|NKID|"),
        record("Тархелев Константин Павлович", "counsellor|Japan|NKID|"),  # same initials
    )
    assert found["Тархелев Кирилл Петрович"].status == "applied"
    assert found["Тархелев Кирилл Петрович"].evidence["post"] == "head of mission Norway"
    assert found["Тархелев Константин Павлович"].status == "review"


def test_the_same_office_in_the_same_department_without_a_country() -> None:
    found = links(
        person(
            "P. N. Umrikhin",
            ["P.", "N."],
            soviet=True,
            offices=["head of department||NKID|Press Department"],
        ),
        record("Умрихин Павел Никитич", "head of department||NKID|Press Department"),
    )
    assert found["Умрихин Павел Никитич"].status == "applied"
    assert "Press Department" in str(found["Умрихин Павел Никитич"].evidence["post"])


def test_a_common_title_alone_is_no_evidence() -> None:
    # a record's bare "secretary" (of what?) does not corroborate a secretary of the texts
    found = links(
        person("P. N. Umrikhin", ["P.", "N."], offices=["secretary|||"]),
        record("Умрихин Павел Никитич", "secretary|||"),
    )
    assert found["Умрихин Павел Никитич"].status == "review"


def test_a_soviet_diplomat_and_a_record_in_the_foreign_commissariat_share_an_organisation() -> None:
    found = links(
        person("Pavel Umrikhin", ["Pavel"], soviet=True, offices=["counsellor|Japan||"]),
        record("Умрихин Павел Никитич", "referent||NKID|2nd Western Department"),
    )
    lk = found["Умрихин Павел Никитич"]
    assert lk.evidence["organisation"] == "NKID" and lk.status == "review"  # 0.55 + 0.15
    assert lk.evidence["waits"] == "evidence beyond the name, but not enough of it"


def test_first_name_and_patronymic_in_full_apply_and_another_patronymic_is_a_namesake() -> None:
    found = links(
        person("Ivan Petrovich Drozhnikov", ["Ivan", "Petrovich"]),
        record("Дрожников Иван Петрович"),
        record("Дрожников Иван Иванович"),  # his son, say: the same first name
    )
    assert found["Дрожников Иван Петрович"].status == "applied"
    assert "Дрожников Иван Иванович" not in found
    assert "another patronymic" in str(found["Дрожников Иван Петрович"].evidence["ruled out"])


def test_a_patronymic_initial_that_disagrees_needs_the_same_post() -> None:
    slip = person(
        "I. S. Drozhnikov", ["Ivan", "S."], soviet=True, offices=["deputy commissar||NKID|"]
    )
    found = links(slip, record("Дрожников Иван Петрович", "deputy commissar||NKID|", elite=True))
    assert found["Дрожников Иван Петрович"].status == "applied"
    assert "disagrees" in str(found["Дрожников Иван Петрович"].evidence["patronymic"])
    without = links(
        person("I. S. Drozhnikov", ["Ivan", "S."], soviet=True),
        record("Дрожников Иван Петрович", elite=True),
    )
    assert without["Дрожников Иван Петрович"].status == "review"


def test_a_stated_birth_year_corroborates_or_rules_out() -> None:
    found = links(
        person("Kirill Tarkhelev", ["Kirill"], birth=1893),
        record("Тархелев Кирилл Петрович", birth=1893),
        record("Тархелев Кирилл Иванович", birth=1905),
    )
    assert found["Тархелев Кирилл Петрович"].status == "applied"
    assert found["Тархелев Кирилл Петрович"].evidence["birth"] == "1893 ~ 1893"
    assert "Тархелев Кирилл Иванович" not in found


def test_dates_rule_namesakes_out() -> None:
    active = person(
        "K. P. Tarkhelev", ["K.", "P."], offices=["ambassador|Norway||"],
        posts=["ambassador|Norway"], post_years=[1924, 1940],
    )  # fmt: skip
    found = links(
        active,
        record("Тархелев Кирилл Петрович", "polpred|Norway|NKID|", birth=1890, death=1938),
        record("Тархелев Константин Павлович", "polpred|Norway|NKID|", birth=1910, death=1941),
    )
    assert found == {}  # one was shot before the post of 1940, the other too young in 1924
    died = links(
        person("Kirill Tarkhelev", ["Kirill"], death=1927, fates=["died"]),
        record("Тархелев Кирилл Петрович", death=1938),
    )
    assert died == {}


def test_party_history_corroborates() -> None:
    found = links(
        person("Kirill Tarkhelev", ["Kirill"], parties=["Menshevik"]),
        record("Тархелев Кирилл Петрович", parties=["член ВКП(б) (бывший меньшевик)"]),
    )
    assert found["Тархелев Кирилл Петрович"].status == "applied"
    assert "menshevik" in str(found["Тархелев Кирилл Петрович"].evidence["party"])
    old = links(
        person("Ivan Drozhnikov", ["Ivan"], parties=["Old Bolshevik"]),
        record("Дрожников Иван Петрович", joined=[1905]),
    )
    # an Old Bolshevik against a membership from before 1918: evidence, weaker than a former party
    assert "Old Bolshevik" in str(old["Дрожников Иван Петрович"].evidence["party"])
    assert old["Дрожников Иван Петрович"].status == "review"
    joined = links(
        person("Pavel Umrikhin", ["Pavel"], joined=[1912]),
        record("Умрихин Павел Никитич", joined=[1912]),
        record("Умрихин Павел Сергеевич", joined=[1920]),
    )
    assert joined["Умрихин Павел Никитич"].status == "applied"
    assert joined["Умрихин Павел Сергеевич"].status == "review"


def test_rank_an_elite_office_of_the_texts_and_an_elite_record() -> None:
    commissar = person("Pavel Umrikhin", ["Pavel"], soviet=True, offices=["people's commissar|||"])
    found = links(commissar, record("Умрихин Павел Никитич", elite=True))
    assert found["Умрихин Павел Никитич"].status == "applied"
    assert "rank" in found["Умрихин Павел Никитич"].evidence
    foreign = person("Pavel Umrikhin", ["Pavel"], offices=["foreign minister|||"])  # not Soviet
    assert (
        links(foreign, record("Умрихин Павел Никитич", elite=True))["Умрихин Павел Никитич"].status
        == "review"
    )


def test_an_office_at_the_head_of_the_soviet_state_is_of_the_elite_by_itself() -> None:
    # not marked a Soviet official, but a deputy chairman of the Council of People's
    # Commissars: rank, with both initials, against the one elite record of the name
    deputy = person(
        "P. N. Umrikhin", ["P.", "N."], offices=["deputy chairman|||Council of People's Commissars"]
    )
    lk = links(deputy, record("Умрихин Павел Никитич", elite=True))["Умрихин Павел Никитич"]
    assert lk.status == "applied" and "Council of People's Commissars" in str(lk.evidence["rank"])
    # the chairman of another state's council, or of a body of no state, is no rank
    for office in ("prime minister|France||", "chairman|||Council of Ministers"):
        other = person("P. N. Umrikhin", ["P.", "N."], offices=[office])
        lk = links(other, record("Умрихин Павел Никитич", elite=True))["Умрихин Павел Никитич"]
        assert lk.status == "review" and "rank" not in lk.evidence
    # by surname alone the rank is one piece of the two a surname needs
    premier = person("Umrikhin", offices=["prime minister|USSR||"])
    lk = links(premier, record("Умрихин Павел Никитич", elite=True))["Умрихин Павел Никитич"]
    assert lk.status == "review" and "rank" in lk.evidence


def test_nationality_and_company_support_but_never_suffice() -> None:
    found = links(
        person("Pavel Umrikhin", ["Pavel"], nationality=["Latvian"]),
        record("Умрихин Павел Никитич", nationality=["латыш"]),
    )
    lk = found["Умрихин Павел Никитич"]
    assert lk.evidence["nationality"] == "latvian" and lk.status == "review"


def test_a_country_named_beside_him_is_the_country_of_the_records_post() -> None:
    found = links(
        person("Pavel Umrikhin", ["Pavel"], nearby_countries=["Norway"]),
        record("Умрихин Павел Никитич", "attaché|Norway|NKID|"),
        record("Умрихин Павел Сергеевич", "attaché|Japan|NKID|"),
    )
    assert found["Умрихин Павел Никитич"].status == "applied"
    assert found["Умрихин Павел Сергеевич"].status == "review"


def test_two_corroborated_records_both_wait() -> None:
    found = links(
        person("K. P. Tarkhelev", ["K.", "P."], offices=["ambassador|Norway||"]),
        record("Тархелев Кирилл Петрович", "polpred|Norway|NKID|"),
        record("Тархелев Константин Павлович", "polpred|Norway|NKID|"),
    )
    assert {lk.status for lk in found.values()} == {"review"}
    assert all("ambiguous" in lk.evidence for lk in found.values())


def test_a_contradicted_fate_is_a_conflict_never_applied() -> None:
    found = links(
        person("Kirill Tarkhelev", ["Kirill"], birth=1893, fates=["survived"]),
        record("Тархелев Кирилл Петрович", birth=1893),
    )
    lk = found["Тархелев Кирилл Петрович"]
    assert lk.status == "review" and lk.conflict and "survived" in lk.conflict


def test_a_lone_m_may_be_monsieur() -> None:
    found = links(person("M. Tarkhelev", ["M."]), record("Тархелев Кирилл Петрович"))
    lk = found["Тархелев Кирилл Петрович"]
    assert lk.status == "review" and "Monsieur" in str(lk.evidence["given"])


def test_a_surname_alone_against_many_records_shows_only_corroborated_ones() -> None:
    recs = [record(f"Тархелев {g} Петрович") for g in ("Иван", "Олег", "Кирилл")]
    assert links(person("Tarkhelev"), *recs) == {}
    recs.append(record("Тархелев Борис Петрович", "polpred|Norway|NKID|"))
    found = links(person("Tarkhelev", offices=["ambassador|Norway||"]), *recs)
    assert list(found) == ["Тархелев Борис Петрович"]


def test_case_forms_and_german_spellings_are_read_as_surnames() -> None:
    assert name_key("Тархелев") in link_keys("Тархелева")
    assert name_key("Умрихинский") in link_keys("Умрихинского")
    assert name_key("Штольцман") in link_keys("Stoltsman")
    assert name_key("Гурцфельд") in link_keys("Hurtsfeld")
    found = links(
        person("Stoltsman", link_keys=sorted(link_keys("Stoltsman")), birth=1891,
               offices=["ambassador|Norway||"]),
        record("Штольцман Павел Никитич", "polpred|Norway|NKID|", birth=1891),
    )  # fmt: skip
    assert found["Штольцман Павел Никитич"].status == "applied"


def test_nationalities_and_parties_across_languages() -> None:
    assert nationality("латышка") == nationality("Latvian") == nationality("Lett") == "latvian"
    assert nationality("еврей") == nationality("Jew") == "jewish"
    assert nationality("марсианин") is None
    assert party_tokens(["б/п (бывший член партии эсеров)"]) == party_tokens(["SR"])
    assert party_tokens(["член ВКП(б)"]) == set()


def test_what_is_named_beside_a_man_stays_in_his_sentence() -> None:
    from narkomindel.model import Extraction, Mention
    from narkomindel.resolve.evidence import nearby

    text = "Kirill Tarkhelev was born in Kiev. The attaché in Oslo was Pavel Umrikhin, of the NKVD."

    def m(word: str, type_: str, **attrs: Any) -> Mention:
        at = text.index(word)
        return Mention(at, at + len(word), word, type_, "t", 1.0, attrs)

    ex = Extraction(
        [
            m("Kirill Tarkhelev", "person"),
            m("Kiev", "place", value="Kiev", kind="city"),
            m("Oslo", "place", value="Oslo", kind="city"),
            m("Pavel Umrikhin", "person"),
            m("NKVD", "organisation", value="NKVD", kind="police"),
        ]
    )
    assert nearby(ex, text) == {0: ({"Ukraine"}, set()), 3: ({"Norway"}, {"NKVD"})}


def test_a_full_name_is_not_enough_alone_among_many_records_of_the_surname() -> None:
    from narkomindel.resolve.link import COMMON_SURNAME

    me = person("Ivan Petrovich Drozhnikov", ["Ivan", "Petrovich"])
    others = [record(f"Дрожников Олег Ильич{'ь' * k}") for k in range(COMMON_SURNAME)]
    found = links(me, record("Дрожников Иван Петрович"), *others)
    lk = found["Дрожников Иван Петрович"]
    assert lk.status == "review" and "have that surname" in str(lk.evidence["full name"])


def test_the_one_elite_record_whose_first_name_agrees_with_a_soviet_official_is_applied() -> None:
    # a first name (or two initials) agreeing, a Soviet official of the texts, and the one
    # record of that name is of the party-state elite: the standing corroborates
    found = links(
        person("Kiril Tarkhelev", ["Kiril"], soviet=True, fates=["purged"]),
        record("Тархелев Кирилл Петрович", elite=True),
        record("Тархелев Семен Ильич"),
    )
    lk = found["Тархелев Кирилл Петрович"]
    assert lk.status == "applied" and "the name agrees" in str(lk.evidence["standing"])
    two = links(
        person("K. P. Tarkhelev", ["K.", "P."], soviet=True),
        record("Тархелев Кирилл Петрович", elite=True),
    )
    assert two["Тархелев Кирилл Петрович"].status == "applied"
    # not for one initial, nor for a record that is not of the elite, nor for one who is no
    # Soviet official in the texts
    assert (
        links(
            person("K. Tarkhelev", ["K."], soviet=True),
            record("Тархелев Кирилл Петрович", elite=True),
        )["Тархелев Кирилл Петрович"].status
        == "review"
    )
    assert (
        links(
            person("Kiril Tarkhelev", ["Kiril"], soviet=True), record("Тархелев Кирилл Петрович")
        )["Тархелев Кирилл Петрович"].status
        == "review"
    )
    assert (
        links(person("Kiril Tarkhelev", ["Kiril"]), record("Тархелев Кирилл Петрович", elite=True))[
            "Тархелев Кирилл Петрович"
        ].status
        == "review"
    )


def test_standing_does_not_choose_between_two_records_the_name_fits() -> None:
    found = links(
        person("Kiril Tarkhelev", ["Kiril"], soviet=True),
        record("Тархелев Кирилл Петрович", elite=True),
        record("Тархелев Кирилл Ильич", birth=1895),
    )
    assert {lk.status for lk in found.values()} == {"review"}


def test_a_russian_case_form_of_the_first_name_and_patronymic_reads_as_the_records() -> None:
    # "с Кириллом Петровичем Тархелевым": the instrumental of Кирилл Петрович, in full
    found = links(
        person("Кириллом Петровичем Тархелевым", ["Кириллом", "Петровичем"], surname="Тархелев"),
        record("Тархелев Кирилл Петрович"),
        record("Тархелева Кира Петровна"),
    )
    lk = found["Тархелев Кирилл Петрович"]
    assert lk.status == "applied" and "full name" in lk.evidence
    assert "Тархелева Кира Петровна" not in found  # another first name, and a woman's
    # the genitive of a name with a fleeting vowel; a case form of another name disagrees
    assert "Тархелев Лев Ильич" in links(
        person("Льва Тархелева", ["Льва"], surname="Тархелев"), record("Тархелев Лев Ильич")
    )
    assert not links(
        person("Павла Тархелева", ["Павла"], surname="Тархелев"), record("Тархелев Петр Ильич")
    )
    # a woman's patronymic is no form of a man's; Latin spellings are not case forms
    assert case_form_of("Ивановной", "Ивановна") and not case_form_of("Ивановной", "Иванович")
    assert not case_form_of("Kirillom", "Кирилл")


def test_a_surname_alone_waits_for_review_even_in_soviet_company() -> None:
    # "the delegates, from left: Drozhnikov, Umrikhin, Tarkhelev": named among Soviet
    # officials, and the register's one Тархелев is of the party-state elite; still a
    # surname alone, which a brother or a cousin in the register would share: review
    peers = [person("Ivan Drozhnikov", ["Ivan"], soviet=True), person("Umrikhin", soviet=True)]
    company = [p.key for p in peers]
    found = [
        links(
            person("Tarkhelev", companions=company),
            *peers,
            record("Тархелев Кирилл Петрович", elite=True),
        ),
        links(
            person("Tarkhelev", companions=company, offices=["chairman|USSR|Gosplan|"]),
            *peers,
            record("Тархелев Кирилл Петрович", elite=True),
        ),
        links(person("Tarkhelev", companions=company), *peers, record("Тархелев Кирилл Петрович")),
    ]
    for lk in found:
        assert lk["Тархелев Кирилл Петрович"].status == "review"


def test_two_capitals_are_no_initial_and_do_not_rule_a_record_out() -> None:
    # OCR "AT. Tarkhelev" (for "M."): read as a surname alone, to review, not "another
    # first name"; a real two-letter initial still counts
    lk = links(person("AT. Tarkhelev", ["AT."]), record("Тархелев Борис Петрович"))
    assert lk["Тархелев Борис Петрович"].status == "review"
    assert "OCR" in str(lk["Тархелев Борис Петрович"].evidence["given"])
    assert not links(person("KH. Tarkhelev", ["KH."]), record("Тархелев Борис Петрович"))


def test_the_day_of_an_execution_the_record_gives_corroborates_a_first_name() -> None:
    shot = {"fate_dates": ["executed|1938-02-14"]}
    me = person("Kirill Tarkhelev", ["Kirill"], fate_dates=["executed|1938-02-14"])
    lk = links(me, record("Тархелев Кирилл Петрович", **shot))["Тархелев Кирилл Петрович"]
    assert lk.status == "applied" and "1938-02-14" in str(lk.evidence["fate date"])
    # sentenced one day, shot the next: still the same day's record
    me = person("Kirill Tarkhelev", ["Kirill"], fate_dates=["sentenced|1938-02-13"])
    assert (
        links(me, record("Тархелев Кирилл Петрович", **shot))["Тархелев Кирилл Петрович"].status
        == "applied"
    )


def test_a_fate_date_namesake_trap_stays_in_review() -> None:
    shot = {"fate_dates": ["executed|1938-02-14"]}
    # the same name, shot another day of the same year: no corroboration
    other_day = person("Kirill Tarkhelev", ["Kirill"], fate_dates=["executed|1938-02-20"])
    lk = links(other_day, record("Тархелев Кирилл Петрович", **shot))["Тархелев Кирилл Петрович"]
    assert lk.status == "review" and "fate date" not in lk.evidence
    # months apart: a conflict, shown, never applied even with the same post
    months = person(
        "Kirill Tarkhelev", ["Kirill"], fate_dates=["executed|1938-09-02"],
        offices=["ambassador|Norway||"],
    )  # fmt: skip
    lk = links(months, record("Тархелев Кирилл Петрович", "polpred|Norway|NKID|", **shot))[
        "Тархелев Кирилл Петрович"
    ]
    assert lk.status == "review" and lk.conflict and "disagree" in lk.conflict
    # the same month only supports; a year alone says nothing
    month = person("Kirill Tarkhelev", ["Kirill"], fate_dates=["executed|1938-02"])
    lk = links(month, record("Тархелев Кирилл Петрович", **shot))["Тархелев Кирилл Петрович"]
    assert lk.status == "review" and "fate month" in lk.evidence
    # a surname alone with the day of the execution: one piece, so review
    bare = person("Tarkhelev", fate_dates=["executed|1938-02-14"])
    lk = links(bare, record("Тархелев Кирилл Петрович", **shot))["Тархелев Кирилл Петрович"]
    assert lk.status == "review" and "fate date" in lk.evidence


def test_same_initials_and_the_same_day_for_two_records_both_wait() -> None:
    # two brothers K. P., shot the same day: the date tells neither from the other
    shot = {"fate_dates": ["executed|1938-02-14"]}
    found = links(
        person("K. P. Tarkhelev", ["K.", "P."], fate_dates=["executed|1938-02-14"]),
        record("Тархелев Кирилл Петрович", **shot),
        record("Тархелев Константин Петрович", **shot),
    )
    assert {lk.status for lk in found.values()} == {"review"}


def test_english_forms_of_russian_given_names_agree_and_others_do_not() -> None:
    me = person("Moses Tarkhelev", ["Moses"], offices=["ambassador|Norway||"])
    found = links(
        me,
        record("Тархелев Моисей Петрович", "polpred|Norway|NKID|"),
        record("Тархелев Михаил Петрович", "polpred|Norway|NKID|"),
    )
    assert found["Тархелев Моисей Петрович"].status == "applied"
    assert "Тархелев Михаил Петрович" not in found  # another first name
    assert given_names_agree("Yuri", "Юрий") and given_names_agree("Sophie", "Софья")
    assert given_names_agree("Eric", "Эрик") and given_names_agree("Victor", "Виктор")
    assert not given_names_agree("Yuri", "Георгий")


def test_a_general_of_the_texts_and_a_commander_of_the_register() -> None:
    komkor = {"senior_rank": "комкор"}
    me = person("K. P. Tarkhelev", ["K.", "P."], senior_rank="general")
    lk = links(me, record("Тархелев Кирилл Петрович", **komkor))["Тархелев Кирилл Петрович"]
    assert lk.status == "applied" and "комкор" in str(lk.evidence["military rank"])
    # the same initials, another patronymic: the commander is told from the clerk, and
    # a patronymic printed in full that disagrees rules the commander out, rank or not
    two = links(
        me, record("Тархелев Кирилл Петрович", **komkor), record("Тархелев Кирилл Павлович")
    )
    assert two["Тархелев Кирилл Павлович"].status == "review"
    trap = record("Тархелев Кирилл Павлович", **komkor)
    full = person("Kirill Petrovich Tarkhelev", ["Kirill", "Petrovich"], senior_rank="general")
    assert not links(full, trap)
    # a record without a commander's rank: nothing beyond the name
    plain = links(me, record("Тархелев Кирилл Петрович"))["Тархелев Кирилл Петрович"]
    assert plain.status == "review" and "military rank" not in plain.evidence
    # two commanders the initials fit (brothers): both wait
    both = links(
        me,
        record("Тархелев Кирилл Петрович", **komkor),
        record("Тархелев Климент Петрович", **komkor),
    )
    assert {x.status for x in both.values()} == {"review"}
    # a general named by surname alone: one piece, review
    bare = links(
        person("Tarkhelev", senior_rank="general"), record("Тархелев Кирилл Петрович", **komkor)
    )
    assert bare["Тархелев Кирилл Петрович"].status == "review"


def test_a_senior_rank_before_a_name_but_not_consul_general() -> None:
    from narkomindel.model import Extraction, Mention
    from narkomindel.resolve.cluster import person_mentions

    text = (
        "Present were General K. P. Tarkhelev, Consul General L. M. Umrikhin and комкора Дробцова."
    )

    def at(name: str) -> Mention:
        return Mention(text.index(name), text.index(name) + len(name), name, "person", "t", 1.0, {})

    ex = Extraction([at("K. P. Tarkhelev"), at("L. M. Umrikhin"), at("Дробцова")])
    ranks = [pm.facts.senior_rank if pm.facts else None for pm in person_mentions("s", ex, text)]
    assert ranks == ["general", None, "комкор"]


def test_monsieur_after_a_fuller_name_is_the_man_named_before() -> None:
    from narkomindel.resolve.cluster import PersonMention, cluster_persons

    def pm(start: int, text: str, given: list[str]) -> PersonMention:
        return PersonMention("doc", start, start, text, "Tarkhelev", given)

    # "K. P. Tarkhelev ... M. Tarkhelev": Monsieur Tarkhelev, one man
    (one,) = cluster_persons(
        [[pm(0, "K. P. Tarkhelev", ["K.", "P."]), pm(90, "M. Tarkhelev", ["M."])]]
    )
    assert one.variants == ["K. P. Tarkhelev", "M. Tarkhelev"] and one.attrs["given"] == [
        "K.",
        "P.",
    ]
    # "M." that agrees with the fuller name joins it too; alone it stays an "M." person
    (same,) = cluster_persons(
        [[pm(0, "Maksim Tarkhelev", ["Maksim"]), pm(50, "M. Tarkhelev", ["M."])]]
    )
    assert same.attrs["given"] == ["Maksim"]
    (alone,) = cluster_persons([[pm(0, "M. Tarkhelev", ["M."])]])
    assert alone.attrs["given"] == ["M."]
