"""Role phrases the vocabulary read wrongly or not at all (helper roles2): the old word
"commissary", a portfolio in lower case, offices of a delegation, offices of a place.
Short invented sentences; nobody named here appears in the corpus."""

from __future__ import annotations

from narkomindel.extract.roles import find_roles
from narkomindel.gazetteer.vocabulary import role_class_of
from tests.extract.sample import asserted_posts


def _roles(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(r.role, r.department, r.country, r.organisation) for r in find_roles(text)]


def test_commissary_is_a_commissar_with_his_portfolio() -> None:
    assert _roles("Orlik, Commissary of Finance, spoke.") == [
        ("people's commissar", "Finance", None, None)
    ]
    assert _roles("Orlik, the Commissary for Foreign Affairs, spoke.") == [
        ("people's commissar", None, None, "NKID")
    ]
    assert ("Pavel Orlik", "people's commissar", "Finance") in asserted_posts(
        "Pavel Orlik, Commissary of Finance, made his report."
    )


def test_a_commissary_without_a_portfolio_is_a_canteen() -> None:
    assert _roles("The commissary was closed on Sundays.") == []
    assert _roles("They bought bread at the army commissary in town.") == []


def test_a_portfolio_named_in_lower_case() -> None:
    assert _roles("Orlik was People's Commissar of foreign trade between 1920 and 1924.") == [
        ("people's commissar", "Foreign Trade", None, None)
    ]
    assert _roles("Orlik was deputy commissar for heavy industry.") == [
        ("deputy commissar", "Heavy Industry", None, None)
    ]
    # what names no portfolio leaves the office without one
    assert _roles("Orlik was commissar of a division.")[0][1] is None


def test_offices_of_a_delegation_are_its_head_and_its_delegates() -> None:
    head = _roles("Orlik was chairman of the Soviet delegation to the Ruritania Conference.")
    assert head[0][:2] == ("head of delegation", "Soviet delegation to the Ruritania Conference")
    assert role_class_of(head[0][0]) == "delegate"
    assert _roles("Orlik was head of the Soviet delegation at the talks.")[0][0] == (
        "head of delegation"
    )
    member = _roles("Orlik was a member of the delegation for peace talks with Ruritania.")
    assert member[0][:2] == ("delegate", "delegation for peace talks with Ruritania")
    assert ("Pavel Orlik", "delegate", "delegation") in asserted_posts(
        "Pavel Orlik was a member of the delegation."
    )
    # a member of another body stays a member
    assert _roles("Orlik was a member of the Politburo.")[0][:2] == ("member", "Politburo")


def test_offices_of_a_place_need_the_place() -> None:
    assert _roles("Orlik was mayor of Riga.") == [("mayor", None, "Latvia", None)]
    assert _roles("Orlik was Governor of Estonia.")[0][0] == "governor"
    assert _roles("Governor Orlik spoke.") == []
    assert _roles("Orlik was the mayor.") == []


def test_a_name_after_the_portfolio_is_not_part_of_it() -> None:
    assert _roles("Vice Commissar for Agriculture Pavel Orlik was shot.") == [
        ("deputy commissar", "Agriculture", None, None)
    ]
    assert ("Pavel Orlik", "deputy commissar", "Agriculture") in asserted_posts(
        "Vice Commissar for Agriculture Pavel Orlik was shot."
    )
    assert _roles("Minister of Education Orlik spoke.")[0][1] == "Education"
    # the portfolio's own words, and a body that goes on in lower case, stay whole
    assert _roles("Commissar of Posts and Telegraphs Orlik spoke.")[0][1] == "Posts and Telegraphs"
    assert _roles("Orlik was Commissar of Agriculture of the RSFSR.")[0][1] == (
        "Agriculture of the RSFSR"
    )


def test_its_office_is_of_the_body_named_before() -> None:
    assert ("Pavel Orlik", "chairman", "Supreme Economic Council") in asserted_posts(
        "The Supreme Economic Council met; Pavel Orlik was its chairman."
    )
    assert ("Pavel Orlik", "chairman", "Ruritanian Trading Corporation") in asserted_posts(
        "Pavel Orlik founded the Ruritanian Trading Corporation in 1924 and became its chairman."
    )
    # no body named before: "its" gives nothing, and a chairman of no body is no post
    # (posts v20, as a bare "deputy chairman" already was)
    assert not asserted_posts("Pavel Orlik was its chairman.")
    # a body in another paragraph is not the one meant
    posts = asserted_posts("The Supreme Economic Council met.\n\nPavel Orlik was its chairman.")
    assert ("Pavel Orlik", "chairman", "Supreme Economic Council") not in posts


