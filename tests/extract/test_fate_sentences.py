"""Issue 11, third round: fates stated the ways real texts state them, each an invented
sentence (nobody named here appears in the corpus), each asserting the fate claims the
rules must find (and, where it matters, those they must not)."""

from __future__ import annotations

import pytest

from tests.extract.sample import run


def _fates(text: str) -> set[tuple[str, str | None]]:
    _doc, ex = run(text + "\n")
    return {
        (ex.mentions[c.subject].text, c.value)
        for c in ex.claims
        if c.type == "fate" and c.modality == "asserted"
    }


SENTENCES = [
    # shared by several subjects
    ("Gavriil Tarkhanov and Oleg Vyrin were among the victims of the 1938 purge.",
     {("Gavriil Tarkhanov", "purged"), ("Oleg Vyrin", "purged")}),
    ("Both Yakov Pilipenko and Mark Desnitsky were shot in 1937.",
     {("Yakov Pilipenko", "executed"), ("Mark Desnitsky", "executed")}),
    ("Yakov Pilipenko, the envoy to Latvia, and Mark Desnitsky, his counsellor, were "
     "arrested in 1937.", {("Yakov Pilipenko", "arrested"), ("Mark Desnitsky", "arrested")}),
    ("Ivan Sorokoumov, Boris Kurtsev and Oleg Vyrin all perished in the purges.",
     # a death the purges made: the purge's victims (extract.fates.v11; was "died")
     {("Ivan Sorokoumov", "purged"), ("Boris Kurtsev", "purged"), ("Oleg Vyrin", "purged")}),
    # passive and narrative forms
    ("Semyon Gorlovets was arrested in 1937 and shot.",
     {("Semyon Gorlovets", "arrested"), ("Semyon Gorlovets", "executed")}),
    ("Ivan Sorokoumov was recalled to Moscow in 1937, arrested and shot.",
     {("Ivan Sorokoumov", "recalled"), ("Ivan Sorokoumov", "arrested"),
      ("Ivan Sorokoumov", "executed")}),
    ("Arrested in 1937, Ivan Sorokoumov was shot the following year.",
     {("Ivan Sorokoumov", "arrested"), ("Ivan Sorokoumov", "executed")}),
    ("Recalled to Moscow in 1937, the envoy Ivan Sorokoumov was never seen again.",
     {("Ivan Sorokoumov", "recalled")}),
    ("Boris Kurtsev died in prison in 1941.", {("Boris Kurtsev", "died in custody")}),
    ("Ilya Barsov perished in the camps in 1942.", {("Ilya Barsov", "died in custody")}),
    ("Ivan Sorokoumov spent ten years in the Gulag.", {("Ivan Sorokoumov", "imprisoned")}),
    ("Grigorii Sapozhkov was executed in 1938 and posthumously rehabilitated in 1957.",
     {("Grigorii Sapozhkov", "executed"), ("Grigorii Sapozhkov", "rehabilitated")}),
    ("Lavrentii Obukhov, the ambassador in Ankara, was repressed in 1938.",
     {("Lavrentii Obukhov", "purged")}),
    ("In 1937 Ivan Sorokoumov became a victim of Stalin's purges.",
     {("Ivan Sorokoumov", "purged")}),
    ("Timofei Gorbunkov fell victim to the Great Terror in 1938.",
     {("Timofei Gorbunkov", "purged")}),
    ("Matvei Bezrukov has been recalled from Warsaw.", {("Matvei Bezrukov", "recalled")}),
    ("The envoy Matvei Bezrukov has been sentenced to death.",
     {("Matvei Bezrukov", "sentenced")}),
    ("Anton Lyubarsky was recalled in 1937 and disappeared.",
     {("Anton Lyubarsky", "recalled"), ("Anton Lyubarsky", "purged")}),
    # defection, suicide, survival
    ("The envoy Arkadii Zubets refused to return to Moscow in 1937.",
     {("Arkadii Zubets", "defected")}),
    ("Ivan Sorokoumov escaped to the West in 1930.", {("Ivan Sorokoumov", "defected")}),
    ("Ivan Sorokoumov became a defector in 1930.", {("Ivan Sorokoumov", "defected")}),
    ("The counsellor Ivan Sorokoumov sought political asylum in Paris.",
     {("Ivan Sorokoumov", "defected")}),
    ("Ivan Sorokoumov took his own life in 1936.", {("Ivan Sorokoumov", "died")}),
    ("Ivan Sorokoumov shot himself in 1936.", {("Ivan Sorokoumov", "died")}),
    ("Unlike most of his colleagues, Nikolai Verkhovtsev survived the purges.",
     {("Nikolai Verkhovtsev", "survived")}),
    ("Nikolai Verkhovtsev was one of the few to survive.",
     {("Nikolai Verkhovtsev", "survived")}),
    # a pronoun carried from the sentence before, or standing for the one person named
    ("Stepan Kuvaldin served in Riga until 1936. He was arrested the next year and shot "
     "in 1938.", {("Stepan Kuvaldin", "arrested"), ("Stepan Kuvaldin", "executed")}),
    ("Pavel Shumikhin served in Oslo. After his arrest in 1937 the legation was closed.",
     {("Pavel Shumikhin", "arrested")}),
    ("Pavel Shumikhin headed the legation until his death in 1931.",
     {("Pavel Shumikhin", "died")}),
    ("Oleg Vyrin served as envoy in Lisbon. Recalled in 1937, he was shot.",
     {("Oleg Vyrin", "recalled"), ("Oleg Vyrin", "executed")}),
    ("In 1937 Oleg Vyrin was recalled from Lisbon and in 1938 he was shot.",
     {("Oleg Vyrin", "recalled"), ("Oleg Vyrin", "executed")}),
    ("Oleg Vyrin, who had served as ambassador in Lisbon since 1934 and as counsellor in "
     "Faro before that, was recalled in 1937.", {("Oleg Vyrin", "recalled")}),
    # the person as the object of an active verb, and a person replaced
    ("Moscow has recalled M. Vyrin, its envoy in Lisbon.", {("M. Vyrin", "recalled")}),
    ("The Soviet Government has recalled M. Vyrin.", {("M. Vyrin", "recalled")}),
    ("Moscow recalled its envoy Oleg Vyrin in 1937.", {("Oleg Vyrin", "recalled")}),
    ("Stalin dismissed Oleg Vyrin in 1939.", {("Oleg Vyrin", "dismissed")}),
    ("The NKVD arrested Oleg Vyrin in 1937.", {("Oleg Vyrin", "arrested")}),
    ("An assassin shot and killed Oleg Vyrin in Warsaw.", {("Oleg Vyrin", "died")}),
    ("In 1939 Boris Kurtsev replaced Oleg Vyrin as envoy.", {("Oleg Vyrin", "recalled")}),
    ("Oleg Vyrin was replaced by Boris Kurtsev in 1939.", {("Oleg Vyrin", "recalled")}),
    ("Boris Kurtsev was sent to replace Oleg Vyrin.", {("Oleg Vyrin", "recalled")}),
    ("Oleg Vyrin was summoned back to Moscow in 1937.", {("Oleg Vyrin", "recalled")}),
    # defection and death told otherwise
    ("In 1930 Oleg Vyrin broke with Moscow.", {("Oleg Vyrin", "defected")}),
    ("Oleg Vyrin deserted his post in 1929.", {("Oleg Vyrin", "defected")}),
    ("The defector Oleg Vyrin wrote memoirs.", {("Oleg Vyrin", "defected")}),
    ("Oleg Vyrin, a defector, wrote memoirs.", {("Oleg Vyrin", "defected")}),
    ("Oleg Vyrin was fatally wounded in 1923.", {("Oleg Vyrin", "died")}),
    ("Among the dead were Oleg Vyrin and Boris Kurtsev.",
     {("Oleg Vyrin", "died"), ("Boris Kurtsev", "died")}),
    ("Oleg Vyrin and Boris Kurtsev were among the dead.",
     {("Oleg Vyrin", "died"), ("Boris Kurtsev", "died")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_a_fate_sentence(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _fates(text)


def test_whose_pronoun_is_open_claims_nothing() -> None:
    # two persons before "his": whose recall it was is not decided by the rules
    assert _fates("Pavel Shumikhin met Oleg Vyrin after his recall.") == set()


def test_recalled_as_remembered_is_no_recall() -> None:
    assert _fates("Later Boris Kurtsev recalled Oleg Vyrin as a kind man.") == set()


def test_the_agent_of_a_passive_is_not_its_object() -> None:
    fates = _fates("Oleg Vyrin was recalled in 1943 and replaced by the young Boris Kurtsev.")
    assert ("Boris Kurtsev", "recalled") not in fates
    assert ("Oleg Vyrin", "recalled") in fates


def test_detained_is_not_an_arrest() -> None:
    assert _fates("The envoy Oleg Vyrin was detained in Riga by the floods.") == set()


def test_a_death_sentence_is_not_a_death() -> None:
    fates = _fates("Oleg Vyrin heard his death sentence read in 1938.")
    assert ("Oleg Vyrin", "died") not in fates


def test_a_list_cut_inside_its_names() -> None:
    # OCR cuts each item after the initial ("AT." | "Arkhipenko, ..."): the list goes on
    text = (
        "Nine leading officials have been tried and executed for treason. They AT. "
        "Arkhipenko, former secretary of the Committee. AT. Belousko, head of protocol. "
        "AT. Gribov, of the Azov region. The trial was secret."
    )
    assert _fates(text) == {
        ("AT. Arkhipenko", "executed"),
        ("AT. Belousko", "executed"),
        ("AT. Gribov", "executed"),
    }
