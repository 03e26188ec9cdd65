"""A subscription's churn, planned for: losing a third of the subscribers a year unplanned is a fault of fit.

With 140 subscribers and 3 % leaving every month, about 43 leave within a year: a plan that only wins new
ones, with no retention objective, does not reach what it says. The fix adds one: the share of subscribers kept
over the year, with churn halved (the usual reach of onboarding, check-ins and annual plans).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from domain.advice import Finding, Fix
from domain.business import Family
from domain.churn import kept_a_year
from domain.i18n import Catalog
from domain.kpis import numbers
from domain.models import Metric, Objective, ObjectiveKind, Plan

NOTABLE = 0.1
"""Subscribers lost in a year, as a share, from which the loss calls for a retention objective (at 1 % a month
already 11 %): every subscription business with a churn to speak of."""


def churn_unplanned(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """A subscription losing a notable share of its subscribers a year, without a retention objective."""
    n = numbers(plan, today)
    model, churn = n.model, n.churn
    if model is None or model.family is not Family.SUBSCRIPTION or not churn:
        return
    if plan.objective(ObjectiveKind.LOYALTY) is not None:
        return
    share = 100 - kept_a_year(churn)
    lost = round((n.base or 0) * share / 100)
    if share < 100 * NOTABLE or (n.base and lost < 3):
        return
    target = round(kept_a_year(churn / 2))
    conquest = plan.objective(ObjectiveKind.CONQUEST)

    def add(p: Plan) -> Plan:
        deadline = conquest.deadline if conquest else None
        kept = Objective(kind=ObjectiveKind.LOYALTY, metric=Metric.RETENTION_RATE, target=target, deadline=deadline)
        return p.model_copy(update={"objectives": (*(p.objectives or ()), kept)})

    fixes = (Fix("retention", t("fix-add-retention", target=target), change=add), Fix("keep", t("coach-keep")))
    if n.base:
        text = t("fit-churn", churn=t.percent(churn), lost=lost, base=n.base, target=target)
    else:  # the subscribers today were not asked (express): the share that leaves in a year
        text = t("fit-churn-share", churn=t.percent(churn), share=t.percent(round(share)), target=target)
    yield Finding("fit:churn", text, 10, fixes, t("gain-fit-churn"))
