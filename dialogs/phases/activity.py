"""The activity: a business model picked from the list, or recognised in the user's own words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dialogs.answers.base import MAX_ITEM, Context, Field, clean
from dialogs.core.steps import Path, get, put
from dialogs.parsing.choices import match_option
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer
from domain.business import business, names, recognise
from domain.models import Plan


@dataclass(frozen=True)
class Picked:
    """A business model, and the user's own words for the activity when they typed them."""

    model: str
    words: str | None = None


@dataclass(frozen=True)
class Activity(Field):
    """A business model: tapped, typed by number or name, or described in one's own words (never refused).

    Words that name no model land on the generic one, the words kept as the activity.
    """

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """Every business model, by its short label."""
        return tuple(Option(name, business(name).texts(ctx.t.lang).label) for name in names())

    def parse(self, raw: str, ctx: Context) -> Picked:
        """The model named by number or label, else the one the words describe."""
        text = clean(raw, MAX_ITEM)
        options = self.options(ctx)
        found = match_option(text, options)
        if found is not None:
            return Picked(found.id)
        if not any(c.isalpha() for c in text):
            raise InvalidAnswer("error-choice")
        return Picked(recognise(text) or "other", text[:1].upper() + text[1:])

    def choose(self, ids: Sequence[str], ctx: Context) -> Picked:
        """The tapped model."""
        if ids[0] not in names():
            raise InvalidAnswer("error-choice")
        return Picked(ids[0])

    def show(self, value: Any, ctx: Context) -> str:
        """The model's label."""
        name = value.model if isinstance(value, Picked) else str(value)
        return business(name).texts(ctx.t.lang).label


def write_activity(plan: Plan, path: Path, picked: Picked) -> Plan:
    """The model, its coarse sector, and the user's words for the activity (kept when a listed model is tapped)."""
    profile = get(plan, ("profile",))
    changed = profile.model != picked.model
    activity = picked.words if picked.words is not None else (None if changed else profile.activity)
    update = {"model": picked.model, "sector": business(picked.model).sector, "activity": activity}
    if changed:
        update["market"] = None
    return put(plan, ("profile",), profile.model_copy(update=update))
