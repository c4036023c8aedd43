"""Person names in Russian prose: every case, initials, women's surnames, pseudonyms."""

from __future__ import annotations

from narkomindel.extract import extractors
from narkomindel.extract.ru.names import EXTRACTOR, surname_nominative
from tests.extract.ru.sample import run_file, run_text


def _persons(text: str) -> dict[str, dict[str, object]]:
    _, ex = run_text(text)
    return {m.text: m.attrs for m in ex.mentions if m.type == "person"}


def test_registered_for_russian_prose_only() -> None:
    names = [s.name for s in extractors()]
    assert EXTRACTOR in names
    doc, ex = run_text("Mr. Pembrokeson met Ambassador Dvorkin in Lisbon in 1931.")
    assert doc.meta.language == "en"
    assert not any(m.extractor == EXTRACTOR for m in ex.mentions)


def test_english_rules_do_not_read_russian_prose() -> None:
    doc, ex = run_file("ru_polpred.txt")
    assert doc.meta.language == "ru"
    assert ex.mentions
    assert all(not m.extractor.startswith("extract.names.") for m in ex.mentions)


def test_inflected_forms_lemmatised() -> None:
    found = _persons("Вчера мы видели Г. Е. Ползунова, а потом Ползунову дали орден.")
    assert found["Г. Е. Ползунова"]["surname"] == "Ползунов"
    assert found["Ползунову"]["surname"] == "Ползунов"


def test_given_patronymic_surname_and_patronymic_alone() -> None:
    found = _persons("Об этом писал Тимофей Власович Мирошниченков. Позже Тимофей Власович уехал.")
    full = found["Тимофей Власович Мирошниченков"]
    assert full["surname"] == "Мирошниченков"
    assert full["given"] == ["Тимофей", "Власович"]
    assert "Тимофей Власович" in found


def test_surname_before_initials() -> None:
    found = _persons("В отчёте упомянут Ползунов Г. Е., сотрудник полпредства.")
    assert found["Ползунов Г. Е."]["surname"] == "Ползунов"


def test_woman_kept_apart_from_man() -> None:
    found = _persons(
        "Жена — Ульяна Мирошниченкова, работала в торгпредстве. "
        "Мирошниченкова Тимофея отозвали в Москву."
    )
    assert found["Ульяна Мирошниченкова"]["surname"] == "Мирошниченкова"
    assert found["Ульяна Мирошниченкова"]["gender"] == "femn"


def test_surname_nominative_by_case_and_gender() -> None:
    assert surname_nominative("Ползунова")[0] == "Ползунов"
    assert surname_nominative("Ползунова", "femn")[0] == "Ползунова"
    assert surname_nominative("Кривошейского")[0] == "Кривошейский"


def test_pseudonym_in_parentheses() -> None:
    _, ex = run_file("ru_polpred.txt")
    other = [m for m in ex.mentions if m.attrs.get("rule") == "other name in parentheses"]
    assert [m.text for m in other] == ["Квасюк"]
    assert other[0].attrs["other_name_of"] == "Мирошниченков"


def test_adjectives_and_places_are_not_persons() -> None:
    found = _persons("Он возглавил отдел Московской ЧК, затем ездил к Саудовской Аравии.")
    assert not found


def test_cited_author_is_not_a_person() -> None:
    _, ex = run_file("ru_polpred.txt")
    cited = {m.text for m in ex.mentions if m.type == "cited_author"}
    assert "Л. Ветрогонова" in cited


def test_latin_name_in_russian_text() -> None:
    found = _persons("Мирошниченков (англ. Timothy Miroshnik) уехал в Лондон.")
    assert found["Timothy Miroshnik"]["surname"] == "Miroshnik"


def test_a_successor_or_predecessor_cue_makes_an_unknown_word_a_name() -> None:
    _, ex = run_text("Затем посланник Брукхарт и его преемник Ваннестром уехали.")
    assert "Ваннестром" in {m.text for m in ex.mentions if m.type == "person"}


