"""Business models read from their files, and the one a plan is built from."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from domain.business.schema import BusinessModel
from domain.models import Market, Plan, Sector

MODELS = Path(__file__).parent
"""Where the business models are: one ``<id>.toml`` each, and ``ORDER``, the order they are offered in."""

LEGACY: dict[Sector, str] = {
    Sector.ECOMMERCE: "ecommerce_brand",
    Sector.RETAIL: "shop",
    Sector.CAFE: "cafe",
    Sector.B2B_SERVICES: "b2b_agency",
    Sector.B2C_SERVICES: "personal_services",
    Sector.SAAS: "b2b_saas",
    Sector.CRAFT: "craft",
    Sector.OTHER: "other",
}
"""The business model a plan written with a sector only is read with (plans of release 1)."""


@cache
def names() -> tuple[str, ...]:
    """Every business model's id, in the order they are offered."""
    order = (MODELS / "ORDER").read_text(encoding="utf-8").split()
    return tuple(order)


@cache
def business(name: str) -> BusinessModel:
    """The business model of that id, read once from ``business/<id>.toml``."""
    with (MODELS / f"{name}.toml").open("rb") as file:
        return BusinessModel.model_validate({**tomllib.load(file), "id": name})


def model_of(plan: Plan) -> BusinessModel | None:
    """The business model a plan is built from, once the activity is known."""
    if plan.profile.model is not None:
        return business(plan.profile.model)
    if plan.profile.sector is not None:
        return business(LEGACY[plan.profile.sector])
    return None


def market_of(plan: Plan) -> Market | None:
    """Who buys: the user's answer, else the business model's."""
    found = model_of(plan)
    return plan.profile.market or (found.market if found else None)
