"""Constructions that mark a person's name in English (extract/names.py, name_cues.py,
name_echoes.py, citations.py), on short texts written for these tests (invented people)."""

from __future__ import annotations

from tests.extract.sample import persons, run


def _spans(text: str) -> list[tuple[str, str]]:
    _doc, ex = run(text)
    return [(m.text, m.type) for m in ex.mentions if m.type in ("person", "cited_author")]


def test_a_name_ends_at_its_possessive() -> None:
    text = "Commissar Tarnovik spoke.\n\nTarnovik's Mission\n\nThe talks went on.\n"
    _doc, ex = run(text)
    second = text.index("Tarnovik's")
    assert any(m.type == "person" and m.start == second for m in ex.mentions)


def test_hyphenated_ranks_and_miss_are_titles() -> None:
    assert "Osaruki" in persons(run("Lieutenant-General Osaruki reached the border in May.\n")[1])
    assert "Pendle" in persons(run("The envoy dined with Miss Pendle at the embassy.\n")[1])
    # a hyphenated word of no rank is no title
    assert "Osaruki" not in persons(run("The Anglo-French Osaruki line was drawn.\n")[1])


def test_a_relative_named_by_a_kinship_noun_is_a_person() -> None:
    assert "Ilvy" in persons(
        run("The envoy came to the opera with his daughter Ilvy last night.\n")[1]
    )
    assert "Ilvy" not in persons(run("The envoy came to the opera with Ilvy wine last night.\n")[1])


def test_a_name_of_two_plain_words_is_known_by_its_sentence() -> None:
    text = (
        "The minister arrived on Tuesday. I told Rushan Tevara that the ship was ready."
        " Later Rushan Tevara agreed to sail.\n"
    )
    found = [t for t, kind in _spans(text) if kind == "person"]
    assert "Rushan Tevara" in found and found.count("Tevara") + found.count("Rushan Tevara") == 2
    # a newspaper's possessive, a title in a reference list: not persons
    assert not persons(
        run("The Daily Clarion's Riga correspondent says that the talks failed.\n")[1]
    )


def test_a_monarch_with_a_regnal_number() -> None:
    found = persons(run("The credentials were handed to Gustav VI, King of the land.\n")[1])
    assert "Gustav VI" in found
    assert not persons(run("Chapter IV tells of World War II and the Treaty.\n")[1])


def test_a_name_after_an_indefinite_article_is_a_thing() -> None:
    assert not persons(run("In the hall hung a magnificent Varlovin tapestry.\n")[1])
    assert "Varlovin" in persons(
        run("The talks failed. As a result Varlovin resigned his post.\n")[1]
    )


def test_an_authors_credentials_make_a_scholar() -> None:
    text = "Anna Vellinger\n\nProfessor of History, the Naval Academy\n\nThe envoy left Riga.\n"
    assert ("Anna Vellinger", "cited_author") in _spans(text)
    text = "The purge ended. Anna Vellinger is Lecturer in International History at a college.\n"
    assert ("Anna Vellinger", "cited_author") in _spans(text)


def test_a_street_with_a_particle_is_no_name() -> None:
    assert not persons(run("The embassy in the Rue de Varenne stood empty in 1925.\n")[1])


def test_chinese_names_by_surname_and_syllables() -> None:
    found = persons(run("In Peking the envoy met Li Wenshao and later Chang Tso-ming.\n")[1])
    assert {"Li Wenshao", "Chang Tso-ming"} <= found
    # a Chinese surname before an English word is no name
    assert not persons(run("The consulate stood in Wang Street near the river.\n")[1])


def test_two_persons_of_the_document_joined_by_a_hyphen() -> None:
    text = "Commissar Vardanov and Minister Pellish met. The Vardanov-Pellish talks failed.\n"
    _doc, ex = run(text)
    at = text.index("Vardanov-Pellish")
    starts = {m.start for m in ex.mentions if m.type == "person"}
    assert at in starts and at + len("Vardanov-") in starts


def test_the_writers_companion_and_a_persons_fate_verbs() -> None:
    assert "Olvira" in persons(run("In the evening, Olvira and I went to the theatre.\n")[1])
    assert "Brandle" in persons(run("The talks stalled when Brandle retired in May.\n")[1])
    assert "Brandle" in persons(run("The talks stalled after Brandle was arrested.\n")[1])
    # right after "the": a title or a body, whatever follows it
    assert not persons(run("Then he struck the Speaker's table twice.\n")[1])


