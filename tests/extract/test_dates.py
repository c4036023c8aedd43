"""EDTF normalisation of date expressions (examples written for these tests)."""

from __future__ import annotations

import pytest

from narkomindel.extract.dates import find_dates
from tests.extract.sample import run


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("on 16 April 1922 they met", "1922-04-16"),
        ("on April 16, 1922 they met", "1922-04-16"),
        ("in October of 1917", "1917-10"),
        ("April 10–May 19, 1922", "1922-04-10/1922-05-19"),
        ("(June - July 1922)", "1922-06/1922-07"),
        ("November 1922 - February 1923", "1922-11/1923-02"),
        ("the purges of 1937-38", "1937/1938"),
        ("between 12 and 16 May 1922", "1922-05-12/1922-05-16"),
        ("in the 1920s", "192X"),
        ("in the early 1920s", "1920~/1923~"),
        ("from mid-1936 on", "1936-06~"),
        ("in the spring of 1939", "1939-21"),
        ("about 1920", "1920~"),
        ("since 1925", "1925/.."),
        ("before 1937", "../1937"),
        ("Расстрелян 17.05.1938.", "1938-05-17"),
        ("In office 3 March 1931 – 14 January 1933", "1931-03-03/1933-01-14"),
        ("served May 2, 1927 – June 9, 1929 abroad", "1927-05-02/1929-06-09"),
        ("from 1925–29 he", "1925/1929"),
    ],
)
def test_edtf(text: str, edtf: str) -> None:
    assert [d.edtf for d in find_dates(text)] == [edtf]


def test_a_year_before_a_day_and_month_is_not_a_short_range() -> None:
    # "1924 – 29" would be a range 1924/1929; the 29 is the day of the end date
    found = find_dates("Envoy to Nowhere, 12 December 1924 – 29 June 1925")
    assert [d.edtf for d in found] == ["1924-12-12/1925-06-29"]
    assert [d.edtf for d in find_dates("12 December 1924 – 29 June")] == ["1924-12-12"]


def test_not_dates() -> None:
    assert find_dates("see p. 1922 and no. 1936; 40 percent; $1,918") == []


def test_relative_date_needs_an_anchor() -> None:
    found = find_dates("He arrived on December 13, 1934. The next day he left.")
    assert [d.edtf for d in found] == ["1934-12-13", "1934-12-14"] and found[1].relative
    assert find_dates("The next day he left.") == []


def test_a_count_of_years_later_shifts_the_anchor_by_that_count() -> None:
    found = find_dates("He left in 1941. Two years later he came back; 3 years later, again.")
    assert [(d.edtf, d.relative) for d in found] == [
        ("1941", False),
        ("1943", True),
        ("1944", True),
    ]
    # a month later than a bare year is not certain
    assert [d.edtf for d in find_dates("He left in 1941. A month later he wrote.")] == ["1941"]


def test_julian_for_early_russian_dates() -> None:
    (d,) = find_dates("род. 12.01.1917", language="ru")
    assert d.calendar == "julian"
    (d,) = find_dates("род. 12.03.1918", language="ru")
    assert d.calendar == "gregorian"
    (d,) = find_dates("on 25 October 1917 (O.S.)")
    assert d.calendar == "julian"


def test_dates_as_mentions_are_edtf() -> None:
    _doc, ex = run()
    dates = {m.text: m.attrs["edtf"] for m in ex.mentions if m.type == "date"}
    assert dates["3 March 1939"] == "1939-03-03"
    assert dates["October 10-14, 1933"] == "1933-10-10/1933-10-14"
    assert dates["June 1933"] == "1933-06"


def test_a_month_to_a_later_year_is_one_range() -> None:
    assert [d.edtf for d in find_dates("from April 1919 to 1922 he")] == ["1919-04/1922"]
    # an earlier year is no end: two dates
    assert [d.edtf for d in find_dates("April 1919 - 1917")] == ["1919-04", "1917"]


def test_a_day_and_month_take_the_year_of_the_last_full_date() -> None:
    found = find_dates("Moscow, May 3, 1938. On April 28 he spoke; on 2nd May he left.")
    assert [d.edtf for d in found] == ["1938-05-03", "1938-04-28", "1938-05-02"]
    assert all(d.relative for d in found[1:])


def test_a_day_and_month_need_a_month_and_year_before_them() -> None:
    assert [d.edtf for d in find_dates("Smith (1991) wrote. On 12 December he died.")] == ["1991"]
    assert find_dates("the decree of May 3 was read") == []
    far = "In May 1938 he left." + " Nothing happened." * 40 + " On 3 June he came back."
    assert [d.edtf for d in find_dates(far)] == ["1938-05"]


