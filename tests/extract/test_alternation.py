"""The gazetteers' whole-word alternation: the trie finds what a plain alternation finds."""

from __future__ import annotations

import re

from narkomindel import gazetteer as gz


def _plain(forms: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(f) for f in alts) + r")(?![\w'’])")


FORMS = ("Varno", "Varno Bay", "Varno Bay Works", "Vel", "Velka", "Upper Velka", "A.B.", "Kel's")
TEXT = (
    "Varno Bay Workshop and Varno Bay Works; Upper Velkan, Upper Velka. xVarno, "
    "Varno's Vel Velka-Vel A.B.C A.B. Kel's Kel'sa ’Vel Varno Bay"
)


def test_the_trie_finds_the_longest_whole_form_like_the_plain_alternation() -> None:
    got = [m.span() for m in gz.compiled_alternation(FORMS).finditer(TEXT)]
    assert got == [m.span() for m in _plain(FORMS).finditer(TEXT)]
    texts = [TEXT[s:e] for s, e in got]
    assert "Varno Bay Works" in texts and "Upper Velka" in texts and "Varno Bay" in texts
    assert "Velkan" not in " ".join(texts)  # not inside a longer word


def test_case_insensitive_forms_keep_the_plain_alternation() -> None:
    p = gz.compiled_alternation(("Varno", "Vel"), re.I)
    assert [m.group(0) for m in p.finditer("varno VEL xvel")] == ["varno", "VEL"]


def test_any_of_answers_as_a_substring_test_of_every_form() -> None:
    cues = ("treat", "treaty of", "pact", "fall of", "a")
    p = gz.any_of(cues[:4])
    for text in ("the treaty of varno", "impact", "nothing here", "fall o", "retreat", ""):
        assert (p.search(text) is not None) == any(c in text for c in cues[:4]), text
    assert gz.any_of(cues).search("xyz a") is not None


def test_role_forms_grouped_by_letter_match_as_the_plain_alternation() -> None:
    from narkomindel.extract.roles import _ATOMS, _by_letter

    forms = sorted(
        ["vice consul", "vice-consul", "viceroy", "consul", "consul general", "people's envoy",
         "envoy", "counsellor", "chargé"],
        key=len, reverse=True,
    )  # fmt: skip
    atoms = [[_ATOMS.get(c, re.escape(c)) for c in f] for f in forms]
    grouped = re.compile(rf"\b(?P<r>{_by_letter(atoms)})(?!\w)", re.I)
    plain = re.compile(rf"\b(?P<r>(?:{'|'.join(''.join(a) for a in atoms)}))(?!\w)", re.I)
    text = (
        "The Vice Consul, a vice-consul, the viceroy, Consul General Ivo Palk, the consuls, "
        "People’s Envoy, people's  envoy, Counsellor, CHARGÉ, vice\nconsul, viceconsul"
    )
    got = [m.span() for m in grouped.finditer(text)]
    assert got == [m.span() for m in plain.finditer(text)]
    assert len(got) >= 10
    assert "v(?:i(?:c(?:e" in _by_letter(atoms)  # grouped, not one flat list
