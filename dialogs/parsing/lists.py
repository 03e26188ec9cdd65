"""Where a typed list splits into items: separators, a final "et"/"and", never inside brackets or quotes.

The rules, and what they refuse to guess:

- Items are separated by commas, semicolons, new lines, bullets, `` / ``, `` - `` and `` + ``.
- Nothing inside brackets or quotes splits: ``Leroy Merlin (Paris, Lyon)`` and ``« a, b »`` are one item each.
  An emoticon's bracket (``:(``) is a plain character; a bracket left open holds the rest of its line.
- A final "et", "and", "&", "ou", "or" splits the last item of a line only when that line already has a comma
  or a semicolon: ``Ikea, Maisons du Monde et Conforama`` gives three items, while ``Marks and Spencer``,
  ``Pierre et Vacances`` or ``recherche et développement`` typed alone stay one. Where the question asks for
  several items and only one came, a lone "et"/"and" splits too (``étudiants et familles`` for two segments).
- Known names with a conjunction (``Procter & Gamble``, ``Pierre et Vacances``) and two capitalised single words
  joined by ``&`` (``Black & Decker``) are never split.
- A leading "et"/"and" and a lone "etc." are dropped; a line that is exactly one of ``keep`` (a suggestion's
  label) is one item as it is.
"""

from __future__ import annotations

import re
from collections.abc import Collection

PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”"}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}

COMPOUND_NAMES = (
    "pierre et vacances",
    "marks and spencer",
    "marks & spencer",
    "marks et spencer",
    "procter & gamble",
    "procter and gamble",
    "johnson & johnson",
    "johnson and johnson",
    "ben & jerry",
    "ben and jerry",
    "barnes & noble",
    "dolce & gabbana",
    "black & decker",
    "moët & chandon",
    "moet & chandon",
    "recherche et développement",
    "research and development",
    "fruits et légumes",
    "rock and roll",
    "bed and breakfast",
    "click and collect",
    "click & collect",
    "drive and collect",
    "fish and chips",
    "salt and pepper",
    "sel et poivre",
    "question et réponse",
    "questions et réponses",
    "q&a",
)
"""Names and set phrases that hold a conjunction: one item each, wherever they are."""

_SEPARATOR = re.compile(
    r"(?:,(?!(?<=\d,)\d+(?:\s*[%€$£]|\s+(?!(?:et|and|ou|or)\b)[^\W\d_])))|[;•·]|(?:^|(?<=\s))-\s|\s\+\s|\s/\s"
)
"""Commas (not a decimal comma, as in ``4,6 sur Google`` or ``2,5 %``), semicolons, bullets, dashes, plus, slashes."""
_INLINE = frozenset({",", ";", "/"})
_CONJUNCTION = re.compile(
    r"\s+(?:et puis|et aussi|ainsi que|and also|as well as|and then|et|and|&|ou|or)\s+", re.IGNORECASE
)
_LEADING = re.compile(r"^(?:(?i:et puis|et aussi|ainsi que|and also|as well as|and then|et|and)|&|ou|or)(?:\s+|$)")
"""A conjunction left at the start of an item; "ou"/"or" only in lower case ("Or et argent" is gold)."""
_TRAILING = re.compile(r"\s+(?:et|and|&|ou|or)$", re.IGNORECASE)
_AMPERSAND_NAME = re.compile(r"^\s*[A-Z][\w'’.]*\s&\s[A-Z][\w'’.]*\s*$")
_MARKER = re.compile(r"^\s*(?:\d+[.)](?!\d)|[*\-–])\s*")
_ETC = frozenset({"etc", "etc.", "etc..", "etc...", "et cetera", "and so on", "et caetera", "…", "..."})


