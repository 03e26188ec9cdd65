"""The words and signs people type numbers with, in French and English, as patterns on plain text.

Plain text is lower case without accents (see :func:`number_words.read`): dates to set apart, numbers said
in words, magnitudes, periods, bounds and units.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Unit(StrEnum):
    """What a number counts, for its validation and display."""

    MONEY = "money"
    COUNT = "count"
    HOURS = "hours"
    PERCENT = "percent"
    SCORE = "score"


class Period(StrEnum):
    """What a question counts a number over: a budget per year, hours per week."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    PURCHASE = "purchase"
    """A price: whatever rhythm it is typed with (a monthly subscription), it is the price of one purchase."""


class Noun(StrEnum):
    """What a number is typed with: a currency, a percent sign, a duration, a frequency."""

    MONEY = "money"
    FOREIGN_MONEY = "foreign-money"
    PERCENT = "percent"
    YEARS = "years"
    MONTHS = "months"
    WEEKS = "weeks"
    DAYS = "days"
    HOURS = "hours"
    MINUTES = "minutes"
    TIMES = "times"
    PEOPLE = "people"


class Shape(StrEnum):
    """How exact a typed number is."""

    EXACT = "exact"
    ABOUT = "about"
    AT_MOST = "at-most"
    AT_LEAST = "at-least"
    RANGE = "range"
    FRACTION = "fraction"
    SUM = "sum"
    PRODUCT = "product"


MARK = 0xE000
P = "[\ue000-\uf8ff]"
"""A number already read, standing in the text for the characters it was typed with."""


def _any(words: str) -> re.Pattern[str]:
    return re.compile(words.replace(" ?", r"\s*").replace(" ", r"\s+"))


_SAME = str.maketrans(
    dict.fromkeys("\u00a0\u2007\u2009\u202f\n", " ") | dict.fromkeys("\u2212\u2013\u2014", "-") | {"×": "x"}
)
_SAME |= {code: " " for code in range(MARK, 0xF900)}  # the marks of numbers read are never typed


def plain(raw: str) -> str:
    """Lower case without accents, one character for each typed one (so that a match points into the raw text)."""
    out = []
    for c in raw.translate(_SAME).replace("\u2019", "'"):
        base = unicodedata.normalize("NFD", c)[0]
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out)


