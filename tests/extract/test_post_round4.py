"""Issue 11, fourth round: kinds of post statement that unseen texts use and the rules
missed — career items opening with their term, participle clauses, predicates with a
date or an apposition inside, terms between coordinated roles, bodies headed by name.
Each is proved on short invented sentences; nobody named here appears in the corpus."""

from __future__ import annotations

from narkomindel.model import Extraction
from tests.extract.sample import run


def _claims(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    ex: Extraction = run(text + "\n")[1]
    return [
        (ex.mentions[c.subject].text, c.role, c.country or c.department, c.date_start, c.date_end)
        for c in ex.claims
        if c.type == "post" and c.modality == "asserted"
    ]


def _posts(text: str) -> set[tuple[str, str | None, str | None]]:
    return {c[:3] for c in _claims(text)}


# -- career items: "1923-1934, ambassador to Turkey;" ------------------------------------


def test_a_career_item_opening_with_its_term_and_a_comma() -> None:
    text = (
        "Pavel Drozdov\n\nPavel Drozdov was a Soviet diplomat. His posts were as follows:\n\n"
        "  • 1921-1923, Soviet envoy (polpred) in Latvia;\n"
        "  • 1923-1926, diplomatic representative in Norway;\n"
        "  • 1926-1930, Soviet ambassador to Austria.\n"
    )
    claims = _claims(text)
    assert ("Pavel Drozdov", "envoy", "Latvia", "1921", "1923") in claims
    assert ("Pavel Drozdov", "representative", "Norway", "1923", "1926") in claims
    assert ("Pavel Drozdov", "ambassador", "Austria", "1926", "1930") in claims


def test_a_gloss_between_a_role_and_its_place() -> None:
    assert ("Pavel Drozdov", "ambassador", "Latvia") in _posts(
        "Pavel Drozdov was Soviet ambassador (polpred) in Latvia."
    )


def test_an_opening_participle_is_the_page_persons_post() -> None:
    text = "Pavel Drozdov (1890-1938) was a Soviet diplomat. In 1925 appointed envoy to Latvia."
    assert ("Pavel Drozdov", "envoy", "Latvia", "1925", None) in _claims(text)


def test_a_bare_role_opening_a_sentence_with_a_verb_is_no_career_item() -> None:
    text = "Pavel Drozdov\n\nPavel Drozdov was a diplomat. Envoys were appointed by the council."
    assert not any(c[1] == "envoy" for c in _claims(text))


# -- participle clauses and terms between coordinated roles ------------------------------


def test_a_participle_clause_shares_the_subject_of_its_clause() -> None:
    text = (
        "Pavel Drozdov returned to Moscow in 1920, serving as envoy to Latvia, 1921–23, "
        "counsellor in Berlin, 1923–25, and envoy to Austria 1925–27."
    )
    posts = _posts(text)
    assert ("Pavel Drozdov", "envoy", "Latvia") in posts
    assert ("Pavel Drozdov", "counsellor", "Germany") in posts
    assert ("Pavel Drozdov", "envoy", "Austria") in posts
    assert ("Pavel Drozdov", "head of department", "Central Archives") in _posts(
        "In 1930 Pavel Drozdov left Riga, becoming head of the Central Archives in 1932."
    )


def test_further_postings_with_their_terms() -> None:
    claims = _claims(
        "Pavel Drozdov served as polpred to Latvia in 1920–21, Estonia 1921–23, and Finland 1923–25."
    )
    assert ("Pavel Drozdov", "polpred", "Latvia", "1920", "1921") in claims
    assert ("Pavel Drozdov", "polpred", "Estonia", "1921", "1923") in claims
    assert ("Pavel Drozdov", "polpred", "Finland", "1923", "1925") in claims


# -- predicates with a date, an apposition or a holding verb inside ----------------------


def test_a_date_inside_the_predicate() -> None:
    assert ("Pavel Drozdov", "envoy", "Latvia") in _posts(
        "Pavel Drozdov, who in 1925 had been appointed envoy to Latvia, resigned."
    )
    assert ("Pavel Drozdov", "envoy", "Latvia") in _posts(
        "Pavel Drozdov was in March 1925 named envoy to Latvia."
    )


def test_an_apposition_between_the_subject_and_its_verb() -> None:
    assert ("Pavel Drozdov", "envoy", "Latvia") in _posts(
        "Pavel Drozdov, a Soviet diplomat, was named envoy to Latvia."
    )


def test_holding_a_post_and_serving_in_it() -> None:
    assert ("Pavel Drozdov", "envoy", "Latvia") in _posts(
        "Pavel Drozdov held the post of envoy to Latvia until 1927."
    )
    assert ("Pavel Drozdov", "deputy foreign minister", None) in _posts(
        "Pavel Drozdov continued to hold the office of deputy foreign minister until 1930."
    )
    assert ("Pavel Drozdov", "first secretary", "Latvia") in _posts(
        "Pavel Drozdov was then serving as first secretary of the legation in Riga."
    )
    assert ("Pavel Drozdov", "minister", "Sweden") in _posts(
        "Pavel Drozdov was the last tsarist minister to Sweden."
    )


def test_a_verb_that_is_no_predicate_of_the_post() -> None:
    # the envoy is someone else: "met" links nobody to the role
    assert _posts("Pavel Drozdov met the envoy to Latvia in 1925.") == set()


# -- looser appositions ------------------------------------------------------------------


def test_an_apposition_with_qualifying_words_before_the_role() -> None:
    assert ("Karl Bimmer", "head of department", "Protocol Department") in _posts(
        "Karl Bimmer, acting head of the Soviet protocol, left."
    )
    assert ("William Odd", "ambassador", "Germany") in _posts(
        "Pavel Orlik met William Odd, then the U.S. Ambassador in Berlin, at noon."
    )


def test_an_apposition_that_is_not_one() -> None:
    assert _posts("Karl Bimmer, said the ambassador.") == set()
    assert _posts("Karl Bimmer, the ambassador's wife, spoke.") == set()
    assert _posts("Karl Bimmer, with the ambassador to Japan, came.") == set()


# -- bodies headed, named by their own name ----------------------------------------------


def test_the_head_of_a_body_named_by_its_name() -> None:
    assert ("Pavel Drozdov", "head of department", "Industrial Mission") in _posts(
        "Pavel Drozdov was head of the Industrial Mission in Paris."
    )
    assert ("Pavel Drozdov", "member", "Orgburo") in _posts(
        "Pavel Drozdov was made a member of the first Orgburo in 1919."
    )
    assert ("Robert Pimm", "trade representative", "USSR") in _posts(
        "Robert Pimm (Head of Ruritanian Trade Delegation in Moscow) replied."
    )
    # a government or a state is headed by no official of a department
    assert _posts("Pavel Drozdov was head of the Soviet Government.") == set()


# -- vocabulary: commands, staffs, attachés, credentials ---------------------------------


def test_commands_and_staffs_with_their_force() -> None:
    assert ("Pavel Drozdov", "commander", "5th Army") in _posts(
        "During the Civil War Pavel Drozdov commanded the 5th Army on the Eastern Front."
    )
    assert ("Pavel Drozdov", "chief of staff", "10th Army") in _posts(
        "Pavel Drozdov was chief of staff of the 10th Army."
    )
    assert ("Pavel Drozdov", "deputy chairman", "OGPU") in _posts(
        "Pavel Drozdov was deputy chairman of the OGPU."
    )
    # a chief of staff of nothing named is no post
    assert _posts("Pavel Drozdov was chief of staff.") == set()


def test_a_body_with_its_own_noun_after_a_city() -> None:
    assert ("Pavel Drozdov", "first secretary", "Leningrad party organization") in _posts(
        "Pavel Drozdov was first secretary of the Leningrad party organization."
    )


def test_attaches_counselors_and_credentials() -> None:
    assert ("Pavel Drozdov", "attaché", "France") in _posts(
        "Pavel Drozdov was military attache at the Soviet embassy in Paris."
    )
    assert ("Pavel Drozdov", "counsellor", "Japan") in _posts(
        "Pavel Drozdov, counselor of embassy at Tokyo, left."
    )
    assert ("Pavel Drozdov", "minister", "Finland") in _posts(
        "Pavel Drozdov presented his credentials as Minister to Finland."
    )


# -- the portfolio before an office, a foreign embassy, forces of the secret police -------


def test_the_portfolio_named_before_a_commissar() -> None:
    assert ("Pavel Drozdov", "people's commissar", "War") in _posts(
        "Pavel Drozdov, the War Commissar, spoke."
    )
    assert ("Pavel Drozdov", "people's commissar", "Heavy Industry") in _posts(
        "Heavy Industry Commissar Pavel Drozdov spoke."
    )
    # a commissar with nothing before the office has no portfolio
    assert ("Pavel Drozdov", "deputy commissar", None) in _posts(
        "Pavel Drozdov was Deputy Commissar."
    )


def test_the_embassy_of_another_state_names_no_department() -> None:
    assert ("Pavel Drozdov", "counsellor", "USSR") in _posts(
        "Pavel Drozdov was Counsellor of the Polish Embassy in Moscow."
    )
    assert ("Pavel Drozdov", "head of department", "Industrial Mission") in _posts(
        "Pavel Drozdov was head of the Industrial Mission."
    )


def test_ranks_of_the_police_forces_and_a_draft() -> None:
    assert ("Pavel Drozdov", "officer", "GPU") in _posts("Pavel Drozdov, a GPU officer, arrived.")
    assert ("Pavel Drozdov", "officer", "Czarist army") in _posts(
        "Pavel Drozdov, a Czarist officer, fled."
    )
    assert ("Pavel Drozdov", "army service", "Russia") in _posts(
        "In 1916 Pavel Drozdov was drafted into the Imperial Russian Army."
    )


# -- a role word broken at a line's end; the state a mission rank serves ------------------


def test_a_role_word_broken_by_a_hyphen_is_read_whole() -> None:
    text = "Pavel Drozdov, the Com- missar for Foreign Affairs, spoke."
    ex = run(text + "\n")[1]
    posts = [c for c in ex.claims if c.type == "post"]
    assert [(c.role, ex.mentions[c.subject].text) for c in posts] == [
        ("people's commissar", "Pavel Drozdov")
    ]
    # the evidence is the text as printed, offsets unchanged
    assert posts[0].quote == "Pavel Drozdov, the Com- missar for Foreign Affairs"
    assert ("Pavel Drozdov", "people's commissar", None) in _posts(
        "Pavel Drozdov, Foreign Com-missar, spoke."
    )
    # hyphens that are part of a role stay as they are
    assert ("Pavel Drozdov", "vice consul", "Latvia") in _posts(
        "Pavel Drozdov was vice-consul in Riga."
    )


def test_a_mission_rank_named_by_its_states_adjective_does_not_serve_there() -> None:
    posts = _posts(
        "In Berlin there was unrest. The German ambassador, Count Pavel Drozdov, protested."
    )
    assert ("Pavel Drozdov", "ambassador", "Germany") not in posts
    assert ("Drozdov", "ambassador", "USSR") in _posts(
        "Pavel Drozdov arrived in Moscow. The German ambassador, Count Drozdov, protested."
    )


# -- succession, deputies, delegations, charge of a mission, governments formed ----------


def test_further_postings_end_at_the_sentence_stop() -> None:
    posts = _posts("Pavel Drozdov was envoy to Latvia, Estonia and Finland.")
    assert {("Pavel Drozdov", "envoy", c) for c in ("Latvia", "Estonia", "Finland")} <= posts
    assert ("Pavel Drozdov", "envoy", "Estonia") in _posts(
        "Pavel Drozdov was Soviet envoy first to Latvia and then to Estonia."
    )


def test_a_successor_in_a_relative_clause_holds_the_post_too() -> None:
    posts = _posts("Pavel Drozdov, who succeeded Ivan Kostrov as envoy to Latvia, resigned.")
    assert {("Pavel Drozdov", "envoy", "Latvia"), ("Ivan Kostrov", "envoy", "Latvia")} <= posts


def test_the_deputy_named_before_the_possessor() -> None:
    lead = "Ivan Kostrov was Commissar for Foreign Affairs. "
    assert ("Pavel Drozdov", "deputy commissar", None) in _posts(
        lead + "Pavel Drozdov was Kostrov's deputy."
    )
    assert ("Pavel Drozdov", "deputy commissar", None) in _posts(
        lead + "Pavel Drozdov, Kostrov's deputy, spoke."
    )
    assert ("Pavel Drozdov", "deputy commissar", None) in _posts(
        "Pavel Drozdov was deputy to Foreign Commissar Kostrov."
    )
    # praising someone's deputy makes nobody a deputy
    assert not any(
        p[1] == "deputy commissar" for p in _posts(lead + "Pavel Drozdov praised Kostrov's deputy.")
    )


def test_delegations_led_and_joined() -> None:
    assert ("Pavel Drozdov", "head of delegation", "Italy") in _posts(
        "Pavel Drozdov led the Soviet delegation at Genoa."
    )
    # a member of a delegation is one of its delegates (the class the reference reads),
    # in the state its conference met in
    assert ("Pavel Drozdov", "delegate", "Italy") in _posts(
        "Pavel Drozdov was a member of the Soviet delegation at Genoa."
    )
    assert ("Pavel Drozdov", "representative", "Council of the League") in _posts(
        "Pavel Drozdov was Soviet representative on the Council of the League."
    )
    assert ("Pavel Drozdov", "secretary general", "League of Nations") in _posts(
        "Pavel Drozdov was secretary general of the League of Nations."
    )


def test_a_mission_in_ones_charge_and_a_government_formed() -> None:
    assert ("Pavel Drozdov", "chargé d'affaires", "Latvia") in _posts(
        "Pavel Drozdov was left in charge of the legation in Riga."
    )
    assert ("Pavel Drozdov", "prime minister", "Latvia") in _posts(
        "Pavel Drozdov returned to Riga. In 1925 he formed a coalition government."
    )
    # the charge of an indictment is no mission
    assert _posts("Pavel Drozdov denied the charge of treason.") == set()


def test_embassies_headed_by_several_and_offices_named_with_and() -> None:
    posts = _posts("Ivan Kostrov, Pavel Drozdov and Oleg Vyrin have headed Russian embassies.")
    assert {
        (n, "head of mission", None) for n in ("Ivan Kostrov", "Pavel Drozdov", "Oleg Vyrin")
    } <= posts
    assert ("Pavel Drozdov", "head of department", "German and Balkan Department") in _posts(
        "Pavel Drozdov, director of the German and Balkan Department, signed."
    )
    assert ("Pavel Drozdov", "prosecutor", None) in _posts("Pavel Drozdov, the prosecutor, spoke.")
    # a person who merely visited embassies headed none
    assert _posts("Pavel Drozdov visited Russian embassies.") == set()


def test_titles_and_particles_between_a_role_and_its_holder() -> None:
    assert ("Pavel Drozdov", "ambassador", "USSR") in _posts(  # no host named: posts v22
        "The British Ambassador here, Sir Pavel Drozdov, called."
    )
    assert ("Pavel Drozdov", "attaché", None) in _posts(
        "Military Attaché Colonel Pavel Drozdov left Moscow."
    )
    assert ("Drozdov", "ambassador", "USSR") in _posts(
        "The German Ambassador, Count von Drozdov, protested."
    )


# -- the person spoken of before: "him", "his", "he succeeded", "and was sent" -----------

_LEAD = "Pavel Drozdov was born in Omsk. "


def test_an_object_or_possessive_pronoun_for_the_person_spoken_of() -> None:
    assert ("Pavel Drozdov", "envoy", "Latvia") in _posts(
        _LEAD + "In 1925 the commissariat appointed him envoy to Latvia."
    )
    assert ("Pavel Drozdov", "envoy", "Latvia") in _posts(
        _LEAD + "His appointment as envoy to Latvia came in 1925."
    )
    # a pronoun with nobody spoken of before holds nothing
    assert _posts("The commissariat appointed him envoy to Latvia.") == set()


def test_a_pronoun_successor_and_a_coordinated_posting() -> None:
    posts = _posts(_LEAD + "In 1925 he succeeded Ivan Kostrov as envoy to Latvia.")
    assert {("Pavel Drozdov", "envoy", "Latvia"), ("Ivan Kostrov", "envoy", "Latvia")} <= posts
    assert ("Pavel Drozdov", "envoy", "Latvia") in _posts(
        _LEAD + "After the revolution he joined the commissariat and was sent to Riga as envoy."
    )


def test_an_election_to_a_body_is_a_membership() -> None:
    assert ("Pavel Drozdov", "member", "Central Committee") in _posts(
        _LEAD + "He was elected to the Central Committee in 1925."
    )
    assert ("Pavel Drozdov", "member", "Supreme Soviet") in _posts(
        "Pavel Drozdov was elected to the Supreme Soviet."
    )
    assert _posts("Pavel Drozdov was elected to Riga.") == set()


def test_portfolios_deputies_of_parliaments_and_mission_staff() -> None:
    assert ("Pavel Drozdov", "government minister", "Finance") in _posts(
        "Pavel Drozdov, onetime Tsarist Minister of Finance, died."
    )
    # the portfolio does not keep the minister from his state, known from the context
    assert ("Karl Pimm", "government minister", "Germany") in _posts(
        "In Berlin the cabinet met. Finance Minister Karl Pimm resigned."
    )
    assert ("Pavel Drozdov", "deputy", "Fourth Duma") in _posts(
        "Pavel Drozdov was a deputy of the Fourth Duma."
    )
    assert not any(p[1] == "deputy" for p in _posts("Pavel Drozdov was a deputy of Kostrov."))
    assert ("Pavel Drozdov", "attaché", "Germany") in _posts(
        "Pavel Drozdov was attached to the Soviet embassy in Berlin."
    )
    assert ("Pavel Drozdov", "head of department", "Press Department") in _posts(
        "Pavel Drozdov headed the Narkomindel's Press Department."
    )


def test_occupations_and_offices_that_name_their_body() -> None:
    assert ("Pavel Drozdov", "lawyer", None) in _posts("Pavel Drozdov, a lawyer, spoke.")
    assert ("Pavel Drozdov", "professor", None) in _posts(
        "Pavel Drozdov was a professor of economics."
    )
    assert ("Pavel Drozdov", "officer", "Cheka") in _posts(
        "Pavel Drozdov, a veteran Chekist, arrived."
    )
    assert ("Pavel Drozdov", "agent", "intelligence") in _posts(
        "Pavel Drozdov, a former intelligence agent, wrote."
    )
    # an occupation of someone else is nobody's post here
    assert _posts("Pavel Drozdov hired a lawyer.") == set()


def test_a_post_named_after_its_body() -> None:
    assert ("Pavel Drozdov", "resident", "France") in _posts(
        "Pavel Drozdov was the NKVD resident in Paris."
    )
    assert ("Pavel Drozdov", "agent", "Comintern") in _posts(
        "Pavel Drozdov, a Comintern agent, arrived in Shanghai."
    )
    ex = run("Pavel Drozdov was a Pravda correspondent in Berlin.\n")[1]
    assert [(c.role, c.department, c.country) for c in ex.claims if c.type == "post"] == [
        ("correspondent", "Pravda", "Germany")
    ]
    # a resident of no body named is no post; one official of a body is its staff, but
    # officials before a comma hold no list (measured: "Comintern officials, X" read as an
    # apposition cost precision)
    assert _posts("Pavel Drozdov was a resident of Riga.") == set()
    assert _posts("Pavel Drozdov was a Comintern official.") == {
        ("Pavel Drozdov", "official", "Comintern")
    }
    assert _posts("Told by Comintern officials, Pavel Drozdov agreed.") == set()


def test_the_delegation_a_post_is_in_and_the_state_a_rank_serves() -> None:
    assert ("Pavel Drozdov", "secretary", "Soviet delegation") in _posts(
        "Pavel Drozdov was secretary to the Soviet delegation at the talks."
    )
    text = (
        "Russia's tall, courteous Ambassador to Mexico, Pavel Drozdov, left. "
        "In Moscow, Ambassador Drozdov was received."
    )
    posts = _posts(text)
    assert ("Pavel Drozdov", "ambassador", "Mexico") in posts
    # a Soviet ambassador is not posted to the Soviet Union by the context
    assert ("Drozdov", "ambassador", "USSR") not in posts


def test_a_name_governed_by_a_preposition_holds_nothing() -> None:
    assert not any(
        p[0] == "Ivan Kostrov"
        for p in _posts(_LEAD + "He served under Ivan Kostrov as head of the Eastern Department.")
    )
    assert not any(p[0] == "Ivan Kostrov" for p in _posts(
        "Pavel Drozdov worked with Ivan Kostrov as counsellor in Berlin."
    ))  # fmt: skip
    posts = _posts(_LEAD + "In 1925, together with Ivan Kostrov, he was sent to Riga as envoy.")
    assert ("Pavel Drozdov", "envoy", "Latvia") in posts
    assert not any(p[0] == "Ivan Kostrov" for p in posts)


def test_sent_somewhere_as_a_rank() -> None:
    assert ("Pavel Drozdov", "envoy", "Latvia") in _posts(
        "Ivan Kostrov sent Pavel Drozdov to Riga as envoy."
    )
    assert ("Pavel Drozdov", "envoy", "Latvia") in _posts(
        _LEAD + "Ivan Kostrov sent him to Riga as envoy."
    )
    # sending someone a thing names no post
    assert _posts("Ivan Kostrov sent Pavel Drozdov the envoy's report.") == set()


def test_a_mission_named_after_its_head_and_an_index_line() -> None:
    assert ("Pavel Drozdov", "head of mission", "Sweden") in _posts(
        "Pavel Drozdov's mission to Sweden lasted a year."
    )
    # a mission that is a task, or an embassy's staff, is no post
    assert _posts("Pavel Drozdov's mission was to negotiate in Sweden.") == set()
    assert _posts("Pavel Drozdov's embassy staff left.") == set()
    assert ("Pavel Drozdov", "representative", "United States") in _posts(
        "Pavel Drozdov – representative of Soviet Russia in the United States, 1920."
    )


def test_a_year_inside_the_predicate_dates_the_post() -> None:
    assert ("Pavel Drozdov", "envoy", "Latvia", "1925", None) in _claims(
        "Pavel Drozdov, who in 1925 had been appointed envoy to Latvia, resigned."
    )
    # a birth year is no term of office
    assert ("Pavel Drozdov", "envoy", "Latvia", None, None) in _claims(
        "Pavel Drozdov (born 1890) was envoy to Latvia."
    )
