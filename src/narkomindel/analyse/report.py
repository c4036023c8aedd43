"""A self-contained HTML report a historian can share: fate tables, published figures
beside computed ones, cohorts, survival, the recognition chronology and (optionally)
sensitivity — every count linked to the persons and factoids behind it, the
register's identity and the parameters in the footer, and a CSV of each table.

:func:`report` returns the page and the CSV texts; writing them is the caller's
business (the command line writes ``report.html`` and ``report_csv/*.csv``). The
sections are also separate functions returning HTML fragments, so a web explorer
can mount them as pages.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from html import escape
from typing import Any, ClassVar

from narkomindel.analyse import svg
from narkomindel.analyse.cohorts import (
    DEFAULT_PARAMS,
    VARIABLES,
    CohortParams,
    CohortTable,
    cohort_tables,
    slug,
)
from narkomindel.analyse.fates import (
    PURGED_OR_LIKELY,
    FateRule,
    FateTable,
    PersonFate,
    fate_table,
    population,
)
from narkomindel.analyse.published import Comparison, compare
from narkomindel.analyse.recognition import StateChronology, chronology
from narkomindel.analyse.sensitivity import SensitivityTable
from narkomindel.analyse.stats import SurvivalReport, drill, rule_named, sensitivity, survival_of
from narkomindel.query import analysis as q
from narkomindel.query.results import Result
from narkomindel.store.database import Store
from narkomindel.version import __version__

__all__ = ["Report", "report", "Links", "IN_PAGE", "fates_section", "published_section",
           "survival_section", "recognition_section", "cohorts_section", "sensitivity_section",
           "DRILL_LIMIT"]  # fmt: skip

#: persons listed under a cell in the page (all of them are in the CSV)
DRILL_LIMIT = 300

_STYLE = """body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 6px;
font-size:13px;text-align:left;vertical-align:top}th{background:#f3f3f3}.num{text-align:right}
.note{color:#555;font-size:13px}footer{border-top:1px solid #ccc;margin-top:3em;font-size:12px;color:#555}
details{margin:.3em 0}code{font-size:12px}"""


@dataclass(frozen=True, repr=False)
class Report(Result):
    """The page and a CSV text per table (file name → content)."""

    html: str
    csv: dict[str, str] = field(default_factory=dict)
    parameters: dict[str, Any] = field(default_factory=dict)

    SHOWN: ClassVar[tuple[str, ...]] = ("parameters",)


@dataclass(frozen=True)
class Links:
    """Where the numbers of a section lead. ``cell(table, fate_class)``: the persons of a
    cell of a fate table (``fate_class`` None: every person of the table), or None where
    there is nothing to link to; ``person(id)``: a person; ``passage(source, start,
    end)``: a passage of a source; ``cohort(population, "VARIABLE=VALUE")``: the fate
    table of a cohort. The self-contained report links within its own page
    (:data:`IN_PAGE`); the web explorer to its pages."""

    cell: Callable[[str, str | None], str | None]
    person: Callable[[str], str] | None = None
    passage: Callable[[str, int, int], str] | None = None
    cohort: Callable[[str, str], str] | None = None
    comparison: Callable[[Comparison], str | None] | None = None


def _in_page(key: str, fate_class: str | None) -> str | None:
    if fate_class is None or fate_class == PURGED_OR_LIKELY:
        return None
    return "#" + _anchor(key, fate_class)


#: the report's links: each count to the list of its persons further down the page
IN_PAGE = Links(_in_page)


def _a(href: str | None, text: str) -> str:
    """``text`` (already HTML) as a link to ``href``, or as it is when there is none."""
    return f'<a href="{escape(href)}">{text}</a>' if href else text


def _csv(rows: Sequence[dict[str, Any]]) -> str:
    """The rows under the first row's keys (a missing key or None: an empty cell). The
    csv writer over plain lists: a DictWriter took seconds for a 100,000-row table."""
    buf = io.StringIO()
    if rows:
        names = list(rows[0])
        w = csv.writer(buf)
        w.writerow(names)
        w.writerows([r.get(k) for k in names] for r in rows)
    return buf.getvalue()


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _anchor(*parts: str) -> str:
    return "cell-" + "-".join("".join(ch if ch.isalnum() else "_" for ch in p) for p in parts)


def fates_section(
    table: FateTable, key: str, links: Links = IN_PAGE
) -> tuple[str, list[dict[str, Any]], str]:
    """The fate table as HTML (each count a link to its persons), its CSV rows, and the
    drill-down lists."""
    head = ('<tr><th scope="col">fate class</th><th scope="col">n</th><th scope="col">N</th>'
            '<th scope="col">share</th><th scope="col">95% CI</th><th scope="col">among known</th>'
            '<th scope="col">bounds (unknowns out–in)</th></tr>')  # fmt: skip
    body = []
    every = links.cell(key, None)
    for r in table.rows:
        link = _a(links.cell(key, r.fate_class) if r.n else None, str(r.n))
        body.append(
            f'<tr><th scope="row">{escape(r.fate_class)}</th><td class=num>{link}</td>'
            f"<td class=num>{_a(every if r.N else None, str(r.N))}</td>"
            f"<td class=num>{_pct(r.share)}</td><td>{_pct(r.ci_low)}–{_pct(r.ci_high)}</td>"
            f"<td class=num>{_pct(r.share_known) if r.fate_class != 'unknown' else ''}</td>"
            f"<td>{'' if r.fate_class == 'unknown' else _pct(r.bound_low) + '–' + _pct(r.bound_high)}</td></tr>"
        )
    title = table.population + (f" ({table.cohort})" if table.cohort else "")
    html = (
        f"<h3>{escape(title)}: N = {table.N}, unknown {table.unknown}</h3>"
        f"<table><caption>Fate classes of the {escape(title)}</caption>{head}{''.join(body)}"
        f"</table>{svg.fate_bars(table)}"
        f"<p class=note>{escape(table.rule_text)}. {escape(table.note)}</p>"
    )
    rows = [{k: v for k, v in r.to_dict().items() if k != "persons"} for r in table.rows]
    return html, rows, _drill(table.persons, key, {r.fate_class: r.n for r in table.rows})


def _evidence(p: PersonFate) -> str:
    if not p.evidence:
        return f"last post {escape(p.last_post or '–')}"
    return "; ".join(
        f"<code>{escape(f.id)}</code> {escape(f.value)} {escape(f.start or '')} "
        f"<q>{escape(f.quote[:120])}</q> ({escape(f.path.rsplit('/', 1)[-1])}:{f.start_char})"
        for f in p.evidence
    )


def _drill(persons: Sequence[PersonFate], key: str, totals: dict[str, int]) -> str:
    by: dict[str, list[PersonFate]] = {}
    for p in persons:
        by.setdefault(p.fate_class, []).append(p)
    out = []
    for cls, people in by.items():
        items = "".join(
            f"<li><b>{escape(p.name)}</b> <code>{escape(p.id)}</code>: {escape(p.reason)} — {_evidence(p)}</li>"
            for p in people[:DRILL_LIMIT]
        )
        total = max(totals.get(cls, len(people)), len(people))
        shown = min(len(people), DRILL_LIMIT)
        more = (
            f"<p class=note>… and {total - shown} more in fates_{key}_persons.csv</p>"
            if total > shown
            else ""
        )
        out.append(
            f'<details id="{_anchor(key, cls)}"><summary>{escape(key)} — {escape(cls)}: '
            f"{total} persons</summary><ul>{items}</ul>{more}</details>"
        )
    return "".join(out)


def published_section(
    comps: Sequence[Comparison], links: Links = IN_PAGE
) -> tuple[str, list[dict[str, Any]]]:
    """A study's figures beside the register's: "too small" and "not computable" said
    in words; the register's n linked to its persons, the statement to its passage."""
    rows = [{k: v for k, v in c.to_dict().items() if k != "persons"} for c in comps]
    body = []
    for c, r in zip(comps, rows, strict=True):
        n = "" if r["n"] is None else str(r["n"])
        here = links.comparison(c) if links.comparison and r["n"] else None
        where = f"<code>{escape(str(r['factoid']))}</code> {escape(str(r['path']).rsplit('/', 1)[-1])}:{r['start']}"
        if links.passage:
            where = _a(links.passage(str(r["source"]), int(r["start"]), int(r["end"])), where)
        status = escape(str(r["status"]))
        body.append(
            f"<tr><td>{escape(str(r['population']))}</td><td>{escape(str(r['variable']))} "
            f"{escape(str(r['category']))}</td><td>{escape(str(r['published']))}</td>"
            f"<td class=num>{'' if r['computed'] is None else r['computed']}</td>"
            f"<td class=num>{_a(here, n)}/{'' if r['N'] is None else r['N']}</td>"
            f"<td>{status if r['status'] == 'compared' else f'<strong>{status}</strong>'}</td>"
            f"<td>{escape(str(r['note']))}</td><td>{where}</td></tr>"
        )
    html = (
        "<table><caption>Published figures beside the register's values</caption>"
        '<tr><th scope="col">population</th><th scope="col">what</th><th scope="col">published</th>'
        '<th scope="col">register</th><th scope="col">n/N</th><th scope="col">status</th>'
        f'<th scope="col">note</th><th scope="col">statement</th></tr>{"".join(body)}</table>'
        if rows
        else "<p>No statistical statement has been extracted from the sources.</p>"
    )
    return html, rows


def cohorts_section(
    tables: Sequence[CohortTable], links: Links = IN_PAGE
) -> tuple[str, list[dict[str, Any]]]:
    """Each cohort variable with its coverage and categories (a category linked to the
    fate table of its cohort where the links allow)."""
    rows: list[dict[str, Any]] = []
    parts = []
    for t in tables:

        def label(text: str, variable: str = t.variable, pop: str = t.population) -> str:
            if links.cohort is None or variable not in VARIABLES:
                return escape(text)
            return _a(links.cohort(pop, f"{variable}={slug(text)}"), escape(text))

        cats = "".join(
            f'<tr><th scope="row">{label(r.label)}</th><td class=num>{r.n}</td><td>{_pct(r.share)} '
            f"({_pct(r.ci_low)}–{_pct(r.ci_high)})</td></tr>"
            for r in t.rows[:25]
        )
        num = t.numeric
        numtxt = (
            f"; mean {num['mean']}, median {num['median']}, mode {num['mode']}, range {num['min']}–{num['max']}"
            if num.get("n")
            else ""
        )
        parts.append(
            f"<h4>{escape(t.variable)} — {escape(t.meaning)}</h4><p class=note>known for {t.known} of "
            f"{t.N} ({_pct(t.coverage)}){escape(numtxt)}</p>"
            + (
                f"<table><caption>{escape(t.variable)}: categories among the {t.known} known</caption>"
                '<tr><th scope="col">category</th><th scope="col">n</th>'
                f'<th scope="col">share of known</th></tr>{cats}</table>'
                if cats
                else ""
            )
        )
        rows += [{"variable": t.variable, "category": r.label, "n": r.n, "known": t.known, "N": t.N,
                  "share": r.share, "ci_low": r.ci_low, "ci_high": r.ci_high} for r in t.rows]  # fmt: skip
    return "".join(parts), rows


def survival_section(rep: SurvivalReport) -> tuple[str, list[dict[str, Any]]]:
    horizon = rep.horizon
    risk = "".join(
        f'<tr><th scope="row">{escape(str(km.group or "all"))}</th>'
        + "".join(f"<td class=num>{p.at_risk}</td>" for p in km.at_risk)
        + "</tr>"
        for km in rep.curves
    )
    times = (
        "".join(f'<th scope="col">{p.time:g}</th>' for p in rep.curves[0].at_risk)
        if rep.curves
        else ""
    )
    cox = "".join(
        f'<tr><th scope="row">{escape(t.covariate)}</th><td>{escape(t.meaning)}</td>'
        f"<td class=num>{'' if t.hazard_ratio is None else f'{t.hazard_ratio:.2f}'}</td>"
        f"<td>{'' if t.ci_low is None else f'{t.ci_low:.2f}–{t.ci_high:.2f}'}</td>"
        f"<td class=num>{'' if t.p_value is None else f'{t.p_value:.3f}'}</td></tr>"
        for t in rep.cox.terms
    )
    cif = rep.incidence
    caveats = "".join(
        f"<li>{escape(c)}</li>" for c in (*rep.cox.caveats, *rep.associations.caveats)
    )
    html = (
        f"{svg.km_curves(rep.curves, horizon)}"
        f"<table><caption>At risk, by whole years from {rep.data.start}</caption>"
        f'<tr><th scope="col">group</th>{times}</tr>{risk}</table>'
        f"{svg.incidence_curves(cif, horizon)}<p class=note>Cumulative incidence by the end: "
        + escape(
            ", ".join(
                f"{k} {v:.3f} (1−KM would say {cif.one_minus_km[k]:.3f})"
                for k, v in cif.final.items()
            )
        )
        + f"</p><h4>Cox model (n = {rep.cox.n}, events = {rep.cox.events}, left out {rep.cox.left_out})</h4>"
        '<table><caption>Cox proportional hazards (arrest or death)</caption><tr><th scope="col">'
        'covariate</th><th scope="col">meaning</th><th scope="col">hazard ratio</th>'
        f'<th scope="col">95% CI</th><th scope="col">p</th></tr>{cox}</table>'
        f"<h4>Past political associations</h4><p>{escape(rep.associations.verdict)}</p><ul>{caveats}</ul>"
        f"<p class=note>{escape(rep.data.censoring)} Left out: {escape(str(rep.data.excluded or 'nobody'))}.</p>"
    )
    rows = [{"id": s.id, "name": s.name, "time": s.time, "outcome": s.outcome, "reason": s.reason,
             "group": s.group, "evidence": " ".join(s.evidence)} for s in rep.data.spells]  # fmt: skip
    return html, rows


def recognition_section(
    states: Sequence[StateChronology], links: Links = IN_PAGE
) -> tuple[str, list[dict[str, Any]]]:
    """Each state's milestones (each linked to its passage where the links allow), its
    gaps and the milestones the register has no event for, under the timeline chart."""
    rows = [
        {"state": m.state, "date": m.date, "milestone": m.kind, "event": m.name, "id": m.event,
         "source": m.source, "path": m.path, "start": m.start_char, "end": m.end_char}
        for s in states for m in s.milestones
    ]  # fmt: skip

    def milestone(m: Any) -> str:
        text = f"{escape(m.date or 'undated')} {escape(m.kind)} <code>{escape(m.event)}</code>"
        if links.passage is None:
            return text
        return _a(links.passage(m.source, m.start_char, m.end_char), text)

    body = "".join(
        f'<tr><th scope="row">{escape(s.state)}</th><td>'
        + "<br>".join(milestone(m) for m in s.milestones)
        + f"</td><td>{escape('; '.join(s.gaps))}</td><td>{escape(', '.join(s.missing))}</td></tr>"
        for s in states
    )
    html = (
        f"{svg.timeline(states)}<table><caption>Relations of each state with the Soviet state"
        '</caption><tr><th scope="col">state</th><th scope="col">milestones</th>'
        f'<th scope="col">gaps</th><th scope="col">not in the register</th></tr>{body}</table>'
    )
    return html, rows


def sensitivity_section(t: SensitivityTable) -> tuple[str, list[dict[str, Any]]]:
    """The fate table's shares on every variant of the evidence and coding, with the
    difference from the base in percentage points."""
    classes = list(t.rows[0].shares) if t.rows else []
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in classes)
    body = "".join(
        f'<tr><th scope="row" title="{escape(r.meaning)}">{escape(r.variant)}</th>'
        f"<td class=num>{r.N}</td>"
        + "".join(
            f"<td>{'' if r.shares[c] is None else r.shares[c]}% ({r.counts[c]})"
            f"{'' if not r.difference[c] else f' {r.difference[c]:+g}'}</td>"
            for c in classes
        )
        + "</tr>"
        for r in t.rows
    )
    rows = [{"variant": r.variant, "N": r.N, **{f"{c} %": r.shares[c] for c in classes},
             **{f"{c} diff": r.difference[c] for c in classes}} for r in t.rows]  # fmt: skip
    html = (
        "<table><caption>The fate table on other evidence and codings (difference from the"
        f' base in points)</caption><tr><th scope="col">variant</th><th scope="col">N</th>{head}'
        f"</tr>{body}</table>"
    )
    return html, rows


@q.gc_paused()
def report(
    store: Store,
    *,
    rule: str | FateRule = "default",
    start: date = date(1936, 1, 1),
    end: date = date(1945, 12, 31),
    group_by: str | None = "generation",
    with_sensitivity: bool = True,
    params: CohortParams = DEFAULT_PARAMS,
) -> Report:
    """The whole report of a register (see the module's documentation)."""
    r = rule_named(rule)
    profiles = q.profiles(store)
    facts = q.register_facts(store)
    csvs: dict[str, str] = {}
    sections: list[str] = []
    drills: list[str] = []
    memo: dict[str, PersonFate] = {}  # each person classified once under ``r``
    for pop in ("staff", "elite"):
        table = fate_table(profiles, population_name=pop, rule=r, params=params, memo=memo)
        shown = drill(store, table, limit=DRILL_LIMIT)
        html, rows, drill_html = fates_section(replace(table, persons=tuple(shown)), pop)
        sections.append(html)
        drills.append(drill_html)
        csvs[f"fates_{pop}.csv"] = _csv(rows)
        csvs[f"fates_{pop}_persons.csv"] = _csv(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "fate_class": p.fate_class,
                    "reason": p.reason,
                    "evidence": " ".join(f.id for f in p.evidence),
                    "last_post": p.last_post,
                }
                for p in table.persons
            ]  # fmt: skip
        )
    pub_html, pub_rows = published_section(
        compare(q.statistics(store), profiles, rule=r, params=params, memo=memo)
    )
    csvs["published.csv"] = _csv(pub_rows)
    staff = population(profiles, "staff", params=params)
    co_html, co_rows = cohorts_section(cohort_tables(staff, population="staff", params=params))
    csvs["cohorts_staff.csv"] = _csv(co_rows)
    surv = survival_of(profiles, start=start, end=end, group_by=group_by, rule=r, params=params,
                       memo=memo)  # fmt: skip
    su_html, su_rows = survival_section(surv)
    csvs["survival_spells.csv"] = _csv(su_rows)
    rec_html, rec_rows = recognition_section(chronology(q.relation_events(store)))
    csvs["recognition.csv"] = _csv(rec_rows)
    parts = [
        "<h2>1. Fates</h2>", *sections,
        "<h2>2. Published figures beside the register</h2>", pub_html,
        "<h2>3. Cohorts of the staff</h2>", co_html,
        "<h2>4. Survival and competing risks</h2>", su_html,
        "<h2>5. Recognition chronology</h2>", rec_html,
    ]  # fmt: skip
    if with_sensitivity:
        se_html, se_rows = sensitivity_section(
            sensitivity(store, rule=r, params=params, profiles=profiles, memo=memo)
        )
        csvs["sensitivity_staff.csv"] = _csv(se_rows)
        parts += ["<h2>6. Sensitivity (staff)</h2>", se_html]
    parameters = {
        "rule": r.to_dict(), "start": start.isoformat(), "end": end.isoformat(),
        "group_by": group_by, "cohort_params": params.to_dict(), "register": facts,
        "narkomindel": __version__, "made": datetime.now(UTC).isoformat(timespec="seconds"),
    }  # fmt: skip
    footer = "".join(
        f"<div><b>{escape(k)}</b>: {escape(str(v))}</div>" for k, v in parameters.items()
    )
    page = (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        f"<title>Narkomindel report</title><style>{_STYLE}</style></head><body>"
        "<h1>Narkomindel: a prosopographical report</h1>"
        "<p class=note>Every share with its n / N and a Wilson 95% interval; unknowns shown; "
        "each count links to the persons and factoids behind it (section 7). CSV of every "
        "table beside this file.</p>"
        + "".join(parts)
        + "<h2>7. Persons behind the counts</h2>"
        + "".join(drills)
        + f"<footer>{footer}</footer></body></html>"
    )
    return Report(page, csvs, parameters)
