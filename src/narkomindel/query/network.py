"""The network of persons, missions and events: who served in the same mission at the
same time, who took part in an event, who is named together with whom."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, ClassVar

from narkomindel.errors import UsageError
from narkomindel.query.events import events
from narkomindel.query.filters import year_arg
from narkomindel.query.missions import post_years
from narkomindel.query.posts import posts
from narkomindel.query.results import Result
from narkomindel.store import views
from narkomindel.store.database import Store

__all__ = ["Network", "network", "RELATIONS"]

#: edge kinds: person–mission, person–person (same mission, overlapping years),
#: person–event, person–person (named in the same paragraph)
RELATIONS = ("served in", "served together", "took part in", "named together")


@dataclass(frozen=True, repr=False)
class Network(Result):
    """Nodes (``id``, ``label``, ``kind``: person, mission, event; persons with their
    fate) and edges (``source``, ``target``, ``relation``, ``weight``, years)."""

    nodes: tuple[dict[str, Any], ...]
    edges: tuple[dict[str, Any], ...]
    year_from: int | None
    year_to: int | None

    SHOWN: ClassVar[tuple[str, ...]] = ("year_from", "year_to")


def network(
    store: Store,
    *,
    date_from: int | str | None = None,
    date_to: int | str | None = None,
    named_together: bool = True,
    limit: int = 400,
) -> Network:
    """The network in the years ``date_from``–``date_to`` (posts and events overlapping
    them; co-mentions are not dated and are kept between persons already in view)."""
    y0, y1 = year_arg(date_from, "date_from"), year_arg(date_to, "date_to")
    if y0 is not None and y1 is not None and y0 > y1:
        raise UsageError(
            f"‹date_from› {y0} is after ‹date_to› {y1}", hint="give the earlier year first"
        )
    if not 1 <= limit <= 5000:
        raise UsageError(f"‹limit› {limit} is out of range", hint="give 1 to 5000")
    lo, hi = y0 or 0, y1 or 9999
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def edge(a: str, b: str, relation: str, years: tuple[int, int] | None = None) -> None:
        k = (a, b, relation) if relation != "served together" or a < b else (b, a, relation)
        e = edges.setdefault(
            k, {"source": k[0], "target": k[1], "relation": relation, "weight": 0, "years": None}
        )
        e["weight"] += 1
        if years:
            old = e["years"]
            e["years"] = years if old is None else (min(old[0], years[0]), max(old[1], years[1]))

    by_country: dict[str, list[tuple[str, tuple[int, int]]]] = defaultdict(list)
    for p in posts(store):
        span = post_years(p)
        if p.country is None or span is None or span[1] < lo or span[0] > hi:
            continue
        nodes.setdefault(p.person_id, {"id": p.person_id, "label": p.person, "kind": "person"})
        mid = f"mission:{p.country}"
        nodes.setdefault(mid, {"id": mid, "label": f"mission in {p.country}", "kind": "mission"})
        edge(p.person_id, mid, "served in", span)
        by_country[p.country].append((p.person_id, span))
    for served in by_country.values():
        for i, (a, sa) in enumerate(served):
            for b, sb in served[i + 1 :]:
                if a != b and sa[0] <= sb[1] and sb[0] <= sa[1]:
                    edge(a, b, "served together", (max(sa[0], sb[0]), min(sa[1], sb[1])))
    for ev in events(store, date_from=y0, date_to=y1):
        if not ev.participants:
            continue
        nodes.setdefault(ev.id, {"id": ev.id, "label": ev.name, "kind": "event", "date": ev.date})
        for pid, name in zip(ev.participants, ev.participant_names, strict=False):
            nodes.setdefault(pid, {"id": pid, "label": name, "kind": "person"})
            edge(pid, ev.id, "took part in")
    with store.reading():
        if named_together:
            pairs = views.co_mentions(store)
            if y0 is None and y1 is None:
                names = views.summaries_by_key(
                    store, sorted({k for a, b, _ in pairs for k in (a, b)})
                )
                for a, b, _n in pairs:
                    for k in (a, b):
                        if k in names:
                            nodes.setdefault(
                                k, {"id": k, "label": names[k]["name"], "kind": "person"}
                            )
            for a, b, n in pairs:
                if a in nodes and b in nodes:
                    edge(a, b, "named together")
                    edges[(a, b, "named together")]["weight"] = n
        fates = views.summaries_by_key(
            store, [k for k, v in nodes.items() if v["kind"] == "person"]
        )
    for k, info in fates.items():
        nodes[k]["fate"] = info["fate"]
    kept = _strongest(nodes, list(edges.values()), limit)
    return Network(
        tuple(nodes[k] for k in sorted(kept)),
        tuple(e for e in edges.values() if e["source"] in kept and e["target"] in kept),
        y0, y1,
    )  # fmt: skip


def _strongest(
    nodes: dict[str, dict[str, Any]], edges: list[dict[str, Any]], limit: int
) -> set[str]:
    """The ``limit`` nodes with the most connections (all of them when fewer)."""
    if len(nodes) <= limit:
        return set(nodes)
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e["source"]] += int(e["weight"])
        degree[e["target"]] += int(e["weight"])
    return set(sorted(nodes, key=lambda k: (-degree[k], k))[:limit])
