"""The first sections of the plan: who the business is, and its diagnosis (SWOT, resources, competitors)."""

from __future__ import annotations

from datetime import date

from domain.business import model_of
from domain.churn import plan_churn
from domain.completeness import diagnosis_complete, profile_complete
from domain.documents.answer_marks import items_or_missing, level, missing, text_or_missing
from domain.documents.document import Block, Bullets, Grid, Pairs, Paragraph, Section, Table
from domain.i18n import Catalog
from domain.models import Mode, Plan


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
            *facts(plan, t),
        )
        if value is not None
    )
    return Section("profile", t("section-profile"), (Pairs(rows),), complete=profile_complete(plan))


def facts(plan: Plan, t: Catalog) -> tuple[tuple[str, str | None], ...]:
    """Today's numbers the user gave, which the objectives and the KPIs start from (none shown as missing)."""
    f = plan.facts
    churn = plan_churn(plan, model_of(plan)) if f.returning is not None else None
    if churn is not None:  # a subscription: the churn typed, and the share it keeps a year
        kept: str | None = t("fact-churn", churn=t.percent(round(churn, 1)), kept=t.percent(f.returning or 0))
        label = t("label-churn")
    else:
        kept = t.percent(f.returning) if f.returning is not None else None
        label = t("label-returning")
    return (
        (t("label-customers"), t.number(f.customers) if f.customers is not None else None),
        (label, kept),
        (t("label-audience"), t.number(f.audience) if f.audience is not None else None),
        (t("label-team"), t.number(f.team) if f.team is not None else None),
    )


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
        rows = tuple((c.name, level(c.price), level(c.quality)) for c in d.competitors)
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
    return Section("diagnosis", t("section-diagnosis"), tuple(blocks), diagnosis_complete(plan))
