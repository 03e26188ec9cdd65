"""Whether the plan fits the business: tactics and KPIs of its model, its facts, its capacity, sound targets, a year.

These findings are faults a consultant would not sign: a plan with any of them scores 70 at most.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache

from domain.advice import Finding, Fix
from domain.business import FAMILY_KPIS, model_of
from domain.dates import occurrences
from domain.i18n import Catalog
from domain.kpis import Unit, numbers, suggest
from domain.models import ActionStatus, Cadence, ObjectiveKind, Plan, Tactic, Website
from domain.presets import PRESETS
from domain.retention import churn_unplanned
from domain.vocabulary import StepId

ABSURD_ROI = 2000.0
"""A return on margin above this many percent means the numbers behind it are off."""
SPAN_MONTHS = 9
"""An annual plan's actions reach at least this many months after its start."""


def _keep(t: Catalog) -> Fix:
    return Fix("keep", t("coach-keep"))


def _without(plan: Plan, dropped: set[Tactic]) -> Plan:
    kept = tuple(x for x in plan.mix.promotion.tactics or () if x not in dropped)
    promotion = plan.mix.promotion.model_copy(update={"tactics": kept, "split": None})
    actions = tuple(a for a in plan.actions or () if a.tactic not in dropped or a.status is ActionStatus.DONE)
    return plan.model_copy(
        update={"mix": plan.mix.model_copy(update={"promotion": promotion}), "actions": actions or None}
    )


