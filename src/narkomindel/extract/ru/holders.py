"""Who holds a role named in Russian prose (part of ``extract.ru.posts``): the person
named right after it in its case ("полпреда СССР в США Уманского"), after a title,
initials or a particle ("т. Ползунова", "Ф. фон Шуленбургом"), after a copula
("Полпредом в Токио был X"), after a participle ("работавший советником … X"),
right before it in the instrumental ("назначили Ползунова полпредом"), each of a
list before a plural role; and not the one named before a narrator's "я"."""

from __future__ import annotations

import re

from narkomindel.extract.ru.context import Context, Word, can_be_subject, place_in
from narkomindel.extract.ru.morph import is_known, lemmas, parses
from narkomindel.model import Mention

__all__ = [
    "after_copula", "after_verb", "apposed", "apposed_before", "appointee", "dashed_holder",
    "governed", "listed_holders", "named_as", "named_before_dash", "narrator_between", "participle_holder", "rank_at", "unnamed_appointee",
    "unnamed_holder_after",
]  # fmt: skip


def named_as(ctx: Context, role: Word) -> int | None:
    """The person named right before a role in the instrumental is the one made it:
    "назначили Ползунова полпредом", "назначение Ползунова полпредом"."""
    if not any(p.case == "ablt" for p in parses(role.text)[:1]):
        return None
    for k, m in ctx.persons:
        if m.end <= role.start and not ctx.text[m.end : role.start].strip():
            return k
    return None


_LIST_JOIN = re.compile(r"\s*(?:,|и|,\s*и)\s*")


def listed_holders(ctx: Context, s: int, role: Word) -> list[int]:
    """Each of the persons listed right before a plural role, in the nominative ("Иванов и
    Петров были заместителями наркома"): at least two, joined by commas or "и"."""
    before = [(k, m) for k, m in ctx.persons if s <= m.start and m.end <= role.start]
    run: list[tuple[int, Mention]] = []
    for k, m in reversed(before):
        if run and not _LIST_JOIN.fullmatch(ctx.text[m.end : run[-1][1].start]):
            break
        if not can_be_subject(m):
            break
        run.append((k, m))
    if len(run) < 2 or not _COPULA_PLURAL.fullmatch(ctx.text[run[0][1].end : role.start]):
        return []
    return [k for k, _ in reversed(run)]


_COPULA_PLURAL = re.compile(
    r"\s*(?:(?:тогда|в\s+то\s+время|оба)\s+)?(?:были|являлись|стали|работали)\s+"
)


_COPULA = re.compile(
    r"\s*(?:(?:тогда|в\s+то\s+время|в\s+это\s+время|в\s+(?:эти|те)\s+годы|уже|ещё|еще)\s+)?"
    # a term between: "Полпредом в Японии в 1937—1938 гг. был X"
    r"(?:(?:в|с|до|по)\s+\d{4}(?:\s*[—–-]\s*\d{2,4})?\s*(?:гг?\.|годах|году|года)?\s*)?"
    r"(?:был|была|являлся|являлась|стал|стала|работал|работала|служил|служила"
    r"|оставался|оставалась|становится|является|назначается|назначен|назначена"
    r"|утвержд[её]н|утверждена)"
    r"(?:\s+назначен(?:а)?)?\s+(?:[а-яё]+\s+){0,2}$"
)


def after_copula(ctx: Context, end: int, role_word: str, of_office: bool = False) -> int | None:
    """ "Полпредом в Токио тогда был Ползунов", "Начальником отдела был назначен
    видный чекист Ползунов": the one named after the copula that follows a role in
    the instrumental (two lower-case words between at most), in the nominative; or a
    role in the genitive of an office noun (``of_office``): "На должность полпреда был
    назначен Ползунов"."""
    if not of_office and not any(p.case == "ablt" for p in parses(role_word)[:1]):
        return None
    for k, m in ctx.persons:
        if m.start >= end and _COPULA.fullmatch(ctx.text[end : m.start]):
            return k if can_be_subject(m) else None
    return None


