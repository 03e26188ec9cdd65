"""Reading free text as people type it: numbers, lists, dates and months, labels."""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import date, datetime
from functools import cache

from babel.dates import get_month_names
from price_parser import Price
from text_to_num import alpha2digit  # type: ignore[import-untyped]

from dialogs.parsing import lists
from domain.i18n import BABEL_LOCALES
from domain.models import Language


class InvalidAnswer(Exception):
    """An answer that cannot be accepted; carries the catalogue key of the reason, shown to the user."""

    def __init__(self, key: str, **args: str | int | float) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


_SUFFIX = re.compile(
    r"(\d)\s*(k|m|mille|milles|million|millions|md|milliard|milliards|thousand|bn|billion|billions)(?![a-z])",
    re.IGNORECASE,
)
_MULTIPLIER = {"k": 1e3, "mille": 1e3, "milles": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "millions": 1e6}
_MULTIPLIER |= {"md": 1e9, "milliard": 1e9, "milliards": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9}
_DECIMAL_ZERO = re.compile(r"^\s*(-?)0,(\d+)\s*$")
_NUMBER_WORDS = re.compile(r"\d")
_SPACES = re.compile(r"[\u00a0\u2007\u2009\u202f]")


_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_INVISIBLE_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
"""Bidi marks, embeddings, overrides and isolates, and the byte-order mark: they can reorder or hide what a plan
says (a name that reads differently from what it holds) and carry no content of their own."""


def clean_typed(text: str) -> str:
    """Typed text as it is stored: NFC, tabs as spaces, without control, bidi-formatting or lone surrogate characters.

    Line breaks stay, one new-line character each (lists are typed one item a line), and so do the zero-width
    joiners, variation selectors and tag characters that emoji sequences are made of.
    """
    spaced = _INVISIBLE_CONTROLS.sub("", _LINE_BREAKS.sub("\n", text).replace("\t", " "))
    kept = "".join(c for c in spaced if c == "\n" or unicodedata.category(c) not in ("Cc", "Cs"))
    return unicodedata.normalize("NFC", kept)


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced text, for forgiving comparisons."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w%]+", " ", plain).split())


def is_readable(text: str) -> bool:
    """Whether the text holds at least one letter or digit (not only emoji or punctuation)."""
    return any(c.isalnum() for c in text)


def parse_number(raw: str) -> float:
    """A number typed the way people type it: ``1 500 €``, ``1.500,50``, ``2k``, ``2,5 %``, ``deux mille``.

    Ranges, periods and units are read by :func:`numbers.understand`, for the questions that ask a number.

    Raises:
        InvalidAnswer: when there is no number, or more than one.
    """
    try:
        return _parse_digits(raw)
    except InvalidAnswer as error:
        spelled = next((s for s in (alpha2digit(raw, code, threshold=0) for code in ("fr", "en")) if s != raw), raw)
        if error.key != "error-number" or spelled == raw or _NUMBER_WORDS.search(raw):
            raise
        return _parse_digits(spelled)


def _parse_digits(raw: str) -> float:
    text = _SPACES.sub(" ", raw.strip()).replace("%", " ").replace("\u2212", "-")
    multiplier = 1.0
    suffixes = list(_SUFFIX.finditer(text))
    if len(suffixes) > 1 or re.search(r"\d\s*[kKmM]{2,}(?![a-zA-Z])", text):
        raise InvalidAnswer("error-number")
    if suffixes:
        suffix = suffixes[0]
        multiplier = _MULTIPLIER[suffix.group(2).lower()]
        text = text[: suffix.start(2)] + text[suffix.end(2) :]
    if zero := _DECIMAL_ZERO.match(text.replace("€", "")):
        value = float(f"0.{zero.group(2)}") * multiplier
        return -value if zero.group(1) else value
    price = Price.fromstring(text)
    if price.amount is None or price.amount_text is None:
        raise InvalidAnswer("error-number")
    before, _, after = text.partition(price.amount_text)
    if _NUMBER_WORDS.search(before) or _NUMBER_WORDS.search(after):
        raise InvalidAnswer("error-number-several")
    value = float(price.amount) * multiplier
    if before.rstrip().endswith("-"):
        value = -value
    return value


def split_list(raw: str) -> list[str]:
    """Items of a list written with commas, semicolons, new lines, bullets or a final "et"/"and", without duplicates.

    Never inside brackets or quotes; the rules are in ``dialogs.parsing.lists``.
    """
    seen: set[str] = set()
    unique = []
    for item in lists.split(raw):
        if fold(item) not in seen:
            seen.add(fold(item))
            unique.append(item)
    return unique


@cache
def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for lang in Language:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=BABEL_LOCALES[lang]).items():
                names[fold(name)] = number
    names.update({"sept": 9, "fev": 2, "juil": 7, "janv": 1, "avr": 4})
    return names


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_YEAR = re.compile(r"^(?:fin|end of|end)?\s*(\d{4})$")
_YM = re.compile(r"^(\d{4})[/.\-](\d{1,2})$")
_DM = re.compile(r"^(\d{1,2})[/.](\d{1,2})$")
_QUARTER = re.compile(r"^(?:[tq]([1-4])|([1-4])(?:e|er|eme|st|nd|rd|th)? (?:trimestre|quarter))\s*(\d{4})$")
_YEARS = re.compile(r"^(?:dans |in )?(\d{1,2}) (?:an|ans|annee|annees|year|years)$")
_FILLER = re.compile(r"^(?:d ici|dici|avant|pour|fin|en|by|before|end of|end|in|au|le|the)\s+")


def last_day(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, monthrange(year, month)[1])


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
    from dialogs.parsing.spoken_dates import spoken  # it reads words with this module's helpers

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
    months = _month_names()
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
