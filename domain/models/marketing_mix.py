"""Phase 6: the marketing mix (4P): product, price, place and promotion."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from domain.models.record import Record, Texts


class PriceStrategy(StrEnum):
    """Pricing policies of the marketing mix."""

    PREMIUM = "premium"
    ALIGNED = "aligned"
    PENETRATION = "penetration"
    SKIMMING = "skimming"
    FREEMIUM = "freemium"


class Channel(StrEnum):
    """Distribution channels (Place)."""

    OWN_SITE = "own_site"
    SHOP = "shop"
    MARKETPLACE = "marketplace"
    RESELLERS = "resellers"
    DIRECT = "direct"
    SOCIAL_COMMERCE = "social_commerce"


class Tactic(StrEnum):
    """Promotion tactics (the fourth P)."""

    SOCIAL = "social"
    SEO = "seo"
    SEA = "sea"
    EMAILING = "emailing"
    ADVERTISING = "advertising"
    EVENTS = "events"
    PROMOTIONS = "promotions"
    LOYALTY_PROGRAMME = "loyalty_programme"
    PARTNERSHIPS = "partnerships"
    REFERRAL = "referral"
    LOCAL = "local"
    CONTENT = "content"
    OUTREACH = "outreach"

    @property
    def is_paid(self) -> bool:
        """Whether the tactic needs money to run at all."""
        return self in {Tactic.SEA, Tactic.ADVERTISING}


class Product(Record):
    """The first P."""

    offer: str | None = None
    range: Texts | None = None
    differentiation: str | None = None
    after_sales: str | None = None


class Price(Record):
    """The second P, with the numbers customer value is computed from."""

    strategy: PriceStrategy | None = None
    point: float | None = Field(default=None, ge=0)
    purchases_per_year: float | None = Field(default=None, ge=0)
    margin: float | None = Field(default=None, ge=0, le=100)


class Place(Record):
    """The third P."""

    channels: tuple[Channel, ...] | None = None


class BudgetShare(Record):
    """The part of the marketing budget given to one tactic, in percent."""

    tactic: Tactic
    percent: float = Field(ge=0, le=100)


class Promotion(Record):
    """The fourth P."""

    tactics: tuple[Tactic, ...] | None = None
    split: tuple[BudgetShare, ...] | None = None


class Mix(Record):
    """Phase 6: the marketing mix (4P)."""

    product: Product = Product()
    price: Price = Price()
    place: Place = Place()
    promotion: Promotion = Promotion()
