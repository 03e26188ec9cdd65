"""Phase 6, the marketing mix: product, price, place and promotion, with the budget split between tactics."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dialogs.answers import Choice, Context, Field, MultiChoice, Number, Text, TextList
from dialogs.core.steps import Node, Phase, Step, StepId
from dialogs.parsing import choices, lists, shares
from dialogs.parsing.choices import match_option
from dialogs.parsing.number_lexicon import Unit
from dialogs.parsing.numbers import Period
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer, fold, parse_number
from dialogs.phases.suggestions import from_preset, preset_list, preset_number
from domain.action_plan import tactic_weights, whole_euros
from domain.models import BudgetShare, Channel, Plan, PriceStrategy, Tactic

PHASE = Phase.MIX
EVEN = "even"
_EVEN_WORDS = {
    "egal",
    "egale",
    "egales",
    "parts egales",
    "a parts egales",
    "equal",
    "equally",
    "even",
    "evenly",
}


_ADVISED_WORDS = {
    fold(w)
    for w in (
        "selon le coût",
        "selon le cout des actions",
        "selon le coût des actions",
        "as the actions cost",
        "by cost",
    )
}
ADVISED = "advised"


def even_split(tactics: Sequence[Tactic]) -> tuple[BudgetShare, ...]:
    """The budget shared equally between tactics."""
    return tuple(BudgetShare(tactic=t, percent=round(100 / len(tactics), 1)) for t in tactics)


def advised_split(plan: Plan) -> tuple[BudgetShare, ...]:
    """The budget shared as the tactics' actions cost (a Google profile costs nothing, a market stall does)."""
    weights = tactic_weights(plan)
    total = sum(weights.values())
    if not total:
        return even_split(tuple(weights))
    percents = whole_euros([100 * w / total for w in weights.values()])
    return tuple(BudgetShare(tactic=t, percent=p) for t, p in zip(weights, percents, strict=True))


def _tactic_named(words: str, options: Sequence[Option], ctx: Context) -> Tactic | None:
    """The tactic a few typed words name (its label, a typo, a synonym), if exactly one."""
    found = match_option(words, options)
    if found is None:
        try:
            found = choices.one(words, options, ctx.t, "tactic")
        except InvalidAnswer:
            return None
    return Tactic(found.id)


@dataclass(frozen=True)
class Split(Field):
    """How the promotion budget is shared: ``50, 30, 20``, ``SEO 50, emailing 50``, amounts, or equally."""

    def _tactics(self, ctx: Context) -> tuple[Tactic, ...]:
        return ctx.plan.mix.promotion.tactics or ()

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """Sharing equally, or as the actions cost, in one tap."""
        return (Option(EVEN, ctx.t("split-even")), Option(ADVISED, ctx.t("split-advised")))

    def choose(self, ids: Sequence[str], ctx: Context) -> tuple[BudgetShare, ...]:
        """The equal split, or the one the actions' costs advise."""
        if list(ids) == [ADVISED]:
            return advised_split(ctx.plan)
        if list(ids) != [EVEN]:
            raise InvalidAnswer("error-choice")
        return even_split(self._tactics(ctx))

    def parse(self, raw: str, ctx: Context) -> tuple[BudgetShare, ...]:
        """The shares, in percent of the budget."""
        tactics = self._tactics(ctx)
        text = raw.strip()
        if not text:
            raise InvalidAnswer("error-empty")
        if fold(text) in _EVEN_WORDS or text == "1" or shares.equal(text):
            return even_split(tactics)
        if text == "2" or fold(text) in _ADVISED_WORDS:
            return advised_split(ctx.plan)
        options = [Option(t.value, ctx.t.label(t)) for t in tactics]
        on = shares.everything_on(text)
        if on is not None and (chosen := _tactic_named(on, options, ctx)) is not None:
            return tuple(BudgetShare(tactic=t, percent=100.0 if t is chosen else 0.0) for t in tactics)
        values = self._values(shares.canonical(text), tactics, ctx)
        total = sum(values.values())
        budget = ctx.plan.diagnosis.budget
        if total <= 0:
            raise InvalidAnswer("error-split-sum", total=ctx.t.number(total))
        if abs(total - 100) > 1:
            if budget and abs(total - budget) <= max(1.0, budget * 0.01):
                values = {t: v * 100 / budget for t, v in values.items()}
            else:
                raise InvalidAnswer("error-split-sum", total=ctx.t.number(total))
        return tuple(BudgetShare(tactic=t, percent=round(values.get(t, 0), 1)) for t in tactics)

    def _values(self, text: str, tactics: Sequence[Tactic], ctx: Context) -> dict[Tactic, float]:
        parts = lists.split(text)  # duplicates kept: "40, 20, 20, 20" are four shares
        labelled = [re.match(r"^(.*?[^\d\s].*?)\s*[:=]?\s*([\d][\d\s.,]*\s*[%€kK]?)$", p.strip()) for p in parts]
        options = [Option(t.value, ctx.t.label(t)) for t in tactics]
        if parts and all(labelled):
            values: dict[Tactic, float] = {}
            for match in labelled:
                assert match is not None
                found = _tactic_named(match.group(1), options, ctx)
                if found is None:
                    raise InvalidAnswer("error-choice-unknown", answer=match.group(1)[:40])
                values[found] = parse_number(match.group(2))
            return values
        numbers = [parse_number(p) for p in (parts if len(parts) > 1 else text.split())]
        if len(numbers) != len(tactics):
            raise InvalidAnswer("error-split-count", count=len(tactics))
        return dict(zip(tactics, numbers, strict=True))

    def show(self, value: Any, ctx: Context) -> str:
        """Each tactic with its share."""
        return ", ".join(f"{ctx.t.label(s.tactic)} {ctx.t.percent(s.percent)}" for s in value)


