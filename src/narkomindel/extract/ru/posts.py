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
from functools import cache

from narkomindel import gazetteer as gz
from narkomindel.extract.dates import DateMatch
from narkomindel.extract.ru.complement import (
    SOVIET,
    clause_end,
    complement,
    departments,
    match_at,
    roles,
    starting,
)
from narkomindel.extract.ru.context import (
    Context,
    Word,
    can_be_subject,
    edtf_term,
    place_in,
    words_of,
)
from narkomindel.extract.ru.ellipsis import elided_posts, further_countries
from narkomindel.extract.ru.fates import dated_by_a_fate
from narkomindel.extract.ru.holders import (
    after_copula,
    after_verb,
    appointee,
    apposed,
    apposed_before,
    dashed_holder,
    governed,
    listed_holders,
    named_as,
    named_before_dash,
    narrator_between,
    participle_holder,
    rank_at,
    unnamed_appointee,
    unnamed_holder_after,
)
from narkomindel.extract.ru.lists import (
    holder_of_next_role,
    listed_complement,
    named_after_plural,
    named_after_verb,
)
from narkomindel.extract.ru.morph import is_known, lemmas, parses
from narkomindel.extract.ru.organs import headed_bodies, heads_of_bodies
from narkomindel.extract.ru.planned import planned
from narkomindel.extract.ru.succession import (
    ended_by_successors,
    predecessors,
    relieved,
    replacer,
    successors_next_sentence,
    successors_predecessors,
)
from narkomindel.extract.ru.tenure import begun_before, ended_by_a_fate, stayed_until
from narkomindel.model import Claim

__all__ = ["find_posts_ru", "EXTRACTOR"]

EXTRACTOR = "extract.ru.posts.v17"

#: roles kept only with a country or a department
_NEEDS_COMPLEMENT = frozenset(
    {"member", "representative", "secretary", "chairman", "deputy chairman", "assistant",
     "editor", "head of department", "deputy head of department", "commissar", "referent",
     "director", "staff member", "commander", "army serviceman", "correspondent",
     "candidate member", "intelligence resident", "instructor", "general secretary",
     "consultant", "expert", "investigator", "interpreter", "agent", "government minister"}
)  # fmt: skip


_THERE = re.compile(r"(?<![\w-])(?:[Тт]ам(?:\s+же)?|[Зз]десь)(?![\w-])")


_SECURITY = frozenset({"Cheka", "OGPU", "NKVD"})
_RESIDENT = "intelligence resident"


#: a party as a whole: its membership is no post (its committees' is)
_PARTIES = frozenset({"VKP(b)", "RKP(b)", "KP(b)", "RSDRP", "RSDRP(b)", "party"})


_OF_DELEGATION = {"head of department": "head of delegation", "chairman": "head of delegation",
                  "member": "delegate", "staff member": "delegate"}  # fmt: skip


#: a second post held at the same time as the one before it, in its country
_AT_ONCE = re.compile(r"(?<![\w-])(?:одновременно|по\s+совместительству)(?![\w-])")
_COPULA_DASH = re.compile(
    r"(?:\s+(?:он|она))?(?:\s+(?:тоже|также|затем|потом))?\s+(?:был|была|работал|работала)"
    r"(?:\s+(?:дважды|трижды|затем|потом|снова))?\s*[—–]\s*(?=(?:в|во)\s+[А-ЯЁ])"
)
_BOTH = re.compile(r"\s+и(?=\s+(?:в|во|на)\s)")


_AND_ALSO = re.compile(r"[^,.;]{0,30}?,\s*и\s+((?:в|во)\s+)")


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
    if any(p.pos == "ADJF" and p.case == "gent" for p in prev[:3]):
        return False  # "в качестве главного резидента": an adjective of the role, no holder
    if text[words[i - 1].end : words[i].start].strip():
        return False  # "в частности, полномочного представителя …"
    if prev[0].normal == "работа" and i > 1 and words[i - 2].text.lower() in ("от", "на"):
        return False  # "освободить от работы советника", "перевести на работу полпреда"
    return prev[0].normal not in _OFFICE_NOUNS and words[i - 1].text[:1].islower()


