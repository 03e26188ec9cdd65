"""Phase 2, the objectives: which of conquest, loyalty and awareness matter, each as a SMART target."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dialogs.answers import Choice, Context, Deadline, MultiChoice, Number
from dialogs.core.steps import ITEM, Each, Node, Path, Phase, Step, StepId, get, put
from dialogs.parsing.growth import growth
from dialogs.parsing.number_lexicon import Unit
from dialogs.parsing.numbers import Period
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer
from domain.business import FAMILY_KPIS, model_of
from domain.coaching import proposed_target
from domain.models import METRICS, KpiId, Metric, Objective, ObjectiveKind, Plan

PHASE = Phase.OBJECTIVES


def kinds(objectives: tuple[Objective, ...]) -> tuple[ObjectiveKind, ...]:
    """The kinds of the chosen objectives."""
    return tuple(o.kind for o in objectives)


def write_kinds(plan: Plan, path: Path, chosen: tuple[ObjectiveKind, ...]) -> Plan:
    """Keep the objectives whose kind stays chosen; add empty ones for new kinds."""
    kept = {o.kind: o for o in get(plan, path) or ()}
    return put(plan, path, tuple(kept.get(kind) or Objective(kind=kind) for kind in chosen))


def new_customers(objectives: tuple[Objective, ...]) -> float | None:
    """The number of new customers targeted, as the express interview asks it."""
    conquest = next((o for o in objectives if o.kind is ObjectiveKind.CONQUEST), None)
    return conquest.target if conquest else None


GOAL_METRIC: dict[ObjectiveKind, Metric] = {
    ObjectiveKind.CONQUEST: Metric.NEW_CUSTOMERS,
    ObjectiveKind.LOYALTY: Metric.REPEAT_RATE,
    ObjectiveKind.AWARENESS: Metric.FOLLOWERS,
}
"""The metric express gives the main goal (the complete interview asks it)."""


def goal(objectives: tuple[Objective, ...]) -> ObjectiveKind | None:
    """The main goal: the first objective's kind."""
    return objectives[0].kind if objectives else None


def write_goal(plan: Plan, path: Path, kind: ObjectiveKind) -> Plan:
    """Express: one objective of the goal's kind, counted in its usual metric (kept if the goal stays)."""
    kept = plan.objective(kind)
    return put(plan, path, (kept or Objective(kind=kind, metric=GOAL_METRIC[kind]),))


@dataclass(frozen=True)
class Goal(Choice[ObjectiveKind]):
    """The main goal, worded as the entrepreneur would say it ("win new customers")."""

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """The three goals in plain words."""
        return tuple(Option(kind.value, ctx.t(f"goal-{kind.value}")) for kind in ObjectiveKind)

    def show(self, value: Any, ctx: Context) -> str:
        """The goal in plain words."""
        return ctx.t(f"goal-{ObjectiveKind(value).value}")


def conquest_goal(plan: Plan) -> bool:
    """Whether the main goal is to win new customers (asked as a number of them)."""
    return goal(plan.objectives or ()) in (ObjectiveKind.CONQUEST, None)


def write_main(plan: Plan, path: Path, customers: int) -> Plan:
    """Express: one conquest objective, counted in new customers (its deadline comes from presets)."""
    others = tuple(o for o in get(plan, path) or () if o.kind is not ObjectiveKind.CONQUEST)
    conquest = plan.objective(ObjectiveKind.CONQUEST) or Objective(kind=ObjectiveKind.CONQUEST)
    conquest = conquest.model_copy(update={"metric": Metric.NEW_CUSTOMERS, "target": customers})
    return put(plan, path, (conquest, *others))


MEASURED_BY: dict[Metric, KpiId] = {
    Metric.CONVERSION_RATE: KpiId.CONVERSION_RATE,
    Metric.REPEAT_RATE: KpiId.REPEAT_RATE,
    Metric.RETENTION_RATE: KpiId.RETENTION_RATE,
}
"""Metrics that only some ways of selling measure (a subscription has no repeat purchase, a shop no visitors)."""


def metrics(ctx: Context) -> tuple[Metric, ...]:
    """The metrics that suit the objective being asked about, and the way the business sells."""
    objective: Objective = ctx.item(ctx.plan.objectives)
    found = model_of(ctx.plan)
    allowed = FAMILY_KPIS[found.family] if found else None
    return tuple(m for m in METRICS[objective.kind] if allowed is None or MEASURED_BY.get(m, KpiId.NPS) in allowed)


TOTAL = re.compile(r"\b(?:au total|en tout|in total|altogether)\b", re.IGNORECASE)
"""A number of customers typed as the total to reach, today's included."""


