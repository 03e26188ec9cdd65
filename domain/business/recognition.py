"""The business model a person's own words name ("boulangerie artisanale", "prof de yoga")."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from rapidfuzz import fuzz

from domain.business.loading import business, names


def recognise(answer: str) -> str | None:
    """The business model a person's own words name ("boulangerie artisanale", "prof de yoga"), if any.

    A model's word found whole in the answer (or its plural) wins: the one said first, since what is sold comes
    before whom it is sold to ("logiciel de planning pour restaurants"), the longest among those; failing that, a
    word of the answer close to a model's word (a typo) does.
    """
    text = f" {fold(answer)} "
    found = [
        (at, -len(word), name)
        for name in names()
        for word in _words(name)
        for form in (word, f"{word}s", f"{word}x")
        if (at := text.find(f" {form} ")) >= 0
    ]
    if found:
        return min(found)[2]
    tokens = [token for token in text.split() if len(token) >= 5]
    close = [
        (score, name)
        for name in names()
        for word in _words(name)
        for token in tokens
        if (score := fuzz.ratio(token, word)) >= 85
    ]
    return max(close)[1] if close else None


@cache
def _words(name: str) -> tuple[str, ...]:
    model = business(name)
    return tuple(dict.fromkeys(fold(w) for w in (*model.fr.words, *model.en.words)))


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced text."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())
