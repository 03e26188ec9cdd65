"""Phases 3 to 5: the customer segments, the one targeted, and the positioning against competitors."""

from __future__ import annotations

from pydantic import Field

from domain.models.record import Rating, Record


class Segment(Record):
    """Phases 3 and 4: a customer segment and how attractive it is."""

    name: str
    who: str | None = None
    need: str | None = None
    size: int | None = Field(default=None, ge=0)
    size_rating: Rating | None = None
    access_rating: Rating | None = None
    fit_rating: Rating | None = None

    @property
    def score(self) -> int | None:
        """Sum of the three ratings (3–15), or None until all are given."""
        ratings = (self.size_rating, self.access_rating, self.fit_rating)
        if any(r is None for r in ratings):
            return None
        return sum(r for r in ratings if r is not None)


class Positioning(Record):
    """Phase 5: how the business wants to be seen against its competitors."""

    benefit: str | None = None
    rival: str | None = None
    difference: str | None = None
    proof: str | None = None
    price_level: Rating | None = None
    quality_level: Rating | None = None
