"""Coaching answers as they come: SMART objectives, each SWOT item on its side, a positioning that says how.

Each rule is small and named; it looks at the plan and returns what it finds, in the user's language, with
fixes to tap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date

from domain.advice import Finding, Fix
from domain.business import model_of
from domain.i18n import Catalog
from domain.models import Metric, Objective, Plan
from domain.smart import smart_sentence
from domain.vocabulary import StepId, step_key

EXTERNAL = re.compile(
    r"\b(concurren\w*|competit\w*|marches?|markets?|crises?|crisis|inflation|reglement\w*|regulat\w*|lois?|laws?|"
    r"taxes?|pouvoir d.achat|purchasing power|economi\w*|econom\w*|hausse des prix|prices? ris\w*|rising \w+|"
    r"matieres premieres|raw materials?|meteo|weather|pandemi\w*|chomage|unemployment|taux d.interet|"
    r"interest rates?|penurie|shortages?|plateformes?|platforms?|chaines?|chains?|grandes? surfaces?|"
    r"supermarch\w*|amazon|google)\b"
)
TRENDS = re.compile(
    r"\b(tendances?|trends?|demande croissante|growing demand|en vogue|essor|boom|subventions?|grants?|"
    r"marche en croissance|growing market|mode du|popularite|popularity)\b"
)
VAGUE = {
    "meilleur",
    "meilleure",
    "meilleurs",
    "mieux",
    "qualite",
    "service",
    "services",
    "prix",
    "moins",
    "cher",
    "chere",
    "bon",
    "bonne",
    "top",
    "different",
    "differente",
    "unique",
    "super",
    "excellent",
    "excellente",
    "best",
    "better",
    "quality",
    "cheaper",
    "cheap",
    "price",
    "prices",
    "good",
    "great",
    "nice",
    "serieux",
    "professionnel",
    "professional",
    "rapide",
    "fast",
    "proche",
    "close",
    "sympa",
}
STOPWORDS = {
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "un",
    "une",
    "et",
    "plus",
    "est",
    "sont",
    "nous",
    "notre",
    "nos",
    "on",
    "en",
    "a",
    "au",
    "aux",
    "que",
    "qui",
    "pour",
    "par",
    "avec",
    "tres",
    "the",
    "an",
    "and",
    "more",
    "is",
    "are",
    "our",
    "we",
    "very",
    "of",
    "for",
    "with",
    "than",
    "d",
    "l",
}


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def looks_external(item: str) -> bool:
    """Whether a SWOT item describes the outside world (a competitor, the market, prices, laws...)."""
    return bool(EXTERNAL.search(_plain(item)))


def looks_like_trend(item: str) -> bool:
    """Whether a "strength" is really a trend of the market (an opportunity)."""
    return bool(TRENDS.search(_plain(item)))


def is_vague(difference: str) -> bool:
    """Whether a difference says nothing concrete ("meilleure qualité", "moins cher", "better service")."""
    words = [w for w in re.findall(r"[a-z0-9]+", _plain(difference)) if w not in STOPWORDS]
    return len(words) <= 2 or all(w in VAGUE for w in words)


def _move(source: str, target: str, item: str) -> Fix:
    def change(plan: Plan) -> Plan:
        diagnosis = plan.diagnosis
        moved = {
            source: tuple(i for i in getattr(diagnosis, source) or () if i != item),
            target: (*(getattr(diagnosis, target) or ()), item),
        }
        return plan.model_copy(update={"diagnosis": diagnosis.model_copy(update=moved)})

    return Fix("move", "", change=change)


def swot_sides(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """An external fact entered as a weakness is a threat; a market trend entered as a strength, an opportunity."""
    moves = (
        ("weaknesses", "threats", looks_external, "coach-swot-threat"),
        ("strengths", "opportunities", looks_like_trend, "coach-swot-opportunity"),
    )
    for source, target, test, key in moves:
        if getattr(plan.diagnosis, target) is None:
            continue  # told once the other side is answered, so that the item can move there
        for item in getattr(plan.diagnosis, source) or ():
            if test(item):
                move = _move(source, target, item)
                yield Finding(
                    f"swot:{source}:{item}",
                    t(key, item=item),
                    4,
                    (Fix(move.id, t(f"{key}-move"), change=move.change), Fix("keep", t("coach-keep"))),
                    t("gain-swot", item=item),
                )


def vague_positioning(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """A difference that could be anyone's: ask what the business does that a named competitor does not."""
    difference = plan.positioning.difference
    if not difference or not is_vague(difference):
        return
    competitors = plan.diagnosis.competitors or ()
    rival = plan.positioning.rival or (competitors[0].name if competitors else t("rival-generic"))
    found = model_of(plan)
    example = found.texts(t.lang).difference if found else ""
    yield Finding(
        "vague-positioning",
        t("coach-vague", difference=difference, rival=rival, example=example),
        6,
        (Fix("review", t("coach-vague-review"), review=(StepId.DIFFERENCE,)), Fix("keep", t("coach-keep"))),
        t("gain-vague", rival=rival),
    )


