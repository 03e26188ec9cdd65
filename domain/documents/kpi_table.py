"""The KPI section of the plan: each indicator's formula, where to measure it, its target and how it was computed."""

from __future__ import annotations

from datetime import date

from domain.business import model_of
from domain.completeness import kpis_complete
from domain.documents.document import Paragraph, Section, Table
from domain.i18n import Catalog
from domain.kpis import UNITS, Kpi, Quantity, Unit, suggest
from domain.models import KpiId, Plan
from domain.results import results_so_far


def quantity(value: Quantity, t: Catalog) -> str:
    """A KPI number in the user's language."""
    match value.unit:
        case Unit.MONEY:
            return t.money(round(value.value) if abs(value.value) >= 100 else round(value.value, 2))
        case Unit.PERCENT:
            return t.percent(value.value)
        case Unit.RATIO:
            return t("value-ratio", ratio=t.number(value.value))
        case Unit.MONTHS:
            months = round(value.value, 1) if abs(value.value - round(value.value)) >= 0.05 else round(value.value)
            return t("value-months", months=months)
        case _:
            return t.number(value.value, 0 if abs(value.value) >= 10 else 1)


def kpi_target(kpi: Kpi, t: Catalog) -> str:
    """The target as a bound (``≥ 50``, ``≤ 35 €``), or "not enough data"."""
    if kpi.target is None:
        return t("kpi-not-enough-data")
    return t("kpi-at-least" if kpi.at_least else "kpi-at-most", value=quantity(kpi.target, t))


def kpi_basis(kpi: Kpi, t: Catalog, unit: str = "") -> str:
    """How the target was computed, with a rule-of-thumb mark where it rests on one."""
    args: dict[str, str | int] = {
        k: int(v.value) if v.unit is Unit.COUNT and float(v.value).is_integer() else quantity(v, t)
        for k, v in kpi.inputs.items()
    }  # whole counts as numbers, so that the sentence agrees with them (1 new customer, 2 new customers)
    text = t(kpi.basis, unit=unit, **args)
    return f"{text} {t('rule-of-thumb')}" if kpi.rule_of_thumb else text


def kpi_section(plan: Plan, t: Catalog, today: date) -> Section:
    """The KPI table: formula, where to measure, target and how it was computed."""
    kpis = suggest(plan, today)
    if not kpis:
        return Section("kpis", t("section-kpis"), (Paragraph(t("kpis-none")),), complete=False)
    found = model_of(plan)
    where = found.texts(t.lang).where if found else {}
    header: tuple[str, ...] = (t("col-kpi"), t("col-formula"), t("col-where"), t("col-target"), t("col-basis"))
    rows: tuple[tuple[str, ...], ...] = tuple(
        (
            _kpi_name(kpi, t),
            kpi_formula(kpi, t),
            where.get(kpi.id) or t(f"kpi-{kpi.id}-where"),
            kpi_target(kpi, t),
            kpi_basis(kpi, t, (found.texts(t.lang).capacity_unit or "") if found else ""),
        )
        for kpi in kpis
    )
    so_far = results_so_far(plan, today)
    if so_far:
        header = (*header, t("col-result"))
        rows = tuple((*row, _result(so_far.get(kpi.id), kpi.id, t)) for row, kpi in zip(rows, kpis, strict=True))
    return Section("kpis", t("section-kpis"), (Table(header, rows),), complete=kpis_complete(kpis))


def _result(value: float | None, kpi: KpiId, t: Catalog) -> str:
    if kpi not in UNITS:
        return "—"
    return "—" if value is None else quantity(Quantity(value, UNITS[kpi]), t)


NEW_REVENUE = "kpi-basis-revenue"
"""The basis of a revenue KPI computed from the new customers (not a revenue objective's own number)."""


def kpi_label(kpi: Kpi, t: Catalog) -> str:
    """A KPI's name: revenue computed from the new customers says so (the business's whole revenue is more)."""
    if kpi.id is KpiId.REVENUE and kpi.basis == NEW_REVENUE:
        return t("kpi-revenue-new")
    return t(f"kpi-{kpi.id}")


def kpi_formula(kpi: Kpi, t: Catalog) -> str:
    """A KPI's formula, the new customers' revenue's its own."""
    if kpi.id is KpiId.REVENUE and kpi.basis == NEW_REVENUE:
        return t("kpi-revenue-new-formula")
    return t(f"kpi-{kpi.id}-formula")


def _kpi_name(kpi: Kpi, t: Catalog) -> str:
    name = kpi_label(kpi, t)
    return f"{name} · {t.label(kpi.serves)}" if kpi.serves is not None and kpi.id is not KpiId.LTV_CAC else name
