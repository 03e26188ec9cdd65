"""Dates as people say them, in French and English: holidays, seasons, parts of a month or a year, "dans 3 mois".

How each is read; every date understood that was not typed as a day is said back, so the user can correct it:

- A holiday or a season is its next occurrence after today; with "prochain"/"next", one not yet begun ("l'été
  prochain" in July is next year's). Their days are France's, in English too (Mother's Day: ``domain.feasts``).
- A period said alone (a month, a season, a quarter, a half, a year, "le mois prochain") means its last day, as a
  deadline "by June" ends on 30 June; "début"/"early" means its first day, "mi-"/"mid" its middle (the 15th of a
  month, 30 June of a year), "avant"/"before" the day before it begins, "après"/"after" the day after it ends; a
  week ends on its Friday.
- A holiday means its (first) day; "avant Noël"/"before Christmas" means a week before it (18 December), or the
  day before once that week has begun; "après"/"after" the day after it (after its last day: "après les soldes").
- "d'ici l'été"/"by the summer" means the season's first day (a season alone means its end).
- "dans 3 mois", "in six months", "d'ici un an et demi" count from today ("quinze jours" is two weeks).
- Vague spans ("bientôt", "quelques mois", "un de ces jours") are no dates: they are refused and asked again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from functools import cache

from babel.dates import get_day_names
from rapidfuzz import fuzz, process
from text_to_num import text2num  # type: ignore[import-untyped]

from dialogs.parsing.months import last_day, month_names
from dialogs.parsing.text import fold
from domain.dates import month_later
from domain.feasts import FEASTS, SAID, SALES, SEASONS, Dated, Span
from domain.i18n import BABEL_LOCALES, Catalog
from domain.models import Language


class How(Enum):
    """Which day of a period is meant."""

    START = "start"
    MIDDLE = "middle"
    END = "end"
    BEFORE = "before"
    AFTER = "after"


@dataclass(frozen=True)
class Spoken:
    """A date understood from words, and the holiday it was said from (a catalogue key), if any."""

    day: date
    event: str | None = None
    shift: int = 0
    """Days before (negative) or after the holiday, for "avant Noël" or "après Pâques"."""


BEFORE_HOLIDAY = 7
"""How many days before a holiday "avant"/"before" means."""

UNITS = {"mois": 1, "month": 1, "trimestre": 3, "quarter": 3, "semestre": 6, "half": 6, "annee": 12, "an": 12}
UNITS |= {"year": 12, "semaine": 0, "week": 0, "weekend": -1}
"""Periods counted from today ("ce mois-ci", "le trimestre prochain"), in months; 0 for a week, -1 a weekend."""


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_FILLERS = _set(
    "a au aux d de des du en for by in l la le les of on at the pour ici dici jusqu jusque until till vers around "
    "about environ autour pendant during durant courant sometime stp svp please merci juste just right tout"
)
_THIS = _set("ce cet cette ci this current")
_NEXT = _set("prochain prochaine prochains prochaines next coming suivant suivante")
_POSITIONS = {"debut": How.START, "early": How.START, "beginning": How.START, "start": How.START, "mi": How.MIDDLE}
_POSITIONS |= {"mid": How.MIDDLE, "milieu": How.MIDDLE, "middle": How.MIDDLE, "fin": How.END, "end": How.END}
_POSITIONS |= {"late": How.END, "avant": How.BEFORE, "before": How.BEFORE, "apres": How.AFTER, "after": How.AFTER}
_REWRITES = (
    (re.compile(r"\b(?:au plus tard|at the latest|no later than|pas plus tard que|s time|from now)\b"), ""),
    (re.compile(r"^(?:a partir|a compter|from|starting|pas avant|not before|no earlier than)\b"), "debut"),
    (re.compile(r"\b(?:(?:la )?semaine (?:d )?avant|(?:the )?week before)\b"), "avant"),
    (
        re.compile(r"^(?:des que possible|au plus vite|asap|as soon as possible|tout de suite|right away)$"),
        "dans 1 jour",
    ),
    (re.compile(r"^(?:d ici|dici|by)(?: l| the)? (ete|summer|printemps|spring|fall|hiver|winter)$"), r"debut \1"),
    (re.compile(r"\bweek end\b"), "weekend"),
    (re.compile(r"\byear end\b"), "end year"),
    (re.compile(r"\b(?:une |a )?(?:quinzaine(?: de jours)?|fortnight)\b"), "quinze jours"),
    (re.compile(r"\b(?:une |a )?(dizaine|huitaine)(?: de jours)?\b"), r"\1 jours"),
    (re.compile(r"\ba couple of\b"), "two"),
)
_ORDINALS = {"1er": 1, "1re": 1, "1ere": 1, "premier": 1, "premiere": 1, "first": 1, "1st": 1, "2e": 2, "2eme": 2}
_ORDINALS |= {"2nd": 2, "deuxieme": 2, "second": 2, "seconde": 2, "3e": 3, "3eme": 3, "3rd": 3, "troisieme": 3}
_ORDINALS |= {"third": 3, "4e": 4, "4eme": 4, "4th": 4, "quatrieme": 4, "fourth": 4, "dernier": 4, "last": 4}
_ARTICLES = {"a": 1, "an": 1, "un": 1, "une": 1, "dizaine": 10, "huitaine": 8}
"""Counts said without a number ("dans un mois", "in a year", "une dizaine de jours")."""
_LATER = {"jour": 1, "day": 1, "semaine": 7, "week": 7}
"""Units of "dans N ...": days each (a day, a week); the other units are months (see ``UNITS``)."""
_QUARTER = re.compile(r"^(?:([qt])([1-4])|([hs])([12]))$")


def _words(text: str) -> list[str]:
    folded = fold(text)
    for pattern, replacement in _REWRITES:
        folded = pattern.sub(replacement, folded)
    return folded.split()


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS | _LATER else word


def _count(words: str) -> int | None:
    """A count in digits or in French or English words (``3``, ``trois``, ``dix-huit``, ``six``)."""
    if words.isdecimal() or words in _ARTICLES:
        return int(words) if words.isdecimal() and len(words) <= 3 else _ARTICLES.get(words)
    for lang in ("fr", "en"):
        try:
            return int(text2num(words, lang))
        except ValueError:
            continue
    return None


def _later(words: list[str], today: date) -> date | None:
    """``dans 3 mois``, ``in six months``, ``d'ici un an et demi``."""
    text = re.sub(r"^(?:(?:dans|d ici|dici|sous|en|in|within) )+|(?: (?:plus tard|later|time))$", "", " ".join(words))
    half = re.search(r" (?:et demie?|and a half)\b", text) is not None
    tokens = re.sub(r" (?:et demie?|and a half)\b", "", text).split()
    if len(tokens) < 2 or _singular(tokens[-1]) not in UNITS | _LATER:
        return None
    unit, number = _singular(tokens[-1]), _count(" ".join(t for t in tokens[:-1] if t not in ("de", "of")))
    if not number or number > 999:  # "dans un million d'années" is no date
        return None
    if unit in _LATER:
        days = {8: 7, 15: 14}.get(number, number) if unit == "jour" else number * _LATER[unit]
        return today + timedelta(days=days + (_LATER[unit] // 2 if half else 0))
    months = number * UNITS[unit] + (UNITS[unit] // 2 if half else 0)
    return month_later(today, months) + timedelta(days=15 if half and UNITS[unit] == 1 else 0)


@cache
def _phrases() -> dict[str, tuple[str, ...]]:
    """Every way of naming a holiday or a season, as read (accent-free, without little words), and what it names."""
    found: dict[str, tuple[str, ...]] = {}
    for key, said in SAID.items():
        for phrase in said.split("|"):
            found[" ".join(w for w in _words(phrase) if w not in _FILLERS)] = (key,)
    found["soldes"] = found["sales"] = SALES
    return found


def _unit_span(unit: str, today: date, shift: int) -> Span:
    if UNITS[unit] <= 0:  # Monday to Friday, or the weekend
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=shift)
        return monday + timedelta(days=-5 * UNITS[unit]), monday + timedelta(days=4 - 2 * UNITS[unit])
    size = UNITS[unit]
    first = month_later(today.replace(day=1), -((today.month - 1) % size) + shift * size)
    return first, month_later(first, size) - timedelta(days=1)


def _named(rest: str) -> tuple[list[Dated], tuple[str, ...]] | None:
    """A named holiday, season, month, quarter or half of the year: its days in any year."""
    phrases = _phrases()
    if rest not in phrases and len(rest) >= 5:
        months = [name for name in month_names() if len(name) >= 5]
        close = process.extractOne(rest, [*phrases, *months], scorer=fuzz.ratio, score_cutoff=85)
        rest = close[0] if close else rest
    if rest in phrases:
        return [{**FEASTS, **SEASONS}[key] for key in phrases[rest]], phrases[rest]
    if (month := month_names().get(rest.removeprefix("mois ").removeprefix("month "))) is not None:
        return [lambda y: (date(y, month, 1), last_day(y, month))], ()
    words = re.sub(r" (?:annee|year)$", "", rest).split()
    if match := _QUARTER.match(rest):
        part, size = (int(match.group(2)), 3) if match.group(1) else (int(match.group(4)), 6)
    elif len(words) == 2 and words[0] in _ORDINALS and words[1] in ("trimestre", "quarter", "semestre", "half"):
        part, size = _ORDINALS[words[0]], UNITS[words[1]]
    elif len(words) == 2 and words[0] in ("trimestre", "quarter", "semestre") and words[1] in ("1", "2", "3", "4"):
        part, size = int(words[1]), UNITS[words[0]]
    else:
        return None
    if part > 12 // size:
        part = 12 // size if words[0] in ("dernier", "last") else 0
    if not part:
        return None
    return [lambda y: (date(y, size * part - size + 1, 1), last_day(y, size * part))], ()


def _pick(span: Span, how: How | None, event: bool, today: date) -> date:
    start, end = span
    if how is How.START or (how is None and event):
        return start
    if how is How.BEFORE:
        if not event:
            return start - timedelta(days=1)
        early = start - timedelta(days=BEFORE_HOLIDAY)
        return early if early > today else start - timedelta(days=1)
    if how is How.AFTER:
        return end + timedelta(days=1)
    if how is How.MIDDLE:
        if start.day == 1 and end == last_day(end.year, end.month) and (end - start).days < 31:
            return start.replace(day=15)
        whole_year = (start.month, end.month, end.day) == (1, 12, 31)
        return date(start.year, 6, 30) if whole_year else start + (end - start) // 2
    return end


def spoken(raw: str, today: date) -> Spoken | None:
    """The date meant by words (see the module's rules), or ``None`` when they are none of the forms read here."""
    words = _words(raw)
    if (later := _later(words, today)) is not None:
        return Spoken(later)
    if (day := re.fullmatch(r"(?:le|the|on the) (\d{1,2})(?:er|st|nd|rd|th|e)?", " ".join(words))) is not None:
        number = int(day.group(1))
        month = today if number > today.day else month_later(today.replace(day=1), 1)
        return Spoken(month.replace(day=number)) if number <= last_day(month.year, month.month).day else None
    years = [int(w) for w in words if re.fullmatch(r"(?:19|20|21)\d\d", w)]
    which = "next" if _NEXT & set(words) else "this" if _THIS & set(words) else None
    words = [w for w in words if w not in _FILLERS | _THIS | _NEXT and not re.fullmatch(r"\d{4}", w)]
    how = None
    while words and words[0] in _POSITIONS:
        how = _POSITIONS[words.pop(0)]
    rest = " ".join(words)
    how = How.START if rest == "weekend" and how is None else how  # a weekend is its Saturday
    if len(years) > 1 or (not rest and not years):
        return None
    year = years[0] if years else None
    keys: tuple[str, ...] = ()
    if rest in UNITS or not rest:
        unit = rest or "annee"
        if year is not None and UNITS[unit] != 12:
            return None
        spans = [(date(year, 1, 1), date(year, 12, 31))] if year else [_unit_span(unit, today, n) for n in range(3)]
    elif (named := _named(rest)) is not None:
        spans_of, keys = named
        spans = sorted(f(y) for f in spans_of for y in ([year] if year else range(today.year - 1, today.year + 3)))
    else:
        return None
    event = bool(keys) and keys[0] in FEASTS
    for span in spans:
        if which == "next" and year is None and span[0] <= today and not event:
            continue
        found = _pick(span, how, event, today)
        if year is not None or found > today:
            key = next((k for k in keys if FEASTS[k](span[0].year)[0] == span[0]), None) if event else None
            if keys and keys[0] in SEASONS and how in (None, How.START, How.END):  # "(la fin de l'été)"
                key = f"{keys[0]}-{(how or How.END).value}"
            shift = (found - span[0]).days if how is How.BEFORE else 1 if how is How.AFTER else 0
            return Spoken(found, key, shift if event else 0)
    return None


_TYPED_DAY = re.compile(r"(?<!\d)\d{1,2}\s*[/.\-]\s*\d{1,2}(?!\d)|\d{4}-\d{1,2}-\d{1,2}")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:er|e|st|nd|rd|th)?|premier|first")


def typed_as_day(raw: str) -> bool:
    """Whether a date was typed with its day (``30/06``, ``15 mars``, ``March 15th``): nothing to say back."""
    if _TYPED_DAY.search(raw):
        return True
    words, months = fold(raw).split(), month_names()
    return any(
        word in months and any(_DAY_NUMBER.fullmatch(w) for w in words[max(0, i - 2) : i] + words[i + 1 : i + 2])
        for i, word in enumerate(words)
    )


def said_back(raw: str, day: date, t: Catalog, today: date) -> list[str]:
    """The line that says back a date understood from words (none for a date typed with its day)."""
    if typed_as_day(raw):
        return []
    found = spoken(raw, today)
    when = t.day(day)
    if found is None or found.day != day or found.event is None:
        return [t("dates-understood", date=when)]
    event = t(f"dates-event-{found.event}")
    if not found.shift:
        return [t("dates-understood-event", date=when, event=event)]
    key = "dates-understood-before" if found.shift < 0 else "dates-understood-after"
    return [t(key, date=when, days=-found.shift, event=event)]


@cache
def _vocabulary() -> frozenset[str]:
    """Every word a date may be said with."""
    words = set(_FILLERS | _THIS | _NEXT | set(_POSITIONS) | set(_ORDINALS) | set(UNITS) | set(_LATER))
    words |= {w for phrase in [*_phrases(), *_ARTICLES, *month_names()] for w in phrase.split()}
    for lang in Language:
        words |= {fold(name) for name in get_day_names("wide", locale=BABEL_LOCALES[lang]).values()}
    return frozenset(words | _set("demain apres hier aujourd hui tomorrow today yesterday dans within et and ou or"))


def is_date_like(raw: str) -> bool:
    """Whether the text is only words a date is said with (``le 3e mardi de mars``): a date, even if not understood."""
    words = [_singular(w) for w in _words(raw)]
    vocabulary = _vocabulary()
    known = [w for w in words if w in vocabulary or _count(w) is not None or _DAY_NUMBER.fullmatch(w)]
    return bool(words) and len(known) == len(words) and any(w not in _FILLERS for w in words)
