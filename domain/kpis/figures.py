"""The numbers KPI targets are computed from: the plan's own, or the business model's rules of thumb."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from domain.business import BusinessModel, Family, model_of
from domain.churn import plan_churn
from domain.models import KpiId, Metric, ObjectiveKind, Plan, Tactic


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
MEETING_RATE = 10.0
"""Qualified contacts who accept a meeting, percent: a blend of warm ones (referrals, past clients: a third or more)
and cold ones (3 to 5 %), the rule of thumb for a small B2B firm prospecting in its niche."""
PARTNER_RATE = 30.0
"""Contacts introduced by a partner (an accountant, a funeral home, a venue) who become customers, percent."""
LEAD_RATE = 5.0
"""Leads (downloads, sign-ups to a list, partner contacts) who end up paying for a subscription, percent."""
VISIT_RATE = 5.0
"""Website visits that turn into a request (a call, a form, a quote asked), percent (rule of thumb)."""
PROPOSAL_RATE = 50.0
"""Meetings that lead to a proposal, percent (rule of thumb)."""
ARRIVAL = 0.5
"""New customers arrive through the period: on average each buys during half of it."""
REVIEW_SHARE = 25.0
"""New customers who leave a review when asked personally, the same day, with the link (rule of thumb: about one
in ten leaves one unasked; the plans' actions ask every customer)."""
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
    churn: float | None = None
    """A subscription's monthly churn in percent: the user's, else the model's (``domain.churn.plan_churn``)."""

    @property
    def spend(self) -> float | None:
        """The marketing spend over the objectives' period: the yearly budget, pro rata up to a year.

        A deadline past twelve months adds no budget: the action plan spends one year's budget.
        """
        return None if self.budget is None else self.budget * min(self.months, 12) / 12

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
    def lifetime_purchases(self) -> float:
        """Purchases a customer makes while they stay: a year's × the years retained, and at least the first one."""
        return max(1.0, self.purchases * self.years)

    @property
    def clv(self) -> float | None:
        """Customer lifetime value: basket × purchases while a customer stays (one at least) × margin."""
        return None if self.price is None else self.price * self.lifetime_purchases * self.margin / 100

    @property
    def period_margin(self) -> float | None:
        """Gross margin the new customers bring within the period, arriving evenly through it.

        Each buys during half the period on average, and at least once (a client won signs a first mission).
        """
        if not self.customers or self.price is None:
            return None
        kept = 1.0
        if self.churn:
            kept = (1 - self.churn / 100) ** (self.months * ARRIVAL / 2)  # subscribers lost along the way
        purchases = max(1.0, self.purchases * self.months / 12 * ARRIVAL)
        return self.customers * self.price * purchases * kept * self.margin / 100

    @property
    def period_revenue(self) -> float | None:
        """Revenue the new customers bring within the period (the margin's basis, before the margin)."""
        margin = self.period_margin
        return None if margin is None or not self.margin else margin / (self.margin / 100)

    @property
    def break_even_customers(self) -> int | None:
        """How many new customers, won as the objective's are, bring back the period's spend in gross margin."""
        if self.period_margin is None or not self.customers or not self.spend:
            return None
        return math.ceil(self.spend / (self.period_margin / self.customers))

    @property
    def roi(self) -> float | None:
        """Return on the period's spend, on gross margin: (margin − spend) ÷ spend."""
        gained = self.period_margin
        if gained is None or not self.spend:
            return None
        return (gained - self.spend) / self.spend * 100

    @property
    def meets(self) -> bool:
        """Whether selling goes through meetings (a consultancy, an agency), as the model's KPI places tell.

        A tradesperson's request leads straight to a quote: no meeting stage in between.
        """
        return self.model is None or KpiId.MEETINGS in self.model.fr.where

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
    churn = plan_churn(plan, found)
    if churn is not None and plan.facts.returning is None:
        assumed.add("churn")  # the model's, not the user's
    if churn is None:
        years = pick(None, "years_retained", 2)
    else:  # a customer stays 1 ÷ churn months on average, five years at most
        years = round(min(5.0, 100 / churn / 12), 1) if churn > 0 else 5.0
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
        churn=churn,
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
