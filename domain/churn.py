"""A subscription's churn (the share of subscribers who leave a month) and the share it keeps over a year.

The interview asks a subscription business its monthly churn, the number it knows, and keeps the share of
subscribers still there after a year, the number its retention objective and KPIs read: 3 % a month keeps 69 %.
"""

from __future__ import annotations

from domain.business import BusinessModel, Family
from domain.models import Plan


def kept_a_year(churn: float) -> float:
    """Percent of subscribers still there after twelve months at ``churn`` percent leaving a month."""
    return 100 * (1 - churn / 100) ** 12


def monthly_churn(kept: float) -> float:
    """Percent of subscribers leaving a month, for ``kept`` percent still there after twelve months."""
    return 100 * (1 - (max(0.0, min(100.0, kept)) / 100) ** (1 / 12))


def plan_churn(plan: Plan, model: BusinessModel | None) -> float | None:
    """A subscription's monthly churn: the one the user gave (as the share kept a year), else the model's."""
    if model is None or model.family is not Family.SUBSCRIPTION:
        return None
    kept = plan.facts.returning
    return round(monthly_churn(kept), 2) if kept is not None else model.churn
