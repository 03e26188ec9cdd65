"""The action plan as an iCalendar file (.ics) that Google Calendar, Apple Calendar and Outlook import.

Each planned (or done) action is an hour-long event at the user's reminder hour in their timezone, with the
timezone's definition included, and two alarms: some days before and at the start, as the bot's reminders.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from domain.i18n import Catalog
from domain.models import Action, ActionStatus, Cadence, Plan, Reminders
from domain.reminder_schedule import zone

PRODID = "-//planbot//plan marketing//FR"
LENGTH = timedelta(hours=1)


def action_uid(user_id: int, plan_id: int, action_id: int) -> str:
    """A stable identifier, so that importing the file again updates the events rather than doubling them."""
    return f"planbot-{user_id}-{plan_id}-{action_id}@planbot"


def plan_calendar(plan: Plan, settings: Reminders, t: Catalog, user_id: int, plan_id: int, now: datetime) -> bytes:
    """The plan's actions as an .ics file."""
    tz = zone(settings)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", t("ics-name", name=plan.profile.name or t("your-business")))
    calendar.add("x-wr-timezone", tz.key)
    for action in plan.actions or ():
        if action.status not in (ActionStatus.PLANNED, ActionStatus.DONE):
            continue
        start = datetime.combine(action.due, settings.at, tzinfo=tz)
        event = Event()
        event.add("uid", action_uid(user_id, plan_id, action.id))
        event.add("dtstamp", now.astimezone(UTC))
        event.add("dtstart", start)
        event.add("dtend", start + LENGTH)
        event.add("summary", action.title)
        event.add("description", _description(action, t))
        event.add("categories", [t.label(action.tactic)])
        event.add("status", "CONFIRMED")
        if action.cadence in (Cadence.WEEKLY, Cadence.MONTHLY) and action.until is not None:
            until = datetime.combine(action.until, settings.at, tzinfo=tz).astimezone(UTC)
            event.add("rrule", {"freq": action.cadence.value.upper(), "until": until})
        if action.status is ActionStatus.DONE:
            event.add("x-planbot-done", "TRUE")
        for before in _alarm_offsets(settings):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", action.title)
            alarm.add("trigger", -before)
            event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _alarm_offsets(settings: Reminders) -> list[timedelta]:
    offsets = [timedelta(0)]
    if settings.days_before:
        offsets.insert(0, timedelta(days=settings.days_before))
    return offsets


def _description(action: Action, t: Catalog) -> str:
    lines = [
        t("ics-budget", budget=t.money(action.budget)),
        t("ics-objective", objective=t.label(action.objective) if action.objective else "—"),
        t("ics-kpi", kpi=t(f"kpi-{action.kpi}") if action.kpi else "—"),
    ]
    return "\n".join(lines)
