"""``stats``: fate tables, cohorts, survival, the recognition chronology, published
figures beside computed ones, sensitivity — thin wrappers over
:mod:`narkomindel.analyse.stats`."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from narkomindel.analyse import stats as an
from narkomindel.analyse.cohorts import VARIABLES, CohortParams
from narkomindel.analyse.fates import CODINGS, POPULATIONS
from narkomindel.cli.common import db_option, handle_errors, open_db
from narkomindel.cli.output import emit, format_option
from narkomindel.errors import UsageError
from narkomindel.query.analysis import SOURCE_KINDS

__all__ = ["stats_cmd"]


def _pct(x: float | None) -> str:
    return "" if x is None else f"{100 * x:.1f}"


def _date(value: str | None, option: str, default: date) -> date:
    if not value:
        return default
    try:
        return date.fromisoformat(value if len(value) > 4 else f"{value}-01-01")
    except ValueError:
        raise UsageError(
            f"cannot read the date {value!r} of {option}", hint="write YYYY or YYYY-MM-DD"
        ) from None


def _years(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    lo, _, hi = value.partition("-")
    try:
        return int(lo), int(hi or lo)
    except ValueError:
        raise UsageError(f"cannot read the years {value!r}", hint="write e.g. 1937-1938") from None


def _population(elite: bool, population: str | None) -> str:
    return "elite" if elite else (population or "staff")


def evidence_options(func: Any) -> Any:
    func = click.option("--curated-only", is_flag=True, help="Only factoids a curator accepted.")(
        func
    )
    func = click.option("--only", "only", multiple=True, type=click.Choice(SOURCE_KINDS),
                        help="Only sources of this kind (repeatable).")(func)  # fmt: skip
    func = click.option("--without", multiple=True, type=click.Choice(SOURCE_KINDS),
                        help="Leave out sources of this kind (repeatable).")(func)  # fmt: skip
    return func


def population_options(func: Any) -> Any:
    func = click.option(
        "--elite",
        is_flag=True,
        help="The elite: commissars, deputies, collegium, heads of mission.",
    )(func)
    func = click.option("--population", type=click.Choice(list(POPULATIONS)), default=None,
                        help="staff (default), elite or all.")(func)  # fmt: skip
    func = click.option("--cohort", default=None,
                        help=f"Only one cohort, VARIABLE=VALUE ({', '.join(VARIABLES)}).")(func)  # fmt: skip
    return func


@click.group("stats")
def stats_cmd() -> None:
    """Prosopographical statistics with their denominators and unknowns.

    Example: narkomindel stats fates --elite
    """


@stats_cmd.command("fates")
@db_option
@population_options
@evidence_options
@click.option(
    "--coding", type=click.Choice(list(CODINGS)), default="default", help="The fate coding."
)
@click.option(
    "--likely-years",
    default=None,
    help="A career record ending in these years is likely purged [1937-1938].",
)
@click.option("--list", "list_class", default=None, is_flag=False, flag_value="all",
              help="List the persons behind a class (or all) with their evidence.")  # fmt: skip
@format_option()
@handle_errors
def fates_cmd(db: str | None, elite: bool, population: str | None, cohort: str | None,
              curated_only: bool, only: tuple[str, ...], without: tuple[str, ...], coding: str,
              likely_years: str | None, list_class: str | None, fmt: str) -> None:  # fmt: skip
    """Fate classes with n / N, share, Wilson 95% interval, share among known fates and
    bounds (unknowns all out / all in); --list shows the persons and factoids behind.

    Examples: narkomindel stats fates --elite; narkomindel stats fates --list purged;
    narkomindel stats fates --cohort generation=pre-purge --format csv
    """
    with open_db(db) as store:
        table = an.fates(
            store, population_name=_population(elite, population), cohort=cohort,
            rule=an.rule_named(coding, _years(likely_years)),
            flt=an.evidence(curated_only=curated_only, only=only, without=without),
        )  # fmt: skip
        cls = None if not list_class or list_class == "all" else list_class.replace("-", " ")
        people = an.drill(store, table, cls) if list_class else []
    if list_class:
        rows = [
            {"id": p.id, "name": p.name, "fate_class": p.fate_class, "reason": p.reason,
             "evidence": "; ".join(f"{f.id} {f.value} {f.start or ''} “{f.quote[:60]}”"
                                   for f in p.evidence) or (p.last_post or "")}
            for p in people
        ]  # fmt: skip
        emit(rows if fmt != "json" else [p.to_dict() for p in people], fmt,
             ["id", "name", "fate_class", "reason", "evidence"])  # fmt: skip
        if fmt == "table":
            click.echo(f"{len(rows)} person(s)")
        return
    if fmt == "json":
        emit(table.to_dict(), fmt)
        return
    table_rows: list[dict[str, Any]] = [
        {"fate class": r.fate_class, "n": r.n, "N": r.N, "share %": _pct(r.share),
         "95% CI": f"{_pct(r.ci_low)}–{_pct(r.ci_high)}" if r.ci_low is not None else "",
         "among known %": _pct(r.share_known), "bounds %": f"{_pct(r.bound_low)}–{_pct(r.bound_high)}"
         if r.bound_low is not None and r.fate_class != "unknown" else ""}
        for r in table.rows
    ]  # fmt: skip
    emit(table_rows, fmt)
    if fmt == "table":
        click.echo(
            f"{table.population}{' ' + table.cohort if table.cohort else ''}: N = {table.N}, "
            f"known fates {table.known}, unknown {table.unknown}"
            f" ({_pct(table.unknown / table.N) if table.N else '–'}%)"
        )
        click.echo(
            f"share among known fates: the shares of the {table.known} persons whose fate is known"
        )
        click.echo(table.rule_text)
        if table.note:
            click.echo(f"note: {table.note}")


@stats_cmd.command("cohorts")
@db_option
@population_options
@evidence_options
@click.option(
    "--variable",
    type=click.Choice([*VARIABLES, "age_at_entry"]),
    default=None,
    help="Only this variable.",
)
@click.option("--reference", default=None, help="The date ages are taken at [1938-01-01].")
@format_option()
@handle_errors
def cohorts_cmd(db: str | None, elite: bool, population: str | None, cohort: str | None,
                curated_only: bool, only: tuple[str, ...], without: tuple[str, ...],
                variable: str | None, reference: str | None, fmt: str) -> None:  # fmt: skip
    """Each cohort variable with its coverage (how many persons it is known for) and its
    categories; ages and years also as mean, median and mode.

    Examples: narkomindel stats cohorts --elite; narkomindel stats cohorts --variable party_joined
    """
    params = CohortParams(reference=_date(reference, "--reference", date(1938, 1, 1)))
    with open_db(db) as store:
        tables = an.cohorts(store, population_name=_population(elite, population), cohort=cohort,
                            variable=variable, params=params,
                            flt=an.evidence(curated_only=curated_only, only=only, without=without))  # fmt: skip
    if fmt == "json":
        emit([t.to_dict() for t in tables], fmt)
        return
    rows = []
    for t in tables:
        cov = f"known for {t.known} of {t.N} ({_pct(t.coverage)}%)"
        if t.numeric and t.numeric.get("n"):
            num = t.numeric
            rows.append({"variable": t.variable, "category": "(numeric)", "n": num["n"],
                         "share of known %": "", "95% CI": "",
                         "coverage": f"mean {num['mean']}, median {num['median']}, mode {num['mode']}"})  # fmt: skip
        for r in t.rows:
            rows.append({"variable": t.variable, "category": r.label, "n": r.n,
                         "share of known %": _pct(r.share),
                         "95% CI": f"{_pct(r.ci_low)}–{_pct(r.ci_high)}", "coverage": cov})  # fmt: skip
        if not t.rows and not (t.numeric and t.numeric.get("n")):
            rows.append({"variable": t.variable, "category": "(not known for anyone)", "n": 0,
                         "share of known %": "", "95% CI": "", "coverage": cov})  # fmt: skip
    emit(rows, fmt)


@stats_cmd.command("survival")
@db_option
@population_options
@evidence_options
@click.option("--start", default=None, help="Start of follow-up [1936-01-01].")
@click.option("--end", default=None, help="End of the study [1945-12-31].")
@click.option(
    "--by",
    "group_by",
    type=click.Choice(list(VARIABLES)),
    default=None,
    help="One curve per cohort of this variable.",
)
@click.option(
    "--covariate",
    "covariates",
    multiple=True,
    help="Cox covariates: elite, old_bolshevik, former_party, age, pre_purge.",
)
@click.option(
    "--likely-as-arrest",
    is_flag=True,
    help="Count a career ending in the likely years as an arrest then.",
)
@format_option()
@handle_errors
def survival_cmd(db: str | None, elite: bool, population: str | None, cohort: str | None,
                 curated_only: bool, only: tuple[str, ...], without: tuple[str, ...],
                 start: str | None, end: str | None, group_by: str | None,
                 covariates: tuple[str, ...], likely_as_arrest: bool, fmt: str) -> None:  # fmt: skip
    """Kaplan–Meier curves of remaining free and alive with at-risk tables, cumulative
    incidence of arrest / defection / natural death, a Cox model, and the test of the
    claim that past political associations did not predict survival.

    Examples: narkomindel stats survival --by generation; narkomindel stats survival --elite --format json
    """
    from narkomindel.analyse.models import COVARIATES

    for c in covariates:
        if c not in COVARIATES:
            raise UsageError(f"no covariate {c!r}", hint=f"choose from {', '.join(COVARIATES)}")
    with open_db(db) as store:
        rep = an.survival(
            store, population_name=_population(elite, population), cohort=cohort,
            start=_date(start, "--start", date(1936, 1, 1)), end=_date(end, "--end", date(1945, 12, 31)),
            group_by=group_by, covariates=covariates or ("elite", "former_party"),
            likely_as_arrest=likely_as_arrest,
            flt=an.evidence(curated_only=curated_only, only=only, without=without),
        )  # fmt: skip
    if fmt != "table":
        emit(rep.to_dict() if fmt == "json" else [s.to_dict() for s in rep.data.spells], fmt)
        return
    for km in rep.curves:
        click.echo(
            f"Kaplan–Meier ({km.group or 'all'}): n = {km.n}, events = {km.events}, median = {km.median}"
        )
        emit([p.to_dict() for p in km.at_risk], fmt)
    click.echo("Cumulative incidence (Aalen–Johansen) by the end: "
               + ", ".join(f"{k} {v:.3f} (1−KM would say {rep.incidence.one_minus_km[k]:.3f})"
                           for k, v in rep.incidence.final.items()))  # fmt: skip
    cox = rep.cox
    click.echo(f"Cox model (n = {cox.n}, events = {cox.events}, left out {cox.left_out}):")
    emit([{k: round(v, 3) if isinstance(v, float) else v for k, v in t.to_dict().items()}
          for t in cox.terms], fmt)  # fmt: skip
    click.echo(f"Past political associations: {rep.associations.verdict}")
    for c in (*cox.caveats, *rep.associations.caveats):
        click.echo(f"caveat: {c}")
    click.echo(f"left out: {rep.data.excluded or 'nobody'}")
    click.echo(rep.data.censoring)


@stats_cmd.command("recognition")
@db_option
@format_option()
@handle_errors
def recognition_cmd(db: str | None, fmt: str) -> None:
    """For each state: trade agreement, de facto and de jure recognition, ruptures and
    restorations, with dates and sources; gaps shown as gaps.

    Example: narkomindel stats recognition --format csv
    """
    with open_db(db) as store:
        states = an.recognition(store)
    if fmt == "json":
        emit([s.to_dict() for s in states], fmt)
        return
    rows = [
        {"state": m.state, "date": m.date or "", "milestone": m.kind, "event": m.name,
         "source": f"{m.path.rsplit('/', 1)[-1]}:{m.start_char}", "id": m.event}
        for s in states for m in s.milestones
    ]  # fmt: skip
    rows += [{"state": s.state, "date": "", "milestone": "GAP", "event": g, "source": "", "id": ""}
             for s in states for g in s.gaps]  # fmt: skip
    emit(rows, fmt, ["state", "date", "milestone", "event", "source", "id"])


@stats_cmd.command("published")
@db_option
@evidence_options
@click.option(
    "--coding", type=click.Choice(list(CODINGS)), default="default", help="The fate coding."
)
@format_option()
@handle_errors
def published_cmd(db: str | None, curated_only: bool, only: tuple[str, ...],
                  without: tuple[str, ...], coding: str, fmt: str) -> None:  # fmt: skip
    """Each statistical statement of the sources (with its span) beside the register's
    value for the same population and category, with the n behind it — or why not.

    Example: narkomindel stats published --format csv
    """
    with open_db(db) as store:
        comps = an.published(store, rule=coding,
                             flt=an.evidence(curated_only=curated_only, only=only, without=without))  # fmt: skip
    rows: list[dict[str, Any]] = [c.to_dict() for c in comps]
    if fmt == "json":
        emit(rows, fmt)
        return
    shown = [
        {**r, "published": f"{r['published']} ({r['qualifier'] or '='} {r['value']:g})",
         "what": f"{r['population']}: {r['variable']} {r['category']}",
         "register": "" if r["computed"] is None else f"{r['computed']:g} ({r['n']}/{r['N']})",
         "where": f"{r['path'].rsplit('/', 1)[-1]}:{r['start']}"}
        for r in rows
    ]  # fmt: skip
    emit(
        shown,
        fmt,
        ["what", "published", "register", "status", "note", "where"] if fmt == "table" else None,
    )


@stats_cmd.command("sensitivity")
@db_option
@population_options
@format_option()
@handle_errors
def sensitivity_cmd(
    db: str | None, elite: bool, population: str | None, cohort: str | None, fmt: str
) -> None:
    """The fate table recomputed with curator-accepted factoids only, without each kind
    of source, with each kind alone, and by the other fate codings, with differences.

    Example: narkomindel stats sensitivity --elite
    """
    with open_db(db) as store:
        table = an.sensitivity(store, population_name=_population(elite, population), cohort=cohort)
    if fmt == "json":
        emit(table.to_dict(), fmt)
        return
    rows = []
    for r in table.rows:
        row: dict[str, Any] = {"variant": r.variant, "N": r.N}
        for c, v in r.shares.items():
            d = r.difference[c]
            row[c] = "" if v is None else f"{v:g}% ({r.counts[c]})" + (f" {d:+g}" if d else "")
        rows.append(row)
    emit(rows, fmt)
