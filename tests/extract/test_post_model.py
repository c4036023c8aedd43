"""The trained attachment model of English posts (``extract.post_model``): its candidates
and features, its additions, the packaged weights, the switch. Short invented sentences;
nobody named here is in the corpus."""

from __future__ import annotations

import pytest

from narkomindel.extract import _post_model_on
from narkomindel.extract.post_model import (
    FEATURES,
    Weights,
    candidates,
    load_weights,
    model_posts,
)
from tests.extract.sample import run


def _features(cand: object) -> dict[str, float]:
    return dict(zip(FEATURES, cand.features, strict=True))  # type: ignore[attr-defined]


def _of(text: str, person: str, role: str, country: str | None) -> dict[str, float]:
    doc, ex = run(text + "\n")
    for c in candidates(doc, ex.mentions, ex.claims):
        if (
            ex.mentions[c.person].text.endswith(person)
            and c.role.role == role
            and c.country == country
        ):
            return _features(c)
    raise AssertionError(f"no candidate {person}, {role}, {country}")


def test_a_verb_of_posting_between_the_subject_and_a_role_of_its_own_country() -> None:
    f = _of(
        "Ivar Tollenbrek was appointed envoy to Norway in 1931.", "Tollenbrek", "envoy", "Norway"
    )
    assert f["person_before_role"] == 1 and f["gap_posting_verb"] == 1
    assert f["person_subject"] == 1 and f["one_person"] == 1 and f["place_own"] == 1
    assert f["rules_triple"] == 1  # the rules read this one themselves
    assert f["role_titles_other"] == 0


def test_the_same_role_without_its_place_is_a_candidate_of_its_own() -> None:
    f = _of("Ivar Tollenbrek was appointed envoy to Norway in 1931.", "Tollenbrek", "envoy", None)
    assert f["place_none"] == 1 and f["place_own"] == 0 and f["rules_triple"] == 0


def test_a_role_titling_the_next_name_is_marked_for_the_other_person() -> None:
    text = "Olga Varnitsky dined with Envoy to Chile Pavel Ostrogin in May."
    f = _of(text, "Varnitsky", "envoy", "Chile")
    assert f["role_titles_other"] == 1 and f["nearest_person"] == 0
    g = _of(text, "Ostrogin", "envoy", "Chile")
    assert g["role_titles_this"] == 1 and g["nearest_person"] == 1
    # the packaged model prefers the titled name
    w = load_weights()
    doc, ex = run(text + "\n")
    probs = {
        ex.mentions[c.person].text.split()[-1]: w.probability(c.features)
        for c in candidates(doc, ex.mentions, ex.claims)
        if c.role.role == "envoy" and c.country == "Chile"
    }
    assert probs["Ostrogin"] > probs["Varnitsky"]


def test_the_model_adds_a_post_the_rules_miss_with_its_evidence_and_probability() -> None:
    text = (
        "After a short stay at home, Comrade Olaf Brennick will proceed to Lisbon as "
        "Soviet Envoy to Portugal."
    )
    doc, ex = run(text + "\n")
    rules = {(ex.mentions[c.subject].text, c.role) for c in ex.claims if c.type == "post"}
    assert not any(r == "envoy" for _, r in rules)  # the rules miss this construction
    # a model that trusts "as" before a role whose holder is the sentence's subject
    weights = {n: 0.0 for n in FEATURES}
    weights.update(bias=-2.0, as_before_role=2.0, person_subject=1.5, place_own=1.0)
    added = model_posts(doc, ex.mentions, ex.claims, Weights(weights, 0.8))
    assert [(ex.mentions[c.subject].text.split()[-1], c.role, c.country) for c in added] == [
        ("Brennick", "envoy", "Portugal")
    ]
    claim = added[0]
    assert claim.quote.startswith("Brennick") and claim.quote.endswith("Portugal")
    assert claim.confidence == pytest.approx(1 / (1 + 2.718281828**-2.5), abs=1e-3)
    # a higher threshold adds nothing
    assert model_posts(doc, ex.mentions, ex.claims, Weights(weights, 0.95)) == []


def test_a_post_the_rules_produced_is_not_added_again() -> None:
    doc, ex = run("Ivar Tollenbrek was appointed envoy to Norway in 1931.\n")
    weights = {n: 0.0 for n in FEATURES}
    weights.update(bias=5.0, place_own=5.0)  # every candidate very likely
    added = model_posts(doc, ex.mentions, ex.claims, Weights(weights, 0.5))
    assert not any(c.role == "envoy" and c.country == "Norway" for c in added)


def test_the_packaged_weights_load_with_every_feature_and_a_threshold() -> None:
    w = load_weights()
    assert set(w.weights) == set(FEATURES)
    assert 0.0 < w.threshold <= 1.0
    assert w.weights["rules_triple"] > 0  # what the rules read is likely


def test_the_switch_is_off_by_default_and_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NARKOMINDEL_POST_MODEL", raising=False)
    assert _post_model_on() is False
    monkeypatch.setenv("NARKOMINDEL_POST_MODEL", "true")
    assert _post_model_on() is True
