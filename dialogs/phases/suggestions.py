"""Suggestions offered with a question, taken from the sector's presets."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dialogs.answers import Context
from domain.business import Family, model_of
from domain.presets import PresetSegment, PresetTexts

Suggest = Callable[[Context], Sequence[str]]


def texts(ctx: Context) -> PresetTexts | None:
    """The words of the plan's business model in the user's language, once the activity is known."""
    found = model_of(ctx.plan)
    return found.texts(ctx.t.lang) if found else None


def from_preset(attribute: str) -> Suggest:
    """Suggest the preset list (or sentence) of that name."""

    def suggest(ctx: Context) -> Sequence[str]:
        found = texts(ctx)
        if found is None:
            return ()
        value = getattr(found, attribute)
        return tuple(v for v in ((value,) if isinstance(value, str) else value) if v.strip())

    return suggest


def segment_names(ctx: Context) -> Sequence[str]:
    """The sector's typical segments for the plan's market."""
    found = texts(ctx)
    return tuple(s.name for s in found.segments(ctx.plan.profile.market)) if found else ()


def preset_number(attribute: str) -> Callable[[Context], Sequence[float]]:
    """Suggest the sector's rule-of-thumb value of that name."""

    def suggest(ctx: Context) -> Sequence[float]:
        found = model_of(ctx.plan)
        return (float(getattr(found, attribute)),) if found else ()

    return suggest


def _segment(ctx: Context) -> PresetSegment | None:
    """The sector's typical segment with the name of the segment asked about, if it is one."""
    found = texts(ctx)
    if found is None or ctx.plan.segments is None or ctx.index is None:
        return None
    name = ctx.plan.segments[ctx.index].name.casefold()
    return next((s for s in found.segments(ctx.plan.profile.market) if s.name.casefold() == name), None)


def segment_who(ctx: Context) -> Sequence[str]:
    """How the sector's typical segment of that name is described."""
    found = _segment(ctx)
    return (found.who,) if found else ()


def segment_need(ctx: Context) -> Sequence[str]:
    """What the sector's typical segment of that name needs."""
    found = _segment(ctx)
    return (found.need,) if found else ()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def benefits(ctx: Context) -> Sequence[str]:
    """The sector's key benefit, and benefits drawn from the strengths the user gave."""
    found = texts(ctx)
    verb = ctx.t("benefit-from-strength")
    own = [f"{verb} {_lower_first(s)}" for s in ctx.plan.diagnosis.strengths or ()][:2]
    return tuple(dict.fromkeys([*(own), *([found.benefit] if found else [])]))


def differences(ctx: Context) -> Sequence[str]:
    """Differences drawn from the user's strengths, then the sector's typical one."""
    found = texts(ctx)
    own = [ctx.t("difference-from-strength", strength=_lower_first(s)) for s in ctx.plan.diagnosis.strengths or ()][:2]
    return tuple(dict.fromkeys([*own, *([found.difference] if found else [])]))


ONLINE = {Family.ONLINE, Family.SUBSCRIPTION}


def areas(ctx: Context) -> Sequence[str]:
    """Areas that suit the sector: local for a shop or a café, national for an online business."""
    found = model_of(ctx.plan)
    keys = (
        ("area-france-online", "area-europe-online")
        if found is not None and found.family in ONLINE
        else ("area-city", "area-region", "area-france")
    )
    return tuple(ctx.t(key) for key in keys)


def preset_list(attribute: str) -> Callable[[Context], Sequence[object]]:
    """The sector's usual choices of that name (tactics, channels, a price strategy), to mark as advised."""

    def suggest(ctx: Context) -> Sequence[object]:
        found = model_of(ctx.plan)
        if found is None:
            return ()
        value = getattr(found, attribute)
        return tuple(value) if isinstance(value, tuple) else (value,)

    return suggest
