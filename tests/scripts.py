"""Whole interviews as a user types them, shared by the engine, console and Telegram tests."""

from __future__ import annotations

from functools import cache

from bot.bootstrap import build
from dialogs.core.steps import StepId
from domain.models import Language
from tests.chat import Chat, Clock

COMPLETE_FR = [
    "Café Lumière",
    "2",  # complete
    "2",  # café / restaurant
    "1",  # B2C
    "2",  # launched
    "Lyon 7e",
    "1",  # a website: yes
    "100",  # covers a day
    "800",  # customers over the last 12 months
    "35",  # % who come back
    "450",  # followers and email list
    "2",  # team
    "Produits faits maison, accueil chaleureux, emplacement passant",
    "Petite salle, peu connu",
    "3 000 €",
    "5",
    "cuisine, accueil",
    "Demande pour le local, télétravail",
    "Chaîne de cafés à proximité, hausse des prix",
    "Starbucks, Boulangerie Paul",
    "4",
    "3",
    "2",
    "3",
    "1,2",  # conquest and loyalty
    "1",  # new customers
    "50",
    "juin 2027",
    "1",  # repeat rate
    "40",
    "30/06/2027",
    "Étudiants, Actifs du quartier, Familles",
    "18-25 ans, quartier universitaire, viennent réviser",
    "un lieu calme et abordable pour travailler",
    "2000",
    "25-50 ans, travaillent à proximité",
    "un déjeuner bon et rapide",
    "/skip",
    "parents avec enfants, le week-end",
    "un brunch convivial",
    "800",
    "4",
    "3",
    "3",
    "4",
    "5",
    "5",
    "3",
    "3",
    "4",
    "1",  # the recommended target: Actifs du quartier
    "offre une pause de qualité dans un lieu chaleureux",
    "1",  # Starbucks
    "tout est fait maison avec des produits locaux",
    "4,7/5 sur Google",
    "3",
    "4",
    "Cafés de spécialité et déjeuners faits maison",
    "Boissons chaudes, déjeuner du jour, pâtisseries",
    "Carte courte de saison",
    "Carte de fidélité",
    "2",  # aligned
    "12 €",
    "20",
    "65 %",
    "2,6",  # shop, social commerce
    "1,6,8",  # social, events, loyalty programme
    "50, 30, 20",
    "2",  # go through the proposed actions one by one
    "1",  # preparing the end-of-year special evening: accepted
    "1",  # the daily stories: accepted
    "Retirer",  # the loyalty card: dropped
    "15/01/2027",  # preparing the next special evening: moved to 15 January
    "chaque mois",  # the monthly evening: kept monthly
    "1",
    "1",
    "1",
    "1",
]

EXPRESS_FR = [
    "Atelier Bois Doré",
    "1",  # express
    "12",  # craft: consumers, so the market is not asked
    "2",  # no website yet
    "Pièces uniques, bois local",
    "1 500",
    "Ikea, Maisons du Monde",
    "1",  # main goal: new customers
    "40",
    "chaque pièce est unique et faite à la main",
    "180",
]

COMPLETE_EN = [
    "Bright Desk",
    "2",
    "7",  # B2B agency or firm: the market is still asked in complete mode
    "2",  # B2B
    "3",  # growing
    "Greater London",
    "2",  # no website
    "400",  # billable days a year
    "25",  # clients over the last 12 months
    "60",  # % who come back
    "300",  # followers and email list
    "4",  # team
    "Senior consultants, fast delivery",
    "Small team, no website",
    "£12k",
    "6",
    "consulting, sales",
    "Companies outsourcing IT, remote work",
    "Large agencies, price pressure",
    "Accenture, Local IT Co",
    "5",
    "5",
    "2",
    "3",
    "1,3",  # conquest and awareness
    "2",  # revenue
    "60000",
    "December 2027",
    "1",  # followers
    "1500",
    "in 6 months",
    "Accounting firms, Law firms",
    "accounting firms with 5 to 20 staff",
    "reliable IT without a full-time employee",
    "400",
    "law firms with 10 to 50 staff",
    "secure document handling",
    "150",
    "5",
    "4",
    "5",
    "3",
    "3",
    "4",
    "1",
    "keeps their IT running without hiring",
    "2",  # Local IT Co
    "we answer within one hour, guaranteed",
    "/skip",
    "3",
    "5",
    "Managed IT services for small firms",
    "Support contract, audits, migrations",
    "/skip",
    "Monthly report",
    "1",  # premium
    "5,000",
    "1",
    "55",
    "5",  # direct sales
    "2,4,9",  # SEO, emailing, partnerships
    "equal",
    "Accept all",
]

EXPRESS_EN = [
    "Bloom Box",
    "1",
    "4",  # own-brand e-commerce: B2C and a website by definition, neither is asked
    "Curated local flowers, same-day delivery",
    "2k",
    "Interflora, supermarket flowers",
    "1",  # main goal: new customers
    "300",
    "flowers come from growers within 50 km",
    "45",
]


def until(script: list[str], answer: str, *, including: bool = False) -> list[str]:
    """The answers of a script up to the named one (the answer itself too with ``including``)."""
    end = script.index(answer) + (1 if including else 0)
    return script[:end]


def until_step(
    script: list[str], step: StepId, *, lang: Language = Language.FR, after: StepId | None = None
) -> list[str]:
    """The answers a user types from ``/start`` until the question of ``step`` is on show.

    For front ends other than :class:`~tests.chat.Chat` (Telegram, the console, processes), whose tests cannot ask
    the engine what is on show: the script is played once in memory to find out. With ``after``, only the answers
    that follow the answer to that step's question.
    """
    typed = _typed_before(tuple(script), step, lang)
    start = 0 if after is None else len(_typed_before(tuple(script), after, lang)) + 1
    return list(typed[start:])


@cache
def _typed_before(script: tuple[str, ...], step: StepId, lang: Language) -> tuple[str, ...]:
    services = build(None, Clock())
    chat = Chat(services.conversation, lang=lang)
    chat.send("/start")
    left = chat.answer_until(step, script)
    services.store.close()
    return script[: len(script) - len(left)]
