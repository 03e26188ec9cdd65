"""Dates as people type them: ``30/06/2027``, ``juin 2027``, ``T3 2027``, ``dans 2 ans``, ``avant Noël``."""

from __future__ import annotations

import re
from datetime import date, datetime

from dialogs.parsing.months import last_day, month_names
from dialogs.parsing.spoken_dates import spoken
from dialogs.parsing.text import InvalidAnswer, fold
from domain.models import Language

_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_YEAR = re.compile(r"^(?:fin|end of|end)?\s*(\d{4})$")
_YM = re.compile(r"^(\d{4})[/.\-](\d{1,2})$")
_DM = re.compile(r"^(\d{1,2})[/.](\d{1,2})$")
_QUARTER = re.compile(r"^(?:[tq]([1-4])|([1-4])(?:e|er|eme|st|nd|rd|th)? (?:trimestre|quarter))\s*(\d{4})$")
_YEARS = re.compile(r"^(?:dans |in )?(\d{1,2}) (?:an|ans|annee|annees|year|years)$")
_FILLER = re.compile(r"^(?:d ici|dici|avant|pour|fin|en|by|before|end of|end|in|au|le|the)\s+")


def parse_date(raw: str, lang: Language, today: date) -> date:
    """A date or a month as typed: ``30/06/2027``, ``juin 2027``, ``June 2027``, ``dans 6 mois``, ``avant Noël``.

    A month without a day means its last day (a deadline "by June" ends on 30 June); holidays, seasons and other
    spoken dates are read as ``dialogs.parsing.spoken_dates`` says.

    Raises:
        InvalidAnswer: when the text is not a date, or names a day that does not exist.
    """
    text = fold(raw.replace("/", " / ")).replace(" / ", "/")
    while _FILLER.match(text):
        text = _FILLER.sub("", text, count=1)
    compact = raw.strip()
    try:
        if match := _DMY.match(compact):
            day, month, year = (int(g) for g in match.groups())
            return date(year + 2000 if year < 100 else year, month, day)
        if match := _YMD.match(compact):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _MY.match(compact):
            return last_day(int(match.group(2)), int(match.group(1)))
        if match := _YM.match(compact):
            return last_day(int(match.group(1)), int(match.group(2)))
        if match := _DM.match(compact):
            day, month = int(match.group(1)), int(match.group(2))
            this_year = date(today.year, month, day)
            return this_year if this_year > today else date(today.year + 1, month, day)
    except ValueError as error:
        raise InvalidAnswer("error-date-impossible", date=compact) from error
    if (said := spoken(raw, today)) is not None:
        return said.day
    if match := _QUARTER.match(text):
        quarter = int(match.group(1) or match.group(2))
        return last_day(int(match.group(3)), quarter * 3)
    if match := _YEARS.match(text):
        years = int(match.group(1))
        try:
            return today.replace(year=today.year + years)
        except ValueError:  # 29 February
            return today.replace(year=today.year + years, day=28)
    if match := _YEAR.match(text):
        return date(int(match.group(1)), 12, 31)
    words = text.split()
    months = month_names()
    if len(words) == 2 and words[0] in months and words[1].isdecimal() and len(words[1]) == 4:
        return last_day(int(words[1]), months[words[0]])
    if len(words) == 1 and words[0] in months:
        month = months[words[0]]
        year = today.year if month >= today.month else today.year + 1
        return last_day(year, month)
    return _parse_natural(raw, lang, today)


def _parse_natural(raw: str, lang: Language, today: date) -> date:
    import dateparser  # imported on the first natural date only: it is slow to load

    other = Language.EN if lang is Language.FR else Language.FR
    found = dateparser.parse(
        raw,
        languages=[lang.value, other.value],
        settings={
            "PREFER_DATES_FROM": "future",
            "DATE_ORDER": "DMY",
            "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        },
    )
    if found is None:
        if re.search(r"\d{1,2}\D+\d{1,2}\D+\d{2,4}", raw) or re.search(r"\b(3[2-9]|[4-9]\d)\b", raw):
            raise InvalidAnswer("error-date-impossible", date=raw.strip())
        raise InvalidAnswer("error-date")
    return found.date()


ACTION_YEARS = 3
"""How far ahead an action may be dated."""


def action_date(raw: str, lang: Language, today: date) -> date:
    """The new date of an action: from today to a few years ahead.

    Raises:
        InvalidAnswer: when it is not a date, is past, or is too far.
    """
    day = parse_date(raw.strip()[:60], lang, today)
    if day < today:
        raise InvalidAnswer("error-date-past", date=str(day))
    if day > today.replace(year=today.year + ACTION_YEARS, day=min(today.day, 28)):
        raise InvalidAnswer("error-date-far", years=ACTION_YEARS)
    return day