@dataclass(frozen=True)
class NewCustomers(Number):
    """A number of new customers to win, also said as a growth (« passer de 25 à 40 »: 15 more)."""

    def parse(self, raw: str, ctx: Context) -> float | int:
        """The customers to win: the growth's difference when one is said, else the number typed."""
        found = growth(raw)
        base = ctx.plan.facts.customers
        if found is None and base and TOTAL.search(raw):  # "150 au total", with 40 customers today: 110 more
            total = super().parse(TOTAL.sub(" ", raw), ctx)
            found = (float(base), float(total)) if total > base else None
            if found is None:
                raise InvalidAnswer("error-total-below", today=ctx.t.number(base))
        if found is None:
            return super().parse(raw, ctx)
        low, high = found
        ctx.notes.append(
            ctx.t("numbers-growth", value=ctx.t.number(high - low), low=ctx.t.number(low), high=ctx.t.number(high))
        )
        return int(high - low) if self.whole else high - low


@dataclass(frozen=True)
class Target(Number):
    """The number an objective aims at, read and shown in the unit of its metric."""

    def _metric(self, ctx: Context) -> Metric | None:
        objective: Objective = ctx.item(ctx.plan.objectives)
        return objective.metric

    def parse(self, raw: str, ctx: Context) -> float | int:
        """The target, within the bounds its metric allows."""
        metric = self._metric(ctx)
        if metric is Metric.NPS:
            bounded = Number(Unit.SCORE, least=-100, most=100, whole=True)
        elif metric is not None and metric.is_percent:
            bounded = Number(Unit.PERCENT, least=0.1, most=100)
        elif metric is Metric.REVENUE:
            bounded = Number(Unit.MONEY, least=1, per=Period.YEAR)
        else:
            bounded = NewCustomers(Unit.COUNT, least=1, whole=True, per=Period.YEAR)
        value = bounded.parse(raw, ctx)
        today = ctx.plan.facts.returning if metric in (Metric.REPEAT_RATE, Metric.RETENTION_RATE) else None
        if today is not None and value <= today:  # an aim already reached is no aim: said, and asked again
            raise InvalidAnswer("error-target-reached", today=ctx.t.percent(today))
        if metric is Metric.FOLLOWERS and ctx.plan.facts.audience and value <= ctx.plan.facts.audience:
            raise InvalidAnswer("error-target-reached", today=ctx.t.number(ctx.plan.facts.audience))
        return value

    def show(self, value: Any, ctx: Context) -> str:
        """The target with its unit."""
        metric = self._metric(ctx)
        if metric is not None and metric.is_percent:
            return ctx.t.percent(value)
        if metric is Metric.REVENUE:
            return ctx.t.money(value)
        return ctx.t.number(value)


def customers(ctx: Context) -> tuple[float, ...]:
    """New customers within reach of the budget, at the sector's usual acquisition cost."""
    return (proposed_target(ctx.plan, Objective(kind=ObjectiveKind.CONQUEST, metric=Metric.NEW_CUSTOMERS)),)


def target(ctx: Context) -> tuple[float, ...]:
    """A number to aim at, from the plan's own numbers and the sector's rules of thumb."""
    return (proposed_target(ctx.plan, ctx.item(ctx.plan.objectives)),)


STEPS: tuple[Node, ...] = (
    Step(
        StepId.GOAL,
        Goal(ObjectiveKind),
        ("objectives",),
        express=True,
        complete=False,
        read=goal,
        write=write_goal,
        rechecks=(StepId.TACTICS,),
    ),
    Step(
        StepId.MAIN_OBJECTIVE,
        NewCustomers(Unit.COUNT, least=1, most=10_000_000, whole=True, suggestions=customers, per=Period.YEAR),
        ("objectives",),
        express=True,
        complete=False,
        when=conquest_goal,
        read=new_customers,
        write=write_main,
    ),
    Step(
        StepId.OBJECTIVE_KINDS,
        MultiChoice(ObjectiveKind),
        ("objectives",),
        read=kinds,
        write=write_kinds,
    ),
    Each(
        ("objectives",),
        (
            Step(
                StepId.OBJECTIVE_METRIC,
                Choice(Metric, only=metrics),
                ("objectives", ITEM, "metric"),
                invalidates=(StepId.OBJECTIVE_TARGET,),
            ),
            Step(
                StepId.OBJECTIVE_TARGET,
                Target(suggestions=target),
                ("objectives", ITEM, "target"),
                optional=True,
                express=True,
            ),
            Step(StepId.OBJECTIVE_DEADLINE, Deadline(), ("objectives", ITEM, "deadline"), optional=True),
        ),
    ),
)