#: between a verb of holding and its subject after it: "возглавлял тогда X"
#: a military rank before a name: "генерал армии X", "контр-адмирал X"
_RANK = (
    r"(?:(?:(?:контр|вице)-)?(?:генерал|адмирал|маршал|комкор|комдив|комбриг|командарм"
    r"|флагман|полковник|капитан|майор|подполковник)(?:-[а-я]+)?"
    r"(?:\s+(?:армии|флота|\d-го\s+ранга))?\s+)?"
)
_AFTER_VERB = re.compile(r"\s*(?:(?:тогда|в\s+то\s+время|уже|ещё|еще|с\s+тех\s+пор)\s+)?" + _RANK)
_RANK_AT = re.compile(r"\s+" + _RANK.removesuffix("?"))


def rank_at(text: str, pos: int) -> bool:
    """Does a military rank follow at ``pos`` ("… генерал армии X")?"""
    return _RANK_AT.match(text, pos) is not None


#: a role opening its clause, a dash, then its holder: "военный атташе — комбриг X"
_DASHED = re.compile(r"\s*[—–]\s*(?:(?:т|тов)\.\s*)?" + _RANK)
_CLAUSE_START = re.compile(r"(?:^|[:;,(]|[.!?])\s*$")
#: a clause of contrast whose copula is left out: ", а торгпредом — Y"
_CONTRAST_START = re.compile(r"[,;]\s*а\s+$")


def dashed_holder(ctx: Context, role: Word, end: int) -> int | None:
    """The one named after a dash that follows a role in the nominative opening its
    clause, as staff are listed: "Состав миссии: военный атташе — комбриг X, помощник
    военного атташе — т. Y". Or one after a dash that follows a role in the
    instrumental opening a clause of contrast, its copula left out: "Полпредом был X, а
    торгпредом — Y" (Y the trade representative)."""
    s, _ = ctx.sentence_of(role.start)
    readings = parses(role.text)
    contrast = bool(_CONTRAST_START.search(ctx.text, s, role.start)) and any(
        p.case == "ablt" and p.normal == readings[0].normal for p in readings
    )
    if not contrast:
        if not role.text.isupper() and not any(p.case == "nomn" for p in readings[:1]):
            return None  # an abbreviation ("ВАТ") is of any case
        if not _CLAUSE_START.search(ctx.text, s, role.start):
            return None
    for k, m in ctx.persons:
        if m.start >= end:
            return k if _DASHED.fullmatch(ctx.text, end, m.start) and can_be_subject(m) else None
    return None


#: a name, a dash and a role opening its clause: "X — советник, Y — секретарь"
_NAME_DASH = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[—–]\s*")


def named_before_dash(ctx: Context, role: Word) -> int | None:
    """The one named right before a dash that opens a role in the nominative, as staff
    are listed one by one: "X — советник, Y — первый секретарь" (X the counsellor, not
    the Y named after the role's comma)."""
    if not role.text.isupper() and not any(p.case == "nomn" for p in parses(role.text)[:1]):
        return None
    last = None
    for k, m in ctx.persons:
        if m.end > role.start:
            break
        last = (k, m)
    if last is None or not _NAME_DASH.fullmatch(ctx.text, last[1].end, role.start):
        return None
    return last[0] if can_be_subject(last[1]) else None


#: between a gerund's clause and its subject: "Работая советником в Риге, X писал"
_AFTER_GERUND = re.compile(r"\s*,\s*")


