"""Well over a hundred bad or unusual files in one folder (issue 10): no traceback, no
hang, bounded memory, no silent mojibake, one line with a code for every failure, and
nothing stored before is lost."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

from narkomindel import ingest
from narkomindel.store.database import Store
from tests.helpers import DATA
from tests.pipeline.hostile import write_corpus

CHILD = """
import json, sys
import narkomindel
from narkomindel.config import Settings
report = narkomindel.ingest([sys.argv[1]], sys.argv[2],
                            settings=Settings(max_file_bytes=3 * 1024 * 1024, max_seconds_per_file=30))
print(json.dumps({"results": [r.__dict__ for r in report.results],
                  "extracted": [x.__dict__ for x in report.extracted]}))
"""


def test_a_folder_of_hostile_files(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    n = write_corpus(folder)
    assert n >= 120
    db = tmp_path / "t.db"
    assert ingest([DATA / "mission_norway.txt"], db).ok  # stored before: must survive
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), str(db)],
        capture_output=True, text=True, timeout=900, env={**os.environ},
    )  # fmt: skip
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    out = json.loads(proc.stdout)
    failures = [r["error"] for r in out["results"] if r["status"] == "failed"]
    failures += [x["error"] for x in out["extracted"] if x["error"]]
    assert all(f.startswith("[E") and " — " in f for f in failures), failures
    assert not [f for f in failures if "report this as a bug" in f]
    assert len(out["results"]) >= n - 2  # the hidden file and the folder loop are not files
    assert peak_mb < 1024, f"{peak_mb:.0f} MB"
    with Store(db) as store:
        assert store.integrity_problems() == []
        stored = {Path(s["path"]).name: s for s in store.sources()}
        assert "mission_norway.txt" in stored
        text = {name: store.text(s["id"]) for name, s in stored.items()}
    # decoded right, or refused with a line — never stored as mojibake
    for name, words in {
        "html-wrong-charset.html": "Полпред Литвинов",
        "utf16-bom.txt": "Ambassador to Portugal",
        "utf16-nobom.txt": "Ambassador to Portugal",
        "cp1251.txt": "Полпред Литвинов",
        "xml-wrong-encoding.xml": "Полпред",
        "html-utf16-bom.html": "Ambassador to Portugal",
    }.items():
        if name in text:
            assert words in text[name], (name, text[name][:80])
    assert "latin1-\\xe9.txt" in stored and "ünïcödé-名前.txt" in stored