def _protected(text: str) -> list[tuple[int, int]]:
    """Spans inside brackets or quotes (from the opening to the closing mark), and known compound names."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    quote: int | None = None
    for index, char in enumerate(text):
        emoticon = index > 0 and text[index - 1] in ":;=-" and char in "()[]"
        if char == '"':
            if quote is None:
                quote = index
            else:
                spans.append((quote, index))
                quote = None
        elif char in PAIRS and not emoticon:
            stack.append(index)
        elif char in CLOSERS and not emoticon:
            for depth in range(len(stack) - 1, -1, -1):
                if text[stack[depth]] == CLOSERS[char]:
                    spans.append((stack[depth], index))
                    del stack[depth:]
                    break
    spans.extend((start, len(text)) for start in stack)  # a bracket left open holds the rest of the line
    lowered = text.casefold()
    for name in COMPOUND_NAMES:
        for found in re.finditer(re.escape(name) + r"(?!\w)", lowered):
            spans.append((found.start(), found.end() - 1))
    spans.extend((found.start(), found.end() - 1) for found in _AMPERSAND_NAME.finditer(text))
    return spans


def _outside(spans: list[tuple[int, int]], index: int) -> bool:
    return not any(start <= index <= end for start, end in spans)


def _split_on(text: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """Parts of ``text`` cut where ``pattern`` matches outside brackets, quotes and names: (separator, part)."""
    spans = _protected(text)
    parts: list[tuple[str, str]] = []
    start, before = 0, ""
    for found in pattern.finditer(text):
        if _outside(spans, found.start()) and _outside(spans, found.end() - 1):
            parts.append((before, text[start : found.start()]))
            start, before = found.end(), found.group().strip()
    parts.append((before, text[start:]))
    return parts


def _unquoted(item: str) -> str:
    """An item wholly in quotes, without them (unless the quotes are what keeps it one item)."""
    if len(item) > 2 and (PAIRS.get(item[0]) == item[-1] or item[0] == item[-1] == '"') and item[0] not in "([{":
        inner = item[1:-1].strip()
        if not _SEPARATOR.search(inner):
            return inner
    return item


def _tidy_item(item: str) -> str:
    item = _MARKER.sub("", item, count=1).strip(" .…")
    item = _TRAILING.sub("", _LEADING.sub("", item)).strip(" .…")
    return _unquoted(item)


def split(raw: str, keep: Collection[str] = (), least: int = 1) -> list[str]:
    """The items of a typed list, in order, trimmed, empty ones and "etc." dropped (duplicates are kept)."""
    kept = {label.strip().casefold() for label in keep}
    items: list[str] = []
    for line in raw.split("\n"):
        if line.strip().casefold() in kept:
            items.append(line.strip())
            continue
        parts = _split_on(line, _SEPARATOR)
        for number, (before, part) in enumerate(parts):
            if number == len(parts) - 1 and before in _INLINE and part.strip().casefold() not in kept:
                items.extend(piece for _, piece in _split_on(part, _CONJUNCTION))
            else:
                items.append(part)
    cleaned = [_tidy_item(item) for item in items]
    found = [item for item in cleaned if item and item.casefold() not in _ETC]
    if len(found) == 1 and least > 1 and found[0].casefold() not in kept:
        found = [_tidy_item(piece) for _, piece in _split_on(found[0], _CONJUNCTION)]
    return [item for item in found if item]


NOTHING = re.compile(
    r"^(?:aucune?|rien|personne|none|nothing|nobody|no ?one|no|non|nan|nope|pas vraiment|not really"
    r"|(?:pas de|aucun|no|zero) (?:concurrents?|competitors?|competition|concurrence))"
    r"(?: (?:vraiment|du tout|really|at all|a vrai dire))?$"
)
"""A list answered with "none" (where the question allows an empty list), matched on the folded answer."""
BUT = re.compile(
    r"^(?:aucune?|personne|nobody|no ?one|none|rien) (?:a part|sauf|hormis|except|apart from|but) (?P<rest>.+)$"
)
"""``aucun à part Starbucks``: only what comes after."""
NUMBERS_JOINED = re.compile(r"(?<=\d)\s+(?:et|and|&)\s+(?=\d)", re.IGNORECASE)


def nothing(folded: str) -> bool:
    """Whether a (folded) answer says the list is empty: ``aucun``, ``personne``, ``no competitors really``."""
    return bool(NOTHING.match(folded.strip(" .!")))


def only(raw: str, folded: str) -> str:
    """The answer without a leading "none but", and numbers joined by "et" read as suggestions' numbers.

    ``aucun à part Starbucks`` → ``Starbucks``; ``1 et 3`` → ``1, 3``.
    """
    text = raw
    if BUT.match(folded):
        text = re.split(r"(?i)\b(?:[àa] part|sauf|hormis|except|apart from|but)\b", raw, maxsplit=1)[-1].strip()
    return NUMBERS_JOINED.sub(", ", text)
