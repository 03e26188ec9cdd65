"""Phase 7: one dated action of the annual plan, how often it recurs and where it stands."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import Field

from domain.models.goals import ObjectiveKind
from domain.models.indicators import KpiId
from domain.models.marketing_mix import Tactic
from domain.models.record import Record, Texts


class Cadence(StrEnum):
    """How often an action of the plan recurs."""

    ONCE = "once"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    SEASONAL = "seasonal"


class ActionStatus(StrEnum):
    """Where an action of the plan stands."""

    PROPOSED = "proposed"
    PLANNED = "planned"
    DONE = "done"
    DROPPED = "dropped"


class Action(Record):
    """Phase 7: one dated action of the annual plan, serving an objective, measured by a KPI.

    Attributes:
        id: stable within the plan (reminders and buttons name it).
        snoozed_until: when the user asked to be reminded again, if they snoozed a reminder.
    """

    id: int
    tactic: Tactic
    title: str
    due: date
    budget: float = Field(default=0, ge=0)
    objective: ObjectiveKind | None = None
    kpi: KpiId | None = None
    status: ActionStatus = ActionStatus.PROPOSED
    done_on: date | None = None
    snoozed_until: datetime | None = None
    cadence: Cadence = Cadence.ONCE
    owner: str | None = None
    steps: Texts = ()
    until: date | None = None
    """For a recurring action, its last occurrence (the twelve months of the plan)."""
