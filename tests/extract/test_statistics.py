"""Statistical statements of scholarship as factoids (issue 13, §5). Invented text."""

from __future__ import annotations

from narkomindel.config import Settings
from narkomindel.extract import extract_document, extractors
from narkomindel.extract.statistics import EXTRACTOR, find_statistics, number_value
from narkomindel.read.text import read_text

TEXT = """THE CONSULAR CORPS OF A SMALL REPUBLIC

Counting every consul and secretary the republic sent abroad between the wars, we
find that at least 30 percent of this staff was imprisoned. For another 12 percent the
records abruptly terminate in 1941. Taken together, at least 42 percent of the staff
was purged. Only 9 percent survived, and fully 49 percent remain unaccounted for.

If one considers only the elite of the service (some forty people), 50 percent were
purged while another 25 percent disappeared. Thus a minimum of 75 percent fell.

The new recruits had an average age upon entering the service of twenty-nine years
and a modal age of twenty-seven years. Among the veterans, peasants and workers made up
(12 percent and 20 percent respectively) of the corps, while nobles were 15 percent.
Latvians 22 percent, Armenians 6 percent. Fully a third of the new recruits had studied
at a university.
"""


def _stats() -> list[tuple[str, str, str, float, str | None]]:
    doc = read_text(TEXT.encode("utf-8"), "invented.txt", Settings())
    _mentions, claims = find_statistics(doc)
    for c in claims:
        assert c.type == "statistic" and c.quote == doc.text[c.start : c.end]
        assert c.attrs["figure"] == doc.text[c.attrs["figure_start"] : c.attrs["figure_end"]]
    return [
        (c.attrs["population"], c.attrs["variable"], str(c.attribute), float(c.value or 0),
         c.attrs["qualifier"])
        for c in claims
    ]  # fmt: skip


def test_fate_shares_with_population_qualifier_and_unions() -> None:
    got = _stats()
    assert ("staff", "fate", "purged", 30.0, "at least") in got
    assert ("staff", "fate", "likely purged", 12.0, "additional") in got
    assert ("staff", "fate", "purged or likely purged", 42.0, "at least") in got
    assert ("staff", "fate", "survived", 9.0, "only") in got
    assert ("staff", "fate", "unknown", 49.0, "fully") in got
    assert ("elite", "size", "persons", 40.0, "about") in got
    assert ("elite", "fate", "purged", 50.0, None) in got
    assert ("elite", "fate", "likely purged", 25.0, "additional") in got
    assert ("elite", "fate", "purged or likely purged", 75.0, "at least") in got


def test_ages_classes_nationalities_and_education() -> None:
    got = _stats()
    assert ("post-purge generation", "age_at_entry", "all", 29.0, None) in got
    assert ("post-purge generation", "age_at_entry", "all", 27.0, None) in got
    assert ("pre-purge generation", "class_origin", "peasants", 12.0, None) in got
    assert ("pre-purge generation", "class_origin", "workers", 20.0, None) in got
    assert ("pre-purge generation", "class_origin", "nobility", 15.0, None) in got
    assert ("pre-purge generation", "nationality", "latvian", 22.0, None) in got
    assert ("pre-purge generation", "nationality", "armenian", 6.0, None) in got
    assert ("post-purge generation", "education", "higher", 33.3, "fully") in got


def test_numbers_in_words() -> None:
    assert number_value("fifty-five") == 55
    assert number_value("one hundred") == 100
    assert number_value("Fourteen") == 14
    assert number_value("12") == 12
    assert number_value("many") is None


def test_registered_and_run_on_scholarship_only() -> None:
    assert EXTRACTOR in [s.name for s in extractors()]
    doc = read_text(TEXT.encode("utf-8"), "invented.txt", Settings())
    ex = extract_document(doc)
    assert any(c.type == "statistic" for c in ex.claims)
    figures = [m for m in ex.mentions if m.type == "figure"]
    assert all(ex.mentions[c.subject].type == "figure" for c in ex.claims if c.type == "statistic")
    assert figures
    for kind in ("registry", "primary", "web_page"):
        doc.meta.kind = kind
        assert not any(c.type == "statistic" for c in extract_document(doc).claims)
