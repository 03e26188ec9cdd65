"""How each KPI's target is computed, and the numbers its calculation quotes."""

from __future__ import annotations

from collections.abc import Callable

from domain.business import Family
from domain.dates import occurrences
from domain.kpis.context import Ctx, Target, _q
from domain.kpis.numbers import (
    ARRIVAL,
    ATTENDEES_AN_EVENT,
    BASKET_GROWTH,
    HEALTHY_LTV_CAC,
    LEAD_RATE,
    MEETING_RATE,
    NPS_GOOD,
    PARTNER_RATE,
    PROPOSAL_RATE,
    REPEAT_RATE,
    REVIEW_SHARE,
    REVIEWS_A_YEAR,
    VISIT_RATE,
    Numbers,
    Unit,
    months_until,
    whole,
)
from domain.models import KpiId, Metric, ObjectiveKind


def _win_rate(n: Numbers) -> float:
    return n.model.win_rate if n.model and n.model.win_rate else 30.0


def _wins(ctx: Ctx) -> float | None:
    return ctx.expected


def _proposals(ctx: Ctx) -> Target:
    wins = _wins(ctx)
    value = whole(wins / (_win_rate(ctx.n) / 100)) if wins else None
    return value, _q(wins=(whole(wins), Unit.COUNT), rate=(_win_rate(ctx.n), Unit.PERCENT))


def _meetings(ctx: Ctx) -> Target:
    if ctx.n.family is Family.SUBSCRIPTION:  # demos, which turn into paying accounts like trials do
        expected, rate = ctx.expected, _trial_rate(ctx.n)
        value = whole(expected / (rate / 100)) if expected else None
        return value, _q(customers=(whole(expected), Unit.COUNT), rate=(rate, Unit.PERCENT)), "kpi-basis-demos"
    proposals = _proposals(ctx)[0]
    value = whole(proposals / (PROPOSAL_RATE / 100)) if proposals else None
    return value, _q(proposals=(proposals, Unit.COUNT), rate=(PROPOSAL_RATE, Unit.PERCENT))


def _trial_rate(n: Numbers) -> float:
    return n.model.trial_to_paid if n.model and n.model.trial_to_paid else n.conversion


def _leads(ctx: Ctx) -> Target:
    if ctx.n.family is not Family.PIPELINE:
        expected = ctx.expected
        rate = LEAD_RATE if ctx.n.family is Family.SUBSCRIPTION else ctx.n.conversion
        value = whole(expected / (rate / 100)) if expected else None
        return (
            value,
            _q(customers=(whole(expected), Unit.COUNT), rate=(rate, Unit.PERCENT)),
            "kpi-basis-leads-contacts",
        )
    if not ctx.n.meets:  # requests that turn into jobs, at the model's rate: no meeting stage in between
        expected, rate = ctx.expected, ctx.n.conversion
        value = whole(expected / (rate / 100)) if expected else None
        return value, _q(customers=(whole(expected), Unit.COUNT), rate=(rate, Unit.PERCENT)), "kpi-basis-leads-contacts"
    meetings = _meetings(ctx)[0]
    value = whole(meetings / (MEETING_RATE / 100)) if meetings else None
    return value, _q(meetings=(meetings, Unit.COUNT), rate=(MEETING_RATE, Unit.PERCENT))


def _new_customers(ctx: Ctx) -> Target:
    value = whole(ctx.n.customers)
    if ctx.n.base:
        return value, _q(base=(ctx.n.base, Unit.COUNT)), "kpi-basis-new-customers-base"
    return value, {}


def _cac(ctx: Ctx) -> Target:
    return ctx.n.cac, _q(
        spend=(ctx.n.spend, Unit.MONEY),
        months=(ctx.n.months, Unit.MONTHS),
        customers=(whole(ctx.n.customers), Unit.COUNT),
    )


def _roi(ctx: Ctx) -> Target:
    n = ctx.n
    return n.roi, _q(
        customers=(whole(n.customers), Unit.COUNT),
        margin_amount=(n.period_margin, Unit.MONEY),
        margin=(n.margin, Unit.PERCENT),
        spend=(n.spend, Unit.MONEY),
        months=(n.months, Unit.MONTHS),
    )


def _clv(ctx: Ctx) -> Target:
    n = ctx.n
    return n.clv, _q(
        price=(n.price, Unit.MONEY),
        purchases=(n.purchases, Unit.COUNT),
        years=(n.years, Unit.COUNT),
        margin=(n.margin, Unit.PERCENT),
    )


def _ltv_cac(ctx: Ctx) -> Target:
    n = ctx.n
    ratio = n.clv / n.cac if n.clv is not None and n.cac else None
    if ratio is None:
        return HEALTHY_LTV_CAC, {}, "kpi-basis-ltv-cac-alone"
    return HEALTHY_LTV_CAC, _q(ratio=(ratio, Unit.RATIO))


