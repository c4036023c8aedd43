"""Person names the name grammar leaves to its context (part of ``extract.names``):

* **a surname in capitals** — headlines and headings print names in capitals ("DEATH
  OF M. KRASSIN"); a capitalised word whose title-case form is the surname of a person
  found elsewhere in the document is that person (with the initials before it), and so
  is one of the plainest east-European shape ("TROTSKY", "KARNOVICH") the document
  never writes in lower case and no list calls a place, a people or a never-name;
* **a name with a particle or an Eastern title** — "Hans von Seeckt", "Enver Pasha",
  "Amanullah Khan" — and the bare surname of such a name elsewhere ("Seeckt");
* **a native-script name after a language label** — "(Russian: Владимир Петрович
  Потёмкин; ...)", stress marks included — or anywhere, if its surname is (in
  transliteration) the surname of a person of the document, or it has a patronymic.

Both read each word once, so the time is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from narkomindel import gazetteer as gz
from narkomindel.model import Mention
from narkomindel.translit import name_key

__all__ = ["echo_persons", "EXTRACTOR"]

EXTRACTOR = "extract.names.echo.v4"

_CAPS = re.compile(r"(?=[A-Z])(?P<init>(?:[A-Z]\.\s*){0,3})(?P<word>[A-Z][A-Z'’-]{2,})(?![\w])")
#: endings of a surname in capitals strong enough alone: not "-in", "-ich", "-ak" ("AGAIN",
#: "WHICH", "ATTACK" in a telegram)
_CAPS_SHAPE = re.compile(
    r"[A-Z]{2,}(?:OV|OVA|EV|EVA|OFF|EFF|SKY|SKI|SKII|SKAYA|SKAIA|ENKO|OVICH|EVICH|SHVILI|DZE)"
    r"(?:['’]S)?"
)
_NATIVE = re.compile(
    r"\b(?:Russian|Ukrainian|Belarusian|Georgian|Armenian|Bulgarian|Serbian)\s*:\s*"
    r"(?P<name>[А-ЯЁЄІЇ][а-яёєіїґ\u0301]+(?:\s+[А-ЯЁЄІЇ][а-яёєіїґ\u0301]+){1,2})"
)


_CYR_WORD = r"[А-ЯЁЄІЇ][а-яёєіїґ\u0301]+(?:-[А-ЯЁЄІЇ][а-яёєіїґ\u0301]+)?"
_CYRILLIC = re.compile(rf"(?<![\w\u0301]){_CYR_WORD}(?:[ \t]+{_CYR_WORD}){{0,2}}(?![\w\u0301])")
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична)$")


_PARTICLE = re.compile(
    r"\b(?P<given>[A-Z][a-z]{1,15})\s+(?:von\s+der|von|van|de|zu)\s+(?P<surname>[A-Z][a-z]{2,20})\b"
)
_EASTERN = re.compile(
    r"\b(?P<given>(?:[A-Z][a-z]{2,15}\s+){1,2})(?P<title>Pasha|Khan|khan|Bey|Effendi)\b"
)


#: "Gustaf V", "King Carol II", "Pope Pius XI": a monarch's name and regnal number
_REGNAL = re.compile(  # (the lookahead lets the scan pass quickly over lower-case letters)
    r"(?=[A-Z])(?P<title>\b(?:King|Queen|Pope|Emperor|Empress|Tsar|Czar|Kaiser|Shah|Sultan|Prince|Princess)\s+)?"
    r"\b(?P<name>[A-Z][a-z]{2,15}(?:\s+[A-Z][a-z]{2,15})?)\s+"
    r"(?P<num>XI{0,3}|XIV|XVI{0,3}|IX|IV|VI{0,3}|I{1,3})(?![\w.'’-])"
)


#: one syllable of pinyin ("da", "zhao", "xiu", "ming") or Wade-Giles ("tso", "hsueh")
_SYLLABLE = (
    r"(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueh|ang|eng|ing|ong|ung|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    r"|ua|uo|ue|ui|a|e|i|o|u|ü)(?:n|ng|h)?"
)
#: a Chinese name: a surname, then a given name of one or two syllables, joined
#: ("Li Dazhao") or hyphenated ("Chang Tso-lin", "Sun Yat-sen")
_CHINESE = re.compile(
    rf"\b(?P<surname>[A-Z][a-z]{{1,6}})\s+(?P<given>[A-Z](?:[a-z]{{1,6}}-[a-z]{{2,6}}"
    rf"|(?i:{_SYLLABLE}){{1,2}}))(?![\w-])"
)


def _not_name(word: str) -> bool:
    return word in gz.not_names() or word in gz.places() or word in gz.demonyms()


def echo_persons(text: str, mentions: list[Mention]) -> list[Mention]:
    """Person mentions for capitalised surnames of persons found elsewhere, and for
    native-script names after a language label, where no mention covers them yet."""
    people = [m for m in mentions if m.type == "person"]
    lower_words = set(re.findall(r"\b[a-z][a-z-]+\b", text))
    surnames = {m.text.split()[-1].strip(".,").lower() for m in people if m.text.split()}
    surnames = {s for s in surnames if len(s) > 2}
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in taken]
    #: reach[i]: the furthest end among the first i mentions (by start), so that "does
    #: any mention overlap [s, e)" is one bisection instead of a scan of them all
    reach = [0]
    for _, b in taken:
        reach.append(max(reach[-1], b))
    out: list[Mention] = []

    def free(s: int, e: int) -> bool:
        return reach[bisect_left(starts, e)] <= s and not any(
            o.start < e and s < o.end for o in out
        )

    for m in _CAPS.finditer(text):
        word = m.group("word")
        if word.lower() in surnames:
            if free(m.start(), m.end()):
                out.append(Mention(m.start(), m.end(), m.group(0), "person", EXTRACTOR, 0.75,
                                   {"rule": "capitals", "surname": word.title()}))  # fmt: skip
            continue
        if not _CAPS_SHAPE.fullmatch(word):
            continue
        bare_word = re.sub(r"['’]S$", "", word)
        if (
            bare_word.lower() not in lower_words
            and not _not_name(bare_word.title())
            and free(m.start(), m.end())
        ):
            out.append(Mention(m.start("word"), m.start("word") + len(bare_word), bare_word,
                               "person", EXTRACTOR, 0.7,
                               {"rule": "capitals, surname shape", "surname": bare_word.title()}))  # fmt: skip
    bare: set[str] = set()
    for m in _PARTICLE.finditer(text):
        if (
            _not_name(m.group("given"))
            or _not_name(m.group("surname"))
            or not free(m.start(), m.end())
        ):
            continue
        out.append(Mention(m.start(), m.end(), m.group(0), "person", EXTRACTOR, 0.75,
                           {"rule": "particle", "surname": m.group("surname")}))  # fmt: skip
        bare.add(m.group("surname"))
    for m in _REGNAL.finditer(text):
        words = m.group("name").split()
        crowned = m.group("title") is not None
        if (
            any(_not_name(w) for w in words)
            or not (crowned or words[0] in gz.given_names())
            or (m.group("num") == "I" and not crowned)  # "Boris I": the pronoun after a name
            or not free(m.start("name"), m.end())
        ):
            continue
        out.append(Mention(m.start("name"), m.end(), text[m.start("name") : m.end()], "person",
                           EXTRACTOR, 0.8, {"rule": "regnal number", "surname": words[-1]}))  # fmt: skip
    # tried only where a listed surname stands (a trie finds them in one scan): the
    # syllable pattern after every capitalised word cost more than the rest of the echoes
    for at in gz.compiled_alternation(tuple(sorted(gz.chinese_surnames()))).finditer(text):
        found = _CHINESE.match(text, at.start())
        if found is None:
            continue
        given = found.group("given")
        if (
            _not_name(found.group("surname"))  # "He Said": the pronoun
            or _not_name(given)
            or given.lower() in lower_words
            or not free(found.start(), found.end())
        ):
            continue
        out.append(Mention(found.start(), found.end(), found.group(0), "person", EXTRACTOR, 0.75,
                           {"rule": "chinese name", "surname": found.group("surname")}))  # fmt: skip
    for m in _EASTERN.finditer(text):
        words = m.group("given").split()
        if any(_not_name(w) for w in words) or not free(m.start(), m.end()):
            continue
        out.append(Mention(m.start(), m.end(), m.group(0), "person", EXTRACTOR, 0.7,
                           {"rule": "title after"}))  # fmt: skip
    for word in sorted(bare):
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            if free(m.start(), m.end()):
                out.append(Mention(m.start(), m.end(), word, "person", EXTRACTOR, 0.7,
                                   {"rule": "surname of a name with a particle"}))  # fmt: skip
    # a name in Cyrillic in an English text: the native form of a person of the document
    # (its surname's key is one of theirs) or a name with a patronymic
    keys = {name_key(m.text.split()[-1].strip(".,")) for m in people if m.text.split()}
    for m in _CYRILLIC.finditer(text):
        words = m.group(0).replace("\u0301", "").split()
        known = name_key(words[-1]) in keys and len(words[-1]) > 3
        if (known or (len(words) == 3 and _PATRONYMIC.search(words[1]))) and free(
            m.start(), m.end()
        ):
            out.append(Mention(m.start(), m.end(), m.group(0), "person", EXTRACTOR, 0.8,
                               {"rule": "native script", "surname": words[-1]}))  # fmt: skip
    for m in _NATIVE.finditer(text):
        if free(m.start("name"), m.end("name")):
            out.append(Mention(m.start("name"), m.end("name"), m.group("name"), "person",
                               EXTRACTOR, 0.8, {"rule": "native script"}))  # fmt: skip
    return out
