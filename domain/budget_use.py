"""Whether the actions spend the budget: a quarter of it left to no action, or more spent than there is.

When the owner drops actions (or the proposals spend less than the budget), the money left is never said
anywhere else: the plan's 4P block still shows the budget split as if all of it were spent.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from domain.advice import Finding, Fix
from domain.i18n import Catalog
from domain.models import ActionStatus, Plan
from domain.vocabulary import StepId

UNSPENT = 0.25
"""The share of the yearly budget left to no action from which the plan says so."""
OVERSPENT = 0.10
"""The share by which the actions may exceed the budget before the plan says so."""


def budget_unused(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """The actions kept spend far less than the yearly budget, or more than it."""
    budget = plan.diagnosis.budget
    kept = [a for a in plan.actions or () if a.status in (ActionStatus.PLANNED, ActionStatus.DONE)]
    if not budget or not kept:
        return
    spent = sum(a.budget for a in kept)
    fixes = (
        Fix("review", t("fix-review-actions"), review=(StepId.ACTIONS,)),
        Fix("budget", t("fix-review-budget"), review=(StepId.BUDGET,)),
        Fix("keep", t("coach-keep")),
    )
    if spent < (1 - UNSPENT) * budget:
        text = t("budget-unspent", spent=t.money(spent), budget=t.money(budget), left=t.money(budget - spent))
        yield Finding("budget:unspent", text, 4, fixes, t("gain-budget-unspent"))
    elif spent > (1 + OVERSPENT) * budget:
        text = t("budget-overspent", spent=t.money(spent), budget=t.money(budget))
        yield Finding("budget:overspent", text, 6, fixes, t("gain-budget-overspent"))
