"""The summary plan as a document: one section per phase, then the KPIs; unanswered parts marked as such."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import lru_cache

from domain.business import model_of
from domain.documents.action_table import actions_section
from domain.documents.document import Block, Bullets, Document, Grid, Pairs, Paragraph, Section, Table
from domain.documents.mix_table import mix_section
from domain.i18n import Catalog
from domain.kpis import UNITS, Kpi, Quantity, Unit, suggest
from domain.models import KpiId, Metric, Mode, Objective, Plan
from domain.results import measure, total

SECTIONS = (
    "profile",
    "diagnosis",
    "objectives",
    "segmentation",
    "targeting",
    "positioning",
    "mix",
    "actions",
    "kpis",
)


def render_plan(
    plan: Plan,
    t: Catalog,
    today: date,
    only: Sequence[str] | None = None,
    proposed: Mapping[str, Sequence[str]] | None = None,
) -> Document:
    """The plan as a document, whole or reduced to some sections (``only``).

    ``proposed`` names, per section, the answers that sector presets filled (express mode); each such section
    ends with a note listing them, so the user knows what to check. A plan is often shown twice in a row (the
    summary, then its score): the last documents made are kept.
    """
    notes = tuple((k, tuple(v)) for k, v in sorted((proposed or {}).items()))
    return _render(plan, t, today, tuple(only) if only is not None else None, notes)


@lru_cache(maxsize=64)
def _render(
    plan: Plan, t: Catalog, today: date, only: tuple[str, ...] | None, notes: tuple[tuple[str, tuple[str, ...]], ...]
) -> Document:
    proposed = dict(notes)
    builders: dict[str, Callable[[Plan, Catalog, date], Section]] = {
        "profile": profile_section,
        "diagnosis": diagnosis_section,
        "objectives": objectives_section,
        "segmentation": segmentation_section,
        "targeting": targeting_section,
        "positioning": positioning_section,
        "mix": mix_section,
        "actions": actions_section,
        "kpis": kpi_section,
    }
    wanted = [s for s in SECTIONS if only is None or s in only]
    name = plan.profile.name or t("your-business")
    whole = only is None
    return Document(
        title=t("plan-title", name=name) if whole else "",
        subtitle=t("plan-subtitle", date=t.day(today)) if whole else "",
        sections=tuple(_noted(builders[s](plan, t, today), (proposed or {}).get(s), t) for s in wanted),
    )


def _noted(section: Section, proposed: Sequence[str] | None, t: Catalog) -> Section:
    if not proposed:
        return section
    note = Paragraph(t("proposed-note", fields=", ".join(proposed)))
    return Section(section.id, section.title, (*section.blocks, note), section.complete)


def missing(t: Catalog) -> str:
    """What an unanswered part shows."""
    return t("value-missing")


def text_or_missing(value: str | None, t: Catalog) -> str:
    """A text answer, or the mark of a missing one."""
    return value if value else missing(t)


def items_or_missing(values: Sequence[str] | None, t: Catalog) -> tuple[str, ...]:
    """List answers, or the mark of a missing list."""
    if values is None:
        return (missing(t),)
    return tuple(values) or (t("value-none"),)


def profile_section(plan: Plan, t: Catalog, today: date) -> Section:
    """Who the business is."""
    p = plan.profile
    found = model_of(plan)
    sector = found.texts(t.lang).label if found else (t.label(p.sector) if p.sector else None)
    if p.activity:  # the user's own words say it best; the model behind them shows in the plan's advice
        sector = p.activity
    express = p.mode is Mode.EXPRESS  # the express interview does not ask the stage nor the area: no gap shown
    rows = tuple(
        (label, value)
        for label, value in (
            (t("field-name"), text_or_missing(p.name, t)),
            (t("field-sector"), text_or_missing(sector, t)),
            (t("field-market"), t.label(p.market) if p.market else missing(t)),
            (t("field-stage"), t.label(p.stage) if p.stage else None if express else missing(t)),
            (t("field-area"), p.area or (None if express else missing(t))),
            (t("field-mode"), t.label(p.mode) if p.mode else missing(t)),
        )
        if value is not None
    )
    return Section("profile", t("section-profile"), (Pairs(rows),), complete=None not in (p.name, p.sector, p.market))


def diagnosis_section(plan: Plan, t: Catalog, today: date) -> Section:
    """The SWOT card, resources, competitors and a one-paragraph diagnosis."""
    d = plan.diagnosis
    swot = Grid(
        (
            Bullets(items_or_missing(d.strengths, t), t("swot-strengths")),
            Bullets(items_or_missing(d.weaknesses, t), t("swot-weaknesses")),
            Bullets(items_or_missing(d.opportunities, t), t("swot-opportunities")),
            Bullets(items_or_missing(d.threats, t), t("swot-threats")),
        )
    )
    blocks: list[Block] = [
        swot,
        Pairs(
            (
                (t("field-budget"), t.money(d.budget) if d.budget is not None else missing(t)),
                (
                    t("field-hours"),
                    t("value-hours", hours=t.number(d.hours_per_week)) if d.hours_per_week else "—",
                ),
                (t("field-skills"), ", ".join(d.skills) if d.skills else "—"),
            )
        ),
    ]
    if d.competitors and all(c.price is None and c.quality is None for c in d.competitors):
        blocks.append(Bullets(tuple(c.name for c in d.competitors), t("col-competitor")))  # not rated: no empty grid
    elif d.competitors:
        rows = tuple((c.name, _level(c.price), _level(c.quality)) for c in d.competitors)
        blocks.append(Table((t("col-competitor"), t("col-price"), t("col-quality")), rows))
    elif d.competitors is not None:
        blocks.append(Paragraph(t("competitors-none")))
    if d.strengths and d.weaknesses and d.opportunities and d.threats:
        blocks.append(
            Paragraph(
                t(
                    "diagnosis-summary",
                    name=plan.profile.name or t("your-business"),
                    count=len(d.strengths),
                    strength=d.strengths[0],
                    weakness=d.weaknesses[0],
                    opportunity=d.opportunities[0],
                    threat=d.threats[0],
                    budget=t.money(d.budget or 0),
                )
            )
        )
    complete = None not in (d.strengths, d.weaknesses, d.opportunities, d.threats, d.budget)
    return Section("diagnosis", t("section-diagnosis"), tuple(blocks), complete)


def _level(value: int | None) -> str:
    return f"{value}/5" if value is not None else "—"


def smart_sentence(objective: Objective, t: Catalog) -> str:
    """An objective restated as a SMART sentence, flagged where it is not measurable or not dated."""
    kind = t.label(objective.kind)
    if objective.metric is None:
        return t("smart-no-metric", kind=kind)
    goal = (
        t(
            f"smart-{objective.metric}",
            value=_metric_value(objective.metric, objective.target, t),
            count=objective.target,
        )
        if objective.target is not None
        else t.label(objective.metric)
    )
    deadline = t.day(objective.deadline) if objective.deadline else ""
    sentence = t(
        "smart-sentence" if objective.deadline else "smart-sentence-undated",
        kind=kind,
        goal=goal,
        deadline=deadline,
    )
    flags = []
    if objective.target is None:
        flags.append(t("smart-flag-number"))
    if objective.deadline is None:
        flags.append(t("smart-flag-date"))
    return " ".join([sentence, *flags])


def _metric_value(metric: Metric, value: float | None, t: Catalog) -> str:
    if value is None:
        return ""
    if metric.is_percent:
        return t.percent(value)
    if metric.is_money:
        return t.money(value)
    return t.number(value)


def objectives_section(plan: Plan, t: Catalog, today: date) -> Section:
    """The objectives as SMART sentences."""
    if not plan.objectives:
        return Section("objectives", t("section-objectives"), (Paragraph(missing(t)),), complete=False)
    sentences = tuple(smart_sentence(o, t) for o in plan.objectives)
    complete = all(o.metric and o.target is not None and o.deadline for o in plan.objectives)
    return Section("objectives", t("section-objectives"), (Bullets(sentences),), complete)


def segmentation_section(plan: Plan, t: Catalog, today: date) -> Section:
    """The segment table."""
    if not plan.segments:
        return Section("segmentation", t("section-segmentation"), (Paragraph(missing(t)),), complete=False)
    sized = any(s.size is not None for s in plan.segments)  # no column of dashes when no size was asked
    rows = tuple(
        (
            s.name,
            text_or_missing(s.who, t),
            text_or_missing(s.need, t),
            *((t.number(s.size) if s.size is not None else "—",) if sized else ()),
        )
        for s in plan.segments
    )
    header = (t("col-segment"), t("col-who"), t("col-need"), *((t("col-size"),) if sized else ()))
    complete = all(s.who and s.need for s in plan.segments)
    return Section("segmentation", t("section-segmentation"), (Table(header, rows),), complete)


def targeting_section(plan: Plan, t: Catalog, today: date) -> Section:
    """Scores per segment, the recommended target and the chosen one."""
    if not plan.segments:
        return Section("targeting", t("section-targeting"), (Paragraph(missing(t)),), complete=False)
    rows = tuple(
        (s.name, _level(s.size_rating), _level(s.access_rating), _level(s.fit_rating), _score(s.score))
        for s in plan.segments
    )
    header = (t("col-segment"), t("col-rate-size"), t("col-rate-access"), t("col-rate-fit"), t("col-score"))
    blocks: list[Block] = [Table(header, rows)]
    scored = [s for s in plan.segments if s.score is not None]
    if scored:
        best = max(scored, key=lambda s: (s.score or 0, s.fit_rating or 0))
        blocks.append(Paragraph(t("target-recommended", segment=best.name, score=best.score or 0)))
    blocks.append(Paragraph(t("target-chosen", segment=plan.target) if plan.target else missing(t)))
    return Section("targeting", t("section-targeting"), tuple(blocks), complete=plan.target is not None)


def _score(score: int | None) -> str:
    return f"{score}/15" if score is not None else "—"


FIRST_PERSON = ("je ", "j'", "j’", "nous ", "on ", "notre ", "nos ", "mon ", "ma ", "mes ", "i ", "we ", "our ", "my ")


def quoted_if_first_person(text: str, t: Catalog) -> str:
    """The user's words, between quotes when they speak in the first person ("je livre en 6 semaines")."""
    if text.casefold().startswith(FIRST_PERSON):
        return t("quoted", text=text)
    return text