def after_verb(ctx: Context, verb: Word, end: int) -> int | None:
    """The subject of a verb of holding named after it, in the nominative: "Посольство
    в Лондоне возглавлял тогда X" (the verb before its subject), or of a gerund that
    opens the clause: "Работая советником полпредства в Латвии, X писал статьи"."""
    found = parses(verb.text)[:1]
    if not found or found[0].pos not in ("VERB", "GRND"):
        return None
    gap = _AFTER_GERUND if found[0].pos == "GRND" else _AFTER_VERB
    start = verb.end if found[0].pos == "VERB" else end
    for k, m in ctx.persons:
        if m.start >= start:
            if not can_be_subject(m):
                return None
            if gap.fullmatch(ctx.text, start, m.start):
                return k
            if found[0].pos == "VERB" and _described(ctx.text[start : m.start]):
                return k  # "Отдел кадров возглавлял латышский коммунист X"
            return None
    return None


#: a lower-case description of a subject before its name, in the nominative:
#: "латышский коммунист", "опытный разведчик", "видный чекист"
_DESCRIPTION = re.compile(r"\s*(?:(?:тогда|уже|ещё|еще)\s+)?((?:[а-яё-]+\s+){1,2})")


def _described(gap: str) -> bool:
    """Is ``gap`` (between a verb of holding and a name after it) a description of
    the one named: at most two lower-case words in the nominative ending in a noun?"""
    found = _DESCRIPTION.fullmatch(gap)
    if not found:
        return False
    words = found.group(1).split()
    last = parses(words[-1])[:1]
    if not last or last[0].pos != "NOUN" or last[0].case != "nomn":
        return False
    return all(any(p.pos == "ADJF" and p.case == "nomn" for p in parses(w)) for w in words[:-1])


_TITLE = re.compile(
    r"\s+(?:т\.|тов\.|товарищ[ау]?|тт\.)\s*"
    # initials and particles a name's mention may leave out: "послом Ф. фон Шуленбургом"
    r"|\s+(?:[А-ЯЁA-Z]\.\s*){0,3}(?:(?:фон|де|ван|дер|ди|ла|дю)\s+)+"
    # a military rank: "военно-морской атташе контр-адмирал X"
    r"|\s+" + _RANK.removesuffix("?")
)


_NARRATOR = re.compile(r"(?<![\w-])(?:я|мы|меня|нас)(?![\w-])")


def narrator_between(ctx: Context, subject: int, role_start: int) -> bool:
    """ "приказом Литвинова я был зачислен консультантом": the role is the narrator's,
    not the one named before "я"."""
    m = dict(ctx.persons).get(subject)
    if m is None or m.end > role_start:
        return False
    s, _ = ctx.sentence_of(role_start)
    return m.start >= s and bool(_NARRATOR.search(ctx.text, m.end, role_start))


def governed(words: list[Word], i: int) -> bool:
    """Is the role at word ``i`` in the instrumental after a participle or verb among
    the four words before it ("работавший в то время советником", "назначенный
    полпредом")? Then the one it is said of may be named after it in any case."""
    if not any(p.case == "ablt" for p in parses(words[i].text)[:1]):
        return False
    return any(
        p.pos in ("PRTF", "VERB", "GRND", "PRTS") for w in words[max(0, i - 4) : i]
        for p in parses(w.text)[:1]
    )  # fmt: skip


def apposed(
    ctx: Context, end: int, role_word: str, gap: int = 0, any_case: bool = False
) -> int | None:
    """A person named right after the role phrase (or within ``gap`` characters of its
    sentence), in the role's case ("полпреда СССР в США Уманского"; not "однофамилец
    полпреда, Пётр Квасюк")."""
    for k, m in ctx.persons:
        between = ctx.text[end : m.start]
        title = _TITLE.fullmatch(between)  # "назначить полпредом в Латвии т. Ползунова"
        if (title or end <= m.start <= end + 3 + gap) and (
            title
            or not between.strip(" ,")
            or (gap and not re.search(r"[.!?;]|(?<!\w)не(?!\w)", between))
        ):
            case = m.attrs.get("case")
            last = m.text.split()[-1]
            # a foreign name the dictionary does not know may be in any case
            guessed = not is_known(last)
            name_cases = {case} if case else ({None} if guessed else {p.case for p in parses(last)})
            if not gap and not between.strip():
                # right after the role, any reading of the name will do ("посла в Японии
                # Юренева": a man's genitive, though a woman's nominative too)
                name_cases |= {p.case for p in parses(last)}
            # a known role word's own readings: "Нарком" is no instrumental of "нарк"
            # (of a word the dictionary guesses, "наркоминдела", every reading)
            readings = parses(role_word)
            own = is_known(role_word)
            role_cases = {p.case for p in readings if not own or p.normal == readings[0].normal}
            if "ablt" in role_cases:  # "назначить полпредом Ползунова": the one made it
                role_cases |= {"accs", "gent"}
            if any_case or None in name_cases or name_cases & role_cases:
                return k
    return None