def test_professors_named_together_are_scholars() -> None:
    text = "The study owes much to Professors Anton Veldt and Boris Mallet of the college.\n"
    assert ("Anton Veldt", "cited_author") in _spans(text)


def test_a_lone_word_after_a_never_name_and_at_a_sentences_start() -> None:
    # the capitalised word before is a never-name, not a longer name's first word
    assert "Mastrand" in persons(run("The note came. Then Mastrand refused to sign.\n")[1])
    assert "Mastrand" in persons(run("On 5 May Mastrand received the delegation.\n")[1])
    assert "Mastrand" in persons(run("Mastrand received the delegation on 3 May.\n")[1])
    # a closed apposition with an office at a sentence's start
    assert "Orvello" in persons(run("Orvello, the Italian envoy, left Moscow in May.\n")[1])
    assert not persons(run("Ostrava, the mining town, lay to the east.\n")[1])


def test_an_adverb_between_name_and_verb_and_a_cleft_sentence() -> None:
    assert "Mastrand" in persons(run("Mastrand, however, refused to sign the pact.\n")[1])
    assert "Mastrand" in persons(run("In the end it was Mastrand who signed the pact.\n")[1])


def test_names_under_an_acknowledgments_heading_are_scholars() -> None:
    text = (
        "Acknowledgments\n\nThe guidance of Professor Anton Veldt and of Boris Mallet was"
        " a great help.\n\nChapter One\n\nBoris Mallet was Soviet envoy in Riga in 1925.\n"
    )
    _doc, ex = run(text)
    thanked = [m for m in ex.mentions if m.start < text.index("Chapter One")]
    assert any(m.type == "cited_author" and "Veldt" in m.text for m in thanked)
    assert all(m.type != "person" for m in thanked)


def test_as_before_a_name_makes_a_scholar_only_with_a_scholars_verb() -> None:
    text = "The envoy left in May. As M. Orvello hurried to the station, the crowd cheered.\n"
    assert ("M. Orvello", "person") in _spans(text)
    text = "The pact failed. As Anton Veldt has argued, the envoy had no instructions.\n"
    assert ("Anton Veldt", "cited_author") in _spans(text)


def test_a_surname_ending_in_ing_after_a_title() -> None:
    assert "Tessing" in persons(run("Herr Tessing and Herr von Blau left Moscow in May.\n")[1])
    # a participle after a title names no one
    assert not persons(run("The General Commanding sent the order; the Envoy Linked it.\n")[1])


def test_a_patronymic_joins_given_name_and_surname() -> None:
    found = persons(run("He was born Tovar Pelevich Murzan in a small town.\n")[1])
    assert "Tovar Pelevich Murzan" in found
    # OCR reads the capital I of a given name as "l"
    found = persons(run("General lona Ardalionovich Vesk was displaced in May.\n")[1])
    assert "lona Ardalionovich Vesk" in found
    # no patronymic in the middle: no such name
    assert not persons(run("He was born Tovar Pelev Murzan in a small town.\n")[1])


def test_a_surname_in_capitals_of_east_european_shape() -> None:
    found = persons(run("FRIEND OF LENIN AND KARNOVSKY\n\nThe death was reported today.\n")[1])
    assert "KARNOVSKY" in found
    # weak endings in capitals are words of a telegram, not surnames
    assert not persons(run("THE ENVOY WILL COME AGAIN WHICH DAY\n\nNo reply came.\n")[1])
    # a word the text also writes in lower case is no surname
    text = "PLANS FOR THE ZAPOROV\n\nThe zaporov is a kind of boat.\n"
    assert "ZAPOROV" not in persons(run(text)[1])


def test_a_relative_after_a_possessive_or_an_adjective() -> None:
    assert "Lirna" in persons(run("Sheboldin's wife, Lirna, was questioned in May.\n")[1])
    assert "Ilvy Marrow" in persons(
        run("The envoy came without his English wife, Ilvy Marrow, to the dinner.\n")[1]
    )
    assert not persons(run("The treaty's English text, Annex, was signed.\n")[1])