def proposed_target(plan: Plan, objective: Objective) -> float:
    """A number to aim at for an objective, from the plan's own numbers and the sector's rules of thumb."""
    found = model_of(plan)
    typical_cac = found.cac if found else 20
    budget = plan.diagnosis.budget
    customers = round(budget / typical_cac) if budget else (found.new_customers if found else 50)
    customers = max(customers, 5)
    price = plan.mix.price.point or (found.price_point if found else 50)
    purchases = plan.mix.price.purchases_per_year or (found.purchases_per_year if found else 2)
    facts = plan.facts
    if found is not None and found.capacity_per_year and facts.capacity:  # no more than the business can serve
        room = facts.capacity * found.capacity_per_year - (facts.customers or 0) * purchases * found.units_per_purchase
        customers = max(1, min(customers, int(room // (purchases * found.units_per_purchase))))
    returning = facts.returning
    by_metric = {
        Metric.NEW_CUSTOMERS: customers,
        Metric.REVENUE: round(customers * price * purchases / 2, -2),  # customers arrive through the year
        Metric.CONVERSION_RATE: found.conversion_rate if found else 3,
        Metric.REPEAT_RATE: min(90, returning + 10) if returning is not None else 30,
        Metric.RETENTION_RATE: min(95, returning + 10) if returning is not None else 60,
        Metric.NPS: 30,
        Metric.FOLLOWERS: round(facts.audience * 1.5 + 200, -2) if facts.audience is not None else 500,
        Metric.REACH: 10_000,
        Metric.VISITS: round(customers / ((found.conversion_rate if found else 3) / 100)),
    }
    return float(by_metric.get(objective.metric or Metric.NEW_CUSTOMERS, customers))


def _year_ahead(today: date) -> date:
    from calendar import monthrange

    year, month = today.year + 1, today.month
    return date(year, month, monthrange(year, month)[1])


def smart_objectives(plan: Plan, t: Catalog, today: date) -> Iterator[Finding]:
    """An objective with no number or no date is not SMART: propose a rewrite the user can accept."""
    for index, objective in enumerate(plan.objectives or ()):
        if objective.metric is None or (objective.target is not None and objective.deadline is not None):
            continue
        target = objective.target if objective.target is not None else proposed_target(plan, objective)
        deadline = objective.deadline or _year_ahead(today)
        rewritten = objective.model_copy(update={"target": target, "deadline": deadline})

        def change(plan: Plan, index: int = index, rewritten: Objective = rewritten) -> Plan:
            objectives = list(plan.objectives or ())
            objectives[index] = rewritten
            return plan.model_copy(update={"objectives": tuple(objectives)})

        missing = StepId.OBJECTIVE_TARGET if objective.target is None else StepId.OBJECTIVE_DEADLINE
        review = step_key(missing, index)
        yield Finding(
            f"smart:{objective.kind}",
            t("coach-smart", kind=t.label(objective.kind), proposal=smart_sentence(rewritten, t)),
            8,
            (
                Fix("rewrite", t("coach-smart-accept"), change=change),
                Fix("review", t("coach-smart-review"), review=(review,)),
                Fix("keep", t("coach-keep")),
            ),
            t("gain-smart", kind=t.label(objective.kind)),
        )