def _of_office(words: list[Word], i: int) -> bool:
    """Is the role at word ``i`` in the genitive of an office noun after "на", adjectives
    between: "на должность полпреда", "на пост первого секретаря"?"""
    if not any(p.case == "gent" for p in parses(words[i].text)[:1]):
        return False
    k = i - 1
    while k > i - 4 and k >= 0 and _adjective(words[k].text):
        k -= 1
    return (
        k >= 1
        and words[k - 1].text.lower() == "на"
        and any(p.normal in _OFFICE_NOUNS for p in parses(words[k].text)[:1])
    )


#: prepositions of company or place before a role in the instrumental
_WITH = frozenset({"с", "со", "перед", "над", "между"})


def _in_company(words: list[Word], i: int) -> bool:
    """Is the role at word ``i`` in the instrumental after "с", "перед" …, adjectives
    between ("беседовал с японским послом", "арестован вместе с бывшим полпредом")?
    It names the one met, not a post of the sentence's subject."""
    if not any(p.case == "ablt" for p in parses(words[i].text)[:1]):
        return False
    k = i - 1
    while k > i - 4 and k >= 0 and _adjective(words[k].text):
        k -= 1
    return k >= 0 and words[k].text.lower() in _WITH


def _own_term(text: str, end: int, dated: DateMatch | None) -> bool:
    """Is ``dated`` a closed term in parentheses right after the post's words, the post's
    own ("бывший полпред в X (1931—1934) Иванов")?"""
    return (
        dated is not None
        and dated.start >= end
        and "/" in dated.edtf
        and ".." not in dated.edtf
        and re.fullmatch(r"\s*\(\s*", text[end : dated.start]) is not None
    )


def _left(before: list[str]) -> bool:
    """Is a role named as the one left: "с поста", "от должности", "от обязанностей",
    "от работы" right before it?"""
    return (
        len(before) == 2
        and before[0] in ("с", "со", "от")
        and any(
            p.normal in _OFFICE_NOUNS or (p.normal == "работа" and before[0] == "от")
            for p in parses(before[1])[:1]
        )
    )


def _historiography(edtf: str) -> bool:
    """A date after 1975 is not of a post of 1917–1945 but of its later history."""
    m = re.match(r"(\d{3})[\dX]", edtf)
    return (m is not None and int(m.group(1)) >= 198) or bool(re.match(r"197[6-9]", edtf))


def _plural(word: str) -> bool:
    if word.isupper():
        return False  # an abbreviation ("ВАТ") is no plural of a word it spells
    found = parses(word)
    return bool(found) and found[0].has("plur") and not found[0].has("Fixd")


#: roles held in one country abroad: without a country of their own they take the
#: one place abroad their sentence names before them
_ABROAD = frozenset(
    {"polpred", "ambassador", "envoy", "chargé d'affaires", "counsellor", "first secretary",
     "second secretary", "third secretary", "attaché", "military attaché", "consul",
     "consul general", "vice consul", "trade representative", "deputy polpred",
     "assistant military attaché", "naval attaché", "air attaché"}
)  # fmt: skip


def _places_abroad(words: list[Word], before: int, any_word: bool = False) -> set[str]:
    """The countries abroad ``words`` name before ``before`` (after в/во/из, or after
    any word when ``any_word``)."""
    return {
        place
        for k, w in enumerate(words)
        if w.end <= before
        and (any_word or (k > 0 and words[k - 1].text.lower() in ("в", "во", "из")))
        and (place := place_in(w.text)) and place not in SOVIET
    }  # fmt: skip


