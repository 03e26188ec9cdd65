"""Commands (``/back``, ``/skip``, ``/plan``, ``/edit``...) and the screens outside the plan they open."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dialogs.answers.fields import Option, match_option
from dialogs.core import edits
from dialogs.core.replies import PlanCard, Question, Tone
from dialogs.screens import adviser, followup, results_entry
from dialogs.summary import plan_document
from domain.models import Language
from domain.session import Screen, Session

if TYPE_CHECKING:
    from dialogs.core.engine import Turn
    from dialogs.screens.deeplink import Link

CONTINUE = "continue"
NEW = "new"
REVIEW_VALUE_WIDTH = 48


def start(turn: Turn) -> None:
    """``/start``: a welcome, or, mid-interview, the choice to continue or to start a new plan."""
    if not _greeted(turn):
        _restart_screen(turn, "restart-prompt")


def follow(turn: Turn, link: Link) -> None:
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
        if followup.wants_offer(turn.s):
            followup.offer(turn)
    else:
        return False
    return True


def new(turn: Turn) -> None:
    """``/new``: start a new plan, after confirmation when there is one already (it is archived, not lost)."""
    if _has_answers(turn.s):
        _restart_screen(turn, "restart-confirm")
    else:
        _welcome(turn)


def help_(turn: Turn) -> None:
    """``/help``: what the commands do, then the question again."""
    turn.say("help")
    turn.ask_current()


def back(turn: Turn) -> None:
    """``/back``: ask the previous question again, showing its current answer.

    On a screen outside the interview, it steps back within the screen (the previous number of a results
    entry) or closes it; it never reopens an interview question behind the user's back.
    """
    if turn.s.screen is Screen.RESULTS:
        results_entry.back(turn)
        return
    if turn.s.screen is not None:
        turn.update(screen=None, screen_arg=None, entry=None)
        turn.say("cancelled")
        turn.ask_current()
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
    if turn.s.screen is Screen.RESULTS:
        results_entry.skip(turn)
        return
    if turn.s.screen is not None:
        turn.say("nothing-to-skip")
        reshow(turn)
        return
    ref = turn.position()
    if ref is None:
        turn.say("finished-already")
        return
    was_focus = turn.s.focus == ref.key or ref.key in turn.s.recheck
    if was_focus and turn.flow.value(turn.s.plan, ref) is not None:
        turn.update(focus=None, draft=(), recheck=turn.s.recheck - {ref.key})
        turn.say("kept")
    elif ref.step.optional:
        turn.update(skipped=turn.s.skipped | {ref.key}, focus=None, draft=())
    else:
        turn.say("error-required", Tone.ERROR)
        turn.replies.append(turn.question(ref))
        return
    turn.proceed(ref, was_focus)


def show_plan(turn: Turn) -> None:
    """``/plan``: the plan so far and its score, then the question again."""
    turn.replies.append(PlanCard(plan_document(turn.s, turn.today)))
    adviser.review(turn)
    if turn.s.screen is None:
        turn.ask_current()


def edit(turn: Turn) -> None:
    """``/edit``: a numbered review of every answer; choosing one asks it again."""
    options = review_options(turn)
    if not options:
        turn.say("nothing-to-edit")
        turn.ask_current()
        return
    turn.update(screen=Screen.REVIEW, draft=())
    turn.replies.append(Question(key=Screen.REVIEW.value, text=turn.t("review-title"), options=options, listed=True))


def language(turn: Turn) -> None:
    """``/language``: choose French or English."""
    turn.update(screen=Screen.LANGUAGE)
    options = tuple(Option(lang.value, turn.t(f"language-{lang.value}")) for lang in Language)
    turn.replies.append(Question(key=Screen.LANGUAGE.value, text=turn.t("language-prompt"), options=options))


def cancel(turn: Turn) -> None:
    """``/cancel``: close the screen on show or stop asking again an earlier question."""
    if turn.s.screen is None and turn.s.focus is None and not turn.s.draft and not turn.s.opened:
        turn.say("nothing-to-cancel")
    else:
        opened = {"opened": frozenset(), "recheck": turn.s.recheck - turn.s.opened, "back_to": None}
        turn.update(screen=None, screen_arg=None, entry=None, focus=None, draft=(), **opened)
        turn.say("cancelled")
    turn.ask_current()


COMMANDS: dict[str, Callable[[Turn], None]] = {
    "start": start,
    "resume": resume,
    "new": new,
    "help": help_,
    "back": back,
    "skip": skip,
    "plan": show_plan,
    "edit": edit,
    "language": language,
    "cancel": cancel,
    **followup.COMMANDS,
}


def review_options(turn: Turn) -> tuple[Option, ...]:
    """Every answer given, skipped or proposed, in the interview's order."""
    plan, t = turn.s.plan, turn.t
    options = []
    for ref in turn.refs():
        value = turn.flow.value(plan, ref)
        if value is None and ref.key not in turn.s.skipped:
            continue
        shown = t("value-skipped") if value is None else ref.step.field.show(value, turn.context(ref))
        if len(shown) > REVIEW_VALUE_WIDTH:
            shown = shown[: REVIEW_VALUE_WIDTH - 1] + "…"
        if ref.key in turn.s.defaults and value is not None:
            shown = t("value-proposed", value=shown)
        label = t(f"label-{ref.step.id}", item=turn.flow.item_label(plan, ref, t))
        options.append(Option(ref.key, t("review-entry", label=label, value=shown)))
    return tuple(options)


