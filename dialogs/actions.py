"""Phase 7, the action plan: one concrete action per tactic, each accepted, re-dated or dropped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dialogs.fields import MAX_TEXT, Context, Field, Option, match_option
from dialogs.steps import ITEM, Each, Node, Path, Phase, Step, StepId, get, put
from dialogs.text import InvalidAnswer, action_date, parse_date
from domain.actions import merge, propose
from domain.models import Action, ActionStatus, Plan

PHASE = Phase.ACTIONS
ALL, EACH = "all", "each"
ACCEPT, DROP = "accept", "drop"


@dataclass(frozen=True)
class Proposals(Field):
    """The proposed actions, accepted all at once or looked at one by one."""

    free_text = False

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """Accept all, or review each."""
        return (Option(ALL, ctx.t("actions-accept-all")), Option(EACH, ctx.t("actions-one-by-one")))

    def parse(self, raw: str, ctx: Context) -> tuple[Action, ...]:
        """The proposals, accepted or to review."""
        found = match_option(raw.strip()[:MAX_TEXT], self.options(ctx))
        if found is None:
            raise InvalidAnswer("error-choice")
        return self.choose((found.id,), ctx)

    def choose(self, ids: Sequence[str], ctx: Context) -> tuple[Action, ...]:
        """The proposals, accepted or to review."""
        if ids[0] not in (ALL, EACH):
            raise InvalidAnswer("error-choice")
        accept = ids[0] == ALL
        proposals = propose(ctx.plan, ctx.t.lang, ctx.today, accepted=accept)
        return merge(ctx.plan.actions, proposals, accept)

    def describe(self, ctx: Context) -> str:
        """The proposals, one line each."""
        return "\n".join(f"• {line(action, ctx)}" for action in propose(ctx.plan, ctx.t.lang, ctx.today))

    def show(self, value: Any, ctx: Context) -> str:
        """How many actions are planned."""
        planned = [a for a in value if a.status is not ActionStatus.DROPPED]
        return ctx.t("actions-count", count=len(planned))


@dataclass(frozen=True)
class Decision:
    """What the user decided for a proposed action: keep it (maybe on another day) or drop it."""

    status: ActionStatus
    due: date | None = None


@dataclass(frozen=True)
class Decide(Field):
    """Accept, drop, or give another date (``15 mars``, ``dans 2 semaines``, ``next Friday``)."""

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """Accept or drop."""
        return (Option(ACCEPT, ctx.t("action-accept")), Option(DROP, ctx.t("action-drop")))

    def parse(self, raw: str, ctx: Context) -> Decision:
        """A choice, or a date that re-dates the action."""
        text = raw.strip()
        if not text:
            raise InvalidAnswer("error-empty")
        found = match_option(text[:MAX_TEXT], self.options(ctx))
        if found is not None:
            return self.choose((found.id,), ctx)
        if len(text) > 60:
            raise InvalidAnswer("error-action-date")
        try:
            day = action_date(text, ctx.t.lang, ctx.today)
        except InvalidAnswer as error:
            if error.key == "error-date":
                raise InvalidAnswer("error-action-date") from error
            if error.key == "error-date-past":
                raise InvalidAnswer(
                    "error-date-past", date=ctx.t.day(parse_date(text, ctx.t.lang, ctx.today))
                ) from error
            raise
        return Decision(ActionStatus.PLANNED, day)

    def choose(self, ids: Sequence[str], ctx: Context) -> Decision:
        """Accepted as proposed, or dropped."""
        if ids[0] not in (ACCEPT, DROP):
            raise InvalidAnswer("error-choice")
        return Decision(ActionStatus.PLANNED if ids[0] == ACCEPT else ActionStatus.DROPPED)

    def describe(self, ctx: Context) -> str:
        """When, how much, what for, measured how."""
        action: Action = ctx.item(ctx.plan.actions)
        return details(action, ctx)

    def show(self, value: Any, ctx: Context) -> str:
        """Planned with its date, or dropped."""
        if value.status is ActionStatus.DROPPED:
            return ctx.t("action-dropped")
        return ctx.t("action-planned", date=ctx.t.day(value.due)) if value.due else ctx.t("action-accepted")


def line(action: Action, ctx: Context) -> str:
    """An action in one line: month, title, budget."""
    return ctx.t("action-line", month=ctx.t.month(action.due), title=action.title, budget=ctx.t.money(action.budget))


def details(action: Action, ctx: Context) -> str:
    """An action's date, budget, objective served and KPI."""
    t = ctx.t
    return t(
        "action-details",
        date=t.day(action.due),
        budget=t.money(action.budget),
        objective=t.label(action.objective) if action.objective else "—",
        kpi=t(f"kpi-{action.kpi}") if action.kpi else "—",
        tactic=t.label(action.tactic),
    )


def decision(action: Action) -> Decision | None:
    """The decision stored for an action, or ``None`` while it is only proposed."""
    if action.status is ActionStatus.PROPOSED:
        return None
    return Decision(action.status, action.due)


def write_decision(plan: Plan, path: Path, value: Decision) -> Plan:
    """Store a decision on its action."""
    action: Action = get(plan, path)
    update: dict[str, Any] = {"status": value.status}
    if value.due is not None:
        update["due"] = value.due
    return put(plan, path, action.model_copy(update=update))


def has_tactics(plan: Plan) -> bool:
    """Whether there is a tactic to turn into an action."""
    return bool(plan.mix.promotion.tactics)


STEPS: tuple[Node, ...] = (
    Step(StepId.ACTIONS, Proposals(), ("actions",), when=has_tactics),
    Each(
        ("actions",),
        (Step(StepId.ACTION_DECISION, Decide(), ("actions", ITEM), read=decision, write=write_decision),),
    ),
)
