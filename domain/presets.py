"""Sector presets, as data: sensible defaults and suggestions for each kind of activity."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from domain.models import Channel, Language, Market, PriceStrategy, Rating, Sector, Tactic

PRESETS = Path(__file__).parent / "presets"


class PresetSegment(BaseModel):
    """A typical customer segment of a sector, with rough ratings (size, access, fit)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    who: str
    need: str
    ratings: tuple[Rating, Rating, Rating]


class PresetTexts(BaseModel):
    """The words of a sector's presets, in one language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    category: str
    offer: str
    benefit: str
    difference: str
    proof: str
    differentiation: str
    after_sales: str
    range: tuple[str, ...]
    strengths: tuple[str, ...]
    weaknesses: tuple[str, ...]
    opportunities: tuple[str, ...]
    threats: tuple[str, ...]
    skills: tuple[str, ...]
    competitors: tuple[str, ...]
    b2c_segments: tuple[PresetSegment, ...] = ()
    b2b_segments: tuple[PresetSegment, ...] = ()

    def segments(self, market: Market | None) -> tuple[PresetSegment, ...]:
        """The typical segments for a market (consumers when unknown)."""
        found = self.b2b_segments if market is Market.B2B else self.b2c_segments
        return found or self.b2c_segments or self.b2b_segments


class SectorPreset(BaseModel):
    """Defaults of one sector: the numbers, and the words in each language.

    Rates and counts here are rules of thumb for a small business of the sector, shown to the user as such.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    market: Market | None = None
    price_strategy: PriceStrategy
    price_point: float = Field(gt=0)
    purchases_per_year: float = Field(gt=0)
    margin: float = Field(gt=0, le=100)
    years_retained: float = Field(gt=0)
    conversion_rate: float = Field(gt=0, le=100)
    hours_per_week: float = Field(ge=0)
    budget: float = Field(ge=0)
    new_customers: int = Field(gt=0)
    price_level: Rating
    quality_level: Rating
    tactics: tuple[Tactic, ...]
    channels: tuple[Channel, ...]
    fr: PresetTexts
    en: PresetTexts

    def texts(self, lang: Language) -> PresetTexts:
        """The preset's words in a language."""
        return self.fr if lang is Language.FR else self.en


@cache
def preset(sector: Sector) -> SectorPreset:
    """The presets of a sector, read once from ``presets/<sector>.toml``."""
    with (PRESETS / f"{sector.value}.toml").open("rb") as file:
        return SectorPreset.model_validate(tomllib.load(file))