def test_a_whos_who_entry_is_one_person() -> None:
    _doc, ex = run(
        "Vorkunov, General Vasili Ivanovich (1900-1982). Commander of an army.\n\n"
        "Vorkunov was born in a village.\n"
    )
    names = [m for m in ex.mentions if m.type == "person"]
    # the surname, and the given name with the patronymic as a second form of the same man
    assert [m.text for m in names] == ["Vorkunov", "Vasili Ivanovich", "Vorkunov"]
    assert {m.attrs["surname"] for m in names} == {"Vorkunov"}
    assert names[1].attrs["cue"] == "General"
    found = persons(run("12. Karvel, Ilmar Petrovich, envoy to Latvia.\n")[1])
    assert found == {"Karvel", "Ilmar Petrovich"}
    # "Name, Words (1898-1938)" has the shape of a reference, but an entry is no citation
    assert persons(run("Tarkov, Abram Isaakovich (1898-1938)\n")[1]) == {
        "Tarkov",
        "Abram Isaakovich",
    }
    # a surname in capitals and one given name, a date after it: one name
    _doc, ex = run("TARVEL, Karl (1880-1941) - a trade unionist. Later Tarvel left.\n")
    assert [m.text for m in ex.mentions if m.type == "person"] == ["TARVEL, Karl", "Tarvel"]
    assert persons(run("Birnov, Colonel General Mikhail, 1890-1941\n")[1]) == {
        "Birnov, Colonel General Mikhail"
    }
    # a word before a comma in a sentence is no surname of the name after it
    assert "Moscow" not in persons(run("Moscow, Ivan Petrovich said, was cold.\n")[1])
    assert not persons(run("BERLIN, May 9, 1939.\n")[1])


def test_a_whos_who_entry_run_into_a_paragraph_needs_its_dates() -> None:
    _doc, ex = run("He left in 1930. TARVEL, Karl (1880-1941) - a trade unionist.\n")
    assert "TARVEL, Karl" in persons(ex)
    assert "Tarvel" not in persons(run("He left in 1930. Then Tarvel, Karl and Ivo went.\n")[1])


def test_a_publication_is_no_person_by_its_company() -> None:
    # "Gudok's readers" would make a person of an unknown word by its possessive
    assert not persons(run("He was editor of Gudok, and Gudok's readers grew.\n")[1])
    assert not persons(run("The weekly Zvonok grew, and Zvonok's readers too.\n")[1])
    assert "Tarkel" in persons(run("He met Tarkel, and Tarkel's son left.\n")[1])


def test_what_befalls_a_person_at_a_sentence_start() -> None:
    assert persons(run("Kadyrkhan had been shot on 20 September.\n")[1]) == {"Kadyrkhan"}
    assert persons(run("Vartan was arrested in 1937.\n")[1]) == {"Vartan"}
    assert not persons(run("Kadyrkhan had been quiet for a week.\n")[1])


def test_a_surname_before_two_initials() -> None:
    assert persons(run("Signed: Varnov I.P., Tarkel G. V.\n")[1]) == {"Varnov I.P.", "Tarkel G. V."}
    assert persons(run("The note was signed by Tarkel G.V. and sent.\n")[1]) == {"Tarkel G.V."}
    assert not persons(run("He went to Washington D.C. in May.\n")[1])


def test_a_title_with_its_complement_right_before_a_name() -> None:
    for text, name in (
        ("Talks with Secretary of State Varkosz began.\n", "Varkosz"),
        ("He met the Minister of War Tellerand in May.\n", "Tellerand"),
        ("He wrote to People's Commissar of Foreign Affairs Orbelin.\n", "Orbelin"),
        ("The Assistant Secretary of State\nKessaly replied.\n", "Kessaly"),
    ):
        assert name in persons(run(text)[1]), text


def test_a_body_named_after_a_title_is_no_person() -> None:
    # the title's complement takes the capitals in: a body's name, not a man
    assert not persons(run("He was chairman of the commission of the State Grain Syndicate.\n")[1])
    assert not persons(
        run("He was president of the Collegium of the Lomsk Arbitration Court.\n")[1]
    )
    # a heading's title, then a new paragraph: its first word is no person
    assert not persons(
        run("From the Ambassador to the Secretary of State\n\nContinuing my note.\n")[1]
    )
    # a participle after a title, as in a headline
    assert not persons(run("Envoy Linked to Spying\n\nThe report came.\n")[1])


def test_two_unknown_words_beside_a_person_are_no_person_by_that_alone() -> None:
    # a lone unknown word coordinated with a person is one; two or three words may be a
    # body ("talks between Commissar X and Standard Oil"): that company alone is too weak
    text = "Talks between Commissar Tarnovik and Vestal Oil began.\n"
    assert "Vestal Oil" not in persons(run(text)[1])
