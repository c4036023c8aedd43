"""The parts of a name and the words around one: particles, initials that are not
initials, honorifics, titles and ranks that cue a name; a name's surname and key."""

from __future__ import annotations

import re

from narkomindel import gazetteer as gz
from narkomindel.model import Annotation
from narkomindel.translit import name_key as translit_key

__all__ = [
    "PARTICLES", "NOT_INITIALS", "HONORIFICS", "BARE_HONORIFICS", "TITLE_CUES", "title_cue", "ROLE_WORDS", "PERSON_VERBS",
    "name_key", "surname_of", "strip_possessive", "split_compound", "same_script",
    "PLACE_NOUNS", "THING_NOUNS", "people_word", "not_places", "outside_titles",
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
#: forms of address written without a full stop before a surname ("Mme Lanskoi")
BARE_HONORIFICS = {
    "Mme", "Mlle", "Mr", "Mrs", "Ms", "Dr", "Messrs", "Signor", "Signora", "Signori", "Señor", "Senor",
    "Senhor", "Frau", "Fräulein",
}  # fmt: skip
TITLE_CUES = {
    "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "Comrade", "General", "Marshal", "Colonel", "Captain",
    "Admiral", "Commander", "Count", "Countess", "Baron", "Prince", "Princess", "Senator", "President",
    "Premier", "Ambassador", "Commissar", "Commissars", "Consul", "Counsellor", "Counselor", "Minister",
    "Secretary", "Chancellor", "King", "Queen", "Tsar", "Kaiser", "Envoy", "Chargé", "Charge", "Attaché",
    "Attache", "Plenipotentiary", "Representative", "Madame", "Monsieur", "Herr", "Messrs", "Mme", "Prof",
    "Gen", "Col", "Capt", "Adm", "Lt", "Sen", "Gov", "Mlle", "Signor", "Signora", "Signori", "Señor",
    "Senor", "Senhor", "Frau", "Fräulein", "Chairman", "Director", "Chief", "Deputy", "Polpred",
    "Duke", "Viscount", "Marquis", "Marquess", "Emperor", "Empress", "Generalissimo", "Pope", "Cardinal",
    "Archbishop", "Patriarch", "Emir", "Sultan", "Ataman", "Hetman", "Regent", "Mikado", "Governor",
    "Lieutenant", "Miss", "Mademoiselle", "Madam", "Dame", "Baroness", "Shah",
}  # fmt: skip
#: first parts of hyphenated ranks ("Lieutenant-General X", "Vice-Admiral X", "Field-Marshal X")
RANK_PREFIXES = {
    "Lieutenant", "Major", "Vice", "Rear", "Field", "Brigadier", "Sub", "Under", "Deputy", "Acting",
    "Ex", "Grand", "Colonel", "Commander", "Fleet", "Army", "Corps", "Divisional", "Flag", "Air",
}  # fmt: skip


def title_cue(word: str) -> str | None:
    """The rank or title a word names before a name ("Marshal", "Lieutenant-General"), or None."""
    if word in TITLE_CUES:
        return word
    head, _, last = word.rpartition("-")
    if (
        head
        and last.capitalize() in TITLE_CUES
        and all(p in RANK_PREFIXES or p in TITLE_CUES for p in head.split("-"))
    ):
        return word
    return None


ROLE_WORDS = re.compile(
    r"\b(?:Ambassador|Minister|Consul|Secretary|Chargé|Charge|Commissar|Counsel+or|Attach[ée]|President|"
    r"Representative|Envoy|Governor|Director|Chairman|Premier|Plenipotentiary|Agent|Chief)\b",
    re.I,
)
PERSON_VERBS = re.compile(
    r"^(?:['’]s\s+)?(?:,\s+)?(?:(?:then|also|later|again|himself|herself|finally|personally|thereupon|"
    r"subsequently|immediately|promptly|once|now|still|already)\s+)?"
    r"(?:(?:had|has|would|will|could|did|does|should)\s+(?:not\s+|also\s+|then\s+)?)?"
    r"(?:said|says|told|tells|wrote|writes|argued|argues|noted|notes|claimed|claims|believed|"
    r"replies|answered|answers|assured|assures|promised|promises|added|adds|observed|remarked|"
    r"emphasized|emphasised|stressed|expressed|thinks|thought|feels|felt|hoped|hopes|feared|"
    r"requested|requests|inquired|enquired|urged|urges|advised|telegraphed|cabled|reported|reports|"
    r"received|receives|handed|conferred|negotiated|spoke|speaks|talked|resigned|threatened|"
    r"intimated|indicated|denied|confirmed|accepted|rejected|left|arrived|went|came|called|"
    r"asked|replied|insisted|warned|informed|instructed|recalled|remembered|met|visited|sent|signed|"
    r"refused|travelled|traveled|returned|declared|announced|complained|suggested|proposed|agreed|"
    r"demanded|ordered|appointed|dismissed|protested|explained|admitted|stated|hinted|praised|"
    r"retired|died|fled|defected|emigrated|"
    r"(?:was|had\s+been)\s+(?:arrested|executed|shot|recalled|dismissed|expelled|exiled|imprisoned"
    r"|rehabilitated|assassinated|murdered|sentenced|purged))\b"
)


def name_key(surname: str | None) -> str:
    """A loose key on which one surname's romanisations meet (Maisky = Maiskii)."""
    return translit_key(surname) if surname else ""


_POSSESSIVE_END = re.compile(r"['’]s$")
_SPACES = re.compile(r"\s+")


def surname_of(name: str) -> str:
    """The surname of a name as written: its last word, possessive removed; the word before
    the comma of an inverted name ("Varkov, General Ilya Petrovich")."""
    if "," in name:
        name = name.split(",", 1)[0]
    words = [w for w in _SPACES.split(name.strip()) if w and not w.endswith(".")]
    last = words[-1] if words else name.strip()
    return _POSSESSIVE_END.sub("", last)


def strip_possessive(word: str) -> str:
    return _POSSESSIVE_END.sub("", word)  # compiled once: called for every word of a run


def split_compound(
    text: str, f: tuple[int, int, float, str, str, str | None], surnames: set[str]
) -> list[tuple[int, int, float, str, str, str | None]]:
    """A single hyphenated word whose every part is the surname of a person of the document
    ("the Chicherin-Litvinov line") names each of them: one mention per part."""
    s, e, conf, _why, seg_kind, cue = f
    parts = text[s:e].split("-")
    if (
        any(c.isspace() for c in text[s:e])
        or len(parts) < 2
        or not all(p in surnames for p in parts)
    ):
        return [f]
    out, pos = [], s
    for part in parts:
        out.append((pos, pos + len(part), conf, "surname seen in full", seg_kind, cue))
        pos += len(part) + 1
    return out


def _script(word: str) -> str:
    return "cyrillic" if "\u0400" <= word[:1] <= "\u04ff" else "latin"


def same_script(a: str, b: str) -> bool:
    """A name is written in one script: "Adolf Kessel Адольф Кессель" is two names."""
    return _script(a) == _script(b)


#: nouns after a word that make it a place or a people, wherever it stands in the document
#: ("the Ardov region", "of Tamarite descent"): a surname is never followed by them
PLACE_NOUNS = re.compile(
    r"\s+(?:region|province|district|oblast|governorate|guberni[iy]?a|sea|river|gulf|bay|lake"
    r"|peninsula|mountains|valley|basin|steppe|coast|canal|islands?|straits?|descent|origin"
    r"|ancestry|extraction|stock|community|minority|tribes?|nationality|language|dialect"
    r"|ulitsa|ploshchad|prospekt|pereulok|naberezhnaia|naberezhnaya|bulvar|shosse)\b",
    re.I,
)
#: capitalised nouns after a word that make it the name of a thing, perhaps named after
#: someone ("the Ardov Prize", "Vorkin Street"): a person only if the document says so
THING_NOUNS = re.compile(
    r"\s+(?:Prize|University|Institute|Academy|Library|Museum|Archives?|Collection|Papers"
    r"|Street|Square|Avenue|Prospect|Boulevard|Bridge|Station|Theat(?:re|er)|Cathedral|Palace"
    r"|Hotel|Club|Works|Factory|Plant|Railway|School|College|Foundation|Company|Corporation"
    r"|Constitution|Mausoleum|Canal|Line|Medal|Order|Ballet|Park|Stadium|Embankment)\b"
)


def people_word(word: str, places: dict[str, tuple[str, str, str]], capitals: set[str]) -> bool:
    """A people's or a region's adjective made from a place ("Tunisian" from Tunisia,
    "Iranian" from Iran; "Karelian" from a Karelia the document names)."""
    if not word.endswith("an"):
        return False
    if word[:-1] in places or word[:-1] in capitals:
        return True
    if word.endswith("ian"):
        return any(b in places for b in (word[:-3], word[:-3] + "y", word[:-3] + "a"))
    return False


_Found = tuple[int, int, float, str, str, str | None]
_AT = re.compile(r"\b(?:in|at|near)\s+$")  # "stayed in Tarlov": a place


def not_places(text: str, found: list[_Found], known: set[str], capitals: set[str]) -> list[_Found]:
    """Drop lone words taken for their shape or company (confidence under 0.85) that the
    document uses as a place or a people ("the Ardov region", "in Ardov", "Tunisian"), or as the name
    of a thing ("Vorkin Archive") where it never uses them as a person; ``known`` are the
    surnames of fuller names, which stay."""
    places, things, persons = set(), [], set()
    for k, (s, e, conf, *_r) in enumerate(found):
        w = text[s:e]
        if conf >= 0.85 or " " in w:
            continue
        located = _AT.search(text, max(0, s - 8), s) and not text.startswith(("'s", "’s"), e)
        if located or PLACE_NOUNS.match(text, e) or people_word(w, gz.places(), capitals):
            places.add(w)
        elif THING_NOUNS.match(text, e):
            things.append(k)
        else:
            persons.add(w)
    drop = {k for k in things if text[found[k][0] : found[k][1]] not in persons | known}
    places -= known
    return [
        f
        for k, f in enumerate(found)
        if k not in drop and not (f[2] < 0.85 and text[f[0] : f[1]] in places)
    ]


# after a work's title in a reference: "(New Haven, 1995)", ", p. 12", ", vol. 2"
_WORK_TAIL = re.compile(r"\s*(?:[(\[][^()\[\]\n]{0,40}\d{4}|,\s*(?:pp?\.|vols?\.)\s*\d)")


def outside_titles(text: str, annotations: list[Annotation], found: list[_Found]) -> list[_Found]:
    """A name inside a work's italic title of three words or more (*Letters to Karovin*
    (Leeds, 1995)) is part of the title, unless the document names him outside one."""
    spans = [
        (a.start, a.end)
        for a in annotations
        if a.kind == "style"
        and a.name == "emphasis"
        and len(text[a.start : a.end].split()) >= 3
        and _WORK_TAIL.match(text, a.end)
    ]
    if not spans:
        return found
    inside = [any(a <= f[0] and f[1] <= b for a, b in spans) for f in found]
    outside = {
        name_key(surname_of(text[f[0] : f[1]])) for f, i in zip(found, inside, strict=True) if not i
    }
    return [
        f
        for f, i in zip(found, inside, strict=True)
        if not i or name_key(surname_of(text[f[0] : f[1]])) in outside
    ]
