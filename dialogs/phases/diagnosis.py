"""Phase 1, the diagnosis: strengths, weaknesses, resources, skills, opportunities, threats, competitors."""

from __future__ import annotations

from dialogs.answers import Number, Rating, TextList
from dialogs.core.steps import ITEM, Each, Node, Phase, Step, StepId, named_items, names
from dialogs.parsing.number_lexicon import Unit
from dialogs.parsing.numbers import Period
from dialogs.phases.suggestions import from_preset, preset_number
from domain.models import Competitor

PHASE = Phase.DIAGNOSIS

STEPS: tuple[Node, ...] = (
    Step(
        StepId.STRENGTHS,
        TextList(suggestions=from_preset("strengths")),
        ("diagnosis", "strengths"),
        express=True,
    ),
    Step(StepId.WEAKNESSES, TextList(suggestions=from_preset("weaknesses")), ("diagnosis", "weaknesses")),
    Step(
        StepId.BUDGET,
        Number(Unit.MONEY, most=100_000_000, suggestions=preset_number("budget"), per=Period.YEAR),
        ("diagnosis", "budget"),
        express=True,
        rechecks=(StepId.ACTIONS,),
    ),
    Step(
        StepId.HOURS,
        Number(Unit.HOURS, most=168, suggestions=preset_number("hours_per_week"), per=Period.WEEK, days=5),
        ("diagnosis", "hours_per_week"),
        optional=True,
    ),
    Step(StepId.SKILLS, TextList(suggestions=from_preset("skills")), ("diagnosis", "skills"), optional=True),
    Step(
        StepId.OPPORTUNITIES,
        TextList(suggestions=from_preset("opportunities")),
        ("diagnosis", "opportunities"),
    ),
    Step(StepId.THREATS, TextList(suggestions=from_preset("threats")), ("diagnosis", "threats")),
    Step(
        StepId.COMPETITORS,
        TextList(least=0, most=5, suggestions=from_preset("competitors")),
        ("diagnosis", "competitors"),
        express=True,
        read=names,
        write=named_items(Competitor),
        invalidates=(StepId.RIVAL,),
    ),
    Each(
        ("diagnosis", "competitors"),
        (
            Step(StepId.COMPETITOR_PRICE, Rating(), ("diagnosis", "competitors", ITEM, "price")),
            Step(StepId.COMPETITOR_QUALITY, Rating(), ("diagnosis", "competitors", ITEM, "quality")),
        ),
    ),
)