def _visitors(ctx: Ctx, rate: float, spread: int = 1) -> Target:
    """The visits that bring the period's new customers at ``rate`` percent, over ``spread`` months."""
    expected = ctx.expected
    value = whole(expected / (rate / 100) / spread) if expected else None
    return value, _q(
        customers=(whole(expected), Unit.COUNT),
        rate=(round(rate, 1), Unit.PERCENT),
        months=(ctx.n.months, Unit.MONTHS),
    )


def _visits(ctx: Ctx) -> Target:
    return _visitors(ctx, ctx.n.conversion)


def _search_visits(ctx: Ctx) -> Target:
    """Visits from search a month.

    Where selling goes through requests (a tradesperson, a consultancy), a visit first becomes a request
    (:data:`VISIT_RATE`), then a request a customer at the model's rate.
    """
    rate = ctx.n.conversion * (VISIT_RATE / 100 if ctx.n.family is Family.PIPELINE else 1)
    return _visitors(ctx, rate, ctx.n.months)


def _orders(ctx: Ctx) -> Target:
    n = ctx.n
    if not n.customers:
        return None, {}
    new_orders = n.customers * n.purchases * n.months / 12 * ARRIVAL
    base_orders = (n.base or 0) * n.purchases * n.months / 12
    inputs = _q(
        customers=(whole(n.customers), Unit.COUNT),
        base=(n.base, Unit.COUNT),
        purchases=(n.purchases, Unit.COUNT),
        months=(n.months, Unit.MONTHS),
    )
    return whole(new_orders + base_orders), inputs, "kpi-basis-orders-base" if n.base else "kpi-basis-orders"


def _tickets(ctx: Ctx) -> Target:
    n = ctx.n
    if n.base is None or not n.customers:
        return None, {}
    weekly = (n.base + n.customers) * n.purchases / 52
    return whole(weekly), _q(
        base=(n.base, Unit.COUNT), customers=(whole(n.customers), Unit.COUNT), purchases=(n.purchases, Unit.COUNT)
    )


def _average_ticket(ctx: Ctx) -> Target:
    if ctx.serves is ObjectiveKind.LOYALTY and ctx.n.price is not None:
        return ctx.n.price * (1 + BASKET_GROWTH / 100), _q(price=(ctx.n.price, Unit.MONEY)), "kpi-basis-basket-growth"
    return ctx.n.price, {}


def _objective_rate(ctx: Ctx) -> Target:
    objective = ctx.objective
    base = ctx.plan.facts.returning
    if objective is not None and objective.target is not None:
        if base is not None:
            return objective.target, _q(today=(base, Unit.PERCENT)), "kpi-basis-repeat-today"
        return objective.target, {}, "kpi-basis-objective"
    if base is not None:
        return min(base + 10, 90), _q(today=(base, Unit.PERCENT)), "kpi-basis-repeat-today"
    return REPEAT_RATE, {}


def _awareness(ctx: Ctx) -> Target:
    objective = ctx.objective
    if objective is None or objective.target is None:
        return None, {}
    today = ctx.plan.facts.audience if objective.metric is Metric.FOLLOWERS else None
    gain = objective.target - today if today is not None else objective.target
    months = ctx.n.months  # to this objective's own deadline, which may come before the others'
    if objective.deadline is not None and ctx.plan.started is not None:
        months = months_until(objective.deadline, ctx.plan.started)
    monthly = whole(gain / months) if gain > 0 else None
    inputs = _q(today=(today, Unit.COUNT), monthly=(monthly, Unit.COUNT), months=(months, Unit.MONTHS))
    if monthly is None:
        return whole(objective.target), {}, "kpi-basis-objective"
    return whole(objective.target), inputs, "kpi-basis-awareness-today" if today is not None else "kpi-basis-awareness"


def _nps(ctx: Ctx) -> Target:
    objective = ctx.objective
    if objective is not None and objective.metric is Metric.NPS and objective.target is not None:
        return objective.target, {}
    return NPS_GOOD, {}


def _trials(ctx: Ctx) -> Target:
    n = ctx.n
    rate = n.model.trial_to_paid if n.model and n.model.trial_to_paid else n.conversion
    expected = ctx.expected
    value = whole(expected / (rate / 100)) if expected else None
    return value, _q(customers=(whole(expected), Unit.COUNT), rate=(rate, Unit.PERCENT))


def _trial_to_paid(ctx: Ctx) -> Target:
    n = ctx.n
    return (n.model.trial_to_paid if n.model and n.model.trial_to_paid else n.conversion), {}


def _churn(ctx: Ctx) -> Target:
    n = ctx.n
    return (n.model.churn if n.model and n.model.churn else 3.0), {}


