"""Numbers as people type them, turned into what the question asks, with what was inferred said back.

A number may be typed in words, rounded, as a range, per a period or with a unit (see
:mod:`dialogs.parsing.number_words`); this module checks the unit against the question's, converts the period, and
says each inference back in one line so that the user can correct it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from dialogs.parsing.number_lexicon import Noun, Period, Shape, Unit, plain
from dialogs.parsing.number_words import Rate, Reading, read
from dialogs.parsing.text import InvalidAnswer
from domain.business import model_of
from domain.i18n import Catalog
from domain.models import Plan

__all__ = ["Asked", "Noun", "Period", "Unit", "capacity_counts", "capacity_period", "understand"]


WEEKS_A_YEAR = 52
HOURS_A_DAY = 7
"""A working day, in hours (35 h over 5 days), for days typed where hours are asked."""


@dataclass(frozen=True)
class Asked:
    """What a question asks for.

    Attributes:
        unit: what the number counts.
        per: the period it counts over; None for a total or a level (an answer typed per period is then refused).
        counts: a duration the question counts (billable days), accepted as the unit of a count.
        days: days in the question's week, to turn a figure per day into one per week or year.
        whole: whether the number is whole (an approximate or converted figure is then rounded).
    """

    unit: Unit
    per: Period | None = None
    counts: Noun | None = None
    days: int = 7
    whole: bool = False


def per_year(period: Period, days: int) -> float:
    """How many of a period make a year (a day counts as one of ``days`` a week)."""
    return {
        Period.DAY: WEEKS_A_YEAR * days,
        Period.WEEK: WEEKS_A_YEAR,
        Period.MONTH: 12,
        Period.QUARTER: 4,
        Period.YEAR: 1,
    }.get(period, 1)


_FOUND = {
    Noun.MONEY: "money",
    Noun.PERCENT: "percent",
    Noun.TIMES: "times",
    **{n: "duration" for n in (Noun.YEARS, Noun.MONTHS, Noun.WEEKS, Noun.DAYS, Noun.HOURS, Noun.MINUTES)},
}
_FITS = {
    Unit.MONEY: {Noun.MONEY: 1.0},
    Unit.PERCENT: {Noun.PERCENT: 1.0},
    Unit.SCORE: {Noun.PERCENT: 1.0},
    Unit.HOURS: {Noun.HOURS: 1.0, Noun.MINUTES: 1 / 60, Noun.DAYS: float(HOURS_A_DAY)},
    Unit.COUNT: {Noun.TIMES: 1.0},
}
"""The nouns each unit accepts, with what one of them is worth in the unit (a day of work is 7 hours)."""


NAMED = re.compile(r"\s*(\d{1,4})\s*\([^()]*\)\s*")
"""A number of people followed by their names in brackets: the number counts them, the names say who."""


def understand(text: str, asked: Asked, t: Catalog, today: date, notes: list[str]) -> float:
    """The number a typed answer means, in the unit and over the period the question asks.

    Each inference (the middle of a range, a conversion from per month to per year, a bound) is said back in
    ``notes``, one line each, so that the user can correct it.

    Raises:
        InvalidAnswer: with the reason: no number, several numbers, a date, a vague quantity, another unit
            (a duration where a count is asked, an amount where a percentage is), a rate where a total is asked.
            An amount in another currency is taken as euros, without conversion, and said back.
    """
    text = result_of(text)
    if asked.counts is Noun.PEOPLE and (named := NAMED.fullmatch(text)):  # "3 (moi et deux associés)": three
        text = named[1]
    reading = read(text, t.lang, asked.unit, people=asked.counts is Noun.PEOPLE)
    _not_a_year(reading, asked, t, today)
    worth = _worth(reading, asked, t)
    value, low, high = reading.value * worth, reading.low * worth, reading.high * worth
    said: list[str] = []
    if reading.noun is Noun.FOREIGN_MONEY and asked.unit is Unit.MONEY:
        said.append(t("numbers-currency", typed=reading.typed, value=_show(value, asked, t)))
    if worth == HOURS_A_DAY and reading.noun is Noun.DAYS:
        said.append(t("numbers-day-hours", hours=HOURS_A_DAY))
    converted = _per(reading.rate, asked, t)
    if converted is not None and math.isclose(value, converted[0]) and (value < 1 or _bracketed(text, reading)):
        converted = None  # "0,25 (one every 4 years)", "12 (mensuel)": the yearly number, explained
    final = value * converted[0] if converted else value
    if asked.whole and final != int(final):
        if reading.shape is Shape.EXACT and converted is None and reading.noun is not Noun.MINUTES:
            raise InvalidAnswer("error-number-whole")
        final = float(math.floor(final + 0.5))
    final = round(final, 2 if asked.unit is Unit.MONEY or abs(final) < 1 else 1)  # 0,25 a year stays 0,25
    kept = final if converted is None else value
    if reading.shape is Shape.RANGE:
        shown = {"value": _show(kept, asked, t), "low": _show(low, asked, t), "high": _show(high, asked, t)}
        said.append(t("numbers-range" if kept == value else "numbers-range-rounded", **shown))
    elif reading.shape is Shape.FRACTION:
        said.append(t("numbers-fraction", value=t.percent(final), part=_num(low, t), whole=_num(high, t)))
    elif reading.shape in (Shape.SUM, Shape.PRODUCT):
        sign = " + " if reading.shape is Shape.SUM else " × "
        terms = sign.join(_num(term, t) for term in reading.terms)
        said.append(t(f"numbers-{reading.shape}", terms=terms, value=_show(kept, asked, t)))
    elif reading.shape in (Shape.AT_MOST, Shape.AT_LEAST):
        said.append(t(f"numbers-{reading.shape}", value=_show(kept, asked, t)))
    if converted is not None:
        said.append(t("numbers-converted", value=_show(final, asked, t), typed=_show(value, asked, t), **converted[1]))
    notes.extend(said)
    return final


def _bracketed(text: str, reading: Reading) -> bool:
    """Whether the period a number is typed per is said in brackets after it, as a comment on it."""
    said = reading.rate.said if reading.rate is not None else ""
    return bool(said) and any(said in inside for inside in re.findall(r"\(([^()]*)\)", text))


def _num(value: float, t: Catalog) -> str:
    return t.number(value, 2)


def _show(value: float, asked: Asked, t: Catalog) -> str:
    """A value in the question's unit, for a line said back."""
    if asked.unit is Unit.MONEY:
        return t.money(value)
    if asked.unit is Unit.PERCENT:
        return t.percent(value)
    if asked.unit is Unit.HOURS:
        return t("numbers-hours", hours=_num(value, t))
    return _num(value, t)


