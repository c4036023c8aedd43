"""Posts in Russian prose (``extract.ru.posts``): "в 1934—1937 гг. полпред СССР в
Финляндии", "назначен полпредом в Финляндию", "заведовал отделом печати НКИД".

A role is one to three words of ``roles_prose_ru.tsv`` matched by lemma (so
every case matches: "полпредом", "послу"), written in the register's English
vocabulary. Its complement is the rest of its clause: a place after "в", "во",
"при" gives the country (``places_ru.tsv``, in English), department words
(``departments_ru.tsv``: "просвещения" → education, "НКИД" → foreign affairs)
give the department. Roles that say little alone (член, представитель,
секретарь, председатель …) are kept only with a complement; plurals ("48
полпредов") and negated roles ("не был послом") are not posts; a former one
("бывший полпред в Японии") is: the text states it. The date is the nearest one of the sentence, the person the one
the role stands beside (:class:`~narkomindel.extract.ru.context.Context`).
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache, lru_cache

from narkomindel import gazetteer as gz
from narkomindel.extract.ru.context import (
    Context,
    Word,
    can_be_subject,
    matches,
    place_in,
    words_of,
)
from narkomindel.extract.ru.ellipsis import NEXT_COUNTRY, elided_posts, further_countries
from narkomindel.extract.ru.holders import (
    after_copula,
    appointee,
    apposed,
    governed,
    listed_holders,
    named_as,
    narrator_between,
)
from narkomindel.extract.ru.morph import is_known, lemma, parses
from narkomindel.extract.ru.succession import predecessors, successors_next_sentence
from narkomindel.model import Claim

__all__ = ["find_posts_ru", "EXTRACTOR"]

EXTRACTOR = "extract.ru.posts.v4"

#: roles kept only with a country or a department
_NEEDS_COMPLEMENT = frozenset(
    {"member", "representative", "secretary", "chairman", "deputy chairman", "assistant",
     "editor", "head of department", "deputy head of department", "commissar", "referent",
     "director", "staff member", "commander", "army serviceman", "correspondent",
     "candidate member", "intelligence resident", "instructor", "general secretary",
     "consultant", "expert", "investigator", "interpreter", "agent", "government minister"}
)  # fmt: skip
_SECURITY = frozenset({"Cheka", "OGPU", "NKVD"})
_OF_DELEGATION = {"head of department": "head of delegation", "chairman": "head of delegation",
                  "member": "delegate", "staff member": "delegate"}  # fmt: skip
_SOVIET = frozenset({"Soviet Union", "USSR", "Russia", "RSFSR"})
_BOTH = re.compile(r"\s+и(?=\s+(?:в|во|на)\s)")
_AND_ALSO = re.compile(r"[^,.;]{0,30}?,\s*и\s+((?:в|во)\s+)")
_SOVIET_WORDS = frozenset({"СССР", "РСФСР", "Москве", "Союзе"})
_CLAUSE_END = re.compile(r"[;.,:]|\s[—–]\s|\sи\s")


@cache
def _roles() -> tuple[tuple[tuple[str, ...], str], ...]:
    rows = [(tuple(r[0].split()), r[1]) for r in gz.table("roles_prose_ru.tsv") if len(r) >= 2]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _departments() -> tuple[tuple[tuple[str, ...], str], ...]:
    rows = [(tuple(r[0].split()), r[1]) for r in gz.table("departments_ru.tsv") if len(r) >= 2]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


_Lexicon = tuple[tuple[tuple[str, ...], str], ...]


@lru_cache(maxsize=100_000)
def _starting(word: str, lexicon: _Lexicon) -> _Lexicon:
    """The lexicon's entries whose first word ``word`` is a form of, longest first
    (once per distinct word: a document costs one look-up per word)."""
    return tuple(entry for entry in lexicon if matches(word, entry[0][0]))


def _match_at(words: list[Word], i: int, lexicon: _Lexicon) -> tuple[int, str] | None:
    for forms, value in _starting(words[i].text, lexicon):
        if i + len(forms) <= len(words) and all(
            matches(words[i + j].text, f) for j, f in enumerate(forms[1:], 1)
        ):
            return len(forms), value
    head, dash, tail = words[i].text.partition("-")
    if dash and head[:1].islower() and _starting(tail, lexicon):
        # two roles in one word are of the first one's class: "советник-посланник" a
        # counsellor (but "посол-казах" is no compound role)
        return next(((1, v) for forms, v in _starting(head, lexicon) if len(forms) == 1), None)
    return None


#: nouns a role in the genitive after them is still a post of ("на посту полпреда")
_OFFICE_NOUNS = frozenset(
    {"пост", "должность", "звание", "обязанность", "ранг", "роль", "качество"}
)


def _holder_reference(text: str, words: list[Word], i: int) -> bool:
    """A role in the genitive after a noun names its holder, it states no post:
    "однофамилец полпреда", "жена посла" (but "на посту полпреда" does)."""
    if i == 0:
        return False
    role = parses(words[i].text)
    prev = parses(words[i - 1].text)
    if not role or not prev or role[0].case != "gent" or prev[0].pos != "NOUN":
        return False
    if text[words[i - 1].end : words[i].start].strip():
        return False  # "в частности, полномочного представителя …"
    return prev[0].normal not in _OFFICE_NOUNS and words[i - 1].text[:1].islower()


def _historiography(edtf: str) -> bool:
    """A date after 1975 is not of a post of 1917–1945 but of its later history."""
    m = re.match(r"(\d{3})[\dX]", edtf)
    return (m is not None and int(m.group(1)) >= 198) or bool(re.match(r"197[6-9]", edtf))


#: words of a state's name after its first ("Монгольской Народной Республике")
_STATE_WORDS = frozenset(
    {"народный", "республика", "демократический", "социалистический", "королевство"}
)


def _geo(word: str) -> bool:
    found = parses(word)
    return word[:1].isupper() and bool(found) and found[0].has("Geox")


def _plural(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].has("plur") and not found[0].has("Fixd")


#: roles held in one country abroad: without a country of their own they take the
#: one place abroad their sentence names before them
_ABROAD = frozenset(
    {"polpred", "ambassador", "envoy", "chargé d'affaires", "counsellor", "first secretary",
     "second secretary", "third secretary", "attaché", "military attaché", "consul",
     "consul general", "vice consul", "trade representative", "deputy polpred"}
)  # fmt: skip


def _abroad(text: str, words: list[Word], s: int, before: int) -> str | None:
    """The one country abroad a sentence names (after в/во/из) before a role."""
    found = {
        place
        for k, w in enumerate(words)
        if w.end <= before and k > 0 and words[k - 1].text.lower() in ("в", "во", "из")
        and (place := place_in(w.text)) and place not in _SOVIET
    }  # fmt: skip
    return found.pop() if len(found) == 1 else None


def _head(role_words: list[Word]) -> str:
    """The word of a role phrase whose number is the role's: its last, or its first
    before a preposition ("поверенным в делах" is one chargé d'affaires)."""
    for w in role_words[1:]:
        found = parses(w.text)
        if found and found[0].pos == "PREP":
            return role_words[0].text
    return role_words[-1].text


def _complement(
    text: str,
    words: list[Word],
    j: int,
    limit: int,
    names: frozenset[int] = frozenset(),
    of_state: bool = False,
) -> tuple[str | None, str | None, int]:
    """Country, department and end of the complement of a role ending at word ``j``
    (it ends at a person's name, ``names`` the starts of the persons' words: "полпред
    Ползунов прибыл в Ригу" says nothing of where he was polpred). An office of a
    state (``of_state``) takes a country in the genitive: "министр иностранных дел
    Латвии"."""
    country: str | None = None
    depts: list[str] = []
    end = words[j - 1].end if j else 0
    k = j
    while k < len(words) and words[k].start < limit and words[k].start not in names:
        w = words[k]
        prev = words[k - 1].text.lower() if k > 0 else ""
        place = place_in(w.text)
        if (
            place
            and place not in _SOVIET
            and country is None
            and (
                prev in ("в", "во", "при", "к")
                or k == j
                or words[k - 1].text in ("СССР", "РСФСР")
                or (of_state and any(p.case == "gent" for p in parses(w.text)))
                or lemma(words[k - 1].text) == "правительство"  # "при правительстве Греции"
            )
        ):
            country, end = place, w.end
            k += 1
            while (
                k < len(words) and words[k].start < limit and words[k].start not in names
                and (_geo(words[k].text) or lemma(words[k].text) in _STATE_WORDS)
            ):  # fmt: skip
                end = words[k].end  # "в Саудовской Аравии"
                k += 1
            continue
        if country and prev in ("в", "во") and (place in _SOVIET or w.text in _SOVIET_WORDS):
            end = w.end  # "посла Латвии в СССР X": the complement goes on to the host
            k += 1
            continue
        hit = _match_at(words, k, _departments())
        if hit:
            n, value = hit
            if value not in depts:
                depts.append(value)
            end = words[k + n - 1].end
            k += n
            continue
        k += 1
    return country, (" ".join(depts) or None), end


def find_posts_ru(text: str, ctx: Context) -> list[Claim]:
    """Post claims of Russian prose (each with its evidence span)."""
    out: list[Claim] = []
    names = frozenset(w.start for _, m in ctx.persons for w in words_of(text, m.start, m.end))
    for s, e in ctx.sentences:
        words = words_of(text, s, e)
        i = 0
        last_end = -10
        compl_end = -10
        while i < len(words):
            hit = _match_at(words, i, _roles())
            if not hit:
                i += 1
                continue
            n, role = hit
            w0, wn = words[i], words[i + n - 1]
            i += n
            before = [x.text.lower() for x in words[max(0, i - n - 2) : i - n]]
            head = _head(words[i - n : i])
            adjectival = n > 1 and any(p.pos == "ADJF" for p in parses(wn.text)[:1])
            if "не" in before:
                continue
            listed: list[int] = []
            if _plural(head) and not (adjectival and not _plural(w0.text)):
                # "консулов СССР в Монголии X и Y": each named after a plural role holds it
                listed = _named_after_plural(text, ctx, words, i, e, names, wn.text)
                if not listed:
                    continue
            if _holder_reference(text, words, i - n):
                continue
            if w0.start < compl_end and _match_at(words, i - n, _departments()):
                continue  # "секретарь Наркоминдела": the body of the role before

            top = parses(w0.text)
            if top and top[0].pos in ("PREP", "CONJ", "PRCL", "ADVB"):
                continue  # "после" is not "посол"
            if (
                top
                and top[0].pos in _VERBAL
                and _said_by_verb(w0)
                and _role_follows(text, words, i)
            ):
                continue  # "работал заведующим отделом": the post is the role after the verb
            # "посол (временный поверенный) СССР в Италии": one post, the one in
            # parentheses the more exact
            qualifies = bool(re.fullmatch(r"\s*\(\s*", text[last_end : w0.start]))
            last_end = wn.end
            both = _BOTH.match(text, wn.end)  # "служил и в архиве МИД, и в миссиях в …"
            stop = _clause_end(text, both.end() if both else wn.end, e)
            limit = min(stop, wn.end + 90)
            country, department, end = _complement(
                text, words, i, limit, names, of_state=role in _OF_STATE
            )
            compl_end = end
            foreign = _foreign(words, i - n) or _foreign_mission(words, i)
            in_ussr = _IN_USSR.match(text, end, limit) if foreign and country is None else None
            if in_ussr:  # "германский посол в Москве": his host is the USSR
                country, end = "USSR", in_ussr.end()
            if not (country or department):  # "советник, первый секретарь полпредства в X"
                country, department = _listed_complement(text, words, i, limit, names)
            span_start = w0.start
            if not (country or department) and _said_by_verb(w0) and role == "head of department":
                # "Посольство в Лондоне возглавлял X": what is headed comes before the verb
                first = next(
                    (k for k in range(i - n, -1, -1)
                     if k == 0 or words[k - 1].end < s
                     or re.search(r"[,;:.]", text[words[k - 1].end : words[k].start])), 0,
                )  # fmt: skip
                country, department, _ = _complement(text, words, first, w0.start, names)
                span_start = words[first].start if (country or department) else w0.start
            if role in _NEEDS_COMPLEMENT and not (country or department):
                continue
            if country is None and role in _ABROAD:
                country = _abroad(text, words, s, w0.start)  # "прибыл в Берлин новый полпред"
            if role == "army serviceman" and re.search(
                r"embassy|mission|foreign", department or ""
            ):
                role = "staff member"  # "служил в российских представительствах в Бразилии"
            if role == "army serviceman" and "Red Army" not in (department or ""):
                continue  # "служил в НКИД" is no army service
            if (
                role == "head of department"
                and country
                and re.search(r"embassy|mission", department or "")
            ):
                role = "polpred"  # "возглавлял полпредство в Японии": the head of a mission
            if "delegation" in (department or "") and role in _OF_DELEGATION:
                # "возглавлял советскую делегацию", "в составе делегации": a delegate
                role = _OF_DELEGATION[role]
            if role == "representative" and department and "foreign affairs" in department:
                role = "plenipotentiary"  # "уполномоченный НКИД по Туркестану"
            if role == "staff member" and department in _SECURITY:
                role = "security officer"  # "сотрудник ОГПУ": an officer of the police
            if country and department == "embassy":
                department = None  # "советник полпредства в Швеции": the country says it
            # "помощником заместителя министра X": X holds the role in the genitive
            inner = any(
                _match_at(words, k, _roles()) and not _match_at(words, k, _departments())
                and any(p.pos == "NOUN" for p in parses(w.text)[:1])
                for k, w in enumerate(words)
                if i <= k and w.end <= end
            )  # fmt: skip
            by_verb = governed(words, i - n)  # "работавший … советником … X"
            subject = None if inner else apposed(ctx, end, wn.text, any_case=by_verb)
            if listed:
                subject = listed[0]
            if subject is None and not inner:  # "полпреда во Франции, консула в X Иванова"
                subject = _holder_of_next_role(text, ctx, words, end, e, names)
            if adjectival and _plural(head) and subject is None:
                continue  # "министр иностранных дел" (one minister) only with his name after it
            subject = subject if subject is not None else named_as(ctx, w0)
            if subject is None and not inner:
                subject = appointee(ctx, words, i - n, end)
            if subject is None:
                subject = ctx.subject(w0.start, end, w0.text, after_limit=0, topic=False)
            if subject is None and not inner:
                subject = apposed(ctx, end, wn.text, gap=40)
            if subject is None:
                subject = after_copula(ctx, end, w0.text)
            if (
                subject is None
                and not any(s <= m.start < e and can_be_subject(m) for _, m in ctx.persons)
                and _states_a_post(words, i - n)
            ):  # a sentence naming someone who can be its subject is not about the topic
                subject = ctx.subject(w0.start, end, w0.text, after_limit=0)
            if subject is None or narrator_between(ctx, subject, w0.start):
                continue
            date_start, date_end = ctx.term(w0.start, end, right_after=3)
            if any(b.startswith("бывш") for b in before):
                date_start = date_end = None  # "в 1937 г. бывший полпред X был арестован"
            if date_start and _historiography(date_start):
                date_start = date_end = None  # "С конца 1980-х гг. …": the date of a later writing
            if qualifies and out:
                out.pop()
            holders = listed or (listed_holders(ctx, s, w0) if _plural(w0.text) else [])
            for holder in holders or [subject]:
                out.append(
                    Claim(
                        "post", holder, span_start, end, text[span_start : end], EXTRACTOR, 0.8,
                        role=role, department=department, country=country,
                        date_start=date_start, date_end=date_end,
                        attrs={"language": "ru", "role_ru": text[w0.start : wn.end]},
                    )
                )  # fmt: skip
            if both and (also := _AND_ALSO.match(text, end)):
                # "…, и в российских представительствах в Бразилии": the verb's second place
                k = next((k for k, w in enumerate(words) if w.start >= also.end()), len(words))
                stop2 = min(_clause_end(text, also.end(), e), also.end() + 90)
                country2, dept2, end2 = _complement(text, words, k, stop2, names)
                if country2 and dept2 == "embassy":
                    dept2 = None
                if country2 or dept2:
                    start2 = also.end() - len(also.group(1))
                    out.append(dataclasses.replace(
                        out[-1], start=start2, end=end2, quote=text[start2:end2],
                        country=country2, department=dept2,
                    ))  # fmt: skip
    out += further_countries(text, ctx, out)
    out += elided_posts(text, ctx, out)
    out += predecessors(text, ctx, out)
    return out + successors_next_sentence(text, ctx, out)


def _role_complement_end(
    text: str, words: list[Word], i: int, e: int, names: frozenset[int]
) -> int:
    """The end of the complement of a role whose words end before word ``i``."""
    stop = _clause_end(text, words[i - 1].end, e)
    return _complement(text, words, i, min(stop, words[i - 1].end + 90), names)[2]


_NAME_JOIN = re.compile(r"\s*(?:,|и|,\s*и)\s*")


def _named_after_plural(
    text: str, ctx: Context, words: list[Word], i: int, e: int, names: frozenset[int],
    role_word: str,
) -> list[int]:  # fmt: skip
    """The persons (two at least) listed right after a plural role's complement, the first
    in the role's case: "консулов СССР в Монголии Никиты Кожина и Анатолия Пузырёва"."""
    end = _role_complement_end(text, words, i, e, names)
    first = apposed(ctx, end, role_word)
    if first is None:
        return []
    by_index = dict(ctx.persons)
    run = [first]
    for k, m in ctx.persons:
        if k > run[-1] and _NAME_JOIN.fullmatch(text[by_index[run[-1]].end : m.start]):
            run.append(k)
    return run if len(run) >= 2 else []


def _holder_of_next_role(
    text: str, ctx: Context, words: list[Word], end: int, e: int, names: frozenset[int]
) -> int | None:
    """Roles listed with commas before one name are all that person's: "полномочного
    представителя во Франции, генерального консула в Нью-Йорке Ивана Кожина"."""
    for _ in range(3):
        while (more := NEXT_COUNTRY.match(text, end)) and place_in(more.group(1)):
            end = more.end()  # "во Франции и Канаде, …": the further countries of the role
        k = next((k for k, w in enumerate(words) if w.start >= end), None)
        if k is None or not re.fullmatch(r"\s*,\s*", text[end : words[k].start]):
            return None
        hit = _match_at(words, k, _roles())
        if hit is None or _match_at(words, k, _departments()):
            return None
        last = words[k + hit[0] - 1]
        end = _role_complement_end(text, words, k + hit[0], e, names)
        holder = apposed(ctx, end, last.text)
        if holder is not None:
            return holder
    return None


_OBLIQUE = ("gent", "datv", "ablt", "loct")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where a role's clause ends: at a comma, stop, colon, dash or "и" — but not at an
    "и" between two nouns of one oblique case ("отделом пропаганды и агитации
    обкома": one complement)."""
    pos = start
    while stop := _CLAUSE_END.search(text, pos, end):
        if stop.group(0).strip() == "и":
            left = re.search(r"(\w+)\s*$", text[start : stop.start()])
            right = re.match(r"\s*(\w+)", text[stop.end() : end])
            if left and right:
                cases = [{p.case for p in parses(w) if p.pos == "NOUN"} for w in
                         (left.group(1), right.group(1))]  # fmt: skip
                if cases[0] & cases[1] & set(_OBLIQUE):
                    pos = stop.end()
                    continue
        return stop.start()
    return end


_LIST_GAP = re.compile(r"\s*(?:,|\sи)\s*")


def _listed_complement(
    text: str, words: list[Word], i: int, limit: int, names: frozenset[int]
) -> tuple[str | None, str | None]:
    """The complement of the next role when a role without one is listed before it,
    only a comma or "и" between: the roles share it ("советник, первый секретарь
    полпредства в Эстонии": both in Estonia)."""
    role_end = words[i - 1].end
    if i < len(words) and words[i].text == "и":
        i += 1  # "послом и полномочным министром в Бухаресте"
    if i >= len(words) or not _LIST_GAP.fullmatch(text[role_end : words[i].start]):
        return None, None
    hit = _match_at(words, i, _roles())
    if hit is None:
        return None, None
    stop = _CLAUSE_END.search(text, words[i + hit[0] - 1].end)
    end = min(stop.start() if stop else len(text), words[i + hit[0] - 1].end + 90)
    country, department, _ = _complement(text, words, i + hit[0], end, names)
    return country, department


#: offices of a state, whose country may be in the genitive ("президент Финляндии")
_OF_STATE = frozenset(
    {
        "foreign minister",
        "prime minister",
        "president",
        "king",
        "government minister",
        "shah",
        "emir",
        "sultan",
        "head of state",
    }
)
_HEADS_OF_MISSION = frozenset({"polpred", "ambassador", "envoy", "chargé d'affaires"})
_IN_USSR = re.compile(
    r"[^.;!?]{0,20}?\b(?:в|во)\s+(?:Москв[еу]|СССР|Советск(?:ом|ий)\s+Союз[е]?)\b"
)
_NOT_FOREIGN = frozenset({"советский", "российский", "русский"})


def _foreign(words: list[Word], i: int) -> bool:
    """Is the role at word ``i`` a foreign state's ("германский посол", "английский
    поверенный в делах")? A nationality adjective right before it says so."""
    if i == 0:
        return False
    found = parses(words[i - 1].text)
    return bool(
        found and found[0].pos == "ADJF" and found[0].normal.endswith(("ский", "цкий")) and found[0].normal not in _NOT_FOREIGN
    )  # fmt: skip


_MISSIONS = frozenset({"посольство", "полпредство", "миссия", "представительство", "консульство"})


def _foreign_mission(words: list[Word], j: int) -> bool:
    """Is the role before word ``j`` one of a foreign mission ("советник германского
    посольства")?"""
    return (
        j + 1 < len(words)
        and _foreign(words, j + 1)
        and any(p.normal in _MISSIONS for p in parses(words[j + 1].text)[:1])
    )


_VERBAL = ("VERB", "PRTF", "GRND", "INFN")


def _states_a_post(words: list[Word], i: int) -> bool:
    """Can an unnamed role at word ``i`` be the text's topic's post? In the nominative
    ("В 1934 г. — полпред в Финляндии"), the instrumental ("назначен полпредом") or
    after an office noun ("в роли первого секретаря"); not a role in another case
    ("назначит посла", "письмо послу"), which names an office, not whose it is."""
    found = parses(words[i].text)
    verbal = bool(found) and found[0].pos in _VERBAL and _said_by_verb(words[i])
    if verbal or (found and found[0].normal == "состав"):
        return True  # "работал в НКИД", "возглавлял делегацию", "в составе делегации"
    if any(p.case in ("nomn", "ablt") for p in found):
        return True
    if i > 0 and any(p.normal in _OFFICE_NOUNS for p in parses(words[i - 1].text)[:1]):
        return True
    return not is_known(words[i].text)  # an abbreviation the dictionary does not decline


def _said_by_verb(word: Word) -> bool:
    """Is the role word a verb of the lexicon ("работал", "работавший" of "работать"),
    not a role noun that is a participle in form ("заведующий")?"""
    low = word.text.lower().replace("ё", "е")
    return not any(forms[0] == low for forms, _ in _starting(word.text, _roles()))


def _role_follows(text: str, words: list[Word], i: int) -> bool:
    """Is a role among the four words after a verb (the clause not ended)? "работал
    заведующим", "работавший в то время советником"."""
    for k in range(i, min(i + 4, len(words))):
        if re.search(r"[,;.:]", text[words[k - 1].end : words[k].start]):
            return False
        if _match_at(words, k, _roles()) and not _match_at(words, k, _departments()):
            return True
    return False
