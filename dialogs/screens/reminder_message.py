"""What a reminder says when the dispatcher sends it: the action, when it is due, and its one-tap buttons."""

from __future__ import annotations

from datetime import datetime

from dialogs.core.replies import PlanCard, Question, Reply
from dialogs.parsing.options import Option
from dialogs.screens.action_card import DONE, RESCHEDULE, RESULTS, SNOOZE_DAY, SNOOZE_WEEK, action_key
from domain.documents.action_table import action_details
from domain.documents.monthly_review import monthly_review
from domain.i18n import catalog
from domain.models import ActionStatus
from domain.reminder_schedule import REVIEW, zone
from domain.session import Session


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
    options = tuple(Option(i, t(f"action-do-{i}")) for i in (DONE, SNOOZE_DAY, SNOOZE_WEEK, RESCHEDULE, RESULTS))
    hint = action_details(action, t)
    return [Question(key=action_key(action.id), text=text, hint=hint, options=options, free_text=False, lasting=True)]
