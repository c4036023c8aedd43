"""Stage **analyse**: prosopographical analyses as pure functions over query results
(fate tables, cohorts, survival, recognition chronology — DESIGN §3)."""

__all__: list[str] = []
