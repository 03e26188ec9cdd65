"""KPI suggestions: which indicators to follow, and targets computed from the user's own numbers.

The indicators are a table (``RULES``): one entry per KPI with its unit, when it applies, how its target is
computed and the sentence that shows the calculation. Each KPI's name, formula and where to measure it are
catalogue entries (``kpi-<id>``, ``kpi-<id>-formula``, ``kpi-<id>-where``; the business model may say where it is
measured in that business). Numbers the user did not give come from the business model and are marked as rules of
thumb. The model is written down in the README ("The KPI model").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from domain.actions import occurrences
from domain.business import BusinessModel, Family, model_of
from domain.models import KpiId, Metric, Objective, ObjectiveKind, Plan, Tactic


class Unit(StrEnum):
    """How a KPI's value reads."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    RATIO = "ratio"
    SCORE = "score"
    MONTHS = "months"


@dataclass(frozen=True)
class Quantity:
    """A number and its unit, formatted by the renderer in the user's language."""

    value: float
    unit: Unit


@dataclass(frozen=True)
class Kpi:
    """One suggested indicator.

    Attributes:
        id: which indicator.
        serves: the objective or tactic it measures.
        target: the value to reach, or ``None`` when the plan lacks the numbers ("not enough data").
        basis: catalogue key of the sentence explaining how the target was computed (``kpi-basis-<...>``).
        inputs: the numbers that sentence quotes.
        rule_of_thumb: whether the target rests on a rule of thumb rather than only the user's numbers.
        at_least: whether the target is a floor (reach at least) rather than a ceiling (CAC at most).
    """

    id: KpiId
    serves: ObjectiveKind | Tactic | None
    target: Quantity | None
    basis: str
    inputs: dict[str, Quantity] = field(default_factory=dict)
    rule_of_thumb: bool = False
    at_least: bool = True


OPEN_RATE = 20.0
REPEAT_RATE = 30.0
ENGAGEMENT_RATE = 2.0
HEALTHY_LTV_CAC = 3.0
NPS_GOOD = 30.0
MEETING_RATE = 25.0
"""Leads who accept a meeting, percent (rule of thumb for targeted B2B contacts, warm and cold together)."""
PARTNER_RATE = 30.0
"""Contacts introduced by a partner (an accountant, a funeral home, a venue) who become customers, percent."""
LEAD_RATE = 5.0
"""Leads (downloads, sign-ups to a list, partner contacts) who end up paying for a subscription, percent."""
PROPOSAL_RATE = 50.0
"""Meetings that lead to a proposal, percent (rule of thumb)."""
ARRIVAL = 0.5
"""New customers arrive through the period: on average each buys during half of it."""
REVIEW_SHARE = 10.0
"""New customers who leave a review when asked, percent (rule of thumb)."""
BASKET_GROWTH = 5.0
"""How much loyal customers' average basket can grow with a complementary product offered, percent."""
ATTENDEES_AN_EVENT = 15
"""People at a small business's event, tasting or workshop (rule of thumb)."""
REVIEWS_A_YEAR = 24.0
"""Reviews a year for a small business that asks for them, two a month (rule of thumb)."""


