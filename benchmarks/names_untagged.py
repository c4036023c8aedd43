"""Person mentions of the FRUS volume read *without* its editors' tags.

The TEI reader keeps the editors' ``persName``/``placeName`` tags, and the name
grammar uses them (a tagged place is no person; the persons list gives surnames).
An historian's own telegrams have no such tags, so this script drops them
(``tei`` and ``authority`` annotations) before extraction and scores the person
mentions against the same tags: precision and recall by overlap, as
``narkomindel evaluate`` counts them, inside the volume's documents.

Run: ``.venv/bin/python benchmarks/names_untagged.py [--errors]`` (needs
../shared/corpus/frus). ``--errors`` prints the missed and extra surfaces.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import Counter
from pathlib import Path

from narkomindel.extract import extract_document
from narkomindel.read import read_file

FRUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "frus"


def main() -> None:
    for path in sorted(FRUS.glob("*.xml")):
        doc = read_file(path)
        gold = [
            (a.start, a.end)
            for a in doc.annotations
            if a.kind == "tei" and a.name == "persName" and a.attrs.get("document")
        ]
        inside = [(s.start, s.end) for s in doc.segments if s.group]
        plain = dataclasses.replace(
            doc, annotations=[a for a in doc.annotations if a.kind not in ("tei", "authority")]
        )
        pred = [
            (m.start, m.end)
            for m in extract_document(plain).mentions
            if m.type == "person" and any(s <= m.start < e for s, e in inside)
        ]

        def overlaps(x: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
            return any(a < x[1] and x[0] < b for a, b in spans)

        tp = sum(1 for g in gold if overlaps(g, pred))
        fp = [p for p in pred if not overlaps(p, gold)]
        fn = [g for g in gold if not overlaps(g, pred)]
        p = tp / (tp + len(fp)) if tp + len(fp) else 0.0
        r = tp / len(gold) if gold else 0.0
        print(
            f"{path.name}: {len(gold)} tagged, TP {tp} FP {len(fp)} FN {len(fn)}  P {p:.3f} R {r:.3f}"
        )
        if "--errors" in sys.argv:
            print("  missed:", Counter(doc.text[s:e] for s, e in fn).most_common())
            print("  extra:", Counter(doc.text[s:e] for s, e in fp).most_common())


if __name__ == "__main__":
    main()