def said(turn: Turn, text: str) -> None:
    """A typed answer to the screen on show: its options by number or label."""
    if turn.s.screen in followup.SCREENS:
        followup.said(turn, text)
        return
    options = screen_options(turn)
    found = match_option(text, options) if text.strip() else None
    if found is None:
        turn.say("error-choice", Tone.ERROR)
        reshow(turn)
        return
    tapped(turn, found.id)


def tapped(turn: Turn, option: str) -> None:
    """An option of the screen on show."""
    screen = turn.s.screen
    if screen in followup.SCREENS:
        followup.SCREENS[screen].choose(turn, option)
    elif screen is Screen.REVIEW:
        ref = turn.flow.ref(option)
        if ref is None or not turn.exists(ref):
            turn.say("error-choice", Tone.ERROR)
            reshow(turn)
            return
        edits.ask_chosen(turn, ref)
    elif screen is Screen.LANGUAGE and option in {lang.value for lang in Language}:
        turn.update(screen=None, lang=Language(option))
        turn.say("language-set")
        turn.ask_current()
    elif screen is Screen.RESTART and option == CONTINUE:
        turn.update(screen=None, screen_arg=None)
        if turn.position() is None:
            turn.say("welcome-back-finished", name=turn.s.plan.profile.name or "")
        else:
            turn.ask_current()
    elif screen is Screen.RESTART and option == NEW:
        turn.archived = turn.s.plan
        turn.s = Session(
            user_id=turn.s.user_id,
            lang=turn.s.lang,
            revision=turn.s.revision,
            plan_id=turn.s.plan_id + 1,
            last_update=turn.s.last_update,
            reminders=turn.s.reminders,
        )
        turn.say("new-plan")
        turn.ask_current()
    else:
        turn.say("error-choice", Tone.ERROR)
        reshow(turn)


def screen_options(turn: Turn) -> tuple[Option, ...]:
    """The options of the screen on show."""
    if turn.s.screen in followup.SCREENS:
        return followup.screen_options(turn)
    if turn.s.screen is Screen.REVIEW:
        return review_options(turn)
    if turn.s.screen is Screen.LANGUAGE:
        return tuple(Option(lang.value, turn.t(f"language-{lang.value}")) for lang in Language)
    return (Option(CONTINUE, turn.t("restart-continue")), Option(NEW, turn.t("restart-new")))


def reshow(turn: Turn) -> None:
    """Show the open screen again."""
    screen = turn.s.screen
    if screen in followup.SCREENS:
        followup.SCREENS[screen].show(turn)
        return
    turn.update(screen=None)
    if screen is Screen.RESTART:
        _restart_screen(turn, turn.s.screen_arg or "restart-prompt")
        return
    {Screen.REVIEW: edit, Screen.LANGUAGE: language}[screen or Screen.REVIEW](turn)


def _restart_screen(turn: Turn, key: str) -> None:
    ref = turn.position()
    progress = turn.progress(ref) if ref else turn.t("progress-finished")
    turn.update(screen=Screen.RESTART, screen_arg=key, focus=None, draft=())
    turn.replies.append(
        Question(
            key=Screen.RESTART.value,
            text=turn.t(key, name=turn.s.plan.profile.name or "", progress=progress),
            options=screen_options(turn),
            free_text=False,
        )
    )


def _welcome(turn: Turn) -> None:
    turn.update(screen=None)
    turn.say("welcome")
    turn.ask_current()


def _has_answers(session: Session) -> bool:
    return session.plan.profile.name is not None