#: verbs and nouns of appointing, confirming, releasing or sending someone to a post
_APPOINT = frozenset(
    {"назначить", "назначать", "назначение", "утвердить", "утверждать", "утверждение",
     "освободить", "освобождать", "освобождение", "направить", "направлять", "направление",
     "перевести", "переводить", "отозвать", "отзывать", "рекомендовать", "командировать",
     "откомандировать", "выдвинуть", "избрать", "избирать", "избрание"}
)  # fmt: skip
_CLAUSE_STOP = re.compile(r"[.;:!?,]|\s[—–]\s")
_PRONOUN_OBJECT = re.compile(r"(?<![\w-])(?:его|её|ее|их|меня|него|неё)(?![\w-])")


def _stops(text: str, left: Word, right: int) -> bool:
    """Does a clause end between a word and the next one (not at an initial's or a
    title's full stop: "т. Кожина А. И. полпредом")?"""
    gap = text[left.end : right]
    if not _CLAUSE_STOP.search(gap):
        return False
    short = len(left.text) == 1 or left.text.lower() in ("т", "тов", "тт")
    return not (short and gap.strip() == ".")


def appointee(ctx: Context, words: list[Word], i: int, end: int) -> int | None:
    """The one a verb of appointing makes holder of the role at word ``i``, in any case:
    named between the verb and the role ("Утвердить т. Кожина А. И. полпредом", "от
    должности члена коллегии"), else, the role in the instrumental right after the verb,
    named after the role's complement ("назначение послом в Бухаресте Иванова")."""
    s, e = ctx.sentence_of(words[i].start)
    verb = None
    for k in range(i - 1, -1, -1):
        w = words[k]
        if w.start < s or _stops(ctx.text, w, words[k + 1].start):
            break
        if lemmas(w.text) & _APPOINT:
            verb = w
            break
    if verb is None:
        return None
    between = [k for k, m in ctx.persons if verb.end <= m.start and m.end <= words[i].start]
    if between:
        return between[0]
    if _PRONOUN_OBJECT.search(ctx.text, verb.end, words[i].start):
        return None  # "назначить его торгпредом": the one named before
    before = _object_before(ctx, verb)
    if before is not None:
        return before  # "Иванова перевели в Париж советником": the object before the verb
    if i - words.index(verb) > 4 or not any(p.case == "ablt" for p in parses(words[i].text)[:1]):
        return None
    for k, m in ctx.persons:
        if end <= m.start < min(e, end + 60):
            return None if _CLAUSE_STOP.search(ctx.text, end, m.start) else k
    return None


def _object_before(ctx: Context, verb: Word) -> int | None:
    """The person named right before a finite verb of appointing as its object, in the
    accusative: "Иванова направили в Японию в качестве торгпреда" (not the subject in
    the nominative: "Иванов назначил Петрова")."""
    if not any(p.pos == "VERB" for p in parses(verb.text)[:1]):
        return None
    for k, m in ctx.persons:
        if m.end <= verb.start and not ctx.text[m.end : verb.start].strip():
            case = m.attrs.get("case")
            return k if case in ("accs", "gent") else None
    return None


