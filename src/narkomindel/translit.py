"""Transliteration and name keys: one key for every spelling of a Russian name.

Transliteration tables written by the project (DESIGN §7: no GPL libraries):
Library of Congress without diacritics (``lc``), BGN/PCGN (``bgn``), popular
English (``popular``), German (``de``) and French (``fr``).  :func:`romanize`
writes Cyrillic in any of them; :func:`name_key` reduces any spelling — Latin
in any romanisation, old-style English or French or German, OCR-damaged, or
Cyrillic — to a coarse key on which variants meet:

* soft and hard signs and apostrophes vanish (Sokol'nikov = Sokolnikov);
* endings -ii/-y/-iy/-ij/-i, -sky/-skii/-ski, -off/-ov, -eff/-ev, -ine (French) meet;
* ia/ya/ja, iu/yu/ju, e/ye/je, kh/ch/h, tsch/tch/ch, sch/sh, ts/tz/z/c, w/v meet;
* doubled consonants are single (Krassin = Krasin).

Given names: :func:`given_names_agree` knows equivalents across languages
(Jan = Ian = Ya. = Ян; Lev = Leon; Georgii = George) and keeps apart names that
only look alike (Georgii ≠ Grigorii); initials agree with full names in either
script ("la." is the OCR form of "Ia.").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from narkomindel.errors import UsageError

__all__ = [
    "surname_keys",
    "SCHEMES",
    "romanize",
    "name_key",
    "name_keys",
    "surname_keys_match",
    "initials_of",
    "given_names_agree",
    "to_cyrillic_candidates",
]

_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
#: per scheme: letters that differ from the Library of Congress table
SCHEMES: dict[str, dict[str, str]] = {
    "lc": {"ь": "'", "ъ": '"'},
    "bgn": {"е": "e", "ё": "ë", "й": "y", "ы": "y", "ю": "yu", "я": "ya", "ь": "ʹ", "ъ": "ʺ"},
    "popular": {"е": "e", "ё": "yo", "й": "y", "ы": "y", "ю": "yu", "я": "ya", "ь": "", "ъ": "", "х": "kh"},
    "de": {"в": "w", "ж": "sch", "з": "s", "й": "j", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
           "щ": "schtsch", "ю": "ju", "я": "ja", "е": "e", "ы": "y", "ь": "", "ъ": "", "с": "s", "у": "u"},
    "fr": {"ж": "j", "й": "ï", "у": "ou", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch",
           "ю": "iou", "я": "ia", "ь": "", "ъ": "", "ы": "y", "е": "e"},
}  # fmt: skip
_WORD_INITIAL = {
    "popular": {"е": "ye"},
    "de": {"е": "je"},
    "bgn": {"е": "ye", "ё": "yë"},
}
_VOWELS = set("аеёиоуыэюяьъй")
_ENDINGS = {
    "popular": [("ий", "y"), ("ый", "y"), ("ой", "oy")],
    "de": [("ий", "i"), ("ый", "y"), ("ов", "ow"), ("ев", "ew"), ("ский", "ski")],
    "fr": [("ий", "i"), ("ый", "y"), ("ов", "ov"), ("ин", "ine"), ("ский", "ski")],
    "lc": [("ий", "ii"), ("ый", "yi")],
    "bgn": [("ий", "iy"), ("ый", "yy")],
}


def romanize(text: str, scheme: str = "lc") -> str:
    """Cyrillic written in a Latin scheme (``lc``, ``bgn``, ``popular``, ``de``, ``fr``);
    capitalisation is kept word by word; Latin characters pass through."""
    if scheme not in SCHEMES:
        raise UsageError(f"unknown ‹scheme› {scheme!r}", hint=f"choose one of {', '.join(SCHEMES)}")
    table = dict(_BASE)
    table.update(SCHEMES[scheme])
    out = []
    for word in re.findall(r"[А-Яа-яЁё]+|[^А-Яа-яЁё]+", text):
        if not re.match(r"[А-Яа-яЁё]", word):
            out.append(word)
            continue
        low = word.lower()
        tail = ""
        for ending, repl in _ENDINGS.get(scheme, []):
            if low.endswith(ending) and len(low) > len(ending) + 1:
                low, tail = low[: -len(ending)], repl
                break
        letters = []
        for k, ch in enumerate(low):
            # BGN/PCGN writes е, ё as ye, yë at the start and after vowels and signs
            iotated = scheme == "bgn" and k > 0 and low[k - 1] in _VOWELS
            first = (k == 0 or iotated) and ch in _WORD_INITIAL.get(scheme, {})
            letters.append(_WORD_INITIAL[scheme][ch] if first else table.get(ch, ch))
        latin = "".join(letters) + tail
        out.append(latin[:1].upper() + latin[1:] if word[:1].isupper() else latin)
    return "".join(out)


_DIACRITICS = {
    "č": "ch",
    "š": "sh",
    "ž": "zh",
    "ć": "ch",
    "ś": "s",
    "ł": "l",
    "ǎ": "a",
    "ë": "e",
    "ï": "i",
    "ʹ": "",
    "ʺ": "",
}


def _ascii(text: str) -> str:
    text = text.lower()
    text = "".join(_DIACRITICS.get(c, c) for c in text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


_KEY_RULES: list[tuple[str, str]] = [
    (r"['’`\"]", ""),  # soft/hard signs, apostrophes
    # hushing sounds and kh: English ch = Ч, French ch = Ш, German ch = Х, so they all meet
    (r"shch|schtsch|chtch|stsch", "h"),
    (r"tsch|tch", "h"),
    (r"sch", "h"),
    (r"zh", "j"),
    (r"sh|kh|ch", "h"),
    # hissing sounds: German z = Ц and s = З, English z = З: they meet too
    (r"(?:ts|tz|cz)", "s"),
    (r"[zc]", "s"),
    (r"w", "v"),
    (r"ou", "u"),
    (r"x", "ks"),
    (r"(?:skii|skiy|skij|skyi|sky|ski|skoi)$", "ski"),
    (r"(?:ii|iy|ij|yi|yj|y|ei|ey)$", "i"),
    (r"off$", "ov"),
    (r"eff$", "ev"),
    (r"ow$", "ov"),
    (r"ew$", "ev"),
    (r"ine$", "in"),
    (r"^(?:ye|je)", "e"),
    (r"(?<=[aeiou])[yj](?=e)", ""),  # BGN/PCGN and German write е after vowels as ye, je
    (r"(?:ya|ja|ia)", "ia"),
    (r"(?:yu|ju|iu|iou)", "iu"),
    # after a consonant the softening i is often not written (Mirolubov = Miroliubov)
    (r"(?<=[bdfghklmnprstv])i(?=[aueo])", ""),
    (r"(?<!^)(?:yo|jo)", "e"),
    (r"y", "i"),
    (r"j", "i"),
    (r"([bdfgklmnprstv])\1", r"\1"),  # doubled consonants
    (r"[^a-z]", ""),
]
_KEY_PATTERNS = [(re.compile(a), b) for a, b in _KEY_RULES]


@cache
def name_key(name: str) -> str:
    """The coarse match key of one name word, in any script or romanisation."""
    word = name.strip()
    if re.search(r"[А-Яа-яЁё]", word):
        word = romanize(word, "lc")
    k = _ascii(word)
    k = re.sub(r"'s$", "", k)
    for pattern, repl in _KEY_PATTERNS:
        k = pattern.sub(repl, k)
    return k


def name_keys(name: str) -> set[str]:
    """The match key of a name and of the readings it may also stand for.

    A bare "c" in a Latin name may be a "č" whose háček was lost in printing or
    OCR (scholarly "Čičerin" printed "Cicerin"): the name is also read with "č".
    """
    keys = {name_key(name)}
    word = _ascii(name.strip()) if not re.search(r"[А-Яа-яЁё]", name) else ""
    if re.search(r"c(?![hkz])", word, re.I) and "h" not in word.lower():
        # the c's lost their háčeks, and perhaps the z's or s's did too (Čižikov, Čuškin)
        c_read = _with_hacek(name, "c")
        for also in ("", "z", "s", "zs"):
            keys.add(name_key(_with_hacek(c_read, also) if also else c_read))
    return {k for k in keys if k}


def surname_keys(text: str) -> set[str]:
    """Keys of the words of a name (or any text) that can be a surname: capitalised
    words of three letters or more, not initials."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return {name_key(w) for w in words if len(w) > 2 and w[:1].isupper()} - {""}


