"""Answering a question: refused with its reason, or stored, what depends on it reopened, and on to the next."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dialogs.core import edits
from dialogs.core.flow import Ref
from dialogs.core.replies import Accepted, Notice, PlanCard, Question, Tone
from dialogs.core.steps import StepId, put
from dialogs.core.summary import plan_document
from dialogs.core.turn import Turn
from dialogs.parsing.choices import Ambiguous, Unrecognised
from dialogs.parsing.text import InvalidAnswer
from domain.models import Mode

RESETS_DEFAULTS = frozenset({StepId.MODE, StepId.SECTOR, StepId.MARKET})
"""Answers the sector presets depend on: changing one of them drops the values presets filled."""

KEPT_ON_RESET = frozenset({StepId.ACTIONS})
"""Preset values that are recomputed on top of what they hold (actions keep their ids, decisions and history)."""


def narrowed(question: Question, error: InvalidAnswer) -> Question:
    """The question asked again after ``error``: after an ambiguous answer, only the options it was close to.

    They are offered by name, not by number: a typed number still names an option of the whole list.
    """
    if not isinstance(error, Ambiguous):
        return question
    return replace(question, options=tuple(o for o in question.options if o.id in error.ids), numbered=False)


def reject(turn: Turn, ref: Ref, error: InvalidAnswer) -> None:
    """Explain what is wrong, and ask the same question again; nothing saved is touched.

    An answer close to several options asks which, with only those; the items of a list recognised stay ticked.
    """
    turn.say(error.key, Tone.ERROR, **error.args_)
    if isinstance(error, Unrecognised):
        turn.update(draft=error.ticked)
    turn.replies.append(narrowed(turn.question(ref), error))


def accept(turn: Turn, ref: Ref, value: Any, notes: Sequence[str] = ()) -> None:
    """Store an answer (saying back what was understood of it), re-open what depends on it, and move on."""
    was_focus, before = turn.s.focus is not None, turn.s.plan
    old = turn.flow.value(turn.s.plan, ref)
    turn.replies.append(Accepted(ref.key, ref.step.field.show(value, turn.context(ref))))
    turn.replies.extend(Notice(note) for note in notes)
    turn.update(
        plan=turn.flow.write(turn.s.plan, ref, value),
        skipped=turn.s.skipped - {ref.key},
        defaults=turn.s.defaults - {ref.key},
        recheck=turn.s.recheck - {ref.key},
        focus=None,
        draft=(),
    )
    if old is not None and old != value:
        invalidate(turn, ref)
    if turn.t.has(f"ack-{ref.step.id}"):
        turn.replies.append(Notice(turn.t(f"ack-{ref.step.id}", **turn.prompt_args(ref))))
    edits.open_new(turn, ref, before, was_focus)
    proceed(turn, ref, was_focus)


def invalidate(turn: Turn, ref: Ref) -> None:
    """Clear the answers that no longer hold after ``ref`` changed, so that they are asked again."""
    flow, s = turn.flow, turn.s
    plan, skipped, defaults = s.plan, set(s.skipped), set(s.defaults)
    for dependent in ref.step.invalidates:
        same_item = ref.index is not None and flow.items_of.get(dependent) == flow.items_of.get(ref.step.id)
        if same_item:
            found = flow.ref(f"{dependent.value}:{ref.index}")
            assert found is not None
            plan, cleared = put(plan, found.path, None), {found.key}
        else:
            plan, cleared = flow.clear(plan, dependent)
        skipped -= cleared
        defaults -= cleared
    recheck = set(s.recheck) | {step.value for step in ref.step.rechecks if step not in flow.items_of}
    if ref.step.id in RESETS_DEFAULTS:
        for key in defaults:
            found = flow.ref(key)
            if found is None or found.key not in {r.key for r in flow.refs(plan)}:
                continue
            if found.step.id in KEPT_ON_RESET:
                recheck.add(key)
            else:
                plan = put(plan, found.path, None)
        skipped -= defaults
        defaults = {key for key in defaults if key in recheck}
    turn.update(plan=plan, skipped=frozenset(skipped), defaults=frozenset(defaults), recheck=frozenset(recheck))


def proceed(turn: Turn, answered: Ref, was_focus: bool) -> None:
    """Ask the next missing question (or one an edit opened), with a recap when a phase ends; or finish."""
    edits.done(turn, answered)
    following = turn.position()
    if following is None:
        finish(turn, answered)
        turn.hooks.settled(turn)
        return
    if turn.hooks.coach(turn, answered, following):
        return
    moving_on = not was_focus and following.phase != answered.phase
    if moving_on and turn.s.plan.profile.mode is Mode.COMPLETE:
        recap = plan_document(turn.s, turn.today, turn.flow, (answered.phase.value,))
        turn.replies.append(PlanCard(recap))
    turn.replies.append(turn.question(following))


def finish(turn: Turn, answered: Ref | None = None) -> None:
    """The interview is complete: the plan's card the first time, a short word after an edit."""
    if answered is not None and turn.hooks.coach(turn, answered, None):
        return
    if turn.s.finished_at is not None:
        turn.hooks.updated(turn)
        return
    turn.update(finished_at=turn.now)
    turn.hooks.finished(turn)
