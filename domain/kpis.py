"""KPI suggestions: which indicators to follow, and targets computed from the user's own numbers.

Each KPI's name, formula and where to measure it are catalogue entries (``kpi-<id>``,
``kpi-<id>-formula``, ``kpi-<id>-where``); this module decides which KPIs apply and computes their targets.
Where a number the user did not give is needed, the sector preset supplies it and the target is marked as
resting on a rule of thumb.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from domain.models import KpiId, Metric, ObjectiveKind, Plan, Tactic
from domain.presets import SectorPreset, preset


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
        rule_of_thumb: whether the target rests on a sector rule of thumb rather than only the user's numbers.
        at_least: whether the target is a floor (reach at least) rather than a ceiling (CAC at most).
    """

    id: KpiId
    serves: ObjectiveKind | Tactic | None
    target: Quantity | None
    basis: str
    inputs: dict[str, Quantity] = field(default_factory=dict)
    rule_of_thumb: bool = False
    at_least: bool = True


UNITS: dict[KpiId, Unit] = {
    KpiId.NEW_CUSTOMERS: Unit.COUNT,
    KpiId.CONVERSION_RATE: Unit.PERCENT,
    KpiId.CAC: Unit.MONEY,
    KpiId.ROI: Unit.PERCENT,
    KpiId.REVENUE: Unit.MONEY,
    KpiId.CLV: Unit.MONEY,
    KpiId.LTV_CAC: Unit.RATIO,
    KpiId.RETENTION_RATE: Unit.PERCENT,
    KpiId.REPEAT_RATE: Unit.PERCENT,
    KpiId.NPS: Unit.SCORE,
    KpiId.FOLLOWERS: Unit.COUNT,
    KpiId.REACH: Unit.COUNT,
    KpiId.VISITS: Unit.COUNT,
    KpiId.OPEN_RATE: Unit.PERCENT,
    KpiId.ORGANIC_VISITS: Unit.COUNT,
    KpiId.COST_PER_CLICK: Unit.MONEY,
    KpiId.ENGAGEMENT_RATE: Unit.PERCENT,
    KpiId.ATTENDEES: Unit.COUNT,
    KpiId.REFERRED_CUSTOMERS: Unit.COUNT,
    KpiId.PARTNER_LEADS: Unit.COUNT,
}

OPEN_RATE = 20.0
REPEAT_RATE = 30.0
ENGAGEMENT_RATE = 2.0
HEALTHY_LTV_CAC = 3.0
NPS_GOOD = 30.0


@dataclass(frozen=True)
class Numbers:
    """The plan's numbers the targets are computed from, with where each came from."""

    budget: float | None
    months: int
    customers: float | None
    price: float | None
    purchases: float
    margin: float
    years: float
    conversion: float
    assumed: frozenset[str]

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


def months_until(deadline: date | None, today: date) -> int:
    """Whole months from a day to a deadline (at least 1; 12 without a deadline)."""
    if deadline is None:
        return 12
    return max(1, (deadline.year - today.year) * 12 + deadline.month - today.month)


