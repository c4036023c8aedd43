"""The web explorer's speed: p95 render time of the person, source, missions and search
pages and of ``/ipif/persons?name=``, on the demo register and on a synthetic register
of 1,000,000 factoids; and a bounded loopback load test of 50 concurrent readers while
a curator writes.

Run: ``make bench-web`` (add ``--quick`` to skip the 1,000,000-factoid register).

Each page is requested in-process (FastAPI's TestClient: the application's own time,
no network), side by side with the obvious alternative in the same run: the same data
from its JSON twin under ``/api`` (no templates). The synthetic register is the one of
``bench_register.py`` (100,000 persons, 2,000 sources, ten factoids a person), with a
text of 50 paragraphs given to each source so the source viewer has something to show.
The load test serves the demo register with uvicorn on 127.0.0.1 only; every loop is
bounded in count and time.
"""

from __future__ import annotations

import json
import random
import resource
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

N_REQUESTS = 200
OUT = Path(__file__).resolve().parent / "out"
READERS = 50
READS_EACH = 40
WRITES = 30
PASSWORD = "bench password 123"


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000


def timed(client: Any, urls: list[str]) -> dict[str, float]:
    client.get(urls[0])  # warm
    times = []
    for url in urls:
        t = time.perf_counter()
        r = client.get(url)
        times.append(time.perf_counter() - t)
        assert r.status_code == 200, (url, r.status_code, r.text[:200])
    return {"p50": p(times, 0.5), "p95": p(times, 0.95), "n": len(times)}


def measure(db: Path, label: str, rng: random.Random, n: int = N_REQUESTS) -> list[dict[str, Any]]:
    from fastapi.testclient import TestClient

    from narkomindel.serve import ServeConfig, create_app
    from narkomindel.store.database import Store

    app = create_app(lambda: Store(db), ServeConfig(read_only=True))
    rows = []
    with TestClient(app) as c:
        persons = c.get("/api/persons?limit=5000").json()
        keys = [x["id"] for x in persons]
        sources = [s["id"] for s in c.get("/api/sources").json()]
        countries = [m["country"] for m in c.get("/api/missions").json()]
        names = [x["name"].split()[-1].strip(",") for x in persons]
        pick = lambda items: [rng.choice(items) for _ in range(n)]  # noqa: E731
        plans = {
            "person": [quote(k, safe="") for k in pick(keys)],
            "source": pick(sources),
            "missions": [quote(x) for x in pick(countries)] if countries else [],
            "search": [quote(x) for x in pick(names)],
        }
        for page, ids in plans.items():
            if not ids:
                continue
            html = {"person": "/person/{}", "source": "/source/{}", "missions": "/missions/{}",
                    "search": "/search?q={}"}[page]  # fmt: skip
            api = {"person": "/api/person/{}", "source": "/api/source/{}",
                   "missions": "/api/missions/{}", "search": "/api/search?q={}"}[page]  # fmt: skip
            for kind, pattern in (("page", html), ("json", api)):
                rows.append({"register": label, "what": page, "as": kind,
                             **timed(c, [pattern.format(i) for i in ids])})  # fmt: skip
                print(rows[-1], flush=True)
        rows.append({"register": label, "what": "ipif persons?name=", "as": "json",
                     **timed(c, [f"/ipif/persons?name={quote(n)}" for n in pick(names)])})  # fmt: skip
    return rows


