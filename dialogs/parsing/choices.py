"""Options read the way people name them: by number, label, synonym or with a typo; or asked about when unclear."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from dialogs.parsing.hedges import tidy
from dialogs.parsing.options import Option
from dialogs.parsing.synonyms import Words, words_of
from dialogs.parsing.text import InvalidAnswer, fold, split_list
from domain.i18n import Catalog

TYPO = 85
"""How close (rapidfuzz ratio, 0–100) a typed word must be to an option's to be read as a typo of it."""
CLEAR_TYPO = (78, 8)
"""A typo further off is still read when that close and that many points closer than to any other option."""
ASKED = 3
"""The most options a "which one?" question offers; an answer close to more is refused."""


class Ambiguous(InvalidAnswer):
    """An answer as close to several options: the question is asked again with only those, "which one?"."""

    def __init__(self, options: Sequence[Option], t: Catalog, key: str = "choice-which") -> None:
        super().__init__(key, options=either(options, t))
        self.ids = tuple(o.id for o in options)


class Unrecognised(InvalidAnswer):
    """Items of a list that name no option, or several: the options recognised stay ticked, the rest is asked."""

    def __init__(self, key: str, ticked: Sequence[str], **args: str | int | float) -> None:
        super().__init__(key, **args)
        self.ticked = tuple(ticked)


def quoted(labels: Sequence[str], t: Catalog, join: str = "choice-or") -> str:
    """Labels quoted and joined: « Premium » ou « Pénétration »; « A », « B » et « C » (``join="choice-and"``)."""
    marked = [t("choice-quoted", label=label.removesuffix(" " + t("advised-mark"))[:40]) for label in labels]
    return f" {t(join)} ".join([", ".join(marked[:-1]), marked[-1]] if len(marked) > 1 else marked)


def either(options: Sequence[Option], t: Catalog) -> str:
    """Options' labels quoted and joined by "or"."""
    return quoted([o.label for o in options], t)


@dataclass(frozen=True)
class Reading:
    """What an answer names: one group of equally close options per thing named.

    ``plain``: named by number or exact label; otherwise worked out (synonym, typo, years in business), and said back.
    """

    groups: tuple[tuple[Option, ...], ...] = ()
    plain: bool = True
    denied: bool = False
    """Whether options were named only to be denied ("pas de pub"): nothing to pick, nothing unknown either."""


_NUMBERED = re.compile(r"^(?:n|no|num|numero|number|option|choix|choice|le|la|the)?\s*(\d{1,3})$")
_ARTICLE = re.compile(r"^(?:le|la|les|l|un|une|des|du|mon|ma|mes|notre|nos|the|a|an|my|our)\s+(?=\D)")
_PARTS = re.compile(r"\s+(?:et|and|ou|or)\s+|[()/,;:·]", re.IGNORECASE)
Reader = Callable[[str], Sequence[str]]
"""Reads options a way beyond words (a stage from years in business): the ids it names, several if unsure."""


def number_of(text: str) -> int | None:
    """The option number a typed answer gives: ``2``, ``2.``, ``n°2``, ``#2``, ``le 2``, ``option 2``."""
    found = _NUMBERED.match(fold(text))
    return int(found.group(1)) if found else None


def _forms(option: Option, table: str | None) -> tuple[Words, ...]:
    """The ways to name an option: its label, the parts of its label, its id, its synonyms."""
    parts = [option.label, *_PARTS.split(option.label)]
    if not option.id.isdecimal():
        parts.append(option.id.replace("_", " "))
    forms = {tuple(fold(p).split()): None for p in parts if fold(p)}
    forms.update(dict.fromkeys(words_of(table, option.id) if table else ()))
    return tuple(forms)


def _same(word: str, form: str) -> bool:
    """Words equal, or one the plural (or feminine) of the other."""
    if word == form:
        return True
    short, long = sorted((word, form), key=len)
    return len(short) >= 4 and long[len(short) :] in ("s", "x", "e", "es") and long.startswith(short)


def _at(tokens: Sequence[str], start: int, form: Words) -> bool:
    end = start + len(form)
    return end <= len(tokens) and all(_same(tokens[start + i], word) for i, word in enumerate(form))


