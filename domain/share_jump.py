"""A share aimed at that several times today's (12 % of customers coming back today, 90 % in a year): said.

Such a jump is rarely reached in a year; more often the objective counts something else than today's share (all
customers where the owner thinks of contract holders). The fix proposes a reachable step, the question again, or
keeping it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from domain.advice import Finding, Fix
from domain.i18n import Catalog
from domain.models import Metric, Plan
from domain.vocabulary import StepId, step_key

JUMP = 3.0
"""A target this many times today's share (and 30 points above it) is a jump to question."""
POINTS = 30.0
STEP = 2.0
"""The reachable step proposed instead: today's share doubled (rule of thumb for a year of loyalty work)."""
SHARES = frozenset({Metric.REPEAT_RATE, Metric.RETENTION_RATE})
"""Objectives measured as the share of customers who come back, which the interview knows today's value of."""


def share_jump(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """A returning-customers objective aiming at several times today's share."""
    now = plan.facts.returning
    if not now:
        return
    for index, objective in enumerate(plan.objectives or ()):
        target = objective.target
        if objective.metric not in SHARES or target is None or target < JUMP * now or target - now < POINTS:
            continue
        reachable = float(min(100, round(now * STEP)))

        def lower(p: Plan, index: int = index, reachable: float = reachable) -> Plan:
            objectives = list(p.objectives or ())
            objectives[index] = objectives[index].model_copy(update={"target": reachable})
            return p.model_copy(update={"objectives": tuple(objectives)})

        fixes = (
            Fix("lower", t("fix-share-step", target=t.percent(reachable)), change=lower),
            Fix("review", t("coach-smart-review"), review=(step_key(StepId.OBJECTIVE_TARGET, index),)),
            Fix("keep", t("coach-keep")),
        )
        text = t("share-jump", now=t.percent(now), target=t.percent(target), times=t.number(round(target / now, 1)))
        yield Finding(f"jump:{objective.kind}", text, 6, fixes, t("gain-share-jump"))
