"""Issue 11: kinds of statement, each proved on short texts written here. Nobody named
in these texts appears in the corpus."""

from __future__ import annotations

from narkomindel.extract.name_echoes import echo_persons
from narkomindel.extract.predicates import is_verb_gap
from narkomindel.extract.roles import find_roles
from narkomindel.model import Extraction
from tests.extract.sample import events_told, persons, run


def _posts(ex: Extraction) -> set[tuple[str, str | None, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.role, c.country or c.department)
        for c in ex.claims
        if c.type == "post" and c.modality == "asserted"
    }


def _fates(ex: Extraction) -> set[tuple[str, str | None]]:
    return {
        (ex.mentions[c.subject].text, c.value)
        for c in ex.claims
        if c.type == "fate" and c.modality == "asserted"
    }


# -- posts ---------------------------------------------------------------------------


def test_copula_and_past_perfect() -> None:
    _, ex = run(
        "Semyon Tarkhanov had been Ambassador in Berlin. Oleg Vyrin was counsellor in Riga.\n"
    )
    posts = _posts(ex)
    assert ("Semyon Tarkhanov", "ambassador", "Germany") in posts
    assert ("Oleg Vyrin", "counsellor", "Latvia") in posts


def test_appointment_and_pronoun_subject() -> None:
    text = (
        "Ilya Barsov was born in Tver. In 1931 Barsov was appointed Chief of Personnel. "
        "From 1934 to 1937 he served as plenipotentiary in Norway.\n"
    )
    posts = _posts(run(text)[1])
    assert ("Barsov", "head of department", "Personnel Department") in posts
    assert any(p[1] == "polpred" and p[2] == "Norway" for p in posts)


def test_coordinated_subjects_share_the_post() -> None:
    text = "Both Gorodetsky and Mirolyubov had served as Deputy People's Commissars.\n"
    posts = _posts(run(text)[1])
    assert {p[0] for p in posts if p[1] == "deputy commissar"} == {"Gorodetsky", "Mirolyubov"}


def test_relative_clause() -> None:
    text = "The note was signed by Pavel Gorodetsky, who had been Ambassador to China.\n"
    assert ("Pavel Gorodetsky", "ambassador", "China") in _posts(run(text)[1])


def test_as_and_a_predecessor_replaced() -> None:
    text = (
        "The government wished to appoint Pavel Gorodetsky as Soviet Ambassador to Washington "
        "to replace Dmitrenko.\n"
    )
    posts = _posts(run(text)[1])
    assert ("Pavel Gorodetsky", "ambassador", "United States") in posts
    assert ("Dmitrenko", "ambassador", "United States") in posts


def test_a_list_with_semicolons_and_a_plural_role() -> None:
    text = (
        "The delegation: Arkady Zelensky, ambassador to Poland; Boris Kurtsev, counsellor.\n\n"
        "There are now two Assistant Commissars for Foreign Affairs; V. G. Mirolyubov; "
        "and S. A. Tarkhanov.\n"
    )
    posts = _posts(run(text)[1])
    assert ("Arkady Zelensky", "ambassador", "Poland") in posts
    assert ("Boris Kurtsev", "counsellor", "Poland") in posts  # the mission named before
    assert {p[0] for p in posts if p[1] == "deputy commissar"} == {
        "V. G. Mirolyubov",
        "S. A. Tarkhanov",
    }


def test_a_role_before_its_holder_in_parentheses() -> None:
    text = "The Ambassador in the Soviet Union (Whitcombe) to the Secretary of State.\n"
    assert ("Whitcombe", "ambassador", "USSR") in _posts(run(text)[1])


def test_offices_of_foreign_actors_with_their_state() -> None:
    text = (
        "Ramsay Whitby (British Foreign Secretary and Prime Minister) met Joseph Farrow, "
        "the American ambassador in Moscow, and King Olaf Brandvik of Norway.\n"
    )
    posts = _posts(run(text)[1])
    assert ("Ramsay Whitby", "foreign minister", "United Kingdom") in posts
    assert ("Ramsay Whitby", "prime minister", "United Kingdom") in posts
    assert ("Joseph Farrow", "ambassador", "USSR") in posts


