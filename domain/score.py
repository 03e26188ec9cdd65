"""The plan score, out of 100: what every rule finds costs points; the heaviest findings are the changes to make."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date

from domain.advice import Finding, Fix, Rule
from domain.budget_use import budget_unused
from domain.coaching import smart_objectives, swot_sides, vague_positioning
from domain.completeness import incomplete
from domain.consistency import (
    action_without_objective,
    budget_short_of_objective,
    ltv_cac_low,
    objective_without_action,
    paid_without_budget,
    premium_with_penetration,
    target_low_fit,
)
from domain.fit import CAP, FIT, workload
from domain.i18n import Catalog
from domain.models import Plan
from domain.reach import reach_beyond_target
from domain.replacement import shrinking
from domain.share_jump import share_jump
from domain.vocabulary import StepId

MISSING_SECTION = 7
TOP = 3


def missing_parts(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """Every part of the plan still to complete."""
    for part in incomplete(plan, today):
        title = t(f"section-{part}")
        yield Finding(
            f"missing:{part}", t("score-missing", section=title), MISSING_SECTION, gain=t("gain-missing", section=title)
        )


def no_proof(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """A positioning is believed when something proves it."""
    if plan.positioning.difference and not plan.positioning.proof:
        fixes = (Fix("review", t("fix-add-proof"), review=(StepId.PROOF,)), Fix("keep", t("coach-keep")))
        yield Finding("no-proof", t("score-no-proof"), 3, fixes, t("gain-proof"))


def thin_swot(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """A SWOT with a single item on a side says too little."""
    d = plan.diagnosis
    sides = {
        StepId.STRENGTHS: d.strengths,
        StepId.WEAKNESSES: d.weaknesses,
        StepId.OPPORTUNITIES: d.opportunities,
        StepId.THREATS: d.threats,
    }  # each side is asked by the step of its name, and labelled ``swot-<side>``
    thin = [side for side, items in sides.items() if items is not None and len(items) < 2]
    if thin:
        labels = ", ".join(t(f"swot-{side.value}") for side in thin)
        fixes = (Fix("review", t("fix-review-swot"), review=(thin[0],)), Fix("keep", t("coach-keep")))
        yield Finding("thin-swot", t("score-thin-swot", sides=labels), 3, fixes, t("gain-thin-swot"))


COACHING: tuple[Rule, ...] = (smart_objectives, swot_sides, vague_positioning)
CONSISTENCY: tuple[Rule, ...] = (
    premium_with_penetration,
    paid_without_budget,
    budget_short_of_objective,
    target_low_fit,
    ltv_cac_low,
    objective_without_action,
    action_without_objective,
    workload,
    budget_unused,
    share_jump,
    shrinking,
    reach_beyond_target,
)
RULES: tuple[Rule, ...] = (*COACHING, *CONSISTENCY, *FIT, no_proof, thin_swot, missing_parts)


def findings(plan: Plan, t: Catalog, today: date, rules: tuple[Rule, ...] = RULES) -> list[Finding]:
    """Everything the rules find, heaviest first."""
    found = [finding for rule in rules for finding in rule(plan, t, today)]
    return sorted(found, key=lambda f: -f.weight)


@dataclass(frozen=True)
class Score:
    """The score out of 100 and the changes that would raise it most."""

    value: int
    top: tuple[Finding, ...]
    findings: tuple[Finding, ...]


ASSUMED = (
    StepId.PRICE_POINT,
    StepId.MARGIN,
    StepId.PURCHASES,
    StepId.CAPACITY,
    StepId.HOURS,
    StepId.SEGMENTS,
    StepId.TARGET,
)
"""The answers the targets, the actions and the checks of fit rest on most: from the sector's presets, a draft."""


def assumptions(t: Catalog, presets: Collection[str]) -> Iterator[Finding]:
    """Several of the answers the plan rests on are the sector's presets, not the user's: a draft to confirm."""
    assumed = [step for step in ASSUMED if step.value in presets]
    if len(assumed) < 2:
        return
    names = ", ".join(t(f"label-{step.value}") for step in assumed)
    fixes = (Fix("review", t("fix-review-presets"), review=tuple(assumed)), Fix("keep", t("coach-keep")))
    text = t("presets-assumed", count=len(assumed), names=names)
    yield Finding("presets", text, min(12, 2 * len(assumed)), fixes, t("gain-presets"))


def score(plan: Plan, t: Catalog, today: date, presets: Collection[str] = ()) -> Score:
    """Score a plan: 100 minus what its findings weigh, never below 0, and at most 70 when it does not fit.

    A fault of fit (a tactic or KPI foreign to the business, site work without a site, a capacity breach, an
    unsound target, an unconfirmed claim, a plan shorter than a year) caps the score whatever else is right.
    ``presets``: the answers the sector's presets gave (express); a plan resting on several is a draft.
    """
    found = sorted([*findings(plan, t, today), *assumptions(t, presets)], key=lambda f: -f.weight)
    value = max(0, 100 - sum(f.weight for f in found))
    if any(f.rule.startswith("fit:") for f in found):
        value = min(value, CAP)
    return Score(value, tuple(found[:TOP]), tuple(found))
