"""Fate claims (extract/fates.py), on short texts written for these tests (no corpus names)."""

from __future__ import annotations

from tests.extract.sample import run


def test_fates_dates_and_modality() -> None:
    _doc, ex = run()
    fates = {
        (ex.mentions[c.subject].text, c.value, c.date_start, c.modality)
        for c in ex.claims
        if c.type == "fate"
    }
    assert ("Mirolubov", "recalled", "1938", "asserted") in fates  # "In 1938 M. was recalled"
    assert ("Mirolubov", "arrested", None, "asserted") in fates  # "He" refers back
    assert ("Mirolubov", "executed", "1939-03-03", "asserted") in fates
    assert ("Petrushenko", "defected", None, "asserted") in fates
    assert ("Lindqvist", "arrested", None, "rumoured") in fates
    for c in ex.claims:
        assert c.quote == _doc.text[c.start : c.end]


def test_a_pronoun_right_before_the_fate_names_the_sentence_subject() -> None:
    _doc, ex = run(
        "Ambassador to Chile O. N. Varaksin left Santiago in 1937; unlike most colleagues he"
        " survived the purges and retired.\n\nThe consul Pyzhov saw him off; he was later shot.\n"
    )
    fates = {(ex.mentions[c.subject].text, c.value) for c in ex.claims if c.type == "fate"}
    assert ("O. N. Varaksin", "survived") in fates
    assert ("Pyzhov", "executed") in fates
    assert ("O. N. Varaksin", "executed") not in fates


def test_lists_of_victims_departments_and_life_dates() -> None:
    _doc, ex = run(
        "The envoy to Iceland, Semyon Gorlovets, was recalled in 1937 and shot in 1940.\n\n"
        "Anatolii Pertsovich Vyshkov (1884-1940) headed the Third Western Department.\n\n"
        "Among those executed were Oleg Trubnikov, former consul in Tabriz, and Vadim Letunov.\n\n"
        "Ivan Zhemchugov (1931-1936) was a quiet envoy.\n"
    )
    m = ex.mentions
    claims = {
        (m[c.subject].text, c.type, c.value or c.role, c.attribute, c.date_start, c.department)
        for c in ex.claims
    }
    assert ("Semyon Gorlovets", "fate", "executed", None, "1940", None) in claims
    assert ("Semyon Gorlovets", "fate", "recalled", None, "1937", None) in claims
    name = "Anatolii Pertsovich Vyshkov"
    assert (name, "post", "head of department", None, None, "3rd Western Department") in claims
    assert (name, "attribute", "1884", "birth", None, None) in claims
    assert (name, "attribute", "1940", "death", None, None) in claims
    assert not any(c[0] == name and c[1] == "fate" for c in claims)  # life dates, not a fate
    assert ("Oleg Trubnikov", "fate", "executed", None, None, None) in claims
    assert ("Vadim Letunov", "fate", "executed", None, None, None) in claims
    assert not any(
        c[0] == "Ivan Zhemchugov" and c[1] == "fate" for c in claims
    )  # a term, not a life


def test_a_possessor_is_not_the_person_spoken_of() -> None:
    _doc, ex = run(
        "Grigorii Sklyarov was arrested in 1937. Sklyarov's deputy, the head of the Third Western"
        " Department, was also arrested.\n\nThe Soviet envoy in Lima, A. B. Tolkin, was recalled.\n"
    )
    m = ex.mentions
    claims = [(m[c.subject].text, c.type, c.value or c.role, c.country) for c in ex.claims]
    assert ("Grigorii Sklyarov", "fate", "arrested", None) in claims
    assert not [c for c in claims if c[0] == "Sklyarov"]  # the deputy's post and arrest
    assert ("A. B. Tolkin", "post", "envoy", "Peru") in claims


def test_a_chain_of_verbs_keeps_its_subject() -> None:
    _doc, ex = run(
        "I. S. Kotlov, polpred in Norway, was arrested in 1937 but survived the camps.\n\n"
        "Counsellor S. A. Bessonov was tried with Gleb Ustinov in 1938 and shot in 1941.\n"
    )
    m = ex.mentions
    fates = {(m[c.subject].text, c.value) for c in ex.claims if c.type == "fate"}
    assert {("I. S. Kotlov", "arrested"), ("I. S. Kotlov", "survived")} <= fates
    assert ("S. A. Bessonov", "executed") in fates
    assert not any(who == "Gleb Ustinov" for who, _v in fates)


def test_a_fate_noun_takes_its_own_sentence_date_not_the_next_ones() -> None:
    _doc, ex = run(
        "In 1902 the clerk Ostap Vereshchuk moved to Vilnius, where he was detained in 1906,"
        " his first arrest. From 1906 to 1911 he studied law.\n"
    )
    arrests = [
        c for c in ex.claims
        if c.type == "fate" and c.value == "arrested"
        and ex.mentions[c.subject].text.endswith("Vereshchuk")
    ]  # fmt: skip
    assert arrests and {c.date_start for c in arrests} == {"1906"}
    for c in arrests:
        assert c.quote == _doc.text[c.start : c.end] and "1911" not in c.quote


def test_fate_cue_words_are_found_as_a_case_blind_word_pattern_finds_them():
    """The fate forms' gate looks the sentence's words up in a set: it answers as a
    case-blind pattern of the same whole words does, sentence by sentence."""
    import re

    from narkomindel.extract import fate_forms as ff

    # the alternation the set replaced, as it stood (fates v13), kept here as the reference
    pattern = re.compile(
        rf"\b(?:{'|'.join(sorted(ff.NOUN_FATES, key=len, reverse=True))}|purge|survived?|perished|"
        r"died|victims|survivors|dead|executed|shot|arrested|purged|"
        r"recalled|imprisoned|called\s+back|withdrawn|dismissed|sacked|ousted|removed|relieved|"
        r"assassinated|murdered|killed|exiled|sentenced|deported|summoned|ordered|replaced?|defector|"
        r"fired|pensioned|stripped|deprived|forced|compelled|obliged|made|lost|repressed|killing|"
        r"summons|gunned|home|return|condemned)\b|\(\s*d\.",
        re.I,
    )
    sentences = [
        "Ivo Sarn was RECALLED to Lomsk.", "He was called\n back in 1937.", "Pell (d. 1941) wrote.",
        "Pell ( D. 1941).", "The recallers met.", "Homework was done.", "His arrest came late.",
        "Nothing of the kind.", "made-up stories", "He returned home.", "Killings", "a (d.",
        "The survivors wept.", "He was SACKED.", "They were deported.", "a defector", "no return",
        "He was gunned down.", "the summons came", "He was stripped of rank.", "victims",
    ]  # fmt: skip
    text = " ".join(sentences)
    pos = 0
    answers = []
    for sent in sentences:
        s = text.index(sent, pos)
        e = s + len(sent)
        pos = e
        assert ff._has_cue(text, s, e) == (pattern.search(text, s, e) is not None), sent
        answers.append(ff._has_cue(text, s, e))
    assert any(answers) and not all(answers)
