"""Results the user reports: numbers for a period or an action."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from domain.models.record import Record


class Result(Record):
    """Numbers the user entered for a period or an action; each may be missing."""

    entered_on: date
    action: int | None = None
    spend: float | None = Field(default=None, ge=0)
    visitors: float | None = Field(default=None, ge=0)
    conversions: float | None = Field(default=None, ge=0)
    new_customers: float | None = Field(default=None, ge=0)
    revenue: float | None = Field(default=None, ge=0)
    promoters: float | None = Field(default=None, ge=0)
    passives: float | None = Field(default=None, ge=0)
    detractors: float | None = Field(default=None, ge=0)
