"""``/reminders``: on or off, the hour, the timezone, quiet hours and how many days before an action."""

from __future__ import annotations

import re
from datetime import datetime, time
from functools import cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, available_timezones

from dialogs.answers.fields import Option
from dialogs.core.replies import Question, Tone
from dialogs.parsing.text import InvalidAnswer, fold
from domain.models import Reminders
from domain.reminder_schedule import in_quiet_hours, out_of_quiet_hours, zone
from domain.session import Screen

if TYPE_CHECKING:
    from dialogs.core.engine import Turn

TOGGLE, HOUR, ZONE, QUIET, DAYS = "toggle", "at", "timezone", "quiet", "days_before"
NONE_WORDS = {"aucune", "aucun", "non", "none", "no", "off", "pas", "rien"}
_CLOCK = re.compile(r"^(\d{1,2})\s*(?:[h:.]\s*(\d{2})?)?\s*(am|pm)?$")
_OFFSET = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$")
HALF_HOURS = {
    "+3:30": "Asia/Tehran",
    "+4:30": "Asia/Kabul",
    "+5:30": "Asia/Kolkata",
    "+5:45": "Asia/Kathmandu",
    "+6:30": "Asia/Yangon",
    "+9:30": "Australia/Darwin",
    "-3:30": "America/St_Johns",
    "-9:30": "Pacific/Marquesas",
}
"""Offsets that are not whole hours have no Etc zone: a city that keeps that offset stands for them."""


def parse_time(raw: str) -> time:
    """An hour of the day: ``9h``, ``9h30``, ``09:30``, ``21``, ``9am``, ``9:30 pm``."""
    match = _CLOCK.match(raw.strip().lower().replace(" ", ""))
    if match is None:
        raise InvalidAnswer("error-time")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) == "pm" and hour < 12:
        hour += 12
    if match.group(3) == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise InvalidAnswer("error-time")
    return time(hour, minute)


@cache
def _zones() -> tuple[dict[str, str], dict[str, str]]:
    """Zone names by their lower-cased name, and by their city folded (``montreal`` for America/Montreal)."""
    exact: dict[str, str] = {}
    cities: dict[str, str] = {}
    for name in sorted(available_timezones()):
        exact[name.lower()] = name
        if not name.startswith("Etc/"):
            cities.setdefault(fold(name.rsplit("/", 1)[-1].replace("_", " ")), name)
    return exact, cities


def parse_timezone(raw: str) -> str:
    """A timezone: ``Europe/Paris``, a city (``Montréal``, ``Paris``), ``UTC``, ``UTC+2`` or ``UTC+5:30``."""
    text = raw.strip().lower().replace(" ", "")
    offset = _OFFSET.match(text)
    if offset:
        sign, hours, minutes = offset.group(1), int(offset.group(2)), offset.group(3)
        if minutes and minutes != "00":
            found = HALF_HOURS.get(f"{sign}{hours}:{minutes}")
        else:
            # IANA's Etc zones count the other way round: UTC+2 is Etc/GMT-2.
            found = "UTC" if hours == 0 else f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
    else:
        exact, cities = _zones()
        found = exact.get(text) or exact.get(raw.strip().lower()) or cities.get(fold(raw))
    if found is None:
        raise InvalidAnswer("error-timezone")
    try:
        ZoneInfo(found)
    except (ValueError, KeyError) as error:
        raise InvalidAnswer("error-timezone") from error
    if found.lower() not in _zones()[0] and found != "UTC":
        raise InvalidAnswer("error-timezone")
    return found


def parse_quiet(raw: str) -> tuple[time, time] | None:
    """Quiet hours: ``21h-8h``, ``22:00 - 07:30``; ``aucune`` or ``none`` for none."""
    if fold(raw) in NONE_WORDS:
        return None
    parts = re.split(r"\s*(?:-|–|\s(?:à|a|to)\s)\s*", raw.strip(), maxsplit=1)
    if len(parts) != 2:
        raise InvalidAnswer("error-quiet")
    start, end = parse_time(parts[0]), parse_time(parts[1])
    if start == end:
        raise InvalidAnswer("error-quiet")
    return start, end


