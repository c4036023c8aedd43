"""kill -9 at every stage of full and incremental ingests, then the same ingest again.

For each of 20 runs (10 full, 10 incremental: one new file into a full database),
an ingest is started in a child and killed with SIGKILL at a point spread over the
run's duration; the next ingest must leave a register equal to a clean run's
(persons, factoids, links, events, sources, by their exports). Prints one JSON
line per run and a summary. Run from the repository root:

    python benchmarks/fault_kill.py
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from narkomindel import ingest  # noqa: E402
from tests.pipeline.interruptions import corpus, fingerprint, kill_after, rerun  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "in"
        corpus(folder)
        t0 = time.perf_counter()
        ingest([folder], root / "clean.db")
        seconds = time.perf_counter() - t0
        expected = fingerprint(root / "clean.db")
        results = []
        for i in range(10):
            db = root / f"full{i}.db"
            stage = kill_after(folder, db, seconds * (i + 0.5) / 10)
            same = rerun(folder, db) == expected
            results.append({"run": "full", "killed_at_s": round(seconds * (i + 0.5) / 10, 2),
                            "stage": stage, "equal_to_clean": same})  # fmt: skip
            print(json.dumps(results[-1]), flush=True)
        newest = sorted(folder.glob("text*.txt"))[-1]
        kept = newest.read_bytes()
        newest.unlink()
        base = root / "base.db"
        ingest([folder], base)
        newest.write_bytes(kept)
        for i in range(10):
            db = root / f"incr{i}.db"
            shutil.copy(base, db)
            at = (seconds / 3) * (i + 0.5) / 10
            stage = kill_after(folder, db, at)
            same = rerun(folder, db) == expected
            results.append({"run": "incremental", "killed_at_s": round(at, 2), "stage": stage,
                            "equal_to_clean": same})  # fmt: skip
            print(json.dumps(results[-1]), flush=True)
        print(json.dumps({
            "clean_ingest_s": round(seconds, 2), "runs": len(results),
            "equal": sum(r["equal_to_clean"] for r in results),
            "stages": sorted({r["stage"].split(" (")[0] for r in results}),
        }))  # fmt: skip


if __name__ == "__main__":
    main()
