"""How answers show in the plan: a missing answer marked, an empty list said, a rating out of 5 or 15."""

from __future__ import annotations

from collections.abc import Sequence

from domain.i18n import Catalog


def missing(t: Catalog) -> str:
    """What an unanswered part shows."""
    return t("value-missing")


def text_or_missing(value: str | None, t: Catalog) -> str:
    """A text answer, or the mark of a missing one."""
    return value if value else missing(t)


def items_or_missing(values: Sequence[str] | None, t: Catalog) -> tuple[str, ...]:
    """List answers, or the mark of a missing list."""
    if values is None:
        return (missing(t),)
    return tuple(values) or (t("value-none"),)


def level(value: int | None) -> str:
    """A rating out of 5, or a dash."""
    return f"{value}/5" if value is not None else "—"


def out_of_fifteen(score: int | None) -> str:
    """A segment's score out of 15, or a dash."""
    return f"{score}/15" if score is not None else "—"
