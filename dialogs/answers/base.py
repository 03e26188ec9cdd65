"""What every kind of answer shares: the context it reads in, and the base of fields (offer, read, show)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dialogs.parsing import choices
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer, fold, is_readable, parse_number
from domain.i18n import Catalog
from domain.models import Plan

MAX_TEXT = 400
MAX_ITEM = 150


@dataclass(frozen=True)
class Context:
    """What a field may look at while it reads an answer."""

    plan: Plan
    index: int | None
    t: Catalog
    today: date
    notes: list[str] = field(default_factory=list)
    """What the field understood that the user should see said back (a conversion, a correction), one line
    each; the engine shows them with the answer."""

    def item(self, items: Sequence[Any] | None) -> Any:
        """The item of a per-item step (the segment, competitor or objective being asked about)."""
        assert items is not None
        assert self.index is not None
        return items[self.index]


class Field:
    """Base of every kind of answer: free text, read with the user's own words."""

    multi = False
    free_text = True
    numbered = True

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """Answers offered to tap; free text may be accepted as well."""
        return ()

    def parse(self, raw: str, ctx: Context) -> Any:
        """Read a typed answer.

        Raises:
            InvalidAnswer: with the reason the user will read.
        """
        raise NotImplementedError

    def choose(self, ids: Sequence[str], ctx: Context) -> Any:
        """Read tapped options."""
        chosen = [o for o in self.options(ctx) if o.id in ids]
        if not chosen:
            raise InvalidAnswer("error-choice")
        return self.parse(chosen[0].label, ctx)

    def show(self, value: Any, ctx: Context) -> str:
        """An answer shown back to the user (review card, current answer)."""
        return str(value)

    def describe(self, ctx: Context) -> str | None:
        """Details to show under the question (what is being proposed), if any."""
        return None


def clean(raw: str, limit: int) -> str:
    """The answer trimmed, refused when empty, too long or unreadable."""
    text = raw.strip()
    if not text:
        raise InvalidAnswer("error-empty")
    if len(text) > limit:
        raise InvalidAnswer("error-too-long", limit=limit, length=len(text))
    if not is_readable(text):
        raise InvalidAnswer("error-unreadable")
    return text


def numbered(text: str, options: Sequence[Option]) -> str | None:
    """The label of the suggestion numbered ``text`` (``2``, ``n°2``, ``le 2``), if the text is such a number."""
    number = choices.number_of(text) if options else None
    return options[number - 1].label if number is not None and 1 <= number <= len(options) else None


def not_a_number(text: str) -> None:
    """Refuse a bare number where words are expected."""
    try:
        parse_number(text)
    except InvalidAnswer:
        return
    if fold(text).replace(" ", "").replace("%", "").isdecimal() or text.replace(" ", "").isdecimal():
        raise InvalidAnswer("error-words-expected")
