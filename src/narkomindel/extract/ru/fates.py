"""Fates in Russian prose (``extract.ru.fates``): "арестован 3 ноября 1937 г.",
"расстрелян", "погиб в заключении", "приговорён к ВМН", "невозвращенец",
"покончил с собой", "отозван в Москву".

Each cue is a stem of a participle or verb in any gender ("арестован",
"арестована"), written as the register's English fate (executed, arrested,
sentenced, died in custody, defected, suicide, died, recalled, dismissed,
purged, exiled, imprisoned). A cue after "не" is not a fate; "посмертно
реабилитирован" is no fate of its own. The date is the nearest one in the
sentence; the person the nearest one before the cue in its gender, else the
person the text is about at that point.
"""

from __future__ import annotations

import re

from narkomindel.extract.dates import DateMatch
from narkomindel.extract.ru.context import Context, can_be_subject
from narkomindel.extract.ru.morph import parses
from narkomindel.model import Claim, Mention

__all__ = ["find_fates_ru", "dated_by_a_fate", "EXTRACTOR"]

EXTRACTOR = "extract.ru.fates.v11"

_CUES: tuple[tuple[str, str], ...] = (
    ("died in custody", r"(?:погиб|умер|скончал)(?:ла|ась|ся|а|ли|ись)?\s+(?:в\s+\d{4}\s*г(?:\.|оду)\s+)?(?:в|во)\s+(?:заключени|лагер|тюрьм|тюрем|ссылк|ГУЛАГ|застенк|[А-ЯЁ][а-яё]*лаг)\w*"),
    ("executed", r"расстрел(?:ян|яна|яны|яли|ял)\b|приговор\w*\s+(?:был\s+)?привед[её]н\s+в\s+исполнение|казн(?:ён|ен|ена|ена|или)\b|приговор[её]н(?:а)?\s+к\s+(?:ВМН|высшей\s+мере|расстрелу)|приговорил[аои]?\s+(?:[а-яё]+\s+){0,4}?к\s+(?:ВМН|высшей\s+мере|расстрелу)|(?:осужд|приговор)[её]н(?:а)?\s+(?:[^\s,;]+\s+){0,4}?к\s+(?:ВМН|высшей\s+мере|расстрелу)|(?<![\w-])расстрелянн(?:ый|ая)\b"),
    ("sentenced", r"(?:осужд[её]н|приговор[её]н)(?:а|ы)?\b|(?:осудили|приговорили)\b"),
    ("executed", r"(?:в\s+числе|среди)\s+расстрелянн\w*"),
    ("arrested", r"(?:в\s+числе|среди)\s+арестованн\w*"),
    ("purged", r"(?:в\s+числе|среди)\s+репрессированн\w*"),
    ("arrested", r"арестова(?:н|на|ны|ли)\b|(?<=после\s)ареста\b|(?<=день\s)ареста\b|(?<=до\s)ареста\b|арестованн(?:ый|ая)\b|взят(?:а)?\s+под\s+стражу|подвергся\s+аресту|был\s+арест\w*"),
    ("sentenced", r"[Пп]риговор\s*[-—–:]\s*\d+\s+(?:лет|года?)\s+(?:заключени|лагер|ИТЛ|тюрьм|ссылк)\w*"),
    ("sentenced", r"получил(?:а)?\s+(?:\S+\s+){1,2}(?:лет|года?)\s+(?:лагер|тюрьм|заключени|ссылк|ИТЛ)\w*"),
    ("imprisoned", r"(?:отправлен|этапирован|направлен)(?:а|ы|н[а-яё]+)?\s+в\s+(?:лагер|тюрьм|ГУЛАГ|(?-i:[А-ЯЁ])[а-яё]*лаг)\w*"),
    ("imprisoned", r"заключ[её]н(?:а|ы)?\s+в\s+(?:тюрьм|лагер)\w*|отбыв[а-яё]*\s+(?:[а-яё]+\s+)?срок|(?:провел|провёл|провела|просидел|просидела)\s+(?:\S+\s+){0,3}(?:лет|год\w*)\s+в\s+(?:лагер|тюрьм|тюрем|заключени|ссылк)\w*|находил(?:ся|ась)\s+в\s+заключении"),
    ("exiled", r"(?:сослан|выслан)(?:а)?\b|(?<![\w-])в\s+ссылку\b|пожизненн\w+\s+ссылк\w*"),
    ("defected", r"порвал(?:а)?\s+с\s+(?:советской\s+властью|СССР|Советским\s+Союзом|Москвой)|невозвращен(?:ец|ка|цем|кой|цами)\b|эмигрировал(?:а|и)?\b|перешл?[её]л?(?:а)?\s+на\s+сторону\s+(?:врага|немцев|противника|белых)|остал(?:ся|ась)\s+(?:за\s+границей|за\s+рубежом|на\s+Западе)|(?:решени\w*|решил(?:а)?|предпоч[её]л(?:а)?)\s+остаться\s+(?:за\s+границей|за\s+рубежом|на\s+Западе|в\s+эмиграции)|перебежчик\w*|отказал(?:ся|ась)\s+вернуться|попросил(?:а)?\s+(?:политического\s+)?убежища|(?:политического\s+)?убежища\s+попросил(?:а)?\b|бежал(?:а)?\s+(?:за\s+границу|на\s+Запад|в\s+[А-ЯЁ])"),
    ("suicide", r"(?:выбросил(?:ся|ась)|выпрыгнул(?:а)?)\s+из\s+окна|отравил(?:ся|ась)\b|покончил(?:а)?\s+с\s+собой|застрелил(?:ся|ась)\b|покончил(?:а)?\s+жизнь\s+самоубийством"),
    ("purged", r"репрессирован(?:а|ы)?\b|жертв\w*\s+(?:сталинских\s+|политических\s+)?(?:репресси|террор)\w*|подвергс[яю]\s+репресси\w*|подвергнут(?:а|ы)?\s+репресси\w*|исключ[её]н(?:а)?\s+из\s+(?:партии|ВКП)"),
    ("recalled", r"отозван(?:а|ы)?\b|вызван(?:а)?\s+в\s+Москву|отозвали\b|(?<=после\s)отзыва\b|(?:постановил[аио]?|решил[аио]?|решено|предложено)\s*:?\s*«?\s*[Оо]тозвать\b"),
    ("dismissed", r"освобожд[её]н(?:а)?\s+от\s+(?:обязанностей|работы|занимаемой\s+должности)|отправлен(?:а)?\s+в\s+отставку|уволен(?:а)?\b|отстран[её]н(?:а)?\s+от\s+(?:должности|работы|дел)|снят(?:а)?\s+с\s+(?:должности|поста|работы)|смещ[её]н(?:а)?\s+(?:с\s+(?:должности|поста)|со\s+своего\s+поста)|лишил(?:ся|ась)\s+(?:поста|должности)|отрешен(?:а)?\s+от\s+должности|освобожд[её]н(?:а)?\s+от\s+должности"),
    # killed in battle is a death, not an assassination; "пал смертью храбрых"
    ("died", r"(?<![\w-])убит(?:а|ы)?\s+(?:в\s+бою|на\s+фронте|в\s+сражении|на\s+войне)|(?<![\w-])(?:пал|пала|пали|павш[а-яё]+)\s+смертью\s+храбрых"),
    ("assassinated", r"\bубит(?:а|ы)?\b|(?<![\w-])(?:убили|застрелен(?:а|ы)?|застрелили)(?![\w-])|погиб(?:ла)?\s+от\s+руки"),
    ("survived", r"(?:был[аи]?\s+)?освобожд[её]н(?:а|ы)?\s+из\s+(?:заключени|лагер|тюрьм|ссылк)\w*|вернул(?:ся|ась)\s+из\s+(?:заключени|лагер|ссылк)\w*|(?:вышел|вышла)\s+на\s+свободу|освободили\b(?!\s+от)|уцелел(?:а)?\b|выжил(?:а)?\b"),
    ("died", r"(?<!по)(?:умер|умерла|умерли|скончал(?:ся|ась|ись)|погиб(?:ла|ли)?)\b"),
    ("died", r"(?<![\w-])(?:похоронен(?:а)?|(?:уш[её]л|ушла)\s+из\s+жизни)(?![\w-])"),
    ("defected", r"(?<![\w-])перебежал(?:а)?\s+(?:на\s+Запад|к\s+)|(?:получил(?:а)?|предоставлено)\s+(?:политическое\s+)?убежище"),
    ("survived", r"(?<![\w-])(?:дожил(?:а)?\s+до|персональн\w+\s+пенсионер\w*)"),
)  # fmt: skip
_PATTERN = re.compile("|".join(f"(?P<c{k}>{p})" for k, (_, p) in enumerate(_CUES)), re.I)
_NEGATED = re.compile(r"\bне\s+(?:был[аи]?\s+)?$")
_IN_ABSENTIA = re.compile(r"(?<![\w-])заочно(?![\w-])", re.I)


