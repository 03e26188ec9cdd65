"""A whole marketing plan: every phase's records, filled in as the interview goes."""

from __future__ import annotations

from datetime import date

from domain.models.company import Facts, Profile
from domain.models.goals import Objective, ObjectiveKind
from domain.models.marketing_mix import Mix, Tactic
from domain.models.plan_action import Action
from domain.models.record import Record
from domain.models.reported import Result
from domain.models.situation import Diagnosis
from domain.models.strategy import Positioning, Segment


class Plan(Record):
    """A whole marketing plan, filled in as the interview goes.

    ``None`` everywhere means "not answered yet"; the interview asks for what is missing.
    """

    profile: Profile = Profile()
    facts: Facts = Facts()
    diagnosis: Diagnosis = Diagnosis()
    objectives: tuple[Objective, ...] | None = None
    segments: tuple[Segment, ...] | None = None
    target: str | None = None
    positioning: Positioning = Positioning()
    mix: Mix = Mix()
    actions: tuple[Action, ...] | None = None
    results: tuple[Result, ...] = ()
    started: date | None = None
    """The day the interview began: KPI targets are worked out from it, so they hold still as the months pass."""

    def action(self, action_id: int) -> Action | None:
        """The action with that id, if any."""
        return next((a for a in self.actions or () if a.id == action_id), None)

    def segment(self, name: str | None) -> Segment | None:
        """The segment called ``name``, if any."""
        return next((s for s in self.segments or () if s.name == name), None)

    def objective(self, kind: ObjectiveKind) -> Objective | None:
        """The objective of a given kind, if chosen."""
        return next((o for o in self.objectives or () if o.kind == kind), None)

    def share(self, tactic: Tactic) -> float | None:
        """The budget share of a tactic in percent, if the split is known."""
        return next((s.percent for s in self.mix.promotion.split or () if s.tactic == tactic), None)
