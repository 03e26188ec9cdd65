"""The words people use for options besides their labels, kept as data in ``domain/synonyms/<language>.toml``."""

from __future__ import annotations

import re
import tomllib
from enum import StrEnum
from functools import cache
from pathlib import Path

import domain
from dialogs.parsing.text import fold

SYNONYMS = Path(domain.__file__).parent / "synonyms"

Words = tuple[str, ...]
"""A phrase as folded words (``("pas", "cher")``)."""


@cache
def synonyms() -> dict[str, dict[str, tuple[Words, ...]]]:
    """Every table of ``domain/synonyms/*.toml``, both languages together: table → key → folded phrases (words)."""
    merged: dict[str, dict[str, dict[Words, None]]] = {}
    for path in sorted(SYNONYMS.glob("*.toml")):
        with path.open("rb") as file:
            for table, entries in tomllib.load(file).items():
                for key, phrases in entries.items():
                    found = merged.setdefault(table, {}).setdefault(str(key), {})
                    found.update((tuple(fold(p).split()), None) for p in phrases if fold(p))
    return {table: {key: tuple(found) for key, found in entries.items()} for table, entries in merged.items()}


def words_of(table: str, key: str) -> tuple[Words, ...]:
    """The phrases of one entry (``words_of("word", "all")``)."""
    return synonyms().get(table, {}).get(key, ())


def table_of(enum: type[StrEnum]) -> str:
    """The synonym table of an enumeration: its catalogue prefix (``PriceStrategy`` → ``price-strategy``)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", enum.__name__).lower()