def test_role_phrases_of_government_and_commissariats() -> None:
    def first(text: str) -> tuple[str, str | None, str | None]:
        r = find_roles(text)[0]
        return r.role, r.country, r.department

    assert first("the German Chancellor") == ("chancellor", "Germany", None)
    assert first("Ambassador of the Soviet Union to China") == ("ambassador", "China", None)
    assert first("People's Commissar of Education") == ("people's commissar", None, "Education")
    assert first("he was deputy people’s commissar for foreign affairs")[0] == "deputy commissar"
    assert first("chairman of the Council of People's Commissars")[0] == "prime minister"
    assert first("Minister of Education of the Republic")[0] == "government minister"
    assert not [r for r in find_roles("a member of the Bolshevik Party") if r.role == "member"]


def test_an_infobox_gives_offices_to_the_page_person_and_their_neighbours() -> None:
    text = (
        "Grigory Sadovsky\n\nGrigory Sadovsky\nAmbassador of the Soviet Union to Portugal\n"
        "In office\n1926–1929\nPreceded byIvan Lobanko\nSucceeded byPetr Rusanov\n"
        "Personal details\nBorn 3 May 1880\n\nGrigory Sadovsky was a diplomat.\n"
    )
    posts = _posts(run(text)[1])
    holders = {p[0] for p in posts if p[1] == "ambassador" and p[2] == "Portugal"}
    assert holders == {"Grigory Sadovsky", "Ivan Lobanko", "Petr Rusanov"}


def test_verb_gaps_need_a_verb() -> None:
    assert is_verb_gap(" had been ")
    assert is_verb_gap(" was appointed ")
    assert is_verb_gap(" later became the ")
    assert not is_verb_gap(" met the ")
    assert not is_verb_gap(" had the ")
    assert not is_verb_gap(" served the ")


# -- persons and cited authors -------------------------------------------------------


def test_an_office_after_the_name_makes_an_actor_not_a_cited_author() -> None:
    text = (
        "The talks were led by Pavel Gorodetsky, Ambassador to China (1924-1926).\n\n"
        "1. Harold Pembury, Envoys of the North (London, 1979), p. 12.\n"
    )
    _, ex = run(text)
    assert "Pavel Gorodetsky" in persons(ex)
    assert "Harold Pembury" in persons(ex, "cited_author")


def test_names_in_capitals_with_particles_titles_and_native_script() -> None:
    text = (
        "DEATH OF M. BARSUKOV\n\nLev Barsukov died in Riga. He had met Hans von Stoltheim "
        "and Kemal Orhan Pasha; Stoltheim wrote later. Ilya Kvetko (Russian: Илья Кветко) "
        "was present.\n"
    )
    _, ex = run(text)
    found = persons(ex)
    assert {"M. BARSUKOV", "Hans von Stoltheim", "Stoltheim", "Kemal Orhan Pasha"} <= found
    assert "Илья Кветко" in found


def test_echoes_add_nothing_where_a_mention_exists() -> None:
    assert echo_persons("Nothing here at all.", []) == []


# -- fates ---------------------------------------------------------------------------


def test_a_fate_shared_by_several_subjects() -> None:
    text = "Gorodetsky and Mirolyubov were among the victims of the July 1938 massacre.\n"
    assert _fates(run(text)[1]) == {("Gorodetsky", "purged"), ("Mirolyubov", "purged")}
    text = "(Tarkhanov and Vyrin, Ambassador to Hungary, were among the victims of the purge.)\n"
    assert _fates(run(text)[1]) == {("Tarkhanov", "purged"), ("Vyrin", "purged")}


