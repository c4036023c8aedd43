"""Extraction on short texts written for these tests; their people appear in no corpus file."""

from __future__ import annotations

from narkomindel.config import Settings
from narkomindel.extract import extract_document
from narkomindel.model import Document, Extraction
from narkomindel.read.text import read_text

TEXT = """THE NORTHERN LEGATION

In 1931 the commissariat sent Ambassador to Portugal T. V. Mirolubov to Lisbon.
His counsellor, Gavriil Petrushenko, kept the ciphers, and Mirolubov's wife stayed
in Moscow. Commissar Lindqvist approved both appointments.1

In 1938 Mirolubov was recalled to Moscow. He was arrested at the frontier and was
shot on 3 March 1939. Petrushenko refused to return and settled in Paris. It was
rumored that Lindqvist had been arrested too, though nobody could confirm it. A trial
of diplomats was planned but never materialized.

The Treaty of Lisbon was signed on 12 May 1932. Portugal recognised the Soviet Union
de jure in June 1933, and the Lisbon Conference (October 10-14, 1933) followed.

1. Harold Pembury, Envoys of the North (London, 1979), p. 12; Arkadii Kvetov,
Zapiski diplomata (Moscow, 1965), p. 3.
"""


def run(text: str = TEXT) -> tuple[Document, Extraction]:
    doc = read_text(text.encode("utf-8"), "invented.txt", Settings())
    return doc, extract_document(doc)


def persons(ex: Extraction, mtype: str = "person") -> set[str]:
    return {m.text for m in ex.mentions if m.type == mtype}


def test_person_mentions_by_name_grammar() -> None:
    _doc, ex = run()
    found = persons(ex)
    assert {"T. V. Mirolubov", "Gavriil Petrushenko", "Lindqvist", "Mirolubov"} <= found
    assert not found & {"Portugal", "Lisbon", "Moscow", "Paris", "Commissar", "Ambassador"}
    assert "Harold Pembury" in persons(ex, "cited_author")
    assert "Arkadii Kvetov" in persons(ex, "cited_author")  # cited only: not an actor here
    for m in ex.mentions:  # provenance: the text at the span is the mention
        assert _doc.text[m.start : m.end] == m.text


def test_posts_with_role_and_country() -> None:
    _doc, ex = run()
    posts = {
        (ex.mentions[c.subject].text, c.role, c.country) for c in ex.claims if c.type == "post"
    }
    assert ("T. V. Mirolubov", "ambassador", "Portugal") in posts
    assert ("Gavriil Petrushenko", "counsellor", None) in posts
    assert ("Lindqvist", "people's commissar", None) in posts


def test_fates_dates_and_modality() -> None:
    _doc, ex = run()
    fates = {
        (ex.mentions[c.subject].text, c.value, c.date_start, c.modality)
        for c in ex.claims
        if c.type == "fate"
    }
    assert ("Mirolubov", "recalled", None, "asserted") in fates
    assert ("Mirolubov", "arrested", None, "asserted") in fates  # "He" refers back
    assert ("Mirolubov", "executed", "1939-03-03", "asserted") in fates
    assert ("Petrushenko", "defected", None, "asserted") in fates
    assert ("Lindqvist", "arrested", None, "rumoured") in fates
    for c in ex.claims:
        assert c.quote == _doc.text[c.start : c.end]


def test_events_with_dates_and_parties() -> None:
    _doc, ex = run()
    events = {(e.type, e.name, e.date) for e in ex.events}
    assert ("treaty", "Treaty of Lisbon", "1932-05-12") in events
    assert ("conference", "Lisbon Conference", "1933-10-10/1933-10-14") in events
    rec = next(e for e in ex.events if e.type == "recognition")
    assert rec.date == "1933-06" and "de jure" in rec.name and "Portugal" in rec.parties
    assert not any(e.type == "trial" for e in ex.events if "never" in e.quote)


