"""The days of the year people plan around, as France keeps them: holidays, sales, the school year and seasons.

France is the method's country, and its calendar serves English speakers too: Mother's Day is the French one (the
last Sunday of May, or the first Sunday of June when that is Whit Sunday), neither the British (in Lent) nor the
American (in early May); Father's Day is the third Sunday of June; the sales begin on their legal day (the second
Wednesday of January, or the first when the second falls after the 12th; the last Wednesday of June, or the one
before when the last falls after the 28th) and last four weeks; the school year starts on 1 September and the
summer holidays run from 1 July to 31 August; the seasons begin on 20 March, 21 June, 22 September and
21 December (winter 2027 is the one that ends in March 2027).
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter

Span = tuple[date, date]
Dated = Callable[[int], Span]
"""The first and last day of a holiday or a season in a given year."""

MONDAY, WEDNESDAY, THURSDAY, SUNDAY = 0, 2, 3, 6
SALES_WEEKS = 4


def weekday_of(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` given weekday of a month (Monday is 0); a negative ``nth`` counts from the month's end."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    end = date(year, month, monthrange(year, month)[1])
    return end - timedelta(days=(end.weekday() - weekday) % 7 + 7 * (-nth - 1))


def _day(month: int, day: int) -> Dated:
    return lambda year: (date(year, month, day), date(year, month, day))


def _span(start: tuple[int, int], end: tuple[int, int], years: int = 0) -> Dated:
    return lambda year: (date(year - years, *start), date(year, *end))


def _once(find: Callable[[int], date]) -> Dated:
    return lambda year: (find(year), find(year))


def mothers_day(year: int) -> date:
    """France's Mother's Day: the last Sunday of May, or the first of June when that is Whit Sunday."""
    day = weekday_of(year, 5, SUNDAY, -1)
    return weekday_of(year, 6, SUNDAY, 1) if day == easter(year) + timedelta(days=49) else day


def _sales(start: date) -> Span:
    return start, start + timedelta(weeks=SALES_WEEKS, days=-1)


def winter_sales(year: int) -> Span:
    """The winter sales: from the second Wednesday of January, or the first when the second is after the 12th."""
    day = weekday_of(year, 1, WEDNESDAY, 2)
    return _sales(day if day.day <= 12 else weekday_of(year, 1, WEDNESDAY, 1))


def summer_sales(year: int) -> Span:
    """The summer sales: from the last Wednesday of June, or the one before when the last is after the 28th."""
    day = weekday_of(year, 6, WEDNESDAY, -1)
    return _sales(day if day.day <= 28 else day - timedelta(weeks=1))


def black_friday(year: int) -> date:
    """The day after the fourth Thursday of November."""
    return weekday_of(year, 11, THURSDAY, 4) + timedelta(days=1)


FEASTS: dict[str, Dated] = {
    "christmas": _day(12, 25),
    "christmas-eve": _day(12, 24),
    "new-year": _day(1, 1),
    "new-year-eve": _day(12, 31),
    "holidays": lambda year: (date(year, 12, 24), date(year + 1, 1, 1)),
    "easter": _once(easter),
    "easter-monday": _once(lambda year: easter(year) + timedelta(days=1)),
    "valentine": _day(2, 14),
    "mothers-day": _once(mothers_day),
    "fathers-day": _once(lambda year: weekday_of(year, 6, SUNDAY, 3)),
    "black-friday": _once(black_friday),
    "cyber-monday": _once(lambda year: black_friday(year) + timedelta(days=3)),
    "winter-sales": winter_sales,
    "summer-sales": summer_sales,
    "back-to-school": _day(9, 1),
    "summer-holidays": _span((7, 1), (8, 31)),
    "halloween": _day(10, 31),
    "all-saints": _day(11, 1),
    "music-day": _day(6, 21),
    "bastille-day": _day(7, 14),
}
"""Each holiday's days in a year, by catalogue key (``dates-event-<key>``)."""

SEASONS: dict[str, Dated] = {
    "spring": _span((3, 20), (6, 20)),
    "summer": _span((6, 21), (9, 21)),
    "autumn": _span((9, 22), (12, 20)),
    "winter": _span((12, 21), (3, 19), years=1),
}

SAID = {
    "christmas": "noël|christmas|xmas|christmas day|jour de noël",
    "christmas-eve": "veille de noël|réveillon de noël|christmas eve",
    "new-year": "nouvel an|jour de l'an|new year|new year's day|new years day",
    "new-year-eve": "réveillon|saint-sylvestre|st sylvestre|new year's eve|new years eve",
    "holidays": "fêtes|fêtes de fin d'année|holiday season",
    "easter": "pâques|pâque|dimanche de pâques|easter|easter sunday",
    "easter-monday": "lundi de pâques|easter monday",
    "valentine": "saint-valentin|st valentin|valentin|valentine's day|valentines day|valentine's",
    "mothers-day": "fête des mères|fête des mamans|mother's day|mothers day",
    "fathers-day": "fête des pères|fête des papas|father's day|fathers day",
    "black-friday": "black friday",
    "cyber-monday": "cyber monday",
    "winter-sales": "soldes d'hiver|soldes de janvier|winter sales|january sales",
    "summer-sales": "soldes d'été|soldes de juillet|summer sales",
    "back-to-school": "rentrée|rentrée scolaire|rentrée de septembre|back to school|school year",
    "summer-holidays": "grandes vacances|vacances d'été|summer holidays",
    "halloween": "halloween",
    "all-saints": "toussaint|all saints|all saints' day",
    "music-day": "fête de la musique",
    "bastille-day": "fête nationale|bastille day",
    "spring": "printemps|spring|springtime",
    "summer": "été|summer|summertime",
    "autumn": "automne|autumn|fall",
    "winter": "hiver|winter|wintertime",
}
"""How people name each holiday and season, in French and English (read accent- and case-free)."""
SALES = ("winter-sales", "summer-sales")
"""What "les soldes" / "the sales" name: the next sales, of winter or summer."""
