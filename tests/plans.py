"""Plans built directly as models, for the adviser's rules: a strong one, a weak one, and small variations."""

from __future__ import annotations

from datetime import date

from domain.models import (
    Action,
    ActionStatus,
    BudgetShare,
    Cadence,
    Channel,
    Competitor,
    Diagnosis,
    KpiId,
    Market,
    Metric,
    Mix,
    Mode,
    Objective,
    ObjectiveKind,
    Place,
    Plan,
    Positioning,
    Price,
    PriceStrategy,
    Product,
    Profile,
    Promotion,
    Sector,
    Segment,
    Stage,
    Tactic,
)


def strong() -> Plan:
    """A consistent, complete café plan."""
    return Plan(
        profile=Profile(
            name="Café Lumière",
            mode=Mode.COMPLETE,
            sector=Sector.CAFE,
            market=Market.B2C,
            stage=Stage.LAUNCHED,
            area="Lyon 7e",
        ),
        diagnosis=Diagnosis(
            strengths=("Produits faits maison", "Accueil chaleureux"),
            weaknesses=("Petite salle", "Peu connu"),
            budget=3000,
            hours_per_week=5,
            skills=("Cuisine",),
            opportunities=("Demande pour le local", "Télétravail"),
            threats=("Chaîne de cafés à proximité", "Hausse des prix"),
            competitors=(Competitor(name="Starbucks", price=4, quality=3),),
        ),
        objectives=(
            Objective(kind=ObjectiveKind.CONQUEST, metric=Metric.NEW_CUSTOMERS, target=50, deadline=date(2027, 6, 30)),
            Objective(kind=ObjectiveKind.LOYALTY, metric=Metric.REPEAT_RATE, target=40, deadline=date(2027, 6, 30)),
        ),
        segments=(
            Segment(
                name="Actifs", who="25-50 ans", need="un déjeuner rapide", size_rating=4, access_rating=5, fit_rating=5
            ),
            Segment(
                name="Étudiants", who="18-25 ans", need="un lieu calme", size_rating=4, access_rating=3, fit_rating=3
            ),
        ),
        target="Actifs",
        positioning=Positioning(
            benefit="offre une pause de qualité",
            rival="Starbucks",
            difference="tout est fait maison avec des produits locaux",
            proof="4,7/5 sur Google",
            price_level=3,
            quality_level=4,
        ),
        mix=Mix(
            product=Product(offer="Cafés et déjeuners maison", range=("Boissons",)),
            price=Price(strategy=PriceStrategy.ALIGNED, point=12, purchases_per_year=20, margin=65),
            place=Place(channels=(Channel.SHOP,)),
            promotion=Promotion(
                tactics=(Tactic.EVENTS, Tactic.LOYALTY_PROGRAMME),
                split=(
                    BudgetShare(tactic=Tactic.EVENTS, percent=50),
                    BudgetShare(tactic=Tactic.LOYALTY_PROGRAMME, percent=50),
                ),
            ),
        ),
        actions=(
            Action(
                id=1,
                tactic=Tactic.EVENTS,
                title="Dégustation",
                due=date(2026, 12, 10),
                until=date(2027, 11, 21),
                cadence=Cadence.MONTHLY,
                budget=1500,
                objective=ObjectiveKind.CONQUEST,
                kpi=KpiId.ATTENDEES,
                status=ActionStatus.PLANNED,
            ),
            Action(
                id=2,
                tactic=Tactic.LOYALTY_PROGRAMME,
                title="Carte de fidélité",
                due=date(2027, 1, 11),
                budget=1500,
                objective=ObjectiveKind.LOYALTY,
                kpi=KpiId.REPEAT_RATE,
                status=ActionStatus.PLANNED,
            ),
        ),
    )


def weak() -> Plan:
    """A plan that contradicts itself: premium at a penetration price, paid ads with no money, and more."""
    plan = strong()
    return plan.model_copy(
        update={
            "diagnosis": plan.diagnosis.model_copy(update={"budget": 0.0}),
            "objectives": (
                Objective(kind=ObjectiveKind.CONQUEST, metric=Metric.NEW_CUSTOMERS, target=None, deadline=None),
                Objective(
                    kind=ObjectiveKind.AWARENESS, metric=Metric.FOLLOWERS, target=500, deadline=date(2027, 6, 30)
                ),
            ),
            "target": "Étudiants",
            "segments": (
                Segment(
                    name="Actifs", who="25-50 ans", need="un déjeuner", size_rating=4, access_rating=5, fit_rating=5
                ),
                Segment(
                    name="Étudiants", who="18-25 ans", need="un lieu", size_rating=2, access_rating=2, fit_rating=1
                ),
            ),
            "positioning": plan.positioning.model_copy(update={"price_level": 5, "quality_level": 5, "proof": None}),
            "mix": plan.mix.model_copy(
                update={
                    "price": plan.mix.price.model_copy(update={"strategy": PriceStrategy.PENETRATION}),
                    "promotion": Promotion(tactics=(Tactic.SEA, Tactic.ADVERTISING)),
                }
            ),
            "actions": (
                Action(
                    id=1,
                    tactic=Tactic.SEA,
                    title="Annonces",
                    due=date(2027, 1, 11),
                    objective=ObjectiveKind.CONQUEST,
                    status=ActionStatus.PLANNED,
                ),
            ),
        }
    )