def test_title_words_and_ships_are_not_persons() -> None:
    text = (
        "The steamer Omutninsk left port.\n\nThe S.S. Krasnovodsk sailed on.\n\n"
        "1. V. Orlovtsev, Diplomaticheskii slovar' (Moscow, 1950), p. 4.\n"
    )
    _doc, ex = run("The talks ended. The Treaty of Kestrand, signed on 2 June 1925, held.\n")
    assert "Kestrand" not in persons(ex)
    # a biography titled with its subject's name, in italics, is a title
    _doc, ex = run(
        "Commissar Vorontsev spoke.<sup>1</sup>\n\n---\n\n<sup>1</sup> Dalby, *Gleb Vorontsev*, p. 12.\n"
    )
    assert [m.text for m in ex.mentions if m.type == "person"] == ["Vorontsev"]
    _doc, ex = run(text)
    assert "Omutninsk" not in persons(ex) and "Krasnovodsk" not in persons(ex)
    assert "Diplomaticheskii" not in persons(ex) | persons(ex, "cited_author")


def test_dates_as_mentions_are_edtf() -> None:
    _doc, ex = run()
    dates = {m.text: m.attrs["edtf"] for m in ex.mentions if m.type == "date"}
    assert dates["3 March 1939"] == "1939-03-03"
    assert dates["October 10-14, 1933"] == "1933-10-10/1933-10-14"
    assert dates["June 1933"] == "1933-06"


def test_attributes_from_prose() -> None:
    text = (
        "The deputy, Lev Tomarin (Tomarinskii), a former Menshevik, was born in Kiev in 1889. "
        "Pavel Dronov, a Latvian, joined the party in 1912. Ivan Sedykhin, an Old Bolshevik, stayed.\n"
    )
    _doc, ex = run(text)
    got = {
        (ex.mentions[c.subject].text, c.attribute or c.value, c.value, c.date_start)
        for c in ex.claims
    }
    assert ("Lev Tomarin", "other_name", "Tomarinskii", None) in got
    assert ("Lev Tomarin", "birth", "1889", None) in got
    assert ("Lev Tomarin", "birthplace", "Kiev", None) in got
    assert ("Lev Tomarin", "former_party", "Menshevik", None) in got
    assert ("Pavel Dronov", "nationality", "Latvian", None) in got
    assert ("Pavel Dronov", "member", "member", "1912") in got
    assert ("Ivan Sedykhin", "Old Bolshevik", "Old Bolshevik", None) in got


def test_a_pronoun_right_before_the_fate_names_the_sentence_subject() -> None:
    _doc, ex = run(
        "Ambassador to Chile O. N. Varaksin left Santiago in 1937; unlike most colleagues he"
        " survived the purges and retired.\n\nThe consul Pyzhov saw him off; he was later shot.\n"
    )
    fates = {(ex.mentions[c.subject].text, c.value) for c in ex.claims if c.type == "fate"}
    assert ("O. N. Varaksin", "survived") in fates
    assert ("Pyzhov", "executed") in fates
    assert ("O. N. Varaksin", "executed") not in fates


def test_lists_of_victims_departments_and_life_dates() -> None:
    _doc, ex = run(
        "The envoy to Iceland, Semyon Gorlovets, was recalled in 1937 and shot in 1940.\n\n"
        "Anatolii Pertsovich Vyshkov (1884-1940) headed the Third Western Department.\n\n"
        "Among those executed were Oleg Trubnikov, former consul in Tabriz, and Vadim Letunov.\n\n"
        "Ivan Zhemchugov (1931-1936) was a quiet envoy.\n"
    )
    m = ex.mentions
    claims = {
        (m[c.subject].text, c.type, c.value or c.role, c.attribute, c.date_start, c.department)
        for c in ex.claims
    }
    assert ("Semyon Gorlovets", "fate", "executed", None, "1940", None) in claims
    assert ("Semyon Gorlovets", "fate", "recalled", None, "1937", None) in claims
    name = "Anatolii Pertsovich Vyshkov"
    assert (name, "post", "head of department", None, None, "3rd Western Department") in claims
    assert (name, "attribute", "1884", "birth", None, None) in claims
    assert (name, "fate", "died", None, "1940", None) in claims
    assert ("Oleg Trubnikov", "fate", "executed", None, None, None) in claims
    assert ("Vadim Letunov", "fate", "executed", None, None, None) in claims
    assert not any(
        c[0] == "Ivan Zhemchugov" and c[1] == "fate" for c in claims
    )  # a term, not a life


