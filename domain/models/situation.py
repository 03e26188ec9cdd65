"""Phase 1: where the business stands: its SWOT, its resources and its competitors."""

from __future__ import annotations

from pydantic import Field

from domain.models.record import Rating, Record, Texts


class Competitor(Record):
    """A named competitor with its price and quality levels (1–5)."""

    name: str
    price: Rating | None = None
    quality: Rating | None = None


class Diagnosis(Record):
    """Phase 1: internal and external environment (SWOT) and resources."""

    strengths: Texts | None = None
    weaknesses: Texts | None = None
    budget: float | None = Field(default=None, ge=0)
    hours_per_week: float | None = Field(default=None, ge=0)
    skills: Texts | None = None
    opportunities: Texts | None = None
    threats: Texts | None = None
    competitors: tuple[Competitor, ...] | None = None
