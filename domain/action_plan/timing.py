"""When proposed actions fall: on the model's key months, and staggered so that no month starts too much."""

from __future__ import annotations

from datetime import date, timedelta

from domain.business import BusinessModel
from domain.dates import month_later, proposed_date, working
from domain.models import Action, Cadence

SEASONS = 4
"""Key months a seasonal action is planned for at most, in the twelve months of the plan (spread over them)."""


def key_dates(model: BusinessModel, today: date) -> list[tuple[int, date]]:
    """The model's key months over the twelve months after ``today``, as (months ahead, first Monday).

    A seasonal action starts as its month begins, ahead of the moment it serves (Christmas orders open early in
    December).
    """
    found: dict[date, int] = {}
    for ahead in range(13):
        first = month_later(today.replace(day=1), ahead)
        while first.weekday() != 0 or not working(first):  # the month's first working Monday
            first += timedelta(days=1)
        if first.month in model.key_months and today < first < month_later(today, 12):
            found.setdefault(first, ahead)
    return [(ahead, day) for day, ahead in found.items()]


def spread(dates: list[tuple[int, date]]) -> list[tuple[int, date]]:
    """At most ``SEASONS`` of the key dates, spread over the year rather than the first few."""
    if len(dates) <= SEASONS:
        return dates
    last = len(dates) - 1
    return [dates[round(i * last / (SEASONS - 1))] for i in range(SEASONS)]


STARTS_A_MONTH = 2
"""New actions (one-off or routines) a small business can start in one month; later one-off ones wait their turn."""


def staggered(planned: list[tuple[Action, bool]]) -> list[Action]:
    """Actions spread so that no day piles up several and no month starts more than two new ones.

    An action pinned to its day of the week (a Saturday tasting) stays where it is.
    """
    taken: set[date] = {action.due for action, pinned in planned if pinned}
    starts: dict[tuple[int, int], int] = {}
    moved = []
    for action, pinned in planned:
        day = action.due
        if not pinned and action.cadence is Cadence.ONCE:  # at most two new things to start in a month
            while starts.get((day.year, day.month), 0) >= STARTS_A_MONTH:
                day = proposed_date(day, 1)
        while not pinned and (day in taken or not working(day)):
            day += timedelta(days=1)
        taken.add(day)
        if action.cadence is not Cadence.SEASONAL:
            starts[(day.year, day.month)] = starts.get((day.year, day.month), 0) + 1
        moved.append(action if day == action.due else action.model_copy(update={"due": day}))
    return sorted(moved, key=lambda a: a.due)