def _with_hacek(name: str, letters: str) -> str:
    pattern = rf"[{letters}{letters.upper()}](?![hkzHKZ])"
    return re.sub(
        pattern,
        lambda m: (
            {"c": "č", "z": "ž", "s": "š"}[m.group().lower()].upper()
            if m.group().isupper()
            else {"c": "č", "z": "ž", "s": "š"}[m.group()]
        ),
        name,
    )


def surname_keys_match(a: str, b: str) -> bool:
    """Do two surnames (any script, any romanisation) name the same family?

    Hyphenated double names are compared whole: "Antonov-Ovseenko" does not meet
    "Ovseenko" here (that takes context, not spelling)."""
    ka, kb = name_key(a), name_key(b)
    return bool(ka) and ka == kb


_GIVEN_GROUPS = [
    "aleksandr alexander alexandre alexandr sasha александр",
    "aleksandra alexandra александра",
    "aleksei alexei alexey alexis алексей",
    "anatolii anatoly anatoli анатолий",
    "andrei andrey andrew andreas андрей",
    "arkadii arkady arkadi аркадий",
    "boris борис",
    "dmitrii dmitry dmitri dimitri дмитрий",
    "evgenii evgeny eugene eugen yevgeny евгений",
    "fedor fyodor feodor theodore федор фёдор",
    "georgii georgy georgi george georg georges георгий",
    "grigorii grigory grigori gregory grégoire gregor григорий",
    "iakov yakov jakob jacob jakov jacques яков",
    "ian jan yan janis jānis ян",
    "ivan ivan иван",
    "iosif osip joseph josef józef иосиф осип",
    "khristian christian христиан",
    "konstantin constantine константин",
    "lev leon léon leo лев",
    "maksim maxim max максим",
    "mikhail michael michel mikhael михаил",
    "nikolai nikolay nicholas nicolas nikolaus николай",
    "pavel paul paolo павел",
    "petr pyotr peter pierre pjotr петр пётр",
    "semen semyon semion simon семен семён",
    "sergei sergey serge sergius сергей",
    "stepan stephen stefan étienne степан",
    "vasilii vasily vasili basil wassili василий",
    "viacheslav vyacheslav wjatscheslaw вячеслав",
    "vladimir wladimir владимир",
    "adolf adolph адольф",
    "emmanuil emmanuel эммануил",
    "leonid leonide леонид",
    "vatslav vaclav václav вацлав",
    "arvid arvīds арвид",
    "karl carl charles карл",
    "mark marc марк",
    # the English, German and French forms of Russian and Jewish given names
    "moisei moisey moses moise moïse моисей",
    "solomon salomon соломон",
    "abram abraham авраам абрам",
    "isaak isaac isak исаак",
    "iurii yuri yury yurii juri jurij юрий",
    "ilia ilya ilja iliia elias илья",
    "efim yefim jefim ефим",
    "matvei matvey matthew mathieu matthias матвей",
    "daniil daniel даниил",
    "samuil samuel самуил",
    "veniamin benjamin вениамин",
    "lazar lazarus лазарь",
    "naum nahum наум",
    "anton antoine anthony antonio антон",
    "ignatii ignaty ignatius ignace игнатий",
    "kliment clement klement климент",
    "feliks felix феликс",
    "eduard edward edouard édouard эдуард",
    "genrikh henrich heinrich henri henry генрих",
    "frants franz francis françois франц",
    "iogann johann иоганн",
    "iulii yuly yuli julius jules юлий",
    "artur arthur артур",
    "ernest ernst эрнест",
    "timofei timofey timothy тимофей",
    "vikentii vikenty vincent викентий",
    "avgust august auguste август",
    "ekaterina yekaterina catherine katharina katherine екатерина",
    "mariia mariya maria marie mary мария",
    "elena yelena helen hélène helena елена",
    "sofia sofiia sofya sophie sophia софья софия",
    "evgeniia evgenia yevgenia eugenia евгения",
    "natalia nataliia natalya natalie nathalie наталья наталия",
    # a Western "c" or "h" where the Russian spelling has к or г
    "erik eric erich эрик",
    "viktor victor виктор",
    "oskar oscar оскар",
    "fridrikh friedrich frederick frederic frédéric фридрих",
    "gugo hugo гуго",
    "gelmut helmut hellmuth гельмут",
    "gans hans ганс",
]


