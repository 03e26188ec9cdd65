"""Phase 0, the profile: the business's name, activity, market and stage, and the interview's length."""

from __future__ import annotations

from dialogs.fields import Choice, Text
from dialogs.steps import Node, Phase, Step, StepId
from dialogs.suggestions import areas
from domain.models import Market, Mode, Plan, Sector, Stage
from domain.presets import preset

PHASE = Phase.PROFILE


def market_unknown(plan: Plan) -> bool:
    """Whether the sector leaves open who the customers are (a SaaS may sell to both)."""
    sector = plan.profile.sector
    return sector is None or preset(sector).market is None


def other_sector(plan: Plan) -> bool:
    """Whether the activity is none of the listed sectors."""
    return plan.profile.sector is Sector.OTHER


STEPS: tuple[Node, ...] = (
    Step(StepId.NAME, Text(limit=80, numeric=True), ("profile", "name"), express=True),
    Step(StepId.MODE, Choice(Mode), ("profile", "mode"), express=True),
    Step(StepId.SECTOR, Choice(Sector), ("profile", "sector"), express=True),
    Step(StepId.ACTIVITY, Text(limit=80), ("profile", "activity"), when=other_sector, optional=True),
    Step(
        StepId.MARKET,
        Choice(Market),
        ("profile", "market"),
        express=market_unknown,
        invalidates=(StepId.SEGMENT_WHO_B2C, StepId.SEGMENT_WHO_B2B),
    ),
    Step(StepId.STAGE, Choice(Stage), ("profile", "stage")),
    Step(StepId.AREA, Text(limit=120, numeric=True, suggestions=areas), ("profile", "area"), optional=True),
)
