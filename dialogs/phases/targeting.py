"""Phase 4, targeting: each segment rated on size, accessibility and fit; the best one recommended."""

from __future__ import annotations

from dialogs.answers import Context, Pick, Rating
from dialogs.core.steps import ITEM, Each, Node, Phase, Step, StepId
from domain.models import Plan, Segment

PHASE = Phase.TARGETING


def ranked(plan: Plan) -> tuple[Segment, ...]:
    """Segments from the most to the least attractive (score, then fit with strengths)."""
    return tuple(sorted(plan.segments or (), key=lambda s: (-(s.score or 0), -(s.fit_rating or 0))))


def ranked_names(ctx: Context) -> tuple[str, ...]:
    """Names of the segments, best first."""
    return tuple(s.name for s in ranked(ctx.plan))


def scored(ctx: Context, name: str) -> str:
    """A segment's name with its score, the best one marked as recommended."""
    segment = ctx.plan.segment(name)
    score = segment.score if segment else None
    if score is None:
        return name
    best = ranked(ctx.plan)[0].name == name
    return ctx.t("target-option-best" if best else "target-option", name=name, score=score)


RATED = (StepId.TARGET,)

STEPS: tuple[Node, ...] = (
    Each(
        ("segments",),
        (
            Step(StepId.RATE_SIZE, Rating(), ("segments", ITEM, "size_rating"), invalidates=RATED),
            Step(StepId.RATE_ACCESS, Rating(), ("segments", ITEM, "access_rating"), invalidates=RATED),
            Step(StepId.RATE_FIT, Rating(), ("segments", ITEM, "fit_rating"), invalidates=RATED),
        ),
    ),
    Step(StepId.TARGET, Pick(items=ranked_names, own=False, label=scored), ("target",)),
)