def _country_abroad(
    ctx: Context, words: list[Word], s: int, e: int, cue: int, department: str | None
) -> str | None:
    """The country of a role held abroad that names none: the one place abroad its
    sentence names before it after в/во/из ("прибыл в Берлин новый полпред"); else,
    unless a body at home is named ("первый секретарь обкома"), the one its sentence
    names anywhere ("полпред Ползунов вручил в Риге грамоты"), else, when the sentence
    names none, the one the sentence before names ("Ползунов прибыл в Ригу. Там он
    был советником"). Two places abroad say nothing of which it is."""
    found = _places_abroad(words, cue)
    if len(found) == 1:
        return found.pop()
    if department and not re.search(r"embassy|mission|consulate", department):
        return None
    found = _places_abroad(words, e, any_word=True)
    if found:
        return found.pop() if len(found) == 1 else None
    ps = max((a for a, b in ctx.sentences if b <= s), default=s)
    before = _places_abroad(words_of(ctx.text, ps, s), s, any_word=True)
    return before.pop() if len(before) == 1 else None


def _role_before_holder(ctx: Context, words: list[Word], end: int, holder: int) -> bool:
    """Does another role stand between a role phrase's end and the person named after
    it ("советник полпредства при полпреде X")? The name is that nearer role's."""
    start = next((m.start for k, m in ctx.persons if k == holder), end)
    return any(
        end <= w.start < start and match_at(words, j, roles()) is not None
        for j, w in enumerate(words)
    )


def _head(role_words: list[Word]) -> str:
    """The word of a role phrase whose number is the role's: its last, or its first
    before a preposition ("поверенным в делах" is one chargé d'affaires) or when it
    is a participle that governs the rest ("управляющий делами", "исполняющий
    обязанности": one manager, whatever the number of the noun)."""
    first = parses(role_words[0].text)
    if len(role_words) > 1 and first and first[0].pos == "PRTF":
        return role_words[0].text
    for w in role_words[1:]:
        found = parses(w.text)
        if found and found[0].pos == "PREP":
            return role_words[0].text
    return role_words[-1].text


