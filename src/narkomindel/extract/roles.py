"""Role phrases: a rank or office, with the country of the mission and the department.

"Ambassador to Finland", "Soviet Ambassador in Bulgaria", "Deputy Foreign
Commissars", "chief of protocol", "head of the Press Department",
"полномочный представитель СССР в Финляндии", "зав. 1-м Восточным отделом".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from narkomindel import gazetteer as gz
from narkomindel.extract.role_context import (
    FORCE,
    MILITARY,
    UNIT,
    a_charge,
    demonym_before,
    military,
    sender_before,
)
from narkomindel.extract.staff_bodies import foreign_body_of, official_body_before
from narkomindel.gazetteer.portfolios import COMMISSAR_ROLES, portfolio, portfolio_span
from narkomindel.gazetteer.vocabulary import MISSION_ROLES, NKID_ROLES

__all__ = [
    "RoleMatch",
    "find_roles",
    "find_roles_ru",
    "department_in",
    "foreign_department",
    "MILITARY",
    "FORCE",
]


@dataclass(frozen=True)
class RoleMatch:
    start: int
    end: int  # end of the whole phrase (with its place or department)
    role: str
    elite: bool
    plural: bool
    country: str | None = None
    place: str | None = None
    department: str | None = None
    soviet: bool = False
    former: bool = False
    organisation: str | None = None
    #: the state a mission rank serves, when its adjective says it ("the German ambassador")
    sender: str | None = None

    @classmethod
    def in_department(cls, role: str, department: str, *, elite: bool = False) -> RoleMatch:
        """A Soviet role in a commissariat department, known without a role phrase of its own."""
        return cls(0, 0, role, elite, False, None, None, department, True, False, "NKID")


@cache
def _role_regex() -> re.Pattern[str]:
    forms = sorted(gz.roles(), key=len, reverse=True)
    # a typographic apostrophe as well as a plain one ("people’s commissar")
    alts = _by_letter([[_ATOMS.get(c, re.escape(c)) for c in f] for f in forms])
    return re.compile(
        r"(?<![\w'’])(?P<pre>(?:(?:former|then|acting|soviet|russian|new|the|embassy|legation"
        r"|permanent|parliamentary|political|founding|leading|prominent|senior|junior|full|honorary)\s+"
        r"|ex-)*)"
        rf"(?P<role>{alts})(?P<plural>s)?(?:-(?:designate|elect))?(?![\w'’])",
        re.I,
    )


# a space of a form may be a hyphen in the text ("Deputy-Commissar", "Charge-d'Affaires")
_ATOMS = {" ": r"(?:\s+|-\s*)", "'": "['’]", "-": r"[-\s]?"}
_PLAIN = re.compile(r"[a-z0-9]")


def _by_letter(alts: list[list[str]]) -> str:
    """The alternation of ``alts`` (each a list of regex atoms, in the order to try them),
    grouped by first letter where every one opens with a plain letter: at a position only
    the group of the text's letter can match, and it keeps the order of its forms, so the
    forms are tried as before, but the others are no longer tried one by one."""
    if len(alts) > 1 and all(a and _PLAIN.fullmatch(a[0]) for a in alts):
        groups: dict[str, list[list[str]]] = {}
        for a in alts:
            groups.setdefault(a[0], []).append(a[1:])
        return "(?:" + "|".join(k + _by_letter(rest) for k, rest in groups.items()) + ")"
    return "(?:" + "|".join("".join(a) for a in alts) + ")"


# "of the Division of Eastern European Affairs", "of the Far Eastern Section": an office
# named by its own kind of word, capitalised (a bounded run of words, no nesting)
_OFFICE = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<d>(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,3}(?:Division|Department|Section|Bureau"
    r"|Directorate|Office)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?"
    r"[A-Z][\w'’-]*){0,4})?)"
)


def _loose(form: str) -> str:
    return re.escape(form).replace(r"\ ", r"(?:\s+|-\s*)").replace("\\-", "[-\\s]?")


@cache
def _place_regex() -> re.Pattern[str]:
    forms = sorted(gz.places(), key=len, reverse=True)
    alts = "|".join(re.escape(f) for f in forms)
    # "to Germany", "in Berlin", "of the embassy in Tokyo", "at the Soviet legation in Riga"
    states = gz.demonym_alternation()
    # "of the Polish Embassy in Moscow": a state's own embassy, named by its adjective
    mission = rf"(?:(?:of|at|to)\s+the\s+(?:Soviet\s+|(?:{states})\s+)?(?:[Ee]mbassy|[Ll]egation|[Mm]ission|[Cc]onsulate|polpredstvo)\s+)?"
    # "Ambassador of the Soviet Union to China": the sending state, then the host
    # "the ambassador of Germany in Moscow": any state sends (kept as the sender), X hosts
    mission += rf"(?:of\s+(?:the\s+)?(?:Soviet\s+[Gg]overnment|(?P<sender>{alts}))\s+)?"
    return re.compile(
        rf"(?:,(?=\s*(?:first|initially)\s))?\s+(?:(?:first|initially|later|then|successively)\s+)?"
        rf"{mission}(?:to|in|at|for)\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<place>{alts})(?![\w'’])"
    )


def _sender_of(pm: re.Match[str] | None) -> str | None:
    """The state named after "of" in "the ambassador of Germany in Moscow"."""
    hit = gz.places().get(pm.group("sender") or "") if pm else None
    return hit[0] if hit and hit[1] == "state" else None


@cache
def _department_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = gz.table("departments.tsv")
    alts = []
    names = {}
    for i, row in enumerate(rows):
        alts.append(f"(?P<d{i}>{row[0]})")
        names[f"d{i}"] = row[1]
    return re.compile("|".join(alts), re.I), names


def department_in(text: str) -> tuple[str, int, int] | None:
    """The first department named in ``text``: (canonical, start, end)."""
    pattern, names = _department_regex()
    m = pattern.search(text)
    if not m:
        return None
    return names[m.lastgroup or ""], m.start(), m.end()


# a gloss in parentheses between a role and its place: "ambassador (polpred) in A"
_GLOSS = re.compile(r"\s*\([^()\d]{1,40}\)")
_DEPT_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:NKID|Narkomindel|commissariat's|Commissariat's|Soviet)\s+)?"
)
_SPECIAL = {"chief of protocol": "Protocol Department", "press chief": "Press Department"}


#: roles of a state's government: "of France", "French", name the state itself
_GOVERNMENT_ROLES = frozenset(
    {"prime minister", "foreign minister", "chancellor", "head of state", "president",
     "government minister", "secretary of state", "deputy foreign minister", "under secretary",
     "emperor", "tsar", "senator", "regent", "führer"}
)  # fmt: skip
#: a sovereign's titles, which may name a people ("King of the Belgians") for its state
_SOVEREIGNS = frozenset({"head of state", "emperor", "tsar", "regent"})
#: roles that say nothing without what they are of ("member of the Politburo")
_NEEDS_COMPLEMENT = frozenset(
    {"member", "editor", "editor-in-chief", "leader", "chief of staff", "chairman", "deputy chairman",
     "deputy", "commandant", "governor", "governor-general", "mayor", "official",
     "staff member", "controller"}
)  # fmt: skip
#: offices of a place, whose complement names the place ("Governor of Turkestan", "mayor of Riga")
_OFFICES_OF_A_PLACE = frozenset({"governor", "governor-general", "mayor"})
#: the old English word for a commissar ("Commissary of Finance") counts only with its portfolio:
#: "the commissary" alone is a canteen
_BARE_COMMISSARY = frozenset(
    {"commissary", "deputy commissary", "assistant commissary", "vice-commissary"}
)
#: the offices of a body that, in a delegation, make their holder its head or a delegate
_DELEGATION_OFFICES = {"chairman": "head of delegation", "president": "head of delegation",
                       "head of department": "head of delegation", "leader": "head of delegation",
                       "member": "delegate"}  # fmt: skip
# "member of the delegation for peace negotiations with Ruritania", "chairman of the
# delegation": a delegation named in lower case, with what it went to (bounded words)
_LOWER_DELEGATION = re.compile(
    r"\s+of\s+the\s+(?P<d>(?:(?:Soviet|Russian|[A-Z][a-z]+(?:ish|ian|ese|an))\s+)?(?:peace\s+|trade\s+)?"
    r"delegation(?:\s+(?:for|to|at|in|on)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,3})?)"
)
_PARTY_BEFORE = re.compile(
    r"\b(?P<party>Communist|Labour|Nazi|Fascist|Conservative|Liberal|Socialist|Bolshevik|Menshevik"
    r"|Social[- ]Democratic|Kuomintang|Trotskyist|Anarchist|Peasant)\s+$"
)
# "of the Petrograd Military Revolutionary Committee", "for Education": capitalised words,
# with the small words inside a name; bounded, no nested repetition
_COMPLEMENT = re.compile(
    r"\s+(?:of|for|in|to|at|on)\s+(?:both\s+)?(?:the\s+)?(?:(?:former|first|second|third|new|old"
    # "member of the prestigious Academy of Sciences", "of the newly formed Council", "of
    # the party's Central Committee", "of both the Politburo and the Orgburo"
    r"|powerful|all-powerful|prestigious|influential|ruling|short-lived|[Pp]arty['’]s"
    r"|newly\s+(?:formed|created))\s+)?"
    # "member of the Soviet delegation to the Genoa Conference": the body it went to
    r"(?P<body>(?:Soviet\s+|Russian\s+)?(?:delegation|mission|commission)\s+(?:to|at)\s+(?:the\s+)?)?"
    r"(?P<what>(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)\b)(?:\s+(?:(?:of|the|and|for|de|on)\s+){0,2}[A-Z][\w'’.-]*){0,7}"
    # "of the Leningrad party organisation", "of the Tass agency": the body's own noun
    r"(?:\s+(?:party|committee|soviet|organi[sz]ation|agency|council|bureau|commission|army|"
    r"front|fleet|division|section|department|trust|bank|intelligence|police|staff|directorate"
    r"|administration|district|city|regional)){0,3})"
)
# the services one heads that are named in lower case: "head of Soviet military intelligence",
# "chief of the secret police"
_LOWER_BODY = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<d>(?:(?:Soviet|Russian|Red\s+Army|[Mm]ilitary)\s+)?(?:military\s+)?"
    r"(?:intelligence|counter-?intelligence|secret\s+police|political\s+police|security\s+police))\b"
)


@cache
def _of_the_mission() -> re.Pattern[str]:
    """ "of the Soviet Embassy", "of the German Legation": a mission named without its place."""
    states = gz.demonym_alternation()
    return re.compile(
        rf"\s+of\s+the\s+(?:Soviet\s+|(?:{states})\s+)?(?i:embassy|legation|mission|polpredstvo)"
        r"(?![\w'’-])"
    )


# a trade mission one is on the staff of, before its place: "of the Soviet trade delegation"
_TRADE_MISSION = re.compile(
    r"\s+(?:of|at|in|with)\s+the\s+(?:(?:Soviet|Russian)\s+)?(?i:trade)\s+"
    r"(?:mission|delegation|representation)(?=\s+(?:in|at|to)\s)"
)
_MISSION_WORD = re.compile(r"\b(?i:embassy|legation|mission|consulate|polpredstvo)\b")
# an office named in lower case, with the words that say which: "head of the prisoner-of-war
# welfare office", "chief of the communications department", "head of the Baltic desk" is
# capitalised and read elsewhere (bounded words; no determiner or vague word among them)
_LOWER_OFFICE = re.compile(
    r"\s+of\s+the\s+(?P<d>(?:(?!(?:new|same|whole|said|entire|former|his|her|its|their|this|that)\b)"
    r"(?:[A-Z][\w'’-]*|[a-z][a-z'’-]+)\s+){1,3}(?:office|bureau|section|department|division|directorate"
    r"|desk|sector))"
    r"(?![\w'’-])"
)
# what "head of the …" names that is no body one heads as an official ("head of the Soviet
# Government" is the premier, "head of the State" the head of state)
_NOT_A_BODY = re.compile(r"\b(?:Government|State|Republic|Union|Nation|Country|Family|House)\b")
#: portfolios of a government, named before the office ("War Commissar", "Trade Minister")
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?P<p>War|Finance|Foreign\s+Trade|Trade|Labou?r|Education|Enlightenment|Justice|Health|"
    r"Agriculture|Defen[cs]e|Navy|Naval|Transport|Interior|Nationalities|Food|Supply|Heavy\s+Industry"
    r"|Posts|Railways|Commerce|Industry)\s+$"
)
_PARLIAMENT = re.compile(
    r"\b(?:Duma|Reichstag|Sejm|Seimas|Saeima|Parliament|Congress|Assembly"
    r"|Chamber|Soviet|Diet|Storting|Riksdag|Commons)\b"
)
#: bodies named before a post in them, and the posts so named
_BODY_BEFORE = re.compile(
    r"\b(?P<unit>NKVD|OGPU|GPU|Cheka|NKGB|GRU|INO|Comintern|TASS|Tass|Pravda|Izvestia)(?:['’]s)?\s+$"
)
#: organs named before "member" ("a Politburo member", "Central Committee members")
_ORGAN_BEFORE = re.compile(
    r"\b(?P<organ>Politburo|Orgburo|Presidium|Central\s+Committee|Comintern|ECCI|Collegium"
    r"|Sovnarkom|Central\s+Executive\s+Committee)\s+(?:(?:candidate|alternate|full)\s+)?$"
)
_BODY_NOUNS = frozenset(
    {"resident", "emissary", "agent", "correspondent", "representative", "journalist"}
)
#: heads of a body named before them ("NKVD chief", "Comintern chairman", "Pravda editor")
_HEADS_AFTER_BODY = frozenset(
    {
        "head of department",
        "deputy head of department",
        "chairman",
        "deputy chairman",
        "editor",
        "editor-in-chief",
    }
)
#: words that name an office and its body at once
_IMPLIED_BODY = {
    "chekist": ("officer", "Cheka"),
    "intelligence agent": ("agent", "intelligence"),
    "secret agent": ("agent", "intelligence"),
    "intelligence officer": ("officer", "intelligence"),
}
_TRADE_BODY = re.compile(r"\bTrade\s+(?:Mission|Delegation)\b")
_PARTY = re.compile(r"\b(?:Party|RSDLP|RSDRP|Bolsheviks?|Mensheviks?|Komsomol)\b|\bCP\b")
# an organ of a party, whose membership is an office: "member of the Central Committee of
# the RSDLP", "of the Politburo of the Communist Party"
_PARTY_ORGAN = re.compile(
    r"\b(?i:Committee|Politburo|Political\s+Bureau|Orgburo|Presidium|Secretariat|Bureau"
    r"|Commission|Council|Executive|Collegium)\b"
)
#: a commissariat named as the body its head heads ("head of the Commissariat for Finance")
_COMMISSARIAT_OF = re.compile(
    r"^(?:the\s+)?(?:People['’]s\s+)?Commissariat\s+(?:of|for)\s+(?:the\s+)?(?P<p>[A-Z].*)$"
)
_FOREIGN_AFFAIRS = re.compile(r"^(?:the\s+)?Foreign\s+Affairs$", re.I)
# an organ of a body named in lower case before the body's name: "member of the executive
# committee of the Tver Town Council", "chairman of the revisory commission of the Grain
# Trust", "member of the board of the Ruritanian Trust" (the body capitalised; bounded words)
_LOWER_ORGAN = re.compile(
    r"\s+of\s+(?:the\s+|its\s+)(?P<d>(?:(?:executive|central|revisory|editorial|governing|"
    r"managing|supervisory)\s+)?(?:committee|presidium|board|collegium|bureau|secretariat|council"
    r"|commission)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*)(?:\s+(?:(?:of|for|and|the)\s+){0,2}"
    r"[A-Z][\w'’-]*){0,5})"
)
# the force a commissar serves "with": "a political commissar with the Ninth Army"
_WITH_FORCE = re.compile(
    r"\s+with\s+(?:the\s+)?(?P<d>(?:[A-Z][\w'’-]*\s+|\d+(?:st|nd|rd|th)\s+){0,3}"
    r"(?i:army|fleet|front|division|corps|brigade|regiment))(?![\w'’-])"
)
# a second office joined to a head's that names the body of both: "chief and commissar
# of the … School", "head and chairman of the … Trust"
_AND_OFFICE_OF = re.compile(
    r"\s+and\s+(?:(?:political|military)\s+)?(?:commissar|commander|director|editor|chairman)"
    r"(?=\s+of\s)"
)


def _shared_body(text: str, pos: int, end: int) -> str | None:
    """The body after the second of two joined offices ("… and commissar of BODY")."""
    if un := UNIT.match(text, pos, end):
        return re.sub(r"\s+", " ", un.group("d"))
    comp = _complement(text, pos, end)
    if comp is None or comp[0] in gz.places() or _NOT_A_BODY.search(comp[0]):
        return None
    return comp[0]


# what a controller controls that makes him the trade's representative: "controller of
# Ruritania's foreign trade", "controller of the export trade"
_TRADE_CONTROLLED = re.compile(
    r"\s+of\s+(?:the\s+|[A-Z][\w]*['’]s\s+)?(?P<d>(?:(?:foreign|external|export|import|grain|timber"
    r"|oil)\s+)?trade)\b"
)
# organs by their own noun, and the joints between coordinated ones
_ORGAN_NOUN = re.compile(
    r"\b(?:Committee|Council|Politburo|Orgburo|Presidium|Bureau|Soviet|Commission|Collegium"
    r"|Board|Secretariat)\b"
)
_BODY_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?(?:of\s+)?(?:the\s+)?|\s+and\s+(?:of\s+)?(?:the\s+)?")
_NEXT_BODY = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:of\s+)?(?:the\s+)?(?P<b>(?:[A-Z][\w'’-]*\s+){0,5}"
    r"(?:Committee|Council|Politburo|Orgburo|Presidium|Bureau|Soviet|Commission|Collegium|Board"
    r"|Secretariat))(?![\w'’-])"
)
# what an official is of: "an official of the …", "an official at the …"
_OF_OR_AT = re.compile(r"\s+(?:of|at)\s")
# a body by its own noun, which an official may be "in" ("in the Commissariat of …")
_BODY_NOUN = re.compile(
    r"\b(?:Commissariat|Ministry|Department|Office|Bureau|Committee|Council|Board|Agency|Bank"
    r"|Trust|Directorate|Administration|Secretariat|Comintern|NKVD|OGPU|Cheka)\b"
)
#: offices that an organ of a body named in lower case may hold (see _LOWER_ORGAN)
_ORGAN_OFFICES = frozenset(
    {"member", "chairman", "deputy chairman", "head of department", "deputy head of department",
     "secretary", "general secretary", "secretary general", "president", "editor"}
)  # fmt: skip
# the rank of a commissar of state security: "of the second rank", ", 2nd rank", "3rd rank"
_STATE_SECURITY_RANK = re.compile(
    r"(?:,?\s+(?:of\s+the\s+)?(?:first|second|third|1st|2nd|3rd)[-\s]+[Rr]ank)?"
)
# the head of a function, named in lower case, of a body: "head of training of the Baltic
# Fleet", "chief of operations of the General Staff" (the body capitalised)
_FUNCTION_OF = re.compile(
    r"\s+of\s+(?P<f>training|operations|personnel|supply|supplies|intelligence|counter-?intelligence"
    r"|communications|propaganda|cadres|transport|administration|planning)(?=\s+(?:of|in|at|for)\s)"
)
# what a function is of, in lower case: "(training) of naval cadets"
_FUNCTION_WORDS = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<w>(?!(?:the|a|an|his|her|its|their)\b)[a-z][a-z-]+"
    r"(?:\s+(?!(?:in|of|at|for|and|on|to|from|with|by)\b)[a-z][a-z-]+)?)(?![\w'’-])"
)
# a post named by its holder's place in a body: "a post in the Ruritanian Telegraph Agency", "a position at
# the Commissariat of Foreign Trade", "a job with the Comintern" (the body capitalised)
_A_POST_IN = re.compile(
    r"\b(?:a|an|the|his|her)\s+(?:(?:new|minor|junior|senior|responsible|staff|modest|leading)\s+)?"
    r"(?P<w>post|position|job)(?=\s+(?:in|at)\s+(?:the\s+)?[A-Z])"
)


# "head of the Ukrainian Soviet government", "chief of the Provisional Government"
_GOVERNMENT_OF = re.compile(
    r"\s+of\s+the\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?:(?:Soviet|Provisional|National|Nationalist)\s+)?"
    r"[Gg]overnment\b(?!['’]s|\s+(?:delegation|commission|committee|department|press|newspaper"
    r"|organ|mission|office|agency|bank|trade|of)\b)"
)
# "secretary to the Soviet delegation at the talks": the delegation alone
_DELEGATION = re.compile(
    r"\s+(?:of|to|in|at|with)\s+the\s+(?P<d>(?:Soviet|Russian)\s+(?:delegation|mission))\b"
)


#: a mission accredited to a sovereign or a government of a state: "the Emperor Taro of
#: Japan", "the Government of Ruritania", "the Court of St. James's" (London's court)
_COURT = re.compile(
    r"(?:(?:Emperor|King|Queen|Shah|Emir|Amir|Sultan|Mikado|Tsar|Czar|Regent|President|Negus"
    r"|Crown|Court|Government|Republic|Kingdom)\b.*\s)?of\s+(?:the\s+)?(?P<p>[A-Z][\w'’. -]+)"
)
_ST_JAMES = re.compile(r"Court\s+of\s+St\.?\s+James")


_COUNCIL_OF = re.compile(r"\b[Cc]ouncil\s+of\s+(?:the\s+)?(?:[Pp]eople\S?s\s+)?$")


def _court_of(what: str, places: dict[str, tuple[str, str, str]]) -> str | None:
    """The state of a sovereign or government a mission is accredited to (its complement
    ``what``, without "to the"), else None."""
    if _ST_JAMES.match(what):
        return "United Kingdom"
    m = _COURT.fullmatch(what)
    if m is None or not m.group(0)[:1].isupper() or m.group(0).startswith("of"):
        return None
    state = places.get(m.group("p").rstrip(".,'’s"))
    return (state[2] or state[0]) if state else None


def _complement(text: str, pos: int, end: int) -> tuple[str, int] | None:
    found = _body_named(text, pos, end)
    if found is None:
        dm = _DELEGATION.match(text, pos, end)
        return (re.sub(r"\s+", " ", dm.group("d")), dm.end("d")) if dm else None
    return found


def _body_named(text: str, pos: int, end: int) -> tuple[str, int] | None:
    m = _COMPLEMENT.match(text, pos, end)
    if m is None:
        return None
    what = m.group("what").rstrip(".,")
    if m.group("body"):  # "of the Soviet delegation at Genoa": the delegation, not the city
        what = re.sub(r"\s+", " ", m.group("body")) + what
        return what, m.start("body") + len(m.group("body")) + len(m.group("what").rstrip(".,"))
    if what in ("Soviet", "Russian", "Soviets"):
        return None  # an adjective of what follows, not a body
    words = what.split()
    if words[0] in gz.demonyms() or words[0] == "Soviet":
        words = words[1:]
    if words and words[0] in ("Embassy", "Legation", "Mission", "Consulate"):
        return None  # "counsellor of the (Polish) Embassy" names no department
    return what, m.start("what") + len(what)


# "of foreign trade", "for heavy industry": up to three lower-case words after a commissar
_LOWER_WORDS = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<w>[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,2})"
)


def _lower_portfolio(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The portfolio a commissar's office names in lower case after ``pos``, with the end of
    its fewest words that name it: ("Foreign Trade", end of "foreign trade")."""
    m = _LOWER_WORDS.match(text, pos, end)
    if m is None:
        return None
    words = list(re.finditer(r"[a-z-]+", m.group("w")))
    for w in words:
        held = portfolio(m.group("w")[: w.end()])
        if held is not None:
            return held, m.start("w") + w.end()
    return None