def negated(tokens: Sequence[str], start: int) -> bool:
    """Whether the words just before ``start`` deny what follows ("pas premium", "pas de pub", "no ads")."""
    denials = words_of("word", "not")
    return any(tuple(tokens[start - len(n) : start]) == n for n in denials if start >= len(n)) or any(
        (word,) in denials for word in tokens[max(0, start - 2) : start]
    )


def _named(
    tokens: Sequence[str], forms: dict[str, tuple[Words, ...]], options: Sequence[Option]
) -> tuple[list[tuple[Option, ...]], bool]:
    """Options whose words appear whole in the answer, the longest first, one group per place.

    Also whether some of them were denied ("pas de pub"), and so left out.
    """
    spans = [
        (-len(" ".join(form)), start, start + len(form), option)
        for option in options
        for form in forms[option.id]
        for start in range(len(tokens))
        if _at(tokens, start, form)
    ]
    taken: dict[tuple[int, int], list[Option]] = {}
    used = [False] * len(tokens)
    for _, start, end, option in sorted(spans, key=lambda s: (s[0], s[1])):
        same = taken.get((start, end))
        if same is not None:
            if option not in same:
                same.append(option)
        elif not any(used[start:end]):
            used[start:end] = [True] * (end - start)
            taken[(start, end)] = [option]
    named = [tuple(found) for (start, _), found in sorted(taken.items()) if not negated(tokens, start)]
    return named, any(negated(tokens, start) for start, _ in taken)


def _typos(text: str, forms: dict[str, tuple[Words, ...]], options: Sequence[Option], windows: bool) -> list[Option]:
    """The options a typo names: the closest, and any as close (within a point or two)."""
    tokens = text.split()
    best: dict[str, float] = {}
    for option in options:
        for form in forms[option.id]:
            phrase = " ".join(form)
            if len(phrase) < 4:
                continue
            typed = [text]
            if windows:
                starts = range(len(tokens) - len(form) + 1)
                typed += [" ".join(tokens[i : i + len(form)]) for i in starts if not negated(tokens, i)]
            score = max((fuzz.ratio(word, phrase) for word in typed if len(word) >= 4), default=0.0)
            best[option.id] = max(best.get(option.id, 0.0), score)
    top, *others = sorted(best.values(), reverse=True) or [0.0]
    if top < TYPO and not (top >= CLEAR_TYPO[0] and all(score <= top - CLEAR_TYPO[1] for score in others)):
        return []
    return [o for o in options if best.get(o.id, 0.0) >= top - 2]


def read(
    raw: str, options: Sequence[Option], table: str | None = None, reader: Reader | None = None, loose: bool = True
) -> Reading:
    """What a typed answer names among options.

    Tried in order: its number, a label or synonym said exactly, a reader's way (years in business), the beginning or
    a part of a label, options' words found in a sentence (``loose``, not when denied), and last a typo.

    Without ``loose``, only whole labels are compared (the user's own words elsewhere are not taken for an option).
    """
    full = fold(raw)
    text = _ARTICLE.sub("", full) if loose else full  # "le complet", "la boutique": the article names nothing
    if not text:
        return Reading()
    number = number_of(text)
    if number is not None and 1 <= number <= len(options):
        return Reading(((options[number - 1],),))
    forms = {o.id: _forms(o, table) if loose else (tuple(fold(o.label).split()), (fold(o.id),)) for o in options}
    exact = tuple(o for o in options if {tuple(text.split()), tuple(full.split())} & set(forms[o.id]))
    if exact:
        said = tuple(text.split())
        return Reading((exact,), plain=any(said in _forms(o, None) or fold(o.label).startswith(text) for o in exact))
    ids = reader(raw) if reader is not None else ()
    if ids:
        return Reading((tuple(o for o in options if o.id in ids),), plain=False)
    if len(text) >= 3:
        for found in (
            [o for o in options if fold(o.label).startswith(text)],
            [o for o in options if text in fold(o.label)],
        ):
            if found:
                return Reading((tuple(found),))
    named, denied = _named(full.split(), forms, options) if loose else ([], False)
    if named or denied:
        return Reading(tuple(named), plain=False, denied=denied)
    typos = _typos(text, forms, options, windows=loose)
    return Reading((tuple(typos),), plain=False) if typos else Reading()