def find_fates_ru(text: str, ctx: Context) -> list[Claim]:
    """Fate claims of Russian prose (each with its evidence span)."""
    out: list[Claim] = []
    for m in _PATTERN.finditer(text):
        fate = _CUES[int((m.lastgroup or "c0")[1:])][0]
        before = text[max(0, m.start() - 12) : m.start()]
        if _NEGATED.search(before):
            continue
        if fate == "executed" and _IN_ABSENTIA.search(text, max(0, m.start() - 20), m.end()):
            fate = "sentenced"  # "заочно приговорён к расстрелу": sentenced, not shot
        cue_word = m.group(0).split()[0]
        subjects = _listed(ctx, m.start(), cue_word)
        if not subjects and _TRANSITIVE.match(cue_word):
            found = _object_of(ctx, m.start(), m.start() + len(cue_word))
            subjects = [] if found is None else [found]
        if not subjects and _plural_participle(cue_word):
            # "были арестованы многие дипломаты": a group's fate, no one person's; but
            # "были арестованы Иванов и его жена": the one named right after it
            subjects = _named_after(ctx, m.end())
            if not subjects:
                continue
        if not subjects:
            # "он был арестован экспедицией генерала Н.": the pronoun is the subject,
            # not the one named after the cue
            reach = 0 if _pronoun_subject(ctx, m.start()) else 40
            subject = ctx.subject(m.start(), m.end(), cue_word, after_limit=reach, topic=False)
            if subject is not None and _oblique_after(ctx, subject, m.end()):
                # "бежал в Париж, где написал письмо Сталину": no subject after the cue
                # in the dative or instrumental
                reach, subject = 0, None
            if subject is not None and _reported(ctx, subject, m.start()):
                continue  # "сказал мне Тюменцев, что К. П. арестован": not the speaker's fate
            if subject is None and not _names_a_subject(ctx, m.start()):
                subject = ctx.subject(m.start(), m.end(), cue_word, after_limit=reach)
            subjects = [] if subject is None else [subject]
        if subjects:
            subjects += [k for k in _together_with(ctx, m.start()) if k not in subjects]
        own = _inside(ctx, m.start(), m.end()) or _own_date(ctx, m.end())
        term = ctx.term(m.start(), m.end(), right_after=8)[0]
        for subject in subjects:
            date_start = own or (fate in _DEATHS and _life_end(ctx, subject)) or term
            out.append(
                Claim(
                    "fate", subject, m.start(), m.end(), m.group(0), EXTRACTOR, 0.8,
                    value=fate, date_start=date_start, attrs={"language": "ru"},
                )
            )  # fmt: skip
    return out + _noun_fates(text, ctx)


