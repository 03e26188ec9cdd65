"""The KPI model against plans computed by hand: margin-based ROI over a cohort, whole counts, pipelines, SaaS."""

from __future__ import annotations

import math
from datetime import date

import pytest

from domain.kpis import Kpi, Unit, numbers, suggest
from domain.kpis.context import Ctx
from domain.models import (
    Action,
    ActionStatus,
    BudgetShare,
    Diagnosis,
    Facts,
    KpiId,
    Metric,
    Mix,
    Objective,
    ObjectiveKind,
    Plan,
    Price,
    Profile,
    Promotion,
    Tactic,
)

START = date(2026, 12, 1)


def plan(
    model: str,
    *,
    budget: float,
    customers: float,
    price: float,
    purchases: float,
    margin: float,
    facts: Facts | None = None,
    tactics: tuple[Tactic, ...] = (),
    split: tuple[float, ...] = (),
) -> Plan:
    return Plan(
        profile=Profile(name="Test", model=model),
        facts=facts or Facts(),
        diagnosis=Diagnosis(budget=budget),
        objectives=(
            Objective(
                kind=ObjectiveKind.CONQUEST, metric=Metric.NEW_CUSTOMERS, target=customers, deadline=date(2027, 12, 1)
            ),
        ),
        mix=Mix(
            price=Price(point=price, purchases_per_year=purchases, margin=margin),
            promotion=Promotion(
                tactics=tactics,
                split=tuple(BudgetShare(tactic=t, percent=p) for t, p in zip(tactics, split, strict=True)) or None,
            ),
        ),
        started=START,
    )


def kpis(found: Plan) -> dict[KpiId, Kpi]:
    return {k.id: k for k in suggest(found, START)}


def value(found: dict[KpiId, Kpi], kpi: KpiId) -> float:
    target = found[kpi].target
    assert target is not None
    return target.value


CONSULTANT = plan("b2b_consultant", budget=3000, customers=6, price=6000, purchases=1.5, margin=85)


def test_roi_is_on_gross_margin_from_customers_who_arrive_through_the_year() -> None:
    found = kpis(CONSULTANT)
    # 6 clients × 6 000 € × 1 mission (1.5 a year × ½, arriving through the year, but at least one) × 85 % = 30 600 €
    assert value(found, KpiId.ROI) == pytest.approx((30_600 - 3000) / 3000 * 100)
    assert found[KpiId.ROI].inputs["margin_amount"].value == pytest.approx(30_600)
    assert value(found, KpiId.CAC) == pytest.approx(500)
    assert not found[KpiId.CAC].at_least


def test_a_b2b_seller_gets_a_pipeline_in_whole_numbers_and_no_visitor_conversion() -> None:
    found = kpis(CONSULTANT)
    assert value(found, KpiId.PROPOSALS) == 20  # 6 wins at 30 % won
    assert value(found, KpiId.MEETINGS) == 40  # half the meetings lead to a proposal
    assert value(found, KpiId.LEADS) == 400  # 10 % of qualified contacts agree to meet
    assert value(found, KpiId.WIN_RATE) == 30
    assert KpiId.CONVERSION_RATE not in found
    assert KpiId.TICKETS not in found


def test_every_count_is_a_whole_number_and_one_under_one_is_left_out() -> None:
    small = plan(
        "b2b_consultant",
        budget=3000,
        customers=2,
        price=6000,
        purchases=1.5,
        margin=85,
        tactics=(Tactic.REFERRAL, Tactic.CONTENT, Tactic.OUTREACH, Tactic.PARTNERSHIPS, Tactic.SOCIAL),
        split=(10, 30, 30, 20, 10),
    )
    from domain.action_plan import propose
    from domain.models import Language

    small = small.model_copy(update={"actions": propose(small, Language.FR, START, accepted=True)})
    found = suggest(small, START)
    counted = [k for k in found if k.target is not None and k.target.unit is Unit.COUNT]
    assert counted
    assert all(k.target is not None and k.target.value.is_integer() and k.target.value >= 1 for k in counted)
    # 2 customers shared among 5 tactics: the first two bring one each, and no "0.4 referred customers" target
    referred = next(k for k in found if k.id is KpiId.REFERRED_CUSTOMERS)
    assert referred.target is not None
    assert referred.target.value == 1


