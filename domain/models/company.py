"""Phase 0: who the business is (its profile) and what it is today (its facts)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from domain.models.record import Record


class Mode(StrEnum):
    """Interview length: a few minutes, or everything."""

    EXPRESS = "express"
    COMPLETE = "complete"


class Sector(StrEnum):
    """Kinds of activity, each with its own presets."""

    ECOMMERCE = "ecommerce"
    RETAIL = "retail"
    CAFE = "cafe"
    B2B_SERVICES = "b2b_services"
    B2C_SERVICES = "b2c_services"
    SAAS = "saas"
    CRAFT = "craft"
    OTHER = "other"


class Market(StrEnum):
    """Who buys: consumers or businesses."""

    B2C = "b2c"
    B2B = "b2b"


class Stage(StrEnum):
    """How far along the business is."""

    IDEA = "idea"
    LAUNCHED = "launched"
    GROWING = "growing"


class Website(StrEnum):
    """Whether the business has a website or an online shop."""

    YES = "yes"
    NO = "no"
    BUILDING = "building"


class Profile(Record):
    """Phase 0: who the business is.

    Attributes:
        model: the business model the plan is built from (``domain/business/<model>.toml``); ``sector`` is the
            coarse family it belongs to, kept for plans written before business models.
    """

    name: str | None = None
    mode: Mode | None = None
    model: str | None = None
    sector: Sector | None = None
    activity: str | None = None
    market: Market | None = None
    stage: Stage | None = None
    area: str | None = None


class Facts(Record):
    """What the business is today: the facts that steer the advice.

    Attributes:
        website: whether it has a website or an online shop.
        customers: customers today (in the last twelve months).
        returning: the share of them who come back or buy again, in percent.
        audience: followers and email subscribers today.
        capacity: how much it can sell, in the business model's unit of capacity (billable days a year...).
        team: how many people work in it, the owner included.
    """

    website: Website | None = None
    customers: int | None = Field(default=None, ge=0)
    returning: float | None = Field(default=None, ge=0, le=100)
    audience: int | None = Field(default=None, ge=0)
    capacity: float | None = Field(default=None, ge=0)
    team: int | None = Field(default=None, ge=1)
