"""Reading free text as people type it: numbers, lists, dates and months, labels."""

from __future__ import annotations

import re
import unicodedata

from price_parser import Price
from text_to_num import alpha2digit  # type: ignore[import-untyped]

from dialogs.parsing import lists


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
