"""The marketing plan: immutable, typed records of everything the entrepreneur answers."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    """Base of every plan record: frozen, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


Rating = Annotated[int, Field(ge=1, le=5)]
Texts = tuple[str, ...]


class Language(StrEnum):
    """Languages the bot speaks; French first."""

    FR = "fr"
    EN = "en"


class Mode(StrEnum):
    """Interview length: a few minutes, or everything."""

    EXPRESS = "express"
    COMPLETE = "complete"


class Sector(StrEnum):
    """Kinds of activity, each with its own presets."""

    ECOMMERCE = "ecommerce"
    RETAIL = "retail"
    CAFE = "cafe"
    B2B_SERVICES = "b2b_services"
    B2C_SERVICES = "b2c_services"
    SAAS = "saas"
    CRAFT = "craft"
    OTHER = "other"


class Market(StrEnum):
    """Who buys: consumers or businesses."""

    B2C = "b2c"
    B2B = "b2b"


class Stage(StrEnum):
    """How far along the business is."""

    IDEA = "idea"
    LAUNCHED = "launched"
    GROWING = "growing"


class ObjectiveKind(StrEnum):
    """The three families of marketing objectives."""

    CONQUEST = "conquest"
    LOYALTY = "loyalty"
    AWARENESS = "awareness"


class Metric(StrEnum):
    """What an objective counts."""

    NEW_CUSTOMERS = "new_customers"
    REVENUE = "revenue"
    CONVERSION_RATE = "conversion_rate"
    REPEAT_RATE = "repeat_rate"
    RETENTION_RATE = "retention_rate"
    NPS = "nps"
    FOLLOWERS = "followers"
    REACH = "reach"
    VISITS = "visits"

    @property
    def is_percent(self) -> bool:
        """Whether the metric is a percentage (0–100)."""
        return self in {Metric.CONVERSION_RATE, Metric.REPEAT_RATE, Metric.RETENTION_RATE}

    @property
    def is_money(self) -> bool:
        """Whether the metric is an amount in euros."""
        return self is Metric.REVENUE


METRICS: dict[ObjectiveKind, tuple[Metric, ...]] = {
    ObjectiveKind.CONQUEST: (Metric.NEW_CUSTOMERS, Metric.REVENUE, Metric.CONVERSION_RATE),
    ObjectiveKind.LOYALTY: (Metric.REPEAT_RATE, Metric.RETENTION_RATE, Metric.NPS),
    ObjectiveKind.AWARENESS: (Metric.FOLLOWERS, Metric.REACH, Metric.VISITS),
}


class PriceStrategy(StrEnum):
    """Pricing policies of the marketing mix."""

    PREMIUM = "premium"
    ALIGNED = "aligned"
    PENETRATION = "penetration"
    SKIMMING = "skimming"
    FREEMIUM = "freemium"


class Channel(StrEnum):
    """Distribution channels (Place)."""

    OWN_SITE = "own_site"
    SHOP = "shop"
    MARKETPLACE = "marketplace"
    RESELLERS = "resellers"
    DIRECT = "direct"
    SOCIAL_COMMERCE = "social_commerce"


class Tactic(StrEnum):
    """Promotion tactics (the fourth P)."""

    SOCIAL = "social"
    SEO = "seo"
    SEA = "sea"
    EMAILING = "emailing"
    ADVERTISING = "advertising"
    EVENTS = "events"
    PROMOTIONS = "promotions"
    LOYALTY_PROGRAMME = "loyalty_programme"
    PARTNERSHIPS = "partnerships"
    REFERRAL = "referral"
    LOCAL = "local"
    CONTENT = "content"
    OUTREACH = "outreach"

    @property
    def is_paid(self) -> bool:
        """Whether the tactic needs money to run at all."""
        return self in {Tactic.SEA, Tactic.ADVERTISING}