#: offices whose complement is a portfolio, which a name may follow ("Commissar of Justice X")
_PORTFOLIO_HOLDERS = COMMISSAR_ROLES | {"minister"}


def _portfolio_words(what: str) -> str | None:
    """The words opening a capitalised complement that name a portfolio, when a capitalised
    word follows them ("Agriculture Pavel Orlik" → "Agriculture"); None when the portfolio is
    the whole, is not at the start, or the complement goes on in lower case ("Agriculture of
    the RSFSR")."""
    span = portfolio_span(what)
    if span is None or span[1] != 0 or not re.match(r"\s+[A-Z]", what[span[2] :]):
        return None
    return what[: span[2]]


#: offices of a body that "its" may name ("its chairman", "its first secretary")
_OFFICES_OF_A_BODY = frozenset(
    {"chairman", "deputy chairman", "president", "head of department", "member", "secretary",
     "general secretary", "secretary general", "editor", "editor-in-chief", "leader"}
)  # fmt: skip
_ITS = re.compile(r"\b[Ii]ts\s+(?:(?:first|new|then|former|present|last|sole|own)\s+)?$")
# a body named by its own noun, capitalised, with the small words of a name: "the Supreme
# Economic Council", "the Amtorg Trading Corporation" (bounded runs, no nesting beyond them)
_NAMED_BODY = re.compile(
    r"\b(?P<b>(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the)\s+){0,2}){0,5}(?:Committee|Council"
    r"|Commission|Bank|Trust|Corporation|Company|Society|Delegation|Bureau|Institute|Agency"
    r"|Presidium|Board|Collegium|Association|League|Party|Directorate|Administration|Soviet"
    r"|Politburo|Orgburo|Secretariat|International|Comintern|Academy|Department|Division|Section"
    r"|Union\s+of\s+[A-Z][\w-]*))\b"
)
# "the X Department, of which he became head", "Pravda, whose editor Y had been": the body
# right before the relative pronoun
_RELATIVE = re.compile(
    r",\s*(?:whose|of\s+which\s+(?:he|she|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:(?:later|then|soon|subsequently|eventually)\s+)?(?:became|was|had\s+been|remained"
    r"|served\s+as)(?:\s+(?:the|its))?)\s+(?:(?:first|new)\s+)?$"
)
_PAPER = re.compile(r"\b(?P<b>[A-Z][\w'’-]+)$")