#: fates that end a life, dated by a life span's end when their clause has no date
_DEATHS = frozenset({"executed", "died", "died in custody", "assassinated", "suicide"})


def _life_end(ctx: Context, subject: int) -> str | None:
    """The last date of the life span printed in parentheses right after a mention
    of the person ("Иванова (12.03.1890–17.11.1937)"): the day a death is of."""
    person = dict(ctx.persons).get(subject)
    if person is None:
        return None
    surname = person.attrs.get("surname")
    for _, m in ctx.persons:
        if m is not person and (not surname or m.attrs.get("surname") != surname):
            continue
        for d in ctx.dates:
            if m.end <= d.start <= m.end + 3 and ctx.text[m.end : d.start].strip() == "(":
                end = d.edtf.split("/")[-1] if "/" in d.edtf else None
                return end if end and end[:1].isdigit() else None
    return None


def _oblique_after(ctx: Context, subject: int, cue_end: int) -> bool:
    """Is the person taken after the cue in the dative or instrumental only?"""
    m = dict(ctx.persons).get(subject)
    if m is None or m.start < cue_end:
        return False
    case = m.attrs.get("case")
    if case:
        return case in ("datv", "ablt")
    found = parses(m.text.split()[-1])  # its likeliest reading
    return bool(found) and found[0].case in ("datv", "ablt")