def several_tactics(plan: Plan) -> bool:
    """Whether there is a budget to share between several tactics."""
    return len(plan.mix.promotion.tactics or ()) > 1 and bool(plan.diagnosis.budget)


STEPS: tuple[Node, ...] = (
    Step(
        StepId.OFFER,
        Text(limit=300, suggestions=from_preset("offer")),
        ("mix", "product", "offer"),
    ),
    Step(
        StepId.RANGE,
        TextList(most=10, suggestions=from_preset("range")),
        ("mix", "product", "range"),
        optional=True,
    ),
    Step(
        StepId.DIFFERENTIATION,
        Text(limit=300, suggestions=from_preset("differentiation")),
        ("mix", "product", "differentiation"),
        optional=True,
    ),
    Step(
        StepId.AFTER_SALES,
        Text(limit=300, suggestions=from_preset("after_sales")),
        ("mix", "product", "after_sales"),
        optional=True,
    ),
    Step(
        StepId.PRICE_STRATEGY,
        Choice(PriceStrategy, recommended=preset_list("price_strategy")),
        ("mix", "price", "strategy"),
    ),
    Step(
        StepId.PRICE_POINT,
        Number(Unit.MONEY, least=0.01, most=10_000_000, suggestions=preset_number("price_point"), per=Period.PURCHASE),
        ("mix", "price", "point"),
        express=True,
    ),
    Step(
        StepId.PURCHASES,
        Number(Unit.COUNT, least=0.1, most=1000, suggestions=preset_number("purchases_per_year"), per=Period.YEAR),
        ("mix", "price", "purchases_per_year"),
        optional=True,
    ),
    Step(
        StepId.MARGIN,
        Number(Unit.PERCENT, least=0, most=100, suggestions=preset_number("margin")),
        ("mix", "price", "margin"),
        optional=True,
    ),
    Step(StepId.CHANNELS, MultiChoice(Channel, recommended=preset_list("channels")), ("mix", "place", "channels")),
    Step(
        StepId.TACTICS,
        MultiChoice(Tactic, recommended=preset_list("tactics")),
        ("mix", "promotion", "tactics"),
        invalidates=(StepId.SPLIT,),
        rechecks=(StepId.ACTIONS,),
    ),
    Step(StepId.SPLIT, Split(), ("mix", "promotion", "split"), when=several_tactics, rechecks=(StepId.ACTIONS,)),
)