def _its_body(text: str, role_start: int) -> str | None:
    """The body "its" stands for before an office: the last body named in the 250 characters
    before it, within the paragraph ("The Supreme Economic Council met; X was its chairman")."""
    rel = _RELATIVE.search(text, max(0, role_start - 80), role_start)
    if rel is not None:
        near = text[max(0, rel.start() - 120) : rel.start()]
        bodies = [b for b in _NAMED_BODY.finditer(near) if b.end() == len(near)]
        if bodies:
            return re.sub(r"^The\s+", "", re.sub(r"\s+", " ", bodies[-1].group("b")))
        paper = _PAPER.search(near)  # "Pravda, whose editor": a title by itself
        if paper and text[role_start : role_start + 6].lower().startswith("editor"):
            return paper.group("b")
        return None
    if not _ITS.search(text, max(0, role_start - 14), role_start):
        return None
    lo = max(0, role_start - 250)
    para = text.rfind("\n\n", lo, role_start)
    bodies = list(_NAMED_BODY.finditer(text, para + 2 if para >= 0 else lo, role_start))
    if not bodies:
        return None
    return re.sub(r"^The\s+", "", re.sub(r"\s+", " ", bodies[-1].group("b")))


def _refine(role: str, department: str | None) -> str:
    """A role named more exactly by what it is of: the chairman of the Council of
    People's Commissars heads the government; a "minister of Education" is no envoy."""
    dep = (department or "").lower().replace("’", "'")
    if role in ("chairman", "president") and re.search(
        r"(?:council|soviet) of (?:people's )?commissars", dep
    ):
        return "prime minister"
    if role == "minister" and department and not _FOREIGN_AFFAIRS.match(department):
        return "government minister"
    if role == "minister" and department:
        return "foreign minister"
    return role


