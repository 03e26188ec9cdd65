"""Kinds of answers: how each is offered (options), read (parse), validated and shown back."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from dialogs.parsing import choices, hedges, lists, scales, synonyms
from dialogs.parsing.numbers import Asked, Noun, Period, Unit, understand
from dialogs.parsing.spoken_dates import said_back
from dialogs.parsing.text import InvalidAnswer, fold, is_readable, parse_date, parse_number
from domain.i18n import Catalog
from domain.models import Plan

E = TypeVar("E", bound=StrEnum)

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


@dataclass(frozen=True)
class Option:
    """One answer offered as a button (Telegram) or a numbered line (console)."""

    id: str
    label: str


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


def _clean(raw: str, limit: int) -> str:
    text = raw.strip()
    if not text:
        raise InvalidAnswer("error-empty")
    if len(text) > limit:
        raise InvalidAnswer("error-too-long", limit=limit, length=len(text))
    if not is_readable(text):
        raise InvalidAnswer("error-unreadable")
    return text


def _numbered(text: str, options: Sequence[Option]) -> str | None:
    """The label of the suggestion numbered ``text`` (``2``, ``n°2``, ``le 2``), if the text is such a number."""
    number = choices.number_of(text) if options else None
    return options[number - 1].label if number is not None and 1 <= number <= len(options) else None


def _not_a_number(text: str) -> None:
    try:
        parse_number(text)
    except InvalidAnswer:
        return
    if fold(text).replace(" ", "").replace("%", "").isdecimal() or text.replace(" ", "").isdecimal():
        raise InvalidAnswer("error-words-expected")


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
        text = _clean(hedges.tidy(raw), self.limit)
        suggested = _numbered(text, self.options(ctx))
        if suggested is not None:
            return suggested
        if not self.numeric:
            _not_a_number(text)
        return text


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
        text = _clean(hedges.tidy(raw), MAX_TEXT * 3)
        if self.least == 0 and (fold(text) in self.none_words or lists.nothing(fold(text))):
            return ()
        text = lists.only(text, fold(text))
        options = self.options(ctx)
        found = hedges.items(text, [o.label for o in options], self.least)
        items = [_numbered(item, options) or item[:1].upper() + item[1:] for item in found]
        for item in items:
            if len(item) > MAX_ITEM:
                raise InvalidAnswer("error-item-too-long", limit=MAX_ITEM)
            if not is_readable(item):
                raise InvalidAnswer("error-unreadable")
            _not_a_number(item)
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


@dataclass(frozen=True)
class Number(Field):
    """A quantity: money, a count, hours, a percentage.

    ``per`` is the period it counts over (a budget per year), ``counts`` a duration it counts (billable days),
    ``days`` the days of its week (5 for hours of work); see :class:`dialogs.parsing.numbers.Asked`.
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
        value = understand(_clean(raw, 100), asked, ctx.t, ctx.today, ctx.notes)
        least, most = self.bounds(ctx) if self.bounds else (self.least, self.most)
        if value < least:
            raise InvalidAnswer("error-number-low", least=ctx.t.number(least))
        if most is not None and value > most:
            raise InvalidAnswer("error-number-high", most=ctx.t.number(most))
        return int(value) if self.whole else value

    def show(self, value: Any, ctx: Context) -> str:
        """The number with its unit."""
        if self.unit is Unit.MONEY:
            return ctx.t.money(value)
        if self.unit is Unit.PERCENT:
            return ctx.t.percent(value)
        if self.unit is Unit.HOURS:
            return ctx.t("value-hours", hours=ctx.t.number(value))
        return ctx.t.number(value)


@dataclass(frozen=True)
class Rating(Field):
    """A level from 1 to 5, tapped or typed (``4``, ``4/5``, ``★★★★``)."""

    free_text = False

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """One to five."""
        return tuple(Option(str(n), str(n)) for n in range(1, 6))

    def parse(self, raw: str, ctx: Context) -> int:
        """The level, in digits, words or stars (see :func:`scales.score`); a comment after it is said back."""
        text = raw.strip()[:MAX_TEXT] if scales.STARS.search(raw) or "**" in raw else _clean(raw, MAX_TEXT)
        return scales.score(text, self.options(ctx), ctx.t, ctx.notes)

    def choose(self, ids: Sequence[str], ctx: Context) -> int:
        """The tapped level."""
        return self.parse(ids[0], ctx)


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
        text = hedges.roughly_dated(_clean(raw, 60))
        if re.fullmatch(r"[\d\s.,]+\s*[%€$£]", text):  # "60%", "500 €": the answer to another question
            raise InvalidAnswer("error-date")
        value = parse_date(text, ctx.t.lang, ctx.today)
        if value <= ctx.today:
            raise InvalidAnswer("error-date-past", date=ctx.t.day(value))
        if value.year > ctx.today.year + self.years_ahead:
            raise InvalidAnswer("error-date-far", years=self.years_ahead)
        ctx.notes.extend(said_back(text, value, ctx.t, ctx.today))
        return value

    def show(self, value: Any, ctx: Context) -> str:
        """The date in words."""
        return ctx.t.day(value)


def _marked(members: Sequence[StrEnum], advised: Sequence[object], ctx: Context) -> tuple[Option, ...]:
    """Options for enum members, an advised mark on those the sector usually picks."""
    mark = ctx.t("advised-mark")
    return tuple(Option(m.value, f"{ctx.t.label(m)} {mark}" if m in advised else ctx.t.label(m)) for m in members)


def match_option(raw: str, options: Sequence[Option]) -> Option | None:
    """The option a typed answer names: by its number, its label, an unambiguous part of it, or a typo of it."""
    groups = choices.read(raw, options, loose=False).groups
    return groups[0][0] if len(groups) == 1 and len(groups[0]) == 1 else None


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
        return self.enum(choices.one(_clean(raw, MAX_TEXT), self.options(ctx), ctx.t, table, read, ctx.notes).id)

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
        return self.choose(choices.several(_clean(raw, MAX_TEXT), options, ctx.t, table, ctx.notes), ctx)

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
        text = _clean(hedges.tidy(raw) or raw, MAX_ITEM)
        names = list(self.items(ctx))
        options = [Option(str(i), n) for i, n in enumerate(names)]
        try:
            return names[int(choices.one(text, options, ctx.t, notes=ctx.notes).id)]
        except choices.Ambiguous:
            raise
        except InvalidAnswer:
            if not self.own:
                raise
        _not_a_number(text)
        return text

    def choose(self, ids: Sequence[str], ctx: Context) -> str:
        """The tapped name."""
        names = list(self.items(ctx))
        if not ids[0].isdecimal() or int(ids[0]) >= len(names):
            raise InvalidAnswer("error-choice")
        return names[int(ids[0])]