def find_posts_ru(text: str, ctx: Context) -> list[Claim]:
    """Post claims of Russian prose (each with its evidence span)."""
    out: list[Claim] = []
    names = frozenset(w.start for _, m in ctx.persons for w in words_of(text, m.start, m.end))
    heads = headed_bodies(text, ctx)  # "миссия X-а в Китае": X heads it, holds no role of it
    head_starts = {m.start: k for k, m in ctx.persons if k in heads}
    for s, e in ctx.sentences:
        words = words_of(text, s, e)
        i = 0
        last_end = -10
        compl_end = -10
        while i < len(words):
            hit = match_at(words, i, roles())
            if not hit:
                i += 1
                continue
            n, role = hit
            w0, wn = words[i], words[i + n - 1]
            i += n
            before = [x.text.lower() for x in words[max(0, i - n - 2) : i - n]]
            head = _head(words[i - n : i])
            adjectival = n > 1 and any(p.pos == "ADJF" for p in parses(wn.text)[:1])
            if "не" in before or planned(text, words, i - n):
                continue  # "не был послом", "предложил назначить его послом"
            listed: list[int] = []
            if _plural(head) and not (adjectival and not _plural(w0.text)):
                # "консулов СССР в Монголии X и Y": each named after a plural role holds it
                listed = named_after_plural(text, ctx, words, i, e, names, wn.text)
                if not listed and role in _HEADING and _said_by_verb(w0):
                    listed = named_after_verb(ctx, after_verb(ctx, w0, wn.end))
                if not listed:
                    continue
            reference = _holder_reference(text, words, i - n)
            if w0.start < compl_end and match_at(words, i - n, departments()):
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
            previous_end, last_end = last_end, wn.end
            both = _BOTH.match(text, wn.end)  # "служил и в архиве МИД, и в миссиях в …"
            # "Военным атташе он был дважды — в Финляндии … и в Персии": the dash
            # after a copula opens the places, it does not end the clause
            copula_dash = _COPULA_DASH.match(text, wn.end)
            stop = clause_end(
                text, copula_dash.end() if copula_dash else both.end() if both else wn.end, e
            )
            limit = min(stop, wn.end + 90)
            if role in _HEADING and _said_by_verb(w0) and rank_at(text, wn.end):
                limit = wn.end  # "командовал генерал армии X": the army is of his rank
            country, department, end = complement(
                text, words, i, limit, names, of_state=role in _OF_STATE
            )
            if reference and (
                end <= wn.end
                or match_at(words, i - n - 1, roles()) is not None  # "помощником заместителя"
                or apposed(ctx, end, wn.text) is None
            ):
                last_end = previous_end
                # "жена посла" names a holder; "согласие посла в X Иванова" states his post
                continue
            compl_end = end
            if (k := head_starts.get(_next_start(text, end))) is not None:
                # "секретарём миссии X-а в Афганистане": the body's place is after its head
                country = country or heads[k][3]
                end = compl_end = heads[k][1]
            foreign = _foreign(words, i - n) or _foreign_mission(words, i)
            in_ussr = _IN_USSR.match(text, end, limit) if foreign and country is None else None
            if in_ussr:  # "германский посол в Москве": his host is the USSR
                country, end = "USSR", in_ussr.end()
            shared_end = 0  # "военным атташе и резидентом в Японии был X": the name after both
            if not (country or department):  # "советник, первый секретарь полпредства в X"
                country, department, shared_end = listed_complement(text, words, i, limit, names)
            span_start = w0.start
            if not (country or department) and _said_by_verb(w0) and role in _HEADING:
                # "Посольство в Лондоне возглавлял X", "Калининским фронтом командовал X":
                # what is headed comes before the verb
                first = next(
                    (k for k in range(i - n, -1, -1)
                     if k == 0 or words[k - 1].end < s
                     or re.search(r"[,;:.]", text[words[k - 1].end : words[k].start])), 0,
                )  # fmt: skip
                country, department, _ = complement(text, words, first, w0.start, names)
                span_start = words[first].start if (country or department) else w0.start
            if role in _OF_OUTLET and country is None and department:
                country = _outlet_country(words, i, end)  # "корреспондента немецкой газеты"
            if top and top[0].normal == "состав" and not (before and before[-1] in ("в", "во")):
                continue  # "в составе делегации" is membership, "личный состав" no post
            if role in _NEEDS_COMPLEMENT and not (country or department) and out:
                if _THERE.search(text, s, w0.start):  # "Там же — секретарь": the place before
                    country, department = out[-1].country, out[-1].department
            if role in _NEEDS_COMPLEMENT and not (country or department):
                continue
            if role in ("member", "candidate member") and department in _PARTIES and not country:
                continue  # "член РСДРП с 1903 г.": a party's member holds no post in it
            if (
                country is None and out and (role in _ABROAD or role == _RESIDENT)
                and s <= out[-1].start and out[-1].end <= w0.start and out[-1].country
                and _AT_ONCE.search(text, out[-1].end, w0.start)
            ):  # fmt: skip
                # "назначен консулом в Кенигсберг, одновременно являлся резидентом ИНО"
                country = out[-1].country
            if (
                country is None
                and (role in _ABROAD or role in _OF_STATE or role == _RESIDENT)
                and not (role in _OF_STATE and _OF_USSR.match(text, wn.end))
            ):  # fmt: skip
                # "в Китае, где выступал в качестве резидента ИНО": a residency is abroad;
                # not "служил в Персии, затем стал министром СССР": an office at home
                country = _country_abroad(ctx, words, s, e, w0.start, department)
            if role == "army serviceman" and re.search(
                r"embassy|mission|foreign", department or ""
            ):
                role = "staff member"  # "служил в российских представительствах в Бразилии"
            if role == "army serviceman" and "Red Army" not in (department or ""):
                continue  # "служил в НКИД" is no army service
            if (
                role == "head of department"
                and country
                and (headed := _HEADED_ABROAD.search(department or ""))
            ):
                # "возглавлял полпредство в Японии": the head of a mission; of a trade
                # mission its trade representative, of a consulate its consul
                role = _HEAD_OF[headed.group(0)]
                department = None if role in ("trade representative", "consul") else department
            if (
                role == "head of department"
                and country in (None, *SOVIET)
                and _heads_a_commissariat(w0, department)
            ):
                role = "people's commissar"  # "возглавлял НКИД": its people's commissar
            if (
                role == "head of department"
                and _MILITARY_UNIT.fullmatch(department or "")
                and _HEADS & set(lemmas(w0.text))
            ):
                role = "commander"  # "руководил Балтийским флотом": its commander
            if "delegation" in (department or "") and role in _OF_DELEGATION:
                # "возглавлял советскую делегацию", "в составе делегации": a delegate
                role = _OF_DELEGATION[role]
            if role == "representative" and department and "foreign affairs" in department:
                role = "plenipotentiary"  # "уполномоченный НКИД по Туркестану"
            if role == "member" and department in ("mission", "embassy"):
                role = "staff member"  # "член миссии", "в составе миссии": one of its staff
            if role == "staff member" and department in _SECURITY:
                role = "security officer"  # "сотрудник ОГПУ": an officer of the police
            if country and department == "embassy":
                department = None  # "советник полпредства в Швеции": the country says it
            # "помощником заместителя министра X": X holds the role in the genitive
            inner = any(
                match_at(words, k, roles()) and not match_at(words, k, departments())
                and any(p.pos == "NOUN" for p in parses(w.text)[:1])
                for k, w in enumerate(words)
                if i <= k and w.end <= end
            )  # fmt: skip
            by_verb = governed(words, i - n)  # "работавший … советником … X"
            # the case of "министр иностранных дел" is its noun's, not its adjective's
            case_word = w0.text if adjectival else wn.text
            subject = None if inner else named_before_dash(ctx, w0)  # "X — советник, Y — …"
            if subject is None and not inner:
                subject = apposed(ctx, end, case_word, any_case=by_verb)
                subject = None if subject in heads else subject
            if listed:
                subject = listed[0]
            if subject is None and _in_company(words, i - n):
                continue  # "встретился с полпредом в Германии": another's post, unnamed
            if subject is None and not inner:  # "полпреда во Франции, консула в X Иванова"
                subject = holder_of_next_role(text, ctx, words, end, e, names)
            if adjectival and _plural(head) and subject is None:
                continue  # "министр иностранных дел" (one minister) only with his name after it
            subject = subject if subject is not None else named_as(ctx, w0)
            if subject is None and not inner:
                subject = dashed_holder(ctx, w0, end)
            if subject is None and not inner:
                subject = participle_holder(ctx, words, i - n)
            if subject is None and not inner:
                subject = appointee(ctx, words, i - n, end)
            if subject is None and not inner and unnamed_appointee(ctx, words, i - n):
                continue  # "назначения т. Зарецкого советником": one not read as a person
            if subject is None and not inner:
                subject = apposed_before(ctx, w0)  # "X-а, корреспондента газеты"
            if subject is None and not inner and unnamed_holder_after(ctx, words, end):
                continue  # "Начальник ИНО Артузов …": a surname not read as a person
            if (
                subject is None
                and not _subject_of_verb(text, w0, end)
                and _states_a_post(text, words, i - n)
            ):  # "Министр X принял посла": a role in another case is not X's post
                subject = ctx.subject(w0.start, end, w0.text, after_limit=0, topic=False)
            if subject is None and shared_end:  # "военным атташе и резидентом в X был Y"
                # the roles joined share their case: either's first word may say it
                second = next((w.text for w in words if w.start > wn.end and w.text != "и"), "")
                if any(p.case == "ablt" for x in (w0.text, second) for p in parses(x)):
                    subject = after_copula(ctx, shared_end, w0.text, of_office=True)
            if subject is None and not inner:
                subject = apposed(ctx, end, case_word, gap=40)
                subject = None if subject in heads else subject
                if subject is not None and _role_before_holder(ctx, words, end, subject):
                    continue  # "советник при полпреде X": X is the polpred's, not this
            if subject is None:
                # "На должность полпреда был назначен X": of a post abroad only with its
                # country (the office named alone is often one already stated)
                of_office = _of_office(words, i - n) and bool(country or role not in _ABROAD)
                subject = after_copula(ctx, end, w0.text, of_office)
            if subject is None:
                subject = after_verb(ctx, w0, end)
            if (
                subject is None
                and not any(s <= m.start < e and can_be_subject(m) for _, m in ctx.persons)
                and _states_a_post(text, words, i - n)
            ):  # a sentence naming someone who can be its subject is not about the topic
                subject = ctx.subject(w0.start, end, w0.text, after_limit=0)
            if subject is None or narrator_between(ctx, subject, w0.start):
                continue
            if (replacing := replacer(ctx, w0.start, subject)) is not None:
                subject = replacing  # "X сменил на посту полпреда Y": X's post
            dated = ctx.term_date(w0.start, end, right_after=3)
            ended = dated is not None and "/" not in dated.edtf and ended_by_a_fate(text, dated)
            if dated is not None and not (ended or _left(before)) and dated_by_a_fate(ctx, dated):
                dated = None  # "Полпред в X Иванов был убит 5 июня 1927 г.": the fate's date
            date_start, date_end = edtf_term(dated)
            if ended:
                date_start, date_end = None, date_start  # "до ареста в 1937 г. работал X"
            elif date_start is None and date_end and dated is not None and dated.start >= end:
                # "В 1925 г. назначен полпредом в X (до 1927 г.)": the date before starts it
                date_start = begun_before(text, ctx.dates, ctx.sentence_of(w0.start)[0], w0.start)
                date_start = date_start if date_start and date_start < date_end else None
            if any(b.startswith("бывш") for b in before) and not _own_term(text, end, dated):
                date_start = date_end = None  # "в 1937 г. бывший полпред X был арестован"
            if date_start and date_end is None and _left(before):
                # "в 1937 г. отозван с поста полпреда": the post ends at the date
                date_start, date_end = None, date_start
            if date_start and _historiography(date_start):
                date_start = date_end = None  # "С конца 1980-х гг. …": the date of a later writing
            if date_start and date_end is None:
                # "… назначен полпредом в X, где проработал до 1927 г.": the post's end
                after = max(end, dated.end) if dated is not None else end
                date_end = stayed_until(text, ctx.dates, ctx.sentences, after, date_start)
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
                stop2 = min(clause_end(text, also.end(), e), also.end() + 90)
                country2, dept2, end2 = complement(text, words, k, stop2, names)
                if country2 and dept2 == "embassy":
                    dept2 = None
                if country2 or dept2:
                    start2 = also.end() - len(also.group(1))
                    out.append(dataclasses.replace(
                        out[-1], start=start2, end=end2, quote=text[start2:end2],
                        country=country2, department=dept2,
                    ))  # fmt: skip
    out += heads_of_bodies(text, ctx, heads, EXTRACTOR)
    out += further_countries(text, ctx, out)
    out += elided_posts(text, ctx, out)
    out += predecessors(text, ctx, out) + relieved(text, ctx, out)
    out += successors_predecessors(text, ctx, out)
    return ended_by_successors(ctx, out + successors_next_sentence(text, ctx, out))


