from narkomindel.evaluate.matching import best_matching


def test_a_claim_gives_way_when_another_claim_fits_only_its_entry() -> None:
    # claim 0 fits entries 0 and 1 (0 first), claim 1 fits only entry 0: greedy gives one
    # pair, the largest matching two
    assert best_matching([[0, 1], [0]]) == {0: 1, 1: 0}


def test_preferred_entries_are_kept_when_nothing_is_gained() -> None:
    assert best_matching([[1, 0], [2]]) == {0: 1, 1: 2}
    assert best_matching([[0], [0], []]) == {0: 0}  # one entry, one claim
    assert best_matching([]) == {}


def test_a_longer_chain_of_moves() -> None:
    # 0→{0}, 1→{0,1}, 2→{1,2}... each later claim displaces along the chain
    cands = [[0, 1], [1, 2], [0]]
    found = best_matching(cands)
    assert len(found) == 3 and sorted(found.values()) == [0, 1, 2]
    assert all(found[c] in cands[c] for c in found)


def test_no_needless_moves() -> None:
    # both fit both: each keeps the first free one, in order
    assert best_matching([[0, 1], [0, 1]]) == {0: 0, 1: 1}
