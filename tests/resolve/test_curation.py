"""What curators' decisions do to the persons resolution made (pure functions)."""

from __future__ import annotations

from narkomindel.model import Entity, RecordLink
from narkomindel.resolve.curation import (
    apply_cluster_action,
    join_on_shared_records,
    merge_target,
    split_target,
)


def people() -> list[Entity]:
    return [
        Entity("ivanov|ip", "I. P. Ivanov", [("s1", 0), ("s1", 5)], ["I. P. Ivanov", "Ivanov"]),
        Entity("ivanoff|", "Ivanoff", [("s2", 3)], ["Ivanoff"]),
    ]


def test_a_merge_joins_two_persons_once() -> None:
    found = people()
    entry = {"action": "merge", "target": merge_target("ivanov|ip", "ivanoff|"), "why": "one man"}
    assert apply_cluster_action(found, entry, {})
    assert len(found) == 1 and ("s2", 3) in found[0].mentions
    assert "Ivanoff" in found[0].variants
    assert not apply_cluster_action(found, entry, {})  # the other person is gone: stale


def test_a_split_moves_the_named_mentions_to_a_new_person() -> None:
    found = people()
    starts = {("s1", 0): 10, ("s1", 5): 200}
    entry = {"action": "split", "target": split_target("ivanov|ip", ["s1:200"]), "why": "namesake"}
    assert apply_cluster_action(found, entry, starts)
    new = [e for e in found if e.key.startswith("ivanov|ip#split-")]
    assert [e.mentions for e in new] == [[("s1", 5)]]
    # a split that would move every mention, or names an unknown one, does nothing
    all_of_it = {"action": "split", "target": split_target("ivanoff|", ["s2:0"]), "why": ""}
    assert not apply_cluster_action(found, all_of_it, {("s2", 3): 0})


def test_a_rename_is_the_persons_label_from_then_on() -> None:
    found = people()
    entry = {"action": "rename", "target": "ivanoff|", "value": "Ivan Ivanov", "why": ""}
    assert apply_cluster_action(found, entry, {})
    assert found[1].label == "Ivan Ivanov" and found[1].attrs["display_name"] == "Ivan Ivanov"


def test_two_persons_applied_to_one_record_are_one_person() -> None:
    found = people()
    links = [
        RecordLink("l1", "ivanov|ip", "reg", 4, "Иванов Иван Петрович", 0.95, "applied"),
        RecordLink("l2", "ivanoff|", "reg", 4, "Иванов Иван Петрович", 0.9, "applied"),
    ]
    kept = join_on_shared_records(found, links)
    assert len(found) == 1 and [lk.key for lk in kept] == ["l1"]


def test_keys_ending_with_the_separator_are_parsed_not_split() -> None:
    """Issue 10: a merge of a person whose key ends with "|" took no effect."""
    found = people() + [Entity("petrov|", "Petrov", [("s3", 1)], ["Petrov"])]
    entry = {"action": "merge", "target": merge_target("ivanoff|", "petrov|"), "why": ""}
    assert apply_cluster_action(found, entry, {})
    assert [len(e.mentions) for e in found] == [2, 2]
    found = people()
    split = {"action": "split", "target": split_target("ivanoff|", ["s2:0"]), "why": ""}
    assert not apply_cluster_action(found, split, {("s2", 3): 0})  # would move every mention