def _next_start(text: str, pos: int) -> int:
    """Where the next word starts after ``pos`` (past spaces only)."""
    return pos + len(text[pos : pos + 3]) - len(text[pos : pos + 3].lstrip(" "))


#: roles a verb says of what it governs, named before it ("Флотом командовал X")
_HEADING = frozenset({"head of department", "commander"})
#: bodies of armed forces: the one who heads one commands it
_MILITARY_UNIT = re.compile(
    r"fleet|Navy|flotilla|front|army|Red Army|division|corps|brigade|regiment|battalion|squadron"
    r"|company|platoon|border detachment|military district"
)


#: what one heads abroad ("возглавлял торгпредство в Италии") and the role it makes
_HEADED_ABROAD = re.compile(r"trade mission|consulate|embassy|mission")
_HEAD_OF = {"trade mission": "trade representative", "consulate": "consul",
            "embassy": "polpred", "mission": "polpred"}  # fmt: skip


#: departments that are a whole commissariat (or ministry), not a part of one
_COMMISSARIATS = frozenset(
    {"foreign affairs", "education", "trade", "foreign trade", "finance", "justice",
     "internal affairs", "railways", "agriculture", "labour", "health", "nationalities",
     "food", "commissariat"}
)  # fmt: skip
_COMMISSARIAT_WORDS = frozenset(w for d in _COMMISSARIATS for w in d.split())


