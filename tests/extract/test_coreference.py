"""Issue 11, fifth round: the holder of a post or a fate named in another sentence — by
a pronoun of a known gender, a definite role description, or as the page's person.
Invented sentences; nobody named here appears in the corpus."""

from __future__ import annotations

import pytest

from tests.extract.sample import run


def _claims(text: str) -> set[tuple[str, str, str | None]]:
    _doc, ex = run(text + "\n")
    return {
        (
            ex.mentions[c.subject].text,
            c.type,
            c.value if c.type == "fate" else c.country or c.department,
        )
        for c in ex.claims
        if c.type in ("fate", "post") and c.modality == "asserted"
    }


CASES = [
    # "she" passes over the man named last to the woman named before him
    (
        "Mme Olga Verkhanova was counsellor in Oslo. Her deputy was Pavel Drozhin. "
        "In 1938 she was recalled.",
        ("Olga Verkhanova", "fate", "recalled"),
        ("Pavel Drozhin", "fate", "recalled"),
    ),
    # a Russian feminine surname shows the gender too
    (
        "Nina Verkhanova met Pavel Drozhin in Oslo. She was arrested in 1937.",
        ("Nina Verkhanova", "fate", "arrested"),
        ("Pavel Drozhin", "fate", "arrested"),
    ),
    # "he" never stands for the woman, but for the man named before her
    (
        "Pavel Drozhin married Nina Verkhanova in Oslo. He was shot in 1938.",
        ("Pavel Drozhin", "fate", "executed"),
        ("Nina Verkhanova", "fate", "executed"),
    ),
    # a definite role description: the last holder of that role class
    (
        "Pavel Drozhin was appointed envoy to Latvia in 1934. The envoy was recalled in 1937.",
        ("Pavel Drozhin", "fate", "recalled"),
        None,
    ),
    (
        "Pavel Drozhin was appointed envoy to Latvia in 1934, and Ivan Sokhin consul in Riga. "
        "The Soviet envoy was arrested in 1937.",
        ("Pavel Drozhin", "fate", "arrested"),
        ("Ivan Sokhin", "fate", "arrested"),
    ),
    (
        "Pavel Drozhin was appointed envoy to Latvia in 1934. In 1937 the envoy was recalled.",
        ("Pavel Drozhin", "fate", "recalled"),
        None,
    ),
    (
        "Pavel Drozhin was appointed envoy to Latvia in 1934. The envoy returned to Moscow in "
        "1937 and was arrested.",
        ("Pavel Drozhin", "fate", "arrested"),
        None,
    ),
    # the description names another country than the post held: someone else
    (
        "Pavel Drozhin was appointed envoy to Latvia in 1934. The envoy to Estonia was recalled "
        "in 1937.",
        ("Pavel Drozhin", "post", "Latvia"),
        ("Pavel Drozhin", "fate", "recalled"),
    ),
    # a possessed role description is not its holder
    (
        "Pavel Drozhin was appointed envoy to Latvia in 1934. The envoy's wife was arrested in "
        "1937.",
        ("Pavel Drozhin", "post", "Latvia"),
        ("Pavel Drozhin", "fate", "arrested"),
    ),
    # posts after a pronoun: "went on to become", "his next post was that of"
    (
        "Pavel Drozhin was born in Tver in 1890. He went on to become ambassador to Turkey.",
        ("Pavel Drozhin", "post", "Turkey"),
        None,
    ),
    (
        "Pavel Drozhin was born in Tver in 1890. His next post was that of envoy to Latvia.",
        ("Pavel Drozhin", "post", "Latvia"),
        None,
    ),
    (
        "Pavel Drozhin was born in Tver in 1890. His first posting abroad was as counsellor in "
        "Berlin.",
        ("Pavel Drozhin", "post", "Germany"),
        None,
    ),
    (
        "Pavel Drozhin was born in Tver in 1890. For two more years he continued to serve as "
        "head of the Press Department, though he rarely came to work.",
        ("Pavel Drozhin", "post", "Press Department"),
        None,
    ),
    # a name after a preposition, or the subject of "… him", is not the pronoun's person
    (
        "Pavel Drozhin was envoy to Latvia. Unlike Ivan Sokhin, he was shot in 1938.",
        ("Pavel Drozhin", "fate", "executed"),
        ("Ivan Sokhin", "fate", "executed"),
    ),
    (
        "Pavel Drozhin was envoy to Latvia. On the orders of Ivan Sokhin he was recalled in 1937.",
        ("Pavel Drozhin", "fate", "recalled"),
        ("Ivan Sokhin", "fate", "recalled"),
    ),
    (
        "Pavel Drozhin was envoy to Latvia. Ivan Sokhin denounced him and he was arrested in 1937.",
        ("Pavel Drozhin", "fate", "arrested"),
        ("Ivan Sokhin", "fate", "arrested"),
    ),
    # "she" does not stand for a man
    (
        "Pavel Drozhin was born in Tver in 1890. She was appointed envoy to Norway in 1930.",
        ("Pavel Drozhin", "post", None),
        ("Pavel Drozhin", "post", "Norway"),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_holder_across_sentences(
    text: str, wanted: tuple[str, str, str], unwanted: tuple[str, str, str] | None
) -> None:
    got = _claims(text)
    if wanted[2] is not None or wanted[1] != "post":
        assert wanted in got
    if unwanted is not None:
        assert unwanted not in got


def test_description_with_no_holder_named_before_binds_nobody() -> None:
    got = _claims("The envoy was recalled in 1937.")
    assert not any(t == "fate" for _, t, _v in got)


def test_nothing_carried_into_quoted_speech() -> None:
    got = _claims('Pavel Drozhin was envoy to Latvia. Ivan Sokhin said: "He was shot." ')
    assert ("Pavel Drozhin", "fate", "executed") not in got


def test_a_list_of_several_persons_lends_none_to_a_pronoun() -> None:
    got = _claims(
        "Pavel Drozhin, Ivan Sokhin and Fedor Lamkov were at the dinner. He was arrested in 1937."
    )
    assert not any(t == "fate" for _, t, _v in got)


def test_the_page_person_named_in_its_heading() -> None:
    _doc, ex = run("# Death of Mr. Pavel Drozhin\n\nIn 1925 he was appointed envoy to Latvia.\n")
    posts = {(ex.mentions[c.subject].text, c.country) for c in ex.claims if c.type == "post"}
    assert any(country == "Latvia" for _, country in posts)


def test_the_person_named_most_is_the_page_person() -> None:
    text = (
        "Pavel Drozhin was born in Tver. Drozhin studied law with Ivan Sokhin.\n\n"
        "Drozhin joined the commissariat in 1921.\n\n"
        "Appointed envoy to Latvia in 1925.\n"
    )
    _doc, ex = run(text)
    posts = {(ex.mentions[c.subject].text, c.country) for c in ex.claims if c.type == "post"}
    assert any(country == "Latvia" for _, country in posts)


def test_a_sender_named_in_parentheses_is_not_the_page_person() -> None:
    from narkomindel.extract.coreference import page_topic

    text = "The Envoy in Latvia (Pavel Drozhin) to the Commissar\n\nHe was recalled.\n"
    _doc, ex = run(text)
    persons = [i for i, m in enumerate(ex.mentions) if m.type == "person"]
    assert persons
    assert page_topic(text, ex.mentions, persons, (0, text.index("\n"))) is None


def test_a_heading_opening_with_a_file_number_names_no_page_person() -> None:
    from narkomindel.extract.coreference import page_topic

    text = "123 Pavel Drozhin/38\n\nHe was recalled.\n"
    _doc, ex = run(text)
    persons = [i for i, m in enumerate(ex.mentions) if m.type == "person"]
    assert persons
    assert page_topic(text, ex.mentions, persons, (0, text.index("\n"))) is None


def test_a_pronoun_subject_keeps_its_person_past_those_named_after_it() -> None:
    # helper roles2: "In 1917, he was … with X and Y. In 1918, he was …": the second "he"
    # is the first's, not X's (X is named after the pronoun that is the subject)
    from tests.extract.sample import asserted_posts

    posts = asserted_posts(
        "Pavel Orlik was born in 1889. In October 1917, he was secretary of the talks together"
        " with Ivan Dronov and Semyon Vatov. In 1921, he was the Soviet Ambassador to Poland."
    )
    assert ("Pavel Orlik", "ambassador", "Poland") in posts
    assert not any(who != "Pavel Orlik" for who, _role, _where in posts)
    # a sentence whose subject is the person named still lends that person
    posts = asserted_posts(
        "Pavel Orlik was born in 1889. In 1917 Ivan Dronov met him. In 1921, he was the Soviet"
        " Ambassador to Poland."
    )
    assert ("Ivan Dronov", "ambassador", "Poland") in posts
