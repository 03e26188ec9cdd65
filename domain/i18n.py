"""French and English catalogues (Project Fluent) and locale-aware formatting of numbers and dates."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, get_decimal_symbol
from fluent.runtime import FluentBundle, FluentResource

from domain.models import Language

LOCALES = Path(__file__).parent / "locales"
BABEL_LOCALES = {Language.FR: "fr_FR", Language.EN: "en_GB"}
CURRENCY = "EUR"

Args = str | int | float


class Catalog:
    """Every user-facing string of one language, looked up by key."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        self.locale = Locale.parse(BABEL_LOCALES[lang])  # parsed once: babel parses a name on every call
        self._bundle = FluentBundle([lang.value], use_isolating=False)
        for path in sorted((LOCALES / lang.value).glob("*.ftl")):
            self._bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
        self._patterns: dict[str, object] = {}
        self._fixed: dict[str, str] = {}

    def __call__(self, key: str, **args: Args) -> str:
        """The message ``key`` with its placeholders filled.

        Raises:
            KeyError: when the key is not in the catalogue (a test keeps both catalogues complete).
        """
        if not args:
            found = self._fixed.get(key)
            if found is not None:
                return found
        pattern: Any = self._patterns.get(key)
        if pattern is None:
            if not self._bundle.has_message(key):
                raise KeyError(f"{self.lang}: no message {key!r}")
            pattern = self._bundle.get_message(key).value
            self._patterns[key] = pattern
        text, errors = self._bundle.format_pattern(pattern, args)
        if errors:
            raise KeyError(f"{self.lang}: {key!r}: {errors[0]}")
        if not args:  # a message without placeholders reads the same every time: kept
            self._fixed[key] = str(text)
        return str(text)

    def has(self, key: str) -> bool:
        """Whether the catalogue has a message ``key``."""
        return bool(self._bundle.has_message(key))

    def label(self, value: StrEnum) -> str:
        """The label of an enum member, from the key ``<enum-name>-<value>`` (``sector-cafe``)."""
        name = type(value).__name__
        return self(f"{_PREFIXES.get(name) or _kebab(name)}-{value.value}")

    def money(self, amount: float) -> str:
        """An amount in euros, without cents when it is whole: ``1 500 €``, ``€1,500.50``."""
        text = str(format_currency(amount, CURRENCY, locale=self.locale))
        if round(amount, 2) == round(amount):
            text = text.replace(get_decimal_symbol(self.locale) + "00", "")
        return text

    def number(self, value: float, digits: int = 1) -> str:
        """A number with the locale's separators, rounded to ``digits`` decimals (two at least under one: 0,25)."""
        if 0 < abs(value) < 1:
            digits = max(digits, 2)
        return str(format_decimal(round(value, digits), locale=self.locale))

    def percent(self, value: float) -> str:
        """A percentage given in points (``2.5`` is ``2,5 %`` in French)."""
        return self("percent", value=self.number(value))

    def day(self, value: date) -> str:
        """A full date: ``30 juin 2027``; in French the first of the month is written ``1er``."""
        text = str(format_date(value, "long", locale=self.locale))
        if self.lang is Language.FR and value.day == 1 and text.startswith("1 "):
            text = "1er" + text[1:]
        return text

    def month(self, value: date) -> str:
        """A month and year: ``juin 2027``."""
        return str(format_date(value, "LLLL y", locale=self.locale))


_PREFIXES = {"KpiId": "kpi"}


def _kebab(name: str) -> str:
    return "".join("-" + c.lower() if c.isupper() and i else c.lower() for i, c in enumerate(name))


@cache
def catalog(lang: Language) -> Catalog:
    """The catalogue of a language, loaded once."""
    return Catalog(lang)
