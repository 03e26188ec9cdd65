"""Following the plan up: the reminders offer, `/actions` and the action card, reminders and reviews."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from dialogs.answers.fields import Context, Option, match_option
from dialogs.core.replies import Notice, PlanCard, Question, Reply, Tone
from dialogs.parsing.spoken_dates import said_back
from dialogs.parsing.text import InvalidAnswer, action_date, parse_date
from dialogs.parsing.yes_no import yes_or_no
from dialogs.phases.actions import details
from dialogs.screens import adviser, data, reminder_settings, results_entry
from domain.documents.action_table import status_label
from domain.documents.monthly_review import monthly_review
from domain.i18n import catalog
from domain.models import Action, ActionStatus
from domain.reminder_schedule import REVIEW, out_of_quiet_hours, zone
from domain.session import Screen, Session

if TYPE_CHECKING:
    from dialogs.core.engine import Turn

YES, NO = "yes", "no"
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


# Reminders opt-in ------------------------------------------------------------------------------------------


def wants_offer(session: Session) -> bool:
    """Whether to offer reminders: never asked, and the plan has actions to remind of."""
    planned = [a for a in session.plan.actions or () if a.status is ActionStatus.PLANNED]
    return session.reminders.enabled is None and bool(planned)


def offer(turn: Turn) -> None:
    """Ask whether the user wants reminders before their actions."""
    turn.update(screen=Screen.OPT_IN)
    options = (Option(YES, turn.t("opt-in-yes")), Option(NO, turn.t("opt-in-no")))
    turn.replies.append(Question(key=Screen.OPT_IN.value, text=turn.t("opt-in"), options=options, free_text=False))


def opt_in(turn: Turn, option: str) -> None:
    """The answer to the offer."""
    enabled = option == YES
    turn.update(screen=None, reminders=turn.s.reminders.model_copy(update={"enabled": enabled}))
    settings = turn.s.reminders
    if enabled:
        turn.say(
            "opt-in-done",
            Tone.SUCCESS,
            at=f"{settings.at:%H:%M}",
            timezone=settings.timezone,
            days=settings.days_before,
        )
    else:
        turn.say("opt-in-declined")
    adviser.review(turn)


# /actions and the action card -----------------------------------------------------------------------------


def list_actions(turn: Turn) -> None:
    """``/actions``: the plan's actions with their statuses; choosing one opens its card."""
    actions = _actions(turn)
    if not actions:
        turn.say("actions-none-yet")
        turn.ask_current()
        return
    turn.update(screen=Screen.ACTIONS, screen_arg=None)
    turn.replies.append(
        Question(key=Screen.ACTIONS.value, text=turn.t("actions-title"), options=_list_options(turn), listed=True)
    )


def _actions(turn: Turn) -> list[Action]:
    return sorted(
        (a for a in turn.s.plan.actions or () if a.status is not ActionStatus.PROPOSED),
        key=lambda a: (a.due, a.id),
    )


def _list_options(turn: Turn) -> tuple[Option, ...]:
    t = turn.t
    return tuple(
        Option(
            str(a.id),
            t(
                "actions-entry",
                date=t.day(a.due),
                title=a.title,
                status=status_label(a.status, a.due, turn.today, t),
            ),
        )
        for a in _actions(turn)
    )


def card(turn: Turn, action: Action) -> None:
    """An action's card: what, when, how much, what for; and what can be done about it."""
    turn.update(screen=Screen.ACTION, screen_arg=str(action.id))
    turn.replies.append(_card_question(turn, action, turn.t("action-card", title=action.title)))


def _card_question(turn: Turn, action: Action, text: str) -> Question:
    ctx = Context(turn.s.plan, None, turn.t, turn.today)
    status = status_label(action.status, action.due, turn.today, turn.t)
    return Question(
        key=action_key(action.id),
        text=text,
        hint=f"{details(action, ctx)}\n{turn.t('action-status', status=status)}",
        options=card_options(turn, action),
        free_text=False,
    )


