"""A short text written for the extraction tests; its people appear in no corpus file."""

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


def asserted_posts(text: str) -> set[tuple[str, str | None, str | None]]:
    """(holder's mention text, role, country or else department) of each asserted post
    of ``text`` (a line end added)."""
    ex = run(text + "\n")[1]
    return {
        (ex.mentions[c.subject].text, c.role, c.country or c.department)
        for c in ex.claims
        if c.type == "post" and c.modality == "asserted"
    }


def asserted_fates(text: str) -> set[tuple[str, str | None, str | None]]:
    """(subject's mention text, fate, start date) of each asserted fate of ``text``
    (a line end added)."""
    _doc, ex = run(text + "\n")
    return {
        (ex.mentions[c.subject].text, c.value, c.date_start)
        for c in ex.claims
        if c.type == "fate" and c.modality == "asserted"
    }


def events_told(ex: Extraction) -> set[tuple[str, str, str | None]]:
    """(type, name, date) of each event of an extraction."""
    return {(e.type, e.name, e.date) for e in ex.events}


def events_in(text: str) -> set[tuple[str, str, str | None]]:
    """(type, name, date) of each event extraction finds in the English ``text``."""
    return events_told(run(text + "\n")[1])
