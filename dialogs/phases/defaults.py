"""Express interview: the value sector presets give each step the user is not asked."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from dialogs.core.flow import Ref
from dialogs.core.steps import StepId
from dialogs.parsing.months import last_day
from dialogs.phases.mix import advised_split
from dialogs.phases.objectives import GOAL_METRIC
from domain.action_plan import merge, propose
from domain.business import BusinessModel, Family, model_of
from domain.models import Language, Plan, PriceStrategy, Tactic
from domain.presets import PresetSegment

Default = Callable[[Plan, Ref, BusinessModel, Language, date], Any]


def _segment(plan: Plan, ref: Ref, found: BusinessModel, lang: Language) -> PresetSegment | None:
    """The typical segment of that name; for the customers the user named, the model's best one stands in."""
    assert plan.segments is not None
    assert ref.index is not None
    name = plan.segments[ref.index].name.casefold()
    typical = found.texts(lang).segments(plan.profile.market)
    same = next((s for s in typical if s.name.casefold() == name), None)
    if same is None and name == (named_customers(plan) or "").casefold():
        best = max(typical, key=lambda s: sum(s.ratings))
        return best.model_copy(update={"name": plan.segments[ref.index].name})
    return same


FOR = re.compile(r"\b(?:pour|for|auprès des|auprès de|aux|to)\s+(?:les\s+|des\s+|the\s+)?(.{3,60})$", re.IGNORECASE)


def named_customers(plan: Plan) -> str | None:
    """The customers the user named with the activity ("logiciel de planning pour restaurants": "Restaurants")."""
    found = FOR.search(plan.profile.activity or "")
    if found is None:
        return None
    words = found.group(1).strip(" .!")
    return words[:1].upper() + words[1:]


