"""KPI suggestions: which indicators to follow, and targets computed from the user's own numbers.

The indicators are a table (``RULES``): one entry per KPI with its unit, when it applies, how its target is
computed and the sentence that shows the calculation. Each KPI's name, formula and where to measure it are
catalogue entries (``kpi-<id>``, ``kpi-<id>-formula``, ``kpi-<id>-where``; the business model may say where it is
measured in that business). Numbers the user did not give come from the business model and are marked as rules of
thumb. The model is written down in the README ("The KPI model").
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

from domain.business import Family
from domain.kpis import customers, funnel, worth
from domain.kpis.context import Ctx, Rule, of_family
from domain.kpis.figures import (
    ENGAGEMENT_RATE,
    HEALTHY_LTV_CAC,
    OPEN_RATE,
    Kpi,
    Numbers,
    Quantity,
    Unit,
    months_until,
    numbers,
    whole,
)
from domain.models import KpiId, Metric, Objective, ObjectiveKind, Plan, Tactic

RULES: dict[KpiId, Rule] = {
    KpiId.NEW_CUSTOMERS: Rule(Unit.COUNT, customers.new_customers, "kpi-basis-new-customers"),
    KpiId.CAC: Rule(Unit.MONEY, worth.cac, "kpi-basis-cac", at_least=False),
    KpiId.ROI: Rule(Unit.PERCENT, worth.roi, "kpi-basis-roi", thumb=frozenset({"purchases_per_year", "margin"})),
    KpiId.CLV: Rule(
        Unit.MONEY, worth.clv, "kpi-basis-clv", thumb=frozenset({"purchases_per_year", "margin", "years_retained"})
    ),
    KpiId.LTV_CAC: Rule(Unit.RATIO, worth.ltv_cac, "kpi-basis-ltv-cac", thumb=True),
    KpiId.CONVERSION_RATE: Rule(
        Unit.PERCENT,
        funnel.conversion,
        "kpi-basis-conversion",
        applies=of_family(Family.ONLINE),
        thumb=frozenset({"conversion_rate"}),
    ),
    KpiId.VISITS: Rule(
        Unit.COUNT,
        funnel.visits,
        "kpi-basis-visits",
        applies=of_family(Family.ONLINE),
        thumb=frozenset({"conversion_rate"}),
    ),
    KpiId.ORDERS: Rule(
        Unit.COUNT,
        customers.orders,
        "kpi-basis-orders",
        applies=of_family(Family.ONLINE),
        thumb=frozenset({"purchases_per_year"}),
    ),
    KpiId.AVERAGE_TICKET: Rule(
        Unit.MONEY, customers.average_ticket, "kpi-basis-average-ticket", applies=of_family(Family.SHOP, Family.ONLINE)
    ),
    KpiId.TICKETS: Rule(
        Unit.COUNT,
        customers.tickets,
        "kpi-basis-tickets",
        applies=of_family(Family.SHOP),
        thumb=frozenset({"purchases_per_year"}),
    ),
    KpiId.LEADS: Rule(Unit.COUNT, funnel.leads, "kpi-basis-leads", thumb=True),
    KpiId.MEETINGS: Rule(Unit.COUNT, funnel.meetings, "kpi-basis-meetings", thumb=True),
    KpiId.PROPOSALS: Rule(Unit.COUNT, funnel.proposals, "kpi-basis-proposals", thumb=True),
    KpiId.WIN_RATE: Rule(Unit.PERCENT, lambda ctx: (funnel.win_rate(ctx.n), {}), "kpi-basis-win-rate", thumb=True),
    KpiId.TRIALS: Rule(Unit.COUNT, funnel.trials, "kpi-basis-trials", thumb=True),
    KpiId.TRIAL_TO_PAID: Rule(Unit.PERCENT, funnel.trial_to_paid, "kpi-basis-trial-to-paid", thumb=True),
    KpiId.MRR: Rule(Unit.MONEY, worth.mrr, "kpi-basis-mrr", thumb=frozenset({"churn"})),
    KpiId.CHURN: Rule(Unit.PERCENT, worth.churn, "kpi-basis-churn", at_least=False, thumb=frozenset({"churn"})),
    KpiId.CAC_PAYBACK: Rule(
        Unit.MONTHS, worth.cac_payback, "kpi-basis-cac-payback", at_least=False, thumb=frozenset({"margin"})
    ),
    KpiId.CAPACITY_USE: Rule(
        Unit.PERCENT,
        worth.capacity_use,
        "kpi-basis-capacity",
        at_least=False,
        applies=lambda ctx: ctx.n.yearly_capacity is not None,
        thumb=True,
    ),
    KpiId.REPEAT_RATE: Rule(Unit.PERCENT, customers.objective_rate, "kpi-basis-repeat"),
    KpiId.RETENTION_RATE: Rule(Unit.PERCENT, customers.objective_rate, "kpi-basis-repeat"),
    KpiId.NPS: Rule(Unit.SCORE, customers.nps, "kpi-basis-nps", thumb=True),
    KpiId.FOLLOWERS: Rule(Unit.COUNT, funnel.awareness, "kpi-basis-awareness"),
    KpiId.REACH: Rule(Unit.COUNT, funnel.reach, "kpi-basis-awareness"),
    KpiId.REVENUE: Rule(Unit.MONEY, worth.revenue, "kpi-basis-objective"),
    KpiId.OPEN_RATE: Rule(Unit.PERCENT, customers.fixed(OPEN_RATE), "kpi-basis-open", thumb=True),
    KpiId.ENGAGEMENT_RATE: Rule(Unit.PERCENT, customers.fixed(ENGAGEMENT_RATE), "kpi-basis-engagement", thumb=True),
    KpiId.ORGANIC_VISITS: Rule(
        Unit.COUNT, funnel.search_visits, "kpi-basis-search-visits", thumb=frozenset({"conversion_rate"})
    ),
    KpiId.COST_PER_CLICK: Rule(
        Unit.MONEY, worth.cost_per_click, "kpi-basis-cpc", at_least=False, thumb=frozenset({"conversion_rate"})
    ),
    KpiId.ATTENDEES: Rule(Unit.COUNT, funnel.attendees, "kpi-basis-attendees", thumb=frozenset({"conversion_rate"})),
    KpiId.REFERRED_CUSTOMERS: Rule(Unit.COUNT, funnel.referred, "kpi-basis-referral"),
    KpiId.PARTNER_LEADS: Rule(Unit.COUNT, funnel.partner_leads, "kpi-basis-leads", thumb=True),
    KpiId.REVIEWS: Rule(Unit.COUNT, customers.reviews, "kpi-basis-reviews", thumb=True),
}
"""Every KPI planbot knows: its unit, when it applies, its target and the sentence showing its calculation."""

UNITS: dict[KpiId, Unit] = {kpi: rule.unit for kpi, rule in RULES.items()}

CONQUEST: dict[Family | None, tuple[KpiId, ...]] = {
    Family.SHOP: (KpiId.NEW_CUSTOMERS, KpiId.TICKETS, KpiId.AVERAGE_TICKET),
    Family.ONLINE: (KpiId.NEW_CUSTOMERS, KpiId.VISITS, KpiId.CONVERSION_RATE, KpiId.ORDERS, KpiId.AVERAGE_TICKET),
    Family.PIPELINE: (KpiId.NEW_CUSTOMERS, KpiId.LEADS, KpiId.MEETINGS, KpiId.PROPOSALS, KpiId.WIN_RATE),
    Family.SERVICE: (KpiId.NEW_CUSTOMERS, KpiId.TRIALS),
    Family.SUBSCRIPTION: (KpiId.NEW_CUSTOMERS, KpiId.TRIALS, KpiId.TRIAL_TO_PAID, KpiId.MRR, KpiId.CHURN),
    None: (KpiId.NEW_CUSTOMERS,),
}
"""The funnel that measures winning customers, by way of selling; value KPIs follow (CAC, ROI, CLV...)."""

VALUE = (
    KpiId.REVENUE,
    KpiId.CAC,
    KpiId.ROI,
    KpiId.CLV,
    KpiId.LTV_CAC,
    KpiId.CAC_PAYBACK,
    KpiId.CAPACITY_USE,
)


def _value_applies(kpi: KpiId, n: Numbers) -> bool:
    """Whether a value KPI suits the way of selling.

    CAC payback is how subscriptions judge acquisition; a first-year return says little there (it starts negative
    by design), so they get payback and CLV ÷ CAC instead of ROI.
    """
    if kpi is KpiId.CAC_PAYBACK:
        return n.family is Family.SUBSCRIPTION
    if kpi in (KpiId.ROI, KpiId.REVENUE):  # a subscription's revenue is its MRR
        return n.family is not Family.SUBSCRIPTION
    return True


def loyalty_kpis(objective: Objective, n: Numbers) -> tuple[KpiId, ...]:
    """The KPIs of a loyalty objective: its own metric, churn for subscriptions, and NPS."""
    own = {Metric.REPEAT_RATE: KpiId.REPEAT_RATE, Metric.RETENTION_RATE: KpiId.RETENTION_RATE}.get(
        objective.metric or Metric.NPS
    )
    found: list[KpiId] = [own] if own else []
    if n.family is Family.SUBSCRIPTION:
        found.append(KpiId.CHURN)
    if n.family in (Family.SHOP, Family.ONLINE):
        found.append(KpiId.AVERAGE_TICKET)
    return (*found, KpiId.NPS)


def awareness_kpis(objective: Objective) -> tuple[KpiId, ...]:
    """The KPI of an awareness objective."""
    return (
        {Metric.FOLLOWERS: KpiId.FOLLOWERS, Metric.REACH: KpiId.REACH}.get(
            objective.metric or Metric.VISITS, KpiId.VISITS
        ),
    )


_SUGGESTED: dict[int, tuple[Plan, date, tuple[Kpi, ...]]] = {}
_KEPT = 16
_MEMO = threading.Lock()
"""Plans whose KPIs are kept: the score, the card and the documents each ask for those of the same plan."""


def suggest(plan: Plan, today: date) -> tuple[Kpi, ...]:
    """The KPIs that suit the plan's business, objectives and actions, each with its target when it can be computed.

    Counts are whole numbers; a KPI whose target would fall under one is left out. Worked out once for a plan
    (plans are never changed, only copied) and a day.
    """
    found = _SUGGESTED.get(id(plan))
    if found is not None and found[0] is plan and found[1] == today:
        return found[2]
    kpis = _suggested(plan, today)
    with _MEMO:  # documents are drawn in threads
        _SUGGESTED[id(plan)] = (plan, today, kpis)
        if len(_SUGGESTED) > _KEPT:
            del _SUGGESTED[next(iter(_SUGGESTED))]
    return kpis


def _suggested(plan: Plan, today: date) -> tuple[Kpi, ...]:
    n = numbers(plan, today)
    keeps = plan.objective(ObjectiveKind.LOYALTY)  # churn is then its KPI, not the conquest's too
    wanted: list[tuple[KpiId, Ctx]] = []
    for objective in plan.objectives or ():
        ctx = Ctx(plan, n, objective.kind, objective)
        if objective.kind is ObjectiveKind.CONQUEST:
            ids: tuple[KpiId, ...] = tuple(
                k
                for k in CONQUEST[n.family]
                if (k is not KpiId.MEETINGS or n.meets) and (k is not KpiId.CHURN or keeps is None)
            )
            value = tuple(
                k for k in VALUE if _value_applies(k, n) or (k is KpiId.REVENUE and objective.metric is Metric.REVENUE)
            )
            if objective.metric is Metric.REVENUE:
                ids = (KpiId.REVENUE, *ids)
                value = tuple(k for k in value if k is not KpiId.REVENUE)
            ids = (*ids, *value)
        elif objective.kind is ObjectiveKind.LOYALTY:
            ids = loyalty_kpis(objective, n)
        else:
            ids = awareness_kpis(objective)
        wanted.extend((kpi, ctx) for kpi in ids)
    given = {kpi for kpi, _ in wanted}
    for tactic, kpi in _tactic_kpis(plan):
        if kpi not in given:
            given.add(kpi)
            wanted.append((kpi, Ctx(plan, n, tactic)))
    return tuple(kpi for kpi in (_kpi(k, ctx) for k, ctx in wanted) if kpi is not None)


def _tactic_kpis(plan: Plan) -> Iterator[tuple[Tactic, KpiId]]:
    """Each action's KPI, for the tactic it belongs to (the actions' KPIs come from the business model)."""
    for action in plan.actions or ():
        if action.kpi is not None:
            yield action.tactic, action.kpi


def _kpi(kpi: KpiId, ctx: Ctx) -> Kpi | None:
    rule = RULES[kpi]
    if not rule.applies(ctx):
        return None
    value, inputs, *own = rule.target(ctx)
    if rule.unit is Unit.COUNT:
        value = whole(value)
        if value is None and ctx.n.customers:
            return None
    if value is None and isinstance(ctx.serves, Tactic):
        return None  # an action's own measure that the plan's numbers cannot size: the objective's KPIs carry it
    if value is not None and rule.unit is Unit.MONEY and abs(value) >= 10:
        value = float(round(value))  # a target of 333 € or 37 €, not 333.33 € or 36.75 €
    elif value is not None and rule.unit is Unit.PERCENT and abs(value) >= 100:
        value = float(round(value))
    elif value is not None and rule.unit is Unit.PERCENT:
        value = round(value, 1)
    thumb = rule.thumb if isinstance(rule.thumb, bool) else bool(rule.thumb & ctx.n.assumed)
    return Kpi(
        kpi,
        ctx.serves,
        None if value is None else Quantity(value, rule.unit),
        (own[0] if own else rule.basis) if value is not None else "kpi-basis-missing",
        inputs,
        rule_of_thumb=thumb,
        at_least=rule.at_least,
    )


__all__ = [
    "HEALTHY_LTV_CAC",
    "RULES",
    "UNITS",
    "Kpi",
    "KpiId",
    "Quantity",
    "Unit",
    "months_until",
    "numbers",
    "suggest",
]