#: words that head a body as a whole ("глава", "возглавлял", "руководил"), unlike
#: "заведующий", "начальник" of its parts
_HEADS = frozenset({"глава", "возглавлять", "возглавить", "руководить", "руководитель"})


def _heads_a_commissariat(w0: Word, department: str | None) -> bool:
    """ "Возглавлял Наркомпрос", "глава НКИД": one who heads a commissariat as a whole
    is its people's commissar."""
    if not department or not _HEADS & set(lemmas(w0.text)):
        return False
    return set(department.split()) <= _COMMISSARIAT_WORDS


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


#: an office of the Soviet state named right after its role: "министр СССР", "министра РСФСР"
_OF_USSR = re.compile(r"\s+(?:СССР|РСФСР|Союза\s+ССР|Советского\s+Союза)(?![\w-])")

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
_OF_OUTLET = frozenset({"correspondent", "editor"})
_OUTLETS = frozenset({"газета", "журнал", "агентство", "издание", "радио"})


@cache
def _demonyms() -> dict[str, str]:
    return {r[0]: r[1] for r in gz.table("demonyms_ru.tsv") if len(r) >= 2}


def _outlet_country(words: list[Word], i: int, end: int) -> str | None:
    """The state of a paper or agency a correspondent writes for, by its adjective
    right before it ("корреспондент немецкой газеты", "английского агентства")."""
    for k in range(i, len(words) - 1):
        if words[k + 1].end > end:
            break
        outlet = parses(words[k + 1].text)[:1]
        if outlet and outlet[0].normal in _OUTLETS:
            adjective = parses(words[k].text)[:1]
            return _demonyms().get(adjective[0].normal) if adjective else None
    return None