_THAT = re.compile(r",\s*(?:что|будто|якобы)\s+(?!(?:он|она|его|её|ее)\b)")


def _reported(ctx: Context, subject: int, cue_start: int) -> bool:
    """Is the cue in a clause of what the person named before it said or learnt
    (", что …"), with no pronoun of theirs after "что"? Then it is not their fate."""
    m = dict(ctx.persons).get(subject)
    return m is not None and m.end <= cue_start and bool(_THAT.search(ctx.text, m.end, cue_start))


def _plural_participle(word: str) -> bool:
    """A plural short participle ("арестованы", "расстреляны"), not a verb
    ("арестовали" is said of one as well: "его арестовали")."""
    found = parses(word)
    return bool(found) and found[0].pos == "PRTS" and found[0].has("plur")


#: nouns of a fate, said of the person named right after them in the genitive
#: ("арест Карахана", "после расстрела полпреда Давыдова", "смерть Ленина")
_NOUN_CUES: tuple[tuple[str, str], ...] = (
    ("arrested", r"арест(?:а|ом|е|у)?"),
    ("executed", r"расстрел(?:а|ом|е|у)?|казн(?:ь|и|ью)"),
    ("died", r"смерт(?:ь|и|ью)|гибел(?:ь|и|ью)|кончин(?:а|ы|е|ой)|не\s+стало"),
    ("suicide", r"самоубийств(?:о|а|е|ом)"),
    ("defected", r"бегств(?:о|а|е|ом)|побег(?:а|е|ом)?"),
    ("recalled", r"отзыв(?:а|е|ом)?"),
    # participles used as adjectives: "жена арестованного полпреда Иванова"
    ("arrested", r"арестованн(?:ого|ому|ым|ом|ой|ую)"),
    ("executed", r"расстрелянн(?:ого|ому|ым|ом|ой|ую)"),
    ("purged", r"репрессированн(?:ого|ому|ым|ом|ой|ую)"),
    ("sentenced", r"осужд[её]нн(?:ого|ому|ым|ом|ой|ую)"),
)  # fmt: skip
_NOUN_PATTERN = re.compile(
    "|".join(f"(?P<n{k}>(?<![\\w-])(?:{p})(?![\\w-]))" for k, (_, p) in enumerate(_NOUN_CUES)),
    re.I,
)
_ONLY_WORDS = re.compile(r"[\s\w.-]*")
_FOLLOWED = re.compile(r"(?<![\w-])(?:последовал[аио]?|последовали)\s+(?:[а-яё]+\s+)?$", re.I)
_POSSESSIVE = re.compile(r"(?<![\w-])(?:его|её|ее)\s+$", re.I)


def _noun_fates(text: str, ctx: Context) -> list[Claim]:
    out: list[Claim] = []
    for m in _NOUN_PATTERN.finditer(text):
        fate = _NOUN_CUES[int((m.lastgroup or "n0")[1:])][0]
        after = next(((k, p) for k, p in ctx.persons if m.end() < p.start <= m.end() + 30), None)
        if after is None or not _ONLY_WORDS.fullmatch(text[m.end() : after[1].start]):
            followed = _FOLLOWED.search(text, max(0, m.start() - 30), m.start())
            if followed and fate in ("arrested", "executed"):
                # "В 1937 году последовал арест": of the person the text is about
                subject = ctx.subject(m.start(), m.end())
                if subject is not None:
                    date_start, _ = ctx.term(m.start(), m.end(), right_after=8)
                    out.append(
                        Claim(
                            "fate", subject, m.start(), m.end(), m.group(0), EXTRACTOR, 0.6,
                            value=fate, date_start=date_start, attrs={"language": "ru"},
                        )
                    )  # fmt: skip
                continue
            own = _POSSESSIVE.search(text, max(0, m.start() - 5), m.start())
            if own and fate in ("arrested", "executed", "died", "suicide", "defected", "recalled"):
                # "после его ареста": the one the pronoun stands for
                cue = own.group(0).strip()
                subject = ctx.subject(m.start(), m.end(), "она" if cue in ("её", "ее") else "он")
                if subject is not None:
                    date_start, _ = ctx.term(m.start(), m.end(), right_after=8)
                    out.append(
                        Claim(
                            "fate", subject, own.start(), m.end(), text[own.start() : m.end()],
                            EXTRACTOR, 0.6, value=fate, date_start=date_start,
                            attrs={"language": "ru"},
                        )
                    )  # fmt: skip
            continue
        between = re.findall(r"[а-яё]+", text[m.end() : after[1].start])
        if any(p and p[0].pos in ("VERB", "INFN", "PRTS") for p in map(parses, between)):
            continue  # "арест произвёл Ежов": not of the one named
        date_start, _ = ctx.term(m.start(), m.end(), right_after=8)
        if fate in _DEATHS:
            # "не стало Иванова (1883–1927)": the end of the life span printed after him
            date_start = _life_end(ctx, after[0]) or date_start
        out.append(
            Claim(
                "fate", after[0], m.start(), after[1].end, text[m.start() : after[1].end],
                EXTRACTOR, 0.7, value=fate, date_start=date_start, attrs={"language": "ru"},
            )
        )  # fmt: skip
    return out


