"""The progress line's figures: a question's number in the whole interview, and a total that holds.

The number counts the questions the user has answered or skipped, the one on show included. The total counts the
questions of this user's interview: those answered, those to come, and those that answers still to come will open,
counted with the answer most users give (two competitors, the sector's typical segments...). The total thus
changes only with an answer that decides it: the mode, the activity, a number of items other than expected, a
choice that opens or closes a branch (the goal, an idea or a business with customers, actions one by one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from dialogs.core.flow import Flow, Ref
from dialogs.core.steps import Each, Path, Phase, Step, StepId, always, get
from domain.models import ActionStatus, Language, Market, Mode, ObjectiveKind, Plan, Profile, Tactic
from domain.session import Session

Expected = Callable[[Flow, Plan, Ref, Language, date], Any]

EXPECTED: dict[StepId, Expected] = {
    StepId.MARKET: lambda flow, plan, ref, lang, today: Market.B2C,
    StepId.CUSTOMERS: lambda flow, plan, ref, lang, today: 1,
    StepId.BUDGET: lambda flow, plan, ref, lang, today: 1,
    StepId.COMPETITORS: lambda flow, plan, ref, lang, today: ("1", "2"),
    StepId.OBJECTIVE_KINDS: lambda flow, plan, ref, lang, today: (ObjectiveKind.CONQUEST, ObjectiveKind.LOYALTY),
    StepId.SEGMENTS: lambda flow, plan, ref, lang, today: flow.preset(plan, ref, lang, today) or ("1", "2", "3"),
    StepId.TACTICS: lambda flow, plan, ref, lang, today: (Tactic.SOCIAL, Tactic.EMAILING),
}
"""The answer expected to a question that shapes what follows, while it is not given.

Either market asks one question per segment on who they are; a business that sells has customers (and is then
asked how many come back); a budget is set aside; people name two competitors and aim at winning and keeping
customers; the sector's typical segments (three) are proposed; several tactics share the budget. The proposed
actions are expected accepted at once, which opens no question: nothing stands for them.
"""


def _main_objective_gives_target(flow: Flow, plan: Plan, ref: Ref) -> bool:
    main = flow.steps[StepId.MAIN_OBJECTIVE]
    asked = flow.applies(main, plan) and flow.asks(main, plan)
    objectives = plan.objectives or ()
    return asked and ref.index is not None and objectives[ref.index].kind is ObjectiveKind.CONQUEST


def _accepted_at_once(flow: Flow, plan: Plan, ref: Ref) -> bool:
    return all(action.status is not ActionStatus.PROPOSED for action in plan.actions or ())


FILLED: dict[StepId, Callable[[Flow, Plan, Ref], bool]] = {
    StepId.OBJECTIVE_TARGET: _main_objective_gives_target,
    StepId.ACTION_DECISION: _accepted_at_once,
}
"""Questions another answer gives when this holds, and which are then never asked on their own.

Express asks the number of new customers, which is the conquest objective's target. Accepting every proposed
action at once decides each of them: they are decided one by one only while some are still proposed.
"""

KEPT: dict[StepId, Callable[[Plan], bool]] = {
    StepId.ACTIVITY: lambda plan: plan.profile.model == "other",
}
"""Questions their own answer closes, still counted once answered while this holds.

The activity is asked in the user's words when it is none of those listed, only while the words are missing.
Words typed at the list land there too, without this question: they count as its answer all the same.
"""


def is_question(flow: Flow, session: Session, plan: Plan, ref: Ref) -> bool:
    """Whether the user answers this question themselves (rather than presets or another answer)."""
    if not flow.asks(ref.step, plan) or ref.key in session.defaults:
        return False
    filled = FILLED.get(ref.step.id)
    return filled is None or not filled(flow, plan, ref)


@dataclass(frozen=True)
class Standing:
    """Where a user stands in the whole interview, for one version of their session.

    Attributes:
        done: how many questions are answered or skipped.
        total: how many questions the whole interview holds, those answers to come will open counted as expected.
    """

    flow: Flow
    session: Session
    done: int
    total: int

    def describes(self, session: Session) -> bool:
        """Whether this is the standing of the session as it is (the same plan, skips and presets)."""
        s = self.session
        return s.plan is session.plan and s.skipped is session.skipped and s.defaults is session.defaults

    def place(self, ref: Ref) -> tuple[int, int]:
        """A question's number, and the total.

        A question not answered yet comes after every one answered so far (also when an answer opened it earlier
        in the interview); a question asked again keeps its place among those answered.
        """
        flow, session = self.flow, self.session
        plan, skipped = session.plan, session.skipped
        if flow.value(plan, ref) is None and ref.key not in skipped:
            number = self.done + 1
        else:
            number = 0
            for listed, answered in _questions(flow, plan):
                number += (answered or listed.key in skipped) and is_question(flow, session, plan, listed)
                if listed.key == ref.key:
                    break
        return max(1, number), max(number, self.total)


def standing(flow: Flow, session: Session, today: date) -> Standing:
    """Count the questions answered, those to come, and those the answers expected will open."""
    plan = expected = session.plan
    done = pending = 0
    for ref, answered in _questions(flow, plan):
        if not is_question(flow, session, plan, ref):
            continue
        if answered or ref.key in session.skipped:
            done += 1
            continue
        pending += 1
        expect = EXPECTED.get(ref.step.id)
        if expect is not None:
            expected = flow.write(expected, ref, expect(flow, expected, ref, session.lang, today), supposed=True)
    total = done + pending
    if expected is not plan:
        total = _count(flow, session, expected) + len(_kept(flow, expected))
    return Standing(flow, session, done, total)


def _questions(flow: Flow, plan: Plan) -> Iterable[tuple[Ref, bool]]:
    """The plan's questions in order, each with whether it is answered, those their answer closed included."""
    listed: Iterable[tuple[Ref, bool]] = zip(flow.listed(plan), flow.answered(plan), strict=True)
    kept = _kept(flow, plan)
    return _merged(flow, listed, kept) if kept else listed