def synthetic(path: Path) -> dict[str, float]:
    import bench_register

    from narkomindel.pipeline import sync_search
    from narkomindel.store.database import Store

    info = bench_register.build(path)
    t = time.perf_counter()
    paragraph = "The mission's staff met the delegation and the press; " * 4
    with Store(path) as store:
        conn = store.conn  # the benchmark writes its synthetic text directly
        conn.execute("BEGIN")
        keys = [r[0] for r in conn.execute("SELECT key FROM sources")]
        for key in keys:
            parts, segs, at = [], [], 0
            for i in range(50):
                parts.append(paragraph)
                segs.append((key, i, at, at + len(paragraph), "paragraph"))
                at += len(paragraph) + 2
            text = "\n\n".join(parts)
            conn.execute(
                "INSERT INTO source_content(source_key, original, text, offsets) VALUES (?,?,?,?)",
                (key, text.encode(), text, json.dumps([])),
            )
            conn.executemany(
                'INSERT INTO segments(source_key, seq, start, "end", kind) VALUES (?,?,?,?,?)', segs
            )
        conn.execute("COMMIT")
        sync_search(store)
    info["text_s"] = time.perf_counter() - t
    return info


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def load_test(db: Path) -> dict[str, Any]:
    import httpx
    import uvicorn

    from narkomindel.pipeline import accounts
    from narkomindel.serve import ServeConfig, create_app
    from narkomindel.store.database import Store

    with Store(db) as store:
        accounts.add_user(store, "bench", PASSWORD, "curator")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    app = create_app(lambda: Store(db), ServeConfig())
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    persons = httpx.get(f"{base}/api/persons").json()
    urls = ["/", "/persons", "/events", "/search?q=Tolmachev", "/network"]
    urls += [f"/person/{quote(x['id'], safe='')}" for x in persons]
    read_times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + 120  # bounded in time as well as in count

    def reader(n: int) -> None:
        rng = random.Random(n)
        with httpx.Client(base_url=base, timeout=30) as c:
            for _ in range(READS_EACH):
                if time.monotonic() > stop_at:
                    return
                url = rng.choice(urls)
                t = time.perf_counter()
                try:
                    r = c.get(url)
                    ok = r.status_code == 200
                except httpx.HTTPError as exc:
                    ok, r = False, None
                    url += f" ({exc})"
                with lock:
                    read_times.append(time.perf_counter() - t)
                    if not ok:
                        errors.append(f"{url}: {r.status_code if r is not None else 'failed'}")

    write_times: list[float] = []

    def curator() -> None:
        with httpx.Client(base_url=base, timeout=60) as c:
            page = c.get("/login").text
            token = page.split('name="token" value="', 1)[1].split('"', 1)[0]
            c.post("/login", data={"name": "bench", "password": PASSWORD, "token": token})
            csrf = c.get("/").text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
            for i in range(WRITES):
                if time.monotonic() > stop_at:
                    return
                who = persons[i % len(persons)]["id"]
                card = c.get(f"/api/person/{quote(who, safe='')}").json()
                if not card["factoids"]:
                    continue
                f = card["factoids"][0]
                status = "rejected" if f["status"] != "rejected" else "accepted"
                state = c.get(f"/person/{quote(who, safe='')}").text.split(
                    'name="state" value="', 1
                )
                t = time.perf_counter()
                r = c.post(f"/factoid/{f['id']}/judge",
                           data={"csrf": csrf, "person": who, "status": status,
                                 "state": state[1].split('"', 1)[0] if len(state) > 1 else ""})  # fmt: skip
                write_times.append(time.perf_counter() - t)
                if r.status_code != 303:  # 303: back to the person page
                    with lock:
                        errors.append(f"write {f['id']}: {r.status_code}")

    t0 = time.perf_counter()
    threads = [threading.Thread(target=reader, args=(n,)) for n in range(READERS)]
    threads.append(threading.Thread(target=curator))
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=180)
    wall = time.perf_counter() - t0
    server.should_exit = True
    thread.join(timeout=10)
    return {
        "readers": READERS, "reads": len(read_times), "writes": len(write_times),
        "errors": len(errors), "first_errors": errors[:5], "wall_s": round(wall, 2),
        "read_p50_ms": round(p(read_times, 0.5), 1), "read_p95_ms": round(p(read_times, 0.95), 1),
        "write_p95_ms": round(p(write_times, 0.95), 1) if write_times else None,
        "reads_per_s": round(len(read_times) / wall, 1),
    }  # fmt: skip


def main() -> None:
    from narkomindel.pipeline import run_demo
    from narkomindel.store.database import Store

    quick = "--quick" in sys.argv
    rng = random.Random(12)
    out: dict[str, Any] = {"rows": []}
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo.db"
        with Store(demo) as store:
            run_demo(store)
        out["rows"] += measure(demo, "demo", rng)
        loaded = Path(tmp) / "load.db"
        shutil.copy(demo, loaded)
        out["load"] = load_test(loaded)
        if not quick:
            big = OUT / "web-synthetic.db"  # kept between runs (benchmarks/out is not committed)
            if not big.exists():
                OUT.mkdir(exist_ok=True)
                out["synthetic_build"] = synthetic(big)
                print(out["synthetic_build"], flush=True)
            out["rows"] += measure(big, "synthetic 1M factoids", rng, n=20)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print("| register | what | as | p50 ms | p95 ms | n |")
    print("|---|---|---|---:|---:|---:|")
    for r in out["rows"]:
        print(
            f"| {r['register']} | {r['what']} | {r['as']} | {r['p50']:.1f} | {r['p95']:.1f} | {r['n']} |"
        )
    print(json.dumps({k: v for k, v in out.items() if k != "rows"}, indent=2))
    print("median p95 (ms):", statistics.median(r["p95"] for r in out["rows"]))


if __name__ == "__main__":
    main()
