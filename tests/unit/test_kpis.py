"""KPI targets computed from the user's own numbers, checked against hand computations."""

from __future__ import annotations

import math
from datetime import date

import pytest

from domain.action_plan import propose
from domain.business import business
from domain.kpis import KpiId, Unit, months_until, numbers, suggest
from domain.models import (
    BudgetShare,
    Diagnosis,
    Language,
    Metric,
    Mix,
    Objective,
    ObjectiveKind,
    Plan,
    Price,
    Profile,
    Promotion,
    Sector,
    Tactic,
)

TODAY = date(2026, 11, 22)


def plan(budget: float | None = 3000, customers: float | None = 50, deadline: date | None = date(2027, 6, 30)) -> Plan:
    return Plan(
        profile=Profile(name="Café", sector=Sector.CAFE),
        diagnosis=Diagnosis(budget=budget),
        objectives=(
            Objective(kind=ObjectiveKind.CONQUEST, metric=Metric.NEW_CUSTOMERS, target=customers, deadline=deadline),
        ),
        mix=Mix(
            price=Price(point=12, purchases_per_year=20, margin=65),
            promotion=Promotion(
                tactics=(Tactic.SEA, Tactic.EVENTS),
                split=(
                    BudgetShare(tactic=Tactic.SEA, percent=60),
                    BudgetShare(tactic=Tactic.EVENTS, percent=40),
                ),
            ),
        ),
    )


def kpi(found: Plan, which: KpiId, today: date = TODAY) -> float | None:
    match = next(k for k in suggest(found, today) if k.id is which)
    return None if match.target is None else match.target.value


def test_months_run_from_today_to_the_deadline() -> None:
    assert months_until(date(2027, 6, 30), TODAY) == 7
    assert months_until(None, TODAY) == 12
    assert months_until(date(2026, 11, 30), TODAY) == 1


def test_target_cac_is_the_spend_over_the_period_divided_by_new_customers() -> None:
    assert kpi(plan(), KpiId.CAC) == pytest.approx(3000 * 7 / 12 / 50)  # 35 €


def test_targets_count_the_period_from_the_plans_start_so_they_hold_still_as_months_pass() -> None:
    started = plan().model_copy(update={"started": TODAY})
    for later in (date(2027, 1, 15), date(2027, 5, 1)):
        assert kpi(started, KpiId.CAC, today=later) == pytest.approx(35)
    assert kpi(plan(), KpiId.CAC, today=date(2027, 1, 15)) == pytest.approx(3000 * 5 / 12 / 50), "no start: today"


def test_target_roi_compares_the_margin_of_new_customers_arriving_through_the_period_with_the_spend() -> None:
    spend = 3000 * 7 / 12
    margin = 50 * 12 * 20 * 7 / 12 * 0.5 * 0.65  # each buys during half the period on average, at 65 % margin
    assert kpi(plan(), KpiId.ROI) == pytest.approx((margin - spend) / spend * 100)  # 30 %


def test_customer_lifetime_value_multiplies_basket_frequency_years_and_margin() -> None:
    assert kpi(plan(), KpiId.CLV) == pytest.approx(12 * 20 * 3 * 0.65)  # 3 years: the café rule of thumb


def test_an_online_shop_gets_the_models_conversion_rate_and_the_visitors_it_takes() -> None:
    online = plan().model_copy(update={"profile": Profile(name="Shop", model="ecommerce_brand")})
    rate = business("ecommerce_brand").conversion_rate
    found = next(k for k in suggest(online, TODAY) if k.id is KpiId.CONVERSION_RATE)
    assert found.target is not None
    assert found.target.value == rate
    assert found.rule_of_thumb
    assert found.inputs["visitors"].value == math.ceil(50 / (rate / 100))


def test_a_shop_is_not_measured_by_a_visitor_conversion_rate() -> None:
    assert KpiId.CONVERSION_RATE not in {k.id for k in suggest(plan(), TODAY)}


def with_actions(found: Plan) -> Plan:
    return found.model_copy(update={"actions": propose(found, Language.FR, TODAY, accepted=True)})


def test_max_cost_per_click_is_the_target_cac_times_the_conversion_rate() -> None:
    rate = numbers(plan(), TODAY).conversion
    assert kpi(with_actions(plan()), KpiId.COST_PER_CLICK) == pytest.approx(35 * rate / 100)


def test_attendees_needed_follow_the_events_equal_share_of_new_customers_in_whole_people() -> None:
    rate = numbers(plan(), TODAY).conversion
    assert kpi(with_actions(plan()), KpiId.ATTENDEES) == math.ceil(25 / (rate / 100))  # 50 customers, 2 tactics


def test_a_zero_budget_gives_no_roi_rather_than_a_division_by_zero() -> None:
    assert kpi(plan(budget=0), KpiId.ROI) is None
    assert kpi(plan(budget=0), KpiId.CAC) == 0


def test_without_a_number_of_customers_cac_and_roi_are_not_enough_data() -> None:
    found = {k.id: k for k in suggest(plan(customers=None), TODAY)}
    assert found[KpiId.CAC].target is None
    assert found[KpiId.CAC].basis == "kpi-basis-missing"
    assert found[KpiId.ROI].target is None


def test_a_revenue_objective_is_turned_into_the_customers_it_takes() -> None:
    base = plan()
    revenue = Objective(kind=ObjectiveKind.CONQUEST, metric=Metric.REVENUE, target=24000, deadline=date(2027, 11, 30))
    found = numbers(base.model_copy(update={"objectives": (revenue,)}), TODAY)
    assert found.customers == 200  # 24 000 € from customers arriving through the year: 12 € × 20 a year × ½


def test_loyalty_objectives_bring_nps_with_a_labelled_rule_of_thumb() -> None:
    loyal = plan().model_copy(
        update={"objectives": (Objective(kind=ObjectiveKind.LOYALTY, metric=Metric.REPEAT_RATE, target=40),)}
    )
    found = {k.id: k for k in suggest(loyal, TODAY)}
    assert found[KpiId.REPEAT_RATE].target is not None
    assert found[KpiId.REPEAT_RATE].target.value == 40
    assert found[KpiId.NPS].rule_of_thumb
    assert found[KpiId.NPS].target is not None
    assert found[KpiId.NPS].target.unit is Unit.SCORE