@pytest.mark.parametrize(
    ("customers", "tactics", "shares"),
    [(15, 4, [4, 4, 4, 3]), (8, 6, [2, 2, 1, 1, 1, 1]), (2, 5, [1, 1, None, None, None])],
)
def test_the_tactics_customers_add_up_to_the_objective_not_to_more(
    customers: int, tactics: int, shares: list[int | None]
) -> None:
    chosen = (Tactic.REFERRAL, Tactic.CONTENT, Tactic.OUTREACH, Tactic.PARTNERSHIPS, Tactic.SOCIAL, Tactic.EVENTS)
    found = plan(
        "b2b_consultant",
        budget=3000,
        customers=customers,
        price=6000,
        purchases=1,
        margin=80,
        tactics=chosen[:tactics],
        split=(100 / tactics,) * tactics,
    )
    n = numbers(found, START)
    expected = [Ctx(found, n, tactic).expected for tactic in chosen[:tactics]]
    assert expected == shares
    assert sum(e or 0 for e in expected) == customers


def test_a_saas_gets_trials_mrr_churn_and_cac_payback() -> None:
    saas = plan("b2b_saas", budget=6000, customers=40, price=49, purchases=12, margin=80)
    found = kpis(saas)
    assert {KpiId.TRIALS, KpiId.TRIAL_TO_PAID, KpiId.MRR, KpiId.CAC_PAYBACK} <= set(found)
    # CAC 150 € ÷ monthly margin 49 € × 80 % = 3.8 months
    assert value(found, KpiId.CAC_PAYBACK) == pytest.approx(150 / (49 * 0.8))
    churn = found[KpiId.MRR].inputs["churn"].value / 100
    assert value(found, KpiId.MRR) == round(40 * (1 - churn) ** 6 * 49), "money targets above 100 € in whole euros"
    assert KpiId.TICKETS not in found
    assert KpiId.LEADS not in found or found[KpiId.LEADS].serves is not ObjectiveKind.CONQUEST


def test_a_saas_loyalty_objective_is_measured_by_churn() -> None:
    saas = plan("b2b_saas", budget=6000, customers=40, price=49, purchases=12, margin=80)
    saas = saas.model_copy(
        update={"objectives": (Objective(kind=ObjectiveKind.LOYALTY, metric=Metric.RETENTION_RATE, target=85),)}
    )
    assert KpiId.CHURN in kpis(saas)


def test_a_shop_counts_tickets_a_week_from_todays_customers() -> None:
    bakery = plan(
        "local_food", budget=2000, customers=150, price=7, purchases=50, margin=60, facts=Facts(customers=400)
    )
    found = kpis(bakery)
    assert value(found, KpiId.TICKETS) == 529  # (400 + 150) × 50 ÷ 52 = 528.8, rounded up
    assert value(found, KpiId.AVERAGE_TICKET) == 7
    assert found[KpiId.NEW_CUSTOMERS].basis == "kpi-basis-new-customers-base"
    assert KpiId.LEADS not in found


def test_capacity_is_measured_against_what_the_consultant_can_bill() -> None:
    busy = plan(
        "b2b_consultant", budget=3000, customers=8, price=6000, purchases=1.5, margin=85, facts=Facts(capacity=100)
    )
    found = kpis(busy)
    # 8 clients × 1.5 missions × 10 days = 120 days for 100 available
    assert value(found, KpiId.CAPACITY_USE) == 100
    assert not found[KpiId.CAPACITY_USE].at_least
    assert found[KpiId.CAPACITY_USE].inputs["needed"].value == pytest.approx(120)
    assert found[KpiId.CAPACITY_USE].inputs["use"].value == pytest.approx(120)


def test_an_awareness_goal_counts_growth_from_todays_audience() -> None:
    known = plan("shop", budget=1000, customers=10, price=30, purchases=3, margin=50, facts=Facts(audience=800))
    known = known.model_copy(
        update={
            "objectives": (
                Objective(
                    kind=ObjectiveKind.AWARENESS, metric=Metric.FOLLOWERS, target=2000, deadline=date(2027, 12, 1)
                ),
            )
        }
    )
    found = kpis(known)
    assert value(found, KpiId.FOLLOWERS) == 2000
    assert found[KpiId.FOLLOWERS].inputs["monthly"].value == 100  # (2 000 − 800) ÷ 12
    assert found[KpiId.FOLLOWERS].basis == "kpi-basis-awareness-today"