@cache
def _role_words() -> frozenset[str]:
    return frozenset(w for form in gz.roles() for w in re.findall(r"[a-z']+", form) if len(w) > 4)


# a word broken by a hyphen at a line's end: "Com- missar", "Am-bassador"
_BROKEN = re.compile(r"(?<![\w-])(?P<a>[A-Za-z]{2,})-\s*(?P<b>[a-z]{2,})(?![\w-])")


def find_roles(text: str, start: int = 0, end: int | None = None) -> list[RoleMatch]:
    """Role phrases in ``text[start:end]`` with what follows them (place, department).
    A role word broken by a hyphen ("the Com- missar for Foreign Affairs") is read whole;
    the offsets stay those of ``text``."""
    end = len(text) if end is None else end
    if "-" in text[start:end]:
        words = _role_words()
        joins = [
            b for b in _BROKEN.finditer(text, start, end)
            if (b.group("a") + b.group("b")).lower() in words
        ]  # fmt: skip
        if joins:
            return _find_roles_joined(text, start, end, joins)
    return _find_roles(text, start, end)


#: offices whose department is a commissariat's portfolio: "People's Commissar of
#: Justice", "deputy commissar for foreign trade" hold office in another commissariat
#: (those for foreign affairs were given to the NKID above)
_PORTFOLIO_ROLES = COMMISSAR_ROLES | {"collegium member"}