#: verbs whose person is their object, said by others ("его арестовали", "суд
#: приговорил Иванова к расстрелу")
_TRANSITIVE = re.compile(
    r"(?:арестовал|расстрелял|отозвал|осудил|приговорил|казнил|освободил)[аои]?$", re.I
)
_OBJECT_PRONOUN = re.compile(r"\s*(?:его|её|ее)\b")


def _inside(ctx: Context, start: int, end: int) -> str | None:
    """A date within the cue itself ("осуждён ВКВС 20.08.1937 к ВМН"): the fate's own."""
    return next(
        (d.edtf for d in ctx.dates if start <= d.start and d.end <= end
         and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", d.edtf)),
        None,
    )  # fmt: skip


def _own_date(ctx: Context, cue_end: int) -> str | None:
    """A date after the cue in its clause, no other cue between ("был арестован
    органами НКВД 3 ноября 1937 г."): the fate's own, over one before it."""
    s, e = ctx.sentence_of(cue_end - 1)
    for d in ctx.dates:
        if cue_end <= d.start < min(e, cue_end + 40):
            between = ctx.text[cue_end : d.start]
            if re.search(r"[,;:.!?()]|\s[—–]\s|\sи\s|\sа\s", between) or _PATTERN.search(between):
                return None
            if "/" in d.edtf:
                return None  # a term, not a day
            return d.edtf if re.fullmatch(r"\d{4}(?:-\d\d){0,2}", d.edtf) else None
    return None


_CLAUSE_BREAK = re.compile(r"[,;:.!?()]|\s[—–]\s|\sи\s|\sа\s")


def dated_by_a_fate(ctx: Context, d: DateMatch) -> bool:
    """Is ``d`` the date of a fate cue right before it in its clause ("был убит в
    Каунасе 5 июня 1927 г.", "Расстрелянный в 1938 г. …")? Then it dates the fate,
    not a post the sentence names beside it."""
    s, _ = ctx.sentence_of(d.start)
    for m in _PATTERN.finditer(ctx.text, max(s, d.start - 60), d.start):
        if not _CLAUSE_BREAK.search(ctx.text, m.end(), d.start) and not _NEGATED.search(
            ctx.text[max(0, m.start() - 12) : m.start()]
        ):
            return True
    return False


_SUBJECT_PRONOUN = re.compile(r"(?<![\w-])(?:[Оо]н|[Оо]на)\s+(?:был[аи]?\s+)?(?:[а-яё]+\s+)?$")


def _pronoun_subject(ctx: Context, cue_start: int) -> bool:
    """Is the cue's subject a pronoun right before it, no person named between them
    ("Он был снова арестован …")?"""
    s, _ = ctx.sentence_of(cue_start)
    found = _SUBJECT_PRONOUN.search(ctx.text, max(s, cue_start - 30), cue_start)
    return found is not None and not any(
        found.start() <= m.start < cue_start for _, m in ctx.persons
    )


_TOGETHER = re.compile(r"(?<![\w-])[Вв]месте\s+со?\s+$")
# "Вслед за советником полпредства Ивановым убежища попросил и Петров": the one
# followed did the same first
_FOLLOWING = re.compile(r"(?<![\w-])[Вв]след\s+за\s+(?:[а-яё]+\s+){0,3}$")


def _together_with(ctx: Context, cue_start: int) -> list[int]:
    """Persons the fate is shared with: "Вместе с Ивановым были арестованы …" names
    them after "вместе с" before the cue in its sentence, "Вслед за (советником)
    Ивановым …" after "вслед за"."""
    s, _ = ctx.sentence_of(cue_start)
    return [
        k for k, m in ctx.persons
        if s <= m.start and m.end <= cue_start
        and (_TOGETHER.search(ctx.text, max(s, m.start - 12), m.start)
             or _FOLLOWING.search(ctx.text, max(s, m.start - 60), m.start))
    ]  # fmt: skip


def _named_after(ctx: Context, cue_end: int) -> list[int]:
    """The persons named right after a cue in its clause who can be its subject."""
    _, e = ctx.sentence_of(cue_end - 1)
    return [
        k for k, m in ctx.persons
        if cue_end <= m.start < min(e, cue_end + 40) and can_be_subject(m)
        and not _CLAUSE_BREAK.search(ctx.text, cue_end, m.start)
    ]  # fmt: skip


def _names_a_subject(ctx: Context, cue_start: int) -> bool:
    """Does the cue's sentence name someone who could be its subject, with no pronoun
    before the cue? Then the fate is not the topic's ("Сталин знал: арестован был
    не он")."""
    s, e = ctx.sentence_of(cue_start)
    if re.search(r"(?<![\w-])(?:[Оо]н|[Оо]на|[Ее]го|[Её]ё|[Ее]е)(?![\w-])", ctx.text[s:cue_start]):
        return False
    return any(s <= m.start < e and can_be_subject(m) for _, m in ctx.persons)


def _object_of(ctx: Context, cue_start: int, cue_end: int) -> int | None:
    """The person a transitive fate verb is done to: named right after it in any case
    but the nominative (also at the end of a longer noun phrase of the same clause:
    "арестовали 60-летнего работника архива Иванова"), or its pronoun ("приговорила
    его": the one named last before), else named before it in its sentence in an
    oblique case ("Иванова арестовали")."""
    s, e = ctx.sentence_of(cue_start)
    if _OBJECT_PRONOUN.match(ctx.text, cue_end):
        earlier = [k for k, m in ctx.persons if m.end <= cue_start]
        return earlier[-1] if earlier else None
    after = [(k, m) for k, m in ctx.persons if cue_end <= m.start < min(e, cue_end + 40)]
    if after and not _nominative_only(after[0][1]):
        return after[0][0]
    if not after:  # "арестовали 60-летнего работника архива Красной армии Иванова"
        far = next(((k, m) for k, m in ctx.persons if cue_end <= m.start < min(e, cue_end + 110)),
                   None)  # fmt: skip
        if far and not _CLAUSE_BREAK.search(ctx.text, cue_end, far[1].start):
            return None if _nominative_only(far[1]) else far[0]
    before = [k for k, m in ctx.persons if s <= m.start and m.end <= cue_start
              and not _nominative_only(m)]  # fmt: skip
    return before[-1] if before else None


def _nominative_only(m: Mention) -> bool:
    case = m.attrs.get("case")
    if case:
        return bool(case == "nomn")
    found = parses(m.text.split()[-1])
    return bool(found) and all(p.case in (None, "nomn") for p in found)


_PLURAL_CUE = re.compile(r"(?:ны|ты|ли|лись)$")
_NOT_A_LIST = re.compile(r"(?:[иа]ли|яли|или)$")  # "их арестовали": a verb of others


def _listed(ctx: Context, cue_start: int, cue_word: str) -> list[int]:
    """Every person of a list a plural cue is said of ("Иванов, Петров и Сидоров были
    расстреляны"; "погибли Иванов и Петров"): the persons named in its sentence
    who can be its subject, before it or right after it."""
    if not _PLURAL_CUE.search(cue_word) or (
        _NOT_A_LIST.search(cue_word) and not cue_word.lower().startswith(("погиб", "умер"))
    ):
        return []
    s, e = ctx.sentence_of(cue_start)
    found = [k for k, mention in ctx.persons if s <= mention.start < e and can_be_subject(mention)]
    return found if len(found) >= 2 else []
