"""Edits that finish what they open: the questions an edit or a fix opens are asked in order, then the user is back.

An answer given from ``/edit`` may add an item (an objective, a competitor, a segment) or clear answers that
depended on it; an adviser's fix may ask a question again. Those questions are *opened*: asked in the
interview's order, even where the express interview would fill them with presets (the preset is then shown as
the current answer, kept with ``/skip``), until each is answered or skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dialogs.answers import MultiChoice
from dialogs.core.flow import Flow, Ref
from dialogs.core.replies import Notice
from dialogs.core.steps import Path, get
from dialogs.core.turn import Turn
from domain.models import Plan


def new_items(flow: Flow, answered: Ref, before: Plan, after: Plan) -> dict[Path, set[int]]:
    """For each list the answer wrote (objectives, competitors, segments, actions), the places of the items added."""
    found: dict[Path, set[int]] = {}
    slot = answered.step.slot
    for path in set(flow.items_of.values()):
        if path[: len(slot)] != slot:
            continue
        old = {_identity(item) for item in get(before, path) or ()}
        found[path] = {i for i, item in enumerate(get(after, path) or ()) if _identity(item) not in old}
    return found


def _identity(item: Any) -> object:
    """What names an item across answers: an action's id, a segment's or competitor's name, an objective's kind."""
    for attribute in ("id", "name", "kind"):
        value = getattr(item, attribute, None)
        if value is not None:
            return value.casefold() if isinstance(value, str) else value
    return item


def open_new(turn: Turn, answered: Ref, before: Plan, was_focus: bool) -> None:
    """After an answer given from an edit, open the questions it adds: a new item's, and those it cleared."""
    if not was_focus and answered.key not in turn.s.opened:
        return  # the interview's own answers: what follows is asked (or preset) as usual
    flow, plan = turn.flow, turn.s.plan
    added = new_items(flow, answered, before, plan)
    existed = {ref.key: flow.value(before, ref) for ref in flow.listed(before)}
    opened: list[Ref] = []
    for ref in turn.refs():
        if flow.value(plan, ref) is not None:
            continue
        items = flow.items_of.get(ref.step.id)
        if items is not None and ref.index in added.get(items, ()):
            opened.append(ref)
        elif ref.step.id in answered.step.invalidates and existed.get(ref.key, True) is not None:
            same_item = items is not None and items == flow.items_of.get(answered.step.id)
            if not same_item or ref.index == answered.index:
                opened.append(ref)
    if not opened:
        return
    keys = frozenset(ref.key for ref in opened)
    turn.update(opened=turn.s.opened | keys, skipped=turn.s.skipped - keys, defaults=turn.s.defaults - keys)
    names = dict.fromkeys(
        flow.item_label(plan, ref, turn.t)
        for ref in opened
        if (items := flow.items_of.get(ref.step.id)) is not None and ref.index in added.get(items, ())
    )
    if names:
        quoted = ", ".join(turn.t("edits-item", name=name) for name in names)
        turn.replies.append(Notice(turn.t("edits-opened", count=len(opened), items=quoted)))


def ask_again(turn: Turn, keys: Iterable[str]) -> None:
    """Open questions of the interview again (an adviser's fix), their answers kept to build on."""
    found = [ref for key in keys if (ref := turn.flow.ref(key)) is not None and turn.exists(ref)]
    for ref in found:
        if ref.key in turn.s.defaults:  # a preset: brought up to date with the plan, to keep or replace
            _preset(turn, ref)
    chosen = frozenset(ref.key for ref in found)
    turn.update(recheck=turn.s.recheck | chosen, opened=turn.s.opened | chosen, skipped=turn.s.skipped - chosen)


def askable(turn: Turn, keys: Iterable[str]) -> bool:
    """Whether any of these questions is part of the interview for the plan as it is now."""
    return any((ref := turn.flow.ref(key)) is not None and turn.exists(ref) for key in keys)


def _preset(turn: Turn, ref: Ref) -> None:
    """Where express leaves a question to presets, write its preset, shown as the answer to keep (``/skip``)."""
    plan = turn.s.plan
    if turn.flow.asks(ref.step, plan):
        return
    value = turn.flow.preset(plan, ref, turn.s.lang, turn.today)
    if value is not None:
        turn.update(
            plan=turn.flow.write(plan, ref, value),
            defaults=turn.s.defaults | {ref.key},
            recheck=turn.s.recheck | {ref.key},
        )


def done(turn: Turn, answered: Ref) -> None:
    """A question answered or skipped: no longer opened, nor to ask again; the opened ones gone with their item go."""
    kept = frozenset(key for key in turn.s.opened if key != answered.key and _exists(turn, key))
    turn.update(opened=kept, recheck=turn.s.recheck - {answered.key})


def _exists(turn: Turn, key: str) -> bool:
    ref = turn.flow.ref(key)
    return ref is not None and turn.exists(ref)


def ask_chosen(turn: Turn, ref: Ref) -> None:
    """An answer chosen on the review card, asked again (a multi-choice with its current options ticked)."""
    turn.update(screen=None, focus=ref.key, draft=draft(turn, ref))
    turn.replies.append(turn.question(ref))


def draft(turn: Turn, ref: Ref) -> tuple[str, ...]:
    """The options ticked when a multi-choice question is asked again: its current answer, to add to or untick."""
    field = ref.step.field
    value = turn.flow.value(turn.s.plan, ref)
    if not isinstance(field, MultiChoice) or not value:
        return ()
    chosen = {str(getattr(v, "value", v)) for v in value}
    return tuple(o.id for o in field.options(turn.context(ref)) if o.id in chosen)
