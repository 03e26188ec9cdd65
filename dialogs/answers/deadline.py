"""A date ahead: typed as a date, a month or in words ("avant Noël"), or a common horizon tapped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dialogs.answers.base import Context, Field, clean
from dialogs.parsing import hedges
from dialogs.parsing.options import Option
from dialogs.parsing.spoken_dates import said_back
from dialogs.parsing.text import InvalidAnswer
from dialogs.parsing.written_dates import parse_date

SOON = 60
"""Days under which a deadline is pointed out as close (``avant l'hiver`` said in November is three weeks off)."""


@dataclass(frozen=True)
class Deadline(Field):
    """A date or a month ahead; a month alone means its last day."""

    years_ahead: int = 10
    numbered = False

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """Common horizons: in six months, by the end of the year, in a year."""
        return tuple(Option(key, ctx.t(f"deadline-{key}")) for key in ("months6", "year-end", "year"))

    def choose(self, ids: Sequence[str], ctx: Context) -> date:
        """A tapped horizon."""
        found = [o for o in self.options(ctx) if o.id in ids]
        if not found:
            raise InvalidAnswer("error-choice")
        return self.parse(found[0].label, ctx)

    def parse(self, raw: str, ctx: Context) -> date:
        """The date, in the future; one said in words ("avant Noël", "fin juin") is said back."""
        text = hedges.corrected(hedges.roughly_dated(clean(raw, 60)))
        if re.fullmatch(r"[\d\s.,]+\s*[%€$£]", text):  # "60%", "500 €": the answer to another question
            raise InvalidAnswer("error-date")
        value = parse_date(text, ctx.t.lang, ctx.today)
        if value <= ctx.today:
            raise InvalidAnswer("error-date-past", date=ctx.t.day(value))
        if value.year > ctx.today.year + self.years_ahead:
            raise InvalidAnswer("error-date-far", years=self.years_ahead)
        ctx.notes.extend(said_back(text, value, ctx.t, ctx.today))
        if (value - ctx.today).days < SOON:
            ctx.notes.append(ctx.t("deadline-soon", days=(value - ctx.today).days))
        return value

    def show(self, value: Any, ctx: Context) -> str:
        """The date in words."""
        return ctx.t.day(value)
