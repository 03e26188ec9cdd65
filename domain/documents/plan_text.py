"""The summary plan as a document: one section per phase, then the KPIs; unanswered parts marked as such."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import lru_cache

from domain.completeness import SECTIONS
from domain.documents.action_table import actions_section
from domain.documents.document import Document, Paragraph, Section
from domain.documents.kpi_table import kpi_section
from domain.documents.mix_table import mix_section
from domain.documents.situation_sections import diagnosis_section, profile_section
from domain.documents.strategy_sections import (
    objectives_section,
    positioning_section,
    segmentation_section,
    targeting_section,
)
from domain.i18n import Catalog
from domain.models import Plan

BUILDERS: dict[str, Callable[[Plan, Catalog, date], Section]] = {
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
"""How each section of the plan is built, by section."""


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
    wanted = [s for s in SECTIONS if only is None or s in only]
    name = plan.profile.name or t("your-business")
    whole = only is None
    return Document(
        title=t("plan-title", name=name) if whole else "",
        subtitle=t("plan-subtitle", date=t.day(today)) if whole else "",
        sections=tuple(_noted(BUILDERS[s](plan, t, today), (proposed or {}).get(s), t) for s in wanted),
    )


def _noted(section: Section, proposed: Sequence[str] | None, t: Catalog) -> Section:
    if not proposed:
        return section
    note = Paragraph(t("proposed-note", fields=", ".join(proposed)))
    return Section(section.id, section.title, (*section.blocks, note), section.complete)