def test_a_possessor_is_not_the_person_spoken_of() -> None:
    _doc, ex = run(
        "Grigorii Sklyarov was arrested in 1937. Sklyarov's deputy, the head of the Third Western"
        " Department, was also arrested.\n\nThe Soviet envoy in Lima, A. B. Tolkin, was recalled.\n"
    )
    m = ex.mentions
    claims = [(m[c.subject].text, c.type, c.value or c.role, c.country) for c in ex.claims]
    assert ("Grigorii Sklyarov", "fate", "arrested", None) in claims
    assert not [c for c in claims if c[0] == "Sklyarov"]  # the deputy's post and arrest
    assert ("A. B. Tolkin", "post", "envoy", "Peru") in claims


BIO = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>An encyclopedia</title></head>
<body><h1>Pavel Ignatievich Zvorykin</h1>
<p><b>Pavel Ignatievich Zvorykin</b> (1884-1950) was a Soviet diplomat. He served as polpred in
Norway (1921-1923), Sweden (1923-1925) and Persia (1925-1929), and was ambassador to Italy from
1930 to 1934 and to Greece from 1934 to 1937.</p>
<p>From 1945 to 1946 he was ambassador to Chile.</p>
</body></html>
"""


def test_an_encyclopedia_page_gives_the_whole_career() -> None:
    from narkomindel.read import read_bytes

    doc = read_bytes(BIO.encode(), "bio.html")
    ex = extract_document(doc)
    career = sorted(
        (c.role, c.country, c.date_start, c.date_end)
        for c in ex.claims
        if c.type == "post" and ex.mentions[c.subject].text == "Pavel Ignatievich Zvorykin"
    )
    assert career == sorted(
        [
            ("polpred", "Norway", "1921", "1923"),
            ("polpred", "Sweden", "1923", "1925"),
            ("polpred", "Persia", "1925", "1929"),
            ("ambassador", "Italy", "1930", "1934"),
            ("ambassador", "Greece", "1934", "1937"),
            ("ambassador", "Chile", "1945", "1946"),
        ]
    )
    for c in ex.claims:
        assert c.quote == doc.text[c.start : c.end]


def test_two_persons_joined_by_a_hyphen_are_not_a_double_surname() -> None:
    _doc, ex = run(
        "Grigorii Vorontsov and Pavel Lugin met in Riga in 1925. The Vorontsov-Lugin line"
        " prevailed until Pavel Antonov-Gorskii came.\n"
    )
    found = persons(ex)
    assert "Vorontsov-Lugin" not in found
    assert {"Grigorii Vorontsov", "Pavel Lugin", "Pavel Antonov-Gorskii"} <= found


def test_a_chain_of_verbs_keeps_its_subject() -> None:
    _doc, ex = run(
        "I. S. Kotlov, polpred in Norway, was arrested in 1937 but survived the camps.\n\n"
        "Counsellor S. A. Bessonov was tried with Gleb Ustinov in 1938 and shot in 1941.\n"
    )
    m = ex.mentions
    fates = {(m[c.subject].text, c.value) for c in ex.claims if c.type == "fate"}
    assert {("I. S. Kotlov", "arrested"), ("I. S. Kotlov", "survived")} <= fates
    assert ("S. A. Bessonov", "executed") in fates
    assert not any(who == "Gleb Ustinov" for who, _v in fates)


def test_posts_in_relative_clauses_and_at_missions() -> None:
    _doc, ex = run(
        "Nikolai Kravtsov, who had been polpred in Berlin since 1921, returned in 1930.\n\n"
        "Boris Kurchatkin served as first secretary of the embassy in Tokyo from 1931 to 1934.\n\n"
        "Ivan Morozov was ambassador to Sweden. Petr Lomov was the ambassador's secretary.\n"
    )
    m = ex.mentions
    posts = {
        (m[c.subject].text, c.role, c.country, c.date_start, c.date_end)
        for c in ex.claims
        if c.type == "post"
    }
    assert ("Nikolai Kravtsov", "polpred", "Germany", "1921", "..") in posts
    assert ("Boris Kurchatkin", "first secretary", "Japan", "1931", "1934") in posts
    assert ("Ivan Morozov", "ambassador", "Sweden", None, None) in posts
    assert not any(p[0] == "Petr Lomov" for p in posts)