def test_the_revenue_the_new_customers_bring_is_a_target_of_its_own() -> None:
    found = kpis(CONSULTANT)
    assert value(found, KpiId.REVENUE) == 36_000  # 6 clients × 6 000 €, each signing at least one mission
    assert found[KpiId.REVENUE].basis == "kpi-basis-revenue"
    saas = plan("b2b_saas", budget=6000, customers=40, price=49, purchases=12, margin=80)
    assert KpiId.REVENUE not in kpis(saas), "a subscription's revenue is its MRR"


def test_an_awareness_goal_counts_its_months_to_its_own_deadline_not_the_conquest_one() -> None:
    known = plan("shop", budget=1000, customers=10, price=30, purchases=3, margin=50, facts=Facts(audience=800))
    started = known.started or date(2026, 11, 22)
    known = known.model_copy(
        update={
            "started": started,
            "objectives": (
                Objective(
                    kind=ObjectiveKind.CONQUEST, metric=Metric.NEW_CUSTOMERS, target=40, deadline=date(2027, 11, 30)
                ),
                Objective(
                    kind=ObjectiveKind.AWARENESS, metric=Metric.FOLLOWERS, target=1500, deadline=date(2027, 6, 20)
                ),
            ),
        }
    )
    found = kpis(known)
    months = found[KpiId.FOLLOWERS].inputs["months"].value
    assert months == round((date(2027, 6, 20) - started).days / 30.44)
    assert found[KpiId.FOLLOWERS].inputs["monthly"].value == round(700 / months)


def test_a_tradesperson_counts_requests_and_quotes_with_no_meeting_stage() -> None:
    found = kpis(plan("trades", budget=2000, customers=25, price=250, purchases=1, margin=40))
    assert KpiId.MEETINGS not in found, "a request leads straight to a quote"
    assert value(found, KpiId.PROPOSALS) == math.ceil(25 / 0.35), "enough quotes to win 25, whole"
    assert value(found, KpiId.LEADS) == math.ceil(25 / 0.30), "requests, at the rate that become jobs"


def test_a_consultant_still_counts_meetings_between_leads_and_proposals() -> None:
    found = kpis(plan("b2b_consultant", budget=5000, customers=6, price=4000, purchases=1, margin=80))
    assert KpiId.MEETINGS in found
    assert value(found, KpiId.LEADS) > value(found, KpiId.MEETINGS) > value(found, KpiId.PROPOSALS)


def measured_by(found: Plan, tactic: Tactic, kpi: KpiId) -> Plan:
    """The plan with one planned action of a tactic, measured by a KPI."""
    action = Action(
        id=1,
        tactic=tactic,
        title="Action",
        due=date(2027, 1, 1),
        budget=100,
        objective=ObjectiveKind.CONQUEST,
        kpi=kpi,
        status=ActionStatus.PLANNED,
    )
    return found.model_copy(update={"actions": (action,)})


def test_search_visits_are_a_month_s_worth_and_a_tradesperson_s_go_through_a_request_first() -> None:
    trades = plan("trades", budget=2000, customers=20, price=250, purchases=1, margin=40)
    found = kpis(measured_by(trades, Tactic.SEO, KpiId.ORGANIC_VISITS))
    months = found[KpiId.ORGANIC_VISITS].inputs["months"].value
    assert value(found, KpiId.ORGANIC_VISITS) == math.ceil(20 / (0.30 * 0.05) / months)


def test_reviews_asked_of_every_customer_aim_at_a_quarter_of_them() -> None:
    trades = plan("trades", budget=2000, customers=80, price=250, purchases=1, margin=40)
    found = kpis(measured_by(trades, Tactic.LOCAL, KpiId.REVIEWS))
    people = found[KpiId.REVIEWS].inputs["people"].value
    assert value(found, KpiId.REVIEWS) == math.ceil(people * 0.25), "a quarter of those asked, the same day"
