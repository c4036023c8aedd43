"""What a registry record and a person of the texts share beyond the name
(``resolve.evidence.v2``), for :mod:`narkomindel.resolve.link`.

* readings of a surname the name keys do not give: Russian case forms
  ("Крестинского" is the genitive of Крестинский) and German spellings of
  Russian names ("Steiger" for Штейгер, "Hirschfeld" for Гиршфельд);
* readings of a first name or patronymic in a Russian case form ("с Александром
  Яковлевичем" is Александр Яковлевич), by its dictionary form and gender;
* offices compared by role class, country, organisation and department, with
  the organisation a post implies (a Soviet head of mission abroad serves the
  Foreign Commissariat);
* nationality across languages ("Latvian" = латыш, латышка);
* party history: former parties (Menshevik = меньшевик), the year of joining,
  an Old Bolshevik against a record's membership from before 1918.

Pure functions over an entity's ``attrs`` (see :func:`narkomindel.resolve.cluster.cluster_persons`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from narkomindel import gazetteer as gz
from narkomindel.extract.ru.morph import parses
from narkomindel.extract.spans import ByStart
from narkomindel.gazetteer.portfolios import COMMISSAR_ROLES, portfolio
from narkomindel.gazetteer.vocabulary import NKID_ROLES, role_class
from narkomindel.model import Extraction
from narkomindel.translit import name_key

__all__ = [
    "Office",
    "link_keys",
    "case_form_of",
    "nearby",
    "offices",
    "state_elite",
    "nationality",
    "party_tokens",
    "ELITE_ROLE_CLASSES",
    "SPECIFIC_ROLE_CLASSES",
]

# --- readings of a surname ---------------------------------------------------------------

# oblique case endings of Russian surnames → the nominative ones they may stand for
_CASE_ENDINGS = [
    ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
    ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"),
    ("ской", "ская"), ("ского", "ской"),
    ("ого", "ой"), ("ого", "ий"), ("ому", "ой"), ("ым", "ый"), ("им", "ий"),
    ("овой", "ова"), ("евой", "ева"), ("иной", "ина"),
    ("ова", "ов"), ("ову", "ов"), ("овым", "ов"), ("ове", "ов"),
    ("ева", "ев"), ("еву", "ев"), ("евым", "ев"), ("еве", "ев"),
    ("ина", "ин"), ("ину", "ин"), ("иным", "ин"), ("ине", "ин"),
    ("ыми", "ый"), ("ыну", "ын"), ("ына", "ын"),
]  # fmt: skip
_CONSONANT_CASES = ("а", "у", "ом", "е", "ем", "я", "ю")

# German spellings of Russian sounds (period German and English print)
_GERMAN = [
    (re.compile(r"^St(?=[aeiouy])"), "Sht"),
    (re.compile(r"^Sp(?=[aeiouy])"), "Shp"),
    (re.compile(r"^H(?=[aeiouy])"), "G"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"ie"), "i"),
    (re.compile(r"^Eh"), "E"),
    (re.compile(r"^Z(?=[aeiouy])"), "Ts"),
]


@cache
def link_keys(surname: str) -> frozenset[str]:
    """Keys of the other forms a printed surname may stand for in a register: the
    nominative of a Russian case form, the Russian reading of a German spelling."""
    word = surname.strip()
    if not word:
        return frozenset()
    out: set[str] = set()
    if re.search(r"[А-Яа-яЁё]", word):
        lower = word.lower()
        for ending, nominative in _CASE_ENDINGS:
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                out.add(name_key(lower[: -len(ending)] + nominative))
        for ending in _CONSONANT_CASES:
            stem = lower[: -len(ending)]
            if lower.endswith(ending) and len(stem) > 3 and stem[-1] not in "аеёиоуыэюяйь":
                out.add(name_key(stem))
    else:
        for pattern, repl in _GERMAN:
            if pattern.search(word):
                out.add(name_key(pattern.sub(repl, word)))
    return frozenset({k for k in out if k} - {name_key(word)})


_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]{3,}")


@cache
def _given_readings(word: str) -> frozenset[tuple[str, str | None]]:
    """(key of the dictionary form, gender) of each reading of a word as a first name or
    patronymic ("Яковлевичем" → яковлевич, masculine)."""
    return frozenset(
        (name_key(p.normal), p.gender) for p in parses(word) if p.has("Name") or p.has("Patr")
    )


def case_form_of(printed: str, nominative: str) -> bool:
    """Is a first name or patronymic printed in Cyrillic a case form of ``nominative``
    (the record's)? "Александром" of Александр, "Льва" of Лев, "Яковлевичем" of
    Яковлевич — of the same gender ("Ивановной" is no form of Иванович)."""
    if not (_CYRILLIC_WORD.fullmatch(printed) and _CYRILLIC_WORD.fullmatch(nominative)):
        return False
    return bool(_given_readings(printed) & _given_readings(nominative))


# --- what is named beside a person ------------------------------------------------------

NEARBY_BEFORE = 120  # characters before a person's name, up to the previous person's
NEARBY_AFTER = 160  # characters after it, up to the next person's


_HOME = frozenset({"USSR", "Soviet Russia", "Russia", "RSFSR"})  # named beside everyone


@cache
def _country_of() -> dict[str, str]:
    out: dict[str, str] = {}
    for _surface, (canonical, kind, country) in gz.places().items():
        if country and kind in ("state", "city"):
            out.setdefault(canonical, country)
    return out


# the end of a sentence: a stop after a word of three letters or more (not after an
# initial, "b." or "St."), or a paragraph break
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3})[.!?](?=\s)|\n\s*\n|[;:](?=\s)")


def _clip(text: str, lo: int, start: int, end: int, hi: int) -> tuple[int, int]:
    """The window [lo, hi) around a name at [start, end), cut at the sentence's ends."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    after = _SENTENCE_END.search(text, end, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def nearby(ex: Extraction, text: str | None = None) -> dict[int, tuple[set[str], set[str]]]:
    """For each person mention of a text (by its index), the countries (a city stands for
    its country) and organisations named beside it: in its sentence (when ``text`` is
    given), after the previous person's name and before the next one's."""
    persons = sorted(
        (m.start, m.end, i)
        for i, m in enumerate(ex.mentions)
        if m.type == "person" and m.attrs.get("record") is None
    )
    if not persons:
        return {}
    context = sorted(
        (m.start, m.type, str(m.attrs.get("value") or ""))
        for m in ex.mentions
        if m.type in ("place", "organisation") and m.attrs.get("value")
    )
    by_start = ByStart(context, lambda c: c[0])
    countries = _country_of()
    out: dict[int, tuple[set[str], set[str]]] = {}
    for n, (start, end, i) in enumerate(persons):
        lo = max(start - NEARBY_BEFORE, persons[n - 1][1] if n else 0)
        hi = min(
            end + NEARBY_AFTER, persons[n + 1][0] if n + 1 < len(persons) else end + NEARBY_AFTER
        )
        if text is not None:
            lo, hi = _clip(text, max(lo, 0), start, end, min(hi, len(text)))
        found: tuple[set[str], set[str]] = (set(), set())
        # only the context mentions of the window, by bisection: a scan from the text's
        # start for every person is quadratic on a long text full of names and places
        for at, kind, value in by_start.between(lo, hi):
            if start <= at < end:
                continue
            if kind == "place" and countries.get(value) and countries[value] not in _HOME:
                found[0].add(countries[value])
            elif kind == "organisation":
                found[1].add(value)
        if found[0] or found[1]:
            out[i] = found
    return out


# --- offices -----------------------------------------------------------------------------

#: offices of the elite of the classic study (and of the party-state elite)
ELITE_ROLE_CLASSES = frozenset(
    {"people's commissar", "deputy commissar", "collegium member", "head of mission"}
)
#: roles specific enough that holding the same one, anywhere, tells namesakes apart
SPECIFIC_ROLE_CLASSES = ELITE_ROLE_CLASSES | {
    "chargé d'affaires", "counsellor", "consul general", "trade representative",
    "deputy trade representative", "attaché", "diplomatic courier",
}  # fmt: skip
#: the bodies at the head of the Soviet state: an office in one is of the elite
_STATE_BODY = re.compile(
    r"^(?:the\s+)?(?:All-Russian\s+|All-Union\s+)?(?:Council\s+of\s+(?:People['’]s\s+)?Commissars"
    r"|Sovnarkom|Central\s+Executive\s+Committee|Gosplan|State\s+Planning\s+Commission)"
    r"(?:\s+of\s+the\s+(?:USSR|RSFSR|Soviet\s+Union))?$",
    re.I,
)
_STATE_BODY_ROLES = frozenset({"prime minister", "chairman", "deputy chairman", "secretary"})
_SOVIET_STATE = frozenset({"USSR", "RSFSR", "Russia", "Soviet Union", "Soviet Russia"})


def state_elite(office: Office) -> bool:
    """Is an office of the texts one at the head of the Soviet state: the chairman or a
    deputy chairman of the Council of People's Commissars, of the Central Executive
    Committee, of Gosplan; the Soviet premier?"""
    if office.role not in _STATE_BODY_ROLES:
        return False
    body = office.department or office.organisation
    if body and _STATE_BODY.match(body):
        return True
    return office.role == "prime minister" and office.country in _SOVIET_STATE


_TRADE = frozenset({"trade representative", "deputy trade representative"})
_ABROAD = frozenset(
    {"head of mission", "chargé d'affaires", "counsellor", "first secretary", "second secretary",
     "third secretary", "secretary", "attaché", "consul general", "consul", "vice consul"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Office:
    role: str | None  # the role class (every head of mission is "head of mission")
    country: str | None
    organisation: str | None  # as stated, or as the post implies (NKID, NKVT)
    department: str | None


def offices(attrs: dict[str, object], *, soviet: bool, record: bool) -> list[Office]:
    """An entity's offices, each with the organisation it states or implies.

    A record's diplomatic post abroad (with its country) is in the Foreign
    Commissariat; a record's bare "secretary" or "consul" is not evidence of
    anything.  A Soviet official's diplomatic post in the texts is in the
    Foreign Commissariat too."""
    out = []
    for raw in attrs.get("offices", []) or []:  # type: ignore[attr-defined]
        role, country, org, dept = (str(raw).split("|") + ["", "", "", ""])[:4]
        cls = role_class(role or None)
        organisation = org or None
        held = portfolio(dept) if cls in COMMISSAR_ROLES else None
        if held == "Foreign Affairs":
            dept, organisation = "", "NKID"  # the Foreign Commissariat's portfolio is the NKID
        elif held:
            # one vocabulary for the portfolio in either language; a commissar of another
            # portfolio is not in the Foreign Commissariat
            dept = held
            organisation = None if organisation == "NKID" else organisation
        if organisation is None and cls in _TRADE and (country or soviet):
            organisation = "NKVT"
        elif organisation is None and cls in NKID_ROLES | {"head of mission"}:
            if record and country and cls in _ABROAD:
                organisation = "NKID"
            elif not record and soviet:
                organisation = "NKID"
        out.append(Office(cls, country or None, organisation, dept or None))
    return out


# --- nationality -------------------------------------------------------------------------

_NATIONALITIES = {
    "russian": ("русск",), "jewish": ("евре",), "latvian": ("латыш",), "polish": ("поляк", "польк"),
    "german": ("немец", "немк", "немц"), "ukrainian": ("украин",), "belorussian": ("белорус",),
    "hungarian": ("венгр", "венгерк"), "armenian": ("армян",), "estonian": ("эстон",),
    "lithuanian": ("литов",), "chinese": ("китаец", "китаянк"), "tatar": ("татар",),
    "korean": ("коре",), "georgian": ("грузин",), "bulgarian": ("болгар",), "greek": ("грек", "гречанк"),
    "austrian": ("австри",), "finnish": ("финн", "финк"), "czech": ("чех", "чешк"),
    "french": ("француз",), "english": ("англичан",), "italian": ("итальян",), "romanian": ("румын",),
    "serbian": ("серб",), "azerbaijani": ("азербайджан",), "turkish": ("турок", "турчанк"),
    "persian": ("перс",), "american": ("американ",), "swiss": ("швейцар",), "swedish": ("швед",),
    "norwegian": ("норвеж",), "danish": ("датчан",), "dutch": ("голланд",), "japanese": ("японец", "японк"),
    "mongolian": ("монгол",), "karelian": ("карел",), "ossetian": ("осетин",), "moldavian": ("молдаван",),
}  # fmt: skip
_ENGLISH = {
    "jew": "jewish", "jewess": "jewish", "lett": "latvian", "pole": "polish", "byelorussian": "belorussian",
    "belarusian": "belorussian", "white russian": "belorussian", "finn": "finnish", "turk": "turkish",
    "swede": "swedish", "dane": "danish", "serb": "serbian", "englishman": "english", "british": "english",
    "mongol": "mongolian",
}  # fmt: skip


def nationality(value: str) -> str | None:
    """One nationality, in English, from a word of either language ("латышка" → latvian)."""
    v = value.strip().lower()
    if not v:
        return None
    if re.search(r"[а-яё]", v):
        return next((k for k, stems in _NATIONALITIES.items() if v.startswith(stems)), None)
    v = _ENGLISH.get(v, v)
    return v if v in _NATIONALITIES else None


# --- party history -----------------------------------------------------------------------

_PARTIES = [
    ("menshevik", re.compile(r"меньшев|menshevik", re.I)),
    ("socialist-revolutionary", re.compile(r"эсер|с\.-р|socialist[- ]revolutionary|\bS\.?R\.?s?\b", re.I)),
    ("bund", re.compile(r"бунд|bund", re.I)),
    ("kadet", re.compile(r"кадет|kadet|constitutional democrat", re.I)),
    ("anarchist", re.compile(r"анарх|anarchist", re.I)),
    ("trotskyist", re.compile(r"троцкист|trotskyist", re.I)),
    ("borotbist", re.compile(r"боротьб|borotbist", re.I)),
    ("dashnak", re.compile(r"дашнак|dashnak", re.I)),
    ("musavat", re.compile(r"мусават|musavat", re.I)),
    ("pps", re.compile(r"\bППС\b|\bPPS\b|Polish Socialist", re.I)),
]  # fmt: skip


def party_tokens(values: list[str]) -> set[str]:
    """The parties other than the Bolsheviks' named in party statements of either language."""
    out = set()
    for v in values:
        for token, pattern in _PARTIES:
            if pattern.search(v):
                out.add(token)
    return out