@dataclass(frozen=True)
class Numbers:
    """The plan's numbers the targets are computed from, with where each came from.

    Attributes:
        budget: the yearly marketing budget.
        months: the period of the objectives, from the plan's start to the conquest deadline (12 by default).
        customers: new customers targeted over the period.
        base: customers today, when the user said.
        assumed: the numbers taken from the business model rather than the user.
    """

    budget: float | None
    months: int
    customers: float | None
    price: float | None
    purchases: float
    margin: float
    years: float
    conversion: float
    assumed: frozenset[str]
    model: BusinessModel | None = None
    base: int | None = None
    capacity: float | None = None

    @property
    def spend(self) -> float | None:
        """The marketing spend over the objectives' period."""
        return None if self.budget is None else self.budget * self.months / 12

    @property
    def cac(self) -> float | None:
        """Target customer acquisition cost: spend over the period ÷ new customers targeted."""
        if self.spend is None or not self.customers:
            return None
        return self.spend / self.customers

    @property
    def yearly_value(self) -> float | None:
        """What a customer spends in a year."""
        return None if self.price is None else self.price * self.purchases

    @property
    def clv(self) -> float | None:
        """Customer lifetime value: basket × purchases a year × years retained × margin."""
        value = self.yearly_value
        return None if value is None else value * self.years * self.margin / 100

    @property
    def period_margin(self) -> float | None:
        """Gross margin the new customers bring within the period, arriving evenly through it.

        Each buys during half the period on average, and at least once (a client won signs a first mission).
        """
        if not self.customers or self.price is None:
            return None
        kept = 1.0
        if self.model is not None and self.model.family is Family.SUBSCRIPTION and self.model.churn:
            kept = (1 - self.model.churn / 100) ** (self.months * ARRIVAL / 2)  # subscribers lost along the way
        purchases = max(1.0, self.purchases * self.months / 12 * ARRIVAL)
        return self.customers * self.price * purchases * kept * self.margin / 100

    @property
    def period_revenue(self) -> float | None:
        """Revenue the new customers bring within the period (the margin's basis, before the margin)."""
        margin = self.period_margin
        return None if margin is None or not self.margin else margin / (self.margin / 100)

    @property
    def roi(self) -> float | None:
        """Return on the period's spend, on gross margin: (margin − spend) ÷ spend."""
        gained = self.period_margin
        if gained is None or not self.spend:
            return None
        return (gained - self.spend) / self.spend * 100

    @property
    def family(self) -> Family | None:
        """How the business sells."""
        return self.model.family if self.model else None

    @property
    def needed_capacity(self) -> float | None:
        """Capacity a year the customers (today's and the new ones) use, in the model's unit."""
        if self.model is None or self.model.capacity_per_year is None or not self.customers:
            return None
        units = self.model.units_per_purchase
        first_year = max(1.0, self.purchases)  # a new customer buys at least once in the year they are won
        return (self.customers * first_year + (self.base or 0) * self.purchases) * units

    @property
    def yearly_capacity(self) -> float | None:
        """The capacity the user stated, over a year."""
        if self.capacity is None or self.model is None or self.model.capacity_per_year is None:
            return None
        return self.capacity * self.model.capacity_per_year


def months_until(deadline: date | None, start: date) -> int:
    """Whole months from a day to a deadline, to the nearest (at least 1; 12 without a deadline)."""
    if deadline is None:
        return 12
    return max(1, round((deadline - start).days / 30.44))


def numbers(plan: Plan, today: date) -> Numbers:
    """Gather the plan's numbers, falling back on the business model's rules of thumb where the user gave none.

    The period to the objectives' deadline counts from the day the plan was started (``today`` for a plan that
    does not say), so that targets do not move as time passes.
    """
    found = model_of(plan)
    price = plan.mix.price
    assumed: set[str] = set()

    def pick(given: float | None, attribute: str, fallback: float) -> float:
        if given is not None:
            return given
        assumed.add(attribute)
        value = getattr(found, attribute, None) if found else None
        return float(value) if value is not None else fallback

    conquest = plan.objective(ObjectiveKind.CONQUEST)
    deadline = conquest.deadline if conquest else None
    if deadline is None:
        deadline = min((o.deadline for o in plan.objectives or () if o.deadline), default=None)
    churn = found.churn if found is not None and found.family is Family.SUBSCRIPTION else None
    years = pick(None, "years_retained", 2) if churn is None else round(min(5.0, 100 / churn / 12), 1)
    result = Numbers(
        budget=plan.diagnosis.budget,
        months=months_until(deadline, plan.started or today),
        customers=None,
        price=price.point,
        purchases=pick(price.purchases_per_year, "purchases_per_year", 1),
        margin=pick(price.margin, "margin", 50),
        years=years,
        conversion=pick(_conversion_objective(plan), "conversion_rate", 2),
        assumed=frozenset(),
        model=found,
        base=plan.facts.customers,
        capacity=plan.facts.capacity,
    )
    return replace(result, customers=_customers(plan, result), assumed=frozenset(assumed))


def _conversion_objective(plan: Plan) -> float | None:
    conquest = plan.objective(ObjectiveKind.CONQUEST)
    if conquest and conquest.metric is Metric.CONVERSION_RATE:
        return conquest.target
    return None


def _customers(plan: Plan, base: Numbers) -> float | None:
    conquest = plan.objective(ObjectiveKind.CONQUEST)
    if conquest is None or conquest.target is None:
        return None
    if conquest.metric is Metric.NEW_CUSTOMERS:
        return conquest.target
    if conquest.metric is Metric.REVENUE and base.yearly_value:
        return math.ceil(conquest.target / (base.yearly_value * base.months / 12 * ARRIVAL))
    return None


