"""An action's card and its one-tap buttons (done, snooze, reschedule, results, drop), also under reminders.

The buttons carry the action's key (``action:<id>``) and keep working as long as the action exists, whatever is
on show since: the engine routes them here first (``ActionButtons``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from dialogs.core.replies import Notice, Question, Tone
from dialogs.core.screen import BaseScreen
from dialogs.core.turn import Turn
from dialogs.parsing.options import Option
from dialogs.parsing.spoken_dates import said_back
from dialogs.parsing.text import InvalidAnswer
from dialogs.parsing.written_dates import action_date, parse_date
from dialogs.screens import results_entry
from domain.documents.action_table import action_details, status_label
from domain.models import Action, ActionStatus
from domain.reminder_schedule import out_of_quiet_hours, zone
from domain.screen_state import ActionCard, Reschedule, ScreenKind

DONE, SNOOZE_DAY, SNOOZE_WEEK, RESCHEDULE, RESULTS, DROP, LATER = (
    "done",
    "snooze1",
    "snooze7",
    "reschedule",
    "results",
    "drop",
    "later",
)
ACTION_KEY = "action:"


def action_key(action_id: int) -> str:
    """The key of an action's card and of its reminders' buttons."""
    return f"{ACTION_KEY}{action_id}"


def show(turn: Turn, action: Action) -> None:
    """An action's card: what, when, how much, what for; and what can be done about it."""
    turn.open(ActionCard(action=action.id), _card_question(turn, action, turn.t("action-card", title=action.title)))


def _card_question(turn: Turn, action: Action, text: str) -> Question:
    status = status_label(action.status, action.due, turn.today, turn.t)
    return Question(
        key=action_key(action.id),
        text=text,
        hint=f"{action_details(action, turn.t)}\n{turn.t('action-status', status=status)}",
        options=card_options(turn, action),
        free_text=False,
    )


def card_options(turn: Turn, action: Action) -> tuple[Option, ...]:
    """What the user can do about an action, in one tap."""
    ids: tuple[str, ...]
    if action.status is ActionStatus.PLANNED:
        ids = (DONE, SNOOZE_DAY, SNOOZE_WEEK, RESCHEDULE, RESULTS, DROP)
    elif action.status is ActionStatus.DONE:
        ids = (RESULTS,)
    else:
        ids = (RESCHEDULE,)
    return tuple(Option(i, turn.t(f"action-do-{i}")) for i in ids)


def on_action(turn: Turn, action_id: int, option: str) -> None:
    """A button of an action's card or reminder (they stay valid as long as the action exists)."""
    action = turn.s.plan.action(action_id)
    if action is None or action.status is ActionStatus.PROPOSED:
        turn.say("stale-button")
        return
    turn.close()
    if (option, action.status) in ((DONE, ActionStatus.DONE), (DROP, ActionStatus.DROPPED)):
        turn.say("already-noted")
        return
    handler = ACTION_OPTIONS.get(option)
    if handler is None or option not in {o.id for o in card_options(turn, action)} | {LATER}:
        turn.say("error-choice", Tone.ERROR)
        show(turn, action)
        return
    handler(turn, action)


def _set(turn: Turn, action: Action, **changes: object) -> Action:
    updated = action.model_copy(update=changes)
    actions = tuple(updated if a.id == action.id else a for a in turn.s.plan.actions or ())
    turn.update(plan=turn.s.plan.model_copy(update={"actions": actions}))
    return updated


def _done(turn: Turn, action: Action) -> None:
    _set(turn, action, status=ActionStatus.DONE, done_on=turn.today, snoozed_until=None)
    options = (Option(RESULTS, turn.t("action-do-results")), Option(LATER, turn.t("action-do-later")))
    text = turn.t("action-done", title=action.title)
    turn.replies.append(Question(key=action_key(action.id), text=text, options=options, free_text=False))


def _snooze(days: int) -> Callable[[Turn, Action], None]:
    def snooze(turn: Turn, action: Action) -> None:
        until = turn.now + timedelta(days=days)
        _set(turn, action, snoozed_until=until)
        when = _when(turn, out_of_quiet_hours(until, turn.s.reminders))
        turn.say("action-snoozed", Tone.SUCCESS, title=action.title, when=when)

    return snooze