def _rating(position: int) -> Default:
    def rating(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> int | None:
        segment = _segment(plan, ref, found, lang)
        return segment.ratings[position] if segment else None

    return rating


def _price_level(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> int:
    strategy = plan.mix.price.strategy or found.price_strategy
    shift = {PriceStrategy.PREMIUM: 1, PriceStrategy.SKIMMING: 1, PriceStrategy.PENETRATION: -1}.get(strategy, 0)
    return max(1, min(5, found.price_level + shift))


def _rival(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> str | None:
    competitors = plan.diagnosis.competitors or ()
    return competitors[0].name if competitors else None


def _texts(attribute: str, count: int | None = None) -> Default:
    def texts(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> Any:
        value = getattr(found.texts(lang), attribute)
        return tuple(value[:count]) if count else value

    return texts


def _number(attribute: str) -> Default:
    return lambda plan, ref, found, lang, today: getattr(found, attribute)


def _metric(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> Any:
    assert plan.objectives is not None
    assert ref.index is not None
    return GOAL_METRIC[plan.objectives[ref.index].kind]


def _segments(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> tuple[str, ...]:
    """The model's typical segments, best first; the customers the user named come first and replace the best."""
    typical = sorted(found.texts(lang).segments(plan.profile.market), key=lambda s: -sum(s.ratings))
    named = named_customers(plan)
    if named is not None:
        return (named, *(s.name for s in typical[1:]))
    return tuple(s.name for s in typical)


def _purchases(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> float:
    """Purchases a year per customer: the model's regular's, blended with the share who never come back."""
    returning = plan.facts.returning
    if returning is None or found.purchases_per_year <= 1 or found.family is Family.SUBSCRIPTION:
        return found.purchases_per_year  # a subscriber pays every month while subscribed: churn counts the rest
    return round(1 + returning / 100 * (found.purchases_per_year - 1), 1)


CREDENTIAL = re.compile(
    r"dipl[oô]m|certifi|agr[ée]{2}|labell?is|qualifi|\bRGE\b|BPJEPS|brevet|licenci[ée]|ma[iî]tre artisan|MOF\b"
    r"|qualified|licen[cs]ed|accredited|award",
    re.IGNORECASE,
)
"""A strength that is a credential ("Diplômée BPJEPS", "certifié RGE"): a proof, in the user's own words."""


def _proof(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> str | None:
    """A proof the user stated themselves, none else.

    A strength with a figure in it ("15 ans de DRH en usine"), else a credential ("Diplômée BPJEPS").
    """
    strengths = plan.diagnosis.strengths or ()
    figured = next((s for s in strengths if any(c.isdigit() for c in s)), None)
    return figured or next((s for s in strengths if CREDENTIAL.search(s)), None)


def _split(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> Any:
    return advised_split(plan)


def _differentiation(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> str:
    difference = plan.positioning.difference
    return difference[:1].upper() + difference[1:] if difference else found.texts(lang).differentiation


def _target(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> str | None:
    scored = [s for s in plan.segments or () if s.score is not None]
    return max(scored, key=lambda s: s.score or 0).name if scored else None


def _offer(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> str:
    """The model's typical offer (an offer, not a job title); the user's own words where no model fits."""
    if found.id == "other" and plan.profile.activity:
        return plan.profile.activity
    return found.texts(lang).offer


def _tactics(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> tuple[Tactic, ...]:
    """The model's usual tactics that the facts allow; one serving the main goal replaces the last if none does."""
    goal = plan.objectives[0].kind if plan.objectives else None
    serving = list(
        dict.fromkeys(
            a.tactic for a in found.actions if a.objective is goal and a.fits(plan) and a.tactic not in found.unfit
        )
    )
    chosen = [t for t in found.tactics if any(a.fits(plan) for a in found.of(t))][:4]
    if serving and not any(t in serving for t in chosen):
        chosen = [*chosen[:3], serving[0]]
    return tuple(chosen)


def _actions(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> Any:
    return merge(plan.actions, propose(plan, lang, today, accepted=True), accept=True)


def _deadline(plan: Plan, ref: Ref, found: BusinessModel, lang: Language, today: date) -> date:
    return last_day(today.year + 1, today.month)


DEFAULTS: dict[StepId, Default] = {
    StepId.MARKET: lambda plan, ref, found, lang, today: found.market,
    StepId.WEAKNESSES: _texts("weaknesses", 3),
    StepId.HOURS: _number("hours_per_week"),
    StepId.SKILLS: _texts("skills", 3),
    StepId.OPPORTUNITIES: _texts("opportunities", 3),
    StepId.THREATS: _texts("threats", 3),
    StepId.OBJECTIVE_DEADLINE: _deadline,
    StepId.SEGMENT_WHO_B2C: lambda plan, ref, found, lang, today: getattr(
        _segment(plan, ref, found, lang), "who", None
    ),
    StepId.SEGMENT_WHO_B2B: lambda plan, ref, found, lang, today: getattr(
        _segment(plan, ref, found, lang), "who", None
    ),
    StepId.SEGMENT_NEED: lambda plan, ref, found, lang, today: getattr(_segment(plan, ref, found, lang), "need", None),
    StepId.RATE_SIZE: _rating(0),
    StepId.RATE_ACCESS: _rating(1),
    StepId.RATE_FIT: _rating(2),
    StepId.BENEFIT: _texts("benefit"),
    StepId.RIVAL: _rival,
    StepId.OBJECTIVE_METRIC: _metric,
    StepId.SEGMENTS: _segments,
    StepId.TARGET: _target,
    StepId.OFFER: _offer,
    StepId.PRICE_LEVEL: _price_level,
    StepId.QUALITY_LEVEL: _number("quality_level"),
    StepId.RANGE: _texts("range"),
    StepId.DIFFERENTIATION: _differentiation,
    StepId.SPLIT: _split,
    StepId.PROOF: _proof,
    StepId.AFTER_SALES: _texts("after_sales"),
    StepId.PRICE_STRATEGY: _number("price_strategy"),
    StepId.PURCHASES: _purchases,
    StepId.MARGIN: _number("margin"),
    StepId.CHANNELS: _number("channels"),
    StepId.TACTICS: _tactics,
    StepId.ACTIONS: _actions,
}


def default(plan: Plan, ref: Ref, lang: Language, today: date) -> Any:
    """The preset value for a step the express interview does not ask, or ``None`` when there is none."""
    make = DEFAULTS.get(ref.step.id)
    found = model_of(plan)
    if make is None or found is None:
        return None
    return make(plan, ref, found, lang, today)
