"""A rating from 1 to 5, tapped or typed in digits, words or stars."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dialogs.answers.base import MAX_TEXT, Context, Field, clean
from dialogs.parsing import scales
from dialogs.parsing.options import Option


@dataclass(frozen=True)
class Rating(Field):
    """A level from 1 to 5, tapped or typed (``4``, ``4/5``, ``★★★★``)."""

    free_text = False

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """One to five."""
        return tuple(Option(str(n), str(n)) for n in range(1, 6))

    def parse(self, raw: str, ctx: Context) -> int:
        """The level, in digits, words or stars (see :func:`scales.score`); a comment after it is said back."""
        text = raw.strip()[:MAX_TEXT] if scales.STARS.search(raw) or "**" in raw else clean(raw, MAX_TEXT)
        return scales.score(text, self.options(ctx), ctx.t, ctx.notes)

    def choose(self, ids: Sequence[str], ctx: Context) -> int:
        """The tapped level."""
        return self.parse(ids[0], ctx)