def _find_roles_joined(
    text: str, start: int, end: int, joins: list[re.Match[str]]
) -> list[RoleMatch]:
    """The roles of ``text[start:end]`` read with the broken words joined, mapped back."""
    lo = max(0, start - 40)  # the rules look a few words before a role
    pieces: list[str] = []
    where: list[int] = []  # where[k]: the offset in ``text`` of the k-th joined character
    pos = lo
    for b in joins:
        pieces.append(text[pos : b.end("a")])
        where.extend(range(pos, b.end("a")))
        pos = b.start("b")
    pieces.append(text[pos:end])
    where.extend(range(pos, end))
    joined = "".join(pieces)
    out = []
    for r in _find_roles(joined, start - lo, len(joined)):
        out.append(replace(r, start=where[r.start], end=where[r.end - 1] + 1))
    return out


def _find_roles(text: str, start: int, end: int) -> list[RoleMatch]:
    roles = gz.roles()
    places = gz.places()
    out: list[RoleMatch] = []
    covered = -1  # the end of the last role phrase: a role inside it is part of it
    for m in _role_regex().finditer(text, start, end):
        if m.start("role") < covered:
            continue
        surface = re.sub(r"\s+", " ", m.group("role").lower()).replace("’", "'")
        if surface not in roles:
            surface = next((f for f in roles if re.fullmatch(_loose(f), surface)), surface)
        role, elite = roles[surface]
        pre = m.group("pre").lower().replace("ex-", "former ")  # "the ex-ambassador"
        if m.group("plural") and _COUNCIL_OF.search(text, max(0, m.start() - 24), m.start("role")):
            continue  # "the council of people's commissars": a body's name, not its members
        if surface == "charge" and not a_charge(text, m, pre):
            continue  # "in charge of", "the charges against him"
        # a capitalised "Charge"/"Minister" etc. inside a name-like run is still a role;
        # lower-case bare "head"/"chief"/"director"/"representative" need a department or place
        phrase_end = m.end()
        country = place = department = None
        if role in _BODY_NOUNS and (
            ub := _BODY_BEFORE.search(text, max(0, m.start() - 16), m.start())
        ):
            # "an NKVD resident", "a Comintern agent", "a Pravda correspondent": the body first
            stop, ctry, where = m.end(), None, None
            if pm := _place_regex().match(text, m.end(), end):  # "the NKVD resident in Paris"
                canonical, _kind, c = places[pm.group("place")]
                stop, ctry, where = pm.end(), c or canonical, pm.group("place")
            covered = stop
            out.append(RoleMatch(ub.start(), stop, role, False, bool(m.group("plural")),
                                 ctry, where, ub.group("unit"), False, "former" in pre))  # fmt: skip
            continue
        if (
            role in _HEADS_AFTER_BODY
            and " " not in surface.replace("deputy ", "")
            and (ub := _BODY_BEFORE.search(text, max(0, m.start() - 16), m.start()))
            and not _COMPLEMENT.match(text, m.end(), end)
        ):
            # "NKVD chief X", "the Comintern chairman", "an Izvestia editor": the body first
            covered = m.end()
            out.append(RoleMatch(ub.start(), m.end(), role, False, bool(m.group("plural")),
                                 None, None, ub.group("unit"), False, "former" in pre))  # fmt: skip
            continue
        if (
            role in ("official", "staff member")
            and not m.group("plural")  # "by Comintern officials, X appears": no list of holders
            and not _OF_OR_AT.match(text, m.end())
            and (ob_ := official_body_before(text, m.start()))
        ):
            # "a Foreign Office official", "a senior NKID official": the body first
            covered = m.end()
            out.append(RoleMatch(ob_[0], m.end(), role, False, False, ob_[2], None, ob_[1],
                                 False, "former" in pre))  # fmt: skip
            continue
        if role == "member" and (
            ob := _ORGAN_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ):
            # "a Politburo member", "a Central Committee member": the organ first
            covered = m.end()
            out.append(RoleMatch(ob.start(), m.end(), role, False, bool(m.group("plural")),
                                 None, None, re.sub(r"\s+", " ", ob.group("organ")), False,
                                 "former" in pre))  # fmt: skip
            continue
        if role in ("resident", "emissary"):
            continue  # these name a post only with their body before them
        if role == "commissar of state security":
            # a rank of the state security service, with its grade: no commissariat's head
            rk = _STATE_SECURITY_RANK.match(text, m.end(), end)
            covered = rk.end() if rk else m.end()
            out.append(RoleMatch(m.start("role"), covered, role, False, bool(m.group("plural")),
                                 None, None, "NKVD", "soviet" in pre, "former" in pre))  # fmt: skip
            continue
        if surface in _IMPLIED_BODY:  # "a veteran Chekist": an officer of the Cheka
            role, department = _IMPLIED_BODY[surface]
            covered = m.end()
            out.append(RoleMatch(m.start("role"), m.end(), role, False, bool(m.group("plural")),
                                 None, None, department, "soviet" in pre, "former" in pre))  # fmt: skip
            continue
        if role in MILITARY:
            mil = military(text, m, end)
            if mil is None:
                continue
            department, country, role_start, phrase_end = mil
            covered = phrase_end
            out.append(RoleMatch(role_start, phrase_end, role, False, bool(m.group("plural")), country, None, department,
                                 "soviet" in pre, "former" in pre))  # fmt: skip
            continue
        pm = _place_regex().match(text, m.end(), end)
        if pm is None and (gloss := _GLOSS.match(text, m.end(), end)):
            pm = _place_regex().match(text, gloss.end(), end)  # "ambassador (polpred) in A"
        tm = None
        if (
            pm is None
            and role in ("staff member", "official")
            and (tm := _TRADE_MISSION.match(text, m.end(), end))
        ):
            pm = _place_regex().match(
                text, tm.end(), end
            )  # "an employee of the trade mission in A"
        if pm:
            place = pm.group("place")
            canonical, kind, ctry = places[place]
            country = ctry or canonical
            phrase_end = pm.end()
            if role == "member" and _MISSION_WORD.search(text, m.end(), pm.start("place")):
                role = "staff member"  # "a member of the Soviet mission in Kabul": its staff
        elif role in MISSION_ROLES or role == "secretary":
            # "The Counselor of the Soviet Embassy, X,": the mission without its place is
            # part of the phrase, so the name after it is in apposition to the whole
            om = _of_the_mission().match(text, phrase_end, end)
            if om:
                phrase_end = om.end()
        dm = _DEPT_AFTER.match(text, phrase_end, end)
        if dm:
            found = department_in(text[dm.end() : min(end, dm.end() + 60)])
            if found and found[1] == 0:
                department = found[0]
                phrase_end = dm.end() + found[2]
        if surface in _SPECIAL:
            department = _SPECIAL[surface]
        organisation = None
        if (
            role in ("head of department", "deputy head of department")
            and department is None
            and "department" not in surface
        ):
            om = re.match(r"\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w'’ -]{1,60})", text[m.end() : end])
            orgs = gz.organisations()
            org = next(
                (
                    o
                    for o in sorted(orgs, key=len, reverse=True)
                    if om and om.group("org").startswith(o)
                ),
                None,
            )
            office = _OFFICE.match(text, m.end(), end)
            gm = _GOVERNMENT_OF.match(text, m.end(), end)
            governs = gz.demonyms().get(gm.group("adj") or "") if gm else None
            if (
                governs
                and governs != "USSR"
                and "deputy" not in surface
                and "assistant" not in surface
            ):
                # "head of the Ukrainian government": the premier of the adjective's state
                # (the Soviet Government's head is left as before: no department's head)
                role, phrase_end, country = "prime minister", gm.end() if gm else m.end(), governs
            elif un := UNIT.match(text, m.end(), end):
                # "chief of the 27th Rifle Division": a formation numbered or named
                department, phrase_end = re.sub(r"\s+", " ", un.group("d")), un.end("d")
            elif office and (om is None or org is None):
                # "Chief of the Division of Eastern European Affairs": an office named as such
                department = re.sub(r"\s+", " ", office.group("d"))
                phrase_end = office.end("d")
            elif lf := _LOWER_OFFICE.match(text, m.end(), end):
                # "head of the prisoner-of-war welfare office": an office named in lower case
                department, phrase_end = re.sub(r"\s+", " ", lf.group("d")), lf.end("d")
            elif (
                om is not None
                and (comp := _complement(text, m.end(), end)) is not None
                and comp[0] not in places
                and not _NOT_A_BODY.search(comp[0])
                # "head of Germany's Moscow embassy": a mission, not a body named
                and not re.match(r"\s+(?:embassy|legation|mission|consulate)\b", text[comp[1] :])
            ):
                # "head of the Central Archives", "director of the Tass agency": a body named
                department, phrase_end = comp
                # "Head of Ruritanian Trade Delegation in Moscow": a trade representative
                if _TRADE_BODY.search(department):
                    role, department = "trade representative", None
                    place_m = _place_regex().match(text, phrase_end, end)
                    if place_m:
                        canonical, _kind, ctry = places[place_m.group("place")]
                        country, place, phrase_end = (
                            ctry or canonical,
                            place_m.group("place"),
                            place_m.end(),
                        )
            elif (fo := _FUNCTION_OF.match(text, m.end(), end)) and (
                fc := _complement(text, fo.end(), end) or _function_words(text, fo, end)
            ):
                # "head of training of the Baltic Fleet": the body the function is of;
                # "head of training of naval cadets": the function and its object
                department, phrase_end = fc
            elif lo := _LOWER_ORGAN.match(text, m.end(), end):
                # "head of the board of the State Bank": the organ of the body named
                department, phrase_end = re.sub(r"\s+", " ", lo.group("d")), lo.end("d")
            elif lb := _LOWER_BODY.match(text, m.end(), end):
                # "head of Soviet military intelligence": a service named without capitals
                department, phrase_end = re.sub(r"\s+", " ", lb.group("d")), lb.end("d")
            elif ld := _LOWER_DELEGATION.match(text, m.end(), end):
                department, phrase_end = re.sub(r"\s+", " ", ld.group("d")), ld.end("d")
            elif (its := _its_body(text, m.start("role"))) is not None:
                department = its  # "the Supreme Economic Council ... its head"
            elif (nr := _AND_OFFICE_OF.match(text, m.end(), end)) and (
                shared := _shared_body(text, nr.end(), end)
            ):
                department = shared  # "chief and commissar of the X School": the body of both
            elif om is None or org is None:
                continue  # "head", "chief" alone are too vague
            else:
                role, organisation = "head of organisation", orgs[org][0]
                phrase_end = m.end() + om.start("org") + len(org)
        if role == "representative" and country is None and department is None:
            # "representative of the Comintern to China": the body sent, then the host
            rc = _complement(text, phrase_end, end)
            rp = _place_regex().match(text, rc[1], end) if rc else None
            if rc and rp:
                canonical, _kind, ctry = places[rp.group("place")]
                country, place, department = ctry or canonical, rp.group("place"), rc[0]
                phrase_end = rp.end()
        if role in ("representative",) and not (
            country or "soviet" in pre or "official" in surface
        ):
            continue
        if role == "controller" and (tc := _TRADE_CONTROLLED.match(text, phrase_end, end)):
            # "controller of Ruritania's foreign trade": the trade's representative
            role, department, phrase_end = "trade representative", tc.group("d"), tc.end("d")
        if country is None and department is None and organisation is None:
            comp = _complement(text, phrase_end, end)
            if comp is not None:
                what, cend = comp
                state = places.get(what)
                if state is None and role in _SOVEREIGNS and what in gz.peoples():
                    # "King of the Belgians", "Gustav, King of the Swedes": the people's state
                    state = places.get(gz.peoples()[what])
                if state and state[1] == "state" and role in _GOVERNMENT_ROLES:
                    country = state[0]
                    phrase_end = cend
                elif state and role in _OFFICES_OF_A_PLACE:
                    country, place, phrase_end = state[2] or state[0], what, cend
                elif role in MISSION_ROLES and (court := _court_of(what, places)):
                    # "Ambassador to the Emperor of Japan", "envoy to the Court of St.
                    # James's", "minister to the Government of Ruritania": the sovereign's state
                    country, phrase_end = court, cend
                elif not state:
                    department = what
                    phrase_end = cend
                    if role in _PORTFOLIO_HOLDERS and (cut := _portfolio_words(what)):
                        # "Vice Commissar for Agriculture Pavel Orlik": the name is not the
                        # portfolio's
                        department, phrase_end = cut, cend - len(what) + len(cut)
                    # "leader of the German Communist Party": the state of the body's adjective
                    adj = gz.demonyms().get(what.split()[0])
                    if adj and adj not in ("USSR", "Russia"):
                        country = adj
            elif role == "leader" and (
                pb := _PARTY_BEFORE.search(text, max(0, m.start() - 30), m.start())
            ):
                department = f"{pb.group('party')} Party"  # "the Communist leader in Rostov"
                place_m = _place_regex().match(text, m.end(), end)
                if place_m:
                    phrase_end = place_m.end()
            elif ld := _LOWER_DELEGATION.match(text, phrase_end, end):
                department, phrase_end = re.sub(r"\s+", " ", ld.group("d")), ld.end("d")
            elif surface == "commissar" and (wf := _WITH_FORCE.match(text, phrase_end, end)):
                # "a political commissar with the Ninth Army": the force he served
                department, phrase_end = re.sub(r"\s+", " ", wf.group("d")), wf.end("d")
            elif role in _ORGAN_OFFICES and (lo := _LOWER_ORGAN.match(text, phrase_end, end)):
                # "member of the executive committee of the Tver Town Council"
                department, phrase_end = re.sub(r"\s+", " ", lo.group("d")), lo.end("d")
            elif role in _OFFICES_OF_A_BODY and (its := _its_body(text, m.start("role"))):
                department = its  # "X founded the Ruritanian Trading Corporation ... its chairman"
            elif role in _NEEDS_COMPLEMENT:
                continue  # "member", "editor", "leader" alone say nothing
        if role == "official" and not (
            department
            and (_OF_OR_AT.match(text, m.end()) or _BODY_NOUN.search(department))
            or (tm and country)
        ):
            continue  # "an official in Berlin": an official of no body named
        if surface in _BARE_COMMISSARY and department is None:
            continue  # "the commissary" without a portfolio is a canteen
        if (
            department
            and role in _DELEGATION_OFFICES
            and re.search(r"\b[Dd]elegation\b", department)
        ):
            # "chairman of the Soviet delegation", "member of the delegation to Genoa"
            role, organisation = _DELEGATION_OFFICES[role], None
        if (
            role == "member"
            and department
            and _PARTY.search(department)
            and not _PARTY_ORGAN.search(department)
        ):
            continue  # membership of a party is a membership, not a post
        if department is None and role in ("people's commissar", "deputy commissar", "minister"):
            # "War Commissar", "the Finance Minister": the portfolio named before the office
            pf = _PORTFOLIO_BEFORE.search(text, max(0, m.start("role") - 30), m.start("role"))
            if pf and not pre.strip():
                department = pf.group("p")
                if role == "minister":
                    role = "government minister"
        if department is None and organisation is None and role in COMMISSAR_ROLES:
            # "People's Commissar of foreign trade": a portfolio named in lower case
            lp = _lower_portfolio(text, phrase_end, end)
            if lp is not None:
                department, phrase_end = lp
        if role == "government minister" and department is None:
            # "Minister of Finance", "the Interior Minister": the portfolio is in the title
            words = [w for w in surface.split() if w not in ("minister", "of", "the")]
            department = " ".join(words).title() or None
        if role == "deputy" and not (department and _PARLIAMENT.search(department)):
            continue  # a deputy of a parliament; "his deputy" is another office
        role = _refine(role, department)
        if (
            role == "head of department"
            and department
            and (cm := _COMMISSARIAT_OF.match(department))
        ):
            # "head of the People's Commissariat of Foreign Affairs": its commissar
            role, department = "people's commissar", cm.group("p")
        if department and _FOREIGN_AFFAIRS.match(department) and role in NKID_ROLES:
            department, organisation = None, "NKID"  # "Commissars for Foreign Affairs"
        if country is None and role in _GOVERNMENT_ROLES:
            country = demonym_before(text, m.start())
            if country is None and surface.endswith("secretary of state") and department is None:
                country = "United States"  # the title alone is the American office
            if country is None:
                country = _state_of_title(text, m, role, pre)
            prev = out[-1] if out else None
            # "British Foreign Secretary and Prime Minister": the adjective serves both
            if (
                country is None
                and prev is not None
                and prev.country
                and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[prev.end : m.start()])
            ):
                country = prev.country
        if role in ("senator", "regent") and country is None:
            continue  # "Senator de Brissac", "the Regent": of a state not named
        soviet = "soviet" in pre or "soviet" in surface
        bodies = [department]
        if role == "member" and department and _ORGAN_NOUN.search(department):
            # "member of the A Committee, the B Soviet and the C Council": one seat on each
            bodies, phrase_end = _coordinated_bodies(text, department, phrase_end, end)
            department = bodies[0]
        covered = phrase_end
        out.append(
            RoleMatch(
                m.start("role") if not pre.strip() else m.start(),
                phrase_end,
                role,
                elite,
                bool(m.group("plural")) or surface.endswith("heads"),
                country,
                place,
                department,
                soviet,
                "former" in pre,
                organisation
                or (
                    "NKID"
                    if (role in _PORTFOLIO_ROLES and portfolio(surface) == "Foreign Affairs")
                    or (
                        (role in NKID_ROLES and (soviet or department))
                        and not (department and role in _PORTFOLIO_ROLES)
                    )
                    else None
                ),  # fmt: skip
                # "the German ambassador", "Russia's ambassador": the state he serves
                (sender_before(text, m.start()) or _sender_of(pm) or ("USSR" if soviet else None))
                if role in MISSION_ROLES
                else None,
            )
        )
        first = out[-1]
        out.extend(replace(first, department=b) for b in bodies[1:])
    if "post" in text[start:end] or "position" in text[start:end] or "job" in text[start:end]:
        out = _posts_in_bodies(text, start, end, out)
    if any(r.role in _DEPARTMENT_HEADS and r.department for r in out):
        out = [foreign_department(text, r, end) if r.role in _DEPARTMENT_HEADS else r for r in out]
    return out