def card_options(turn: Turn, action: Action) -> tuple[Option, ...]:
    """What the user can do about an action, in one tap."""
    t = turn.t
    ids: tuple[str, ...]
    if action.status is ActionStatus.PLANNED:
        ids = (DONE, SNOOZE_DAY, SNOOZE_WEEK, RESCHEDULE, RESULTS, DROP)
    elif action.status is ActionStatus.DONE:
        ids = (RESULTS,)
    else:
        ids = (RESCHEDULE,)
    return tuple(Option(i, t(f"action-do-{i}")) for i in ids)


def on_action(turn: Turn, action_id: int, option: str) -> None:
    """A button of an action's card or reminder (they stay valid as long as the action exists)."""
    action = turn.s.plan.action(action_id)
    if action is None or action.status is ActionStatus.PROPOSED:
        turn.say("stale-button")
        return
    turn.update(screen=None, screen_arg=None)
    if (option, action.status) in ((DONE, ActionStatus.DONE), (DROP, ActionStatus.DROPPED)):
        turn.say("already-noted")
        return
    handler = ACTION_OPTIONS.get(option)
    if handler is None or option not in {o.id for o in card_options(turn, action)} | {LATER}:
        turn.say("error-choice", Tone.ERROR)
        card(turn, action)
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
    turn.replies.append(
        Question(
            key=action_key(action.id),
            text=turn.t("action-done", title=action.title),
            options=options,
            free_text=False,
        )
    )


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
    turn.update(screen=Screen.RESCHEDULE, screen_arg=str(action.id))
    turn.replies.append(
        Question(
            key=Screen.RESCHEDULE.value,
            text=turn.t("reschedule-prompt", title=action.title),
            hint=turn.t("reschedule-hint", date=turn.t.day(action.due)),
        )
    )


def rescheduled(turn: Turn, text: str) -> None:
    """The new date of the action being rescheduled."""
    action = turn.s.plan.action(int(turn.s.screen_arg or 0))
    if action is None:
        turn.update(screen=None, screen_arg=None)
        return
    try:
        day = action_date(text, turn.t.lang, turn.today)
    except InvalidAnswer as error:
        if error.key == "error-date-past":
            error = InvalidAnswer(
                "error-date-past", date=turn.t.day(parse_date(text.strip()[:60], turn.t.lang, turn.today))
            )
        turn.say(error.key, Tone.ERROR, **error.args_)
        _reschedule(turn, action)
        return
    turn.update(screen=None, screen_arg=None)
    _set(turn, action, due=day, status=ActionStatus.PLANNED, snoozed_until=None, done_on=None)
    turn.replies.extend(Notice(line) for line in said_back(text, day, turn.t, turn.today))
    turn.say("action-rescheduled", Tone.SUCCESS, title=action.title, date=turn.t.day(day))


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


# Screens and commands -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hooks:
    """How a follow-up screen shows itself, its options, and what it does with an answer."""

    show: Callable[[Turn], None]
    options: Callable[[Turn], tuple[Option, ...]]
    choose: Callable[[Turn, str], None]
    typed: Callable[[Turn, str], None] | None = None


def _typed_choice(turn: Turn, text: str) -> None:
    found = match_option(text, screen_options(turn))
    if found is None and turn.s.screen is Screen.OPT_IN:  # "ouais", "sure", "non merci"
        found = yes_or_no(text, screen_options(turn), turn.t)
    if found is None:
        turn.say("error-choice", Tone.ERROR)
        SCREENS[turn.s.screen or Screen.ACTIONS].show(turn)
        return
    SCREENS[turn.s.screen or Screen.ACTIONS].choose(turn, found.id)


def _current_action(turn: Turn) -> Action | None:
    arg = turn.s.screen_arg or ""
    return turn.s.plan.action(int(arg)) if arg.isdecimal() else None


def _show_card(turn: Turn) -> None:
    action = _current_action(turn)
    if action is not None:
        card(turn, action)


