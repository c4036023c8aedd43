"""Person names and cited authors (extract/names.py), on short texts written for these tests (no corpus names)."""

from __future__ import annotations

from tests.extract.sample import persons, run


def test_person_mentions_by_name_grammar() -> None:
    _doc, ex = run()
    found = persons(ex)
    assert {"T. V. Mirolubov", "Gavriil Petrushenko", "Lindqvist", "Mirolubov"} <= found
    assert not found & {"Portugal", "Lisbon", "Moscow", "Paris", "Commissar", "Ambassador"}
    assert "Harold Pembury" in persons(ex, "cited_author")
    assert "Arkadii Kvetov" in persons(ex, "cited_author")  # cited only: not an actor here
    for m in ex.mentions:  # provenance: the text at the span is the mention
        assert _doc.text[m.start : m.end] == m.text


def test_title_words_and_ships_are_not_persons() -> None:
    text = (
        "The steamer Omutninsk left port.\n\nThe S.S. Krasnovodsk sailed on.\n\n"
        "1. V. Orlovtsev, Diplomaticheskii slovar' (Moscow, 1950), p. 4.\n"
    )
    _doc, ex = run("The talks ended. The Treaty of Kestrand, signed on 2 June 1925, held.\n")
    assert "Kestrand" not in persons(ex)
    # a biography titled with its subject's name, in italics, is a title
    _doc, ex = run(
        "Commissar Vorontsev spoke.<sup>1</sup>\n\n---\n\n<sup>1</sup> Dalby, *Gleb Vorontsev*, p. 12.\n"
    )
    assert [m.text for m in ex.mentions if m.type == "person"] == ["Vorontsev"]
    _doc, ex = run(text)
    assert "Omutninsk" not in persons(ex) and "Krasnovodsk" not in persons(ex)
    assert "Diplomaticheskii" not in persons(ex) | persons(ex, "cited_author")


def test_two_persons_joined_by_a_hyphen_are_not_a_double_surname() -> None:
    _doc, ex = run(
        "Grigorii Vorontsov and Pavel Lugin met in Riga in 1925. The Vorontsov-Lugin line"
        " prevailed until Pavel Antonov-Gorskii came.\n"
    )
    found = persons(ex)
    assert "Vorontsov-Lugin" not in found
    spans = [m for m in ex.mentions if m.type == "person" and m.text in ("Vorontsov", "Lugin")]
    assert len(spans) == 2  # the joined word names both persons
    assert {"Grigorii Vorontsov", "Pavel Lugin", "Pavel Antonov-Gorskii"} <= found


def test_a_form_of_address_without_a_full_stop_cues_a_surname() -> None:
    _doc, ex = run(
        "The trunks of Mme Orlun and of the Minister stayed in Riga, while"
        " Signori Montagnoli and Mr Pebworth waited at the station.\n"
    )
    assert {"Orlun", "Montagnoli", "Pebworth"} <= persons(ex)


def test_native_script_names_and_names_in_two_scripts() -> None:
    text = (
        "Gleb Gavrilovich Tarnov (Глеб Гаври́лович Тарно́в), also known as Gleb Ushkin, was a"
        " Soviet diplomat. He served in Paris and in London, and he was recalled to Moscow in"
        " the autumn of that year, where the newspaper Красная Звезда wrote about him.\n\n"
        "Adolph Vorkin\nАдольф Воркин\nVorkin in 1918\n"
    )
    _doc, ex = run(text)
    found = persons(ex)
    assert {"Глеб Гаври́лович Тарно́в", "Адольф Воркин", "Adolph Vorkin"} <= found
    assert "Красная Звезда" not in found  # capitalised Cyrillic words, but no one's name
    assert not any("Vorkin" in f and "Воркин" in f for f in found)  # one script a name


def test_a_word_that_holds_an_office_is_a_person() -> None:
    _doc, ex = run(
        "Both Belenkov and Tarasian had served as Deputy People's Commissars for Foreign"
        " Affairs. Karamakh had been Ambassador in Berlin. Others were Yurolov, Ambassador to"
        " Berlin; and Tabanul, Director of the Legal Department of the People's Commissariat"
        " of Foreign Affairs.31 (Yurolov was shot in 1938.)\n"
    )
    assert {"Karamakh", "Tabanul"} <= persons(ex)
    _doc, ex = run("The Envoys of the North had been translated. Harwell, Envoys of Nowhere.\n")
    assert "Harwell" not in persons(ex)


def test_a_name_followed_by_an_italic_title_is_cited() -> None:
    _doc, ex = run(
        "Commissar Vorontsev spoke.<sup>1</sup>\n\n---\n\n<sup>1</sup> Pavel Dalbrovsky, *The Northern"
        " Legation 1920-1930* (forthcoming).\n"
    )
    assert "Pavel Dalbrovsky" in persons(ex, "cited_author")
    assert "Pavel Dalbrovsky" not in persons(ex)