_DEPARTMENT_HEADS = frozenset({"head of department", "deputy head of department"})


def foreign_department(text: str, r: RoleMatch, end: int) -> RoleMatch:
    """A department head's post in a foreign ministry, its state said by the body after
    the department ("head of the Eastern Division of the German Foreign Office") or
    before it ("head of the German Foreign Office's Eastern Division"); else ``r``."""
    if r.country or not r.department:
        return r
    found = foreign_body_of(text, r.end, end, r.department)
    if found is None:
        return r
    department, country, stop = found
    return replace(r, end=stop, department=department, country=country, soviet=False,
                   organisation=None)  # fmt: skip


def _coordinated_bodies(
    text: str, department: str, phrase_end: int, end: int
) -> tuple[list[str | None], int]:
    """The organs a member sits on when they are coordinated: "the A Committee and the B
    Politburo" split where every part is an organ by its own noun, and ", the C Soviet and
    the D Council" read on after the first (bounded); else the department as it is."""
    parts = [p for p in _BODY_SPLIT.split(department) if p]
    if len(parts) < 2 or not all(_ORGAN_NOUN.search(p) for p in parts):
        parts = [department]
    pos = phrase_end
    for _ in range(6):
        nb = _NEXT_BODY.match(text, pos, end)
        if nb is None:
            break
        parts.append(re.sub(r"\s+", " ", nb.group("b")))
        pos = nb.end("b")
    return list(dict.fromkeys(parts)), pos