def whole(value: float | None) -> float | None:
    """A count of people, leads or visits: a whole number, rounded up; ``None`` when under one."""
    if value is None or value < 0.5:
        return None
    return float(max(1, math.ceil(value - 1e-9)))


# The table -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ctx:
    """What a rule looks at: the plan, its numbers, and the objective or tactic the KPI serves."""

    plan: Plan
    n: Numbers
    serves: ObjectiveKind | Tactic | None
    objective: Objective | None = None

    @property
    def share(self) -> float | None:
        """For a tactic's KPI, the tactic's share of the new customers in percent: an equal one.

        Not its share of the budget: referrals or a network cost little and bring much, ads the reverse.
        """
        if not isinstance(self.serves, Tactic):
            return None
        tactics = self.plan.mix.promotion.tactics or ()
        return 100 / len(tactics) if tactics else None

    @property
    def expected(self) -> float | None:
        """New customers a tactic should bring (whole people): its equal share of the objective."""
        share = self.share
        if share is None:
            return self.n.customers
        return None if not self.n.customers else whole(self.n.customers * share / 100)


Target = tuple[float | None, dict[str, Quantity]] | tuple[float | None, dict[str, Quantity], str]
"""A target, the numbers its calculation quotes, and the sentence for it when it is not the rule's own."""


@dataclass(frozen=True)
class Rule:
    """One KPI of the table.

    Attributes:
        unit: how its value reads; counts are whole numbers.
        applies: whether the KPI suits this business (its family, its facts).
        target: its target and the numbers its calculation quotes, from the context.
        basis: the catalogue key of the sentence showing the calculation.
        at_least: a floor to reach, or a ceiling not to pass.
        thumb: the model's numbers whose use makes the target a rule of thumb (``True``: always one).
    """

    unit: Unit
    target: Callable[[Ctx], Target]
    basis: str
    applies: Callable[[Ctx], bool] = lambda ctx: True
    at_least: bool = True
    thumb: frozenset[str] | bool = frozenset()


def _q(**values: tuple[float | None, Unit]) -> dict[str, Quantity]:
    return {k: Quantity(v, u) for k, (v, u) in values.items() if v is not None}


def _family(*families: Family) -> Callable[[Ctx], bool]:
    return lambda ctx: ctx.n.family in families


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


def _visits(ctx: Ctx) -> Target:
    expected = ctx.expected
    value = whole(expected / (ctx.n.conversion / 100)) if expected else None
    return value, _q(
        customers=(whole(expected), Unit.COUNT),
        rate=(ctx.n.conversion, Unit.PERCENT),
        months=(ctx.n.months, Unit.MONTHS),
    )


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
    monthly = whole(gain / ctx.n.months) if gain > 0 else None
    inputs = _q(today=(today, Unit.COUNT), monthly=(monthly, Unit.COUNT), months=(ctx.n.months, Unit.MONTHS))
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