def _when(turn: Turn, moment: datetime) -> str:
    local = moment.astimezone(zone(turn.s.reminders))
    return turn.t("moment", day=turn.t.day(local.date()), time=f"{local:%H:%M}")


def _reschedule(turn: Turn, action: Action) -> None:
    question = Question(
        key=ScreenKind.RESCHEDULE.value,
        text=turn.t("reschedule-prompt", title=action.title),
        hint=turn.t("reschedule-hint", date=turn.t.day(action.due)),
    )
    turn.open(Reschedule(action=action.id), question)


def _results(turn: Turn, action: Action) -> None:
    results_entry.start(turn, action.id)


def _drop(turn: Turn, action: Action) -> None:
    _set(turn, action, status=ActionStatus.DROPPED, snoozed_until=None)
    turn.say("action-dropped-now", title=action.title)


def _later(turn: Turn, action: Action) -> None:
    turn.say("action-later")


ACTION_OPTIONS: dict[str, Callable[[Turn, Action], None]] = {
    DONE: _done,
    SNOOZE_DAY: _snooze(1),
    SNOOZE_WEEK: _snooze(7),
    RESCHEDULE: _reschedule,
    RESULTS: _results,
    DROP: _drop,
    LATER: _later,
}


def _shown(turn: Turn) -> Action | None:
    """The action the card or the rescheduling on show is about."""
    state = turn.s.screen
    return turn.s.plan.action(state.action) if isinstance(state, ActionCard | Reschedule) else None


class ActionCardScreen(BaseScreen):
    """An action's card, its options typed or tapped."""

    kind = ScreenKind.ACTION

    def show(self, turn: Turn) -> None:
        """The card again (or nothing, when the action is gone)."""
        action = _shown(turn)
        if action is not None:
            show(turn, action)

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """What can be done about the action."""
        action = _shown(turn)
        return card_options(turn, action) if action else ()

    def choose(self, turn: Turn, option: str) -> None:
        """An option of the card."""
        action = _shown(turn)
        if action is not None:
            on_action(turn, action.id, option)


class RescheduleScreen(BaseScreen):
    """The new date of an action, typed."""

    kind = ScreenKind.RESCHEDULE

    def show(self, turn: Turn) -> None:
        """The question again."""
        action = _shown(turn)
        if action is not None:
            _reschedule(turn, action)

    def typed(self, turn: Turn, text: str) -> None:
        """The new date: the action planned again for that day."""
        action = _shown(turn)
        if action is None:
            turn.close()
            return
        try:
            day = action_date(text, turn.t.lang, turn.today)
        except InvalidAnswer as error:
            if error.key == "error-date-past":
                past = turn.t.day(parse_date(text.strip()[:60], turn.t.lang, turn.today))
                error = InvalidAnswer("error-date-past", date=past)
            turn.say(error.key, Tone.ERROR, **error.args_)
            _reschedule(turn, action)
            return
        turn.close()
        _set(turn, action, due=day, status=ActionStatus.PLANNED, snoozed_until=None, done_on=None)
        turn.replies.extend(Notice(line) for line in said_back(text, day, turn.t, turn.today))
        turn.say("action-rescheduled", Tone.SUCCESS, title=action.title, date=turn.t.day(day))


class ActionButtons:
    """The buttons of action cards and reminders, valid whatever is on show."""

    def owns(self, key: str) -> bool:
        """``action:<id>``."""
        return key.startswith(ACTION_KEY) and key[len(ACTION_KEY) :].isdecimal()

    def options(self, turn: Turn, key: str) -> tuple[Option, ...]:
        """The card's options for that action."""
        action = turn.s.plan.action(int(key[len(ACTION_KEY) :]))
        return card_options(turn, action) if action else ()

    def tapped(self, turn: Turn, key: str, option: str) -> None:
        """One of them."""
        on_action(turn, int(key[len(ACTION_KEY) :]), option)


CARD = ActionCardScreen()
RESCHEDULING = RescheduleScreen()
BUTTONS = ActionButtons()
