"""Reading a typed number as people write it: digits or words (text2num), a range, a bound, a rate, a unit."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from itertools import pairwise
from typing import Any

from text_to_num import alpha2digit  # type: ignore[import-untyped]

from dialogs.parsing import number_lexicon as lex
from dialogs.parsing.number_lexicon import Noun, P, Period, Shape, Unit, plain
from dialogs.parsing.text import InvalidAnswer, parse_number
from domain.models import Language


@dataclass(frozen=True)
class Rate:
    """The period a number was typed per: a known one (``par mois``), or a span in the user's words (``sur 6 mois``)."""

    period: Period | None
    per_year: float
    said: str


@dataclass(frozen=True)
class Reading:
    """A typed number before it is turned into what the question asks.

    Attributes:
        value: the number (the middle of a range, a fraction in percent).
        low: the lower end of a range, or the part of a fraction; high: its upper end, or the whole.
        typed: the number and its noun as typed, for a reason shown to the user.
        year: the number, when it was typed alone as a year is (``2027``).
        terms: the numbers added or multiplied, for a sum or a product.
    """

    value: float
    shape: Shape = Shape.EXACT
    low: float = 0
    high: float = 0
    noun: Noun | None = None
    rate: Rate | None = None
    typed: str = ""
    year: int | None = None
    terms: tuple[float, ...] = ()


@dataclass(frozen=True)
class _Number:
    """A number read: where it was typed, its magnitude word, whether a lone article or said roughly, its noun."""

    value: float
    start: int
    end: int
    times: float = 1
    article: bool = False
    about: bool = False
    noun: Noun | None = None


class _Typed:
    """The text being read: numbers found are put in place of the characters they were typed with."""

    def __init__(self, raw: str, unit: Unit, people: bool) -> None:
        self.raw = raw
        self.text = plain(raw)
        self.numbers: list[_Number] = []
        self.unit = unit
        self.people = people

    def put(self, value: float, match: re.Match[str], **kind: Any) -> str:
        """A mark for a number read at ``match``; ``kind`` as :class:`_Number` says (its magnitude, its noun...)."""
        self.numbers.append(_Number(value, match.start(), match.end(), **kind))
        return chr(lex.MARK + len(self.numbers) - 1)

    def sub(self, pattern: re.Pattern[str], make: Callable[[re.Match[str]], str | None]) -> None:
        """Replace what ``pattern`` finds, keeping every other character in place."""

        def one(match: re.Match[str]) -> str:
            made = make(match)
            return match.group(0) if made is None else made.ljust(len(match.group(0)))

        self.text = pattern.sub(one, self.text)

    def number(self, mark: str) -> _Number:
        """The number a mark stands for."""
        return self.numbers[ord(mark) - lex.MARK]

    def marks(self) -> list[re.Match[str]]:
        """The numbers still in the text, in order."""
        return list(re.finditer(P, self.text))


def read(raw: str, lang: Language, unit: Unit, *, people: bool = False) -> Reading:
    """A typed answer as one number, with how exact it is, its noun and the period it is typed per.

    ``unit`` is what the question counts (a fraction is read where it asks a percentage, "m" is minutes where it
    asks hours), ``people`` whether it counts people ("moi et ma femme" is two).

    Raises:
        InvalidAnswer: when it holds no number, several, a date, or a vague quantity ("quelques centaines").
    """
    if re.fullmatch(r"\d{1,3}(?:[.,]\d+)?|\d{5,}", raw.strip()):  # the most common answer, read at once
        return Reading(parse_number(raw), typed=raw.strip())
    typed = _Typed(raw, unit, people)
    if lex.ZERO.fullmatch(typed.text.strip()):
        return Reading(0.0)
    if re.search(r"\d\s*[km]{2,}(?![a-z])", typed.text):
        raise InvalidAnswer("error-number")
    if vague := lex.VAGUE.search(typed.text):
        raise InvalidAnswer("error-number-vague", typed=raw[vague.start() : vague.end()])
    date_typed = _blank_dates(typed)
    _read_numbers(typed, lang)
    rate = _rate(typed)
    shape = Shape.EXACT
    for found, pattern in lex.MARKS:
        if pattern.search(typed.text):
            shape = shape if shape is not Shape.EXACT else found
            typed.text = pattern.sub(lambda m: " " * len(m.group(0)), typed.text)
    marks = typed.marks()
    if shape is Shape.EXACT and any(typed.number(m.group(0)).about for m in marks):
        shape = Shape.ABOUT
    if not marks and rate and lex.EVERY.match(rate.said):
        return Reading(1.0, shape, noun=Noun.TIMES, rate=rate, typed=rate.said)
    if not marks:  # a date alone, a vague quantity, or no number at all
        if date_typed:
            raise InvalidAnswer("error-number-date", date=date_typed)
        raise InvalidAnswer("error-number-vague" if lex.SOME.search(typed.text) else "error-number", typed=raw.strip())
    try:
        return _shaped(typed, marks, shape, rate)
    except InvalidAnswer:
        words = [m for m in marks if not typed.number(m.group(0)).article]
        if not words or len(words) == len(marks):
            raise
        return _shaped(typed, words, shape, rate)


