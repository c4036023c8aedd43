"""Issue 11, third round: kinds of post statement, each proved on short invented sentences
in the styles of the corpus (encyclopedia entries, book pages, newspaper items, edited
dispatches). Nobody named here appears in the corpus."""

from __future__ import annotations

from narkomindel.extract.roles import find_roles
from narkomindel.model import Extraction
from tests.extract.sample import asserted_posts, run

_posts = asserted_posts


# -- "as" after a move or a posting, with where and when in between --------------------


def test_a_posting_verb_with_a_place_and_a_year_before_as() -> None:
    assert ("Boris Kurtsev", "ambassador", "Japan") in _posts(
        "Boris Kurtsev came to Tokyo in 1932 as ambassador."
    )
    assert ("Vyrin", "counsellor", "Japan") in _posts(
        "In 1926 Vyrin was transferred to Tokyo as counsellor."
    )
    assert ("Oleg Vyrin", "first secretary", "Poland") in _posts(
        "In 1929 Oleg Vyrin was posted to Warsaw as first secretary."
    )
    assert ("Semyon Tarkhanov", "envoy", "Italy") in _posts(
        "Semyon Tarkhanov was sent to Rome as envoy in 1924."
    )
    assert ("Kurtsev", "ambassador", "Germany") in _posts(
        "In 1933 Kurtsev took over as ambassador in Berlin."
    )


def test_a_place_between_verb_and_as_is_not_a_holder() -> None:
    # the verb has no subject named: nobody gets the post
    assert _posts("The letter went to Paris as evidence.") == set()


# -- the object of an appointment ------------------------------------------------------


def test_the_object_of_an_appointment_holds_the_role() -> None:
    assert ("Ivan Mirolyubov", "ambassador", "Japan") in _posts(
        "Moscow appointed Ivan Mirolyubov ambassador to Japan in 1936."
    )
    assert ("Fyodor Krestov", "minister", "Lithuania") in _posts(
        "The government named Fyodor Krestov its minister to Lithuania."
    )


def test_a_name_after_a_verb_that_appoints_nobody_holds_nothing() -> None:
    assert _posts("Moscow thanked Ivan Mirolyubov, ambassador to Japan.") == {
        ("Ivan Mirolyubov", "ambassador", "Japan")  # by apposition, not by the verb
    }
    assert _posts("The commissar met Ivan Mirolyubov and the ambassador to Japan.") == set()


# -- inverted copula and succession ----------------------------------------------------


def test_the_role_as_subject_of_a_copula() -> None:
    assert ("Lev Barsukov", "ambassador", "Turkey") in _posts(
        "His successor as ambassador to Turkey was Lev Barsukov."
    )
    assert ("Lev Barsukov", "envoy", "Afghanistan") in _posts(
        "In 1925 the Soviet envoy in Kabul was Lev Barsukov."
    )
    # the ambassador's guest is no ambassador
    assert _posts("The ambassador in Rome was Lev Barsukov's host.") == set()


def test_succession_gives_the_post_to_both() -> None:
    posts = _posts("Arkady Zelensky replaced Fyodor Krestov as envoy to Persia in 1929.")
    assert {("Arkady Zelensky", "envoy", "Persia"), ("Fyodor Krestov", "envoy", "Persia")} <= posts
    posts = _posts("Tarkhanov was replaced as envoy to Persia by Vyrin in 1930.")
    assert {("Tarkhanov", "envoy", "Persia"), ("Vyrin", "envoy", "Persia")} <= posts
    posts = _posts("Vyrin, Tarkhanov's successor as ambassador in Berlin, arrived.")
    assert {("Vyrin", "ambassador", "Germany"), ("Tarkhanov", "ambassador", "Germany")} <= posts


def test_a_plural_role_after_a_coordination() -> None:
    posts = _posts("Tarkhanov, Vyrin and Kurtsev, all former ambassadors, were arrested.")
    assert {p[0] for p in posts if p[1] == "ambassador"} == {"Tarkhanov", "Vyrin", "Kurtsev"}


