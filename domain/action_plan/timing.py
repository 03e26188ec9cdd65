"""When proposed actions fall: on the model's key months, and staggered so that no month starts too much."""

from __future__ import annotations

from datetime import date, timedelta

from domain.business import BusinessModel
from domain.dates import month_later, proposed_date, working
from domain.models import Action, Cadence, Tactic

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


INVITING = timedelta(weeks=4)
"""The least time between the plan's first day and an event it proposes: invitations go out three weeks ahead."""


def event_day(day: date, today: date) -> date:
    """A day to hold a business event on: with time to invite, and outside August and the year-end holidays.

    In France, August and the fortnight around New Year empty business diaries: an event then, or its
    invitations, falls flat. The event moves to the first working day after. (A shop's Christmas tasting is the
    opposite: its customers walk in, in December.)
    """
    return off_holidays(max(day, today + INVITING))


def off_holidays(day: date) -> date:
    """The day, or the first working day after August or the year-end holidays when it falls in them."""
    if day.month == 8:
        day = date(day.year, 9, 1)
    elif (day.month, day.day) >= (12, 20):
        day = date(day.year + 1, 1, 10)
    elif (day.month, day.day) < (1, 10):
        day = date(day.year, 1, 10)
    while not working(day):
        day += timedelta(days=1)
    return day


STARTS_A_MONTH = 2
"""New actions (one-off or routines) a small business can start in one month; later one-off ones wait their turn."""


def staggered(planned: list[tuple[Action, bool]], business: bool = False) -> list[Action]:
    """Actions spread so that no day piles up several and no month starts more than two new ones.

    An action pinned to its day of the week (a Saturday tasting) stays where it is. For a ``business`` market,
    an event moved on does not land in August nor at New Year.
    """
    taken: set[date] = {action.due for action, pinned in planned if pinned}
    starts: dict[tuple[int, int], int] = {}
    moved = []
    for action, pinned in planned:
        day = action.due
        if not pinned and action.cadence is Cadence.ONCE:  # at most two new things to start in a month
            while starts.get((day.year, day.month), 0) >= STARTS_A_MONTH:
                day = proposed_date(day, 1)
                if action.tactic is Tactic.EVENTS and business:
                    day = off_holidays(day)
        while not pinned and (day in taken or not working(day)):
            day += timedelta(days=1)
            if action.tactic is Tactic.EVENTS and business:  # moved on: still not in August nor at New Year
                day = off_holidays(day)
        taken.add(day)
        if action.cadence is not Cadence.SEASONAL:
            starts[(day.year, day.month)] = starts.get((day.year, day.month), 0) + 1
        moved.append(action if day == action.due else action.model_copy(update={"due": day}))
    return sorted(moved, key=lambda a: a.due)