#: between a name and the participle that makes it holder: a comma, "только что", "затем"
_BEFORE_PARTICIPLE = re.compile(
    r"\s*,\s*(?:(?:только\s+что|вскоре|затем|недавно|уже|тогда|позднее|позже)\s+)?"
)


def participle_holder(ctx: Context, words: list[Word], i: int) -> int | None:
    """The person a participle of appointing stands after, a comma between, when the
    role at word ``i`` is its instrumental complement: "кандидатуру Иванова, только что
    утверждённого Политбюро заведующим отделом печати", "Петров, назначенный полпредом".
    The participle agrees with that name; the one named before it holds the role.
    Or the role follows an office noun a participle (or "который" and a verb) of holding
    governs: "Петрову, занимавшему пост первого секретаря …", "с Петровым, который
    занимал должность советника" (the name in any case)."""
    s, _ = ctx.sentence_of(words[i].start)
    held = _office_held(ctx, words, i, s)
    if held is not None:
        return held
    if not any(p.case == "ablt" for p in parses(words[i].text)[:1]):
        return None
    for k in range(i - 1, max(-1, i - 4), -1):
        w = words[k]
        if w.start < s or _stops(ctx.text, w, words[k + 1].start):
            return None
        found = parses(w.text)[:1]
        if not (found and found[0].pos in ("PRTF", "ADJF") and found[0].normal in _APPOINTED):
            continue
        for n, m in reversed(ctx.persons):
            if m.end <= w.start:
                gap = _BEFORE_PARTICIPLE.fullmatch(ctx.text, m.end, w.start)
                return n if gap and m.start >= s else None
        return None
    return None


#: verbs (and their participles' lemmas) of holding an office: "занимавший пост"
_HOLDING = frozenset({"занимать", "занимавший", "занять", "занявший", "исполнять", "исполнявший"})
_OFFICE = frozenset({"пост", "должность", "обязанность"})
_WHICH = re.compile(r"\s*,\s*который\s+(?:тогда\s+|в\s+то\s+время\s+)?$")


def _office_held(ctx: Context, words: list[Word], i: int, s: int) -> int | None:
    """The person named right before "…, занимавшему пост" (or "…, который занимал
    должность") when the role at word ``i`` follows that office noun, adjectives between."""
    k = i - 1
    while k > i - 4 and k >= 0 and any(p.pos == "ADJF" for p in parses(words[k].text)[:3]):
        k -= 1  # "пост первого секретаря"
    if k < 1 or not any(p.normal in _OFFICE for p in parses(words[k].text)[:1]):
        return None
    verb = words[k - 1]
    found = parses(verb.text)[:1]
    if not (found and found[0].normal in _HOLDING and found[0].pos in ("PRTF", "VERB")):
        return None
    for n, m in reversed(ctx.persons):
        if m.end <= verb.start:
            if m.start < s:
                return None
            gap = _undated(ctx, m.end, verb.start)
            if found[0].pos == "PRTF":
                return n if _BEFORE_PARTICIPLE.fullmatch(gap) else None
            return n if _WHICH.fullmatch(gap) else None
    return None


_DATE_LEAD = re.compile(
    r"(?:\s(?:в|во|с|к|до)(?:\s+(?:середине|начале|конце|первой|второй|половине))*)?\s*$"
)


def _undated(ctx: Context, start: int, end: int) -> str:
    """The text between two offsets, a date inside it left out ("X, в середине 1920-х
    гг. занимавшему пост"), with the preposition before the date."""
    out, at = [], start
    for d in ctx.dates:
        if start <= d.start and d.end <= end:
            lead = _DATE_LEAD.search(ctx.text[at : d.start])
            out.append(ctx.text[at : d.start][: lead.start()] if lead else ctx.text[at : d.start])
            at = d.end
    return "".join(out) + ctx.text[at:end]


