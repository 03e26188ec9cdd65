"""Answers picked from options: one or several members of an enumeration, or one of the plan's own items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from dialogs.answers.base import MAX_ITEM, MAX_TEXT, Context, Field, clean, not_a_number
from dialogs.parsing import choices, hedges, scales, synonyms
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer

E = TypeVar("E", bound=StrEnum)


def _marked(members: Sequence[StrEnum], advised: Sequence[object], ctx: Context) -> tuple[Option, ...]:
    """Options for enum members, an advised mark on those the sector usually picks."""
    mark = ctx.t("advised-mark")
    return tuple(Option(m.value, f"{ctx.t.label(m)} {mark}" if m in advised else ctx.t.label(m)) for m in members)


@dataclass(frozen=True)
class Choice(Field, Generic[E]):
    """One of an enumeration's members."""

    enum: type[E]
    only: Callable[[Context], Sequence[E]] | None = None
    recommended: Callable[[Context], Sequence[object]] | None = None
    free_text = False

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """The members, labelled in the user's language; those the sector usually picks are marked."""
        members = self.only(ctx) if self.only else list(self.enum)
        return _marked(members, self.recommended(ctx) if self.recommended else (), ctx)

    def parse(self, raw: str, ctx: Context) -> E:
        """The member named by number, label, synonym or with a typo (see :func:`dialogs.parsing.choices.one`)."""
        table, reader = synonyms.table_of(self.enum), scales.READERS.get(self.enum)
        read = (lambda text: reader(text, ctx.today)) if reader else None
        return self.enum(choices.one(clean(raw, MAX_TEXT), self.options(ctx), ctx.t, table, read, ctx.notes).id)

    def choose(self, ids: Sequence[str], ctx: Context) -> E:
        """The tapped member."""
        if ids[0] not in {o.id for o in self.options(ctx)}:
            raise InvalidAnswer("error-choice")
        return self.enum(ids[0])

    def show(self, value: Any, ctx: Context) -> str:
        """The member's label."""
        return ctx.t.label(value)


@dataclass(frozen=True)
class MultiChoice(Field, Generic[E]):
    """Several of an enumeration's members (``1,3`` or labels separated by commas)."""

    enum: type[E]
    least: int = 1
    most: int | None = None
    recommended: Callable[[Context], Sequence[object]] | None = None
    free_text = False
    multi = True

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """The members, labelled in the user's language; those the sector usually picks are marked."""
        return _marked(list(self.enum), self.recommended(ctx) if self.recommended else (), ctx)

    def parse(self, raw: str, ctx: Context) -> tuple[E, ...]:
        """The members named; an item not recognised is asked about, the others ticked (see ``choices.several``)."""
        options, table = self.options(ctx), synonyms.table_of(self.enum)
        return self.choose(choices.several(clean(raw, MAX_TEXT), options, ctx.t, table, ctx.notes), ctx)

    def choose(self, ids: Sequence[str], ctx: Context) -> tuple[E, ...]:
        """The ticked members, in the order shown."""
        known = [o.id for o in self.options(ctx)]
        if any(i not in known for i in ids):
            raise InvalidAnswer("error-choice")
        chosen = tuple(self.enum(i) for i in known if i in ids)
        if len(chosen) < self.least:
            raise InvalidAnswer("error-choice-few", least=self.least)
        if self.most is not None and len(chosen) > self.most:
            raise InvalidAnswer("error-choice-many", most=self.most)
        return chosen

    def show(self, value: Any, ctx: Context) -> str:
        """The members' labels joined by commas."""
        return ", ".join(ctx.t.label(v) for v in value)


@dataclass(frozen=True)
class Pick(Field):
    """One of a list computed from the plan (a segment, a competitor), or a name of one's own."""

    items: Callable[[Context], Sequence[str]] = field(default=lambda ctx: ())
    own: bool = True
    label: Callable[[Context, str], str] | None = None

    @property
    def free_text(self) -> bool:  # type: ignore[override]
        """Whether a name of one's own is accepted."""
        return self.own

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """The names, possibly annotated (a score, a recommendation)."""
        return tuple(
            Option(str(i), self.label(ctx, name) if self.label else name) for i, name in enumerate(self.items(ctx))
        )

    def parse(self, raw: str, ctx: Context) -> str:
        """The name chosen (by number, name, part or typo; "which?" when two are as close) or one's own, tidied."""
        text = clean(hedges.tidy(raw) or raw, MAX_ITEM)
        names = list(self.items(ctx))
        options = [Option(str(i), n) for i, n in enumerate(names)]
        try:
            return names[int(choices.one(text, options, ctx.t, notes=ctx.notes).id)]
        except choices.Ambiguous:
            raise
        except InvalidAnswer:
            if not self.own:
                raise
        not_a_number(text)
        return text

    def choose(self, ids: Sequence[str], ctx: Context) -> str:
        """The tapped name."""
        names = list(self.items(ctx))
        if not ids[0].isdecimal() or int(ids[0]) >= len(names):
            raise InvalidAnswer("error-choice")
        return names[int(ids[0])]
