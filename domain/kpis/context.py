"""What a KPI rule looks at (the plan, its numbers, what the KPI serves) and what a rule is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from domain.business import Family
from domain.kpis.figures import Numbers, Quantity, Unit, whole
from domain.models import Objective, ObjectiveKind, Plan, Tactic


@dataclass(frozen=True)
class Ctx:
    """What a rule looks at: the plan, its numbers, and the objective or tactic the KPI serves."""

    plan: Plan
    n: Numbers
    serves: ObjectiveKind | Tactic | None
    objective: Objective | None = None

    @property
    def share(self) -> float | None:
        """For a tactic's KPI, the tactic's share of the new customers in percent: an equal one.

        Not its share of the budget: referrals or a network cost little and bring much, ads the reverse.
        """
        if not isinstance(self.serves, Tactic):
            return None
        tactics = self.plan.mix.promotion.tactics or ()
        return 100 / len(tactics) if tactics else None

    @property
    def expected(self) -> float | None:
        """New customers a tactic should bring (whole people): its equal share of the objective.

        Shared out so that the tactics' customers add up to the objective, not to more: each tactic has the
        objective ÷ tactics, rounded down, and the first ones one more until the remainder is used up.
        """
        if self.share is None:
            return self.n.customers
        total = whole(self.n.customers)
        tactics = self.plan.mix.promotion.tactics or ()
        if total is None or self.serves not in tactics:
            return None
        count, index = len(tactics), tactics.index(self.serves)
        own = int(total) // count + (index < int(total) % count)
        return float(own) if own else None


Target = tuple[float | None, dict[str, Quantity]] | tuple[float | None, dict[str, Quantity], str]
"""A target, the numbers its calculation quotes, and the sentence for it when it is not the rule's own."""


@dataclass(frozen=True)
class Rule:
    """One KPI of the table.

    Attributes:
        unit: how its value reads; counts are whole numbers.
        applies: whether the KPI suits this business (its family, its facts).
        target: its target and the numbers its calculation quotes, from the context.
        basis: the catalogue key of the sentence showing the calculation.
        at_least: a floor to reach, or a ceiling not to pass.
        thumb: the model's numbers whose use makes the target a rule of thumb (``True``: always one).
    """

    unit: Unit
    target: Callable[[Ctx], Target]
    basis: str
    applies: Callable[[Ctx], bool] = lambda ctx: True
    at_least: bool = True
    thumb: frozenset[str] | bool = frozenset()


def quantities(**values: tuple[float | None, Unit]) -> dict[str, Quantity]:
    """The numbers a calculation quotes, by name, those unknown left out."""
    return {k: Quantity(v, u) for k, (v, u) in values.items() if v is not None}


def of_family(*families: Family) -> Callable[[Ctx], bool]:
    """A KPI that applies to businesses selling in one of these ways."""
    return lambda ctx: ctx.n.family in families
