"""One input being handled: the session as it changes, the replies gathered, and what screens and steps may ask of it.

A turn is what every handler receives: the engine's dispatch, the answering of a question, each screen. It knows
the flow of questions, the screens by kind and the hooks the adviser and the follow-up lend the interview, all
given when the engine is assembled (``dialogs.assembly``); it imports none of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

from dialogs.answers import Context
from dialogs.core.flow import Flow, Ref
from dialogs.core.position import Settled, settle
from dialogs.core.progress import Standing, standing
from dialogs.core.replies import Notice, Question, Reply, Tone
from dialogs.parsing.options import Option
from domain.business import model_of
from domain.i18n import Catalog, catalog
from domain.models import Plan
from domain.screen_state import ScreenKind, ScreenState
from domain.session import Session

STANDING = "standing"
"""The memo of a plan (``Flow.memo``) that holds a session's standing in the interview over it."""


class ScreenView(Protocol):
    """A screen outside the interview: how it shows itself and what it does with what the user taps or types.

    ``dialogs.core.screen.BaseScreen`` gives the usual ``typed``, ``back`` and ``skip``.
    """

    kind: ScreenKind

    def show(self, turn: Turn) -> None:
        """Show the screen (again), from the state stored in the session."""

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """Its options, as shown."""

    def choose(self, turn: Turn, option: str) -> None:
        """An option chosen (tapped, or typed and recognised)."""

    def typed(self, turn: Turn, text: str) -> None:
        """Text typed while the screen is on show."""

    def back(self, turn: Turn) -> None:
        """``/back`` on the screen: a step back within it, or out of it."""

    def skip(self, turn: Turn) -> None:
        """``/skip`` on the screen."""


class Hooks(Protocol):
    """What the interview asks of the adviser and the follow-up, at its turning points."""

    def coach(self, turn: Turn, answered: Ref, following: Ref | None) -> bool:
        """After an answer: raise what it calls for; whether a coaching question was asked."""

    def finished(self, turn: Turn) -> None:
        """The interview has just been completed for the first time."""

    def updated(self, turn: Turn) -> None:
        """A finished plan was changed (an edit answered)."""

    def settled(self, turn: Turn) -> None:
        """Nothing is left to ask: return to the card the questions were opened from, if any."""