_CLAUSE_OPENS = re.compile(r"(?:^|[,;:(]|\s[—–]|\b(?:а|но|и|однако))\s*$")


def _subject_of_verb(text: str, role: Word, end: int) -> bool:
    """Is the role in the nominative the subject of the verb right after it, at its
    clause's start ("…, нарком торговли внезапно изменил своё мнение")? Then it is said
    of the one named with it, not of one named earlier in the sentence."""
    if not any(p.case == "nomn" for p in parses(role.text)[:1]):
        return False
    if not _CLAUSE_OPENS.search(text[max(0, role.start - 12) : role.start]):
        return False
    after = re.match(r"\s+([а-яё]+)(?:\s+([а-яё]+))?", text[end : end + 40])
    if after is None:
        return False
    first = parses(after.group(1))[:1]
    if first and first[0].pos == "ADVB" and after.group(2):
        first = parses(after.group(2))[:1]
    return bool(first) and first[0].pos == "VERB"


def _states_a_post(text: str, words: list[Word], i: int) -> bool:
    """Can an unnamed role at word ``i`` be the text's topic's post? In the nominative
    ("В 1934 г. — полпред в Финляндии"), the instrumental ("назначен полпредом") or
    after an office noun, adjectives between ("в роли первого секретаря", "на посту
    первого советского торгпреда"); not a role in another case
    ("назначит посла", "письмо послу"), which names an office, not whose it is."""
    found = parses(words[i].text)
    verbal = bool(found) and (
        found[0].pos in ("VERB", "INFN", "GRND")  # "поручили возглавить полпредство"
        or (found[0].pos in _VERBAL and _said_by_verb(words[i]))
    )
    if verbal or (found and found[0].normal == "состав"):
        return True  # "работал в НКИД", "возглавлял делегацию", "в составе делегации"
    if any(p.case in ("nomn", "ablt") for p in found) or _COMPOUND.fullmatch(words[i].text):
        return True  # "был замнаркома": a compound of a genitive is of every case
    k = i - 1
    while k > i - 4 and k >= 0 and _adjective(words[k].text):
        k -= 1  # "на посту первого советского торгпреда": adjectives of the role between
    if k >= 0 and any(p.normal in _OFFICE_NOUNS for p in parses(words[k].text)[:1]):
        return True
    if any(p.case == "gent" for p in found[:1]) and _listed_after_office(text, words, i):
        return True
    return not is_known(words[i].text)


