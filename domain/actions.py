"""Phase 7: the concrete action proposed for each chosen tactic, fitted to the sector and the target."""

from __future__ import annotations

import tomllib
from calendar import monthrange
from datetime import date, timedelta
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

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


def proposed_date(today: date, months: int) -> date:
    """The 10th of the month ``months`` ahead, moved to the next Monday when it falls on a weekend."""
    month = today.month - 1 + months
    year, month = today.year + month // 12, month % 12 + 1
    day = date(year, month, min(10, monthrange(year, month)[1]))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day if day > today else proposed_date(today, months + 1)


def propose(plan: Plan, lang: Language, today: date, accepted: bool = False) -> tuple[Action, ...]:
    """One action per chosen tactic, with its month, budget, objective served and KPI.

    The budget is the tactic's share of the yearly marketing budget; the objective is the tactic's natural one
    when the plan has it, else the plan's first objective.
    """
    tactics = plan.mix.promotion.tactics or ()
    chosen = [o.kind for o in plan.objectives or ()]
    budget = plan.diagnosis.budget or 0
    target = plan.target or ""
    actions = []
    for number, tactic in enumerate(tactics, start=1):
        found = action_presets()[tactic]
        share = plan.share(tactic)
        share = 100 / len(tactics) if share is None else share
        objective = found.objective if found.objective in chosen or not chosen else chosen[0]
        actions.append(
            Action(
                id=number,
                tactic=tactic,
                title=found.title(plan.profile.sector, lang).replace("{target}", target),
                due=proposed_date(today, found.month),
                budget=round(budget * share / 100, 2),
                objective=objective,
                kpi=found.kpi,
                status=ActionStatus.PLANNED if accepted else ActionStatus.PROPOSED,
            )
        )
    return tuple(actions)


def merge(existing: tuple[Action, ...] | None, proposals: tuple[Action, ...], accept: bool) -> tuple[Action, ...]:
    """Proposals folded into the actions the plan already has, so that nothing decided or done is lost.

    An action whose tactic stays keeps its id, its date and what was decided about it (its budget follows the
    new split, unless it is done); accepting all plans what was only proposed. Tactics new to the plan get new
    actions, numbered after the existing ones. Actions of tactics no longer chosen go, unless they were done.
    """
    kept = {a.tactic: a for a in existing or ()}
    next_id = max((a.id for a in existing or ()), default=0) + 1
    merged = []
    for proposal in proposals:
        old = kept.pop(proposal.tactic, None)
        if old is None:
            merged.append(proposal.model_copy(update={"id": next_id}))
            next_id += 1
            continue
        changes: dict[str, object] = {}
        if old.status is not ActionStatus.DONE:
            changes["budget"] = proposal.budget
        if accept and old.status is ActionStatus.PROPOSED:
            changes["status"] = ActionStatus.PLANNED
        merged.append(old.model_copy(update=changes))
    merged.extend(a for a in kept.values() if a.status is ActionStatus.DONE)
    return tuple(merged)
