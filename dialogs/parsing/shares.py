"""Budget shares as people type them, brought to the form the split question reads: one "label number" per item.

``50/30/20``, ``60-40`` and ``1500 et 1500`` are lists of numbers; ``pareil``, ``moitié moitié``, ``half and
half``, ``fifty-fifty`` and ``same for each`` mean equal shares; ``tout sur les réseaux`` and ``all on SEO`` put
everything on one tactic; ``moitié``, ``un tiers``, ``deux tiers``, ``un quart`` and their English words are
numbers; ``réseaux 50 événements 30`` and ``50 réseaux, 30 événements`` name each tactic with its share.
"""

from __future__ import annotations

import re

from dialogs.parsing.hedges import tidy
from dialogs.parsing.text import fold

EQUAL = re.compile(
    r"^(?:tout\s+)?pareil\b|^(?:a\s+)?parts?\s+egales?\b|^equitabl|^egal|^(?:the\s+)?same\b|^equal|^even"
    r"|^moitie\s*[-/,et ]*\s*moitie$|^half\s+(?:and\s+half|each)$|^fifty[\s-]*fifty$"
)
"""Equal shares, said in words (matched on the folded answer)."""
EVERYTHING = re.compile(r"^(?:tout|all|100\s*%?)\s+(?:mettre\s+)?(?:sur|en|dans|pour|on|in|into|for)\s+(?P<on>.+)$")
"""Everything on one tactic: ``tout sur les réseaux``, ``all on SEO``."""
FRACTIONS = {
    "deux tiers": "66.7",
    "two thirds": "66.7",
    "trois quarts": "75",
    "three quarters": "75",
    "un tiers": "33.3",
    "one third": "33.3",
    "a third": "33.3",
    "un quart": "25",
    "a quarter": "25",
    "one quarter": "25",
    "la moitie": "50",
    "moitie": "50",
    "half": "50",
}
BETWEEN_NUMBERS = re.compile(r"(?<=\d)\s*(?:%\s*)?(?:/|-|\bet\b|\band\b)\s*(?=\d)")
NUMBER_FIRST = re.compile(r"^\s*(?P<n>\d[\d.,]*)\s*%?\s*(?:(?:en|sur|pour|dans|on|in|for)\s+)?(?P<label>\D+?)\s*$")
AFTER_NUMBER = re.compile(r"(\d\s*%?)\s+(?=[^\d\s,;%])")


def equal(raw: str) -> bool:
    """Whether the answer asks for equal shares."""
    return bool(EQUAL.search(fold(tidy(raw) or raw).strip(" .!")))


def everything_on(raw: str) -> str | None:
    """The tactic that is to get the whole budget, as typed (``tout sur les réseaux`` → ``les réseaux``)."""
    found = EVERYTHING.match(fold(tidy(raw) or raw).strip(" .!"))
    return found.group("on") if found else None


def canonical(raw: str) -> str:
    """The answer with filler gone, fractions as numbers, numbers separated, and each label before its number."""
    text = tidy(raw) or raw
    for words, number in FRACTIONS.items():
        text = re.sub(rf"(?i)\b{words.replace('e', '[eé]')}\b", number, text)
    text = BETWEEN_NUMBERS.sub(", ", text)
    if not re.search(r"[^\W\d_]", text):
        return text
    if not re.match(r"\s*\d", text):  # "réseaux 50 événements 30": a comma after each number
        text = AFTER_NUMBER.sub(r"\1, ", text)
    parts = [p.strip() for p in re.split(r"[,;\n]", text) if p.strip()]
    labelled: list[tuple[str, float | None]] = []
    for part in parts:
        rest = REST.match(fold(part))
        first = NUMBER_FIRST.match(part)
        if rest:
            labelled.append((part[rest.start("label") :], None))
        elif first:
            labelled.append((first.group("label"), _number(first.group("n"))))
        else:
            labelled.append((part, None) if not re.search(r"\d", part) else (part, -1.0))
    if any(n == -1.0 for _, n in labelled):  # already "label number": as typed
        return ", ".join(parts)
    known = sum(n for _, n in labelled if n is not None)
    missing = [label for label, n in labelled if n is None]
    if len(missing) == 1 and known < 100 and any(REST.match(fold(p)) for p in parts):
        labelled = [(label, 100 - known if n is None else n) for label, n in labelled]
    return ", ".join(f"{label} {_shown(n)}" if n is not None else label for label, n in labelled)


REST = re.compile(r"^(?:tout\s+)?(?:le\s+reste|the\s+rest)\s+(?:(?:en|sur|pour|dans|on|in|for|to)\s+)?(?P<label>.+)$")
"""The remainder of the budget on one tactic: ``le reste en événements``."""


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _shown(number: float) -> str:
    return f"{number:g}"
