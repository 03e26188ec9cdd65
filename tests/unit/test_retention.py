"""A subscription losing a notable share of its subscribers a year needs a retention objective (a fault of fit)."""

from __future__ import annotations

from datetime import date

from domain.business import business
from domain.fit import CAP
from domain.i18n import catalog
from domain.models import Facts, Language, Metric, ObjectiveKind, Plan
from domain.retention import churn_unplanned, kept_a_year
from domain.score import score
from tests.plans import strong

FR = catalog(Language.FR)
TODAY = date(2026, 11, 22)


def saas(customers: int | None) -> Plan:
    """A SaaS with its subscribers today, aiming only at new ones."""
    plan = strong()
    profile = plan.profile.model_copy(update={"model": "b2b_saas", "sector": None, "market": None})
    conquest = tuple(o for o in plan.objectives or () if o.kind is ObjectiveKind.CONQUEST)
    return plan.model_copy(update={"profile": profile, "facts": Facts(customers=customers), "objectives": conquest})


def test_a_subscription_with_its_churn_unplanned_is_told_how_many_subscribers_it_would_lose() -> None:
    churn = business("b2b_saas").churn
    assert churn
    found = list(churn_unplanned(saas(140), FR, TODAY))
    assert [f.rule for f in found] == ["fit:churn"]
    lost = round(140 * (1 - kept_a_year(churn) / 100))
    assert f"{lost} de vos 140 abonnés" in found[0].text
    assert score(saas(140), FR, TODAY).value <= CAP


def test_the_fix_adds_a_retention_objective_that_halves_the_churn_and_the_fault_goes() -> None:
    plan = saas(140)
    fix = next(churn_unplanned(plan, FR, TODAY)).fixes[0]
    assert fix.change is not None
    fixed = fix.change(plan)
    kept = fixed.objective(ObjectiveKind.LOYALTY)
    assert kept is not None
    assert kept.metric is Metric.RETENTION_RATE
    assert kept.target == round(kept_a_year(business("b2b_saas").churn / 2))  # type: ignore[operator]
    assert list(churn_unplanned(fixed, FR, TODAY)) == []


def test_without_the_subscribers_today_the_share_lost_in_a_year_is_said() -> None:
    found = list(churn_unplanned(saas(None), FR, TODAY))
    assert [f.rule for f in found] == ["fit:churn"]
    assert "de vos abonnés partent en un an" in found[0].text
    assert score(saas(None), FR, TODAY).value <= CAP


def test_a_business_that_does_not_sell_subscriptions_has_no_churn_to_plan() -> None:
    assert list(churn_unplanned(strong(), FR, TODAY)) == []
