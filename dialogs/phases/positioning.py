"""Phase 5, positioning: key benefit, difference against a named competitor, proof, price and quality."""

from __future__ import annotations

from dialogs.answers import Context, Pick, Rating, Text
from dialogs.core.steps import Node, Phase, Step, StepId
from dialogs.phases.suggestions import benefits, differences, from_preset
from domain.models import Plan

PHASE = Phase.POSITIONING


def competitor_names(ctx: Context) -> tuple[str, ...]:
    """The competitors named in the diagnosis."""
    return tuple(c.name for c in ctx.plan.diagnosis.competitors or ())


def several_competitors(plan: Plan) -> bool:
    """Whether there is a choice of competitor to compare with (with one, it is that one)."""
    return len(plan.diagnosis.competitors or ()) > 1


STEPS: tuple[Node, ...] = (
    Step(StepId.BENEFIT, Text(limit=200, suggestions=benefits), ("positioning", "benefit")),
    Step(StepId.RIVAL, Pick(items=competitor_names), ("positioning", "rival"), when=several_competitors),
    Step(
        StepId.DIFFERENCE,
        Text(limit=200, suggestions=differences),
        ("positioning", "difference"),
        express=True,
    ),
    Step(StepId.PROOF, Text(limit=200, suggestions=from_preset("proof")), ("positioning", "proof"), optional=True),
    Step(StepId.PRICE_LEVEL, Rating(), ("positioning", "price_level")),
    Step(StepId.QUALITY_LEVEL, Rating(), ("positioning", "quality_level")),
)