def _blank_dates(typed: _Typed) -> str | None:
    """Remove what reads as a date (``juin 2027``, ``15/03``), keeping the first as typed."""
    found: list[str] = []

    def date(match: re.Match[str]) -> str | None:
        day, month = match.group(1), match.group(2)
        if day and month and not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            return None
        found.append(typed.raw[match.start() : match.end()].strip())
        return ""

    typed.sub(lex.DATES, date)
    if typed.unit is not Unit.PERCENT:
        typed.sub(lex.DAY_MONTH, date)
    return found[0] if found else None


def _read_numbers(typed: _Typed, lang: Language) -> None:
    """Put a mark in place of each number: said (``demi-heure``), in digits (``1,5k``), in words (``deux mille``)."""
    for pattern, value, noun, percent_only in lex.SPOKEN:
        if typed.unit is Unit.PERCENT or not percent_only:
            typed.sub(pattern, partial(typed.put, value, noun=noun))
    if typed.people:
        typed.sub(lex.SELF, partial(typed.put, 1))
        typed.sub(lex.PARTNER, partial(typed.put, 1))
    typed.sub(lex.EURO_CENTS, lambda m: typed.put(int(m.group(1)) + int(m.group(2)) / 100, m, noun=Noun.MONEY))
    typed.sub(lex.PERCENT_WORDS, lambda m: "%")
    typed.sub(lex.HOUR_MINUTES, lambda m: typed.put(int(m.group(1)) + int(m.group(2)) / 60, m, noun=Noun.HOURS))
    typed.sub(lex.K_DIGIT, lambda m: typed.put((int(m.group(1)) + int(m.group(2)) / 10) * 1e3, m, times=1e3))

    def digits(match: re.Match[str]) -> str:
        suffix = match.group(2) or match.group(3)
        if suffix == "m" and typed.unit is Unit.HOURS:
            suffix = None
        times = lex.SUFFIX[suffix] if suffix else 1.0
        mark = typed.put(parse_number(match.group(1)) * times, match, times=times)
        width = match.end(1) - match.start()
        return mark if suffix else mark.ljust(width) + match.group(0)[width:]

    typed.sub(lex.DIGITS, digits)
    other = Language.EN if lang is Language.FR else Language.FR

    def words(match: re.Match[str]) -> str:
        said = match.group(0)
        if said in ("un", "une"):
            return typed.put(1, match, article=True)
        spelled = next((s for s in (alpha2digit(said, code, threshold=0) for code in (lang, other)) if s != said), said)
        return re.sub(r"\d+(?:[.,]\d+)?", lambda d: typed.put(float(d.group(0).replace(",", ".")), match), spelled)

    typed.sub(lex.WORDS, words)

    def magnitude(match: re.Match[str]) -> str:
        times = lex.SUFFIX[match.group(2)]
        return typed.put(typed.number(match.group(1)).value * times, match, times=times)

    typed.sub(lex.WORDS_TIMES, magnitude)

    def aine(match: re.Match[str]) -> str:
        count = typed.number(match.group(1)) if match.group(1) else None
        value = (count.value if count else 1) * lex.AINES[match.group(3)] * (0.5 if match.group(2) else 1)
        return typed.put(value, match, about=count is None or count.article)

    typed.sub(lex.AINE, aine)
    typed.sub(lex.AND_A_HALF, lambda m: _half(typed, m))


def _half(typed: _Typed, match: re.Match[str]) -> str:
    """``deux heures et demie``: the number and a half, with its noun kept after it."""
    number = typed.number(match.group(1))
    typed.numbers[ord(match.group(1)) - lex.MARK] = replace(number, value=number.value + 0.5)
    return match.group(1) + match.group(2)


