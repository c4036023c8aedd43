"""The analyses in the explorer: ``/stats/fates`` (every count a link to its persons,
``/stats/fates/persons``, and on to the factoids behind them), ``/stats/cohorts``,
``/stats/survival``, ``/stats/published`` and ``/recognition``, with their JSON twins
under ``/api``. The tables and charts are the HTML and SVG of
:mod:`narkomindel.analyse.report` — one rendering for the report and the explorer —
with :class:`~narkomindel.analyse.report.Links` leading to the explorer's pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from narkomindel.analyse import stats as an
from narkomindel.analyse.cohorts import VARIABLES
from narkomindel.analyse.fates import (
    CODINGS,
    LIKELY,
    POPULATIONS,
    PURGED,
    PURGED_OR_LIKELY,
    FateTable,
    PersonFate,
)
from narkomindel.analyse.published import Comparison
from narkomindel.analyse.report import (
    DRILL_LIMIT,
    Links,
    cohorts_section,
    fates_section,
    published_section,
    recognition_section,
    sensitivity_section,
    survival_section,
)
from narkomindel.errors import UsageError
from narkomindel.query.analysis import SOURCE_KINDS
from narkomindel.serve.app import page, stores
from narkomindel.serve.auth import load_user
from narkomindel.serve.render import passage_url, person_url
from narkomindel.store.database import Store
from narkomindel.store.ids import parse_ref

__all__ = ["router", "api", "Choices"]

router = APIRouter(dependencies=[Depends(load_user)], include_in_schema=False)
api = APIRouter(prefix="/api", tags=["analyses"])


@dataclass(frozen=True)
class Choices:
    """The choices of an analysis page, as the command line's options: the population
    (``staff``, ``elite``, ``all``), a cohort (``VARIABLE=VALUE``), the fate coding, the
    years of *likely purged*, and which factoids count."""

    population: str = "staff"
    cohort: str | None = None
    coding: str = "default"
    likely_years: str | None = None
    curated_only: bool = False
    only: tuple[str, ...] = ()
    without: tuple[str, ...] = ()

    def query(self, **more: Any) -> str:
        """These choices (those not at their default) and ``more`` as a query string."""
        args: list[tuple[str, str]] = [("population", self.population)]
        for k in ("cohort", "likely_years"):
            if getattr(self, k):
                args.append((k, str(getattr(self, k))))
        if self.coding != "default":
            args.append(("coding", self.coding))
        if self.curated_only:
            args.append(("curated_only", "true"))
        args += [("only", k) for k in self.only] + [("without", k) for k in self.without]
        args += [(k, str(v)) for k, v in more.items() if v is not None]
        return urlencode(args)

    def rule(self) -> Any:
        return an.rule_named(self.coding, _years(self.likely_years))

    def evidence(self) -> Any:
        return an.evidence(curated_only=self.curated_only, only=self.only, without=self.without)


def _years(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    lo, _, hi = value.partition("-")
    if not (lo.isdigit() and (hi or lo).isdigit()):
        raise UsageError(f"cannot read the years {value[:20]!r}", hint="write e.g. 1937-1938")
    return int(lo), int(hi or lo)


def choices(
    population: str = Query("staff", max_length=10),
    cohort: str | None = Query(None, max_length=80),
    coding: str = Query("default", max_length=20),
    likely_years: str | None = Query(None, max_length=9),
    curated_only: bool = False,
    only: list[str] = Query([]),  # noqa: B008 — FastAPI's way of a repeated parameter
    without: list[str] = Query([]),  # noqa: B008
) -> Choices:
    """The checked choices of the query string (422 for a value that cannot be used)."""
    if population not in POPULATIONS:
        raise UsageError(f"no population {population!r}", hint=f"choose {', '.join(POPULATIONS)}")
    if coding not in CODINGS:
        raise UsageError(f"no fate coding {coding!r}", hint=f"choose {', '.join(CODINGS)}")
    for kind in (*only, *without):
        if kind not in SOURCE_KINDS:
            raise UsageError(f"no kind of source {kind[:20]!r}", hint=", ".join(SOURCE_KINDS))
    _years(likely_years)
    return Choices(population, cohort or None, coding, likely_years or None, curated_only,
                   tuple(only), tuple(without))  # fmt: skip


def _passage(ref_: str | None, start: int, end: int) -> str | None:
    parsed = parse_ref(ref_ or "")
    return passage_url(parsed[1], start, end) if parsed else None


def links(c: Choices) -> Links:
    """The explorer's links: a count to its persons, a cohort to its fate table, a
    statement or milestone to its passage, a person to their page."""

    def cohort(pop: str, value: Any) -> str:
        return "/stats/fates?" + Choices(pop, str(value), c.coding).query()

    def comparison(comp: Comparison) -> str | None:
        return "/stats/fates?" + Choices(comp.population, comp.cohort, c.coding).query()

    return Links(
        cell=lambda _key, cls: "/stats/fates/persons?" + c.query(**{"class": cls}),
        person=person_url,
        passage=lambda source, start, end: passage_url(source, start, end),
        cohort=cohort,
        comparison=comparison,
    )


def _fates(store: Store, c: Choices) -> FateTable:
    return an.fates(store, population_name=c.population, cohort=c.cohort, rule=c.rule(),
                    flt=c.evidence())  # fmt: skip


def _members(store: Store, table: FateTable, cls: str | None) -> list[PersonFate]:
    """The persons of a cell (the first :data:`DRILL_LIMIT` of each class) with their
    evidence; "purged or likely purged" is the two classes together."""
    if cls == PURGED_OR_LIKELY:
        return an.drill(store, table, PURGED, limit=DRILL_LIMIT) + an.drill(
            store, table, LIKELY, limit=DRILL_LIMIT
        )
    return an.drill(store, table, cls, limit=DRILL_LIMIT)


def _cell(table: FateTable, cls: str | None) -> int:
    if cls is None:
        return table.N
    row = next((r for r in table.rows if r.fate_class == cls), None)
    if row is None:
        raise UsageError(f"no fate class {cls[:40]!r}", hint="take the links of /stats/fates")
    return row.n


def _page(request: Request, title: str, body: str, c: Choices | None, **ctx: Any) -> Response:
    return page(request, "analysis.html", title=title, body=Markup(body), choices=c,
                populations=POPULATIONS, codings=CODINGS, kinds=SOURCE_KINDS, **ctx)  # fmt: skip


@router.get("/stats/fates", response_class=HTMLResponse)
def fates_page(
    request: Request, c: Choices = Depends(choices), sensitivity: bool = False,
    store: Store = Depends(stores),
) -> Response:  # fmt: skip
    table = _fates(store, c)
    html, _rows, _drill = fates_section(table, "fates", links(c))
    if sensitivity:
        t = an.sensitivity(store, population_name=c.population, cohort=c.cohort, rule=c.rule())
        html += "<h2>Sensitivity</h2>" + sensitivity_section(t)[0]
    return _page(request, "Fate classes", html, c, form="/stats/fates", api="/api/stats/fates?"
                 + c.query(), sensitivity=sensitivity)  # fmt: skip


@api.get("/stats/fates", summary="A fate table: n / N, share, 95% CI, bounds, persons")
def api_fates(c: Choices = Depends(choices), store: Store = Depends(stores)) -> Any:
    return _fates(store, c).to_dict()


@router.get("/stats/fates/persons", response_class=HTMLResponse)
def fates_persons_page(
    request: Request, c: Choices = Depends(choices),
    cls: str | None = Query(None, alias="class", max_length=40), store: Store = Depends(stores),
) -> Response:  # fmt: skip
    table = _fates(store, c)
    total = _cell(table, cls)
    people = _members(store, table, cls)
    items = []
    for p in people:
        facts = "; ".join(
            f'<a href="{_esc(_passage(f.id, f.start_char, f.end_char) or "#")}">'
            f"<code>{_esc(f.id)}</code> {_esc(f.value)} {_esc(f.start or '')}</a>"
            f" <q>{_esc(f.quote[:160])}</q>"
            for f in p.evidence
        )
        items.append(
            f'<li><a href="{_esc(person_url(p.id))}">{_esc(p.name)}</a> — {_esc(p.fate_class)}:'
            f" {_esc(p.reason)}{'. ' + facts if facts else ''}"
            f"{'' if p.evidence else ' (last post: ' + _esc(p.last_post or 'unknown') + ')'}</li>"
        )
    what = cls or "every class"
    title = f"{table.population}{f' ({table.cohort})' if table.cohort else ''}: {what}"
    more = (
        f"<p class=note>The first {len(people)} of {total} are listed (each class at most "
        f"{DRILL_LIMIT}); all of them are in the JSON.</p>"
        if total > len(people)
        else f"<p class=note>{total} persons.</p>"
    )
    html = (
        f'<p><a href="/stats/fates?{_esc(c.query())}">Back to the fate table</a></p>{more}'
        f"<ul class=drill>{''.join(items)}</ul>"
    )
    return _page(request, f"Persons behind the count: {title}", html, None,
                 api="/api/stats/fates/persons?" + c.query(**{"class": cls}))  # fmt: skip


@api.get("/stats/fates/persons", summary="The persons of a cell with their evidence")
def api_fates_persons(
    c: Choices = Depends(choices),
    cls: str | None = Query(None, alias="class", max_length=40), store: Store = Depends(stores),
) -> Any:  # fmt: skip
    table = _fates(store, c)
    _cell(table, cls)
    classes = (PURGED, LIKELY) if cls == PURGED_OR_LIKELY else (cls,)
    return [p.to_dict() for k in classes for p in an.drill(store, table, k)]


def _cohorts(store: Store, c: Choices, variable: str | None) -> Any:
    if variable is not None and variable not in VARIABLES:
        raise UsageError(f"no cohort variable {variable[:30]!r}", hint=", ".join(VARIABLES))
    return an.cohorts(store, population_name=c.population, cohort=c.cohort, variable=variable,
                      flt=c.evidence())  # fmt: skip


@router.get("/stats/cohorts", response_class=HTMLResponse)
def cohorts_page(
    request: Request, c: Choices = Depends(choices),
    variable: str | None = Query(None, max_length=30), store: Store = Depends(stores),
) -> Response:  # fmt: skip
    html, _rows = cohorts_section(_cohorts(store, c, variable), links(c))
    return _page(request, "Cohorts", html, c, form="/stats/cohorts",
                 api="/api/stats/cohorts?" + c.query(variable=variable))  # fmt: skip


@api.get("/stats/cohorts", summary="Every cohort variable with its coverage")
def api_cohorts(
    c: Choices = Depends(choices), variable: str | None = Query(None, max_length=30),
    store: Store = Depends(stores),
) -> Any:  # fmt: skip
    return [t.to_dict() for t in _cohorts(store, c, variable)]


def _date(value: str | None, default: date) -> date:
    if not value:
        return default
    try:
        return date.fromisoformat(value if len(value) > 4 else f"{value}-01-01")
    except ValueError:
        raise UsageError(f"cannot read the date {value[:20]!r}", hint="write YYYY-MM-DD") from None


def _survival(store: Store, c: Choices, by: str | None, start: str | None, end: str | None) -> Any:
    if by is not None and by not in VARIABLES:
        raise UsageError(f"no cohort variable {by[:30]!r}", hint=", ".join(VARIABLES))
    return an.survival(
        store, population_name=c.population, cohort=c.cohort, group_by=by, rule=c.rule(),
        start=_date(start, date(1936, 1, 1)), end=_date(end, date(1945, 12, 31)),
        flt=c.evidence(),
    )  # fmt: skip


@router.get("/stats/survival", response_class=HTMLResponse)
def survival_page(
    request: Request, c: Choices = Depends(choices),
    by: str | None = Query(None, max_length=30), start: str | None = Query(None, max_length=10),
    end: str | None = Query(None, max_length=10), store: Store = Depends(stores),
) -> Response:  # fmt: skip
    html, _rows = survival_section(_survival(store, c, by, start, end))
    return _page(request, "Survival", html, c, form="/stats/survival",
                 api="/api/stats/survival?" + c.query(by=by, start=start, end=end))  # fmt: skip


@api.get("/stats/survival", summary="Kaplan–Meier, competing risks, Cox, associations")
def api_survival(
    c: Choices = Depends(choices),
    by: str | None = Query(None, max_length=30), start: str | None = Query(None, max_length=10),
    end: str | None = Query(None, max_length=10), store: Store = Depends(stores),
) -> Any:  # fmt: skip
    return _survival(store, c, by, start, end).to_dict()


@router.get("/stats/published", response_class=HTMLResponse)
def published_page(
    request: Request, c: Choices = Depends(choices), store: Store = Depends(stores)
) -> Response:
    comps = an.published(store, rule=c.rule(), flt=c.evidence())
    html, _rows = published_section(comps, links(c))
    return _page(request, "Published figures beside the register", html, c,
                 form="/stats/published", api="/api/stats/published?" + c.query())  # fmt: skip


@api.get("/stats/published", summary="A study's figures beside the register's")
def api_published(c: Choices = Depends(choices), store: Store = Depends(stores)) -> Any:
    return [x.to_dict() for x in an.published(store, rule=c.rule(), flt=c.evidence())]


@router.get("/recognition", response_class=HTMLResponse)
def recognition_page(request: Request, store: Store = Depends(stores)) -> Response:
    html, _rows = recognition_section(an.recognition(store), links(Choices()))
    return _page(request, "Recognition of the Soviet state", html, None, api="/api/recognition")


@api.get("/recognition", summary="Each state's relations with the Soviet state, with gaps")
def api_recognition(store: Store = Depends(stores)) -> Any:
    return [s.to_dict() for s in an.recognition(store)]


def _esc(text: object) -> str:
    return str(Markup.escape(str(text)))
