"""A conquest objective that wins fewer customers than the year loses: the business would shrink.

A web agency served 14 clients last year and 20 % of them come back: about 11 of next year's must be new just
to stay level (a project or a contract a year at most: last year's customers were last year's sales). Aiming
at 8 new clients plans a smaller year than the last one, which is rarely what the owner means. The fix proposes
the number that keeps the level, with a tenth of growth on top.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date

from domain.advice import Finding, Fix
from domain.i18n import Catalog
from domain.kpis import numbers
from domain.models import Metric, ObjectiveKind, Plan
from domain.vocabulary import StepId, step_key

GROWTH = 0.1
"""The growth on top of replacing the customers lost, in the number proposed (a tenth of today's customers)."""


def shrinking(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """A number of new customers to win below the customers who do not come back within a year.

    Only where a customer buys about once a year or less (a project, a contract): there, last year's customers
    are last year's sales. A café's or a shop's regulars come and go by themselves, and its objective counts the
    customers marketing adds to that flow.
    """
    base, returning = plan.facts.customers, plan.facts.returning
    if not base or returning is None or numbers(plan, today).purchases > 1:
        return
    lost = round(base * (1 - returning / 100))
    for index, objective in enumerate(plan.objectives or ()):
        target = objective.target
        if objective.kind is not ObjectiveKind.CONQUEST or objective.metric is not Metric.NEW_CUSTOMERS:
            continue
        if target is None or target >= lost:
            continue
        aim = float(lost + max(1, math.ceil(base * GROWTH)))

        def grow(p: Plan, index: int = index, aim: float = aim) -> Plan:
            objectives = list(p.objectives or ())
            objectives[index] = objectives[index].model_copy(update={"target": aim})
            return p.model_copy(update={"objectives": tuple(objectives)})

        fixes = (
            Fix("grow", t("fix-shrinking", aim=int(aim)), change=grow),
            Fix("review", t("coach-smart-review"), review=(step_key(StepId.OBJECTIVE_TARGET, index),)),
            Fix("keep", t("coach-keep")),
        )
        text = t(
            "shrinking",
            base=base,
            gone=t.percent(round(100 - returning, 1)),
            lost=lost,
            target=int(target),
            aim=int(aim),
        )
        yield Finding("consistency:shrinking", text, 8, fixes, t("gain-shrinking"))