def test_fates_named_by_nouns_and_parentheses() -> None:
    text = (
        "The death is reported of M. Kvetko, the trade representative. Tarkhanov's arrest "
        "followed in 1937. Vyrin (shot 1938) and Kurtsev were colleagues.\n"
    )
    fates = _fates(run(text)[1])
    assert {("M. Kvetko", "died"), ("Tarkhanov", "arrested"), ("Vyrin", "executed")} <= fates
    assert not any(f[0] == "Kurtsev" for f in fates)


def test_a_list_after_a_colon_shares_the_fate() -> None:
    text = "Only a few managed to survive: Commissar Ilya Barsov, Oleg Vyrin and Boris Kurtsev.\n"
    assert {f[0] for f in _fates(run(text)[1]) if f[1] == "survived"} == {
        "Ilya Barsov",
        "Oleg Vyrin",
        "Boris Kurtsev",
    }


def test_a_group_noun_then_its_members() -> None:
    text = (
        "Eight leading officials have been tried and executed for treason. They\n\n"
        "M. Arkhipenko, former secretary of the Committee.\n\nM. Belousko, head of protocol.\n\n"
        "The trial was secret.\n"
    )
    assert _fates(run(text)[1]) == {("M. Arkhipenko", "executed"), ("M. Belousko", "executed")}


def test_recall_dismissal_and_violent_death() -> None:
    text = (
        "Semyon Tarkhanov was born in Omsk. In 1941, he was called back to Moscow. "
        "Oleg Vyrin was dismissed in 1939. Boris Kurtsev, one of the delegates to the "
        "conference, being shot dead, the talks stopped.\n"
    )
    fates = _fates(run(text)[1])
    assert ("Semyon Tarkhanov", "recalled") in fates
    assert ("Oleg Vyrin", "dismissed") in fates
    assert ("Boris Kurtsev", "died") in fates
    assert ("Boris Kurtsev", "executed") not in fates


def test_an_elliptical_clause_belongs_to_the_page_person() -> None:
    text = "Barsukov, Lev Ilyich. Born Jan. 20, 1889, in Omsk; died Sept. 20, 1937. A diplomat.\n"
    assert ("Barsukov", "died") in _fates(run(text)[1])


# -- events --------------------------------------------------------------------------


def _events(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return events_told(ex)


def test_events_named_by_common_phrases() -> None:
    text = (
        "The Kostrov letter of 1926 made matters worse. In May 1927 came the Bergen raid. "
        "The raid on Nordbank followed in 1928. The Faro-Lisbon trade treaty was signed in 1929. "
        "Recognition by the United States came in 1933. The assassination of Ilya Kvetko in "
        "1934 ended the talks.\n"
    )
    events = _events(run(text)[1])
    names = {(t, n) for t, n, _ in events}
    assert ("other", "Kostrov letter") in names
    assert ("raid", "Bergen raid") in names
    assert ("raid", "raid on Nordbank") in names
    assert ("treaty", "Faro-Lisbon trade treaty") in names
    assert ("recognition", "recognition by United States") in names
    assert any(t == "assassination" and "Kvetko" in n for t, n in names)
    assert ("other", "Kostrov letter", "1926") in events


def test_interviews_cite_their_partners() -> None:
    text = (
        "The talks failed in 1926.1\n\n"
        "1. Interview with Harold Pembury (conducted by Agnes Kettleworth, Akron, 1976), p. 4.\n"
    )
    cited = persons(run(text)[1], "cited_author")
    assert {"Harold Pembury", "Agnes Kettleworth"} <= cited


def test_an_event_named_first_without_a_date_takes_a_later_date() -> None:
    text = "The Faro Treaty\n\nThe Faro Treaty changed much. The Faro Treaty of 1927 was signed.\n"
    events = _events(run(text)[1])
    assert ("treaty", "Faro Treaty", "1927") in events


def test_a_mission_place_between_holder_and_role() -> None:
    text = "Ilya Barsov remained in London as Soviet representative until 1924.\n"
    assert ("Ilya Barsov", "representative", "United Kingdom") in _posts(run(text)[1])
