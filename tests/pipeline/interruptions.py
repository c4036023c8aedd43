"""Killing an ingest at any moment and running it again (issue 10): shared by the test
and by benchmarks/fault_kill.py, which runs it twenty times and reports."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from narkomindel import ingest
from narkomindel.export import collect
from narkomindel.store.database import Store
from tests.helpers import DATA, records

SURNAMES = ["Zaretskii", "Volkhovin", "Piskarev", "Lodygin", "Shchurov", "Bragintsev", "Kalitin",
            "Morshnev", "Ustiugov", "Glazkov", "Tverdynin", "Osokin"]  # fmt: skip
CYRILLIC = ["Зарецкий", "Волховин", "Пискарев", "Лодыгин", "Щуров", "Брагинцев", "Калитин",
            "Моршнев", "Устюгов", "Глазков", "Твердынин", "Осокин"]  # fmt: skip
COUNTRIES = ["Norway", "Portugal", "Denmark", "Latvia", "Finland", "Chile"]


def corpus(folder: Path, n_texts: int = 12, n_records: int = 400) -> list[Path]:
    """An invented corpus slow enough to be interrupted at every stage."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n_texts):
        lines = []
        for j, name in enumerate(SURNAMES):
            country = COUNTRIES[(i + j) % len(COUNTRIES)]
            year = 1920 + (i + j) % 18
            lines.append(
                f"In {year} Ambassador to {country} A. B. {name} arrived. {name} served until"
                f" {year + 3} and was arrested in 1937."
            )
        path = folder / f"text{i:02d}.txt"
        path.write_text(f"Report {i}\n\n" + "\n\n".join(lines) + "\n")
        files.append(path)
    rows = [
        f"<B>{CYRILLIC[k % len(CYRILLIC)]} Андрей Борисович</B>, род. {1880 + k % 30}, г. Тверь,"
        f" русский, член ВКП(б), служащий. Адрес: ул. Тестовая, д.{k}. Расстрелян"
        f" {1 + k % 27}.0{1 + k % 9}.1938. Место захоронения: Коммунарка."
        for k in range(n_records)
    ]
    page = folder / "shot-synthetic.htm"
    page.write_bytes(records(rows))
    files.append(page)
    shutil.copy(DATA / "mission_norway.txt", folder / "mission.txt")
    return files


def fingerprint(db: Path) -> str:
    """The register as its exports see it: persons, factoids with status, links, events."""
    with Store(db) as store:
        bundle = collect(store)
    rows = {kind: sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in bundle.rows(kind))
            for kind in ("persons", "factoids", "links", "events", "sources")}  # fmt: skip
    return hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()


def kill_after(folder: Path, db: Path, seconds: float) -> str:
    """Start ``ingest`` in a child, kill it with SIGKILL ``seconds`` after it began (its
    imports done); return the stage it was killed in (``done`` if it finished first)."""
    code = (
        "import sys, narkomindel\nprint('ready', flush=True)\n"
        f"narkomindel.ingest([{str(folder)!r}], {str(db)!r})\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], env={**os.environ}, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    time.sleep(seconds)
    if child.poll() is not None:
        return "done"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    return stage_of(db, len([p for p in folder.iterdir() if p.is_file()]))


def stage_of(db: Path, files: int) -> str:
    """Where an interrupted run stopped, read from the database it left."""
    if not db.exists():
        return "opening"
    with Store(db) as store:
        sources = store.conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
        extracted = store.conn.execute("SELECT COUNT(*) FROM extraction_runs").fetchone()[0]
        state = dict(store.conn.execute("SELECT name, value FROM pipeline_state").fetchall())
    if sources < files:
        return f"reading ({sources} of {files} files stored)"
    if extracted < sources:
        return f"extracting ({extracted} of {sources} extracted)"
    if state.get("generation") != state.get("resolved_generation"):
        return "resolving"
    return "finished"


def rerun(folder: Path, db: Path) -> str:
    """The next run after an interruption: the same ingest again."""
    report = ingest([folder], db)
    assert not report.failed, [r.error for r in report.failed]
    return fingerprint(db)
