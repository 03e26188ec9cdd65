"""Which parts of the plan are complete: what the score counts as missing, and what the documents mark as such."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from domain.kpis import Kpi, suggest
from domain.models import ActionStatus, Plan

SECTIONS = (
    "profile",
    "diagnosis",
    "objectives",
    "segmentation",
    "targeting",
    "positioning",
    "mix",
    "actions",
    "kpis",
)
"""The parts of the plan, in order; each is titled by the catalogue key ``section-<part>``."""


def profile_complete(plan: Plan) -> bool:
    """The business is named, its activity and its market known."""
    p = plan.profile
    return None not in (p.name, p.sector, p.market)


def diagnosis_complete(plan: Plan) -> bool:
    """Every side of the SWOT is answered, and the budget."""
    d = plan.diagnosis
    return None not in (d.strengths, d.weaknesses, d.opportunities, d.threats, d.budget)


def objectives_complete(plan: Plan) -> bool:
    """Every objective counts something, has a number and a date (SMART)."""
    return bool(plan.objectives) and all(
        o.metric and o.target is not None and o.deadline for o in plan.objectives or ()
    )


def segmentation_complete(plan: Plan) -> bool:
    """Every segment says who it is and what it needs."""
    segments = plan.segments or ()
    return bool(segments) and all(s.who and s.need for s in segments)


def targeting_complete(plan: Plan) -> bool:
    """A segment is chosen as the target."""
    return bool(plan.segments) and plan.target is not None


def positioning_complete(plan: Plan) -> bool:
    """The positioning can be stated (a target and a benefit), with the price and quality levels."""
    pos = plan.positioning
    stated = plan.segment(plan.target) is not None and bool(pos.benefit)
    return stated and pos.price_level is not None and pos.quality_level is not None


def mix_complete(plan: Plan) -> bool:
    """The offer, the price strategy and point, the channels and the tactics are chosen."""
    mix = plan.mix
    return None not in (
        mix.product.offer,
        mix.price.strategy,
        mix.price.point,
        mix.place.channels,
        mix.promotion.tactics,
    )


def actions_complete(plan: Plan) -> bool:
    """The action plan is made, and no action is left only proposed."""
    return plan.actions is not None and all(a.status is not ActionStatus.PROPOSED for a in plan.actions)


def kpis_complete(kpis: Sequence[Kpi]) -> bool:
    """There are KPIs to follow, and each has a target."""
    return bool(kpis) and all(k.target for k in kpis)


COMPLETE: dict[str, Callable[[Plan, date], bool]] = {
    "profile": lambda plan, today: profile_complete(plan),
    "diagnosis": lambda plan, today: diagnosis_complete(plan),
    "objectives": lambda plan, today: objectives_complete(plan),
    "segmentation": lambda plan, today: segmentation_complete(plan),
    "targeting": lambda plan, today: targeting_complete(plan),
    "positioning": lambda plan, today: positioning_complete(plan),
    "mix": lambda plan, today: mix_complete(plan),
    "actions": lambda plan, today: actions_complete(plan),
    "kpis": lambda plan, today: kpis_complete(suggest(plan, today)),
}
"""Whether each part of the plan is complete, by part."""


def incomplete(plan: Plan, today: date) -> tuple[str, ...]:
    """The parts of the plan still to complete, in order."""
    return tuple(part for part in SECTIONS if not COMPLETE[part](plan, today))