def one(
    raw: str,
    options: Sequence[Option],
    t: Catalog,
    table: str | None = None,
    reader: Reader | None = None,
    notes: list[str] | None = None,
) -> Option:
    """The option an answer names; what was worked out is said back in ``notes``.

    Raises:
        Ambiguous: when it is as close to two or three options.
        InvalidAnswer: when it names none.
    """
    raw = tidy(raw) or raw
    reading = read(raw, options, table, reader)
    found = tuple(dict.fromkeys(o for group in reading.groups for o in group))
    if len(found) == 1:
        if not reading.plain and notes is not None:
            notes.append(t("choice-understood", labels=quoted([found[0].label], t)))
        return found[0]
    if not found and tuple(fold(raw).split()) in words_of("word", "all"):
        found = tuple(options)
    if 2 <= len(found) <= ASKED:
        main = _mainly(raw, options, table, reader)
        if main is not None:  # "surtout des particuliers, un peu d'entreprises": the main one
            if notes is not None:
                notes.append(t("choice-understood", labels=quoted([main.label], t)))
            return main
        raise Ambiguous(found, t)
    raise InvalidAnswer("error-choice")


def several(
    raw: str, options: Sequence[Option], t: Catalog, table: str | None = None, notes: list[str] | None = None
) -> list[str]:
    """The ids of the options a list names, in the order typed; "all" names every one.

    Raises:
        Unrecognised: when an item names none or several; the others are ticked.
    """
    items = [i for i in split_list(re.sub(r"\s+(?:et|and|&)\s+", ",", tidy(raw) or raw)) if i]
    if all(i.replace(" ", "").isdecimal() for i in items):
        items = [n for i in items for n in i.split()]
    if len(items) == 1 and tuple(fold(items[0]).split()) in words_of("word", "all"):
        return [o.id for o in options]
    picked: dict[str, None] = {}
    worked_out, unknown, unclear = False, [], []
    for item in items:
        reading = read(item, options, table)
        if not reading.groups and not reading.denied:
            unknown.append(item)
        for group in reading.groups:
            if len(group) == 1:
                picked[group[0].id] = None
                worked_out = worked_out or not reading.plain
            else:
                unclear.append((item, group))
    if unclear:
        item, group = unclear[0]
        raise Unrecognised("choice-unclear", list(picked), answer=item[:40], options=either(group, t))
    if unknown:
        answers = quoted(unknown, t, "choice-and")
        raise Unrecognised("choice-unknown-ticked" if picked else "choice-unknown", list(picked), answers=answers)
    if worked_out and notes is not None:
        notes.append(
            t("choice-understood", labels=quoted([o.label for o in options if o.id in picked], t, "choice-and"))
        )
    return list(picked)


MAINLY = re.compile(
    r"\b(?:surtout|mostly|mainly|principalement|majoritairement|essentiellement|en majorite|avant tout|primarily)\b"
)
"""Words that put one of two options first."""
SECONDARY = re.compile(r",|;|\b(?:mais|but|un peu|quelques|some|a few|aussi|also|et|and|avec|with)\b")


def _mainly(raw: str, options: Sequence[Option], table: str | None, reader: Reader | None) -> Option | None:
    """The option named right after "surtout"/"mostly", when the answer also names another one as secondary."""
    folded = fold(raw)
    marker = MAINLY.search(folded)
    if marker is None:
        return None
    head = SECONDARY.split(folded[marker.end() :], maxsplit=1)[0]
    reading = read(head, options, table, reader)
    found = tuple(dict.fromkeys(o for group in reading.groups for o in group))
    return found[0] if len(found) == 1 else None


def match_option(raw: str, options: Sequence[Option]) -> Option | None:
    """The option a typed answer names: by its number, its label, an unambiguous part of it, or a typo of it."""
    groups = read(raw, options, loose=False).groups
    return groups[0][0] if len(groups) == 1 and len(groups[0]) == 1 else None
