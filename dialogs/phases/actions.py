"""Phase 7, the action plan: one concrete action per tactic, each accepted, re-dated or dropped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dialogs.answers import Context, Field
from dialogs.answers.base import MAX_TEXT
from dialogs.core.steps import ITEM, Each, Node, Path, Phase, Step, StepId, get, put
from dialogs.parsing import choices, hedges
from dialogs.parsing.choices import match_option
from dialogs.parsing.options import Option
from dialogs.parsing.spoken_dates import is_date_like, said_back
from dialogs.parsing.text import InvalidAnswer, fold, parse_number
from dialogs.parsing.written_dates import action_date, parse_date
from domain.action_plan import merge, propose
from domain.documents.action_table import action_details
from domain.models import Action, ActionStatus, Cadence, Plan

PHASE = Phase.ACTIONS
ALL, EACH = "all", "each"
ACCEPT, DROP = "accept", "drop"
MAX_TITLE = 160


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
    title: str | None = None
    cadence: Cadence | None = None
    budget: float | None = None


CADENCE_WORDS: dict[Cadence, tuple[str, ...]] = {
    Cadence.WEEKLY: (
        "chaque semaine",
        "toutes les semaines",
        "hebdo",
        "une fois par semaine",
        "1 fois par semaine",
        "weekly",
        "every week",
        "each week",
        "once a week",
    ),
    Cadence.MONTHLY: (
        "chaque mois",
        "tous les mois",
        "mensuel",
        "une fois par mois",
        "1 fois par mois",
        "monthly",
        "every month",
        "each month",
        "once a month",
    ),
    Cadence.ONCE: ("une fois", "une seule fois", "ponctuel", "once", "one-off", "one off", "just once", "only once"),
}
"""How people say an action's cadence; the words are matched accent- and case-free."""
INSTEAD = re.compile(r"^(?:plut[oô]t|à la place|a la place|instead|rather)\s*[:,]?\s*", re.IGNORECASE)


def _cadence(text: str) -> Cadence | None:
    folded = fold(text)
    return next((c for c, words in CADENCE_WORDS.items() if any(fold(w) == folded for w in words)), None)


def _budget(text: str) -> float | None:
    """A budget typed for the action: an amount with its currency (``300 €``, ``budget 300``)."""
    folded = fold(text)
    money_words = re.search(r"\d\s*(?:euros?|eur|balles|dollars?|pounds?)\b", folded)
    if not any(sign in text for sign in "€$£") and not folded.startswith("budget") and not money_words:
        return None
    try:
        return parse_number(re.sub(r"(?i)budget\s*:?", "", text))
    except InvalidAnswer:
        return None


