"""Reminders derived from the plan: which are due and when (UTC), from the user's hour, timezone, quiet hours.

Every planned action gets a reminder some days before and one on the day, at the user's hour in their
timezone, moved out of their quiet hours; a snooze replaces the reminders before it with one at the chosen
moment. A short review comes on the first day of every month. Each reminder has a key that stays the same as
long as what it reminds of does not change (an action moved to another day gets new keys), so that storage
can keep what was already sent and never send it twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from domain.dates import occurrences
from domain.models import ActionStatus, Cadence, Plan, Reminders

LATE = timedelta(days=1)
"""A reminder more than this late (the bot was down, the user had blocked it) is no longer worth sending."""

REVIEW = 0
"""The action id the monthly review is filed under."""

REVIEWS_AHEAD = 12
"""Monthly reviews scheduled ahead, so that one missed (the bot down, the user away) does not stop the next."""

EARLY = timedelta(minutes=15)
"""How long before evening quiet hours a reminder set inside them comes instead."""


@dataclass(frozen=True)
class Due:
    """A reminder to send: about which action (``REVIEW`` for the monthly review), which kind, when (UTC)."""

    action: int
    kind: str
    at: datetime


def zone(settings: Reminders) -> ZoneInfo:
    """The user's timezone (UTC when the stored name is unknown)."""
    try:
        return ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def at_local(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """A local day and hour as a UTC instant."""
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def in_quiet_hours(local: time, start: time | None, end: time | None) -> bool:
    """Whether a local time falls in the quiet hours (which may run past midnight, 21:00–08:00)."""
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def out_of_quiet_hours(moment: datetime, settings: Reminders) -> datetime:
    """The moment moved out of the quiet hours it falls in, on the same day (UTC in, UTC out).

    Late in the evening it comes a quarter of an hour before the quiet hours begin; otherwise as they end. A
    reminder "for today" never slips to the next day.
    """
    tz = zone(settings)
    local = moment.astimezone(tz)
    start, end = settings.quiet_start, settings.quiet_end
    if start is None or end is None or not in_quiet_hours(local.time(), start, end):
        return moment
    if start > end and local.time() >= start:
        return (datetime.combine(local.date(), start, tzinfo=tz) - EARLY).astimezone(UTC)
    return at_local(local.date(), end, tz)


def schedule(plan: Plan, settings: Reminders, now: datetime) -> list[Due]:
    """Every reminder the plan calls for from now on (a day's lateness allowed), when reminders are on."""
    if not settings.enabled:
        return []
    tz = zone(settings)
    found: list[Due] = []
    for action in plan.actions or ():
        if action.status is not ActionStatus.PLANNED:
            continue
        snooze = action.snoozed_until
        moments = [(f"day@{action.due.isoformat()}", at_local(action.due, settings.at, tz))]
        if action.cadence is Cadence.MONTHLY:  # each month's turn is reminded on its day
            moments += [(f"day@{day.isoformat()}", at_local(day, settings.at, tz)) for day in occurrences(action)[1:]]
        if settings.days_before:
            before = action.due - timedelta(days=settings.days_before)
            moments.insert(0, (f"before@{action.due.isoformat()}", at_local(before, settings.at, tz)))
        for kind, moment in moments:
            if snooze is not None and moment <= snooze:
                continue
            found.append(Due(action.id, kind, out_of_quiet_hours(moment, settings)))
        if snooze is not None:
            found.append(Due(action.id, f"snooze@{snooze.isoformat()}", out_of_quiet_hours(snooze, settings)))
    month = now.astimezone(tz).date().replace(day=1)
    for _ in range(REVIEWS_AHEAD + 1):
        moment = out_of_quiet_hours(at_local(month, settings.at, tz), settings)
        found.append(Due(REVIEW, f"review@{month:%Y-%m}", moment))
        month = (month + timedelta(days=32)).replace(day=1)
    return [due for due in found if due.at >= now - LATE]