def parse_days(raw: str) -> int:
    """How many days before an action (0 to 30)."""
    text = raw.strip()
    if not text.isdecimal() or int(text) > 30:
        raise InvalidAnswer("error-days")
    return int(text)


def describe(settings: Reminders, t: Any) -> str:
    """The settings in words."""
    quiet = (
        t("reminders-quiet", start=f"{settings.quiet_start:%H:%M}", end=f"{settings.quiet_end:%H:%M}")
        if settings.quiet_start and settings.quiet_end
        else t("reminders-no-quiet")
    )
    return t(
        "reminders-card",
        state=t("reminders-state-on" if settings.enabled else "reminders-state-off"),
        at=f"{settings.at:%H:%M}",
        timezone=settings.timezone,
        quiet=quiet,
        days=settings.days_before,
    )


def options(turn: Turn) -> tuple[Option, ...]:
    """What can be changed."""
    t = turn.t
    toggle = "reminders-turn-off" if turn.s.reminders.enabled else "reminders-turn-on"
    return (
        Option(TOGGLE, t(toggle)),
        Option(HOUR, t("reminders-set-at")),
        Option(ZONE, t("reminders-set-timezone")),
        Option(QUIET, t("reminders-set-quiet")),
        Option(DAYS, t("reminders-set-days")),
    )


def show(turn: Turn) -> None:
    """The settings card."""
    turn.update(screen=Screen.REMINDERS, screen_arg=None)
    text = describe(turn.s.reminders, turn.t)
    turn.replies.append(Question(key=Screen.REMINDERS.value, text=text, options=options(turn), free_text=False))


def choose(turn: Turn, option: str) -> None:
    """Toggle reminders, or ask for the setting chosen."""
    if option == TOGGLE:
        enabled = not turn.s.reminders.enabled
        turn.update(reminders=turn.s.reminders.model_copy(update={"enabled": enabled}))
        turn.say("reminders-now-on" if enabled else "reminders-now-off", Tone.SUCCESS)
        show(turn)
        return
    if option not in (HOUR, ZONE, QUIET, DAYS):
        turn.say("error-choice", Tone.ERROR)
        show(turn)
        return
    turn.update(screen=Screen.SETTING, screen_arg=option)
    turn.replies.append(
        Question(key=Screen.SETTING.value, text=turn.t(f"setting-{option}"), hint=turn.t(f"setting-{option}-hint"))
    )


def typed(turn: Turn, text: str) -> None:
    """A new value for the setting being changed."""
    name = turn.s.screen_arg or ""
    try:
        if name == HOUR:
            changes: dict[str, Any] = {"at": parse_time(text)}
        elif name == ZONE:
            changes = {"timezone": parse_timezone(text)}
        elif name == QUIET:
            quiet = parse_quiet(text)
            changes = {"quiet_start": quiet[0] if quiet else None, "quiet_end": quiet[1] if quiet else None}
        else:
            changes = {"days_before": parse_days(text)}
    except InvalidAnswer as error:
        turn.say(error.key, Tone.ERROR, **error.args_)
        turn.replies.append(
            Question(key=Screen.SETTING.value, text=turn.t(f"setting-{name}"), hint=turn.t(f"setting-{name}-hint"))
        )
        return
    turn.update(reminders=turn.s.reminders.model_copy(update=changes))
    turn.say("setting-saved", Tone.SUCCESS)
    settings = turn.s.reminders
    if (
        settings.quiet_start
        and settings.quiet_end
        and in_quiet_hours(settings.at, settings.quiet_start, settings.quiet_end)
    ):
        moment = out_of_quiet_hours(datetime.combine(turn.today, settings.at, tzinfo=zone(settings)), settings)
        turn.say(
            "setting-quiet-clash",
            at=f"{settings.at:%H:%M}",
            start=f"{settings.quiet_start:%H:%M}",
            end=f"{settings.quiet_end:%H:%M}",
            instead=f"{moment.astimezone(zone(settings)):%H:%M}",
        )
    show(turn)