def _choose_listed(turn: Turn, option: str) -> None:
    action = turn.s.plan.action(int(option)) if option.isdecimal() else None
    if action is None:
        turn.say("error-choice", Tone.ERROR)
        list_actions(turn)
    else:
        card(turn, action)


def _choose_on_card(turn: Turn, option: str) -> None:
    action = _current_action(turn)
    if action is not None:
        on_action(turn, action.id, option)


def _reshow_reschedule(turn: Turn) -> None:
    action = _current_action(turn)
    if action is not None:
        _reschedule(turn, action)


SCREENS: dict[Screen, Hooks] = {
    Screen.OPT_IN: Hooks(
        offer, lambda turn: (Option(YES, turn.t("opt-in-yes")), Option(NO, turn.t("opt-in-no"))), opt_in
    ),
    Screen.ACTIONS: Hooks(list_actions, _list_options, _choose_listed),
    Screen.ACTION: Hooks(
        _show_card,
        lambda turn: card_options(turn, a) if (a := _current_action(turn)) else (),
        _choose_on_card,
    ),
    Screen.RESCHEDULE: Hooks(_reshow_reschedule, lambda turn: (), lambda turn, option: None, rescheduled),
    Screen.RESULTS: Hooks(results_entry.ask, lambda turn: (), results_entry.tapped, results_entry.typed),
    Screen.REMINDERS: Hooks(reminder_settings.show, reminder_settings.options, reminder_settings.choose),
    Screen.SETTING: Hooks(reminder_settings.show, lambda turn: (), lambda turn, option: None, reminder_settings.typed),
    Screen.EXPORT: Hooks(data.export, data.export_options, data.exported),
    Screen.COACH: Hooks(adviser.reshow_coach, adviser.coach_options, adviser.coached),
    Screen.SCORE: Hooks(adviser.review, adviser.score_options, adviser.scored),
    Screen.DELETE: Hooks(data.delete, data.delete_options, data.deleted),
}


def screen_options(turn: Turn) -> tuple[Option, ...]:
    """The options of the follow-up screen on show."""
    return SCREENS[turn.s.screen].options(turn) if turn.s.screen in SCREENS else ()


def said(turn: Turn, text: str) -> None:
    """Typed text on a follow-up screen."""
    hooks = SCREENS[turn.s.screen or Screen.ACTIONS]
    (hooks.typed or _typed_choice)(turn, text)


def kpi(turn: Turn) -> None:
    """``/kpi``: enter results for the whole plan."""
    results_entry.start(turn)


def reminders(turn: Turn) -> None:
    """``/reminders``: the reminder settings."""
    reminder_settings.show(turn)


COMMANDS: dict[str, Callable[[Turn], None]] = {
    "actions": list_actions,
    "kpi": kpi,
    "reminders": reminders,
    "export": data.export,
    "mydata": data.mydata,
    "delete": data.delete,
}


# What the dispatcher sends --------------------------------------------------------------------------------


def reminder(session: Session, action_id: int, kind: str, now: datetime) -> list[Reply]:
    """The message of a reminder, or nothing when there is no longer anything to remind of."""
    t = catalog(session.lang)
    today = now.astimezone(zone(session.reminders)).date()
    if not session.reminders.enabled:
        return []
    if action_id == REVIEW:
        return [PlanCard(monthly_review(session.plan, t, today))]
    action = session.plan.action(action_id)
    if action is None or action.status is not ActionStatus.PLANNED:
        return []
    days = (action.due - today).days
    if kind.startswith("snooze"):
        text = t("reminder-snoozed", title=action.title, date=t.day(action.due))
    elif days > 0:
        text = t("reminder-before", title=action.title, days=days, date=t.day(action.due))
    else:
        text = t("reminder-day", title=action.title)
    ctx = Context(session.plan, None, t, today)
    options = tuple(Option(i, t(f"action-do-{i}")) for i in (DONE, SNOOZE_DAY, SNOOZE_WEEK, RESCHEDULE, RESULTS))
    hint = details(action, ctx)
    return [Question(key=action_key(action.id), text=text, hint=hint, options=options, free_text=False, lasting=True)]
