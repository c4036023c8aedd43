"""Events told in narrative rather than named (part of ``extract.events``), each a
pattern over one sentence, for any event of the kind (issue 11, fourth round):

* a kind of event dated by its modifier — "the July 1938 massacre", "the 1927 war
  scare", "the 1924 elections";
* a speech or a proposal owned by its maker — "the President's radio speech";
* a purge by its common name in lower case — "Stalin's great purge";
* a diplomat sent away — "had to leave A as persona non grata";
* a trial told by its defendant — "at his trial in 1931", "was tried in 1938";
* a conference told by its course — "the conference opened in Genoa", "the congress met";
* a mission sent — "sent a military mission to Moscow", "the Anglo-French military mission";
* a body founded or ended — "the formation of the USSR", "the founding of the Comintern";
* an invitation to a conference, a city or land taken in war ("the capture of Kiev"),
  an investigation ("was put under investigation"), an election to a body ("was
  elected to the Academy"), a body renamed.

Each pattern starts at a word's start and reads a bounded run of words, so the time is
linear in the sentence (issue 10).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from narkomindel import gazetteer as gz
from narkomindel.extract.gated import Gated

__all__ = ["narrative_events"]

# a capitalised name word; no apostrophe inside, so that a possessive ends it
_NAME = r"(?<![\w'’.–-])[A-Z][\w–-]*"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# "the July 1938 massacre", "the 1927 war scare"
_DATED_HEAD = Gated(
    re.compile(
        rf"\b(?:[Tt]he|[Aa])\s+(?P<date>(?:{_MONTH}\s+)?1[89]\d\d)\s+(?P<head>massacre|purges?|war\s+scare|"
        r"scare|crisis|coup|putsch|strike|famine|raid|trials?|elections?|ultimatum|uprising|revolt|"
        r"rising|revolution|offensive|invasion|mutiny|treaty|pact|conference|congress)\b"
    ),
    "18 19",
    (
        "massacre purge scare crisis coup putsch strike famine raid trial "
        "election ultimatum uprising revolt rising revolution offensive "
        "invasion mutiny treaty pact conference congress"
    ),
)
_DATED_TYPE = {
    "massacre": "other", "purge": "other", "purges": "other", "war scare": "other",
    "scare": "other", "crisis": "other", "coup": "other", "putsch": "other", "strike": "other",
    "famine": "other", "raid": "raid", "trial": "trial", "trials": "trial",
    "election": "election", "elections": "election", "ultimatum": "ultimatum",
    "uprising": "uprising", "revolt": "uprising", "rising": "uprising",
    "revolution": "revolution", "offensive": "war", "invasion": "war", "mutiny": "uprising",
    "treaty": "treaty", "pact": "treaty", "conference": "conference", "congress": "conference",
}  # fmt: skip
# "the President's radio speech", "Litvinov's proposal"
_OWNED = Gated(
    re.compile(
        rf"(?P<who>{_NAME}(?:\s+{_NAME})?)['’]s?\s+(?:(?:[A-Z][\w-]*|famous|notorious|first|last|"
        r"radio|farewell|public|secret)\s+)?(?P<what>speech|address|broadcast|proposal|proposals|"
        r"declaration|memorandum|ultimatum)\b"
    ),
    "' ’",
    "speech address broadcast proposal declaration memorandum ultimatum",
)
_GREAT_PURGE = Gated(re.compile(r"\b(?:[Gg]reat\s+[Pp]urges?|[Bb]lood\s+[Pp]urge)\b"), "purge")
_NON_GRATA = Gated(re.compile(r"\bpersona\s+non\s+grata\b"), "grata")
_TRIAL = Gated(
    re.compile(
        r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:own|public|secret|first|second|later|show)\s+)?trial\b"
        r"|\b(?:was|were)\s+(?:later\s+|then\s+|publicly\s+|secretly\s+)?tried\s+(?:in|on|by|for|before|with|at)\b"
        # "were tried and acquitted", "have been tried and executed": a trial told by its outcome
        r"|\b(?:was|were|(?:had|have|has)\s+been)\s+(?:\w+ly\s+|later\s+|then\s+)?tried\s+and\s+"
        r"(?:acquitted|convicted|sentenced|condemned|shot|executed|found\s+guilty|imprisoned|released)\b"
    ),
    "trial tried",
)
_CONFERENCE_COURSE = Gated(
    re.compile(
        r"\b(?:[Tt]he|[Aa])\s+(?:[A-Z][\w-]*\s+|\w+\s+)?(?P<what>conference|congress|summit|plenum)\s+"
        r"(?:was\s+|had\s+)?(?:opened|met|convened|began|closed|ended|assembled|held|reconvened)\b"
    ),
    "conference congress summit plenum",
)
_MISSION_SENT = Gated(
    re.compile(
        rf"\b(?:sent|dispatched|despatched)\s+(?:a|an|its|their|the)\s+(?P<kind>(?:[\w-]+\s+){{0,2}}?)mission\s+"
        rf"(?:to|into)\s+(?P<to>{_NAME}(?:\s+{_NAME})?)"
        rf"|(?P<mods>{_NAME}(?:\s+{_NAME})?)\s+(?P<kind2>military|trade|naval|economic|goodwill)\s+mission\b"
    ),
    "mission",
)
#: the verbs of the passive patterns below, searched once before any of them is tried
#: (they start at every capitalised word or article)
_PASSIVE_VERB = re.compile(
    r"\b(?:annexed|occupied|incorporated|partitioned|invaded|founded|formed|created|constituted|"
    r"set\s+up|proclaimed|assassinated|murdered|shot\s+dead|expelled)\b"
)
# a body founded, told in the passive: "the Comintern was founded in 1919"
_FOUNDED_PASSIVE = Gated(
    re.compile(
        rf"(?P<what>{_NAME}(?:\s+(?:of\s+)?{_NAME}){{0,3}})\s+(?:was|were)\s+(?:(?:officially|formally|finally)\s+)?"
        r"(?P<how>founded|formed|created|constituted|set\s+up|proclaimed)\b"
    ),
    "founded formed created constituted set proclaimed",
)
# a land taken, a diplomat killed, a mission sent away, told in the passive: "the Baltic
# states were annexed in 1940", "the Soviet envoy was assassinated", "the mission was expelled"
_TAKEN_PASSIVE = Gated(
    re.compile(
        rf"(?P<what>{_NAME}(?:\s+(?:[a-z]+\s+)?{_NAME}){{0,2}}|\b[Tt]he\s+Baltic\s+(?:states|republics|countries))\s+"
        r"(?:was|were|had\s+been)\s+(?:(?:\w+ly|then|soon)\s+)?(?P<how>annexed|occupied|incorporated|partitioned|invaded)\b"
    ),
    "annexed occupied incorporated partitioned invaded",
)
_ENVOY_KILLED = Gated(
    re.compile(
        r"\b(?:[Tt]he|[Aa])\s+(?:(?:Soviet|Russian|Bolshevik|[A-Z][a-z]+)\s+)?(?P<who>envoy|ambassador|minister|consul|"
        r"attaché|diplomat|courier|delegate|representative|trade\s+representative)\s+(?:in\s+[A-Z]\w+\s+)?"
        r"(?:was|had\s+been)\s+(?:\w+ly\s+)?(?:assassinated|murdered|shot\s+dead)\b"
    ),
    "assassinated murdered shot",
)
_MISSION_EXPELLED = Gated(
    re.compile(
        r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?:(?:Soviet|Russian|Bolshevik|[A-Z][a-z]+|trade|military)\s+)?"
        r"(?:mission|delegation|legation|embassy)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?expelled\b"
    ),
    "expelled",
)
_FOUNDED = Gated(
    re.compile(
        rf"\b(?:[Tt]he\s+)?(?P<what>formation|founding|foundation|creation|establishment|proclamation|"
        rf"dissolution|abolition)\s+of\s+(?:the\s+)?(?P<of>{_NAME}(?:\s+(?:of\s+)?{_NAME}){{0,3}})"
    ),
    ("formation founding foundation creation establishment proclamation dissolution abolition"),
)
_INVITATION = Gated(
    re.compile(
        r"\binvitation\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:[Cc]onference|[Cc]ongress|talks|negotiations|summit)\b"
    ),
    "invitation",
)
_CAPTURE = Gated(
    re.compile(rf"\b(?P<what>capture|fall|siege|liberation)\s+of\s+(?P<of>{_NAME}(?:\s+{_NAME})?)"),
    "capture fall siege liberation",
)
_INVESTIGATION = Gated(
    re.compile(
        r"\b(?:put|placed)\s+under\s+investigation\b|\binvestigation\s+(?:of|into)\s+(?:the\s+)?[A-Z]"
    ),
    "investigation",
)
_ELECTED = Gated(
    re.compile(rf"\b(?:was|were)\s+elected\s+(?:to|as)\s+(?:the\s+)?(?:[a-z]+\s+)?{_NAME}"),
    "elected",
)
_RENAMED = Gated(
    re.compile(r"\b(?:was|were)\s+renamed\b|\b[Rr]enaming\s+of\s+the\s+[A-Z]"), "renam"
)

# a meeting told by its verb: "X met Y", "called on the Foreign Minister", "had a long
# conversation with X", "was received by X", "his visit to Moscow", "paid a visit to X"
_TITLE = (
    r"(?:[Ff]oreign\s+[Mm]inister|[Aa]mbassador|[Cc]ommissar|[Pp]resident|[Ss]ecretary(?:\s+of\s+[Ss]tate)?|"
    r"[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Mm]inister|[Ee]nvoy|[Cc]harg[ée]\s+d['’][Aa]ffaires|[Kk]ing|[Pp]remier)"
)
_MET = Gated(
    re.compile(
        rf"\b(?:met|meets|called\s+on|called\s+upon|(?:was|were)\s+received\s+by|received)\s+"
        rf"(?:with\s+)?(?:the\s+)?(?:(?:{_TITLE}|[A-Z][\w-]*)\s+){{0,3}}?(?P<who>{_TITLE}|{_NAME}(?:\s+{_NAME})?)"
    ),
    "met meets called received",
)
_TALKED = Gated(
    re.compile(
        rf"\b(?:had|held|in|during|at)\s+(?:a|an|his|her|their|the)\s+(?:(?:long|brief|short|first|last|final|further|private|"
        rf"frank|cordial|lengthy|farewell)\s+)?(?:conversation|conversations|talk|talks|interview|audience|discussion|"
        rf"discussions)\s+with\s+(?:the\s+)?(?P<who>{_TITLE}|{_NAME}(?:\s+{_NAME})?)"
    ),
    "conversation talk interview audience discussion",
    "with",
)
_PRONOUN_VISIT = Gated(
    re.compile(
        rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|paid\s+a|made\s+a)\s+(?:(?:official|state|first|private|brief|short)\s+)?"
        rf"visit\s+to\s+(?:the\s+)?(?P<to>{_NAME}(?:\s+{_NAME})?)"
    ),
    "visit",
)

# "the February and October revolutions", "the Riga and Kostrov treaties": one event each
_TWO_OF_A_KIND = Gated(
    re.compile(
        rf"(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\s+(?P<head>revolutions|treaties|conferences|congresses|"
        r"wars|pacts|agreements|trials|uprisings|crises)\b"
    ),
    "and",
    ("revolutions treaties conferences congresses wars pacts agreements trials uprisings crises"),
)
_SINGULAR = {"revolutions": ("revolution", "Revolution"), "treaties": ("treaty", "Treaty"),
             "conferences": ("conference", "Conference"), "congresses": ("conference", "Congress"),
             "wars": ("war", "War"), "pacts": ("treaty", "Pact"), "agreements": ("agreement", "Agreement"),
             "trials": ("trial", "Trial"), "uprisings": ("uprising", "Uprising"),
             "crises": ("other", "Crisis")}  # fmt: skip
# "Kirov's assassination", "the envoy's murder"
_OWN_KILLING = Gated(
    re.compile(
        rf"(?P<who>{_NAME})['’]s?\s+(?:(?:brutal|sudden|political)\s+)?(?:assassination|murder)\b"
    ),
    "assassination murder",
    "' ’",
)

# diplomatic acts told by their verb: credentials presented, a note handed, a protest
# lodged, agrément asked, an agreement reached, a body purged, an envoy murdered
_ACTS = Gated(
    re.compile(
        r"\b(?P<cred>presented|presentation\s+of)\s+(?:(?:his|her|their|the)\s+)?(?:letters\s+of\s+)?credentials\b"
        r"|\b(?P<note>handed|delivered|sent|addressed|presented|transmitted)\s+(?:(?:the|to\s+the)\s+(?:\w+\s+){0,3}?)?"
        r"(?:a|an|his|her|its|the)\s+(?:(?:formal|strong|sharp|stiff|verbal|written)\s+)?(?:note|memorandum|aide-m[ée]moire)\b"
        r"|\b(?P<protest>lodged|made|filed|registered)\s+(?:a|an)\s+(?:(?:formal|strong|sharp|official)\s+)?protest\b"
        r"|\b(?P<agrement>agr[ée]ment)\b"
        r"|\b(?P<reached>reached|concluded|came\s+to)\s+an\s+agreement\b"
        r"|\b(?P<body>[Cc]ommissariat|NKID|Narkomindel|[Ff]oreign\s+[Oo]ffice|[Dd]iplomatic\s+[Ss]ervice|"
        r"[Dd]iplomatic\s+[Cc]orps|[Aa]rmy|[Pp]arty)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?purged\b"
        r"|\b(?:assassination|murder|killing)\s+of\s+the\s+(?P<victim>envoy|ambassador|minister|consul|attaché|"
        r"diplomat|courier|counsellor|delegate)\b"
    ),
    (
        "credentials note memorandum aide-m protest agrément agrement "
        "agreement purged assassination murder killing"
    ),
)

# "the war scare of 1927", "the famine of 1921-22": a kind of event and its date after it
_HEAD_OF_DATE = Gated(
    re.compile(
        rf"\b[Tt]he\s+(?P<head>war\s+scare|general\s+strike|famine|massacre|purges?|coup|putsch|mutiny|"
        rf"uprising|revolt|rising|revolution|elections?|show\s+trials?)\s+of\s+(?P<date>(?:{_MONTH}\s+)?1[89]\d\d)\b"
    ),
    "18 19",
    (
        "scare strike famine massacre purge coup putsch mutiny uprising revolt "
        "rising revolution election trial"
    ),
)
_OF_DATE_TYPE = {"elections": "election", "election": "election", "show trial": "trial",
                 "show trials": "trial", "uprising": "uprising", "revolt": "uprising",
                 "rising": "uprising", "mutiny": "uprising", "revolution": "revolution"}  # fmt: skip
# "police raided the offices of the trading company X": a raid on its object
_RAIDED = Gated(
    re.compile(
        r"\braided\s+(?:the\s+)?(?:(?:premises|offices?|headquarters|building|rooms)\s+of\s+(?:the\s+)?)?"
        rf"(?:[a-z][\w-]*\s+){{0,4}}?(?P<what>{_NAME}(?:\s+{_NAME}){{0,2}})"
    ),
    "raided",
)

# "missions expelled from Germany": a mission's expulsion told by its participle
_MISSIONS_EXPELLED = Gated(
    re.compile(
        r"\b(?:missions?|diplomats|envoys?|embass(?:y|ies)|legations?|delegations?|representatives)\s+"
        rf"(?:(?:was|were|had\s+been)\s+)?expelled\s+from\s+(?P<a>{_NAME})"
    ),
    "expelled",
)
# "the newly founded Comintern": a body's founding told by its participle
_NEWLY_FOUNDED = Gated(
    re.compile(
        rf"\b(?:newly|recently|just)\s+(?:founded|formed|created|established)\s+(?P<what>{_NAME}(?:\s+{_NAME}){{0,2}})"
    ),
    "newly recently just",
)
# the plans and policies of the Soviet state by their names
_PLAN = Gated(
    re.compile(
        r"\b(?:[Ff]irst|[Ss]econd|[Tt]hird)\s+Five[- ]Year\s+Plan\b"
        r"|\b(?P<nep>introduction|abandonment|end)\s+of\s+(?:the\s+)?(?:NEP|New\s+Economic\s+Policy)\b"
    ),
    "five nep economic",
)


def narrative_events(text: str, low: str, s: int, e: int) -> Iterator[tuple[str, str, int, int]]:
    """(type, name, start, end) of the events the sentence ``text[s:e]`` (lower-cased:
    ``low``) tells."""
    for m in _DATED_HEAD.finditer(text, s, e, low):
        head = " ".join(m.group("head").split())
        yield _DATED_TYPE[head], f"{m.group('date')} {head}", m.start("date"), m.end()
    for m in _OWNED.finditer(text, s, e, low):
        what = m.group("what")
        etype = "ultimatum" if what == "ultimatum" else "other"
        who = re.sub(r"^(?:The|A|An|In|On|At|By|After|Before|During)\s+", "", m.group("who"))
        yield etype, f"{who}'s {what}", m.start(), m.end()
    for m in _GREAT_PURGE.finditer(text, s, e, low):
        yield "other", "Great Purge", m.start(), m.end()
    for m in _NON_GRATA.finditer(text, s, e, low):
        yield "expulsion", "persona non grata", m.start(), m.end()
    for m in _TRIAL.finditer(text, s, e, low):
        yield "trial", "trial", m.start(), m.end()
    for m in _CONFERENCE_COURSE.finditer(text, s, e, low):
        yield "conference", m.group("what"), m.start(), m.end()
    for m in _MISSION_SENT.finditer(text, s, e, low):
        if m.group("to"):
            kind = " ".join(m.group("kind").split())
            yield (
                "other",
                " ".join(x for x in (kind, "mission to", m.group("to")) if x),
                m.start(),
                m.end(),
            )
        else:
            mods = re.sub(r"^(?:The|A|An)\s+", "", m.group("mods"))
            yield "other", f"{mods} {m.group('kind2')} mission", m.start(), m.end()
    for m in _FOUNDED.finditer(text, s, e, low):
        yield "other", f"{m.group('what')} of {m.group('of')}", m.start(), m.end()
    passive = _PASSIVE_VERB.search(text, s, e) is not None
    for m in _TAKEN_PASSIVE.finditer(text, s, e, low) if passive else ():
        what = re.sub(r"^(?:The|A|An|In|On|By|After|Before|When)\s+", "", m.group("what"))
        places = gz.places()
        if not (what in places or what.split()[-1] in places or what.startswith("Baltic")):
            continue  # a land or a state is taken, not a person or a house
        how = m.group("how")
        if how == "invaded":
            yield "war", f"war on {what}", m.start("what"), m.end()
        else:
            noun = {
                "annexed": "annexation",
                "occupied": "occupation",
                "incorporated": "incorporation",
            }
            yield "other", f"{noun.get(how, 'partition')} of {what}", m.start("what"), m.end()
    for m in _ENVOY_KILLED.finditer(text, s, e, low) if passive else ():
        yield "assassination", f"murder of the {m.group('who')}", m.start(), m.end()
    for m in _MISSION_EXPELLED.finditer(text, s, e, low) if passive else ():
        yield "expulsion", "expulsion of a mission", m.start(), m.end()
    for m in _FOUNDED_PASSIVE.finditer(text, s, e, low) if passive else ():
        what = re.sub(r"^(?:The|A|An|In|On|By|After|Before|When)\s+", "", m.group("what"))
        if what in ("The", "A", "An", "It", "He", "She", "They", "This", "That"):
            continue
        yield "other", f"founding of {what}", m.start("what") + m.group("what").find(what), m.end()
    for m in _INVITATION.finditer(text, s, e, low):
        yield "other", "invitation to the conference", m.start(), m.end()
    for m in _CAPTURE.finditer(text, s, e, low):
        yield "war", f"{m.group('what')} of {m.group('of')}", m.start(), m.end()
    for m in _INVESTIGATION.finditer(text, s, e, low):
        yield "other", "investigation", m.start(), m.end()
    for m in _ELECTED.finditer(text, s, e, low):
        yield "election", m.group(0), m.start(), m.end()
    for m in _RENAMED.finditer(text, s, e, low):
        yield "other", "renaming", m.start(), m.end()
    for m in _MET.finditer(text, s, e, low):
        yield "other", f"meeting with {m.group('who')}", m.start(), m.end()
    for m in _TALKED.finditer(text, s, e, low):
        yield "other", f"meeting with {m.group('who')}", m.start(), m.end()
    for m in _PRONOUN_VISIT.finditer(text, s, e, low):
        yield "other", f"visit to {m.group('to')}", m.start(), m.end()
    for m in _TWO_OF_A_KIND.finditer(text, s, e, low):
        etype, head = _SINGULAR[m.group("head")]
        yield etype, f"{m.group('a')} {head}", m.start("a"), m.end("a")
        yield etype, f"{m.group('b')} {head}", m.start("b"), m.end()
    for m in _OWN_KILLING.finditer(text, s, e, low):
        yield "assassination", f"assassination of {m.group('who')}", m.start(), m.end()
    for m in _ACTS.finditer(text, s, e, low):
        if m.group("cred"):
            yield "other", "presentation of credentials", m.start(), m.end()
        elif m.group("note"):
            yield "other", "note", m.start(), m.end()
        elif m.group("protest"):
            yield "other", "protest", m.start(), m.end()
        elif m.group("agrement"):
            yield "other", "agrément", m.start(), m.end()
        elif m.group("reached"):
            yield "agreement", "agreement reached", m.start(), m.end()
        elif m.group("body"):
            yield "other", f"purge of the {m.group('body')}", m.start(), m.end()
        else:
            yield "assassination", f"murder of the {m.group('victim')}", m.start(), m.end()
    for m in _HEAD_OF_DATE.finditer(text, s, e, low):
        head = " ".join(m.group("head").split())
        yield (
            _OF_DATE_TYPE.get(head, "other"),
            f"{head} of {m.group('date')}",
            m.start("head"),
            m.end(),
        )
    for m in _RAIDED.finditer(text, s, e, low):
        yield "raid", f"raid on {m.group('what')}", m.start(), m.end()
    for m in _MISSIONS_EXPELLED.finditer(text, s, e, low):
        yield "expulsion", f"expulsion from {m.group('a')}", m.start(), m.end()
    for m in _NEWLY_FOUNDED.finditer(text, s, e, low):
        yield "other", f"founding of {m.group('what')}", m.start(), m.end()
    for m in _PLAN.finditer(text, s, e, low):
        name = f"{m.group('nep')} of the NEP" if m.group("nep") else "Five Year Plan"
        yield "other", name, m.start(), m.end()
