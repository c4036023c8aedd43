"""The word gates of the sentence patterns: a gate never hides a match (extract.gated)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import narkomindel.extract as extract_pkg
from narkomindel.extract.gated import Gated


def _gated_patterns() -> list[tuple[str, Gated]]:
    found = []
    for info in pkgutil.walk_packages(extract_pkg.__path__, "narkomindel.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Gated):
                found.append((f"{info.name}.{name}", value))
    return found


GATED = _gated_patterns()

# sentences of our own, one or more for each kind of event the gated patterns read
SENTENCES = """\
The two governments signed a trade agreement with Ruritania in 1923, and a protocol was concluded.
An additional protocol signed on 4 May 1931 extended the pact. War broke out in 1939.
Ruritania declared war on Freedonia; relations were broken off in 1927 and restored in 1929.
Diplomatic relations were established with Freedonia in 1924, broken by it in 1927 and re-established later.
The Grembly affair and the Tovarek letter of 1924 led to the break with Freedonia.
The raid on the Arbeka offices came after the conference at Lomsk and the trade negotiations with Ruritania.
Recognition by Freedonia followed mutual recognition; the Zelnik government was recognized de facto.
The assassination of Envoy Varkosz shocked Lomsk; Pelmar was assassinated and a murder was perpetrated.
Freedonia expelled the Soviet mission and declared its consul persona non grata; he was ordered to leave the country.
Ruritania joined the League of Nations; Freedonia left the League of Nations in 1933.
Orlan's visit to Lomsk, the seizure of power, the annexation of Tarvia and the ultimatum to Tarvia followed.
The Great Terror and the purge of the Commissariat swept the service; Yezhovshchina is its name.
The First World War and World War II; the outbreak of war; a plane crash killed him.
The legation was closed in 1938; the opening of the embassy followed. His meeting with Grembly went well.
The talks broke down; the appointment of Kessel and Kessel's dismissal were announced.
In a speech to the Congress he protested; the July 1938 massacre and the 1927 war scare are remembered.
Kessel's radio speech; the Great Purge; his trial; he was tried in 1938; the conference opened in Lomsk.
They sent a military mission to Lomsk; the Anglo-Tarvian military mission; the formation of the Union.
Tarvia was annexed in 1940; the envoy was assassinated; the mission was expelled; the Bund was founded in 1919.
An invitation to the conference; the capture of Lomsk; he was put under investigation; he was elected to the Academy.
The town was renamed; he met Grembly and called on the Foreign Minister; he had a long conversation with Kessel.
His visit to Lomsk; the February and October revolutions; Kessel's assassination.
He presented his credentials, handed the Foreign Minister a note, lodged a protest, asked agrément and reached an agreement.
The Commissariat was purged; the war scare of 1927; police raided the offices of the Arbeka company.
Missions expelled from Tarvia; the newly founded Bund; the First Five-Year Plan; the end of the NEP.
The two states established diplomatic relations; the general elections followed in May.
Freedonia recognized Tarvia de jure; Kessel meets Grembly in Lomsk; the legations were expelled from Lomsk.
"""


def _texts(corpus: Path | None) -> list[str]:
    texts = [SENTENCES]
    if corpus is not None:
        for folder in ("web", "seeds"):
            for path in sorted((corpus / folder).glob("*.txt")):
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def test_gates_are_found():
    assert len(GATED) >= 40  # the event patterns of event_phrases and event_narrative


@pytest.mark.parametrize("name,gated", GATED, ids=[n for n, _ in GATED])
def test_every_match_holds_a_gate_word(name: str, gated: Gated):
    """Each match of the bare pattern, lower-cased, holds one of the gate's words: so a
    sentence the gate turns away has no match to lose."""
    from tests.conftest import CORPUS

    corpus = CORPUS if CORPUS.is_dir() else None
    for text in _texts(corpus):
        for m in gated.pattern.finditer(text):
            assert gated.admits(m.group(0).lower()), (name, m.group(0))


def test_the_invented_sentences_exercise_every_gate():
    unmatched = [name for name, g in GATED if not g.pattern.search(SENTENCES)]
    assert not unmatched


def test_gate_turns_away_and_admits():
    g = Gated(re.compile(r"\bsigned\s+a\s+(?P<head>treaty|pact)\b"), "signed", "treaty pact")
    text = "They signed a pact. Nothing happened. They signed nothing."
    low = text.lower()
    assert [m.group("head") for m in g.finditer(text, 0, len(text), low)] == ["pact"]
    s = text.index("Nothing")
    part = text[s:]
    assert list(g.finditer(text, s, len(text), part.lower())) == []  # no "pact" or "treaty"
    assert not g.admits("they met.") and g.admits("signed a treaty")
