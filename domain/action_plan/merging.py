"""New proposals folded into the actions a plan already has, so that nothing decided or done is lost."""

from __future__ import annotations

from collections.abc import Sequence

from domain.models import Action, ActionStatus, Tactic


def key(action: Action, among: Sequence[Action]) -> tuple[Tactic, int]:
    """What identifies an action across proposals: its tactic and its rank among that tactic's actions."""
    same = [a for a in among if a.tactic is action.tactic]
    return action.tactic, same.index(action)


def merge(existing: tuple[Action, ...] | None, proposals: tuple[Action, ...], accept: bool) -> tuple[Action, ...]:
    """Proposals folded into the actions the plan already has, so that nothing decided or done is lost.

    An action whose tactic stays keeps its id, its date, its wording and what was decided about it (its budget
    follows the new split, unless it is done); accepting all plans what was only proposed. New actions get new
    ids, numbered after the existing ones. Actions of tactics no longer chosen go, unless they were done.
    """
    before = tuple(existing or ())
    kept = {key(a, before): a for a in before}
    next_id = max((a.id for a in before), default=0) + 1
    merged = []
    for proposal in proposals:
        old = kept.pop(key(proposal, proposals), None)
        if old is None:
            merged.append(proposal.model_copy(update={"id": next_id}))
            next_id += 1
            continue
        changes: dict[str, object] = {}
        if old.status is not ActionStatus.DONE:
            changes["budget"] = proposal.budget
        if accept and old.status is ActionStatus.PROPOSED:
            changes["status"] = ActionStatus.PLANNED
        merged.append(old.model_copy(update=changes))
    merged.extend(a for a in kept.values() if a.status is ActionStatus.DONE)
    return tuple(merged)
