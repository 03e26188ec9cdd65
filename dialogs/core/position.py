"""Where the user stands: presets filled on the way (an explicit step), then the question to ask (a pure reading).

In express mode many questions are not asked: the business model's presets answer them. ``settle`` writes
those answers into the session, up to the first question the user is asked; ``locate`` then reads which question
that is, and changes nothing. A question the user asked for again (``focus``) comes before anything else.
"""

from __future__ import annotations

from datetime import date

from dialogs.core.flow import Flow, Ref
from domain.session import Session


def _focus(flow: Flow, session: Session) -> Ref | None:
    """The question asked again, if it is still part of the interview."""
    if not session.focus:
        return None
    ref = flow.ref(session.focus)
    if ref is None or ref.key not in {r.key for r in flow.listed(session.plan)}:
        return None
    return ref


def settle(flow: Flow, session: Session, today: date) -> Session:
    """The session with presets written for every question before the next one asked (a stale focus dropped).

    Answers to ask again that the user is not asked (express) get their preset anew; questions an edit opened
    that express leaves to presets get their preset too, shown to the user as the answer to keep; questions
    nobody answers get their preset, or are skipped when there is none.
    """
    if session.focus and _focus(flow, session) is not None:
        return session
    if session.focus:
        session = session.model_copy(update={"focus": None})
    while True:
        settled = _next_preset(flow, session, today)
        if settled is session:
            return session
        session = settled


def _next_preset(flow: Flow, session: Session, today: date) -> Session:
    """The session with the first preset on the way written (or the questions without one skipped)."""
    plan = session.plan
    answered = flow.answered(plan)
    for number, ref in enumerate(flow.listed(plan)):
        asks = flow.asks(ref.step, plan)
        if ref.key in session.recheck:
            if asks or ref.key in session.opened:
                return session
            value = flow.preset(plan, ref, session.lang, today)
            changes: dict[str, object] = {"recheck": session.recheck - {ref.key}}
            if value is not None:
                changes["plan"] = flow.write(plan, ref, value)
            return session.model_copy(update=changes)
        if ref.key in session.opened and not answered[number]:
            value = None if asks else flow.preset(plan, ref, session.lang, today)
            if value is None:
                return session
            return session.model_copy(
                update={
                    "plan": flow.write(plan, ref, value),
                    "defaults": session.defaults | {ref.key},
                    "recheck": session.recheck | {ref.key},
                }
            )
        if answered[number] or ref.key in session.skipped:
            continue
        if asks:
            return session
        value = flow.preset(plan, ref, session.lang, today)
        defaults = session.defaults | {ref.key}
        if value is None:
            session = session.model_copy(update={"defaults": defaults, "skipped": session.skipped | {ref.key}})
            continue
        return session.model_copy(update={"plan": flow.write(plan, ref, value), "defaults": defaults})
    return session


def locate(flow: Flow, session: Session) -> Ref | None:
    """The question being asked in a settled session: the one asked again, or else the first one the plan lacks."""
    focus = _focus(flow, session)
    if focus is not None:
        return focus
    plan = session.plan
    answered = flow.answered(plan)
    for number, ref in enumerate(flow.listed(plan)):
        if ref.key in session.recheck:
            return ref
        if ref.key in session.opened and not answered[number]:
            return ref
        if answered[number] or ref.key in session.skipped:
            continue
        return ref
    return None