#: participles (by the lemma pymorphy2 gives them) of giving a post
_APPOINTED = frozenset(
    {"назначить", "назначенный", "утвердить", "утверждённый", "утвержденный", "избрать",
     "избранный", "назначать", "утверждать", "избирать", "переведённый", "перевести",
     "направить", "направленный"}
)  # fmt: skip


def unnamed_appointee(ctx: Context, words: list[Word], i: int) -> bool:
    """Does a verb of appointing govern the role at word ``i`` with its object, a
    comrade or a capitalised word, standing between them though not read as a person
    ("назначения т. Зарецкого советником")? The role is that one's, of no one else in
    the sentence: a guess of another holder would be a false post. A capitalised word
    after a preposition is a place ("был направлен в Германию советником"), no object."""
    s, _ = ctx.sentence_of(words[i].start)
    for k in range(i - 1, max(-1, i - 7), -1):
        w = words[k]
        if w.start < s or _stops(ctx.text, w, words[k + 1].start):
            return False
        if lemmas(w.text) & _APPOINT:
            between = words[k + 1 : i]
            if any(m.start >= w.end and m.end <= words[i].start for _, m in ctx.persons):
                return False
            return any(
                b.text.lower() in ("т", "тов", "тт", "товарища")
                or (b.text[:1].isupper() and not _after_preposition(words, b))
                for b in between
            )
    return False


def _after_preposition(words: list[Word], word: Word) -> bool:
    """Is ``word`` governed by the preposition before it ("направлен в Германию
    советником": a place, not the appointee)?"""
    k = words.index(word)
    return k > 0 and any(p.pos == "PREP" for p in parses(words[k - 1].text)[:1])


_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской", "ич", "ко", "ян")
_GAP_TO_NAME = re.compile(r"[ \t]+(?:(?:т|тов)\.[ \t]*)?")


def unnamed_holder_after(ctx: Context, words: list[Word], end: int) -> bool:
    """Is a role phrase ending at ``end`` followed on its line by a surname the
    recogniser did not read as a person ("Начальник ИНО Артузов высоко ценил его")?
    The role is that one's: it must not fall to the text's topic."""
    gap = _GAP_TO_NAME.match(ctx.text, end)
    if gap is None:
        return False
    nxt = next((w for w in words if w.start == gap.end()), None)
    if nxt is None or not nxt.text[:1].isupper() or place_in(nxt.text):
        return False
    if any(m.start <= nxt.start < m.end for _, m in ctx.persons):
        return False
    after = next((w for w in words if w.start > nxt.start), None)
    if (
        after is not None
        and after.text[:1].isupper()
        and not ctx.text[nxt.end : after.start].strip()
    ):
        return False  # "… Карельской АССР", "… Красной Армии": a proper name of a body
    found = parses(nxt.text)
    if any(p.has("Surn") for p in found[:3]):
        return True
    if any(p.pos in ("PREP", "CONJ", "PRCL", "ADVB", "NPRO", "VERB") for p in found[:1]):
        return False
    return not is_known(nxt.text) or nxt.text.lower().endswith(_SURNAME_ENDINGS)


_APPOSITION = re.compile(r"\s*,\s*(?:[а-яё-]+\s+){0,2}")


def apposed_before(ctx: Context, role: Word) -> int | None:
    """The person named right before a role in apposition, a comma between, in the
    role's case: "заметку Германа Вельтцена, московского корреспондента …" (his, not
    that of the sentence's subject)."""
    for k, m in reversed(ctx.persons):
        if m.end > role.start:
            continue
        if not _APPOSITION.fullmatch(ctx.text[m.end : role.start]):
            return None
        case = m.attrs.get("case")
        last = m.text.split()[-1]
        name_cases = {case} if case else {p.case for p in parses(last)}
        role_cases = {p.case for p in parses(role.text)}
        return k if name_cases & role_cases - {"nomn"} else None
    return None
