"""How the user wants to be reminded of their actions."""

from __future__ import annotations

from datetime import time

from pydantic import Field

from domain.models.record import Record


class Reminders(Record):
    """How the user wants to be reminded of their actions."""

    enabled: bool | None = None
    at: time = time(9, 0)
    timezone: str = "Europe/Paris"
    quiet_start: time | None = time(21, 0)
    quiet_end: time | None = time(8, 0)
    days_before: int = Field(default=3, ge=0, le=30)