class Turn:
    """One input being handled: the session as it evolves, and the replies gathered on the way."""

    def __init__(
        self, session: Session, now: datetime, flow: Flow, screens: Mapping[ScreenKind, ScreenView], hooks: Hooks
    ) -> None:
        self.s = session
        self.now = now
        self.today = now.date()
        self.flow = flow
        self.screens = screens
        self.hooks = hooks
        self.replies: list[Reply] = []
        self.archived: Plan | None = None
        self.erased = False
        self._refs: tuple[Plan | None, list[Ref], dict[str, Ref]] = (None, [], {})
        self._asked: tuple[Plan | None, frozenset[str], list[Ref]] = (None, frozenset(), [])
        self._standing: Standing | None = None
        self._settled: Settled | None = None

    @property
    def t(self) -> Catalog:
        """The user's catalogue."""
        return catalog(self.s.lang)

    def refs(self) -> list[Ref]:
        """The questions of the interview for the plan as it is now (worked out once per version of the plan)."""
        plan, found, _ = self._refs
        if plan is not self.s.plan:
            found = self.flow.listed(self.s.plan)
            self._refs = (self.s.plan, found, {r.key: r for r in found})
        return found

    def exists(self, ref: Ref) -> bool:
        """Whether a question is part of the interview for the plan as it is now."""
        self.refs()
        return ref.key in self._refs[2]

    def update(self, **changes: Any) -> None:
        """Change the session (a new immutable copy)."""
        self.s = self.s.model_copy(update=changes)

    def say(self, key: str, tone: Tone = Tone.INFO, **args: str | int | float) -> None:
        """Add a notice from the catalogue."""
        self.replies.append(Notice(self.t(key, **args), tone))

    def context(self, ref: Ref | None = None) -> Context:
        """What a step's field sees (or a screen's, without a step)."""
        return Context(self.s.plan, None if ref is None else ref.index, self.t, self.today)

    # Screens -----------------------------------------------------------------------------------------------

    def open(self, state: ScreenState, question: Question) -> None:
        """Show a screen: its state stored in the session, its question added to the replies."""
        self.update(screen=state)
        self.replies.append(question)

    def close(self) -> None:
        """Close the screen on show."""
        self.update(screen=None)

    def screen(self) -> ScreenView | None:
        """The screen on show, if any."""
        return None if self.s.screen is None else self.screens[self.s.screen.kind]

    def reshow(self) -> None:
        """Show the open screen again."""
        view = self.screen()
        if view is not None:
            view.show(self)

    def stale(self) -> None:
        """A button from an older message: say so, and show again what is awaited now."""
        self.say("stale-button")
        self.ask_current()

    # Position ----------------------------------------------------------------------------------------------

    def settle(self) -> Settled:
        """Fill what the user is not asked on the way to the next question (presets; see ``core.position``)."""
        if self._settled is None or self._settled.session is not self.s:
            self._settled = settle(self.flow, self.s, self.today)
            self.s = self._settled.session
        return self._settled

    def position(self) -> Ref | None:
        """The question being asked (after the presets on the way are filled), or ``None`` when none is left."""
        return self.settle().position

    def asked(self) -> list[Ref]:
        """The questions the user answers (or skips) themselves, in order."""
        plan = self.s.plan
        cached_plan, defaults, found = self._asked
        if cached_plan is not plan or defaults is not self.s.defaults:
            found = [r for r in self.refs() if self.flow.asks(r.step, plan) and r.key not in self.s.defaults]
            self._asked = (plan, self.s.defaults, found)
        return found

    def first_asked(self) -> Ref | None:
        """The first question the user answers (or skips) themselves: there is no going back from it."""
        plan, defaults = self.s.plan, self.s.defaults
        return next((r for r in self.refs() if self.flow.asks(r.step, plan) and r.key not in defaults), None)

    def ask_current(self) -> None:
        """Show again what is awaited: the screen on show, or the question being asked (if not over)."""
        if self.s.screen is not None:
            self.reshow()
            return
        ref = self.position()
        if ref is not None:
            self.replies.append(self.question(ref))

    # Questions ---------------------------------------------------------------------------------------------

    def prompt_args(self, ref: Ref) -> dict[str, str | int | float]:
        """What prompts may mention: the business, the item asked about, the competitor compared with."""
        plan = self.s.plan
        entry = self.flow.item(plan, ref)
        item = self.flow.item_label(plan, ref, self.t)
        metric = self.t.label(entry.metric) if getattr(entry, "metric", None) else ""
        competitors = plan.diagnosis.competitors or ()
        rival = plan.positioning.rival or (competitors[0].name if competitors else self.t("rival-generic"))
        name = plan.profile.name or self.t("your-business")
        found = model_of(plan)
        capacity = (found.texts(self.t.lang).capacity if found else None) or ""
        return {"name": name, "item": item, "rival": rival, "metric": metric, "capacity": capacity}

    def question(self, ref: Ref, update: bool = False) -> Question:
        """A step as a question to show."""
        step, ctx = ref.step, self.context(ref)
        first = self.first_asked()
        value = self.flow.value(self.s.plan, ref)
        again = (self.s.focus == ref.key or ref.key in self.s.recheck) and value is not None
        args = self.prompt_args(ref)
        return Question(
            key=ref.key,
            text=self.t(f"step-{step.id}", **args),
            hint="\n".join(filter(None, [self.t(f"step-{step.id}-hint", **args), step.field.describe(ctx)])),
            progress=None if self.s.finished_at is not None else self.progress(ref),
            options=step.field.options(ctx),
            selected=self.s.draft,
            multi=step.field.multi,
            free_text=step.field.free_text,
            numbered=step.field.numbered,
            current=step.field.show(value, ctx) if again else None,
            can_skip=step.optional or again,
            can_back=first is not None and first.key != ref.key,
            update=update,
        )

    def progress(self, ref: Ref) -> str:
        """The question's number in the whole interview, the interview's length, and the phase it is in."""
        if self._standing is None or not self._standing.describes(self.s):
            memo = self.flow.memo(self.s.plan)  # a question shown again (an answer refused): counted already
            found = memo.get(STANDING)
            if found is None or not found[0].describes(self.s) or found[1] != (self.s.lang, self.today):
                found = memo[STANDING] = (standing(self.flow, self.s, self.today), (self.s.lang, self.today))
            self._standing = found[0]
        number, total = self._standing.place(ref)
        phase = self.t(f"phase-{ref.phase}")
        if self.s.plan.profile.mode is None:  # express or complete not chosen: no total yet, rather than one that jumps
            return self.t("progress-start", step=str(number), phase=phase)
        return self.t("progress", step=str(number), total=str(total), phase=phase)