def test_a_mission_headed_or_a_state_represented() -> None:
    assert ("Semyon Tarkhanov", "head of mission", "Germany") in _posts(
        "Semyon Tarkhanov headed the Soviet mission in Berlin."
    )
    assert ("Semyon Tarkhanov", "representative", "Persia") in _posts(
        "Semyon Tarkhanov represented the Soviet Union in Persia from 1921."
    )


# -- role phrases ----------------------------------------------------------------------


def test_a_charge_without_its_accent() -> None:
    assert ("Loy Whitmore", "chargé d'affaires", "USSR") in _posts(
        "Loy Whitmore, the American charge in Moscow, reported it."
    )
    assert ("Hollweg", "chargé d'affaires", "USSR") in _posts(
        "The German Charge in the Soviet Union (Hollweg) to the German Foreign Office"
    )
    assert not [r for r in find_roles("He was in charge of the archive.") if "charg" in r.role]
    assert not [r for r in find_roles("The American charge against him failed.")]


def test_an_embassy_rank_and_a_head_of_department_after_of() -> None:
    assert ("Pavel Drozdov", "counsellor", "Germany") in _posts(
        "Pavel Drozdov, the embassy counselor in Berlin, met him."
    )
    r = find_roles("Within the commissariat the key figure was the head of the press department.")
    assert [(x.role, x.department) for x in r] == [("head of department", "Press Department")]


def test_offices_of_a_government_take_its_adjective() -> None:
    assert ("Sumner Whitby", "under secretary", "United States") in _posts(
        "The American undersecretary of state, Sumner Whitby, agreed."
    )
    # a Soviet office does not take the country of the last place named
    assert ("Pavel Drozdov", "foreign minister", None) in _posts(
        "The talks were held in London. Pavel Drozdov has become the Soviet foreign minister."
    )


def test_titles_and_honorifics_between_role_and_name() -> None:
    assert ("Tollefsen", "foreign minister", "Norway") in _posts(
        "The Norwegian Foreign Minister, Herr Tollefsen, expressed regret."
    )
    assert ("Friedrich von Stoltheim", "ambassador", "USSR") in _posts(
        "The talks were in Moscow. The German Ambassador, Count Friedrich von Stoltheim, called."
    )


def test_apposition_with_a_time_word() -> None:
    assert ("Krestov", "minister", "Latvia") in _posts(
        "Krestov, formerly Soviet Minister to Latvia, has been named to succeed him."
    )
    assert ("M. Lemekh", "minister", "Norway") in _posts(
        "He will be succeeded by M. Lemekh, at present Soviet Minister at Oslo."
    )
    assert ("Pavel Drozdov", "polpred", "Lithuania") in _posts(
        "In 1921 Pavel Drozdov was the RSFSR's plenipotentiary representative in Lithuania."
    )


# -- military service ------------------------------------------------------------------


def test_military_ranks_need_a_force_or_a_state() -> None:
    assert ("Pavel Drozdov", "officer", "tsarist army") in _posts(
        "Pavel Drozdov was a tsarist officer."
    )
    assert ("Pavel Drozdov", "general", "Germany") in _posts(
        "Pavel Drozdov met Hans Elbinger. Elbinger, a German general, refused."
    ) or ("Elbinger", "general", "Germany") in _posts(
        "Pavel Drozdov met Hans Elbinger. Elbinger, a German general, refused."
    )
    # a bare title before a name of no east-European shape, and the adjective, say nothing
    # (an east-European surname after the title is the Red Army's: test_military_party_roles)
    assert _posts("General Hartley met the general strike committee.") == set()


