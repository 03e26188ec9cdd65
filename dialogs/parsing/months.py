"""Months as people write them: their names in every language, and the last day of a month."""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from functools import cache

from babel.dates import get_month_names

from dialogs.parsing.text import fold
from domain.i18n import BABEL_LOCALES
from domain.models import Language


@cache
def month_names() -> dict[str, int]:
    """Month names and their usual abbreviations, folded, in every language, with their numbers."""
    names: dict[str, int] = {}
    for lang in Language:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=BABEL_LOCALES[lang]).items():
                names[fold(name)] = number
    names.update({"sept": 9, "fev": 2, "juil": 7, "janv": 1, "avr": 4})
    return names


def last_day(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, monthrange(year, month)[1])
