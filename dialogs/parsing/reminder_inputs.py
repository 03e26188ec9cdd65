"""Reading reminder settings as people type them: an hour of the day, a timezone, quiet hours, a number of days."""

from __future__ import annotations

import re
from datetime import time
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from dialogs.parsing.text import InvalidAnswer, fold

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
