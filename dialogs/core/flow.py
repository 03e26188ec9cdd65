"""The interview's flow: every phase's steps in order, expanded for the items of the plan."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dialogs.core.slots import slot_type
from dialogs.core.steps import ITEM, Each, Node, Path, Phase, Step, StepId, always, get, put
from domain.i18n import Catalog
from domain.models import Language, Mode, Plan

LISTED = 128
"""Plans whose list of questions is kept: the plans of the users active lately (a turn may make several). Each
holds its plan: a thousand of them would cost some 30 MB (``bench.memory``)."""


@dataclass(frozen=True)
class Ref:
    """One question as asked: a step, and the item it is about for per-item steps.

    Attributes:
        key: how the position is stored and put in buttons: ``segment_need:1``.
        path: where the answer is in the plan.
    """

    step: Step
    phase: Phase
    index: int | None = None
    key: str = field(init=False, compare=False)
    path: Path = field(init=False, compare=False)

    def __post_init__(self) -> None:
        key = self.step.id.value if self.index is None else f"{self.step.id.value}:{self.index}"
        path = tuple(self.index if part == ITEM and self.index is not None else part for part in self.step.slot)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "path", path)


@dataclass
class _WorkedOut:
    """What is worked out once about one plan: its questions, which are answered, and the engine's memos."""

    plan: Plan
    refs: list[Ref]
    answered: list[bool] | None = None
    memo: dict[object, Any] = field(default_factory=dict)


Presets = Callable[[Plan, "Ref", Language, date], Any]
"""The answer the business model's presets give a question the user is not asked, or ``None``."""


def no_presets(plan: Plan, ref: Ref, lang: Language, today: date) -> Any:
    """A flow without presets: every question not asked is skipped."""
    return None