MONTH = (
    r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr?|avr|juil"
    r"|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul"
    r"|aug|sep|oct|nov|dec|may)"
)
DATES = re.compile(
    r"\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b"
    rf"|\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+{MONTH}\b(?:\s+\d{{2,4}}\b)?|\b{MONTH}\s+\d{{1,4}}(?:st|nd|rd|th)?\b"
    r"|\b(?:en|fin|debut|mi|avant|apres|depuis|jusqu'en|in|by|before|after|since|until|end of|early|late)"
    r"\s+(?:19|20)\d\d\b"
    r"|\b(?:dans|d'ici|d ici|dici|within)\s+\S+\s+(?:jours?|semaines?|mois|ans?|annees?|days?|weeks?|months?|years?)\b"
    rf"|\b(?:en|fin|debut|mi|avant|d'ici|dici|by|before|end of|in|until)\s+{MONTH}\b"
)
DAY_MONTH = re.compile(r"(?<![\d.,/])(\d{1,2})/(\d{1,2})(?![\d/])")
ZERO = _any(
    r"(?:0|zero|aucun|aucune|rien|none|nothing|nada|neant|nil|pas un (?:sou|rond|centime)|(?:pas de|pas d'|aucun|aucune"
    r"|no|zero|0) ?(?:budget|clients?|customers?|abonnes?|followers?|salaries?|employes?|employees?|heures?|hours?"
    r"|temps|time|argent|money|euros?|€))(?: (?:pour l'instant|pour le moment|pour l'heure|actuellement|encore|yet"
    r"|for now|at the moment|so far|right now))?[ .!]*"
)
VAGUE = _any(
    r"\b(?:(?:des|quelques|plusieurs) (?:dizaines|douzaines|centaines|milliers|millions)|(?:a few|few|several|many)"
    r" (?:hundreds?|thousands?|dozens?|millions?)|hundreds|thousands|dozens)\b"
)
SOME = _any(
    r"\b(?:quelques|plusieurs|few|several|some|un peu|a bit|a little|pas mal|le plus possible|autant que possible"
    r"|un max(?:imum)?|as many as possible|as much as possible|the more the better)\b"
)
SUFFIX = {"k": 1e3, "mille": 1e3, "milles": 1e3, "thousand": 1e3, "grand": 1e3, "m": 1e6, "million": 1e6}
SUFFIX |= {"millions": 1e6}
SUFFIX |= {"md": 1e9, "milliard": 1e9, "milliards": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9}
DIGITS = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ '.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d)"
    r"(?:\s*(?:(k)(?=€|eur|e\b|[^a-z]|$)|(md|mille|milles|millions?|milliards?|thousand|grand|bn|billions?|m)(?![a-z])))?"
)
WORDS_TIMES = re.compile(rf"({P})\s*(k|grand|mille|thousand)\b")
"""A magnitude after a number said in words (``five grand``)."""
EURO_CENTS = re.compile(r"(?<![\w.,])(\d+)\s*€\s*(\d\d)(?!\d)")
HOUR_MINUTES = re.compile(r"(?<![\w.,])(\d{1,2})\s*h\s*([0-5]\d)(?!\d)")
K_DIGIT = re.compile(r"(?<![\w.,])(\d+)k(\d)(?!\d)")
WORD = (
    r"(?:zero|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?"
    r"|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|milles?|millions?|milliards?|one"
    r"|two|three|four|five|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|billion)"
)
WORDS = re.compile(rf"\b{WORD}(?:(?:\s*-\s*|\s+(?:et\s+|and\s+|virgule\s+|point\s+)?){WORD})*\b")
SPOKEN: tuple[tuple[re.Pattern[str], float, Noun | None, bool], ...] = (
    (_any(r"\b(?:une |a )?demi-? ?heure\b|\bhalf(?: an |-| )hour\b"), 0.5, Noun.HOURS, False),
    (_any(r"\b(?:un |a )?quart d'heure\b|\b(?:a )?quarter of an hour\b"), 0.25, Noun.HOURS, False),
    (_any(r"\b(?:une |a )?demi-? ?journee\b|\bhalf(?: a |-| )day\b"), 0.5, Noun.DAYS, False),
    (_any(r"\ban hour\b"), 1, Noun.HOURS, False),
    (_any(r"\bonce\b"), 1, Noun.TIMES, False),
    (_any(r"\btwice\b"), 2, Noun.TIMES, False),
    (_any(r"\ba couple(?: of)?\b"), 2, None, False),
    (_any(r"\b(?:deux tiers|two thirds)\b"), 200 / 3, None, True),
    (_any(r"\b(?:trois quarts|three quarters)\b"), 75, None, True),
    (_any(r"\b(?:(?:un|one|a) tiers|(?:a|one) third)\b"), 100 / 3, None, True),
    (_any(r"\b(?:(?:un|one|a) quart|(?:a|one) quarter)\b"), 25, None, True),
    (_any(r"\b(?:(?:la )?moitie(?: moitie)?|half)\b"), 50, None, True),
)
"""Numbers said without digits nor number words: (pattern, value, noun, only where a percentage is asked)."""
PERCENT_WORDS = _any(r"\b(?:pour ?cent|per ?cent|pourcent|pct)\b")
AINE = re.compile(
    rf"(?:({P})\s*)?(?:(?:bonne|petite|good)\s+)?(demi-?\s*|half\s+a\s+)?(dizaine|douzaine|quinzaine|vingtaine"
    r"|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier|dozen)s?\b(?:\s+(?:de\b|d'|of\b))?"
)
AINES = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40}
AINES |= {"cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000, "dozen": 12}
AND_A_HALF = re.compile(rf"({P})(\s*(?:h|heures?|hours?|jours?|days?)?)\s+(?:et|and)\s+(?:demie?|a\s+half)\b")
UNITS = {
    Period.DAY: ("jours?|journees?|days?", "j|d", "quotidien(?:ne)?s?|journalier(?:e)?s?|daily"),
    Period.WEEK: ("semaines?|sem|weeks?|wk", "s|w", "hebdo(?:madaire)?s?|weekly"),
    Period.MONTH: ("mois|months?|mo", "m", "mensuel(?:le)?s?|monthly"),
    Period.QUARTER: ("trimestres?|trim|quarters?|qtr", "t|q", "trimestriel(?:le)?s?|quarterly"),
    Period.YEAR: ("ans?|annees?|years?|yr", "a|y", r"annuel(?:le)?s?|yearly|annually|per annum"),
}
PER = [
    (
        period,
        re.compile(
            rf"(?:\b(?:par|per|a|chaque|each|every|le|la|tous les|toutes les)\s+|\bl'|/\s*)(?:{words})\b"
            rf"(?!-|\s+(?:prochaine?|derniere?|next|last)\b)|/\s*(?:{letter})\b|\b(?:{adjective})\b"
        ),
    )
    for period, (words, letter, adjective) in UNITS.items()
]
SPAN = re.compile(
    rf"\b(?:sur|en|in|over|pendant|for|during|tous les|toutes les|every)\s+(?:(les|the|l'|la|le)\s*)?(?:({P})\s*)?"
    rf"(?:(?:derniers|dernieres|prochains|prochaines|last|next|past|coming)\s+)?(?:({P})\s*)?"
    r"(jour|journee|day|semaine|week|mois|month|trimestre|quarter|an|annee|year)s?\b"
    r"(?:\s+(?:derniers|dernieres|prochains|prochaines|ecoulee?s?))?"
)
SPAN_YEARS = {"jour": 1 / 365, "journee": 1 / 365, "day": 1 / 365, "semaine": 1 / 52, "week": 1 / 52}
SPAN_YEARS |= {"mois": 1 / 12, "month": 1 / 12, "trimestre": 1 / 4, "quarter": 1 / 4, "an": 1, "annee": 1, "year": 1}
SPANNED = {7 / 365: Period.WEEK, 1 / 4: Period.QUARTER, 1.0: Period.YEAR}
"""Spans that make a known period, in years: 7 days, 3 months, 12 months or 52 weeks."""
SHAPES = (
    (
        Shape.AT_MOST,
        r"\b(?:pas plus d(?:e\b|')|tout au plus|au plus|au max(?:imum)?|max(?:imum|i)?\b\.?|jusqu'? ?a\b"
        r"|moins d(?:e\b|')|up to|at most|no more than|not more than|less than|under|below|tops)|[<≤]",
    ),
    (
        Shape.AT_LEAST,
        r"\b(?:au moins|au minimum|minimum|(?<!pas )plus d(?:e\b|')|more than|at least|over|above|et plus|or more"
        rf"|facile(?:ment)?)|\bmin\b\.?(?=\s*{P})|[>≥]|(?<={P})\s*\+(?!\s*{P})|\+\s*d(?:e\b|')",
    ),
    (
        Shape.ABOUT,
        r"\b(?:env\b\.?|environ|approx(?:imativement|imately)?\b\.?|a peu pres|autour d(?:e\b|')|dans les|grosso modo"
        r"|quelque chose comme|en gros|a la louche|vers|pres d(?:e\b|')|presque|quasi(?:ment)?|about|around|roughly"
        rf"|circa|or so|give or take|nearly|almost|something like)|~|≈|\+/?-|±|(?<={P})\s*-?\s*ish\b|\bish\b",
    ),
)
MARKS = tuple((shape, re.compile(pattern)) for shape, pattern in SHAPES)
NOUNS = {
    Noun.MONEY: "€ e eur euro euros balles boules ht ttc",
    Noun.FOREIGN_MONEY: "$ £ usd dollar dollars gbp pound pounds livre livres chf franc francs bucks quid",
    Noun.PERCENT: "%",
    Noun.YEARS: "an ans annee annees year years yr yrs",
    Noun.MONTHS: "mois month months",
    Noun.WEEKS: "semaine semaines sem week weeks wk",
    Noun.DAYS: "jour jours journee journees j day days",
    Noun.HOURS: "h heure heures hr hrs hour hours",
    Noun.MINUTES: "min mins minute minutes mn m",
    Noun.TIMES: "fois x times time",
}
NOUN = {word: noun for noun, words in NOUNS.items() for word in words.split()}
AFTER = re.compile(r"\s*([€$£%]|[a-z]+)")
RANGE = re.compile(r"\s*(?:-|a|to|ou|or|~|jusqu'? ?a|et|and)\s*")
PRODUCT = re.compile(r"\s*(?:[a-z']+\s+)?[x*]\s*")
PLUS = re.compile(r"\s*(?:[\w'.]+\s+){0,4}?(?:\+|plus)\s*")
AND = re.compile(r"\s*(?:[\w'.]+\s+){1,4}?(?:et|and)\s*")
PEOPLE_AND = re.compile(r"\s*(?:,|\+|et|and|plus|avec|with)\s*")
SELF = _any(
    r"\b(?:(?:juste |just |only )?(?:moi(?:-meme)?|myself|me)(?: seule?| alone)?|je suis seule?|je travaille seule?"
    r"|i work alone|i'm alone|tout seul|toute seule|seule?|solo|alone)\b"
)
PARTNER = _any(
    r"\b(?:ma|mon|my|un|une|a|an) (?:femme|mari|epouse|epoux|conjointe?|compagne|compagnon|associee?|partenaire"
    r"|wife|husband|partner|associate|co-?founder|cofondat(?:eur|rice)|frere|soeur|brother|sister|fils|fille|son"
    r"|daughter|pere|mere|father|mother|salariee?|employee?|apprentie?|stagiaire|intern|freelance)\b"
)
"""Where people are counted (a team): "moi" is one, and so is each person named with an article."""
EVERY = re.compile(r"(?i)(?:chaque|tous|toutes|every|each)\b")
OUT_OF = re.compile(r"\s*(?:[a-z]+\s+)?(?:sur|/|out of|in|on)\s*")