def _rate(typed: _Typed) -> Rate | None:
    """The period the number is typed per (``par mois``, ``/j``, ``sur 6 mois``), removed from the text."""
    found: list[Rate] = []

    def span(match: re.Match[str]) -> str | None:
        mark = match.group(2) or match.group(3)
        if mark is None and match.group(1) is None:
            return None
        count = typed.number(mark).value if mark else 1
        unit = match.group(4)
        period = next((p for p, (words, _, _) in lex.UNITS.items() if re.fullmatch(words, unit)), None)
        years = lex.SPAN_YEARS[unit] * count
        known = period if count == 1 else next((p for y, p in lex.SPANNED.items() if abs(y - years) < 1e-6), None)
        found.append(Rate(known, 1 / years, typed.raw[match.start() : match.end()].strip()))
        return ""

    typed.sub(lex.SPAN, span)
    for period, pattern in lex.PER:

        def per(match: re.Match[str], period: Period = period) -> str:
            found.insert(0, Rate(period, 0, typed.raw[match.start() : match.end()].strip()))
            return ""

        typed.sub(pattern, per)
    return found[0] if found else None


def _shaped(typed: _Typed, marks: list[re.Match[str]], shape: Shape, rate: Rate | None) -> Reading:
    """One number, a fraction, a range, a product (``4 × 180``) or a sum (``450 + 200``), with its noun."""
    numbers = [typed.number(m.group(0)) for m in marks]
    first, last = numbers[0], numbers[-1]
    between = [typed.text[a.end() : b.start()] for a, b in pairwise(marks)]
    before = typed.text[: marks[0].start()]
    low = high = first.value
    terms = tuple(n.value for n in numbers) if len(numbers) > 1 else ()
    if not between:
        value = first.value
    elif (
        typed.unit is Unit.PERCENT and len(between) == 1 and lex.OUT_OF.fullmatch(between[0]) and low <= last.value > 0
    ):
        value = round(first.value / last.value * 100, 1)
        return Reading(value, Shape.FRACTION, first.value, last.value, typed=typed.raw.strip())
    elif len(between) == 1 and _ranged(between[0], before):
        low, high, shape = _low(first, last), last.value, Shape.RANGE
        if low >= high:
            raise InvalidAnswer("error-number-many")
        value = (low + high) / 2
    elif all(lex.PRODUCT.fullmatch(b) for b in between):
        value, shape = math.prod(terms), Shape.PRODUCT
    elif all(
        lex.PLUS.fullmatch(b) or lex.AND.fullmatch(b) or (typed.people and lex.PEOPLE_AND.fullmatch(b)) for b in between
    ):
        value, shape = sum(terms), Shape.SUM
    else:
        raise InvalidAnswer("error-number-many")
    after = lex.AFTER.match(typed.text, marks[-1].end())
    noun = last.noun or (lex.NOUN.get(after.group(1)) if after else None)
    start = first.start
    if noun is None and (sign := re.search(r"([€$£])\s*$", before)):
        noun, start = lex.NOUN[sign.group(1)], sign.start()
    end = after.end() if after and noun and not last.noun else last.end
    if re.search(r"(?:^|[^\w" + P[1:-1] + r"])-\s*$", before):
        value = -value
    plain = typed.raw[first.start : first.end].strip()
    rest = re.sub(P, "", typed.text)
    alone = len(marks) == 1 and noun is None and rate is None and not re.search(r"[a-z0-9€$£%]", rest)
    year = int(plain) if alone and re.fullmatch(r"(?:19|20)\d\d", plain) else None
    return Reading(value, shape, low, high, noun, rate, typed.raw[start:end].strip(), year, terms)


def _ranged(between: str, before: str) -> bool:
    """Whether two numbers make a range: ``20-30``, ``20 à 30``, ``20 or 30``, ``entre 20 et 30``."""
    joined = not re.fullmatch(r"\s*(?:et|and)\s*", between) or re.search(r"\b(?:entre|between)\s*$", before)
    return bool(lex.RANGE.fullmatch(between) and joined)


def _low(first: _Number, last: _Number) -> float:
    """The lower end of a range, with the magnitude typed only after the upper end (``20-30k``, ``2 à 300``)."""
    if first.times == 1 and last.times > 1 and first.value * last.times <= last.value:
        return first.value * last.times
    scale = 10 ** (len(str(int(last.value))) - 1)
    if first.value == int(first.value) and 1 < first.value < 10 and scale >= 100 and last.value % scale == 0:
        return first.value * scale if first.value * scale < last.value else first.value
    return first.value