class Flow:
    """The phases and their steps, with everything the engine asks of them."""

    def __init__(self, phases: Sequence[tuple[Phase, Sequence[Node]]], presets: Presets = no_presets) -> None:
        self.phases = tuple((phase, tuple(nodes)) for phase, nodes in phases)
        self.preset = presets
        self._refs: dict[tuple[StepId, int | None], Ref] = {}
        self._listed: dict[int, _WorkedOut] = {}
        self.steps: dict[StepId, Step] = {}
        self.phase_of: dict[StepId, Phase] = {}
        self.items_of: dict[StepId, Path] = {}
        for phase, nodes in self.phases:
            for node in nodes:
                for step in node.steps if isinstance(node, Each) else (node,):
                    if step.id in self.steps:
                        raise ValueError(f"step {step.id} is declared twice")
                    self.steps[step.id] = step
                    self.phase_of[step.id] = phase
                    if isinstance(node, Each):
                        self.items_of[step.id] = node.items
        self._check()
        self._conditional = tuple(step for step in self.steps.values() if step.when is not always)
        self._collections = tuple(dict.fromkeys(self.items_of.values()))
        self._shaped: dict[tuple[object, ...], list[Ref]] = {}

    def _check(self) -> None:
        """Every step's slot is a place in the plan, and every step a step names is one of the flow's.

        Raises:
            ValueError: at once, when the flow is built (at import), rather than when a user reaches the step.
        """
        for step in self.steps.values():
            items = self.items_of.get(step.id)
            if items is not None:
                slot_type(Plan, (*items, 0))
            slot_type(Plan, step.slot)
            unknown = [s for s in (*step.invalidates, *step.rechecks) if s not in self.steps]
            if unknown:
                raise ValueError(f"step {step.id} names steps the flow does not have: {unknown}")

    def applies(self, step: Step, plan: Plan) -> bool:
        """Whether a step belongs to this plan's interview (its condition holds, its mode has it)."""
        if not step.complete and plan.profile.mode is not Mode.EXPRESS:
            return False
        return step.when(plan)

    def asks(self, step: Step, plan: Plan) -> bool:
        """Whether the user is asked this step, rather than having it filled by presets (express)."""
        if plan.profile.mode is Mode.EXPRESS:
            return step.in_express(plan)
        return step.complete

    def listed(self, plan: Plan) -> list[Ref]:
        """Every question of this plan's interview, in order, worked out once per plan (plans never change)."""
        return self._worked_out(plan).refs

    def answered(self, plan: Plan) -> list[bool]:
        """For each of ``listed(plan)``, whether the plan holds its answer (worked out once per plan, when asked)."""
        found = self._worked_out(plan)
        if found.answered is None:
            found.answered = [self.value(plan, ref) is not None for ref in found.refs]
        return found.answered

    def memo(self, plan: Plan) -> dict[object, Any]:
        """What the engine worked out about a plan, kept while the plan is among those of the users active lately."""
        return self._worked_out(plan).memo

    def _worked_out(self, plan: Plan) -> _WorkedOut:
        found = self._listed.get(id(plan))
        if found is not None and found.plan is plan:
            return found
        found = _WorkedOut(plan, self._refs_shaped(plan))
        self._listed[id(plan)] = found
        if len(self._listed) > LISTED:
            del self._listed[next(iter(self._listed))]
        return found

    def _refs_shaped(self, plan: Plan) -> list[Ref]:
        """``refs(plan)`` as a list, shared by the plans of the same shape (see :meth:`shape`)."""
        shape = self.shape(plan)
        found = self._shaped.get(shape)
        if found is None:
            found = self._shaped[shape] = list(self.refs(plan))
            if len(self._shaped) > LISTED:
                del self._shaped[next(iter(self._shaped))]
        return found

    def shape(self, plan: Plan) -> tuple[object, ...]:
        """What decides a plan's questions: its mode, the conditions of the steps, and how many items it has."""
        return (
            plan.profile.mode,
            *(step.when(plan) for step in self._conditional),
            *(len(get(plan, items) or ()) for items in self._collections),
        )

    def refs(self, plan: Plan) -> Iterator[Ref]:
        """Every question of this plan's interview, in order."""
        for phase, nodes in self.phases:
            for node in nodes:
                if isinstance(node, Step):
                    if self.applies(node, plan):
                        yield self._made(node, phase, None)
                    continue
                for index in range(len(get(plan, node.items) or ())):
                    for step in node.steps:
                        if self.applies(step, plan):
                            yield self._made(step, phase, index)

    def _made(self, step: Step, phase: Phase, index: int | None) -> Ref:
        """A question's reference, made once (references are immutable and asked for on every input)."""
        found = self._refs.get((step.id, index))
        if found is None:
            found = self._refs[(step.id, index)] = Ref(step, phase, index)
        return found

    def ref(self, key: str) -> Ref | None:
        """The question a stored or tapped key names, if it is one."""
        name, _, index = key.partition(":")
        try:
            step = self.steps[StepId(name)]
        except ValueError:
            return None
        if (step.id in self.items_of) != bool(index) or (index and not index.isdecimal()):
            return None
        return self._made(step, self.phase_of[step.id], int(index) if index else None)

    def exists(self, ref: Ref, plan: Plan) -> bool:
        """Whether a question is still part of this plan's interview (its item still exists)."""
        return any(r.key == ref.key for r in self.refs(plan))

    def item(self, plan: Plan, ref: Ref) -> Any:
        """The segment, competitor or objective a per-item question is about, or ``None``."""
        if ref.index is None:
            return None
        return get(plan, (*self.items_of[ref.step.id], ref.index))

    def item_label(self, plan: Plan, ref: Ref, t: Catalog) -> str:
        """The name of the item a question is about (an objective by its kind), or an empty string."""
        item = self.item(plan, ref)
        if item is None:
            return ""
        if hasattr(item, "name"):
            return str(item.name)
        return str(item.title) if hasattr(item, "title") else t.label(item.kind)

    def value(self, plan: Plan, ref: Ref) -> Any:
        """The answer stored for a question, as its field reads it, or ``None``."""
        value = get(plan, ref.path)
        return ref.step.read(value) if ref.step.read and value is not None else value

    def write(self, plan: Plan, ref: Ref, value: Any, supposed: bool = False) -> Plan:
        """The plan with an answer stored (``supposed``: an answer imagined, to count what it would open)."""
        if ref.step.write:
            return ref.step.write(plan, ref.path, value)
        written = put(plan, ref.path, value)
        if not supposed:
            self._carry_answered(plan, written, ref.path)
        return written

    def _carry_answered(self, plan: Plan, written: Plan, path: Path) -> None:
        """Which questions ``written`` answers, from ``plan``'s, when it is ``plan`` with one place changed.

        ``put`` shares every record off the path written: only the questions whose answer lies on that path, or
        under it, are read again (presets fill many questions one after the other in express).
        """
        before = self._listed.get(id(plan))
        if before is None or before.plan is not plan or before.answered is None:
            return
        after = self._worked_out(written)
        if after.refs is not before.refs or after.answered is not None:
            return
        depth = len(path)
        after.answered = [
            self.value(written, ref) is not None if ref.path[:depth] == path[: len(ref.path)] else answered
            for ref, answered in zip(before.refs, before.answered, strict=True)
        ]

    def clear(self, plan: Plan, step_id: StepId) -> tuple[Plan, set[str]]:
        """The plan without any answer to a step (every item's), and the keys that were cleared."""
        step = self.steps[step_id]
        if step_id not in self.items_of:
            return put(plan, step.slot, None), {step_id.value}
        count = len(get(plan, self.items_of[step_id]) or ())
        keys = set()
        for index in range(count):
            ref = Ref(step, self.phase_of[step_id], index)
            plan = put(plan, ref.path, None)
            keys.add(ref.key)
        return plan, keys
