"""A number to reach said as a growth: « passer de 25 à 40 » aims at 15 more, not at a range around 32."""

from __future__ import annotations

import re

from dialogs.parsing.text import InvalidAnswer, parse_number

GROWTH = re.compile(
    r"\b(?:passer|aller|monter|grimper|grandir|augmenter|go|going|grow|growing|get|getting|increase)\s+"
    r"(?:de|d['’]|from)\s*(?P<low>\d[\d\s.,]*?)\s+(?:à|a|to)\s+(?P<high>\d[\d\s.,]*\d|\d)",
    re.IGNORECASE,
)


def growth(text: str) -> tuple[float, float] | None:
    """The count today and the count to reach, when the text says it grows from one to the other."""
    found = GROWTH.search(text)
    if found is None:
        return None
    try:
        low, high = parse_number(found["low"]), parse_number(found["high"])
    except InvalidAnswer:
        return None
    return (low, high) if high > low else None
