"""Post claims (extract/posts.py), on short texts written for these tests (no corpus names)."""

from __future__ import annotations

from narkomindel.extract import extract_document
from tests.extract.sample import run

BIO = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>An encyclopedia</title></head>
<body><h1>Pavel Ignatievich Zvorykin</h1>
<p><b>Pavel Ignatievich Zvorykin</b> (1884-1950) was a Soviet diplomat. He served as polpred in
Norway (1921-1923), Sweden (1923-1925) and Persia (1925-1929), and was ambassador to Italy from
1930 to 1934 and to Greece from 1934 to 1937.</p>
<p>From 1945 to 1946 he was ambassador to Chile.</p>
</body></html>
"""


def test_posts_with_role_and_country() -> None:
    _doc, ex = run()
    posts = {
        (ex.mentions[c.subject].text, c.role, c.country) for c in ex.claims if c.type == "post"
    }
    assert ("T. V. Mirolubov", "ambassador", "Portugal") in posts
    assert ("Gavriil Petrushenko", "counsellor", "Portugal") in posts  # the legation named before
    assert ("Lindqvist", "people's commissar", None) in posts


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


def test_a_mission_post_takes_the_country_named_earlier_in_the_text() -> None:
    from tests.extract.sample import run

    text = (
        "In 1925 Ivan Petrovsky arrived in Kabul with his staff.\n\n"
        "Ambassador Petrovsky left the post in 1930.\n\n"
        "Secretary Olga Bremova kept the accounts.\n"
    )
    _doc, ex = run(text)
    posts = {(c.role, c.country) for c in ex.claims if c.type == "post"}
    assert ("ambassador", "Afghanistan") in posts
    # a rank that is not a mission's takes no country from the context
    assert not any(c.country for c in ex.claims if c.type == "post" and c.role == "secretary")


def test_a_mission_post_without_a_place_before_it_stays_without_country() -> None:
    from tests.extract.sample import run

    _doc, ex = run("Ambassador Ivan Petrovsky left the post in 1930. He went to Kabul.\n")
    assert [c.country for c in ex.claims if c.type == "post" and c.role == "ambassador"] == [None]


def test_a_state_office_takes_the_country_named_earlier() -> None:
    from tests.extract.sample import run

    text = "The talks moved to Kabul in 1932.\n\nThe prime minister, Pavel Gorodetsky, received them.\n"
    _doc, ex = run(text)
    posts = {(c.role, c.country) for c in ex.claims if c.type == "post"}
    assert ("prime minister", "Afghanistan") in posts