_DATE_RICH = (
    "On 3 March 1931 and 4-5 May 1932, Ivo Palk (b. 1890) wrote; between 1920 and 1922, "
    "from May 1933 to June 1934, in 1935-36 and 1937/38, on June 7, 1939 and June 7-9, "
    "1940, 12.04.1941, 5 мая 1942. Mayor Sepp Varik, 7 Decembrists, 1,934 men, 40 Jan "
    "Street, 31st December 1943 – 2nd January 1944, March–April 1945, Sept. 1946, "
    "Jan.Feb 1947, x1948, 1949%, 1950/1951-1952, 21 Oct"
)


def test_patterns_tried_at_their_openings_find_what_a_full_scan_finds() -> None:
    from narkomindel.extract import dates

    led = [(k, p) for k, p in dates._PATTERNS if dates._LEADS[k] is not None]
    assert {dates._LEADS[k] for k, _ in led} == {"digit", "month"}
    text = _DATE_RICH
    starts = {
        "digit": [m.start() for m in dates._DIGIT_RUN.finditer(text)],
        "month": [m.start() for m in dates._MONTH_LEAD.finditer(text)],
    }
    found_any = False
    for kind, pattern in led:
        full = [m.span() for m in pattern.finditer(text)]
        tried = [
            m.span() for m in dates.matches_at(pattern, text, starts[dates._LEADS[kind]], len(text))
        ]
        assert tried == full, kind
        found_any = found_any or bool(full)
    assert found_any
    both = sorted(starts["digit"] + starts["month"])
    day_month = [m.span() for m in dates._DAY_MONTH.finditer(text)]
    assert (
        day_month
        and [m.span() for m in dates.matches_at(dates._DAY_MONTH, text, both, len(text))]
        == day_month
    )


def test_a_pattern_that_may_open_otherwise_is_scanned_whole() -> None:
    import re

    from narkomindel.extract import dates

    assert dates._lead(re.compile(r"\b(?P<d>[0-3]?\d)\s+x|y")) is None
    assert dates._lead(re.compile(r"\b(?P<m>January|June)\s+\d", re.I)) is None
    assert dates._lead(re.compile(r"\b(?P<m>January|June)\s+\d")) == "month"


_WORD_LED = (
    "Between 3 and 5 May 1931, BETWEEN 1920 AND 1922 and from 1923 to 1925; the spring of "
    "1926, Summer 1927, the fall 1928; early 1929, mid-1930, the middle of 1931, end of "
    "1932, Beginning of 1933; the early 1930s, The late 1920s, the 1940s, 1950's; c. 1934, "
    "ca.1935, Circa 1936, about 1937, Around 1938, approximately 1939; before 1940, After "
    "1941, since 1942, by 1943, Until 1944, till 1945. On 2 June 1946 he left; the next "
    "day, The following month, that year, a year later, Two days later, 3 months later."
)


@pytest.mark.parametrize(
    "text,kinds_found",
    [(_WORD_LED, 8), (_WORD_LED.upper(), 8), (_WORD_LED.replace(" ", "\n  "), 8), (_DATE_RICH, 1)],
)
def test_word_led_patterns_tried_at_their_words_find_what_a_full_scan_finds(
    text: str, kinds_found: int
) -> None:
    """Every pattern that opens with a word is tried only where one of its opening
    words stands (in any case): the same matches as scanning each character."""
    from narkomindel.extract import dates

    low = text.lower()
    digits = [m.start() for m in dates._DIGIT_RUN.finditer(text)]
    unled = {k for k, _ in dates._PATTERNS if dates._LEADS[k] is None}
    assert unled == set(dates._WORD_OPENINGS)  # no pattern is left to scan every character
    hits = 0
    for kind, pattern in dates._PATTERNS:
        if kind not in unled:
            continue
        full = [m.span() for m in pattern.finditer(text)]
        starts = dates._word_starts(low, dates._WORD_OPENINGS[kind], 0, digits)
        assert [m.span() for m in dates.matches_at(pattern, text, starts, len(text))] == full, kind
        hits += bool(full)
    assert hits >= kinds_found


def test_a_text_with_a_letter_lower_does_not_give_is_scanned_whole() -> None:
    # a long s ("ſince") is "since" to a case-blind pattern though lower() keeps it
    assert [d.edtf for d in find_dates("ſince 1930")] == [d.edtf for d in find_dates("since 1930")]
