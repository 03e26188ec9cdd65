"""Finding one's way: ``/start`` (and its links), ``/new``, ``/help``, ``/back``, ``/skip``, ``/plan``, ``/cancel``.

The restart screen belongs here: coming back mid-interview, or asking for a new plan, the user chooses between
carrying on and starting anew (the plan they had is archived, not lost).
"""

from __future__ import annotations

from dialogs.core.answering import proceed
from dialogs.core.replies import PlanCard, Question, Tone
from dialogs.core.screen import BaseScreen
from dialogs.core.summary import plan_document
from dialogs.core.turn import Turn
from dialogs.parsing import deeplink
from dialogs.parsing.options import Option
from dialogs.screens import adviser, reminders_offer
from domain.screen_state import Restart, ScreenKind
from domain.session import Session

CONTINUE = "continue"
NEW = "new"


class RestartScreen(BaseScreen):
    """Carry on with the plan, or start a new one."""

    kind = ScreenKind.RESTART

    def show(self, turn: Turn) -> None:
        """The choice, with where the user stands."""
        state = turn.s.screen
        prompt = state.prompt if isinstance(state, Restart) else "restart-prompt"
        ref = turn.position()
        progress = turn.progress(ref) if ref else turn.t("progress-finished")
        turn.update(focus=None, draft=())
        text = turn.t(prompt, name=turn.s.plan.profile.name or "", progress=progress)
        question = Question(key=self.kind.value, text=text, options=self.options(turn), free_text=False)
        turn.open(Restart(prompt=prompt), question)

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """Continue, or a new plan."""
        return (Option(CONTINUE, turn.t("restart-continue")), Option(NEW, turn.t("restart-new")))

    def choose(self, turn: Turn, option: str) -> None:
        """Back to the question where the user stopped, or a new plan (the current one archived)."""
        if option == CONTINUE:
            turn.close()
            if turn.position() is None:
                turn.say("welcome-back-finished", name=turn.s.plan.profile.name or "")
            else:
                turn.ask_current()
        elif option == NEW:
            turn.archived = turn.s.plan
            turn.s = Session(
                user_id=turn.s.user_id,
                lang=turn.s.lang,
                revision=turn.s.revision,
                plan_id=turn.s.plan_id + 1,
                reminders=turn.s.reminders,
            )
            turn.say("new-plan")
            turn.ask_current()
        else:
            self.refuse(turn)


RESTART = RestartScreen()


def _restart(turn: Turn, prompt: str) -> None:
    turn.update(screen=Restart(prompt="restart-confirm" if prompt == "restart-confirm" else "restart-prompt"))
    RESTART.show(turn)


def start(turn: Turn, payload: str = "") -> None:
    """``/start``: a welcome, or, mid-interview, the choice to continue or to start a new plan."""
    if payload:
        follow(turn, deeplink.read(payload))
    if not _greeted(turn):
        _restart(turn, "restart-prompt")


def follow(turn: Turn, link: deeplink.Link) -> None:
    """A ``/start`` link: its language and interview taken before the first answer, its code kept once."""
    if link.code and turn.s.referral is None:
        turn.update(referral=link.code)
    if _has_answers(turn.s):
        return
    if link.lang is not None:
        turn.update(lang=link.lang)
    if link.mode is not None:
        profile = turn.s.plan.profile.model_copy(update={"mode": link.mode})
        turn.update(plan=turn.s.plan.model_copy(update={"profile": profile}))


def resume(turn: Turn) -> None:
    """Coming back (the console starting again): straight to the question where the user stopped."""
    if not _greeted(turn):
        turn.say("welcome-back", name=turn.s.plan.profile.name or "")
        turn.ask_current()


def _greeted(turn: Turn) -> bool:
    """Greet a first visit, or the owner of a finished plan; ``False`` (nothing said) mid-interview."""
    if not _has_answers(turn.s):
        _welcome(turn)
    elif turn.position() is None:
        turn.say("welcome-back-finished", name=turn.s.plan.profile.name or "")
        if reminders_offer.wanted(turn.s):
            reminders_offer.SCREEN.show(turn)
    else:
        return False
    return True


def new(turn: Turn) -> None:
    """``/new``: start a new plan, after confirmation when there is one already (it is archived, not lost)."""
    if _has_answers(turn.s):
        _restart(turn, "restart-confirm")
    else:
        _welcome(turn)


def help_(turn: Turn) -> None:
    """``/help``: what the commands do, then the question again."""
    turn.say("help")
    turn.ask_current()


def back(turn: Turn) -> None:
    """``/back``: ask the previous question again, showing its current answer.

    On a screen outside the interview, the screen steps back within itself (the previous number of a results
    entry) or closes; it never reopens an interview question behind the user's back.
    """
    view = turn.screen()
    if view is not None:
        view.back(turn)
        return
    turn.update(draft=())
    position = turn.position()
    asked = turn.asked()
    keys = [r.key for r in asked]
    index = keys.index(position.key) if position is not None and position.key in keys else len(keys)
    if index == 0:
        turn.say("back-at-start")
        turn.ask_current()
        return
    previous = asked[index - 1]
    turn.update(focus=previous.key)
    turn.replies.append(turn.question(previous))


def skip(turn: Turn) -> None:
    """``/skip``: leave an optional question unanswered, or keep the answer of a question asked again."""
    view = turn.screen()
    if view is not None:
        view.skip(turn)
        return
    ref = turn.position()
    if ref is None:
        turn.say("finished-already")
        return
    was_focus = turn.s.focus == ref.key or ref.key in turn.s.recheck
    if was_focus and turn.flow.value(turn.s.plan, ref) is not None:  # kept: confirmed, the user's own now
        turn.update(focus=None, draft=(), recheck=turn.s.recheck - {ref.key}, defaults=turn.s.defaults - {ref.key})
        turn.say("kept")
    elif ref.step.optional:
        turn.update(skipped=turn.s.skipped | {ref.key}, focus=None, draft=())
    else:
        turn.say("error-required", Tone.ERROR)
        turn.replies.append(turn.question(ref))
        return
    proceed(turn, ref, was_focus)


def show_plan(turn: Turn) -> None:
    """``/plan``: the plan so far and its score, then the question again."""
    turn.replies.append(PlanCard(plan_document(turn.s, turn.today, turn.flow)))
    adviser.review(turn)
    if turn.s.screen is None:
        turn.ask_current()


def cancel(turn: Turn) -> None:
    """``/cancel``: close the screen on show or stop asking again an earlier question."""
    if turn.s.screen is None and turn.s.focus is None and not turn.s.draft and not turn.s.opened:
        turn.say("nothing-to-cancel")
    else:
        opened = {"opened": frozenset(), "recheck": turn.s.recheck - turn.s.opened, "back_to": None}
        turn.update(screen=None, focus=None, draft=(), **opened)
        turn.say("cancelled")
    turn.ask_current()


def _welcome(turn: Turn) -> None:
    turn.close()
    turn.say("welcome")
    turn.ask_current()


def _has_answers(session: Session) -> bool:
    return session.plan.profile.name is not None