def test_service_in_a_force_and_a_command_by_verb() -> None:
    assert ("Pavel Drozdov", "army service", "Russia") in _posts(
        "Pavel Drozdov was born in 1890. In 1914 he served in the Russian army."
    )
    assert ("Pavel Drozdov", "army service", "Red Army") in _posts(
        "Pavel Drozdov joined the Red Army in 1918."
    )
    assert ("Pavel Drozdov", "commander", "Fifth Army") in _posts(
        "Pavel Drozdov commanded the Fifth Army."
    )


def test_a_military_infobox() -> None:
    text = (
        "Pavel Drozdov\n\nPavel Drozdov\nBorn 3 May 1880\nMilitary service\n"
        "Allegiance Russian Empire\nBranch/service Imperial Russian Army\n"
        "Years of service 1900-1917\nRank Colonel\n\nPavel Drozdov was a diplomat."
    )
    assert ("Pavel Drozdov", "colonel", "Imperial Russian Army") in _posts(text)


def test_a_department_headed_by_the_pronoun_subject() -> None:
    assert ("Pavel Drozdov", "head of department", "2nd Eastern Department") in _posts(
        "Pavel Drozdov was born in 1890. From 1927 he headed the Second Eastern Department."
    )


# -- coordinated roles and roles named by a noun of office -----------------------------


def test_coordinated_roles_share_their_holder() -> None:
    posts = _posts("Drozdov was ambassador to Italy and minister to Albania.")
    assert {("Drozdov", "ambassador", "Italy"), ("Drozdov", "minister", "Albania")} <= posts
    posts = _posts(
        "In 1921 Drozdov was polpred in Lithuania, then counsellor of the Soviet embassy in "
        "Berlin (1923-1926)."
    )
    assert ("Drozdov", "counsellor", "Germany") in posts
    posts = _posts(
        "Drozdov was elected a member of the Presidium and secretary of the Petrograd Soviet."
    )
    assert ("Drozdov", "secretary", "Petrograd Soviet") in posts
    # another person between the roles takes the second one, not the first holder
    posts = _posts("Drozdov was ambassador to Italy, and Vasily Lemekhov, the counsellor, stayed.")
    assert ("Drozdov", "counsellor", "Italy") not in posts


def test_a_noun_of_office_before_as() -> None:
    assert ("Drozdov", "prime minister", "Council of People's Commissars") in _posts(
        "Drozdov resigned, retaining his position as Chairman of the Council of People's "
        "Commissars."
    )
    assert ("M. Drozdov", "counsellor", "France") in _posts(
        "M. Drozdov came to London in 1932 after serving as Counsellor at Paris."
    )
    assert ("Drozdov", "envoy", "Persia") in _posts(
        "Drozdov's appointment as envoy to Persia surprised the press."
    )


# -- lists, career lines, offices named as such -----------------------------------------


def test_an_elliptical_career_list_belongs_to_the_page_person() -> None:
    text = (
        "DROZDOV, Pavel Semyonovich (1890-1938). Soviet diplomat. Polpred in Lithuania "
        "1921-23; counsellor in Berlin 1923-26. Ambassador to Persia 1930-34. Arrested 1937."
    )
    posts = {(p[1], p[2]) for p in _posts(text)}
    assert {("polpred", "Lithuania"), ("counsellor", "Germany"), ("ambassador", "Persia")} <= posts
    text = (
        "Pavel Drozdov\n\nPavel Drozdov (1890-1938) was a Soviet diplomat.\n\nCareer\n"
        "1921–1923: plenipotentiary representative in Lithuania\n"
        "1923–1926: counsellor of the embassy in Berlin\n"
    )
    posts = _posts(text)
    assert ("Pavel Drozdov", "polpred", "Lithuania") in posts
    assert ("Pavel Drozdov", "counsellor", "Germany") in posts
    # a sentence with a verb is not such an item
    assert not any(p[1] == "ambassador" for p in _posts(
        "Pavel Drozdov\n\nPavel Drozdov was a diplomat. Ambassador posts were rare then."
    ))  # fmt: skip