def statement(plan: Plan, t: Catalog) -> str | None:
    """The positioning statement, once the target and the benefit are known."""
    pos, target = plan.positioning, plan.segment(plan.target)
    if target is None or not pos.benefit:
        return None
    found = model_of(plan)
    category = found.texts(t.lang).category if found else t("category-generic")
    competitors = plan.diagnosis.competitors or ()
    rival = pos.rival or (competitors[0].name if competitors else None)
    args = {
        "target": target.name,
        "need": target.need or "",
        "name": plan.profile.name or t("your-business"),
        "category": category,
        "benefit": pos.benefit,
    }
    text = t("statement-need" if target.need else "statement", **args)
    if pos.difference:
        key = "statement-difference" if rival else "statement-difference-generic"
        text += " " + t(key, rival=rival or "", difference=quoted_if_first_person(pos.difference, t))
    return text


def positioning_section(plan: Plan, t: Catalog, today: date) -> Section:
    """The positioning statement and its parts."""
    pos = plan.positioning
    sentence = statement(plan, t)
    blocks: list[Block] = [Paragraph(sentence or missing(t))]
    blocks.append(
        Pairs(
            (
                (t("field-benefit"), text_or_missing(pos.benefit, t)),
                (t("field-difference"), text_or_missing(pos.difference, t)),
                (t("field-proof"), pos.proof or "—"),
                (t("field-price-level"), _level(pos.price_level)),
                (t("field-quality-level"), _level(pos.quality_level)),
            )
        )
    )
    complete = sentence is not None and pos.price_level is not None and pos.quality_level is not None
    return Section("positioning", t("section-positioning"), tuple(blocks), complete)


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
            t(f"kpi-{kpi.id}-formula"),
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
    return Section("kpis", t("section-kpis"), (Table(header, rows),), complete=all(k.target for k in kpis))


def results_so_far(plan: Plan, today: date) -> dict[KpiId, float | None]:
    """Each measurable KPI's value from all results entered so far (empty without results)."""
    overall = total(plan.results)
    if overall is None:
        return {}
    found: dict[KpiId, float | None] = {m.kpi: m.value for m in measure(overall, plan, today)}
    if overall.new_customers is not None:
        found[KpiId.NEW_CUSTOMERS] = overall.new_customers
    return found


def _result(value: float | None, kpi: KpiId, t: Catalog) -> str:
    if kpi not in UNITS:
        return "—"
    return "—" if value is None else quantity(Quantity(value, UNITS[kpi]), t)


def _kpi_name(kpi: Kpi, t: Catalog) -> str:
    name = t(f"kpi-{kpi.id}")
    return f"{name} · {t.label(kpi.serves)}" if kpi.serves is not None and kpi.id is not KpiId.LTV_CAC else name