@cache
def _given_index() -> dict[str, int]:
    index: dict[str, int] = {}
    for n, group in enumerate(_GIVEN_GROUPS):
        for name in group.split():
            index[name_key(name)] = n
    return index


def initials_of(given: str) -> str:
    """The Latin initial letters of a given name or initials ("Ia." and OCR "la." -> "I";
    "Ян" -> "I"; "Kh." -> "K"): the first letter of the name's key."""
    g = given.strip().rstrip(".")
    if g in ("la", "La"):  # OCR for "Ia."
        g = "Ia"
    k = name_key(g)
    return k[:1].upper() if k else ""


def given_names_agree(a: str, b: str) -> bool:
    """Can two given names (or initials) belong to one person?

    Full names agree when they are spellings of one name or equivalents
    (Jan = Ian = Ян, Lev = Leon); an initial agrees with any name of its letter.
    """
    a, b = a.strip(), b.strip()
    if not a or not b:
        return True
    a_initial = len(a.rstrip(".")) <= 2 or a.endswith(".")
    b_initial = len(b.rstrip(".")) <= 2 or b.endswith(".")
    if a_initial or b_initial:
        return initials_of(a) == initials_of(b) or {initials_of(a), initials_of(b)} <= {
            "I",
            "Y",
            "J",
        }
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    index = _given_index()
    return ka in index and index.get(ka) == index.get(kb)


def to_cyrillic_candidates(surname: str) -> list[str]:
    """Cyrillic spellings a Latin surname may stand for (for searching Russian records):
    the key is what decides a match; these are for display and search."""
    latin = _ascii(surname)
    reverse = [
        ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("iu", "ю"),
        ("yu", "ю"), ("ia", "я"), ("ya", "я"), ("ii", "ий"), ("yi", "ый"), ("y", "ы"),
        ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"),
        ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
        ("t", "т"), ("u", "у"), ("f", "ф"), ("'", "ь"),
    ]  # fmt: skip
    out = ""
    i = 0
    while i < len(latin):
        for lat, cyr in reverse:
            if latin.startswith(lat, i):
                out += cyr
                i += len(lat)
                break
        else:
            i += 1
    first = out[:1].upper() + out[1:]
    variants = [first]
    if first.endswith("ии"):
        variants.append(first[:-2] + "ий")
    if first.endswith("ы"):
        variants.append(first[:-1] + "ий")
    return list(dict.fromkeys(variants))