def test_the_body_named_before_its_head() -> None:
    assert _roles("NKVD chief Orlik was shot.") == [("head of department", "NKVD", None, None)]
    assert ("Pavel Orlik", "chairman", "Comintern") in asserted_posts(
        "Comintern chairman Pavel Orlik spoke."
    )
    assert ("Pavel Orlik", "editor", "Izvestia") in asserted_posts(
        "Pavel Orlik, the Izvestia editor, wrote."
    )
    # a head noun with no body before it stays as it was
    assert _roles("The chief of the village spoke.") == []


def test_how_often_he_held_it_stands_between_copula_and_office() -> None:
    assert ("Pavel Orlik", "chairman", "Gosbank") in asserted_posts(
        "Pavel Orlik was twice chairman of Gosbank."
    )
    assert ("Pavel Orlik", "ambassador", "Poland") in asserted_posts(
        "Pavel Orlik was temporarily ambassador to Poland."
    )


def test_a_normalised_role_keeps_the_class_of_its_surface() -> None:
    # "Editor in Chief" heads the paper (the class of "chief"), a governor-general's
    # title keeps its own words: what the role is classed by is what the text says
    from narkomindel import gazetteer as gz

    for surface in ("editor in chief", "editor-in-chief", "governor-general", "governor general"):
        assert role_class_of(gz.roles()[surface][0]) == role_class_of(surface)
    assert ("Pavel Orlik", "editor-in-chief", "Ruritanskaya Pravda") in asserted_posts(
        "Pavel Orlik was elected Editor in Chief of Ruritanskaya Pravda."
    )


def test_a_monarch_of_his_state() -> None:
    assert ("Nicholas II", "tsar", "Russia") in asserted_posts(
        "Nicholas II, the last Tsar of Russia, abdicated."
    )
    assert ("Hirohito", "emperor", "Japan") in asserted_posts(
        "Emperor Hirohito of Japan received him."
    )
    assert _roles("The tsarist regime fell.") == []


def test_the_later_items_of_a_career_list_after_semicolons() -> None:
    posts = asserted_posts(
        "Pavel Orlik was born in 1890. In 1922, he was the Soviet Ambassador to Norway;"
        " in 1924–1927, the Ambassador to Mexico; after 1933, the Ambassador to Greece."
    )
    assert {("Pavel Orlik", "ambassador", c) for c in ("Norway", "Mexico", "Greece")} <= posts
    # an item naming its own holder is that holder's
    posts = asserted_posts(
        "Pavel Orlik was born in 1890. In 1921, he was ambassador to Poland;"
        " Ivan Dronov, the ambassador to China."
    )
    assert ("Pavel Orlik", "ambassador", "China") not in posts


def test_the_head_of_a_government_is_its_premier() -> None:
    assert ("Pavel Orlik", "prime minister", "Ukraine") in asserted_posts(
        "In 1919 Pavel Orlik briefly headed the Ukrainian Soviet government."
    )
    assert ("Pavel Orlik", "prime minister", "Ukraine") in asserted_posts(
        "Pavel Orlik was head of the Ukrainian government."
    )
    # a body of the government is not the government
    assert ("Pavel Orlik", "prime minister", None) not in asserted_posts(
        "Pavel Orlik headed the government delegation to Riga."
    )


def test_a_verb_phrase_with_the_subject_understood() -> None:
    # ", replaced Y as R": the sentence's subject replaced Y (Y held R before)
    posts = asserted_posts(
        "Pavel Orlik was born in 1888. He was a member of the delegation, replaced Ivan Dronov"
        " as chairman of the delegation and signed the treaty."
    )
    assert {("Pavel Orlik", "head of delegation", "delegation"),
            ("Ivan Dronov", "head of delegation", "delegation")} <= posts  # fmt: skip
    # "; then served as R": the same subject's next post
    assert ("Pavel Orlik", "secretary", "Soviet delegation") in asserted_posts(
        "Pavel Orlik was born in 1888. In 1919, he was a member of the Party Control"
        " Commission; then served as secretary of the Soviet delegation to the peace conference."
    )


def test_hyphenated_forms_of_an_office() -> None:
    assert _roles("Orlik, Deputy-Commissar for Foreign Affairs, spoke.") == [
        ("deputy commissar", None, None, "NKID")
    ]
    assert _roles("Orlik, the Trade-Representative in Paris, spoke.")[0][:3] == (
        "trade representative",
        None,
        "France",
    )
    assert [r.role for r in find_roles("Orlik, the Russian Charge-d'Affaires, spoke.")] == [
        "chargé d'affaires"
    ]
    # "ex-" is a former holder's
    found = find_roles("Orlik, the ex-ambassador, spoke.")
    assert [(r.role, r.former) for r in found] == [("ambassador", True)]
    assert _roles("Orlik, the head-waiter, spoke.") == []


def test_a_permanent_under_secretary_takes_the_adjective_before_him() -> None:
    assert ("Henry Blount", "under secretary", "United Kingdom") in asserted_posts(
        "Sir Henry Blount, the British Permanent Under-Secretary, received him."
    )
