"""Levels and ages as people say them: a score out of 5 in digits, words or stars, and how long a business has run."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from functools import cache

from babel.dates import get_month_names

from dialogs.parsing.choices import Ambiguous, negated
from dialogs.parsing.hedges import tidy
from dialogs.parsing.options import Option
from dialogs.parsing.synonyms import Words, synonyms, words_of
from dialogs.parsing.text import InvalidAnswer, fold
from domain.i18n import BABEL_LOCALES, Catalog
from domain.models import Language, Stage

TOP = 5
STARS = re.compile("[★⭐🌟✪✭✮✯☆✩]")
"""Stars, filled or empty: a score in stars is read even though it holds no letter or digit."""
_STARS = re.compile("[★⭐🌟✪✭✮✯]")
_NOT_STARS = re.compile("[★⭐🌟✪✭✮✯☆✩*\ufe0f]")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+")
_OUT_OF = re.compile(r"\s*(?:/|sur|out of|of)\s*(\d+)\b", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:-|–|à|a|ou|or|to|et|and|,)\s*(\d+(?:[.,]\d+)?)\b(?!\s*%)", re.IGNORECASE)
_SEPARATOR = re.compile(r"[,;:.!?()\-–—]")


@cache
def _phrases() -> list[tuple[Words, int, bool]]:
    """Every phrase of a score, longest first: its words, its level, and whether it is a number in words."""
    found = [(phrase, int(key), False) for key, phrases in synonyms()["rating"].items() for phrase in phrases]
    found += [(phrase, int(key), True) for key in map(str, range(1, TOP + 1)) for phrase in words_of("number", key)]
    return sorted(found, key=lambda f: -len(" ".join(f[0])))


def _starts(words: Sequence[str], at: int, phrase: Words) -> bool:
    return tuple(words[at : at + len(phrase)]) == phrase


def _scale_words(words: Sequence[str], at: int) -> int:
    """How many words after ``at`` only name the scale ("sur cinq", "étoiles", "out of five")."""
    return max((len(p) for p in words_of("word", "scale") if _starts(words, at, p)), default=0)


def _read(text: str, options: Sequence[Option], t: Catalog) -> tuple[float, int, bool, bool]:
    """The level typed (maybe not whole), where what follows it starts, and how: plainly (``4``), in words."""
    if not any(c.isdecimal() for c in text) and (stars := len(_STARS.findall(text)) or text.count("*")):
        return stars, 0, False, False
    tokens = list(_TOKEN.finditer(text))
    words = [fold(m.group()) if not m.group()[0].isdecimal() else m.group() for m in tokens]
    for at, token in enumerate(tokens[:4]):
        if any(negated(words, i) for i in range(1, at + 1)):
            break
        if token.group()[0].isdecimal():
            if text[: token.start()].rstrip().endswith(("-", "\u2212")):
                break
            value, end = float(token.group().replace(",", ".")), token.end()
            plain = at == 0
            if out_of := _OUT_OF.match(text, end):
                scale, end = int(out_of.group(1)), out_of.end()
                plain = plain and scale == TOP
                value = value * TOP / scale if scale else 0
            elif (other := _RANGE.match(text, end)) and float(other.group(1).replace(",", ".")) != value:
                low, high = sorted((value, float(other.group(1).replace(",", "."))))
                if low == int(low) and high == int(high) and low >= 1 and high <= TOP and high - low < 3:
                    raise Ambiguous(options[int(low) - 1 : int(high)], t)
                raise InvalidAnswer("error-rating")
            following = [i for i, m in enumerate(tokens) if m.start() >= end]
            skip = _scale_words(words, following[0]) if following else 0
            end = tokens[following[0] + skip - 1].end() if skip else end
            return value, end, plain, False
        for phrase, level, is_number in _phrases():
            if not _starts(words, at, phrase):
                continue
            last = at + len(phrase)
            skip = _scale_words(words, last)
            alone = last == len(tokens) or skip or _SEPARATOR.search(text, tokens[last - 1].end(), tokens[last].start())
            if is_number and not alone:
                continue
            return level, tokens[last + skip - 1].end(), False, True
    raise InvalidAnswer("error-rating")


_GOES_ON = re.compile(r"^(?:[àa]|de|d'|to|of)\s+\w+$", re.IGNORECASE)
"""What ends the phrase that gave the level (``dur à atteindre``), not a comment about it."""


def score(raw: str, options: Sequence[Option], t: Catalog, notes: list[str]) -> int:
    """A level from 1 to 5: ``4``, ``4/5``, ``4 sur 5``, ``8/10``, ``quatre``, ``★★★★``, ``très bien``, ``pas cher``.

    What follows the level is a comment the plan has no room for: it is said back as not kept.

    Raises:
        Ambiguous: for "3 ou 4", "entre 3 et 4", "3,5": which one is asked.
        InvalidAnswer: when no level is found, or it is off the scale.
    """
    text = raw.strip() if STARS.search(raw) or "*" in raw else tidy(raw) or raw.strip()  # tidy drops emoji
    value, end, plain, in_words = _read(text, options, t)
    if value != int(value) and 1 <= value <= TOP:
        raise Ambiguous(options[int(value) - 1 : int(value) + 1], t, "rating-half")
    if value != int(value) or not 1 <= value <= TOP:
        raise InvalidAnswer("error-rating")
    rest = _NOT_STARS.sub("", text[end:]).strip(" ,;:.-–—!?()…")
    rest = "" if _GOES_ON.match(rest) else tidy(rest) if rest else rest  # "dur à atteindre", "cher genre 4"
    if (second := _TOKEN.match(rest)) and second.group().isdecimal() and 1 <= int(second.group()) <= TOP:
        if int(second.group()) != value and not in_words:  # a level in digits after words is the one meant
            raise Ambiguous(sorted((options[int(value) - 1], options[int(second.group()) - 1]), key=lambda o: o.id), t)
        value, plain, rest = int(second.group()), True, rest[second.end() :].strip(" ,;:.-–—!?()…")
    if sum(c.isalpha() for c in rest) >= 2:
        comment = rest if len(rest) <= 60 else rest[:59] + "…"
        notes.append(t("rating-comment", score=int(value), comment=comment))
    elif not plain:
        notes.append(t("rating-understood", score=int(value)))
    return int(value)


@cache
def _months() -> dict[str, int]:
    names = {}
    for lang in Language:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=BABEL_LOCALES[lang]).items():
                names[fold(name)] = number
    return names


_YEAR = re.compile(r"\b(?:(?P<month>[a-z]+)\s+)?(?P<year>19[5-9]\d|20\d\d)\b")
_SINCE_MONTH = re.compile(r"\b(?:depuis|since|en|in|from|de)\s+(?P<month>[a-z]+)\b")
_SPAN = re.compile(
    r"\b(?P<when>dans|in|d ici)?\s*(?P<n>\d+(?:[.,]\d+)?|a|an|un|une)\s+"
    r"(?P<unit>ans?|annees?|years?|yrs?|mois|months?|semaines?|weeks?|jours?|days?)\b"
)
_STARTED = re.compile(
    r"\b(?:depuis|since|started|opened|launched|began|founded|created|lance|lancee|ouvert|ouverte|commence|demarre"
    r"|cree|creee)\b"
)
_LESS = re.compile(r"\b(?:moins d|less than|under|presque|almost|nearly|pas encore)\s*$")
_MORE = re.compile(r"\b(?:plus d|more than|over|au moins|at least)\s*$")


def _months_in(unit: str) -> float:
    """How many months a unit of time lasts."""
    if unit.startswith(("an", "yea", "yr")):
        return 12
    if unit.startswith(("moi", "mon")):
        return 1
    return 0.25 if unit.startswith(("sem", "wee")) else 1 / 30


def stage_by_age(raw: str, today: date) -> tuple[str, ...]:
    """The stage the time in business gives: to come, an idea; under a year, launched; a year or more, growing.

    ``ça fait 3 ans``, ``depuis 2019``, ``since March``, ``6 months``, ``dans 3 mois``; a year ago by the calendar
    only ("depuis 2025") may be either: both are returned, to ask.
    """
    text = fold(raw)
    for number, phrases in synonyms()["number"].items():
        for phrase in phrases:
            text = re.sub(
                rf"\b{' '.join(phrase)}\b(?= (?:an|ans|annee|annees|year|years|mois|months?)\b)", number, text
            )
    if span := _SPAN.search(text):
        if span.group("when"):
            return (Stage.IDEA.value,)
        count = 1.0 if span.group("n") in ("a", "an", "un", "une") else float(span.group("n").replace(",", "."))
        months = count * _months_in(span.group("unit"))
        before = text[: span.start("n")]
        months += -0.5 if _LESS.search(before) else 0.5 if _MORE.search(before) else 0
        return (Stage.LAUNCHED.value if months < 12 else Stage.GROWING.value,)
    if re.search(r"\b(?:l annee derniere|l an dernier|last year)\b", text):
        return (Stage.LAUNCHED.value, Stage.GROWING.value)
    if found := _YEAR.search(text):
        year, month = int(found.group("year")), _months().get(found.group("month") or "")
        ago = (today.year - year) * 12 + (today.month - month if month else 0)
        if year > today.year or ago < 0:
            return (Stage.IDEA.value,)
        if year == today.year or (month and ago < 12):
            return (Stage.LAUNCHED.value,)
        return (Stage.GROWING.value,) if month or year < today.year - 1 else (Stage.LAUNCHED.value, Stage.GROWING.value)
    if (since := _SINCE_MONTH.search(text)) and since.group("month") in _months() and _STARTED.search(text):
        return (Stage.LAUNCHED.value,)
    return ()


READERS: dict[type[StrEnum], Callable[[str, date], tuple[str, ...]]] = {Stage: stage_by_age}
"""Options read a way beyond words, by the enumeration they choose from."""
