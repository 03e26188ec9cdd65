"""An answer offered to tap: a button on Telegram, a numbered line in the console."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    """One answer offered as a button (Telegram) or a numbered line (console)."""

    id: str
    label: str