def test_a_body_headed_by_a_person() -> None:
    assert ("Pavel Drozdov", "head of delegation", "Soviet delegation") in _posts(
        "The Soviet delegation was headed by Pavel Drozdov."
    )
    assert ("Pavel Drozdov", "head of department", "Press Department") in _posts(
        "Pavel Drozdov was appointed to head the Press Department in 1934."
    )


def test_an_office_named_as_a_division_and_the_holder_in_parentheses() -> None:
    assert ("Whitby", "head of department", "Division of Eastern European Affairs") in _posts(
        "Memorandum by the Chief of the Division of Eastern European Affairs (Whitby)"
    )


def test_places_in_parentheses_after_a_plural_role() -> None:
    posts = _posts("Among the envoys recalled were Drozdov (Lithuania) and Kurtsev (Estonia).")
    assert {("Drozdov", "envoy", "Lithuania"), ("Kurtsev", "envoy", "Estonia")} <= posts


def test_a_first_posting_after_a_comma() -> None:
    assert ("Pavel Drozdov", "ambassador", "Poland") in _posts(
        "Pavel Drozdov was appointed ambassador, first to Poland."
    )
    assert ("Olga Lemekhova", "ambassador", None) in _posts(
        "The Soviet Ambassadress, Madame Olga Lemekhova, presented her credentials."
    )


def test_occupations_of_the_press_and_of_interpreting() -> None:
    assert ("N. G. Palitsyn", "correspondent", None) in _posts(
        "The press department went to a veteran foreign correspondent, N. G. Palitsyn."
    )
    assert ("Olga Lemekhova", "interpreter", None) in _posts(
        "Olga Lemekhova was the interpreter at the talks."
    )


def test_party_leaders_and_heads_of_government_by_possession() -> None:
    assert ("Arslanov", "leader", "Young Turkish") in _posts(
        "Kemal Arslanov, leader of the Young Turkish revolution, arrived."
    )
    posts = _posts("Hans Maslinger, leader of the German Communist Party, spoke.")
    assert ("Hans Maslinger", "leader", "Germany") in posts  # the body's adjective: its state
    assert _posts("The leader said nothing to Hans Maslinger.") == set()
    assert ("MacPherson", "prime minister", "United Kingdom") in _posts(
        "The talks in London ended. Mr. MacPherson’s Labour Government recognised Moscow."
    )
    assert _posts("Drozdov’s government post was minor.") == set()


def test_a_holder_in_parentheses_with_spaces() -> None:
    assert ("Wilberforce", "chargé d'affaires", "USSR") in _posts(
        "The Chargé in the Soviet Union ( Wilberforce ) to the Secretary of State"
    )


def test_the_deputy_of_a_commissar() -> None:
    posts = _posts("Commissar Pavel Drozdov and his deputy, Ivan Lemekhov, signed.")
    assert ("Ivan Lemekhov", "deputy commissar", None) in posts
    posts = _posts(
        "Drozdov was People's Commissar for Foreign Affairs. Drozdov's deputies Lemekhov and "
        "Kurtsev disagreed."
    )
    assert {p[0] for p in posts if p[1] == "deputy commissar"} == {"Lemekhov", "Kurtsev"}
    # the deputy of someone with no known office is no deputy commissar
    assert not any(p[1] == "deputy commissar" for p in _posts("Drozdov's deputy, Lemekhov, left."))


def test_a_state_as_possessor_and_a_verb_in_quotes() -> None:
    assert ("Pavel Drozdov", "ambassador", "United States") in _posts(
        "Pavel Drozdov, the Soviet Union's ambassador in Washington, spoke."
    )
    assert ("Edmund Halloway", "foreign minister", "United Kingdom") in _posts(
        "Britain's Foreign Secretary, Sir Edmund Halloway, objected."
    )
    assert ("Drozdov", "deputy commissar", None) in _posts(
        'Drozdov was "promoted" to deputy commissar in 1939.'
    )


