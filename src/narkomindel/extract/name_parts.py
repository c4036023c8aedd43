"""The parts of a name and the words around one: particles, initials that are not
initials, honorifics, titles and ranks that cue a name; a name's surname and key."""

from __future__ import annotations

import re

from narkomindel.translit import name_key as translit_key

__all__ = [
    "PARTICLES", "NOT_INITIALS", "HONORIFICS", "TITLE_CUES", "ROLE_WORDS", "PERSON_VERBS",
    "name_key", "surname_of", "strip_possessive",
]  # fmt: skip

PARTICLES = {
    "de",
    "von",
    "van",
    "der",
    "den",
    "du",
    "di",
    "da",
    "del",
    "della",
    "ter",
    "le",
    "d'",
    "zu",
}
NOT_INITIALS = {
    "Mr", "Mrs", "Dr", "St", "No", "Co", "Jr", "Ltd", "Vol", "Fig", "Cf", "Ed", "Nos", "Pp", "Gen",
    "Col", "Capt", "Lt", "Adm", "Sen", "Gov", "Rev", "Prof", "Hon", "Ms", "Messrs", "Mme", "Mlle",
}  # fmt: skip
HONORIFICS = {
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Messrs",
    "Mme",
    "Mlle",
    "Prof",
    "Gen",
    "Col",
    "Capt",
    "Adm",
    "Lt",
    "Sen",
    "Gov",
}
TITLE_CUES = {
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Comrade", "General", "Marshal", "Colonel", "Captain",
    "Admiral", "Commander", "Count", "Countess", "Baron", "Prince", "Princess", "Senator", "President",
    "Premier", "Ambassador", "Commissar", "Commissars", "Consul", "Counsellor", "Counselor", "Minister",
    "Secretary", "Chancellor", "King", "Queen", "Tsar", "Kaiser", "Envoy", "Chargé", "Charge", "Attaché",
    "Attache", "Plenipotentiary", "Representative", "Madame", "Monsieur", "Herr", "Messrs", "Mme", "Prof",
    "Gen", "Col", "Capt", "Adm", "Lt", "Sen", "Gov", "Chairman", "Director", "Chief", "Deputy", "Polpred",
}  # fmt: skip
ROLE_WORDS = re.compile(
    r"\b(?:Ambassador|Minister|Consul|Secretary|Chargé|Charge|Commissar|Counsel+or|Attach[ée]|President|"
    r"Representative|Envoy|Governor|Director|Chairman|Premier|Plenipotentiary|Agent|Chief)\b",
    re.I,
)
PERSON_VERBS = re.compile(
    r"^(?:['’]s\s+)?(?:,\s+)?(?:said|says|told|wrote|writes|argued|argues|noted|notes|claimed|claims|believed|"
    r"asked|replied|insisted|warned|informed|instructed|recalled|remembered|met|visited|sent|signed|"
    r"refused|travelled|traveled|returned|declared|announced|complained|suggested|proposed|agreed|"
    r"demanded|ordered|appointed|dismissed|protested|explained|admitted|stated|hinted|praised)\b"
)


def name_key(surname: str | None) -> str:
    """A loose key on which one surname's romanisations meet (Maisky = Maiskii)."""
    return translit_key(surname) if surname else ""


def surname_of(name: str) -> str:
    """The surname of a name as written: its last word, possessive removed."""
    words = [w for w in re.split(r"\s+", name.strip()) if w and not w.endswith(".")]
    last = words[-1] if words else name.strip()
    return re.sub(r"['’]s$", "", last)


def strip_possessive(word: str) -> str:
    return re.sub(r"['’]s$", "", word)
