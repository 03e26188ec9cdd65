"""The peer's interview: its states in order, what kind of answer each takes, and when each is asked.

The states are planbot's steps (``planbot flow``). Questions asked once per competitor, objective, segment or
action are loops: the item being asked about is ``user_data["i"]`` of the loop's list.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from bench.peer_texts import SECTORS, Sector

Data = dict[str, Any]


class Step(StrEnum):
    """A question, and the ConversationHandler state waiting for its answer (in the interview's order)."""

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
    AUDIENCE = "audience"
    TEAM = "team"
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
    OFFER = "offer"
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
    REMINDERS = "reminders"


class Kind(StrEnum):
    """How an answer is read."""

    TEXT = "text"
    NUMBER = "number"
    CHOICE = "choice"
    MULTI = "multi"
    LIST = "list"
    RATING = "rating"
    SPLIT = "split"
    DECISION = "decision"


S = Step
KIND: dict[Step, Kind] = {
    **dict.fromkeys((S.MODE, S.SECTOR, S.MARKET, S.STAGE, S.WEBSITE, S.GOAL, S.OBJECTIVE_METRIC), Kind.CHOICE),
    **dict.fromkeys((S.TARGET, S.RIVAL, S.PRICE_STRATEGY, S.ACTIONS, S.REMINDERS), Kind.CHOICE),
    **dict.fromkeys((S.CAPACITY, S.CUSTOMERS, S.RETURNING, S.AUDIENCE, S.TEAM, S.BUDGET, S.HOURS), Kind.NUMBER),
    **dict.fromkeys((S.MAIN_OBJECTIVE, S.OBJECTIVE_TARGET, S.SEGMENT_SIZE), Kind.NUMBER),
    **dict.fromkeys((S.PRICE_POINT, S.PURCHASES, S.MARGIN), Kind.NUMBER),
    **dict.fromkeys((S.STRENGTHS, S.WEAKNESSES, S.SKILLS, S.OPPORTUNITIES, S.THREATS), Kind.LIST),
    **dict.fromkeys((S.COMPETITORS, S.SEGMENTS, S.RANGE), Kind.LIST),
    **dict.fromkeys((S.COMPETITOR_PRICE, S.COMPETITOR_QUALITY, S.PRICE_LEVEL, S.QUALITY_LEVEL), Kind.RATING),
    **dict.fromkeys((S.RATE_SIZE, S.RATE_ACCESS, S.RATE_FIT), Kind.RATING),
    **dict.fromkeys((S.OBJECTIVE_KINDS, S.CHANNELS, S.TACTICS), Kind.MULTI),
    S.SPLIT: Kind.SPLIT,
    S.ACTION_DECISION: Kind.DECISION,
}
"""How each step's answer is read (text when not listed)."""

OPTIONAL = frozenset(
    {S.ACTIVITY, S.AREA, S.CAPACITY, S.CUSTOMERS, S.RETURNING, S.AUDIENCE, S.TEAM, S.HOURS, S.SKILLS}
    | {S.OBJECTIVE_TARGET, S.OBJECTIVE_DEADLINE, S.SEGMENT_SIZE, S.PROOF, S.RANGE, S.DIFFERENTIATION}
    | {S.AFTER_SALES, S.PURCHASES, S.MARGIN}
)
"""Steps that take /skip."""

LOOPS: dict[Step, tuple[str, str]] = {
    **dict.fromkeys((S.COMPETITOR_PRICE, S.COMPETITOR_QUALITY), ("competitors", "competitors")),
    **dict.fromkeys((S.OBJECTIVE_METRIC, S.OBJECTIVE_TARGET, S.OBJECTIVE_DEADLINE), ("objectives", "objectives")),
    **dict.fromkeys((S.SEGMENT_WHO_B2C, S.SEGMENT_WHO_B2B, S.SEGMENT_NEED, S.SEGMENT_SIZE), ("segments", "segments")),
    **dict.fromkeys((S.RATE_SIZE, S.RATE_ACCESS, S.RATE_FIT), ("ratings", "segments")),
    S.ACTION_DECISION: ("actions", "actions"),
}
"""Steps asked once per item: the loop they belong to, and the list of ``user_data`` they go through."""

ORDER = list(Step)
POSITION = {step: n for n, step in enumerate(ORDER)}
FIRST = {loop: min(POSITION[s] for s, (name, _) in LOOPS.items() if name == loop) for loop, _ in LOOPS.values()}
LAST = {loop: max(POSITION[s] for s, (name, _) in LOOPS.items() if name == loop) for loop, _ in LOOPS.values()}


def sector(data: Data) -> Sector:
    """The business model picked at the sector question."""
    return SECTORS[data.get("sector") or "other"]


def market(data: Data) -> str | None:
    """Who the business sells to: as answered, else as its business model says."""
    found: str | None = data.get("market") or sector(data).market
    return found


def complete(data: Data) -> bool:
    """Whether the user chose the complete interview."""
    return bool(data.get("mode") == "complete")


def express(data: Data) -> bool:
    """Whether the user chose the express interview."""
    return bool(data.get("mode") == "express")


def always(data: Data) -> bool:
    """Asked in both interviews."""
    return True


WHEN: dict[Step, Callable[[Data], bool]] = {
    **dict.fromkeys((S.NAME, S.MODE, S.SECTOR, S.STRENGTHS, S.BUDGET, S.COMPETITORS), always),
    **dict.fromkeys((S.DIFFERENCE, S.PRICE_POINT, S.REMINDERS), always),
    S.ACTIVITY: lambda d: complete(d) and d.get("sector") == "other",
    S.MARKET: lambda d: complete(d) or sector(d).market is None,
    S.WEBSITE: lambda d: sector(d).site_matters and (complete(d) or not sector(d).capacity_express),
    S.CAPACITY: lambda d: sector(d).sells_capacity and (complete(d) or sector(d).capacity_express),
    S.CUSTOMERS: lambda d: complete(d) and d.get("stage") != "idea",
    S.RETURNING: lambda d: complete(d) and d.get("customers") is not None,
    S.GOAL: express,
    S.MAIN_OBJECTIVE: lambda d: express(d) and d.get("goal") == "conquest",
    S.SEGMENT_WHO_B2C: lambda d: complete(d) and market(d) != "b2b",
    S.SEGMENT_WHO_B2B: lambda d: complete(d) and market(d) == "b2b",
    S.RIVAL: lambda d: complete(d) and len(d.get("competitors") or ()) > 1,
    S.SPLIT: lambda d: complete(d) and len(d.get("tactics") or ()) > 1,
    S.ACTIONS: lambda d: complete(d) and bool(d.get("tactics")),
    S.ACTION_DECISION: lambda d: d.get("review") == "each",
}
"""When each step is asked (only in the complete interview when not listed)."""


def following(data: Data, step: Step) -> Step:
    """The next question after ``step``, moving ``data["i"]`` along the loops; the last is the reminders one."""
    pos, i = POSITION[step], data.get("i", 0)
    while True:
        loop = LOOPS.get(ORDER[pos])
        if loop and pos == LAST[loop[0]] and i + 1 < len(data.get(loop[1]) or ()):
            pos, i = FIRST[loop[0]], i + 1
        else:
            pos += 1
            loop = LOOPS.get(ORDER[pos])
            if loop and pos == FIRST[loop[0]]:
                i = 0
                if not data.get(loop[1]):
                    pos = LAST[loop[0]]
                    continue
        candidate = ORDER[pos]
        if WHEN.get(candidate, complete)(data):
            data["i"] = i
            return candidate