def numbers(plan: Plan, today: date) -> Numbers:
    """Gather the plan's numbers, falling back on the sector's rules of thumb where the user gave none.

    The period to the objectives' deadline counts from the day the plan was started (``today`` for a plan that
    does not say), so that targets do not move as time passes.
    """
    found: SectorPreset | None = preset(plan.profile.sector) if plan.profile.sector else None
    price = plan.mix.price
    assumed: set[str] = set()

    def pick(given: float | None, attribute: str, fallback: float) -> float:
        if given is not None:
            return given
        assumed.add(attribute)
        return float(getattr(found, attribute)) if found else fallback

    conquest = plan.objective(ObjectiveKind.CONQUEST)
    deadline = conquest.deadline if conquest else None
    if deadline is None:
        deadline = min((o.deadline for o in plan.objectives or () if o.deadline), default=None)
    result = Numbers(
        budget=plan.diagnosis.budget,
        months=months_until(deadline, plan.started or today),
        customers=None,
        price=price.point,
        purchases=pick(price.purchases_per_year, "purchases_per_year", 1),
        margin=pick(price.margin, "margin", 50),
        years=pick(None, "years_retained", 2),
        conversion=pick(_conversion_objective(plan), "conversion_rate", 2),
        assumed=frozenset(),
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
        return conquest.target / (base.yearly_value * base.months / 12)
    return None


def suggest(plan: Plan, today: date) -> tuple[Kpi, ...]:
    """The KPIs that suit the plan's objectives and tactics, each with its target when it can be computed."""
    n = numbers(plan, today)
    return tuple(_objective_kpis(plan, n)) + tuple(_tactic_kpis(plan, n))


def _q(value: float | None, unit: Unit) -> Quantity | None:
    return None if value is None else Quantity(value, unit)


def _inputs(**values: tuple[float | None, Unit]) -> dict[str, Quantity]:
    return {k: Quantity(v, u) for k, (v, u) in values.items() if v is not None}


def _objective_kpis(plan: Plan, n: Numbers) -> Iterator[Kpi]:
    kinds = {o.kind: o for o in plan.objectives or ()}
    conquest, loyalty, awareness = (kinds.get(k) for k in ObjectiveKind)
    assumed_value = bool({"purchases_per_year", "margin", "years_retained"} & n.assumed)
    period = _inputs(spend=(n.spend, Unit.MONEY), months=(n.months, Unit.MONTHS))
    if conquest is not None:
        target = _q(n.customers, Unit.COUNT)
        if conquest.metric is Metric.REVENUE:
            yield Kpi(KpiId.REVENUE, conquest.kind, _q(conquest.target, Unit.MONEY), "kpi-basis-objective")
        yield Kpi(
            KpiId.NEW_CUSTOMERS,
            conquest.kind,
            target,
            "kpi-basis-objective" if target else "kpi-basis-missing",
        )
        visitors = n.customers / (n.conversion / 100) if n.customers else None
        yield Kpi(
            KpiId.CONVERSION_RATE,
            conquest.kind,
            Quantity(n.conversion, Unit.PERCENT),
            "kpi-basis-conversion" if visitors else "kpi-basis-conversion-alone",
            _inputs(visitors=(visitors, Unit.COUNT), customers=(n.customers, Unit.COUNT)),
            rule_of_thumb="conversion_rate" in n.assumed,
        )
        cac = n.cac
        yield Kpi(
            KpiId.CAC,
            conquest.kind,
            _q(cac, Unit.MONEY),
            "kpi-basis-cac" if cac is not None else "kpi-basis-missing",
            {**period, **_inputs(customers=(n.customers, Unit.COUNT))},
            at_least=False,
        )
        revenue = n.customers * n.yearly_value * n.months / 12 if n.customers and n.yearly_value else None
        roi = (revenue - n.spend) / n.spend * 100 if revenue is not None and n.spend else None
        yield Kpi(
            KpiId.ROI,
            conquest.kind,
            _q(roi, Unit.PERCENT),
            "kpi-basis-roi" if roi is not None else "kpi-basis-missing",
            {**period, **_inputs(revenue=(revenue, Unit.MONEY), customers=(n.customers, Unit.COUNT))},
            rule_of_thumb="purchases_per_year" in n.assumed,
        )
    clv = n.clv
    if conquest is not None or loyalty is not None:
        yield Kpi(
            KpiId.CLV,
            loyalty.kind if loyalty else ObjectiveKind.CONQUEST,
            _q(clv, Unit.MONEY),
            "kpi-basis-clv" if clv is not None else "kpi-basis-missing",
            _inputs(
                price=(n.price, Unit.MONEY),
                purchases=(n.purchases, Unit.COUNT),
                years=(n.years, Unit.COUNT),
                margin=(n.margin, Unit.PERCENT),
            ),
            rule_of_thumb=assumed_value,
        )
    if conquest is not None:
        ratio = clv / n.cac if clv is not None and n.cac else None
        yield Kpi(
            KpiId.LTV_CAC,
            conquest.kind,
            Quantity(HEALTHY_LTV_CAC, Unit.RATIO),
            "kpi-basis-ltv-cac" if ratio is not None else "kpi-basis-ltv-cac-alone",
            _inputs(ratio=(ratio, Unit.RATIO)),
            rule_of_thumb=True,
        )
    if loyalty is not None:
        yield from _loyalty_kpis(loyalty.metric, loyalty.target)
    if awareness is not None and awareness.metric is not None:
        kpi = {Metric.FOLLOWERS: KpiId.FOLLOWERS, Metric.REACH: KpiId.REACH}.get(awareness.metric, KpiId.VISITS)
        monthly = awareness.target / n.months if awareness.target else None
        yield Kpi(
            kpi,
            awareness.kind,
            _q(awareness.target, Unit.COUNT),
            "kpi-basis-awareness" if monthly else "kpi-basis-missing",
            _inputs(monthly=(monthly, Unit.COUNT), months=(n.months, Unit.MONTHS)),
        )


def _loyalty_kpis(metric: Metric | None, target: float | None) -> Iterator[Kpi]:
    kind = ObjectiveKind.LOYALTY
    for kpi, own in ((KpiId.REPEAT_RATE, Metric.REPEAT_RATE), (KpiId.RETENTION_RATE, Metric.RETENTION_RATE)):
        if metric is own:
            yield Kpi(kpi, kind, _q(target, Unit.PERCENT), "kpi-basis-objective" if target else "kpi-basis-missing")
    if metric is Metric.NPS and target is not None:
        yield Kpi(KpiId.NPS, kind, Quantity(target, Unit.SCORE), "kpi-basis-objective")
    else:
        yield Kpi(KpiId.NPS, kind, Quantity(NPS_GOOD, Unit.SCORE), "kpi-basis-nps", rule_of_thumb=True)


def _tactic_kpis(plan: Plan, n: Numbers) -> Iterator[Kpi]:
    tactics = plan.mix.promotion.tactics or ()
    for tactic in tactics:
        share = plan.share(tactic)
        if share is None:
            share = 100 / len(tactics)
        expected = n.customers * share / 100 if n.customers else None
        inputs = _inputs(share=(share, Unit.PERCENT), customers=(expected, Unit.COUNT))
        if tactic is Tactic.EMAILING:
            yield Kpi(
                KpiId.OPEN_RATE,
                tactic,
                Quantity(OPEN_RATE, Unit.PERCENT),
                "kpi-basis-open",
                rule_of_thumb=True,
            )
        elif tactic is Tactic.SEO:
            visits = expected / (n.conversion / 100) / n.months if expected else None
            yield _derived(KpiId.ORGANIC_VISITS, tactic, visits, "kpi-basis-organic", inputs, n)
        elif tactic is Tactic.SEA:
            cpc = n.cac * n.conversion / 100 if n.cac is not None else None
            yield _derived(
                KpiId.COST_PER_CLICK,
                tactic,
                cpc,
                "kpi-basis-cpc",
                _inputs(cac=(n.cac, Unit.MONEY), conversion=(n.conversion, Unit.PERCENT)),
                n,
                at_least=False,
            )
        elif tactic is Tactic.SOCIAL:
            yield Kpi(
                KpiId.ENGAGEMENT_RATE,
                tactic,
                Quantity(ENGAGEMENT_RATE, Unit.PERCENT),
                "kpi-basis-engagement",
                rule_of_thumb=True,
            )
        elif tactic is Tactic.EVENTS:
            attendees = expected / (n.conversion / 100) if expected else None
            yield _derived(KpiId.ATTENDEES, tactic, attendees, "kpi-basis-attendees", inputs, n)
        elif tactic is Tactic.PARTNERSHIPS:
            leads = expected / (n.conversion / 100) if expected else None
            yield _derived(KpiId.PARTNER_LEADS, tactic, leads, "kpi-basis-leads", inputs, n)
        elif tactic is Tactic.REFERRAL:
            yield _derived(KpiId.REFERRED_CUSTOMERS, tactic, expected, "kpi-basis-referral", inputs, n)
        elif tactic is Tactic.LOYALTY_PROGRAMME and plan.objective(ObjectiveKind.LOYALTY) is None:
            yield Kpi(
                KpiId.REPEAT_RATE, tactic, Quantity(REPEAT_RATE, Unit.PERCENT), "kpi-basis-repeat", rule_of_thumb=True
            )
        elif tactic in (Tactic.ADVERTISING, Tactic.PROMOTIONS):
            yield _derived(
                KpiId.CAC,
                tactic,
                n.cac,
                "kpi-basis-tactic-cac",
                _inputs(cac=(n.cac, Unit.MONEY)),
                n,
                at_least=False,
            )


def _derived(
    kpi: KpiId,
    tactic: Tactic,
    value: float | None,
    basis: str,
    inputs: dict[str, Quantity],
    n: Numbers,
    at_least: bool = True,
) -> Kpi:
    return Kpi(
        kpi,
        tactic,
        _q(value, UNITS[kpi]),
        basis if value is not None else "kpi-basis-missing",
        inputs,
        rule_of_thumb="conversion_rate" in n.assumed and kpi is not KpiId.REFERRED_CUSTOMERS,
        at_least=at_least,
    )
