"""Results the user enters, turned into KPIs and measured against the plan's targets."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from domain.kpis import Kpi, numbers, suggest
from domain.models import Action, KpiId, ObjectiveKind, Plan, Result

FIELDS = (
    "spend",
    "visitors",
    "conversions",
    "new_customers",
    "revenue",
    "promoters",
    "passives",
    "detractors",
)
"""Every number a result may hold, in the order they are asked."""

NEEDED: dict[ObjectiveKind | None, tuple[str, ...]] = {
    ObjectiveKind.CONQUEST: ("spend", "visitors", "conversions", "new_customers", "revenue"),
    ObjectiveKind.LOYALTY: ("spend", "revenue", "promoters", "passives", "detractors"),
    ObjectiveKind.AWARENESS: ("spend", "visitors", "conversions"),
    None: FIELDS,
}


def needed(action: Action | None) -> tuple[str, ...]:
    """The numbers worth asking for an action (all of them for results of the whole plan)."""
    return NEEDED[action.objective if action is not None else None]


def _ratio(top: float | None, bottom: float | None, scale: float = 1) -> float | None:
    """``top ÷ bottom``, or ``None`` when a number is missing or the denominator is zero."""
    if top is None or bottom is None or bottom == 0:
        return None
    return top / bottom * scale


def roi(r: Result, margin: float) -> float | None:
    """Return on the spend, on the gross margin of the revenue entered (as the plan's ROI target is)."""
    if r.revenue is None or r.spend is None or r.spend == 0:
        return None
    return (r.revenue * margin / 100 - r.spend) / r.spend * 100


def _nps(r: Result) -> float | None:
    counts = (r.promoters, r.passives, r.detractors)
    if any(c is None for c in counts):
        return None
    total = sum(c for c in counts if c is not None)
    if total == 0:
        return None
    return ((r.promoters or 0) - (r.detractors or 0)) / total * 100


FORMULAS: dict[KpiId, tuple[tuple[str, ...], Callable[[Result], float | None]]] = {
    KpiId.CONVERSION_RATE: (("conversions", "visitors"), lambda r: _ratio(r.conversions, r.visitors, 100)),
    KpiId.CAC: (("spend", "new_customers"), lambda r: _ratio(r.spend, r.new_customers)),
    KpiId.ROI: (("revenue", "spend"), lambda r: roi(r, 100)),
    KpiId.NPS: (("promoters", "passives", "detractors"), _nps),
}


@dataclass(frozen=True)
class Measure:
    """One KPI computed from results.

    Attributes:
        kpi: which indicator.
        value: its value, or ``None`` when the numbers do not allow it ("not enough data").
        target: the plan's target for it, when the plan sets one.
        on_track: whether the value meets the target (``None`` without a value or a target).
    """

    kpi: KpiId
    value: float | None
    target: Kpi | None
    on_track: bool | None


def _targets(plan: Plan, today: date) -> dict[KpiId, Kpi]:
    found: dict[KpiId, Kpi] = {}
    for kpi in suggest(plan, today):
        found.setdefault(kpi.id, kpi)
    return found


def measure(result: Result, plan: Plan, today: date) -> list[Measure]:
    """The KPIs a result gives (those whose numbers were entered at all), each against its target."""
    targets = _targets(plan, today)
    margin = numbers(plan, today).margin
    measures = []
    for kpi, (inputs, formula) in FORMULAS.items():
        if all(getattr(result, name) is None for name in inputs):
            continue
        value = roi(result, margin) if kpi is KpiId.ROI else formula(result)
        target = targets.get(kpi)
        on_track = None
        if value is not None and target is not None and target.target is not None:
            goal = target.target.value
            on_track = value >= goal if target.at_least else value <= goal
        measures.append(Measure(kpi, value, target, on_track))
    return measures


def total(results: Iterable[Result]) -> Result | None:
    """All results added up (each number summed where entered), or ``None`` without results."""
    found = list(results)
    if not found:
        return None
    sums: dict[str, float | None] = {}
    for name in FIELDS:
        values = [getattr(r, name) for r in found if getattr(r, name) is not None]
        sums[name] = sum(values) if values else None
    return Result(entered_on=max(r.entered_on for r in found), **sums)


def results_so_far(plan: Plan, today: date) -> dict[KpiId, float | None]:
    """Each measurable KPI's value from all results entered so far (empty without results)."""
    overall = total(plan.results)
    if overall is None:
        return {}
    found: dict[KpiId, float | None] = {m.kpi: m.value for m in measure(overall, plan, today)}
    if overall.new_customers is not None:
        found[KpiId.NEW_CUSTOMERS] = overall.new_customers
    return found
