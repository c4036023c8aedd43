"""Issue 11, fourth round: fates told in narrative, shared by a group or by a chain of
verbs, and dated by the phrase opening their clause. Each an invented sentence (nobody
named here appears in the corpus)."""

from __future__ import annotations

import pytest

from tests.extract.sample import asserted_fates as _fates

SENTENCES = [
    # a chain of fate verbs after a pronoun subject, dated by the clause's opening date
    ("Pavel Gerasko was envoy to Latvia. In 1937 he was recalled and shot.",
     {("Pavel Gerasko", "recalled", "1937"), ("Pavel Gerasko", "executed", "1937")}),
    ("Ivan Lomtsev was the envoy in Kabul. On his return to Moscow in 1938 he was arrested "
     "and shot.", {("Ivan Lomtsev", "arrested", None), ("Ivan Lomtsev", "executed", None)}),
    # a group named before, then "both" or "all three"
    ("Pavel Gerasko and Ivan Lomtsev were recalled in 1937; both were shot.",
     {("Pavel Gerasko", "recalled", "1937"), ("Ivan Lomtsev", "recalled", "1937"),
      ("Pavel Gerasko", "executed", None), ("Ivan Lomtsev", "executed", None)}),
    ("Pavel Gerasko, Ivan Lomtsev and Fedor Sukin were recalled in 1937. All three were shot.",
     {("Pavel Gerasko", "executed", None), ("Ivan Lomtsev", "executed", None),
      ("Fedor Sukin", "executed", None)}),
    # the date opening the clause
    ("In 1937 Fedor Sukin defected to the West.", {("Fedor Sukin", "defected", "1937")}),
    ("Fedor Sukin was envoy to Mexico. Early in 1938, he was dismissed.",
     {("Fedor Sukin", "dismissed", "1938")}),
    # lists of victims and "among"
    ("The victims are said to include Pavel Gerasko, Ivan Lomtsev (head of the press "
     "bureau) and Fedor Sukin.", {("Pavel Gerasko", "purged", None),
                                  ("Ivan Lomtsev", "purged", None), ("Fedor Sukin", "purged", None)}),
    ("Pavel Gerasko is among the many arrested in the purge.",
     {("Pavel Gerasko", "arrested", None)}),
    # nouns of fate: a possessor with an adjective, a possessor of things
    ("Pavel Gerasko's house arrest lasted a year.", {("Pavel Gerasko", "arrested", None)}),
    ("Ivan Lomtsev's papers were burnt on the day of his death.",
     {("Ivan Lomtsev", "died", None)}),
    # a fate in apposition
    ("Fedor Sukin, later shot, was envoy to Persia.", {("Fedor Sukin", "executed", None)}),
    # defection told by narrative
    ("Oleg Tarnovsky, the counsellor in Oslo, sought the protection of the Norwegian "
     "government.", {("Oleg Tarnovsky", "defected", None)}),
    ("Fedor Sukin decided not to return to the Soviet Union and settled in Paris.",
     {("Fedor Sukin", "defected", None)}),
    ("Fedor Sukin chose to remain abroad.", {("Fedor Sukin", "defected", None)}),
    ("Fedor Sukin went over to the Whites in 1919.", {("Fedor Sukin", "defected", "1919")}),
    # recall told actively or by a participle
    ("Moscow ordered its envoy Fedor Sukin home in 1937.", {("Fedor Sukin", "recalled", "1937")}),
    ("Ordered home in 1937, Fedor Sukin refused to go back.",
     {("Fedor Sukin", "recalled", "1937"), ("Fedor Sukin", "defected", None)}),
    ("Ivan Lomtsev lost his post in Oslo to a younger rival in 1943.",
     {("Ivan Lomtsev", "recalled", "1943")}),
    ("Pavel Gerasko was summoned home in 1937.", {("Pavel Gerasko", "recalled", "1937")}),
    ("Pavel Gerasko received orders to return to Moscow in 1937.",
     {("Pavel Gerasko", "recalled", "1937")}),
    ("In 1937 an order to return home at once reached Pavel Gerasko in Riga.",
     {("Pavel Gerasko", "recalled", "1937")}),
    ("Pavel Gerasko was replaced as envoy by Ivan Lomtsev in 1937.",
     {("Pavel Gerasko", "recalled", "1937")}),
    # defection told by what was not done, or by a plea for protection
    ("Pavel Gerasko refused to obey the order to return.", {("Pavel Gerasko", "defected", None)}),
    ("Pavel Gerasko never returned to the Soviet Union.", {("Pavel Gerasko", "defected", None)}),
    ("Pavel Gerasko asked the French government for protection.",
     {("Pavel Gerasko", "defected", None)}),
    # violent death told
    ("The plane crashed on take-off, killing Pavel Gerasko and Ivan Lomtsev.",
     {("Pavel Gerasko", "died", None), ("Ivan Lomtsev", "died", None)}),
    ("Pavel Gerasko and his wife were among those killed when the plane crashed.",
     {("Pavel Gerasko", "died", None)}),
    ("An assassin shot Pavel Gerasko dead in 1923.", {("Pavel Gerasko", "died", "1923")}),
    ("Pavel Gerasko was gunned down in Lausanne in 1937.", {("Pavel Gerasko", "died", "1937")}),
    # dismissal
    ("Fedor Sukin was stripped of his post in 1937.", {("Fedor Sukin", "dismissed", "1937")}),
    ("Fedor Sukin was forced to resign in 1939.", {("Fedor Sukin", "dismissed", "1939")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_fate_told(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert expected <= _fates(text)


def test_a_group_is_read_only_in_the_next_sentence() -> None:
    fates = _fates(
        "Pavel Gerasko and Ivan Lomtsev were recalled in 1937. Their successors arrived in "
        "the spring. All were shot a year later."
    )
    assert not any(f[1] == "executed" for f in fates)


def test_a_date_of_another_clause_does_not_date_the_fate() -> None:
    fates = _fates("In 1935 Fedor Sukin became envoy to Chile and was recalled.")
    assert ("Fedor Sukin", "recalled", None) in fates
    fates = _fates("Fedor Sukin was born in 1890 and was shot.")
    assert ("Fedor Sukin", "executed", None) in fates


def test_a_possessor_of_a_person_is_not_the_one_who_died() -> None:
    fates = _fates("Ivan Lomtsev's wife was arrested; her death came in 1940.")
    assert not any(f[0] == "Ivan Lomtsev" for f in fates)


def test_a_post_lost_at_home_is_a_dismissal_not_a_recall() -> None:
    fates = _fates("Ivan Lomtsev lost his post in the purge of 1937.")
    assert ("Ivan Lomtsev", "dismissed", "1937") in fates
    assert not any(f[1] == "recalled" for f in fates)


def test_a_name_after_a_preposition_is_not_the_object_of_the_fate_verb() -> None:
    fates = _fates("Pavel Gerasko is among the many arrested in Ivan Lomtsev's purge.")
    assert ("Pavel Gerasko", "arrested", None) in fates
    assert not any(f[0] == "Ivan Lomtsev" for f in fates)
    assert ("Ivan Lomtsev", "arrested", "1937") in _fates(
        "The NKVD arrested the envoy Ivan Lomtsev in 1937."
    )