def _kept(flow: Flow, plan: Plan) -> list[Ref]:
    """The questions their answer closed that still count."""
    return [
        ref
        for step, holds in KEPT.items()
        if holds(plan)
        and (ref := flow.ref(step.value)) is not None
        and flow.asks(ref.step, plan)
        and flow.value(plan, ref) is not None
        and not flow.applies(ref.step, plan)
    ]


def _merged(flow: Flow, listed: Iterable[tuple[Ref, bool]], kept: list[Ref]) -> Iterator[tuple[Ref, bool]]:
    """The questions listed, and the kept ones (answered) in their place."""
    order = list(flow.steps)
    for ref, answered in listed:
        while kept and order.index(kept[0].step.id) < order.index(ref.step.id):
            yield kept.pop(0), True
        yield ref, answered
    yield from ((ref, True) for ref in kept)


@dataclass(frozen=True)
class _Shape:
    """The questions of a flow in one mode, as far as they do not depend on the plan.

    Attributes:
        fixed: how many single questions are asked whatever the plan (steps without a condition).
        each: for each list of items, how many questions every item has whatever the plan.
        varying: the steps this mode may ask whose place depends on the plan (a condition, another answer), each
            with its phase and the list it is asked for each item of (``None`` for a single question).
        asked: every step this mode may ask.
    """

    fixed: int
    each: tuple[tuple[Path, int], ...]
    varying: tuple[tuple[Phase, Step, Path | None], ...]
    asked: frozenset[StepId]


@cache
def _shape(flow: Flow, express: bool) -> _Shape:
    """A flow's questions in one mode, worked out once: what needs no plan to count."""
    mode = Plan(profile=Profile(mode=Mode.EXPRESS if express else Mode.COMPLETE))
    fixed, each, varying, asked = 0, [], [], set()
    for phase, nodes in flow.phases:
        for node in nodes:
            items = node.items if isinstance(node, Each) else None
            counted = 0
            for step in node.steps if isinstance(node, Each) else (node,):
                if not (step.complete or express) or not (callable(step.express) or flow.asks(step, mode)):
                    continue
                asked.add(step.id)
                if step.when is not always or step.id in FILLED or (express and callable(step.express)):
                    varying.append((phase, step, items))
                else:
                    counted += 1
            if items is None:
                fixed += counted
            else:
                each.append((items, counted))
    return _Shape(fixed, tuple(each), tuple(varying), frozenset(asked))


def _count(flow: Flow, session: Session, plan: Plan) -> int:
    """How many questions a plan's interview holds: ``Flow.refs`` counted a step, not a question, at a time."""
    shape = _shape(flow, plan.profile.mode is Mode.EXPRESS)
    count = shape.fixed + sum(per_item * len(get(plan, items) or ()) for items, per_item in shape.each)
    for phase, step, items in shape.varying:
        if not flow.applies(step, plan) or not flow.asks(step, plan):
            continue
        indices = (None,) if items is None else range(len(get(plan, items) or ()))
        filled = FILLED.get(step.id)
        if filled is None:
            count += len(indices)
        else:
            count += sum(not filled(flow, plan, Ref(step, phase, index)) for index in indices)
    preset = (flow.ref(key) for key in session.defaults if key.partition(":")[0] in shape.asked)
    return count - sum(ref is not None and _counted(flow, plan, ref) for ref in preset)


def _counted(flow: Flow, plan: Plan, ref: Ref) -> bool:
    """Whether ``_count`` counted a question (one that presets filled, to take off)."""
    step, items = ref.step, flow.items_of.get(ref.step.id)
    if ref.index is not None and (items is None or ref.index >= len(get(plan, items) or ())):
        return False
    if not flow.applies(step, plan) or not flow.asks(step, plan):
        return False
    filled = FILLED.get(step.id)
    return filled is None or not filled(flow, plan, ref)
