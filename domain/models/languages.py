"""The languages the bot speaks."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """Languages the bot speaks; French first."""

    FR = "fr"
    EN = "en"
