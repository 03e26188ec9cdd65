"""The monthly review: what was done, what slipped, KPIs against targets, and the next actions."""

from __future__ import annotations

from datetime import date, timedelta

from domain.dates import occurrences
from domain.documents.document import Bullets, Document, Paragraph, Section
from domain.documents.kpi_table import kpi_target, quantity
from domain.i18n import Catalog
from domain.kpis import UNITS, Quantity
from domain.models import Action, ActionStatus, Cadence, Plan
from domain.results import Measure, measure, total

NEXT = 3


def measure_line(found: Measure, t: Catalog) -> str:
    """A measured KPI in one line: value, target, and whether it is on track."""
    name = t(f"kpi-{found.kpi}")
    if found.value is None:
        return t("measure-not-enough", kpi=name)
    value = quantity(Quantity(found.value, UNITS[found.kpi]), t)
    if found.target is None or found.target.target is None:
        return t("measure-no-target", kpi=name, value=value)
    verdict = t("measure-on-track" if found.on_track else "measure-off-track")
    return t("measure-line", kpi=name, value=value, target=kpi_target(found.target, t), verdict=verdict)


def next_turn(action: Action, today: date) -> date | None:
    """An action's next date from today: its day, or its next weekly or monthly turn."""
    return next((day for day in occurrences(action) if day >= today), None)


def next_line(action: Action, day: date, t: Catalog) -> str:
    """A coming action, with how often it recurs."""
    line = t("monthly-next-line", title=action.title, date=t.day(day))
    if action.cadence in (Cadence.WEEKLY, Cadence.MONTHLY):
        line = f"{line} ({t.label(action.cadence)})"
    return line


def monthly_review(plan: Plan, t: Catalog, today: date) -> Document:
    """The review of the month just ended, sent on the first of the month."""
    month_start = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    actions = plan.actions or ()
    done = [a for a in actions if a.status is ActionStatus.DONE and a.done_on and a.done_on >= month_start]
    planned = [a for a in actions if a.status is ActionStatus.PLANNED]
    slipped = [a for a in planned if a.due < today and a.cadence in (Cadence.ONCE, Cadence.SEASONAL)]
    upcoming = sorted(((day, a) for a in planned if (day := next_turn(a, today)) is not None), key=lambda pair: pair[0])
    sections = [
        Section(
            "done",
            t("monthly-done"),
            (Bullets(tuple(a.title for a in done)) if done else Paragraph(t("monthly-nothing-done")),),
        ),
        Section(
            "slipped",
            t("monthly-slipped"),
            (
                Bullets(tuple(t("monthly-slipped-line", title=a.title, date=t.day(a.due)) for a in slipped))
                if slipped
                else Paragraph(t("monthly-nothing-slipped")),
            ),
        ),
    ]
    overall = total(plan.results)
    if overall is not None:
        lines = tuple(measure_line(m, t) for m in measure(overall, plan, today))
        sections.append(
            Section("kpis", t("monthly-kpis"), (Bullets(lines) if lines else Paragraph(t("monthly-no-results")),))
        )
    else:
        sections.append(Section("kpis", t("monthly-kpis"), (Paragraph(t("monthly-no-results")),)))
    sections.append(
        Section(
            "next",
            t("monthly-next"),
            (
                Bullets(tuple(next_line(a, day, t) for day, a in upcoming[:NEXT]))
                if upcoming
                else Paragraph(t("monthly-nothing-next")),
            ),
        )
    )
    name = plan.profile.name or t("your-business")
    return Document(t("monthly-title", name=name), t("monthly-subtitle", month=t.month(month_start)), tuple(sections))