@dataclass(frozen=True)
class Decide(Field):
    """Accept, drop, or change the action by typing.

    Another date (``15 mars``), cadence (``chaque mois``), budget (``300 €``) or wording (``plutôt créer la fiche
    Google``).
    """

    def options(self, ctx: Context) -> tuple[Option, ...]:
        """Accept or drop."""
        return (Option(ACCEPT, ctx.t("action-accept")), Option(DROP, ctx.t("action-drop")))

    def parse(self, raw: str, ctx: Context) -> Decision:
        """A choice, or a date that re-dates the action."""
        text = hedges.roughly_dated(raw.strip()) if raw.strip() else ""
        if not text:
            raise InvalidAnswer("error-empty")
        found = match_option(text[:MAX_TEXT], self.options(ctx))
        if found is None and len(text.split()) <= SAID_IN_A_FEW_WORDS and not re.search(r"\d", text):
            found = _accepted_or_dropped(text, self.options(ctx), ctx)
        head, reason = _decided_then_why(text)
        if found is None and reason:  # "retirer, au printemps personne n'y pense": the decision, then its reason
            found = _accepted_or_dropped(head, self.options(ctx), ctx)
        if found is not None:
            return self.choose((found.id,), ctx)
        cadence = _cadence(text)
        if cadence is not None:
            return Decision(ActionStatus.PLANNED, cadence=cadence)
        amount = _budget(text)
        if amount is not None:
            return Decision(ActionStatus.PLANNED, budget=amount)
        when = INSTEAD.sub("", text)  # "plutôt en mars" re-dates the action, "plutôt : créer la fiche" rewords it
        if len(text) > 60 or (when != text and not is_date_like(when)):
            return _reworded(text)
        try:
            day = action_date(when, ctx.t.lang, ctx.today)
        except InvalidAnswer as error:
            if error.key == "error-date":
                if is_date_like(when):  # a date not understood ("le 3e mardi de mars"): say so, not "tap Accept"
                    raise
                if len(fold(text).split()) >= 3:
                    return _reworded(text)
                raise InvalidAnswer("error-action-date") from error
            if error.key == "error-date-past":
                raise InvalidAnswer(
                    "error-date-past", date=ctx.t.day(parse_date(when, ctx.t.lang, ctx.today))
                ) from error
            raise
        ctx.notes.extend(said_back(when, day, ctx.t, ctx.today))
        return Decision(ActionStatus.PLANNED, day)

    def choose(self, ids: Sequence[str], ctx: Context) -> Decision:
        """Accepted as proposed, or dropped."""
        if ids[0] not in (ACCEPT, DROP):
            raise InvalidAnswer("error-choice")
        return Decision(ActionStatus.PLANNED if ids[0] == ACCEPT else ActionStatus.DROPPED)

    def describe(self, ctx: Context) -> str:
        """When, how much, what for, measured how."""
        action: Action = ctx.item(ctx.plan.actions)
        return action_details(action, ctx.t)

    def show(self, value: Any, ctx: Context) -> str:
        """Planned with its date, or dropped."""
        if value.status is ActionStatus.DROPPED:
            return ctx.t("action-dropped")
        if value.title:
            return ctx.t("action-reworded", title=value.title)
        if value.cadence:
            return ctx.t("action-recurring", cadence=ctx.t.label(value.cadence))
        if value.budget is not None:
            return ctx.t("action-budget", budget=ctx.t.money(value.budget))
        return ctx.t("action-planned", date=ctx.t.day(value.due)) if value.due else ctx.t("action-accepted")


SAID_IN_A_FEW_WORDS = 4
"""Longer answers are read as a new wording of the action, even when they contain "oui" or "je garde"."""


def _accepted_or_dropped(text: str, options: Sequence[Option], ctx: Context) -> Option | None:
    """Accept or drop said in words (``ouais``, ``pas pour moi``, ``sounds good``, ``👍``): the synonyms' data."""
    if text.strip() in THUMBS:
        return options[THUMBS[text.strip()]]
    try:
        return choices.one(text, options, ctx.t, "action")
    except InvalidAnswer:
        return None


_REASON = re.compile(r"\s*(?:[,;:!—–]|\s-\s|\.\s|\b(?:car|parce que|because|since)\b)\s*")


def _decided_then_why(text: str) -> tuple[str, str]:
    """A short first part that may decide (``retirer``, ``on garde``) and the reason given after it, if any."""
    parts = _REASON.split(text, maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) > SAID_IN_A_FEW_WORDS or re.search(r"\d", parts[0]):
        return text, ""
    return parts[0], parts[1].strip()


THUMBS = {"👍": 0, "👌": 0, "✅": 0, "👎": 1, "❌": 1}
"""Emoji that say yes or no to an action, as indexes of (accept, drop)."""


def _reworded(text: str) -> Decision:
    """The action in the user's own words (``plutôt créer la fiche Google`` keeps ``Créer la fiche Google``)."""
    words = INSTEAD.sub("", text).strip()
    if len(words) > MAX_TITLE:
        raise InvalidAnswer("error-too-long", limit=MAX_TITLE, length=len(words))
    return Decision(ActionStatus.PLANNED, title=words[:1].upper() + words[1:])


def line(action: Action, ctx: Context) -> str:
    """An action in one line: month (and how often), title, budget."""
    month = ctx.t.month(action.due)
    if action.cadence in (Cadence.WEEKLY, Cadence.MONTHLY):
        month = ctx.t("action-line-recurring", month=month, cadence=ctx.t.label(action.cadence))
    return ctx.t("action-line", month=month, title=action.title, budget=ctx.t.money(action.budget))


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
    if value.title is not None:
        update["title"] = value.title
    if value.budget is not None:
        update["budget"] = value.budget
    if value.cadence is not None:
        update["cadence"] = value.cadence
        if value.cadence is Cadence.ONCE:
            update["until"] = None
        elif action.until is None:
            update["until"] = action.due.replace(year=action.due.year + 1) - timedelta(days=1)
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