#: a deputy's or an assistant's title compounded with its office in the genitive
#: ("замнаркома", "зампредседателя", "помполпреда"), used in every case unchanged
_COMPOUND = re.compile(r"(?i:зам|пом)(?!естител|ощник)[а-яё]{4,}[аяу]")


def _adjective(word: str) -> bool:
    """An adjective, even where the dictionary reads a noun first ("главного": also
    "главное")?"""
    found = parses(word)
    return bool(found) and (
        found[0].pos == "ADJF"
        or (found[0].pos == "NOUN" and any(p.pos == "ADJF" for p in found[1:3]))
    )


def _listed_after_office(text: str, words: list[Word], i: int) -> bool:
    """Is the role at word ``i`` a further one of a list after an office noun, only
    roles, their complements and joins between ("на посту торгпреда в Японии,
    заместителя наркома внешней торговли и позднее члена коллегии НКИД")?"""
    for k in range(i - 1, max(-1, i - 16), -1):
        if re.search(r"[.;:!?()—–]", text[words[k].end : words[k + 1].start]):
            return False
        found = parses(words[k].text)[:1]
        if found and found[0].normal in _OFFICE_NOUNS:
            return k < i - 1 and "," in text[words[k].end : words[i].start]
        if found and found[0].pos in ("VERB", "INFN", "PRTF", "GRND", "NPRO", "PRTS"):
            return False
    return False


def _said_by_verb(word: Word) -> bool:
    """Is the role word a verb of the lexicon ("работал", "работавший" of "работать"),
    not a role noun that is a participle in form ("заведующий")?"""
    low = word.text.lower().replace("ё", "е")
    if any(p.pos in ("VERB", "INFN", "GRND") for p in parses(word.text)[:1]):
        return True  # "начал работать как советник": an infinitive is its lemma
    return not any(forms[0] == low for forms, _ in starting(word.text, roles()))


def _role_follows(text: str, words: list[Word], i: int) -> bool:
    """Is a role among the six words after a verb (the clause not ended)? "работал
    заведующим", "работавший в то время советником"."""
    for k in range(i, min(i + 6, len(words))):
        if re.search(r"[,;.:]", text[words[k - 1].end : words[k].start]):
            return False
        if any(p.pos in ("VERB", "INFN") for p in parses(words[k].text)[:1]):
            return False  # "руководил отделом печати и редактировал журнал": another verb
        if match_at(words, k, roles()) and not match_at(words, k, departments()):
            return True
    return False
