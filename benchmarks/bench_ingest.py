"""Ingest throughput (words/s) and peak memory, on the corpus and on a 10x synthetic corpus.

Run: ``make bench`` (or ``.venv/bin/python benchmarks/bench_ingest.py``).  Needs
../shared/corpus.  Each measurement runs in a fresh subprocess so peak RSS is
its own.  Side by side, in the same run: the obvious alternative, a naive
ingest that decodes each file and stores its raw text in SQLite (no layout
analysis, no offsets, no segments).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
PARTS = ("seeds", "frus", "memorial")

CHILD = r"""
import json, resource, sqlite3, sys, time
from pathlib import Path
mode, db, folder = sys.argv[1], sys.argv[2], sys.argv[3]
t0 = time.perf_counter()
if mode == "narkomindel":
    from narkomindel import ingest
    report = ingest([folder], db)
    assert report.ok, [r.error for r in report.failed]
    con = sqlite3.connect(db)
    words = sum(len(t.split()) for (t,) in con.execute("SELECT text FROM source_content"))
    files = len(report.results)
else:
    from narkomindel.read.decode import decode_bytes
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE raw(path TEXT, text TEXT)")
    words = files = 0
    for p in sorted(Path(folder).rglob("*")):
        if p.is_file():
            text, _, _ = decode_bytes(p.read_bytes(), str(p))
            con.execute("INSERT INTO raw VALUES (?, ?)", (str(p), text))
            con.commit()
            words += len(text.split())
            files += 1
elapsed = time.perf_counter() - t0
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"files": files, "words": words, "seconds": elapsed, "peak_mb": peak_mb}))
"""


def build_corpus(dest: Path, copies: int) -> Path:
    """The corpus, ``copies`` times, each copy made distinct so it is stored anew."""
    for i in range(copies):
        for part in PARTS:
            for f in sorted((CORPUS / part).iterdir()):
                target = dest / f"copy{i:02d}" / part / f.name
                target.parent.mkdir(parents=True, exist_ok=True)
                data = f.read_bytes()
                if i:
                    marker = (
                        f"\n<!-- synthetic copy {i} -->\n"
                        if f.suffix in (".xml", ".htm")
                        else f"\n\nCopy {i}.\n"
                    )
                    data += marker.encode("ascii")
                target.write_bytes(data)
    return dest


def measure(mode: str, folder: Path, work: Path) -> dict[str, float]:
    db = work / f"{mode}-{folder.name}.db"
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(db), str(folder)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, float] = json.loads(out)
    result["words_per_s"] = result["words"] / result["seconds"]
    result["db_mb"] = db.stat().st_size / 1e6
    return result


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit("needs ../shared/corpus")
    work = Path(tempfile.mkdtemp(prefix="nk-bench-"))
    try:
        one = build_corpus(work / "x1", 1)
        ten = build_corpus(work / "x10", 10)
        rows = []
        for label, folder in (("corpus (1x)", one), ("synthetic (10x)", ten)):
            for mode in ("narkomindel", "naive"):
                r = measure(mode, folder, work)
                rows.append((label, mode, r))
        print("| corpus | ingest | files | words | seconds | words/s | peak RSS (MB) | DB (MB) |")
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        for label, mode, r in rows:
            print(
                f"| {label} | {mode} | {r['files']:.0f} | {r['words']:,.0f} | {r['seconds']:.2f} "
                f"| {r['words_per_s']:,.0f} | {r['peak_mb']:.0f} | {r['db_mb']:.1f} |"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
