"""How dates and addresses are written (issue 12)."""

from __future__ import annotations

from narkomindel.serve.render import edtf_words, new_style, passage_url, person_url


def test_edtf_uncertainty_in_words() -> None:
    assert edtf_words("1936~") == "about 1936"
    assert edtf_words("1936?") == "1936 (uncertain)"
    assert edtf_words("192X") == "the 1920s"
    assert edtf_words("1922-04") == "April 1922"
    assert edtf_words("1922-04-10/1922-05-19") == "10 April 1922 – 19 May 1922"
    assert edtf_words("../1946") == "until 1946"
    assert edtf_words("1938/..") == "from 1938"
    assert edtf_words(None) == "date unknown"


def test_old_style_days_get_their_new_style_equivalent() -> None:
    assert new_style("1917-10-25") == "7 November 1917"  # 13 days in the 20th century
    assert new_style("1918-01-31") == "13 February 1918"  # the last Old Style day
    assert new_style("1918-02-01") is None  # already New Style (14 February)
    assert new_style("1899-12-31") == "12 January 1900"  # 12 days in the 19th century
    assert new_style("1900-02-29") == "13 March 1900"  # a Julian leap day
    assert new_style("1917-10") is None


def test_addresses_escape_what_an_id_may_hold() -> None:
    assert person_url("ivanov|I#split-1a2b") == "/person/ivanov%7CI%23split-1a2b"
    assert passage_url("ab12", 3, 9) == "/source/ab12?hl=3%2C9#char=3,9"
