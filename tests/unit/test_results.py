"""Results measured against targets: conversion rate, CAC, ROI and NPS, hand-computed, zero denominators too."""

from __future__ import annotations

from datetime import date

import pytest

from domain.documents.monthly_review import measure_line
from domain.i18n import catalog
from domain.models import (
    Diagnosis,
    KpiId,
    Language,
    Metric,
    Mix,
    Objective,
    ObjectiveKind,
    Plan,
    Price,
    Profile,
    Result,
    Sector,
)
from domain.results import measure, total

TODAY = date(2026, 11, 22)
PLAN = Plan(
    profile=Profile(sector=Sector.CAFE),
    diagnosis=Diagnosis(budget=3000),
    objectives=(
        Objective(kind=ObjectiveKind.CONQUEST, metric=Metric.NEW_CUSTOMERS, target=50, deadline=date(2027, 6, 30)),
    ),
    mix=Mix(price=Price(point=12, purchases_per_year=20, margin=65)),
)


def values(result: Result) -> dict[KpiId, float | None]:
    return {m.kpi: m.value for m in measure(result, PLAN, TODAY)}


def test_each_kpi_is_computed_as_its_formula_says() -> None:
    result = Result(
        entered_on=TODAY,
        spend=500,
        visitors=400,
        conversions=30,
        new_customers=20,
        revenue=2400,
        promoters=30,
        passives=10,
        detractors=10,
    )
    found = values(result)
    assert found[KpiId.CONVERSION_RATE] == pytest.approx(30 / 400 * 100)  # 7.5 %
    assert found[KpiId.CAC] == pytest.approx(500 / 20)  # 25 €
    assert found[KpiId.ROI] == pytest.approx((2400 * 0.65 - 500) / 500 * 100)  # 212 %, on the plan's 65 % margin
    assert found[KpiId.NPS] == pytest.approx((30 - 10) / 50 * 100)  # 40


def test_kpis_are_measured_against_the_plans_targets() -> None:
    measures = {m.kpi: m for m in measure(Result(entered_on=TODAY, spend=500, new_customers=20), PLAN, TODAY)}
    cac = measures[KpiId.CAC]
    assert cac.target is not None
    assert cac.target.target is not None
    assert cac.target.target.value == pytest.approx(35)
    assert cac.on_track is True, "25 € is under the 35 € target"
    expensive = measure(Result(entered_on=TODAY, spend=1000, new_customers=20), PLAN, TODAY)
    assert next(m for m in expensive if m.kpi is KpiId.CAC).on_track is False


@pytest.mark.parametrize(
    ("result", "kpi"),
    [
        (Result(entered_on=TODAY, conversions=5, visitors=0), KpiId.CONVERSION_RATE),
        (Result(entered_on=TODAY, spend=500, new_customers=0), KpiId.CAC),
        (Result(entered_on=TODAY, spend=0, revenue=100), KpiId.ROI),
        (Result(entered_on=TODAY, promoters=0, passives=0, detractors=0), KpiId.NPS),
        (Result(entered_on=TODAY, spend=500), KpiId.CAC),
        (Result(entered_on=TODAY, promoters=3, detractors=1), KpiId.NPS),
    ],
)
def test_zero_or_missing_denominators_give_not_enough_data_never_a_crash(result: Result, kpi: KpiId) -> None:
    found = {m.kpi: m for m in measure(result, PLAN, TODAY)}
    assert found[kpi].value is None
    assert found[kpi].on_track is None
    line = measure_line(found[kpi], catalog(Language.FR))
    assert line.endswith("pas assez de données")


def test_only_kpis_whose_numbers_were_entered_are_shown() -> None:
    assert set(values(Result(entered_on=TODAY, spend=100, new_customers=4))) == {KpiId.CAC, KpiId.ROI}


def test_results_add_up_over_time() -> None:
    summed = total([Result(entered_on=TODAY, spend=100, visitors=50), Result(entered_on=TODAY, spend=200)])
    assert summed is not None
    assert (summed.spend, summed.visitors, summed.revenue) == (300, 50, None)
    assert total([]) is None


def test_a_measure_reads_as_a_sentence_with_its_target_and_verdict() -> None:
    measured = next(
        m for m in measure(Result(entered_on=TODAY, spend=500, new_customers=20), PLAN, TODAY) if m.kpi is KpiId.CAC
    )
    assert measure_line(measured, catalog(Language.FR)).replace("\u202f", " ").replace("\xa0", " ") == (
        "CAC (coût d'acquisition client) : 25 € (cible ≤ 35 €) ✅ dans la cible"
    )
