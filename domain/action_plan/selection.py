"""Which of the business model's actions a plan gets for each tactic, and the objective each is shown serving."""

from __future__ import annotations

from domain.business import BusinessModel, ModelAction, model_of
from domain.models import Cadence, ObjectiveKind, Plan, Tactic

PER_TACTIC = 2
"""Regular actions a tactic brings at most, besides one seasonal action on the model's key months."""


def chosen_actions(model: BusinessModel, tactic: Tactic, plan: Plan) -> list[ModelAction]:
    """The model's actions for a tactic that the facts allow, those serving the plan's objectives first."""
    kinds = [o.kind for o in plan.objectives or ()]
    fitting = [a for a in model.of(tactic) if a.fits(plan)]
    serving = [a for a in fitting if a.objective in kinds]
    if serving:  # a tactic that has actions for the plan's objectives brings those, not the others
        fitting = serving
    fitting.sort(key=lambda a: (a.objective not in kinds, a.needs is None))
    regular = [a for a in fitting if a.cadence is not Cadence.SEASONAL][:PER_TACTIC]
    seasonal = [a for a in fitting if a.cadence is Cadence.SEASONAL][:1]
    return [a for a in fitting if a in regular or a in seasonal]


def tactic_weights(plan: Plan) -> dict[Tactic, float]:
    """What each chosen tactic's actions cost, relative to the others (the model's weights), for the budget split."""
    model = model_of(plan)
    found: dict[Tactic, float] = {}
    for tactic in plan.mix.promotion.tactics or ():
        own = chosen_actions(model, tactic, plan) if model else []
        found[tactic] = sum(a.weight for a in own) if own else 1.0
    return found


def served(natural: ObjectiveKind, chosen: list[ObjectiveKind]) -> ObjectiveKind:
    """The objective an action is shown serving.

    Its own when the plan has it; being known counts towards winning customers when the plan aims at those;
    otherwise its own, said as it is (a Google profile wins customers even in a plan about bringing them back).
    """
    if natural in chosen or not chosen:
        return natural
    if natural is ObjectiveKind.AWARENESS and ObjectiveKind.CONQUEST in chosen:
        return ObjectiveKind.CONQUEST
    return natural