RULES: dict[KpiId, Rule] = {
    KpiId.NEW_CUSTOMERS: Rule(Unit.COUNT, _new_customers, "kpi-basis-new-customers"),
    KpiId.CAC: Rule(Unit.MONEY, _cac, "kpi-basis-cac", at_least=False),
    KpiId.ROI: Rule(Unit.PERCENT, _roi, "kpi-basis-roi", thumb=frozenset({"purchases_per_year", "margin"})),
    KpiId.CLV: Rule(
        Unit.MONEY, _clv, "kpi-basis-clv", thumb=frozenset({"purchases_per_year", "margin", "years_retained"})
    ),
    KpiId.LTV_CAC: Rule(Unit.RATIO, _ltv_cac, "kpi-basis-ltv-cac", thumb=True),
    KpiId.CONVERSION_RATE: Rule(
        Unit.PERCENT,
        _conversion,
        "kpi-basis-conversion",
        applies=_family(Family.ONLINE),
        thumb=frozenset({"conversion_rate"}),
    ),
    KpiId.VISITS: Rule(
        Unit.COUNT, _visits, "kpi-basis-visits", applies=_family(Family.ONLINE), thumb=frozenset({"conversion_rate"})
    ),
    KpiId.ORDERS: Rule(
        Unit.COUNT, _orders, "kpi-basis-orders", applies=_family(Family.ONLINE), thumb=frozenset({"purchases_per_year"})
    ),
    KpiId.AVERAGE_TICKET: Rule(
        Unit.MONEY, _average_ticket, "kpi-basis-average-ticket", applies=_family(Family.SHOP, Family.ONLINE)
    ),
    KpiId.TICKETS: Rule(
        Unit.COUNT, _tickets, "kpi-basis-tickets", applies=_family(Family.SHOP), thumb=frozenset({"purchases_per_year"})
    ),
    KpiId.LEADS: Rule(Unit.COUNT, _leads, "kpi-basis-leads", thumb=True),
    KpiId.MEETINGS: Rule(Unit.COUNT, _meetings, "kpi-basis-meetings", thumb=True),
    KpiId.PROPOSALS: Rule(Unit.COUNT, _proposals, "kpi-basis-proposals", thumb=True),
    KpiId.WIN_RATE: Rule(Unit.PERCENT, lambda ctx: (_win_rate(ctx.n), {}), "kpi-basis-win-rate", thumb=True),
    KpiId.TRIALS: Rule(Unit.COUNT, _trials, "kpi-basis-trials", thumb=True),
    KpiId.TRIAL_TO_PAID: Rule(Unit.PERCENT, _trial_to_paid, "kpi-basis-trial-to-paid", thumb=True),
    KpiId.MRR: Rule(Unit.MONEY, _mrr, "kpi-basis-mrr", thumb=True),
    KpiId.CHURN: Rule(Unit.PERCENT, _churn, "kpi-basis-churn", at_least=False, thumb=True),
    KpiId.CAC_PAYBACK: Rule(
        Unit.MONTHS, _cac_payback, "kpi-basis-cac-payback", at_least=False, thumb=frozenset({"margin"})
    ),
    KpiId.CAPACITY_USE: Rule(
        Unit.PERCENT,
        _capacity_use,
        "kpi-basis-capacity",
        at_least=False,
        applies=lambda ctx: ctx.n.yearly_capacity is not None,
        thumb=True,
    ),
    KpiId.REPEAT_RATE: Rule(Unit.PERCENT, _objective_rate, "kpi-basis-repeat"),
    KpiId.RETENTION_RATE: Rule(Unit.PERCENT, _objective_rate, "kpi-basis-repeat"),
    KpiId.NPS: Rule(Unit.SCORE, _nps, "kpi-basis-nps", thumb=True),
    KpiId.FOLLOWERS: Rule(Unit.COUNT, _awareness, "kpi-basis-awareness"),
    KpiId.REACH: Rule(Unit.COUNT, _reach, "kpi-basis-awareness"),
    KpiId.REVENUE: Rule(Unit.MONEY, _revenue, "kpi-basis-objective"),
    KpiId.OPEN_RATE: Rule(Unit.PERCENT, _fixed(OPEN_RATE), "kpi-basis-open", thumb=True),
    KpiId.ENGAGEMENT_RATE: Rule(Unit.PERCENT, _fixed(ENGAGEMENT_RATE), "kpi-basis-engagement", thumb=True),
    KpiId.ORGANIC_VISITS: Rule(Unit.COUNT, _visits, "kpi-basis-visits", thumb=frozenset({"conversion_rate"})),
    KpiId.COST_PER_CLICK: Rule(Unit.MONEY, _cpc, "kpi-basis-cpc", at_least=False, thumb=frozenset({"conversion_rate"})),
    KpiId.ATTENDEES: Rule(Unit.COUNT, _attendees, "kpi-basis-attendees", thumb=frozenset({"conversion_rate"})),
    KpiId.REFERRED_CUSTOMERS: Rule(Unit.COUNT, _referred, "kpi-basis-referral"),
    KpiId.PARTNER_LEADS: Rule(Unit.COUNT, _partner_leads, "kpi-basis-leads", thumb=True),
    KpiId.REVIEWS: Rule(Unit.COUNT, _reviews, "kpi-basis-reviews", thumb=True),
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


def suggest(plan: Plan, today: date) -> tuple[Kpi, ...]:
    """The KPIs that suit the plan's business, objectives and actions, each with its target when it can be computed.

    Counts are whole numbers; a KPI whose target would fall under one is left out.
    """
    n = numbers(plan, today)
    wanted: list[tuple[KpiId, Ctx]] = []
    for objective in plan.objectives or ():
        ctx = Ctx(plan, n, objective.kind, objective)
        if objective.kind is ObjectiveKind.CONQUEST:
            ids: tuple[KpiId, ...] = CONQUEST[n.family]
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
