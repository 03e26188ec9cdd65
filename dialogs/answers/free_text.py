"""Answers in the user's own words: a sentence or a name, or a short list of items."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dialogs.answers.base import MAX_ITEM, MAX_TEXT, Context, Field, clean, not_a_number, numbered
from dialogs.parsing import hedges, lists
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer, fold, is_readable

ENUMERATED = re.compile(r"^\s*\d{1,2}\s*[,.)/-]\s*(?=[^\W\d_])")
"""A number opening a sentence as a list would (``1, on parle le langage des industriels``): not part of it."""


@dataclass(frozen=True)
class Text(Field):
    """A sentence or a name."""

    limit: int = MAX_TEXT
    numeric: bool = False
    suggestions: Callable[[Context], Sequence[str]] | None = None

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """Suggested answers, when the step has some."""
        found = self.suggestions(ctx) if self.suggestions else ()
        return tuple(Option(str(i), s) for i, s in enumerate(found))

    def parse(self, raw: str, ctx: Context) -> str:
        """The text without the filler around it, or the suggestion whose number was typed."""
        text = clean(hedges.tidy(raw), self.limit)
        suggested = numbered(text, self.options(ctx))
        if suggested is not None:
            return suggested
        if not self.numeric:
            not_a_number(text)
            text = ENUMERATED.sub("", text) or text
        return text[:1].upper() + text[1:] if text[:1].islower() and raw.strip()[:1].isdigit() else text


@dataclass(frozen=True)
class TextList(Field):
    """Several short items, separated by commas or new lines."""

    least: int = 1
    most: int = 8
    suggestions: Callable[[Context], Sequence[str]] | None = None
    none_words: frozenset[str] = frozenset({"aucun", "aucune", "rien", "none", "nothing", "no", "non"})

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """Suggested items."""
        found = self.suggestions(ctx) if self.suggestions else ()
        return tuple(Option(str(i), s) for i, s in enumerate(found))

    @property
    def multi(self) -> bool:  # type: ignore[override]
        """Suggestions may be ticked several at a time."""
        return True

    def parse(self, raw: str, ctx: Context) -> tuple[str, ...]:
        """The items, without the filler around them and without duplicates."""
        text = clean(hedges.tidy(raw), MAX_TEXT * 3)
        if self.least == 0 and (fold(text) in self.none_words or lists.nothing(fold(text))):
            return ()
        text = lists.only(text, fold(text))
        options = self.options(ctx)
        found = hedges.items(text, [o.label for o in options], self.least)
        items = [numbered(item, options) or item[:1].upper() + item[1:] for item in found]
        for item in items:
            if len(item) > MAX_ITEM:
                raise InvalidAnswer("error-item-too-long", limit=MAX_ITEM)
            if not is_readable(item):
                raise InvalidAnswer("error-unreadable")
            not_a_number(item)
        if len(items) < self.least:
            raise InvalidAnswer("error-list-few", least=self.least)
        if len(items) > self.most:
            raise InvalidAnswer("error-list-many", most=self.most)
        return tuple(items)

    def choose(self, ids: Sequence[str], ctx: Context) -> tuple[str, ...]:
        """The ticked suggestions, in the order shown."""
        chosen = [o.label for o in self.options(ctx) if o.id in ids]
        if not chosen and self.least == 0:
            return ()
        return self.parse("\n".join(chosen), ctx) if chosen else self.parse("", ctx)

    def show(self, value: Any, ctx: Context) -> str:
        """Items joined by commas."""
        return ", ".join(value) if value else ctx.t("value-none")
