"""Fates and events of task EV3 (branch events3): a fate verb after "and" with an adverb or a
span of time ("and almost immediately arrested", "and within months was shot"), a long
chain closed by ", and was", being held ("is still in prison"), a death in "a camp", "sent
into exile", an active sentence ("the court sentenced X to death"), "the purge of X";
an instrument denounced, "the break of all relations", a government recognised
by its name, one war told three ways in a sentence, a reference mark ending a sentence.
Invented sentences; nobody named here is in the corpus."""

from __future__ import annotations

import pytest

from narkomindel.extract.tokens import sentence_spans
from tests.extract.sample import asserted_fates as _fates
from tests.extract.sample import events_in as _events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nikodim Pesotsky was transferred to the fisheries board and almost immediately arrested.",
            ("Nikodim Pesotsky", "arrested", None),
        ),
        (
            "Gleb Tarutin was recalled in May 1937 and within months was shot.",
            ("Gleb Tarutin", "executed", None),
        ),
        (
            "Osip Merkulin was arrested in 1939, on charges of spying for Ruritania, and was shot in July 1941.",
            ("Osip Merkulin", "executed", "1941-07"),
        ),
        (
            "Feliks Borodai and Ilarion Zvyagin are still in prison.",
            ("Ilarion Zvyagin", "imprisoned", None),
        ),
        ("Feliks Borodai was still in prison in 1940.", ("Feliks Borodai", "imprisoned", "1940")),
        (
            "Feliks Borodai ended up in a labour camp in 1938.",
            ("Feliks Borodai", "imprisoned", "1938"),
        ),
        (
            "Gleb Tarutin, arrested in 1937, died in a camp.",
            ("Gleb Tarutin", "died in custody", None),
        ),
        (
            "Nikodim Pesotsky was removed from his post in 1929 and sent into exile.",
            ("Nikodim Pesotsky", "exiled", None),
        ),
        (
            "The tribunal sentenced Osip Merkulin to death in 1938.",
            ("Osip Merkulin", "sentenced", "1938"),
        ),
        (
            "Osip Merkulin returned to Moscow in 1937. A court sentenced him to ten years in 1938.",
            ("Osip Merkulin", "sentenced", "1938"),
        ),
        (
            "Pavel Orlin worked in the commissariat until 1937, when he was suddenly transferred"
            " to the fisheries board and almost immediately arrested.",
            ("Pavel Orlin", "arrested", None),
        ),
        (
            "Pavel Orlin was released in 1934; he would die in a Kiev hospital on Dec. 4, 1937.",
            ("Pavel Orlin", "died", "1937-12-04"),
        ),
        (
            "After the purge of Feliks Borodai and Gleb Tarutin, no envoy was named.",
            ("Gleb Tarutin", "purged", None),
        ),
    ],
)
def test_fate_constructions(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _fates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ilarion Zvyagin remained in the opposite camp until 1927.",  # a camp of opinion
        "The tribunal would not have sentenced Osip Merkulin to death.",  # a negation
        "Gleb Tarutin was sentenced to death in 1938.",  # the passive: one claim, not two
        "Osip Merkulin led Gleb Tarutin's purge of the legation.",  # the purge is Tarutin's own
        "Pavel Orlin met Ivan Gorev in 1937, when he was promoted and later recalled.",  # whose "he"?
    ],
)
def test_fate_negatives(text: str) -> None:
    fates = _fates(text)
    if "opposite camp" in text:
        assert not fates
    elif "would not" in text:
        assert not any(f[1] == "sentenced" for f in fates)
    elif "was sentenced" in text:
        assert fates == {("Gleb Tarutin", "sentenced", "1938")}
    elif "whose" in text or "promoted" in text:
        assert not any(f[1] == "recalled" for f in fates)
    else:
        assert not any(f[1] == "purged" for f in fates)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treaty was denounced by Ruritania on 28 November 1936.",
            ("other", "denunciation of treaty", "1936-11-28"),
        ),
        ("In 1936 Ruritania withdrew from the pact.", ("other", "denunciation of pact", "1936")),
        (
            "The war of 1936 saw the break of all diplomatic relations.",
            ("rupture", "rupture of relations", "1936"),
        ),
        (
            "On 3 May 1931 the Ruritanian government recognized the Osland government as the legal one.",
            ("recognition", "recognition of Osland", "1931-05-03"),
        ),
        (
            "The Treaty of Osland was signed by Ruritania and Borduria on 12 March 1931, and the"
            " ratifications were exchanged on 21 March.",
            ("treaty", "Treaty of Osland", "1931-03-12"),
        ),
    ],
)
def test_event_constructions(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text)


def test_one_war_told_three_ways_is_one_event() -> None:
    events = _events("The Borduria War began on 30 November 1931 with the invasion of Ruritania.")
    assert [e for e in events if e[0] == "war"] == [("war", "Borduria War", "1931-11-30")]


def test_the_war_named_before_does_not_break_out_again() -> None:
    events = _events(
        "The Borduria War began on 30 November 1931. Osland made larger claims than before the war started."
    )
    assert {e for e in events if e[0] == "war"} == {("war", "Borduria War", "1931-11-30")}


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania hoped for peace, anticipating a League of Nations intervention.",
        "The government had not recognized the Osland government.",
    ],
)
def test_event_negatives(text: str) -> None:
    assert not _events(text)


def test_a_reference_mark_ends_a_sentence() -> None:
    text = "The pact was signed on 21 March.[1] It marked the end of the war."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "The pact was signed on 21 March.",
        "It marked the end of the war.",
    ]
