"""Suggestions offered with a question, taken from the sector's presets."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dialogs.fields import Context
from domain.presets import PresetTexts, preset

Suggest = Callable[[Context], Sequence[str]]


def texts(ctx: Context) -> PresetTexts | None:
    """The preset words of the plan's sector in the user's language, once the sector is known."""
    sector = ctx.plan.profile.sector
    return preset(sector).texts(ctx.t.lang) if sector else None


def from_preset(attribute: str) -> Suggest:
    """Suggest the preset list (or sentence) of that name."""

    def suggest(ctx: Context) -> Sequence[str]:
        found = texts(ctx)
        if found is None:
            return ()
        value = getattr(found, attribute)
        return (value,) if isinstance(value, str) else tuple(value)

    return suggest


def segment_names(ctx: Context) -> Sequence[str]:
    """The sector's typical segments for the plan's market."""
    found = texts(ctx)
    return tuple(s.name for s in found.segments(ctx.plan.profile.market)) if found else ()