def unfit_tactics(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """Tactics that do not suit the business model (a till's loyalty card for a consultant)."""
    found = model_of(plan)
    if found is None:
        return
    unfit = [x for x in plan.mix.promotion.tactics or () if x in found.unfit]
    if not unfit:
        return
    names = ", ".join(t.label(x) for x in unfit)
    label = found.texts(t.lang).label
    fixes = (
        Fix("drop-unfit", t("fix-drop-unfit", tactics=names), change=lambda p: _without(p, set(unfit))),
        Fix("review", t("fix-review-tactics"), review=(StepId.TACTICS,)),
        _keep(t),
    )
    yield Finding("fit:tactics", t("fit-tactics", tactics=names, model=label), 12, fixes, t("gain-fit-tactics"))


def foreign_kpis(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """Actions measured by a KPI of another way of selling (footfall for a consultant)."""
    found = model_of(plan)
    if found is None:
        return
    allowed = FAMILY_KPIS[found.family]
    foreign = sorted({a.kpi for a in plan.actions or () if a.kpi is not None and a.kpi not in allowed})
    if foreign:
        names = ", ".join(t(f"kpi-{k}") for k in foreign)
        fixes = (Fix("review", t("fix-review-actions"), review=(StepId.ACTIONS,)), _keep(t))
        yield Finding("fit:kpis", t("fit-kpis", kpis=names), 8, fixes, t("gain-fit-kpis"))


@cache
def _site_titles() -> frozenset[str]:
    """Every wording of actions that need a website (the models' and the general SEO and SEA proposals)."""
    from domain.business import business, names

    titles = {
        words.title
        for name in names()
        for action in business(name).actions
        if action.needs == "site"
        for words in (action.fr, action.en)
    }
    with (PRESETS / "actions.toml").open("rb") as file:
        general = tomllib.load(file)
    for tactic in ("seo", "sea"):
        titles.update((general[tactic]["fr"], general[tactic]["en"]))
    return frozenset(titles)


def site_work_without_site(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """Work on a website the business does not have (optimise a site that does not exist)."""
    if plan.facts.website is not Website.NO:
        return
    prefixes = {title.split("{target}")[0] for title in _site_titles()}
    foreign = [
        a
        for a in plan.actions or ()
        if a.status is not ActionStatus.DROPPED and any(a.title.startswith(p) for p in prefixes if p)
    ]
    if foreign:
        fixes = (Fix("review", t("fix-review-actions"), review=(StepId.ACTIONS,)), _keep(t))
        yield Finding("fit:site", t("fit-site", action=foreign[0].title), 12, fixes, t("gain-fit-site"))


IMPLAUSIBLE = 3
"""Objectives needing this many times the capacity stated point at a number typed wrong rather than at ambition."""


def capacity_breach(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """More customers than the business can serve: the objective exceeds the capacity stated."""
    n = numbers(plan, today)
    needed, available = n.needed_capacity, n.yearly_capacity
    if needed is None or available is None or needed <= available or n.model is None or not n.customers:
        return
    per_customer = max(1.0, n.purchases) * n.model.units_per_purchase
    room = available - (n.base or 0) * n.purchases * n.model.units_per_purchase
    reachable = max(1, math.floor(room / per_customer)) if room > 0 else 1
    unit = n.model.texts(t.lang).capacity_unit or ""

    def lower(p: Plan) -> Plan:
        objectives = tuple(
            o.model_copy(update={"target": float(reachable)}) if o.kind is ObjectiveKind.CONQUEST else o
            for o in p.objectives or ()
        )
        return p.model_copy(update={"objectives": objectives})

    fixes: tuple[Fix, ...] = (
        Fix("lower", t("fix-lower-objective", customers=reachable), change=lower),
        Fix("review", t("fix-review-capacity"), review=(StepId.CAPACITY,)),
        _keep(t),
    )
    per = n.model.capacity_per_year or 1  # in the unit the user gave their capacity in
    text = t(
        "fit-capacity",
        needed=t.number(round(needed / per)),
        capacity=t.number(round(available / per)),
        unit=unit,
        customers=reachable,
    )
    if needed > IMPLAUSIBLE * available and n.purchases > 1:
        # Several times the capacity: more likely a number typed wrong (purchases a year) than an objective too high.
        check = Fix("review", t("fix-review-purchases"), review=(StepId.PURCHASES,))
        fixes = (check, *fixes)
        text += "\n" + t("fit-capacity-check", times=round(needed / available), purchases=t.number(n.purchases))
    yield Finding("fit:capacity", text, 15, fixes, t("gain-fit-capacity"))


def unsound_targets(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """Targets no one can reach or count: a fraction of a person, a return of thousands of percent."""
    kpis = suggest(plan, today)
    fractional = [
        k
        for k in kpis
        if k.target is not None and k.target.unit is Unit.COUNT and k.target.value != int(k.target.value)
    ]
    absurd = [k for k in kpis if k.target is not None and k.id.value == "roi" and k.target.value > ABSURD_ROI]
    if fractional or absurd:
        fixes = (
            Fix("price", t("fix-review-price"), review=(StepId.PRICE_POINT,)),
            Fix("budget", t("fix-review-budget"), review=(StepId.BUDGET,)),
            _keep(t),
        )
        kpi = (fractional or absurd)[0]
        yield Finding("fit:targets", t("fit-targets", kpi=t(f"kpi-{kpi.id}")), 10, fixes, t("gain-fit-targets"))


def no_payback(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """An objective whose new customers bring back less gross margin than the budget spent to win them."""
    n = numbers(plan, today)
    needed = n.break_even_customers
    if n.roi is None or n.roi >= 0 or needed is None or n.period_margin is None or n.spend is None:
        return
    fixes = (
        Fix("price", t("fix-review-price"), review=(StepId.PRICE_POINT,)),
        Fix("budget", t("fix-review-budget"), review=(StepId.BUDGET,)),
        _keep(t),
    )
    text = t("fit-payback", margin=t.money(n.period_margin), spend=t.money(n.spend), needed=needed)
    yield Finding("fit:payback", text, 10, fixes, t("gain-fit-payback"))


def unconfirmed_claims(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """A proof the user never stated (written by an earlier release's presets): a claim to confirm."""
    proof = plan.positioning.proof
    if proof and proof in _preset_proofs():
        fixes = (Fix("review", t("fix-add-proof"), review=(StepId.PROOF,)),)
        yield Finding("fit:claim", t("fit-claim", proof=proof), 10, fixes, t("gain-fit-claim"))


@cache
def _preset_proofs() -> frozenset[str]:
    found: set[str] = set()
    for path in PRESETS.glob("*.toml"):
        with path.open("rb") as file:
            data = tomllib.load(file)
        found.update(data[lang]["proof"] for lang in ("fr", "en") if lang in data and "proof" in data[lang])
    return frozenset(found)


def short_span(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """An annual plan whose actions stop after a few months, or leave a quarter empty."""
    kept = [a for a in plan.actions or () if a.status is not ActionStatus.DROPPED]
    if not kept:
        return
    start = plan.started or today
    days = sorted(day for a in kept for day in occurrences(a))
    quarters = {min(3, (day - start).days // 92) for day in days if day >= start}
    if days[-1] - start >= timedelta(days=SPAN_MONTHS * 30) and len(quarters) == 4:
        return
    fixes = (Fix("review", t("fix-review-actions"), review=(StepId.ACTIONS,)), _keep(t))
    yield Finding("fit:span", t("fit-span"), 10, fixes, t("gain-fit-span"))


HOURS: dict[Cadence, float] = {Cadence.WEEKLY: 2.0, Cadence.MONTHLY: 1.0, Cadence.ONCE: 0.15, Cadence.SEASONAL: 0.15}
"""Hours a week an action takes on average, by cadence (rules of thumb: a weekly routine about two hours, a
monthly one about four hours a month, a one-off about eight hours once)."""


def workload(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """More routines than the hours a week the owner has for marketing."""
    hours = plan.diagnosis.hours_per_week
    kept = [a for a in plan.actions or () if a.status in (ActionStatus.PLANNED, ActionStatus.PROPOSED)]
    if not hours or not kept:
        return
    needed = sum(HOURS[a.cadence] for a in kept)
    if needed <= hours * 1.25:
        return
    fixes = (
        Fix("review", t("fix-review-actions"), review=(StepId.ACTIONS,)),
        Fix("hours", t("fix-review-hours"), review=(StepId.HOURS,)),
        _keep(t),
    )
    text = t("fit-workload", hours_needed=t.number(round(needed)), hours=t.number(hours))
    yield Finding("workload", text, 6, fixes, t("gain-workload"))


FIT = (
    unfit_tactics,
    foreign_kpis,
    site_work_without_site,
    capacity_breach,
    unsound_targets,
    no_payback,
    unconfirmed_claims,
    short_span,
    churn_unplanned,
)
"""The rules whose findings cap the score."""
CAP = 70
"""The best score a plan with any fault of fit can have."""