def test_words_the_document_uses_as_places_peoples_or_things_are_not_persons() -> None:
    _doc, ex = run(
        "He was a Soviet diplomat of Tamarite descent, born in the Ardov region; Ardov was"
        " shelled in 1919. The Tunisian and the Karelian delegates met. Papers of the"
        " Vorkinsky Archive were read.\n"
    )
    assert not persons(ex) & {"Tamarite", "Ardov", "Tunisian", "Karelian", "Vorkinsky"}
    # a surname that is also a person's in the same document stays, even before a noun
    _doc, ex = run(
        "Lev Vorkinsky wrote to Pavel Garin. The Vorkinsky Archive holds it; Garin signed"
        " it in Garin Street.\n"
    )
    assert {"Lev Vorkinsky", "Vorkinsky", "Garin"} <= persons(ex)


def test_titles_with_to_co_editors_and_places_in_a_list_are_not_persons() -> None:
    _doc, ex = run(
        "See Roger Pemworth, The Long Road to Kharkovia (London, 1974). Vorkinsky to"
        " Dalbrov, 12 May 1925, reported it. He stayed in Tarlov and Poltava, while Lev"
        " Vorkinsky and Tarnovsky left. In Walter Pimley and Dan Rodsey (eds.), Clerks"
        " (Chicago, 1980), p. 3.\n"
    )
    found = persons(ex)
    assert not found & {"Road", "Kharkovia", "Tarlov"}
    assert {"Vorkinsky", "Dalbrov", "Tarnovsky"} <= found  # a letter; a list of persons
    assert "Walter Pimley" in persons(ex, "cited_author")


def test_editors_streets_and_things_named_after_someone() -> None:
    _doc, ex = run(
        "See Essays in Honour of P. Garin, ed. Chimeon Abrovsky (Leeds, 1974), p. 3. He lived"
        " on Tverskovskaia ulitsa near the Ardovin Mausoleum.\n"
    )
    assert "Abrovsky" in persons(ex, "cited_author")
    assert not persons(ex) & {"Abrovsky", "Tverskovskaia", "Ardovin"}


def test_infobox_labels_and_glued_names_do_not_swallow_a_name() -> None:
    _doc, ex = run(
        "In office\n1924 – 1925\nPreceded byVoldemar Kestenko\nSucceeded byJan Ottovich Varzov\n"
        "Member of the 6th Secretariat\n\nOn Jan 12 Pavel Orlovsky left.\nBorn 1890\n"
    )
    found = persons(ex)
    assert "Jan Ottovich Varzov" in found and "Pavel Orlovsky" in found
    assert not any("Member" in f or "Born" in f for f in found)
    _doc, ex = run("Dalbrov Remembers (Chicago: Pelham Ivan Inc, 1993), p. 3. Karovin agreed.\n")
    assert not any("Inc" in f for f in persons(ex) | persons(ex, "cited_author"))


def test_a_known_surname_at_the_end_of_a_run_of_capitals_is_the_person() -> None:
    _doc, ex = run("Edward Pellew came. The Tory Pellew spoke, and Whig Pellew's friend left.\n")
    pellew = [m for m in ex.mentions if m.type == "person" and m.text == "Pellew"]
    assert len(pellew) == 2


def test_a_name_in_a_works_italic_title_is_part_of_the_title() -> None:
    _doc, ex = run(
        "Commissar Karovin spoke to Vorkinsky.<sup>1</sup>\n\n---\n\n<sup>1</sup> Lev Ostrin"
        " (ed.), *Letters from Vorkinsky to Dalovin, 1921-1930* (Leeds, 1991), p. 3;"
        " William Pelham, / Served in Moscow (London, 1958), p. 83.\n"
    )
    assert "Dalovin" not in persons(ex) and "Vorkinsky" in persons(ex)
    assert "William Pelham" in persons(ex, "cited_author")  # "/": an italic I read by OCR


def test_a_memoirist_who_acts_in_the_text_stays_a_person() -> None:
    text = (
        "Even Iosif Vorkinsky, a close friend of the commissar, was baffled; according to"
        " Vorkinsky, the commissar was left to languish.1 According to Pelham, he was calm.2"
        "\n\n1. Iosif Vorkinsky, Memoirs (London, 1962), p. 3.\n2. Harold Pelham, The Quiet"
        " Years (Leeds, 1980), p. 9.\n"
    )
    _doc, ex = run(text)
    assert "Vorkinsky" in persons(ex) and "Iosif Vorkinsky" in persons(ex)
    assert "Pelham" not in persons(ex) and "Harold Pelham" in persons(ex, "cited_author")
