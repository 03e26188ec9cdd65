"""KPI targets of what customers are worth and what winning them costs: CAC, ROI, CLV, revenue, MRR."""

from __future__ import annotations

from domain.churn import monthly_churn
from domain.kpis.context import Ctx, Target, quantities
from domain.kpis.figures import ARRIVAL, HEALTHY_LTV_CAC, Unit, whole
from domain.models import Metric, ObjectiveKind


def cac(ctx: Ctx) -> Target:
    """Customer acquisition cost: the period's spend ÷ the new customers."""
    return ctx.n.cac, quantities(
        spend=(ctx.n.spend, Unit.MONEY),
        months=(ctx.n.months, Unit.MONTHS),
        customers=(whole(ctx.n.customers), Unit.COUNT),
    )


def roi(ctx: Ctx) -> Target:
    """Return on the period's spend, on the gross margin the new customers bring.

    When that margin falls short of the spend, the target is to break even, never a loss to aim at: the basis
    says how many new customers it takes (the score says the objective does not pay for its budget).
    """
    n = ctx.n
    inputs = quantities(
        customers=(whole(n.customers), Unit.COUNT),
        margin_amount=(n.period_margin, Unit.MONEY),
        margin=(n.margin, Unit.PERCENT),
        spend=(n.spend, Unit.MONEY),
        months=(n.months, Unit.MONTHS),
    )
    needed = n.break_even_customers
    if n.roi is not None and n.roi < 0 and needed is not None:
        return 0.0, {**inputs, **quantities(needed=(needed, Unit.COUNT))}, "kpi-basis-roi-short"
    return n.roi, inputs


def clv(ctx: Ctx) -> Target:
    """Customer lifetime value: basket × purchases a year × years retained × margin, one purchase at least.

    A customer who buys once every few years (a website, a kitchen) and stays less than that still bought once.
    """
    n = ctx.n
    inputs = quantities(
        price=(n.price, Unit.MONEY),
        purchases=(n.purchases, Unit.COUNT),
        years=(n.years, Unit.COUNT),
        margin=(n.margin, Unit.PERCENT),
    )
    if n.purchases * n.years < 1:
        return n.clv, inputs, "kpi-basis-clv-once"
    return n.clv, inputs


def ltv_cac(ctx: Ctx) -> Target:
    """A healthy CLV ÷ CAC, with the plan's own ratio when it can be worked out."""
    n = ctx.n
    ratio = n.clv / n.cac if n.clv is not None and n.cac else None
    if ratio is None:
        return HEALTHY_LTV_CAC, {}, "kpi-basis-ltv-cac-alone"
    return HEALTHY_LTV_CAC, quantities(ratio=(ratio, Unit.RATIO))


def revenue(ctx: Ctx) -> Target:
    """A revenue objective's own number; otherwise what the new customers should bring within the period."""
    objective = ctx.objective
    if objective is not None and objective.metric is Metric.REVENUE:
        return objective.target, {}
    n = ctx.n
    if n.period_revenue is None:
        return None, {}
    inputs = quantities(
        customers=(whole(n.customers), Unit.COUNT), price=(n.price, Unit.MONEY), months=(n.months, Unit.MONTHS)
    )
    return n.period_revenue, inputs, "kpi-basis-revenue"


def mrr(ctx: Ctx) -> Target:
    """Monthly recurring revenue at the end of the period: the subscribers kept, today's and the new ones."""
    n = ctx.n
    if n.price is None or not n.customers:
        return None, {}
    churn = (n.churn or 3.0) / 100
    kept = n.customers * (1 - churn) ** (n.months * ARRIVAL)
    paying = kept + (n.base or 0) * (1 - churn) ** n.months
    inputs = quantities(
        customers=(whole(n.customers), Unit.COUNT),
        base=(n.base, Unit.COUNT),
        price=(n.price, Unit.MONEY),
        churn=(churn * 100, Unit.PERCENT),
        months=(n.months, Unit.MONTHS),
    )
    return paying * n.price, inputs, "kpi-basis-mrr-base" if n.base else "kpi-basis-mrr"


def cac_payback(ctx: Ctx) -> Target:
    """Months of margin a new customer takes to pay back what winning them cost."""
    n = ctx.n
    if n.cac is None or not n.price:
        return None, {}
    monthly_margin = n.price * n.purchases / 12 * n.margin / 100
    return n.cac / monthly_margin, quantities(cac=(n.cac, Unit.MONEY), monthly=(monthly_margin, Unit.MONEY))


def cost_per_click(ctx: Ctx) -> Target:
    """What a click may cost: the CAC spread over the clicks it takes to win a customer."""
    n = ctx.n
    return (n.cac * n.conversion / 100 if n.cac is not None else None), quantities(
        cac=(n.cac, Unit.MONEY), conversion=(n.conversion, Unit.PERCENT)
    )


def churn(ctx: Ctx) -> Target:
    """The share of paying customers lost a month, not to pass.

    The one a retention objective asks for, else today's (the user's, else the model's, else 3 %).
    """
    n = ctx.n
    today = n.churn or 3.0
    kept = ctx.plan.objective(ObjectiveKind.LOYALTY)
    if kept is not None and kept.metric is Metric.RETENTION_RATE and kept.target is not None:
        aimed = round(monthly_churn(kept.target), 1)
        if aimed < today:
            inputs = quantities(today=(today, Unit.PERCENT), kept=(kept.target, Unit.PERCENT))
            return aimed, inputs, "kpi-basis-churn-aim"
    if ctx.plan.facts.returning is not None:  # the user's own churn: hold it
        return today, quantities(today=(today, Unit.PERCENT)), "kpi-basis-churn-today"
    return today, {}


def capacity_use(ctx: Ctx) -> Target:
    """The capacity the customers use, at most all of it."""
    n = ctx.n
    needed, yearly = n.needed_capacity, n.yearly_capacity
    if needed is None:
        return None, {}
    if not yearly or n.model is None or n.model.capacity_per_year is None:
        return None, {}
    per = n.model.capacity_per_year  # said in the unit the user gave it in (covers a day, places a week...)
    shown = round(needed / per)  # the use computed from the numbers shown, so that it reads right
    inputs = quantities(
        needed=(shown, Unit.COUNT),
        capacity=(yearly / per, Unit.COUNT),
        use=(shown * per / yearly * 100, Unit.PERCENT),
    )
    if n.base is None:  # today's customers not given (express): the new ones alone, and said so
        return 100.0, inputs, "kpi-basis-capacity-new"
    return 100.0, inputs
