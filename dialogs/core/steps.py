"""What a step is: a question declared once, with its answer kind, its place in the plan and its condition."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dialogs.answers import Field
from domain.models import Competitor, Market, Plan, Segment
from domain.vocabulary import Phase as Phase  # re-exported: the phases are the domain's vocabulary
from domain.vocabulary import StepId as StepId

Path = tuple[str | int, ...]
ITEM = -1
"""Stands in a slot path for the index of the item a per-item step is asked about."""

Condition = Callable[[Plan], bool]
Writer = Callable[[Plan, Path, Any], Plan]
Reader = Callable[[Any], Any]


def always(plan: Plan) -> bool:
    """A step asked whatever the plan says."""
    return True


def is_b2b(plan: Plan) -> bool:
    """Whether the business sells to businesses."""
    return plan.profile.market is Market.B2B


def is_b2c(plan: Plan) -> bool:
    """Whether the business sells to consumers."""
    return plan.profile.market is Market.B2C


@dataclass(frozen=True)
class Step:
    """One question, declared once.

    Attributes:
        id: the step's name; its prompt is the catalogue key ``step-<id>``, its examples ``step-<id>-hint``.
        field: the kind of answer, which offers, reads and shows it.
        slot: where the answer goes in the plan; ``ITEM`` stands for the item's index in per-item steps.
        optional: whether ``/skip`` may leave it unanswered.
        when: the condition under which it is asked at all.
        express: whether the express interview asks it (or under which condition); when it does not,
            the sector's presets fill it.
        complete: whether the complete interview asks it (express-only shortcuts do not).
        invalidates: steps whose answers no longer hold once this answer changes (they are cleared).
        rechecks: steps to ask again once this answer changes, their answers kept to build on.
        read: turns what the slot holds into an answer of the field (names of named items).
        write: a custom way to store the answer, for answers that shape a whole part of the plan.
    """

    id: StepId
    field: Field
    slot: Path
    optional: bool = False
    when: Condition = always
    express: bool | Condition = False
    complete: bool = True
    invalidates: tuple[StepId, ...] = ()
    rechecks: tuple[StepId, ...] = ()
    read: Reader | None = None
    write: Writer | None = None

    def in_express(self, plan: Plan) -> bool:
        """Whether the express interview asks this step for this plan."""
        return self.express(plan) if callable(self.express) else self.express


@dataclass(frozen=True)
class Each:
    """Steps asked once for every item of a collection of the plan (segments, competitors, objectives)."""

    items: Path
    steps: tuple[Step, ...]


Node = Step | Each


def get(model: Any, path: Path) -> Any:
    """The value at ``path`` in a plan, or ``None`` when a part of the way is missing."""
    for key in path:
        if model is None:
            return None
        model = model[key] if isinstance(key, int) else getattr(model, key)
    return model


def put(model: Any, path: Path, value: Any) -> Any:
    """A copy of ``model`` with ``value`` at ``path``; the records on the way are copied, the rest shared."""
    if not path:
        return value
    key, rest = path[0], path[1:]
    if isinstance(key, int):
        items = list(model)
        items[key] = put(items[key], rest, value)
        return tuple(items)
    return model.model_copy(update={key: put(getattr(model, key), rest, value)})


def names(items: Any) -> tuple[str, ...] | None:
    """The names of named items (segments, competitors), as a list step shows them."""
    return None if items is None else tuple(item.name for item in items)


def named_items(kind: type[Segment] | type[Competitor]) -> Writer:
    """Store a list of names as items; items whose name stays keep their answers, new ones start empty."""

    def write(plan: Plan, path: Path, new: tuple[str, ...]) -> Plan:
        kept = {item.name.casefold(): item for item in get(plan, path) or ()}
        items = tuple(
            kept[name.casefold()].model_copy(update={"name": name}) if name.casefold() in kept else kind(name=name)
            for name in new
        )
        return put(plan, path, items)

    return write
