"""The pure interview engine: from a session and one input, the next session and the replies to show.

An ``Engine`` is assembled once (``dialogs.assembly``) from the flow of questions, the screens by kind, the
commands, the buttons that outlive their message, and the adviser's hooks. It routes each input: a command to
its handler, text or a tap to the screen on show or to the question being asked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from dialogs.answers import TextList
from dialogs.core.answering import accept, reject
from dialogs.core.explain import explain, rated
from dialogs.core.flow import Flow
from dialogs.core.replies import BACK, DONE, SKIP, Command, Event, Reply, Said, Tapped, Tone
from dialogs.core.turn import Hooks, ScreenView, Turn
from dialogs.parsing.hedges import unsure
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer, clean_typed
from dialogs.parsing.yes_no import confirms
from domain.models import Plan
from domain.screen_state import ScreenKind
from domain.session import Session

Handler = Callable[[Turn, str], None]
"""A command's handler: the turn, and what follows the command (a ``/start`` link's payload)."""


class Buttons(Protocol):
    """Buttons that keep working after later messages (the end card, an action's card and reminders)."""

    def owns(self, key: str) -> bool:
        """Whether a button's key is one of these."""

    def options(self, turn: Turn, key: str) -> tuple[Option, ...]:
        """The options the buttons of that key offer."""

    def tapped(self, turn: Turn, key: str, option: str) -> None:
        """One of them tapped."""


@dataclass(frozen=True)
class Outcome:
    """The session after one input, what to say, and a plan to archive when the user started anew."""

    session: Session
    replies: tuple[Reply, ...]
    archived: Plan | None = None
    erased: bool = False


@dataclass(frozen=True)
class Engine:
    """The interview and the screens around it, assembled."""

    flow: Flow
    screens: Mapping[ScreenKind, ScreenView]
    commands: Mapping[str, Handler]
    buttons: Sequence[Buttons]
    hooks: Hooks

    def turn(self, session: Session, now: datetime) -> Turn:
        """A turn on this engine's flow, screens and hooks."""
        return Turn(session, now, self.flow, self.screens, self.hooks)

    def handle(self, session: Session, event: Event, now: datetime) -> Outcome:
        """Handle one input of a user; pure: the given session is not changed, a new one is returned."""
        turn = self.turn(session, now)
        self.on(turn, event)
        if turn.s.plan.started is None:
            turn.update(plan=turn.s.plan.model_copy(update={"started": turn.today}))
        return Outcome(turn.s, tuple(turn.replies), turn.archived, turn.erased)

    def current(self, session: Session, now: datetime) -> tuple[Reply, ...]:
        """What the user has in front of them, shown again: the screen or question awaited, or that all is done."""
        turn = self.turn(session, now)
        turn.ask_current()
        if not turn.replies:
            turn.say("finished-already")
        return tuple(turn.replies)

    def on(self, turn: Turn, event: Event) -> None:
        """Route an input to what handles it."""
        match event:
            case Command(name, arg):
                command = self.commands.get(name)
                if command is None:
                    turn.say("unknown-command", Tone.ERROR, command=name[:30])
                    turn.ask_current()
                else:
                    command(turn, arg)
            case Tapped(key, option, plan, nth):
                if plan is not None and plan != turn.s.plan_id:
                    turn.stale()
                    return
                if nth is not None:
                    option = self.option_at(turn, key, nth) or ""
                self.tapped(turn, key, option)
            case Said(text):
                self.said(turn, clean_typed(text))

    def said(self, turn: Turn, text: str) -> None:
        """A typed answer to the screen or question on show."""
        view = turn.screen()
        if view is not None:
            view.typed(turn, text)
            return
        ref = turn.position()
        if ref is None:
            turn.say("finished-already")
            return
        if unsure(text) and not rated(ref, text, turn.context(ref)):  # "jsp", "idk", "?": explained instead
            explain(turn, ref)
            return
        field = ref.step.field
        if field.multi and turn.s.draft and confirms(text):  # "ok" once options are ticked: as the Done button
            self.tapped(turn, ref.key, DONE)
            return
        if isinstance(field, TextList) and turn.s.draft:
            picked = [o.label for o in field.options(turn.context(ref)) if o.id in turn.s.draft]
            text = "\n".join([*picked, text])
        ctx = turn.context(ref)
        try:
            value = field.parse(text, ctx)
        except InvalidAnswer as error:
            reject(turn, ref, error)
            return
        accept(turn, ref, value, ctx.notes)

    def tapped(self, turn: Turn, key: str, option: str) -> None:
        """A button: one that outlives its message, an option of the screen or question on show, or a stale one."""
        buttons = next((b for b in self.buttons if b.owns(key)), None)
        if buttons is not None:
            buttons.tapped(turn, key, option)
            return
        view = turn.screen()
        if view is not None and key == view.kind.value:
            view.choose(turn, option)
            return
        ref = None if view is not None else turn.position()
        if ref is None or key != ref.key:
            if self.already_answered(turn, key, option):
                turn.say("already-noted")
            else:
                turn.stale()
            return
        if option in (SKIP, BACK):
            self.commands["skip" if option == SKIP else "back"](turn, "")
            return
        field, ctx = ref.step.field, turn.context(ref)
        try:
            if field.multi and option != DONE:
                if option not in {o.id for o in field.options(ctx)}:
                    raise InvalidAnswer("error-choice")
                draft = tuple(i for i in turn.s.draft if i != option)
                turn.update(draft=draft if option in turn.s.draft else (*turn.s.draft, option))
                turn.replies.append(turn.question(ref, update=True))
                return
            value = field.choose(turn.s.draft if option == DONE else (option,), ctx)
        except InvalidAnswer as error:
            reject(turn, ref, error)
            return
        accept(turn, ref, value)

    def option_at(self, turn: Turn, key: str, index: int) -> str | None:
        """The id of the n-th option of a question, screen or lasting button (by position, when ids did not fit)."""
        buttons = next((b for b in self.buttons if b.owns(key)), None)
        view = turn.screen()
        if buttons is not None:
            options = buttons.options(turn, key)
        elif view is not None and key == view.kind.value:
            options = view.options(turn)
        else:
            ref = self.flow.ref(key)
            if ref is None or not turn.exists(ref):
                return None
            options = ref.step.field.options(turn.context(ref))
        return options[index].id if 0 <= index < len(options) else None

    def already_answered(self, turn: Turn, key: str, option: str) -> bool:
        """Whether a tap repeats the answer already stored for that question (a double tap)."""
        ref = self.flow.ref(key)
        if ref is None or ref.step.field.multi or not turn.exists(ref):
            return False
        stored = self.flow.value(turn.s.plan, ref)
        try:
            return stored is not None and ref.step.field.choose((option,), turn.context(ref)) == stored
        except InvalidAnswer:
            return False
