"""A number answer: money, a count, hours, a percentage, read as people type them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dialogs.answers.base import Context, Field, clean
from dialogs.parsing.numbers import Asked, Noun, Period, Unit, counted, understand
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer
from domain.models import Plan


@dataclass(frozen=True)
class Number(Field):
    """A quantity: money, a count, hours, a percentage.

    ``per`` is the period it counts over (a budget per year), ``counts`` a duration it counts (billable days),
    ``days`` the days of its week (5 for hours of work); see :class:`dialogs.parsing.numbers.Asked`. ``of`` is,
    for a percentage, the whole it is a share of (the customers): a count typed instead (``60 contrats``) is
    turned into its share and said back.
    """

    unit: Unit = Unit.COUNT
    least: float = 0
    most: float | None = None
    whole: bool = False
    bounds: Callable[[Context], tuple[float, float | None]] | None = None
    suggestions: Callable[[Context], Sequence[float]] | None = None
    per: Period | Callable[[Plan], Period | None] | None = None
    counts: Noun | Callable[[Plan], Noun | None] | None = None
    days: int = 7
    of: Callable[[Plan], float | None] | None = None
    numbered = False

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """Suggested values (the sector's rule of thumb, or one computed from earlier answers)."""
        found = self.suggestions(ctx) if self.suggestions else ()
        return tuple(Option(f"s{i}", self.show(v, ctx)) for i, v in enumerate(found))

    def choose(self, ids: Sequence[str], ctx: Context) -> float | int:
        """A tapped suggestion."""
        found = [o for o in self.options(ctx) if o.id in ids]
        if not found:
            raise InvalidAnswer("error-choice")
        return self.parse(found[0].label, ctx)

    def parse(self, raw: str, ctx: Context) -> float | int:
        """The number as people type it (see :func:`dialogs.parsing.numbers.understand`), within its bounds."""
        per = self.per(ctx.plan) if callable(self.per) else self.per
        counts = self.counts(ctx.plan) if callable(self.counts) else self.counts
        asked = Asked(self.unit, per, counts, self.days, self.whole)
        share = self._share(clean(raw, 100), ctx)
        value = share if share is not None else understand(clean(raw, 100), asked, ctx.t, ctx.today, ctx.notes)
        least, most = self.bounds(ctx) if self.bounds else (self.least, self.most)
        if value < least:
            raise InvalidAnswer("error-number-low", least=ctx.t.number(least))
        if most is not None and value > most:
            raise InvalidAnswer("error-number-high", most=ctx.t.number(most))
        return int(value) if self.whole else value

    def _share(self, text: str, ctx: Context) -> float | None:
        """A percentage given as a count of the whole (``60 contrats`` of 500 customers: 12 %), said back."""
        count = counted(text) if self.unit is Unit.PERCENT and self.of is not None else None
        if count is None or self.of is None:
            return None
        whole = self.of(ctx.plan)
        if not whole:
            raise InvalidAnswer("error-share-as-count", count=count)
        if count > whole:
            raise InvalidAnswer("error-share-above-whole", count=count, whole=ctx.t.number(whole))
        value = round(100 * count / whole, 1)
        ctx.notes.append(
            ctx.t("numbers-fraction", value=ctx.t.percent(value), part=str(count), whole=ctx.t.number(whole))
        )
        return value

    def show(self, value: Any, ctx: Context) -> str:
        """The number with its unit."""
        if self.unit is Unit.MONEY:
            return ctx.t.money(value)
        if self.unit is Unit.PERCENT:
            return ctx.t.percent(value)
        if self.unit is Unit.HOURS:
            return ctx.t("value-hours", hours=ctx.t.number(value))
        return ctx.t.number(value)
