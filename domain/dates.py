"""Dates of the annual calendar: working days, the proposed day of a month, and a recurring action's turns."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta
from functools import cache

import holidays

from domain.models import Action, Cadence


@cache
def _public_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.France(years=year))


def working(day: date) -> bool:
    """Whether a day is a working day: a weekday that is not a public holiday (France's, the method's country)."""
    return day.weekday() < 5 and day not in _public_holidays(day.year)


def proposed_date(today: date, months: int) -> date:
    """The 10th of the month ``months`` ahead, moved to the next Monday when it falls on a weekend."""
    month = today.month - 1 + months
    year, month = today.year + month // 12, month % 12 + 1
    day = date(year, month, min(10, monthrange(year, month)[1]))
    while not working(day):
        day += timedelta(days=1)
    return day if day > today else proposed_date(today, months + 1)


def occurrences(action: Action) -> list[date]:
    """Every date of an action over its period: once, or each week or month until its last day."""
    if action.cadence is Cadence.WEEKLY and action.until:
        return [action.due + timedelta(weeks=n) for n in range((action.until - action.due).days // 7 + 1)]
    if action.cadence is Cadence.MONTHLY and action.until:
        found, n = [], 0
        while (day := month_later(action.due, n)) <= action.until:
            found.append(day)
            n += 1
        return found
    return [action.due]


def month_later(day: date, months: int) -> date:
    """The same day of the month ``months`` later (the last day when that month is shorter)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def next_working(day: date) -> date:
    """The first working day after ``day``."""
    day += timedelta(days=1)
    while not working(day):
        day += timedelta(days=1)
    return day


def on_weekday(day: date, weekday: int | None) -> date:
    """The first ``weekday`` on or after ``day`` (the day itself without one)."""
    if weekday is None:
        return day
    return day + timedelta(days=(weekday - day.weekday()) % 7)