def _function_words(text: str, fo: re.Match[str], end: int) -> tuple[str, int] | None:
    """ "training of naval cadets": a function with what it is of, in lower case."""
    fw = _FUNCTION_WORDS.match(text, fo.end(), end)
    if fw is None:
        return None
    what = re.sub(r"\s+", " ", fw.group("w"))
    return f"{fo.group('f')} of {what}", fw.end("w")


# a name after a title, then its state: "King Carol of Rumania", "Emperor Hirohito of Japan"
_NAME_OF_STATE = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:[IVX]+\s+)?of\s+(?:the\s+)?(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


def _state_of_title(text: str, m: re.Match[str], role: str, pre: str) -> str | None:
    """The state a government title names by itself: the "Reich Chancellor" and the
    "Führer" are Germany's, the "Permanent Under-Secretary" Britain's, "Senator X" before
    a name the American (the English texts' senators are of the US Senate)."""
    if role == "führer" or re.search(
        r"\bReich\s+$", text[max(0, m.start("role") - 6) : m.start("role")]
    ):
        return "Germany"
    tn = _NAME_OF_STATE.match(text, m.end())
    if tn and m.group("role")[0].isupper():  # "King Carol of Ruritania": the state after the name
        hit = gz.places().get(tn.group("state"))
        if hit and hit[1] == "state":
            return hit[0]
    if role == "under secretary" and "permanent" in pre:
        return "United Kingdom"
    if (
        role == "senator"
        and m.group("role")[0] == "S"
        and re.match(r"\s+[A-Z][a-z]", text[m.end() :])
    ):
        return "United States"
    return None


def _posts_in_bodies(text: str, start: int, end: int, out: list[RoleMatch]) -> list[RoleMatch]:
    """ "a post in the Ruritanian Telegraph Agency", "a position at the Soviet embassy in Paris": a staff
    post in a body named capitalised, or in a mission; none where a role phrase is."""
    places = gz.places()
    found = []
    for pm in _A_POST_IN.finditer(text, start, end):
        if any(r.start <= pm.start("w") < r.end for r in out):
            continue
        country = department = None
        comp = _complement(text, pm.end(), end)
        if comp is not None and comp[0] not in places and not _NOT_A_BODY.search(comp[0]):
            department, stop = comp
        elif (mp := _place_regex().match(text, pm.end(), end)) and re.search(
            r"[Ee]mbassy|[Ll]egation|[Mm]ission|[Cc]onsulate", mp.group()
        ):
            canonical, _kind, ctry = places[mp.group("place")]
            country, stop = ctry or canonical, mp.end()
        else:
            continue
        found.append(
            RoleMatch(pm.start("w"), stop, "staff", False, False, country, None, department)
        )
    return sorted([*out, *found], key=lambda r: r.start) if found else out


@cache
def _ru_role_regex() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    rows = gz.table("roles_ru.tsv")
    forms = {row[0]: (row[1], row[2] == "1") for row in rows}
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    # a whole word: "посол" but not "посольство" (the embassy), "полпред" but not
    # "полпредство", "консул" but not "консультант" (an adviser)
    return re.compile(rf"(?<![\w])(?P<role>{alts})(?![а-яё])", re.I), forms


#: a word of a chief's staff before his office in the genitive ("секретарь зам. наркома")
_STAFF_OF = re.compile(
    r"(?:секретар|консультант|референт|помощник|пом\.|шофер|шофёр|стенографист|машинист|"
    r"адъютант|инспектор|уполномоченн)[а-яё]*\.?\s+$",
    re.I,
)


def find_roles_ru(text: str) -> list[RoleMatch]:
    """Role phrases in a Russian position ("полномочный представитель СССР в Финляндии")."""
    pattern, forms = _ru_role_regex()
    ru_places = sorted(gz.table("places_ru.tsv"), key=lambda r: -len(r[0]))
    out = []
    for m in pattern.finditer(text):
        role, elite = forms[m.group("role").lower()]
        tail = text[m.end() : m.end() + 120]
        clause = re.split(r"[,;]", tail, maxsplit=1)[0]
        country = None
        cm = re.search(r"\b(?:в|во)\s+([А-ЯЁA-Z][\w-]*)", clause)
        if cm:
            word = cm.group(1)
            row = next((r for r in ru_places if word.startswith(r[0])), None)
            country = row[1] if row else None
        dep = department_in(clause)
        department = dep[0] if dep else None
        nkid = bool(
            re.search(
                r"иностранных дел|НКИД|полпредств|Наркоминдел", clause + " " + m.group(0), re.I
            )
        )
        if role in ("polpred", "ambassador") or (
            role in ("chargé d'affaires", "counsellor", "attaché") and country
        ):
            nkid = True
        if role in COMMISSAR_ROLES and _STAFF_OF.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "секретарь зам. наркома": on a commissar's staff, not one
        if role in COMMISSAR_ROLES:
            # "нарком связи": the portfolio; the Foreign Commissariat's is the NKID itself
            held = portfolio(clause)
            nkid = nkid or held == "Foreign Affairs"
            department = None if nkid else held
        if role == "collegium member" and not nkid and not re.search(r"нарком", clause, re.I):
            continue  # "член коллегии защитников": a bar, no commissariat
        if role in (
            "head of department",
            "deputy head of department",
            "assistant head of department",
            "referent",
        ):
            if not department and not nkid:
                continue
        former = bool(
            re.search(
                r"(?:бывш(?:ий|ая|\.)|в прошлом)\s*$", text[max(0, m.start() - 12) : m.start()]
            )
        )
        out.append(
            RoleMatch(
                m.start(),
                m.end() + len(clause),
                role,
                elite,
                False,
                country,
                None,
                department,
                nkid,
                former,
                "NKID" if nkid else None,
            )
        )
    return out