def _mrr(ctx: Ctx) -> Target:
    n = ctx.n
    if n.price is None or not n.customers:
        return None, {}
    churn = (n.model.churn if n.model and n.model.churn else 3.0) / 100
    kept = n.customers * (1 - churn) ** (n.months * ARRIVAL)
    paying = kept + (n.base or 0) * (1 - churn) ** n.months
    inputs = _q(
        customers=(whole(n.customers), Unit.COUNT),
        base=(n.base, Unit.COUNT),
        price=(n.price, Unit.MONEY),
        churn=(churn * 100, Unit.PERCENT),
        months=(n.months, Unit.MONTHS),
    )
    return paying * n.price, inputs, "kpi-basis-mrr-base" if n.base else "kpi-basis-mrr"


def _cac_payback(ctx: Ctx) -> Target:
    n = ctx.n
    if n.cac is None or not n.price:
        return None, {}
    monthly_margin = n.price * n.purchases / 12 * n.margin / 100
    return n.cac / monthly_margin, _q(cac=(n.cac, Unit.MONEY), monthly=(monthly_margin, Unit.MONEY))


def _capacity_use(ctx: Ctx) -> Target:
    n = ctx.n
    needed, yearly = n.needed_capacity, n.yearly_capacity
    if needed is None:
        return None, {}
    if not yearly or n.model is None or n.model.capacity_per_year is None:
        return None, {}
    per = n.model.capacity_per_year  # said in the unit the user gave it in (covers a day, places a week...)
    return 100.0, _q(
        needed=(round(needed / per), Unit.COUNT),
        capacity=(yearly / per, Unit.COUNT),
        use=(needed / yearly * 100, Unit.PERCENT),
    )


def _referred(ctx: Ctx) -> Target:
    expected = ctx.expected
    return whole(expected), _q(share=(ctx.share, Unit.PERCENT))


def _partner_leads(ctx: Ctx) -> Target:
    """Introductions from partners are warm: many more of them turn into customers than cold contacts do."""
    expected = ctx.expected
    value = whole(expected / (PARTNER_RATE / 100)) if expected else None
    return value, _q(customers=(whole(expected), Unit.COUNT), rate=(PARTNER_RATE, Unit.PERCENT)), "kpi-basis-partner"


def _attendees(ctx: Ctx) -> Target:
    if not ctx.n.customers:
        events = sum(
            len(occurrences(a)) for a in ctx.plan.actions or () if a.kpi is KpiId.ATTENDEES and a.tactic is ctx.serves
        )
        if events:
            return whole(events * ATTENDEES_AN_EVENT), _q(events=(events, Unit.COUNT)), "kpi-basis-attendees-alone"
    expected = ctx.expected
    value = whole(expected / (ctx.n.conversion / 100)) if expected else None
    return value, _q(customers=(whole(expected), Unit.COUNT), share=(ctx.share, Unit.PERCENT))


def _reviews(ctx: Ctx) -> Target:
    n = ctx.n
    people = (n.customers or 0) + (n.base or 0)
    if not people:
        return REVIEWS_A_YEAR, {}, "kpi-basis-reviews-alone"
    value = whole(people * REVIEW_SHARE / 100)
    return value, _q(people=(whole(people), Unit.COUNT), rate=(REVIEW_SHARE, Unit.PERCENT))


def _cpc(ctx: Ctx) -> Target:
    n = ctx.n
    return (n.cac * n.conversion / 100 if n.cac is not None else None), _q(
        cac=(n.cac, Unit.MONEY), conversion=(n.conversion, Unit.PERCENT)
    )


def _revenue(ctx: Ctx) -> Target:
    """A revenue objective's own number; otherwise what the new customers should bring within the period."""
    objective = ctx.objective
    if objective is not None and objective.metric is Metric.REVENUE:
        return objective.target, {}
    n = ctx.n
    if n.period_revenue is None:
        return None, {}
    inputs = _q(customers=(whole(n.customers), Unit.COUNT), price=(n.price, Unit.MONEY), months=(n.months, Unit.MONTHS))
    return n.period_revenue, inputs, "kpi-basis-revenue"


def _fixed(value: float) -> Callable[[Ctx], Target]:
    return lambda ctx: (value, {})


def _reach(ctx: Ctx) -> Target:
    if ctx.objective is not None:
        return _awareness(ctx)
    return None, {}


def _conversion(ctx: Ctx) -> Target:
    visitors = _visits(ctx)[0]
    if visitors is None:
        return ctx.n.conversion, {}, "kpi-basis-conversion-alone"
    return ctx.n.conversion, _q(visitors=(visitors, Unit.COUNT), customers=(whole(ctx.expected), Unit.COUNT))