def test_names_inside_quoted_speech_are_persons_but_not_inside_titles() -> None:
    found = _persons(
        "Полпред встретился с министром в тот же день. «Мы согласны, — ответил Тихомиркин, — "
        "но не сразу». Посол «ждал Ерохвоста в приёмной два часа». "
        "Потом он читал газету «Степан Звягинцевский» и журнал «Иван Бурдаковский»."
    )
    assert "Тихомиркин" in found
    assert "Ерохвоста" in found
    assert not any("Звягинцевский" in name or "Бурдаковский" in name for name in found)


def test_womans_patronymic_in_an_oblique_case() -> None:
    found = _persons("Мы встретились с Аграфеной Тихоновной в Москве.")
    assert found["Аграфеной Тихоновной"]["given"] == ["Аграфена", "Тихоновна"]


def test_surname_in_ский_before_a_preposition_is_a_name() -> None:
    assert "Бурдаковского" in _persons("Он служил у Бурдаковского в Москве.")
    assert not _persons("Советский посол уехал в Лондон, а потом вернулся в Москву.")


def test_surname_in_capitals_after_initials() -> None:
    found = _persons("Записка П. Т. ЕРОХВОСТОВУ о пункте Б. СССР получена в Москве.")
    assert found["П. Т. ЕРОХВОСТОВУ"]["surname"] == "Ерохвостов"
    assert not any("СССР" in name for name in found)


def test_instrumental_of_a_guessed_foreign_surname() -> None:
    assert surname_nominative("Звягинбургом")[0] == "Звягинбург"
    assert surname_nominative("Луговским")[0] == "Луговской"


def test_a_lone_surname_before_its_fuller_name_is_an_echo() -> None:
    found = _persons("Сельский долго служил в Риге. Потом с Сельским говорил посол.")
    assert found["Сельский"]["surname"] == "Сельский"
    assert found["Сельским"]["surname"] == "Сельский"


def test_a_foreign_surname_after_an_office_and_its_state() -> None:
    found = _persons(
        "Вчера посол Франции Эрриотэ прибыл в Москву, а министр иностранных дел Кьяро уехал."
    )
    assert {"Эрриотэ", "Кьяро"} <= set(found)
    assert not _persons("Затем министр иностранных дел Германии уехал в Рим.")


def test_abbreviated_form_of_address_before_a_surname() -> None:
    found = _persons("Письмо отправили т. Мороз, а копию получил тов. Луговской.")
    assert found["Мороз"]["surname"] == "Мороз"
    assert found["Луговской"]["surname"] == "Луговской"


def test_a_case_form_of_a_foreign_surname_echoes_it() -> None:
    found = _persons("Премьер Мацугава прибыл в Лион. Посол говорил с Мацугавой в Париже.")
    assert found["Мацугавой"]["surname"] == "Мацугава"


def test_given_name_and_a_foreign_surname() -> None:
    found = _persons("Посол обедал с Эдуардом Лафоржи, а Шарль Лафоржи молчал весь вечер.")
    assert found["Эдуардом Лафоржи"]["given"] == ["Эдуард"]
    assert "Шарль Лафоржи" in found


def test_lone_indeclinable_foreign_name_inside_a_sentence() -> None:
    found = _persons("Все ждали слова Дюбуа на заседании в Париже.")
    assert "Дюбуа" in found
    assert not _persons("Потом он уехал в Дюбуа и вернулся в Москву.")


def test_doctor_before_a_name_is_a_title_not_a_cited_scholar() -> None:
    _, ex = run_text("Посол писал доктору Звягинбургу в Берлин каждую неделю.")
    assert {m.text: m.type for m in ex.mentions}.get("Звягинбургу") == "person"


def test_a_capitalised_pronoun_inside_a_sentence_before_its_verb_is_a_name() -> None:
    found = _persons("Посол вернулся в Токио, и утром Того отправил телеграмму в Москву.")
    assert "Того" in found
    assert not _persons("После того он дал указание послу в Москве. Того же мнения был посол.")


def test_a_word_in_an_enumeration_of_persons_is_a_name() -> None:
    found = _persons(
        "Вопрос передать комиссии: т.т. Ерохвостову, Тихомиркину, Кулаку и Звягинцеву, "
        "срок — неделя."
    )
    assert "Кулаку" in found
    assert not _persons("Он побывал в Москве, Киеве и Минске, а потом вернулся.")


