"""Kinds of answers: how each is offered (options), read (parse), validated and shown back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from dialogs.text import InvalidAnswer, fold, is_readable, parse_date, parse_number, split_list
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
    """The label of the suggestion numbered ``text``, if the text is such a number."""
    if options and text.strip().isdecimal() and 1 <= int(text) <= len(options):
        return options[int(text) - 1].label
    return None


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
        """The trimmed text, or the suggestion whose number was typed."""
        text = _clean(raw, self.limit)
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
        """The items, trimmed and without duplicates."""
        text = _clean(raw, MAX_TEXT * 3)
        if self.least == 0 and fold(text) in self.none_words:
            return ()
        options = self.options(ctx)
        items = [_numbered(item, options) or item[:1].upper() + item[1:] for item in split_list(text)]
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


class Unit(StrEnum):
    """What a number counts, for its validation and display."""

    MONEY = "money"
    COUNT = "count"
    HOURS = "hours"
    PERCENT = "percent"
    SCORE = "score"


@dataclass(frozen=True)
class Number(Field):
    """A quantity: money, a count, hours, a percentage."""

    unit: Unit = Unit.COUNT
    least: float = 0
    most: float | None = None
    whole: bool = False
    bounds: Callable[[Context], tuple[float, float | None]] | None = None
    suggestions: Callable[[Context], Sequence[float]] | None = None
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
        """The number, within its bounds."""
        text = _clean(raw, 60)
        value = parse_number(text)
        least, most = self.bounds(ctx) if self.bounds else (self.least, self.most)
        if value < least:
            raise InvalidAnswer("error-number-low", least=ctx.t.number(least))
        if most is not None and value > most:
            raise InvalidAnswer("error-number-high", most=ctx.t.number(most))
        if self.whole:
            if value != int(value):
                raise InvalidAnswer("error-number-whole")
            return int(value)
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


@dataclass(frozen=True)
class Rating(Field):
    """A level from 1 to 5, tapped or typed (``4``, ``4/5``, ``★★★★``)."""

    free_text = False

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """One to five."""
        return tuple(Option(str(n), str(n)) for n in range(1, 6))

    def parse(self, raw: str, ctx: Context) -> int:
        """The level."""
        text = _clean(raw, 20)
        stars = sum(text.count(s) for s in "★⭐*")
        if stars and not any(c.isdecimal() for c in text):
            value = float(stars)
        else:
            try:
                value = parse_number(text.split("/")[0])
            except InvalidAnswer as error:
                raise InvalidAnswer("error-rating") from error
        if value != int(value) or not 1 <= value <= 5:
            raise InvalidAnswer("error-rating")
        return int(value)

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
        """The date, in the future."""
        text = _clean(raw, 60)
        value = parse_date(text, ctx.t.lang, ctx.today)
        if value <= ctx.today:
            raise InvalidAnswer("error-date-past", date=ctx.t.day(value))
        if value.year > ctx.today.year + self.years_ahead:
            raise InvalidAnswer("error-date-far", years=self.years_ahead)
        return value

    def show(self, value: Any, ctx: Context) -> str:
        """The date in words."""
        return ctx.t.day(value)


def _marked(members: Sequence[StrEnum], advised: Sequence[object], ctx: Context) -> tuple[Option, ...]:
    """Options for enum members, an advised mark on those the sector usually picks."""
    mark = ctx.t("advised-mark")
    return tuple(Option(m.value, f"{ctx.t.label(m)} {mark}" if m in advised else ctx.t.label(m)) for m in members)


def match_option(raw: str, options: Sequence[Option]) -> Option | None:
    """The option a typed answer names: by its number, its label or an unambiguous beginning of it."""
    text = fold(raw)
    if text.isdecimal() and 1 <= int(text) <= len(options):
        return options[int(text) - 1]
    exact = [o for o in options if fold(o.label) == text or fold(o.id) == text]
    if exact:
        return exact[0]
    if len(text) >= 3:
        starts = [o for o in options if fold(o.label).startswith(text)]
        if len(starts) == 1:
            return starts[0]
        inside = [o for o in options if text in fold(o.label)]
        if len(inside) == 1:
            return inside[0]
    return None


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
        """The member named by number or label."""
        found = match_option(_clean(raw, MAX_TEXT), self.options(ctx))
        if found is None:
            raise InvalidAnswer("error-choice")
        return self.enum(found.id)

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
        """The members named, in the order of the list."""
        text = _clean(raw, MAX_TEXT)
        options = self.options(ctx)
        words = [w for w in split_list(text.replace(" et ", ",").replace(" and ", ",")) if w]
        if all(w.replace(" ", "").isdecimal() for w in words):
            words = [n for w in words for n in w.split()]
        picked: list[str] = []
        for word in words:
            found = match_option(word, options)
            if found is None:
                raise InvalidAnswer("error-choice-unknown", answer=word[:40])
            picked.append(found.id)
        return self.choose(picked, ctx)

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
        """The name chosen or typed."""
        text = _clean(raw, MAX_ITEM)
        names = list(self.items(ctx))
        found = match_option(text, [Option(str(i), n) for i, n in enumerate(names)])
        if found is not None:
            return names[int(found.id)]
        if not self.own:
            raise InvalidAnswer("error-choice")
        _not_a_number(text)
        return text

    def choose(self, ids: Sequence[str], ctx: Context) -> str:
        """The tapped name."""
        names = list(self.items(ctx))
        if not ids[0].isdecimal() or int(ids[0]) >= len(names):
            raise InvalidAnswer("error-choice")
        return names[int(ids[0])]
