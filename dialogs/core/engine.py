"""The pure interview engine: from a session and one input, the next session and the replies to show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dialogs.answers.fields import Context, TextList
from dialogs.core import edits
from dialogs.core.explain import explain, rated
from dialogs.core.flow import Flow, Ref
from dialogs.core.progress import Standing, standing
from dialogs.core.replies import (
    BACK,
    DONE,
    SKIP,
    Accepted,
    Command,
    Event,
    Notice,
    PlanCard,
    Question,
    Reply,
    Said,
    Tapped,
    Tone,
)
from dialogs.core.steps import StepId, put
from dialogs.parsing.choices import Unrecognised, narrowed
from dialogs.parsing.hedges import unsure
from dialogs.parsing.text import InvalidAnswer, clean_typed
from dialogs.phases.defaults import default
from dialogs.phases.interview import FLOW
from dialogs.screens import adviser, deeplink, followup
from dialogs.screens import card_buttons as card
from dialogs.screens import navigation as screens
from dialogs.summary import plan_document
from domain.business import model_of
from domain.i18n import Catalog, catalog
from domain.models import Mode, Plan
from domain.session import Screen, Session

RESETS_DEFAULTS = frozenset({StepId.MODE, StepId.SECTOR, StepId.MARKET})
"""Answers the sector presets depend on: changing one of them drops the values presets filled."""

KEPT_ON_RESET = frozenset({StepId.ACTIONS})
"""Preset values that are recomputed on top of what they hold (actions keep their ids, decisions and history)."""


@dataclass(frozen=True)
class Outcome:
    """The session after one input, what to say, and a plan to archive when the user started anew."""

    session: Session
    replies: tuple[Reply, ...]
    archived: Plan | None = None
    erased: bool = False


def handle(session: Session, event: Event, now: datetime, flow: Flow = FLOW) -> Outcome:
    """Handle one input of a user; pure: the given session is not changed, a new one is returned."""
    turn = Turn(session, now, flow)
    turn.on(event)
    if turn.s.plan.started is None:
        turn.update(plan=turn.s.plan.model_copy(update={"started": turn.today}))
    return Outcome(turn.s, tuple(turn.replies), turn.archived, turn.erased)


def current(session: Session, now: datetime, flow: Flow = FLOW) -> tuple[Reply, ...]:
    """What the user has in front of them, shown again: the screen or question awaited, or that the plan is done."""
    turn = Turn(session, now, flow)
    turn.ask_current()
    if not turn.replies:
        turn.say("finished-already")
    return tuple(turn.replies)


class Turn:
    """One input being handled: the session as it evolves, and the replies gathered on the way."""

    def __init__(self, session: Session, now: datetime, flow: Flow) -> None:
        self.s = session
        self.now = now
        self.today = now.date()
        self.flow = flow
        self.replies: list[Reply] = []
        self.archived: Plan | None = None
        self.erased = False
        self._refs: tuple[Plan | None, list[Ref], dict[str, Ref]] = (None, [], {})
        self._asked: tuple[Plan | None, frozenset[str], list[Ref]] = (None, frozenset(), [])
        self._standing: Standing | None = None

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

    def context(self, ref: Ref) -> Context:
        """What a step's field sees."""
        return Context(self.s.plan, ref.index, self.t, self.today)

    # Dispatch ----------------------------------------------------------------------------------------------

    def on(self, event: Event) -> None:
        """Route an input to what handles it."""
        match event:
            case Command(name, arg):
                if name == "start" and arg:
                    screens.follow(self, deeplink.read(arg))
                command = screens.COMMANDS.get(name)
                if command is None:
                    self.say("unknown-command", Tone.ERROR, command=name[:30])
                    self.ask_current()
                else:
                    command(self)
            case Tapped(key, option, plan):
                if plan is not None and plan != self.s.plan_id:
                    self.stale()
                else:
                    self.tapped(key, option)
            case Said(text):
                self.said(clean_typed(text))

    def said(self, text: str) -> None:
        """A typed answer to the screen or question on show."""
        if self.s.screen is not None:
            screens.said(self, text)
            return
        ref = self.position()
        if ref is None:
            self.say("finished-already")
            return
        if unsure(text) and not rated(ref, text, self.context(ref)):  # "jsp", "idk", "?": explained instead
            explain(self, ref)
            return
        field = ref.step.field
        if isinstance(field, TextList) and self.s.draft:
            picked = [o.label for o in field.options(self.context(ref)) if o.id in self.s.draft]
            text = "\n".join([*picked, text])
        ctx = self.context(ref)
        try:
            value = field.parse(text, ctx)
        except InvalidAnswer as error:
            self.reject(ref, error)
            return
        self.accept(ref, value, ctx.notes)

    def tapped(self, key: str, option: str) -> None:
        """A button: an option of the question on show, or one from an older message."""
        if key == card.KEY:
            card.tapped(self, option)
            return
        if option.startswith("#") and option[1:].isdecimal():
            option = self.option_at(key, int(option[1:])) or option
        if key.startswith(followup.ACTION_KEY) and key[len(followup.ACTION_KEY) :].isdecimal():
            followup.on_action(self, int(key[len(followup.ACTION_KEY) :]), option)
            return
        if self.s.screen is not None and key == self.s.screen.value:
            screens.tapped(self, option)
            return
        ref = None if self.s.screen else self.position()
        if ref is None or key != ref.key:
            if self.already_answered(key, option):
                self.say("already-noted")
            else:
                self.stale()
            return
        if option in (SKIP, BACK):
            screens.COMMANDS["skip" if option == SKIP else "back"](self)
            return
        field, ctx = ref.step.field, self.context(ref)
        try:
            if field.multi and option != DONE:
                if option not in {o.id for o in field.options(ctx)}:
                    raise InvalidAnswer("error-choice")
                draft = tuple(i for i in self.s.draft if i != option)
                self.update(draft=draft if option in self.s.draft else (*self.s.draft, option))
                self.replies.append(self.question(ref, update=True))
                return
            value = field.choose(self.s.draft if option == DONE else (option,), ctx)
        except InvalidAnswer as error:
            self.reject(ref, error)
            return
        self.accept(ref, value)

    def option_at(self, key: str, index: int) -> str | None:
        """The id of the n-th option of a question (buttons whose id did not fit carry its number)."""
        if self.s.screen is not None and key == self.s.screen.value:
            options = screens.screen_options(self)
        else:
            ref = self.flow.ref(key)
            if ref is None or not self.exists(ref):
                return None
            options = ref.step.field.options(self.context(ref))
        return options[index].id if 0 <= index < len(options) else None

    def stale(self) -> None:
        """A button from an older message: say so, and show again what is awaited now."""
        self.say("stale-button")
        if self.s.screen is not None:
            screens.reshow(self)
        else:
            self.ask_current()

    def already_answered(self, key: str, option: str) -> bool:
        """Whether a tap repeats the answer already stored for that question (a double tap)."""
        ref = self.flow.ref(key)
        if ref is None or ref.step.field.multi or not self.exists(ref):
            return False
        stored = self.flow.value(self.s.plan, ref)
        try:
            return stored is not None and ref.step.field.choose((option,), self.context(ref)) == stored
        except InvalidAnswer:
            return False

    # Answers -----------------------------------------------------------------------------------------------

    def reject(self, ref: Ref, error: InvalidAnswer) -> None:
        """Explain what is wrong, and ask the same question again; nothing saved is touched.

        An answer close to several options asks which, with only those; the items of a list recognised stay ticked.
        """
        self.say(error.key, Tone.ERROR, **error.args_)
        if isinstance(error, Unrecognised):
            self.update(draft=error.ticked)
        self.replies.append(narrowed(self.question(ref), error))

    def accept(self, ref: Ref, value: Any, notes: Sequence[str] = ()) -> None:
        """Store an answer (saying back what was understood of it), re-open what depends on it, and move on."""
        was_focus, before = self.s.focus is not None, self.s.plan
        old = self.flow.value(self.s.plan, ref)
        self.replies.append(Accepted(ref.key, ref.step.field.show(value, self.context(ref))))
        self.replies.extend(Notice(note) for note in notes)
        self.update(
            plan=self.flow.write(self.s.plan, ref, value),
            skipped=self.s.skipped - {ref.key},
            defaults=self.s.defaults - {ref.key},
            recheck=self.s.recheck - {ref.key},
            focus=None,
            draft=(),
        )
        if old is not None and old != value:
            self.invalidate(ref)
        if self.t.has(f"ack-{ref.step.id}"):
            self.replies.append(Notice(self.t(f"ack-{ref.step.id}", **self.prompt_args(ref))))
        edits.open_new(self, ref, before, was_focus)
        self.proceed(ref, was_focus)

    def invalidate(self, ref: Ref) -> None:
        """Clear the answers that no longer hold after ``ref`` changed, so that they are asked again."""
        plan, skipped, defaults = self.s.plan, set(self.s.skipped), set(self.s.defaults)
        for dependent in ref.step.invalidates:
            same_item = ref.index is not None and self.flow.items_of.get(dependent) == self.flow.items_of.get(
                ref.step.id
            )
            if same_item:
                found = self.flow.ref(f"{dependent.value}:{ref.index}")
                assert found is not None
                plan, cleared = put(plan, found.path, None), {found.key}
            else:
                plan, cleared = self.flow.clear(plan, dependent)
            skipped -= cleared
            defaults -= cleared
        recheck = set(self.s.recheck) | {step.value for step in ref.step.rechecks if step not in self.flow.items_of}
        if ref.step.id in RESETS_DEFAULTS:
            for key in defaults:
                found = self.flow.ref(key)
                if found is None or found.key not in {r.key for r in self.flow.refs(plan)}:
                    continue
                if found.step.id in KEPT_ON_RESET:
                    recheck.add(key)
                else:
                    plan = put(plan, found.path, None)
            skipped -= defaults
            defaults = {key for key in defaults if key in recheck}
        self.update(plan=plan, skipped=frozenset(skipped), defaults=frozenset(defaults), recheck=frozenset(recheck))

    def proceed(self, answered: Ref, was_focus: bool) -> None:
        """Ask the next missing question (or one an edit opened), with a recap when a phase ends; or finish."""
        edits.done(self, answered)
        following = self.position()
        if following is None:
            self.finish(answered)
            adviser.back_to_card(self)
            return
        if adviser.coach(self, answered, following):
            return
        moving_on = not was_focus and following.phase != answered.phase
        if moving_on and self.s.plan.profile.mode is Mode.COMPLETE:
            self.replies.append(PlanCard(plan_document(self.s, self.today, (answered.phase.value,))))
        self.replies.append(self.question(following))

    def finish(self, answered: Ref | None = None) -> None:
        """The interview is complete: the plan's card the first time, a short word after an edit."""
        if answered is not None and adviser.coach(self, answered, None):
            return
        if self.s.finished_at is not None:
            self.say("plan-updated", Tone.SUCCESS)
            if followup.wants_offer(self.s):
                followup.offer(self)
            return
        self.update(finished_at=self.now)
        card.show(self)
        if followup.wants_offer(self.s):
            followup.offer(self)
        else:
            adviser.review(self)

    # Position ----------------------------------------------------------------------------------------------

    def position(self) -> Ref | None:
        """The question being asked: the one asked again, or else the first one the plan lacks."""
        if self.s.focus:
            ref = self.flow.ref(self.s.focus)
            if ref is not None and self.exists(ref):
                return ref
            self.update(focus=None)
        return self.missing()

    def missing(self) -> Ref | None:
        """The first question the plan lacks; in express mode, presets fill what is not asked on the way."""
        while True:
            plan = self.s.plan
            answered = self.flow.answered(plan)
            for number, ref in enumerate(self.refs()):
                if ref.key in self.s.recheck:
                    if self.flow.asks(ref.step, plan) or ref.key in self.s.opened:
                        return ref
                    value = default(plan, ref, self.s.lang, self.today)
                    self.update(recheck=self.s.recheck - {ref.key})
                    if value is not None:
                        self.update(plan=self.flow.write(plan, ref, value))
                    break
                if ref.key in self.s.opened and not answered[number]:
                    return edits.asking(self, ref)
                if answered[number] or ref.key in self.s.skipped:
                    continue
                if self.flow.asks(ref.step, plan):
                    return ref
                value = default(plan, ref, self.s.lang, self.today)
                self.update(defaults=self.s.defaults | {ref.key})
                if value is None:
                    self.update(skipped=self.s.skipped | {ref.key})
                    continue
                self.update(plan=self.flow.write(plan, ref, value))
                break
            else:
                return None

    def asked(self) -> list[Ref]:
        """The questions the user answers (or skips) themselves, in order."""
        plan = self.s.plan
        cached_plan, defaults, found = self._asked
        if cached_plan is not plan or defaults is not self.s.defaults:
            found = [r for r in self.refs() if self.flow.asks(r.step, plan) and r.key not in self.s.defaults]
            self._asked = (plan, self.s.defaults, found)
        return found

    def ask_current(self) -> None:
        """Show again what is awaited: the screen on show, or the question being asked (if not over)."""
        if self.s.screen is not None:
            screens.reshow(self)
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
        asked = self.asked()
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
            can_back=bool(asked) and asked[0].key != ref.key,
            update=update,
        )

    def progress(self, ref: Ref) -> str:
        """The question's number in the whole interview, the interview's length, and the phase it is in."""
        if self._standing is None or not self._standing.describes(self.s):
            self._standing = standing(self.flow, self.s, self.today)
        number, total = self._standing.place(ref)
        return self.t("progress", step=str(number), total=str(total), phase=self.t(f"phase-{ref.phase}"))


__all__ = ["Outcome", "Screen", "Turn", "handle"]