def _not_a_year(reading: Reading, asked: Asked, t: Catalog, today: date) -> None:
    """A year typed alone where a count is asked (``2027``) is refused: it is rarely a count."""
    if reading.year is None or asked.unit is Unit.MONEY:
        return
    if today.year - 5 <= reading.year <= today.year + 10:
        raise InvalidAnswer("error-number-year", year=str(reading.year), spaced=t.number(reading.year))


def _worth(reading: Reading, asked: Asked, t: Catalog) -> float:
    """What one of the typed noun is worth in the question's unit; a noun of another kind is refused."""
    noun = reading.noun
    if noun is None or (noun is asked.counts and asked.unit is Unit.COUNT):
        return 1.0
    if noun is Noun.FOREIGN_MONEY:
        if asked.unit is Unit.MONEY:
            return 1.0
        noun = Noun.MONEY
    worth = _FITS[asked.unit].get(noun)
    if worth is None:
        expected = f"numbers-expected-{asked.counts or asked.unit}"
        raise InvalidAnswer(
            "error-number-unit", typed=reading.typed, found=t(f"numbers-found-{_FOUND[noun]}"), expected=t(expected)
        )
    return worth


def _per(rate: Rate | None, asked: Asked, t: Catalog) -> tuple[float, dict[str, str]] | None:
    """What to multiply by for the period the question asks, with how to say so; None when nothing changes."""
    if rate is None or asked.unit in (Unit.PERCENT, Unit.SCORE) or asked.per is Period.PURCHASE:
        return None
    said = t(f"numbers-per-{rate.period}") if rate.period else rate.said
    if asked.per is None:
        raise InvalidAnswer("error-number-per", per=said)
    typed_per_year = per_year(rate.period, asked.days) if rate.period else rate.per_year
    factor = typed_per_year / per_year(asked.per, asked.days)
    if math.isclose(factor, 1):
        return None
    daily = Period.DAY in (asked.per, rate.period)
    by = factor if factor >= 1 else 1 / factor
    key = ("numbers-times" if factor >= 1 else "numbers-divided") + ("-days" if daily else "")
    return factor, {"per": t(f"numbers-per-{asked.per}"), "typed_per": said, "factor": t(key, factor=_num(by, t))}


def capacity_period(plan: Plan) -> Period | None:
    """The period the business model's capacity question counts over (covers a day, places a week, days a year)."""
    found = model_of(plan)
    if found is None or found.capacity_per_year is None:
        return None
    if found.capacity_per_year <= 1:
        return Period.YEAR
    return Period.DAY if found.capacity_per_year > WEEKS_A_YEAR * 2 else Period.WEEK


def capacity_counts(plan: Plan) -> Noun | None:
    """What the capacity question counts when it is a duration: billable days, for models counted by the year."""
    return Noun.DAYS if capacity_period(plan) is Period.YEAR else None


_COUNTED = re.compile(
    r"(?:^|\s)(\d+)\s+(?!(?:pour ?cents?|pourcents?|percent|pct|sur|on|out|of|par|per|fois|times|environ|a peu pres"
    r"|approx\w*|about|around|roughly|max\w*|min\w*|ou|or|a|to|et|and|ans?|years?|mois|months?|jours?|days?)\b)"
    r"([a-z]{3,})"
)
_PERCENT_WORDS = re.compile(r"%|\bpour ?cents?\b|\bpourcents?\b|\bpercent\b|\bpct\b|\bsur\b|\bout of\b|/")


def counted(text: str) -> int | None:
    """The count a share is given as, when a percentage is asked (``j'ai 60 contrats``): ``None`` for a share."""
    folded = plain(text)
    if _PERCENT_WORDS.search(folded):
        return None
    found = _COUNTED.findall(folded)
    return int(found[0][0]) if len(found) == 1 else None


_RESULT = re.compile(r"(?:=|\b(?:donc|soit|ca fait|ce qui fait|so|that'?s|that is|which is|makes)\b)\s*(?=\D*\d)")
"""What introduces the result of a calculation typed with its terms: ``3 devs x 180 j donc env 540``."""


def result_of(text: str) -> str:
    """The result of a calculation typed with its terms (what follows the last ``=``, ``donc``, ``soit``...)."""
    folded = plain(text)
    found = list(_RESULT.finditer(folded))
    if not found or not re.search(r"\d", folded[: found[-1].start()]):
        return text
    return folded[found[-1].end() :]