class KpiId(StrEnum):
    """The indicators planbot knows (their names and formulas are in the catalogues)."""

    NEW_CUSTOMERS = "new_customers"
    CONVERSION_RATE = "conversion_rate"
    CAC = "cac"
    ROI = "roi"
    REVENUE = "revenue"
    CLV = "clv"
    LTV_CAC = "ltv_cac"
    RETENTION_RATE = "retention_rate"
    REPEAT_RATE = "repeat_rate"
    NPS = "nps"
    FOLLOWERS = "followers"
    REACH = "reach"
    VISITS = "visits"
    OPEN_RATE = "open_rate"
    ORGANIC_VISITS = "organic_visits"
    COST_PER_CLICK = "cost_per_click"
    ENGAGEMENT_RATE = "engagement_rate"
    ATTENDEES = "attendees"
    REFERRED_CUSTOMERS = "referred_customers"
    PARTNER_LEADS = "partner_leads"
    LEADS = "leads"
    MEETINGS = "meetings"
    PROPOSALS = "proposals"
    WIN_RATE = "win_rate"
    TRIALS = "trials"
    TRIAL_TO_PAID = "trial_to_paid"
    MRR = "mrr"
    CHURN = "churn"
    CAC_PAYBACK = "cac_payback"
    TICKETS = "tickets"
    AVERAGE_TICKET = "average_ticket"
    REVIEWS = "reviews"
    CAPACITY_USE = "capacity_use"
    ORDERS = "orders"


class Cadence(StrEnum):
    """How often an action of the plan recurs."""

    ONCE = "once"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    SEASONAL = "seasonal"


class Website(StrEnum):
    """Whether the business has a website or an online shop."""

    YES = "yes"
    NO = "no"
    BUILDING = "building"


class ActionStatus(StrEnum):
    """Where an action of the plan stands."""

    PROPOSED = "proposed"
    PLANNED = "planned"
    DONE = "done"
    DROPPED = "dropped"


class Profile(Record):
    """Phase 0: who the business is.

    Attributes:
        model: the business model the plan is built from (``domain/business/<model>.toml``); ``sector`` is the
            coarse family it belongs to, kept for plans written before business models.
    """

    name: str | None = None
    mode: Mode | None = None
    model: str | None = None
    sector: Sector | None = None
    activity: str | None = None
    market: Market | None = None
    stage: Stage | None = None
    area: str | None = None


class Facts(Record):
    """What the business is today: the facts that steer the advice.

    Attributes:
        website: whether it has a website or an online shop.
        customers: customers today (in the last twelve months).
        returning: the share of them who come back or buy again, in percent.
        audience: followers and email subscribers today.
        capacity: how much it can sell, in the business model's unit of capacity (billable days a year...).
        team: how many people work in it, the owner included.
    """

    website: Website | None = None
    customers: int | None = Field(default=None, ge=0)
    returning: float | None = Field(default=None, ge=0, le=100)
    audience: int | None = Field(default=None, ge=0)
    capacity: float | None = Field(default=None, ge=0)
    team: int | None = Field(default=None, ge=1)


class Competitor(Record):
    """A named competitor with its price and quality levels (1–5)."""

    name: str
    price: Rating | None = None
    quality: Rating | None = None


class Diagnosis(Record):
    """Phase 1: internal and external environment (SWOT) and resources."""

    strengths: Texts | None = None
    weaknesses: Texts | None = None
    budget: float | None = Field(default=None, ge=0)
    hours_per_week: float | None = Field(default=None, ge=0)
    skills: Texts | None = None
    opportunities: Texts | None = None
    threats: Texts | None = None
    competitors: tuple[Competitor, ...] | None = None


class Objective(Record):
    """Phase 2: one SMART objective."""

    kind: ObjectiveKind
    metric: Metric | None = None
    target: float | None = None
    deadline: date | None = None


class Segment(Record):
    """Phases 3 and 4: a customer segment and how attractive it is."""

    name: str
    who: str | None = None
    need: str | None = None
    size: int | None = Field(default=None, ge=0)
    size_rating: Rating | None = None
    access_rating: Rating | None = None
    fit_rating: Rating | None = None

    @property
    def score(self) -> int | None:
        """Sum of the three ratings (3–15), or None until all are given."""
        ratings = (self.size_rating, self.access_rating, self.fit_rating)
        if any(r is None for r in ratings):
            return None
        return sum(r for r in ratings if r is not None)


class Positioning(Record):
    """Phase 5: how the business wants to be seen against its competitors."""

    benefit: str | None = None
    rival: str | None = None
    difference: str | None = None
    proof: str | None = None
    price_level: Rating | None = None
    quality_level: Rating | None = None


