"""Where the user stands: presets filled on the way to the next question, as one explicit and pure step.

In express mode many questions are not asked: the business model's presets answer them. ``settle`` takes a
session and returns it with those answers written, up to the first question the user is asked, and that
question. It changes nothing in place: the engine keeps the session it returns. A question the user asked for
again (``focus``) comes before anything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dialogs.core.flow import Flow, Ref
from domain.session import Session


@dataclass(frozen=True)
class Settled:
    """A session with the presets on the way written, and the question it now awaits (``None``: none is left)."""

    session: Session
    position: Ref | None


def _focus(flow: Flow, session: Session) -> Ref | None:
    """The question asked again, if it is still part of the interview."""
    if not session.focus:
        return None
    ref = flow.ref(session.focus)
    if ref is None or ref.key not in {r.key for r in flow.listed(session.plan)}:
        return None
    return ref


def settle(flow: Flow, session: Session, today: date) -> Settled:
    """The session with presets written for every question before the next one asked, and that question.

    Answers to ask again that the user is not asked (express) get their preset anew; questions an edit opened
    that express leaves to presets get their preset too, shown to the user as the answer to keep; questions
    nobody answers get their preset, or are skipped when there is none. A focus on a question that is gone is
    dropped.
    """
    focus = _focus(flow, session)
    if focus is not None:
        return Settled(session, focus)
    if session.focus:
        session = session.model_copy(update={"focus": None})
    while True:
        key = _key(session, today)
        memo = flow.memo(session.plan)
        found = memo.get(SETTLED)
        if found is not None and found[0] == key:
            return Settled(session, found[1])
        session, rescan, position = _scan(flow, session, today)
        if not rescan:
            memo[SETTLED] = (_key(session, today), position)
            return Settled(session, position)


SETTLED = "settled"
"""The memo of a plan (``Flow.memo``) that holds the question a session over it awaits, with what decides it."""


def _key(session: Session, today: date) -> tuple[object, ...]:
    """What, besides the plan, decides the question a session awaits (the same sets, mostly: compared at once)."""
    return (session.recheck, session.opened, session.skipped, session.defaults, session.lang, today)


def _scan(flow: Flow, session: Session, today: date) -> tuple[Session, bool, Ref | None]:
    """One pass: the session, whether a preset changed the plan (scan again), and the question reached."""
    plan = session.plan
    for ref, answered in zip(flow.listed(plan), flow.answered(plan), strict=True):
        if ref.key in session.recheck:
            if flow.asks(ref.step, plan) or ref.key in session.opened:
                return session, False, ref
            value = flow.preset(plan, ref, session.lang, today)
            changes: dict[str, object] = {"recheck": session.recheck - {ref.key}}
            if value is not None:
                changes["plan"] = flow.write(plan, ref, value)
            return session.model_copy(update=changes), True, None
        if ref.key in session.opened and not answered:
            value = None if flow.asks(ref.step, plan) else flow.preset(plan, ref, session.lang, today)
            if value is None:
                return session, False, ref
            changes = {
                "plan": flow.write(plan, ref, value),
                "defaults": session.defaults | {ref.key},
                "recheck": session.recheck | {ref.key},
            }
            return session.model_copy(update=changes), True, None
        if answered or ref.key in session.skipped:
            continue
        if flow.asks(ref.step, plan):
            return session, False, ref
        value = flow.preset(plan, ref, session.lang, today)
        defaults = session.defaults | {ref.key}
        if value is None:  # nothing to propose: skipped, and the pass goes on (the plan is unchanged)
            session = session.model_copy(update={"defaults": defaults, "skipped": session.skipped | {ref.key}})
            continue
        return session.model_copy(update={"plan": flow.write(plan, ref, value), "defaults": defaults}), True, None
    return session, False, None
