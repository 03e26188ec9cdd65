"""The interview's vocabulary: its phases and its steps, by the names stored in sessions.

The steps are declared in ``dialogs/phases/``; the domain names them here so that a rule pointing the user back to
a question (a fix's ``review``) names one that exists, and a typo fails where it is written.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NewType


class Phase(StrEnum):
    """The phases of the method, in the order they are asked."""

    PROFILE = "profile"
    DIAGNOSIS = "diagnosis"
    OBJECTIVES = "objectives"
    SEGMENTATION = "segmentation"
    TARGETING = "targeting"
    POSITIONING = "positioning"
    MIX = "mix"
    ACTIONS = "actions"


class StepId(StrEnum):
    """Every question of the interview, by a readable name stored as it is."""

    NAME = "name"
    MODE = "mode"
    SECTOR = "sector"
    ACTIVITY = "activity"
    MARKET = "market"
    STAGE = "stage"
    AREA = "area"
    WEBSITE = "website"
    CAPACITY = "capacity"
    CUSTOMERS = "customers"
    RETURNING = "returning"
    CHURN = "churn"
    AUDIENCE = "audience"
    TEAM = "team"
    OFFER = "offer"
    STRENGTHS = "strengths"
    WEAKNESSES = "weaknesses"
    BUDGET = "budget"
    HOURS = "hours"
    SKILLS = "skills"
    OPPORTUNITIES = "opportunities"
    THREATS = "threats"
    COMPETITORS = "competitors"
    COMPETITOR_PRICE = "competitor_price"
    COMPETITOR_QUALITY = "competitor_quality"
    GOAL = "goal"
    MAIN_OBJECTIVE = "main_objective"
    OBJECTIVE_KINDS = "objective_kinds"
    OBJECTIVE_METRIC = "objective_metric"
    OBJECTIVE_TARGET = "objective_target"
    OBJECTIVE_DEADLINE = "objective_deadline"
    SEGMENTS = "segments"
    SEGMENT_WHO_B2C = "segment_who_b2c"
    SEGMENT_WHO_B2B = "segment_who_b2b"
    SEGMENT_NEED = "segment_need"
    SEGMENT_SIZE = "segment_size"
    RATE_SIZE = "rate_size"
    RATE_ACCESS = "rate_access"
    RATE_FIT = "rate_fit"
    TARGET = "target"
    BENEFIT = "benefit"
    RIVAL = "rival"
    DIFFERENCE = "difference"
    PROOF = "proof"
    PRICE_LEVEL = "price_level"
    QUALITY_LEVEL = "quality_level"
    RANGE = "range"
    DIFFERENTIATION = "differentiation"
    AFTER_SALES = "after_sales"
    PRICE_STRATEGY = "price_strategy"
    PRICE_POINT = "price_point"
    PURCHASES = "purchases"
    MARGIN = "margin"
    CHANNELS = "channels"
    TACTICS = "tactics"
    SPLIT = "split"
    ACTIONS = "actions"
    ACTION_DECISION = "action_decision"


StepKey = NewType("StepKey", str)
"""A question as stored and put in buttons: a step id, with the item's index for steps asked once per item
(``segment_need:1``)."""


def step_key(step: StepId, index: int | None = None) -> StepKey:
    """The key of a step, or of a per-item step about the item at ``index``."""
    return StepKey(step.value if index is None else f"{step.value}:{index}")