class Product(Record):
    """The first P."""

    offer: str | None = None
    range: Texts | None = None
    differentiation: str | None = None
    after_sales: str | None = None


class Price(Record):
    """The second P, with the numbers customer value is computed from."""

    strategy: PriceStrategy | None = None
    point: float | None = Field(default=None, ge=0)
    purchases_per_year: float | None = Field(default=None, ge=0)
    margin: float | None = Field(default=None, ge=0, le=100)


class Place(Record):
    """The third P."""

    channels: tuple[Channel, ...] | None = None


class BudgetShare(Record):
    """The part of the marketing budget given to one tactic, in percent."""

    tactic: Tactic
    percent: float = Field(ge=0, le=100)


class Promotion(Record):
    """The fourth P."""

    tactics: tuple[Tactic, ...] | None = None
    split: tuple[BudgetShare, ...] | None = None


class Mix(Record):
    """Phase 6: the marketing mix (4P)."""

    product: Product = Product()
    price: Price = Price()
    place: Place = Place()
    promotion: Promotion = Promotion()


class Action(Record):
    """Phase 7: one dated action of the annual plan, serving an objective, measured by a KPI.

    Attributes:
        id: stable within the plan (reminders and buttons name it).
        snoozed_until: when the user asked to be reminded again, if they snoozed a reminder.
    """

    id: int
    tactic: Tactic
    title: str
    due: date
    budget: float = Field(default=0, ge=0)
    objective: ObjectiveKind | None = None
    kpi: KpiId | None = None
    status: ActionStatus = ActionStatus.PROPOSED
    done_on: date | None = None
    snoozed_until: datetime | None = None
    cadence: Cadence = Cadence.ONCE
    owner: str | None = None
    steps: Texts = ()
    until: date | None = None
    """For a recurring action, its last occurrence (the twelve months of the plan)."""


class Result(Record):
    """Numbers the user entered for a period or an action; each may be missing."""

    entered_on: date
    action: int | None = None
    spend: float | None = Field(default=None, ge=0)
    visitors: float | None = Field(default=None, ge=0)
    conversions: float | None = Field(default=None, ge=0)
    new_customers: float | None = Field(default=None, ge=0)
    revenue: float | None = Field(default=None, ge=0)
    promoters: float | None = Field(default=None, ge=0)
    passives: float | None = Field(default=None, ge=0)
    detractors: float | None = Field(default=None, ge=0)


class Reminders(Record):
    """How the user wants to be reminded of their actions."""

    enabled: bool | None = None
    at: time = time(9, 0)
    timezone: str = "Europe/Paris"
    quiet_start: time | None = time(21, 0)
    quiet_end: time | None = time(8, 0)
    days_before: int = Field(default=3, ge=0, le=30)


class Plan(Record):
    """A whole marketing plan, filled in as the interview goes.

    ``None`` everywhere means "not answered yet"; the interview asks for what is missing.
    """

    profile: Profile = Profile()
    facts: Facts = Facts()
    diagnosis: Diagnosis = Diagnosis()
    objectives: tuple[Objective, ...] | None = None
    segments: tuple[Segment, ...] | None = None
    target: str | None = None
    positioning: Positioning = Positioning()
    mix: Mix = Mix()
    actions: tuple[Action, ...] | None = None
    results: tuple[Result, ...] = ()
    started: date | None = None
    """The day the interview began: KPI targets are worked out from it, so they hold still as the months pass."""

    def action(self, action_id: int) -> Action | None:
        """The action with that id, if any."""
        return next((a for a in self.actions or () if a.id == action_id), None)

    def segment(self, name: str | None) -> Segment | None:
        """The segment called ``name``, if any."""
        return next((s for s in self.segments or () if s.name == name), None)

    def objective(self, kind: ObjectiveKind) -> Objective | None:
        """The objective of a given kind, if chosen."""
        return next((o for o in self.objectives or () if o.kind == kind), None)

    def share(self, tactic: Tactic) -> float | None:
        """The budget share of a tactic in percent, if the split is known."""
        return next((s.percent for s in self.mix.promotion.split or () if s.tactic == tactic), None)
