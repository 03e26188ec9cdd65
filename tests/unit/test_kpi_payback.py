"""What a customer is worth and what the objective pays back: never less than one sale, never a loss to aim at."""

from __future__ import annotations

import pytest

from domain.coaching import proposed_target
from domain.documents.kpi_table import kpi_basis
from domain.i18n import catalog
from domain.kpis import numbers
from domain.models import Facts, KpiId, Language, Metric, Objective, ObjectiveKind, Tactic
from domain.score import score
from tests.unit.test_kpi_model import START, kpis, plan, value

FR = catalog(Language.FR)


def test_a_customer_who_buys_once_every_few_years_is_worth_one_sale_at_least() -> None:
    agency = plan("b2b_agency", budget=6000, customers=8, price=12000, purchases=0.2, margin=50)
    found = kpis(agency)
    assert numbers(agency, START).years * 0.2 < 1, "a website every five years, kept fewer years than that"
    assert value(found, KpiId.CLV) == 6000, "one project's margin, not 0.8 of one"
    shown = kpi_basis(found[KpiId.CLV], FR).replace("\u202f", " ").replace("\xa0", " ")
    assert shown.startswith("Panier 12 000 € × marge 50 %, pour un achat : 0,2 achat par an × 4 ans")


def test_a_customer_who_buys_often_is_worth_every_purchase_while_they_stay() -> None:
    bakery = plan("local_food", budget=2000, customers=100, price=10, purchases=50, margin=60)
    n = numbers(bakery, START)
    assert value(kpis(bakery), KpiId.CLV) == 10 * 50 * n.years * 60 / 100


def test_an_objective_that_does_not_repay_its_budget_aims_to_break_even_and_says_how_many_customers_it_takes() -> None:
    florist = plan(
        "florist", budget=3000, customers=15, price=38, purchases=5, margin=60, tactics=(Tactic.SOCIAL,), split=(100,)
    )
    n = numbers(florist, START)
    assert n.roi is not None
    assert n.roi < 0, "15 bouquets' margin is far from 3,000 €"
    roi = kpis(florist)[KpiId.ROI]
    assert roi.target is not None
    assert roi.target.value == 0, "break even, not a loss of some percent"
    needed = n.break_even_customers
    assert needed is not None
    assert needed * (n.period_margin or 0) / 15 >= 3000 > (needed - 1) * (n.period_margin or 0) / 15
    assert f"Il faut environ {needed} nouveaux clients pour rentrer dans vos frais" in kpi_basis(roi, FR)
    found = score(florist, FR, START)
    payback = next(f for f in found.findings if f.rule == "fit:payback")
    assert str(needed) in payback.text
    assert found.value <= 70, "a plan that loses money cannot score as a sound one"


def test_an_objective_that_repays_its_budget_keeps_its_own_return() -> None:
    plumber = plan("trades", budget=2000, customers=40, price=350, purchases=1.2, margin=55)
    n = numbers(plumber, START)
    assert n.roi is not None
    assert n.roi > 0
    assert value(kpis(plumber), KpiId.ROI) == n.roi
    assert all(f.rule != "fit:payback" for f in score(plumber, FR, START).findings)


def test_without_todays_customers_the_capacity_counts_the_new_ones_alone_and_says_so() -> None:
    coach = plan("personal_services", budget=1500, customers=20, price=50, purchases=15, margin=80)
    coach = coach.model_copy(update={"facts": Facts(capacity=46)})
    found = kpis(coach)[KpiId.CAPACITY_USE]
    assert found.basis == "kpi-basis-capacity-new"
    shown = kpi_basis(found, FR).replace("\u202f", " ").replace("\xa0", " ")
    assert shown.startswith("Vos nouveaux clients seuls demanderont environ")
    needed, capacity = found.inputs["needed"].value, found.inputs["capacity"].value
    assert found.inputs["use"].value == pytest.approx(100 * needed / capacity), "the share of the numbers shown"
    known = coach.model_copy(update={"facts": Facts(capacity=46, customers=45)})
    assert kpis(known)[KpiId.CAPACITY_USE].basis == "kpi-basis-capacity"


def test_a_retention_objective_is_proposed_above_the_share_kept_today() -> None:
    saas = plan("b2b_saas", budget=12000, customers=110, price=49, purchases=12, margin=80)
    saas = saas.model_copy(update={"facts": Facts(customers=40, returning=69.4)})
    kept = Objective(kind=ObjectiveKind.LOYALTY, metric=Metric.RETENTION_RATE)
    assert proposed_target(saas, kept) == pytest.approx(79.4)
