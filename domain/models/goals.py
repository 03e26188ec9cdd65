"""Phase 2: the marketing objectives, and what each one counts."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from domain.models.record import Record


class ObjectiveKind(StrEnum):
    """The three families of marketing objectives."""

    CONQUEST = "conquest"
    LOYALTY = "loyalty"
    AWARENESS = "awareness"


class Metric(StrEnum):
    """What an objective counts."""

    NEW_CUSTOMERS = "new_customers"
    REVENUE = "revenue"
    CONVERSION_RATE = "conversion_rate"
    REPEAT_RATE = "repeat_rate"
    RETENTION_RATE = "retention_rate"
    NPS = "nps"
    FOLLOWERS = "followers"
    REACH = "reach"
    VISITS = "visits"

    @property
    def is_percent(self) -> bool:
        """Whether the metric is a percentage (0–100)."""
        return self in {Metric.CONVERSION_RATE, Metric.REPEAT_RATE, Metric.RETENTION_RATE}

    @property
    def is_money(self) -> bool:
        """Whether the metric is an amount in euros."""
        return self is Metric.REVENUE


METRICS: dict[ObjectiveKind, tuple[Metric, ...]] = {
    ObjectiveKind.CONQUEST: (Metric.NEW_CUSTOMERS, Metric.REVENUE, Metric.CONVERSION_RATE),
    ObjectiveKind.LOYALTY: (Metric.REPEAT_RATE, Metric.RETENTION_RATE, Metric.NPS),
    ObjectiveKind.AWARENESS: (Metric.FOLLOWERS, Metric.REACH, Metric.VISITS),
}


class Objective(Record):
    """Phase 2: one SMART objective."""

    kind: ObjectiveKind
    metric: Metric | None = None
    target: float | None = None
    deadline: date | None = None
