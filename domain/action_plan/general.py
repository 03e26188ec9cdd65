"""The general proposal of each tactic, for a business model that has no action of its own for it."""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from domain.dates import proposed_date
from domain.models import Action, ActionStatus, KpiId, Language, ObjectiveKind, Plan, Sector, Tactic
from domain.presets import PRESETS


class Wording(BaseModel):
    """A proposal's title in both languages."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fr: str
    en: str


class ActionPreset(Wording):
    """What a tactic turns into by default: the objective it serves, its KPI, when, and sector variants."""

    model_config = ConfigDict(frozen=True, extra="allow")

    objective: ObjectiveKind
    kpi: KpiId
    month: int = Field(ge=0, le=11)

    def title(self, sector: Sector | None, lang: Language) -> str:
        """The title for a sector, in a language."""
        variant = (self.model_extra or {}).get(sector.value) if sector else None
        wording = Wording.model_validate(variant) if variant else self
        return wording.fr if lang is Language.FR else wording.en


@cache
def action_presets() -> dict[Tactic, ActionPreset]:
    """Every tactic's proposal, read once from ``presets/actions.toml``."""
    with (PRESETS / "actions.toml").open("rb") as file:
        data = tomllib.load(file)
    return {Tactic(name): ActionPreset.model_validate(entry) for name, entry in data.items()}


def general_action(
    tactic: Tactic,
    plan: Plan,
    lang: Language,
    today: date,
    amount: float,
    chosen: list[ObjectiveKind],
    target: str,
    status: ActionStatus,
) -> Action:
    """The general proposal of a tactic, for a business model that has none of its own."""
    found = action_presets()[tactic]
    objective = found.objective if found.objective in chosen or not chosen else chosen[0]
    return Action(
        id=0,
        tactic=tactic,
        title=found.title(plan.profile.sector, lang).replace("{target}", target),
        due=proposed_date(today, found.month),
        budget=round(amount, 2),
        objective=objective,
        kpi=found.kpi,
        status=status,
    )
