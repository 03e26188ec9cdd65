"""KPI targets of what customers do: arrive, order, come back, recommend, review."""

from __future__ import annotations

from collections.abc import Callable

from domain.kpis.context import Ctx, Target, quantities
from domain.kpis.figures import ARRIVAL, BASKET_GROWTH, NPS_GOOD, REPEAT_RATE, REVIEW_SHARE, REVIEWS_A_YEAR, Unit, whole
from domain.models import Metric, ObjectiveKind


def new_customers(ctx: Ctx) -> Target:
    """New customers to win over the period."""
    value = whole(ctx.n.customers)
    if ctx.n.base:
        return value, quantities(base=(ctx.n.base, Unit.COUNT)), "kpi-basis-new-customers-base"
    return value, {}


def orders(ctx: Ctx) -> Target:
    """Orders over the period: the new customers', arriving through it, and today's customers'."""
    n = ctx.n
    if not n.customers:
        return None, {}
    new_orders = n.customers * n.purchases * n.months / 12 * ARRIVAL
    base_orders = (n.base or 0) * n.purchases * n.months / 12
    inputs = quantities(
        customers=(whole(n.customers), Unit.COUNT),
        base=(n.base, Unit.COUNT),
        purchases=(n.purchases, Unit.COUNT),
        months=(n.months, Unit.MONTHS),
    )
    return whole(new_orders + base_orders), inputs, "kpi-basis-orders-base" if n.base else "kpi-basis-orders"


def tickets(ctx: Ctx) -> Target:
    """Visits to the till a week: today's customers and the new ones."""
    n = ctx.n
    if n.base is None or not n.customers:
        return None, {}
    weekly = (n.base + n.customers) * n.purchases / 52
    return whole(weekly), quantities(
        base=(n.base, Unit.COUNT), customers=(whole(n.customers), Unit.COUNT), purchases=(n.purchases, Unit.COUNT)
    )


def average_ticket(ctx: Ctx) -> Target:
    """The average basket: the price, grown a little for a loyalty objective."""
    if ctx.serves is ObjectiveKind.LOYALTY and ctx.n.price is not None:
        return (
            ctx.n.price * (1 + BASKET_GROWTH / 100),
            quantities(price=(ctx.n.price, Unit.MONEY)),
            "kpi-basis-basket-growth",
        )
    return ctx.n.price, {}


def objective_rate(ctx: Ctx) -> Target:
    """A repeat or retention rate: the objective's, else ten points above today's, else a rule of thumb."""
    objective = ctx.objective
    base = ctx.plan.facts.returning
    if objective is not None and objective.target is not None:
        if base is not None:
            return objective.target, quantities(today=(base, Unit.PERCENT)), "kpi-basis-repeat-today"
        return objective.target, {}, "kpi-basis-objective"
    if base is not None:
        return min(base + 10, 90), quantities(today=(base, Unit.PERCENT)), "kpi-basis-repeat-today"
    return REPEAT_RATE, {}


def nps(ctx: Ctx) -> Target:
    """The NPS to reach: the objective's, else a good one."""
    objective = ctx.objective
    if objective is not None and objective.metric is Metric.NPS and objective.target is not None:
        return objective.target, {}
    return NPS_GOOD, {}


def reviews(ctx: Ctx) -> Target:
    """Reviews to collect in a year: a share of the customers, asked personally."""
    n = ctx.n
    people = (n.customers or 0) + (n.base or 0)
    if not people:
        return REVIEWS_A_YEAR, {}, "kpi-basis-reviews-alone"
    value = whole(people * REVIEW_SHARE / 100)
    return value, quantities(people=(whole(people), Unit.COUNT), rate=(REVIEW_SHARE, Unit.PERCENT))


def fixed(value: float) -> Callable[[Ctx], Target]:
    """A target that is a rule of thumb whatever the plan (an open rate, an engagement rate)."""
    return lambda ctx: (value, {})
