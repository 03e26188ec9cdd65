"""The action-plan section of the plan: every action by date, with its budget, objective, KPI and status."""

from __future__ import annotations

from datetime import date

from domain.completeness import actions_complete
from domain.documents.document import Paragraph, Section, Table
from domain.i18n import Catalog
from domain.models import Action, ActionStatus, Cadence, Plan


def status_label(status: ActionStatus, due: date, today: date, t: Catalog) -> str:
    """An action's status as the user reads it; a planned action past its date is late."""
    if status is ActionStatus.PLANNED and due < today:
        return t("status-late")
    return t.label(status)


def when(action: Action, t: Catalog) -> str:
    """An action's date, and for a recurring one how often until when."""
    if action.cadence in (Cadence.WEEKLY, Cadence.MONTHLY) and action.until:
        return t(
            "action-when-recurring",
            start=t.day(action.due),
            cadence=t.label(action.cadence),
            until=t.day(action.until),
        )
    return t.day(action.due)


SEASON = " — "
"""What separates a seasonal action's wording from the moment it is planned for."""


def seasons(actions: list[Action]) -> list[list[Action]]:
    """The actions in date order, a seasonal action's turns (one per key moment) brought together in one row."""
    groups: dict[tuple[object, str], list[Action]] = {}
    for action in actions:
        base = action.title.split(SEASON)[0] if action.cadence is Cadence.SEASONAL else f"{action.id}"
        groups.setdefault((action.tactic, base), []).append(action)
    return list(groups.values())


def _row(group: list[Action], t: Catalog, today: date) -> tuple[str, ...]:
    first = group[0]
    if len(group) == 1:
        title, dates = first.title, when(first, t)
    else:
        title = first.title.split(SEASON)[0]
        dates = " ; ".join(
            f"{t.day(a.due)} ({a.title.split(SEASON, 1)[1]})" if SEASON in a.title else t.day(a.due) for a in group
        )
    statuses = {status_label(a.status, a.due, today, t) for a in group}
    return (
        title,
        dates,
        first.owner or "—",
        " ; ".join(first.steps) if first.steps else "—",
        t.money(sum(a.budget for a in group)),
        t.label(first.objective) if first.objective else "—",
        t(f"kpi-{first.kpi}") if first.kpi else "—",
        " / ".join(sorted(statuses)),
    )


def actions_section(plan: Plan, t: Catalog, today: date) -> Section:
    """The dated annual action plan."""
    if plan.actions is None:
        return Section("actions", t("section-actions"), (Paragraph(t("value-missing")),), complete=False)
    kept = sorted((a for a in plan.actions if a.status is not ActionStatus.DROPPED), key=lambda a: (a.due, a.id))
    if not kept:
        return Section("actions", t("section-actions"), (Paragraph(t("actions-none")),))
    header = (
        t("col-action"),
        t("col-date"),
        t("col-owner"),
        t("col-steps"),
        t("col-budget"),
        t("col-objective"),
        t("col-kpi"),
        t("col-status"),
    )
    groups = seasons(kept)
    rows = tuple(_row(group, t, today) for group in groups)
    total = sum(a.budget for a in kept)
    blocks = (Table(header, rows), Paragraph(t("actions-total", count=len(groups), budget=t.money(total))))
    return Section("actions", t("section-actions"), blocks, actions_complete(plan))


def action_details(action: Action, t: Catalog) -> str:
    """An action's date, budget, objective served and KPI, as its card and its reminders show them."""
    on = t("action-on", date=t.day(action.due))
    if action.cadence in (Cadence.WEEKLY, Cadence.MONTHLY):
        on = t("action-from-day", date=t.day(action.due), cadence=t.label(action.cadence))
    return t(
        "action-details",
        date=on,
        budget=t.money(action.budget),
        objective=t.label(action.objective) if action.objective else "—",
        kpi=t(f"kpi-{action.kpi}") if action.kpi else "—",
        tactic=t.label(action.tactic),
    )
