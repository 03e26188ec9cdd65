"""Consistency across the plan: parts that contradict each other, each explained with a fix to tap."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from domain.advice import Finding, Fix
from domain.business import model_of
from domain.i18n import Catalog
from domain.kpis import HEALTHY_LTV_CAC, numbers
from domain.models import ActionStatus, BudgetShare, ObjectiveKind, Plan, PriceStrategy, Tactic
from domain.vocabulary import StepId

SERVES: dict[ObjectiveKind, Tactic] = {
    ObjectiveKind.CONQUEST: Tactic.PROMOTIONS,
    ObjectiveKind.LOYALTY: Tactic.LOYALTY_PROGRAMME,
    ObjectiveKind.AWARENESS: Tactic.SOCIAL,
}
"""The tactic proposed to serve an objective no action serves."""

IMPOSSIBLE_CAC = 4
"""A target acquisition cost this many times below the sector's usual one cannot be reached."""


def _keep(t: Catalog) -> Fix:
    return Fix("keep", t("coach-keep"))


def premium_with_penetration(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """A premium positioning sold at a penetration price contradicts itself (and the reverse)."""
    strategy, pos = plan.mix.price.strategy, plan.positioning
    premium = (pos.price_level or 0) >= 4 or (pos.quality_level or 0) >= 5
    if strategy is PriceStrategy.PENETRATION and premium:
        fix = Fix(
            "premium",
            t("fix-premium"),
            change=lambda p: p.model_copy(
                update={
                    "mix": p.mix.model_copy(
                        update={"price": p.mix.price.model_copy(update={"strategy": PriceStrategy.PREMIUM})}
                    )
                }
            ),
        )
        review = Fix("review", t("fix-review-positioning"), review=(StepId.PRICE_LEVEL,))
        yield Finding(
            "premium-penetration",
            t("consistency-premium-penetration"),
            10,
            (fix, review, _keep(t)),
            t("gain-premium-penetration"),
        )


def paid_without_budget(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """Paid channels need money: with no budget, they cannot run."""
    tactics = plan.mix.promotion.tactics or ()
    paid = [tactic for tactic in tactics if tactic.is_paid]
    if not paid or plan.diagnosis.budget is None or plan.diagnosis.budget > 0:
        return
    names = ", ".join(t.label(tactic) for tactic in paid)

    def drop_paid(p: Plan) -> Plan:
        kept = tuple(x for x in p.mix.promotion.tactics or () if not x.is_paid)
        promotion = p.mix.promotion.model_copy(update={"tactics": kept, "split": None})
        return p.model_copy(update={"mix": p.mix.model_copy(update={"promotion": promotion})})

    fixes = (
        Fix("drop-paid", t("fix-drop-paid", tactics=names), change=drop_paid),
        Fix("review", t("fix-review-budget"), review=(StepId.BUDGET,)),
        _keep(t),
    )
    yield Finding("paid-without-budget", t("consistency-paid-without-budget", tactics=names), 12, fixes, t("gain-paid"))


def budget_short_of_objective(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """A target acquisition cost far below what the sector usually pays: the objective or the budget must move."""
    found = model_of(plan)
    n = numbers(plan, today)
    if found is None or n.cac is None or not n.customers or not n.spend:
        return
    usual = found.cac
    if n.cac * IMPOSSIBLE_CAC >= usual:
        return
    reachable = max(1, round(n.spend / usual))
    needed = round(n.customers * usual * 12 / n.months, -1)

    def lower_objective(p: Plan) -> Plan:
        objectives = tuple(
            o.model_copy(update={"target": float(reachable)}) if o.kind is ObjectiveKind.CONQUEST else o
            for o in p.objectives or ()
        )
        return p.model_copy(update={"objectives": objectives})

    def raise_budget(p: Plan) -> Plan:
        return p.model_copy(update={"diagnosis": p.diagnosis.model_copy(update={"budget": float(needed)})})

    fixes = (
        Fix("lower", t("fix-lower-objective", customers=reachable), change=lower_objective),
        Fix("raise", t("fix-raise-budget", budget=t.money(needed)), change=raise_budget),
        _keep(t),
    )
    text = t(
        "consistency-budget", cac=t.money(round(n.cac, 2)), usual=t.money(round(usual, 2)), customers=round(n.customers)
    )
    yield Finding("budget-objective", text, 12, fixes, t("gain-budget"))


def target_low_fit(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """A primary target that fits the business's strengths badly."""
    target = plan.segment(plan.target)
    if target is None or target.fit_rating is None or target.fit_rating > 2:
        return
    scored = [s for s in plan.segments or () if s.score is not None and s.name != target.name]
    best = max(scored, key=lambda s: (s.fit_rating or 0, s.score or 0), default=None)
    fixes = []
    if best is not None and (best.fit_rating or 0) > target.fit_rating:
        fixes.append(
            Fix(
                "switch",
                t("fix-switch-target", segment=best.name),
                change=lambda p: p.model_copy(update={"target": best.name}),
            )
        )
    fixes += [Fix("review", t("fix-review-target"), review=(StepId.TARGET,)), _keep(t)]
    yield Finding(
        "target-fit",
        t("consistency-target-fit", segment=target.name, fit=target.fit_rating),
        8,
        tuple(fixes),
        t("gain-target"),
    )


def ltv_cac_low(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """A customer worth less than about three times what it costs to win is a warning."""
    n = numbers(plan, today)
    if n.clv is None or not n.cac:
        return
    ratio = n.clv / n.cac
    if ratio >= HEALTHY_LTV_CAC:
        return
    fixes = (
        Fix("price", t("fix-review-price"), review=(StepId.PRICE_POINT,)),
        Fix("budget", t("fix-review-budget"), review=(StepId.BUDGET,)),
        _keep(t),
    )
    yield Finding("ltv-cac", t("consistency-ltv-cac", ratio=t.number(ratio)), 8, fixes, t("gain-ltv-cac"))


def objective_without_action(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """An objective that no planned action serves will not move."""
    if plan.actions is None:
        return
    served = {a.objective for a in plan.actions if a.status in (ActionStatus.PLANNED, ActionStatus.DONE)}
    for objective in plan.objectives or ():
        if objective.kind in served:
            continue
        tactic = SERVES[objective.kind]

        def add(p: Plan, tactic: Tactic = tactic, kind: ObjectiveKind = objective.kind) -> Plan:
            tactics = p.mix.promotion.tactics or ()
            if tactic in tactics:  # its action was dropped: plan it again, for this objective
                actions = tuple(
                    a.model_copy(update={"status": ActionStatus.PLANNED, "objective": kind})
                    if a.tactic is tactic
                    else a
                    for a in p.actions or ()
                )
                return p.model_copy(update={"actions": actions})
            split = p.mix.promotion.split
            if split is not None:  # the budget shared as before, the new tactic at 0 % until the user says
                split = (*split, BudgetShare(tactic=tactic, percent=0))
            promotion = p.mix.promotion.model_copy(update={"tactics": (*tactics, tactic), "split": split})
            return p.model_copy(update={"mix": p.mix.model_copy(update={"promotion": promotion})})

        chosen = tactic in (plan.mix.promotion.tactics or ())
        label = t("fix-add-tactic", tactic=t.label(tactic))
        fixes = (Fix("add", label, change=add, review=() if chosen else (StepId.SPLIT, StepId.ACTIONS)), _keep(t))
        kind = t.label(objective.kind)
        yield Finding(
            f"unserved:{objective.kind}", t("consistency-unserved", kind=kind), 8, fixes, t("gain-unserved", kind=kind)
        )


def action_without_objective(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """Planned actions that serve an objective the plan does not have (winning customers in a loyalty plan)."""
    chosen = {o.kind for o in plan.objectives or ()}
    if not chosen:
        return
    stray = [
        a
        for a in plan.actions or ()
        if a.status is ActionStatus.PLANNED and a.objective is not None and a.objective not in chosen
    ]
    kinds = [k for k in dict.fromkeys(a.objective for a in stray) if k is not None]
    if not kinds:
        return
    kind: ObjectiveKind = kinds[0]

    def drop(p: Plan) -> Plan:
        actions = tuple(
            a.model_copy(update={"status": ActionStatus.DROPPED}) if a in stray and a.objective is kind else a
            for a in p.actions or ()
        )
        return p.model_copy(update={"actions": actions})

    titles = ", ".join(f"« {a.title} »" for a in stray if a.objective is kind)
    fixes = (
        Fix("add-objective", t("fix-add-objective", kind=t.label(kind)), review=(StepId.OBJECTIVE_KINDS,)),
        Fix("drop-stray", t("fix-drop-stray"), change=drop),
        _keep(t),
    )
    text = t("consistency-stray", kind=t.label(kind), actions=titles)
    yield Finding(f"stray:{kind}", text, 5, fixes, t("gain-stray", kind=t.label(kind)))