def test_offices_of_a_state_named_after_the_holder_or_by_the_title() -> None:
    assert ("Hoverton", "president", "Latvia") in _posts("President Hoverton of Latvia arrived.")
    assert ("Whitfield", "secretary of state", "United States") in _posts(
        "The Ambassador in Berlin to the Secretary of State Whitfield"
    ) or ("Whitfield", "secretary of state", "United States") in _posts(
        "Mr. Whitfield, the Secretary of State, replied."
    )


def test_a_soviet_envoy_does_not_take_the_soviet_union_from_the_context() -> None:
    text = (
        "Ivan Lemekhov was the Soviet envoy to Norway. The talks moved to Moscow in 1930.\n\n"
        "Envoy Lemekhov returned to Oslo.\n"
    )
    assert not any(p[2] == "USSR" for p in _posts(text) if p[0] == "Lemekhov")


def test_newspaper_appositions_and_titles() -> None:
    assert ("Konstantin Drozdov", "envoy", "Mexico") in _posts(
        "Konstantin Drozdov, 42, Soviet envoy to Mexico, died in the crash."
    )
    assert ("Konstantin Drozdov", "envoy", "United States") in _posts(
        "Konstantin Drozdov, onetime Soviet envoy to Washington, was recalled."
    )
    assert ("Drozdov", "ambassador", "Japan") in _posts(
        "Drozdov, the newly appointed Soviet Ambassador to Japan, left Moscow."
    )
    assert ("Drozdov", "ambassador", None) in _posts("Ambassador-designate Drozdov arrived.")
    assert ("Drozdov", "minister", "Finland") in _posts(
        "Drozdov, who until recently was Soviet Minister in Helsinki, was shot."
    )
    assert ("M. Drozdov", "trade representative", "United Kingdom") in _posts(
        "The Soviet Trade Delegate in London, M. Drozdov, denied the report."
    )
    assert ("Pavel Drozdov", "ambassador", "Japan") in _posts(
        "In 1930 Pavel Drozdov was to become ambassador to Japan."
    )


def test_the_american_titles_of_the_state_department() -> None:
    assert ("Whitby", "under secretary", "United States") in _posts(
        "Memorandum by the Under Secretary of State (Whitby)"
    )


def test_encyclopedia_openings() -> None:
    assert ("Pavel Drozdov", "ambassador", "Japan") in _posts(
        "Pavel Drozdov (1890-1938), Soviet ambassador to Japan, was shot."
    )
    assert ("Pavel Drozdov", "ambassador", "Japan") in _posts(
        "Pavel Drozdov was a Soviet diplomat who served as ambassador to Japan."
    )
    assert ("Pavel Drozdov", "ambassador", "Japan") in _posts(
        "Pavel Drozdov was a Soviet diplomat, ambassador to Japan (1933–1937)."
    )
    assert ("Pavel Drozdov", "people's commissar", "Finance") in _posts(
        "Pavel Drozdov was a Soviet politician who was People's Commissar of Finance."
    )
    assert ("Drozdov", "people's commissar", None) in _posts(
        "As People's Commissar of Foreign Affairs from 1930, Drozdov signed many treaties."
    )
    # a description that is no post, then another person's post: nothing for the subject
    assert not any(
        p[0] == "Pavel Drozdov"
        for p in _posts("Pavel Drozdov was a Soviet diplomat whom Ambassador Lemekhov disliked.")
    )


def test_a_term_from_a_month_to_a_year_opening_the_sentence_dates_the_post() -> None:
    text = (
        "Pavel Yermishin joined the commissariat in 1916. From April 1919 to 1922 he was"
        " ambassador to Norway.\n"
    )
    ex: Extraction = run(text)[1]
    terms = {
        (c.date_start, c.date_end)
        for c in ex.claims
        if c.type == "post" and c.country == "Norway"
        and ex.mentions[c.subject].text.endswith("Yermishin")
    }  # fmt: skip
    assert terms == {("1919-04", "1922")}