def test_a_surname_that_is_also_a_word_after_a_rank_is_a_name() -> None:
    found = _persons(
        "В штабе служили полковник Зябликов и капитан Ласточкин, а также атташе Мягких."
    )
    assert {"Зябликов", "Ласточкин", "Мягких"} <= set(found)
    assert found["Зябликов"]["surname"] == "Зябликов"
    # a plural adjective of a body's title after an office is no surname
    assert not _persons("Приказ Заместителя Народного Комиссара Иностранных Дел отправлен.")
    assert not _persons("Он стал начальником штаба Морских сил на Балтике.")
    # a noun in its own dictionary form is the word, capitalised ("остров")
    assert not _persons("Там стоял начальник базы Остров, поросший лесом.")


def test_a_hyphenated_rank_before_a_foreign_surname() -> None:
    found = _persons("В Лондоне служил атташе контр-адмирал Ямагива, его помощником был Окубо.")
    assert "Ямагива" in found
    assert "Ямагива" in _persons("Весной приехал генерал-майор Ямагива с семьёй.")
    assert "Гвоздюков" in _persons("Приказ отдал командир Гвоздюков рано утром.")


def test_a_given_name_before_a_surname_that_is_also_a_word() -> None:
    found = _persons("Приказ подписал генерал армии Игорь Лапин, а Павел Сомов его передал.")
    assert found["Игорь Лапин"]["given"] == ["Игорь"]
    assert "Павел Сомов" in found
    assert "Игорь" not in found


def test_initials_before_a_surname_the_dictionary_reads_as_a_place() -> None:
    found = _persons("Лучше всех знал дело Ф. Б. Хорге, а на совещаниях выступал Р. Хорге.")
    assert {"Ф. Б. Хорге", "Р. Хорге"} <= set(found)
    assert not _persons("Весной он приехал в Н. Новгород на ярмарку.")


def test_coordinated_adjectives_before_their_noun_are_no_names() -> None:
    found = _persons("Корнелиус Бострюм принял под начало части Уральского, Приволжского и "
                     "Сибирского военных округов.")  # fmt: skip
    assert not {"Уральского", "Приволжского", "Сибирского"} & set(found)


def test_a_personal_pronoun_capitalised_by_a_lost_stop_is_no_name() -> None:
    assert not _persons("Осенью он возглавил ведомство Ему тогда вручили орден.")


def test_a_government_or_note_named_after_its_head() -> None:
    found = _persons("Вмешательство правительства Дюпарке и условия ноты Чамберса вызвали протест.")
    assert {"Дюпарке", "Чамберса"} <= set(found)
    assert not _persons("Правительства Франции и Германии не ответили на ноту.")


def test_a_word_like_surname_coordinated_with_one_found_person() -> None:
    found = _persons("Соглашение скрепили подписями Пыжиков и Сорокин, а отчёт составил Чернов.")
    assert "Пыжиков" in found
    assert "Пыжикову" in _persons("Наркомат поручил Сорокину и Пыжикову составить ответ.")
    # after a verb that opens the sentence ("Встретились X и Y")
    assert "Тонкошеих" in _persons("Обнялись Тонкошеих и Белых, потом пошли на вокзал.")
    # a title's plural noun before a person is no surname
    found = _persons("Решение Совета Народных Комиссаров и Сорокина было принято.")
    assert "Комиссаров" not in found


def test_a_common_noun_in_apposition_to_a_rank_is_a_surname() -> None:
    found = _persons("Донесение принял капитан Соловей, а переслал его лейтенант Лисица.")
    assert {"Соловей", "Лисица"} <= set(found)
    assert "Соловью" in _persons("Пакет вручили капитану Соловью вечером.")
    # the rank's complement in the genitive is no surname
    assert not _persons("Позже ему присвоили звание адмирал Флота.")
    assert not _persons("Утром встретили капитана Корабля на пристани.")


def test_an_unknown_word_beside_one_found_person_in_a_list() -> None:
    found = _persons("С другой стороны за столом сидели Мацугава, Китадзиро и ещё двое.")
    assert {"Мацугава", "Китадзиро"} <= set(found)
