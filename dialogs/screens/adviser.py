"""The adviser in the chat: coaching right after an answer, and the plan's score with the changes to make."""

from __future__ import annotations

from dialogs.core import edits
from dialogs.core.answering import accept, finish, reject
from dialogs.core.flow import Ref
from dialogs.core.replies import Notice, Question, Tone
from dialogs.core.screen import BaseScreen
from dialogs.core.steps import StepId
from dialogs.core.turn import Turn
from dialogs.parsing.choices import match_option
from dialogs.parsing.options import Option
from dialogs.parsing.text import InvalidAnswer
from domain.advice import Finding, Fix
from domain.coaching import smart_objectives, swot_sides, vague_positioning
from domain.score import Score, findings, score
from domain.screen_state import Coaching, ScoreCard, ScreenKind

OBJECTIVE_STEPS = {StepId.OBJECTIVE_METRIC, StepId.OBJECTIVE_TARGET, StepId.OBJECTIVE_DEADLINE}
SWOT_STEPS = {StepId.STRENGTHS, StepId.WEAKNESSES, StepId.OPPORTUNITIES, StepId.THREATS}


def coach(turn: Turn, answered: Ref, following: Ref | None) -> bool:
    """Raise, once, what the answer just given calls for; return whether a coaching question was asked."""
    plan, t, today = turn.s.plan, turn.t, turn.today
    found: list[Finding] = []
    step = answered.step.id
    if step in SWOT_STEPS:
        found = list(swot_sides(plan, t, today))
    elif step is StepId.DIFFERENCE:
        found = list(vague_positioning(plan, t, today))
    elif step in OBJECTIVE_STEPS:
        still_on_it = (
            following is not None and following.index == answered.index and following.step.id in OBJECTIVE_STEPS
        )
        if not still_on_it and answered.index is not None and plan.objectives:
            kind = plan.objectives[answered.index].kind
            found = [f for f in smart_objectives(plan, t, today) if f.rule == f"smart:{kind}"]
    fresh = [f for f in found if f.rule not in turn.s.coached]
    if not fresh:
        return False
    ask(turn, fresh[0])
    return True


def usable(turn: Turn, fix: Fix) -> bool:
    """Whether a fix does something here: it changes the plan, keeps it, or asks a question this plan has."""
    return fix.change is not None or not fix.review or edits.askable(turn, fix.review)


def ask(turn: Turn, finding: Finding) -> None:
    """Show a finding with its fixes, and wait for the user's choice."""
    turn.update(coached=turn.s.coached | {finding.rule})
    options = tuple(Option(fix.id, fix.label) for fix in finding.fixes if usable(turn, fix))
    question = Question(key=ScreenKind.COACH.value, text=finding.text, options=options, free_text=False)
    turn.open(Coaching(rule=finding.rule), question)


def _current(turn: Turn) -> Finding | None:
    state = turn.s.screen
    rule = state.rule if isinstance(state, Coaching) else None
    return next((f for f in findings(turn.s.plan, turn.t, turn.today) if f.rule == rule), None)


class CoachScreen(BaseScreen):
    """A finding raised right after an answer, with its fixes."""

    kind = ScreenKind.COACH

    def show(self, turn: Turn) -> None:
        """Show the finding again (or carry on if it no longer holds)."""
        finding = _current(turn)
        if finding is None:
            turn.close()
            turn.ask_current()
        else:
            ask(turn, finding)

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """The fixes of the finding on show."""
        finding = _current(turn)
        return tuple(Option(fix.id, fix.label) for fix in finding.fixes if usable(turn, fix)) if finding else ()

    def choose(self, turn: Turn, option: str) -> None:
        """The user's choice on the finding: apply it, then carry on."""
        finding = _current(turn)
        turn.close()
        fix = next((f for f in finding.fixes if f.id == option and usable(turn, f)), None) if finding else None
        if fix is not None:
            apply(turn, fix)
        carry_on(turn)

    def typed(self, turn: Turn, text: str) -> None:
        """An option by its number or label; else, where the finding asks one question again, its new answer.

        The card asks « what do you do, concretely, that they don't? »: people answer it in words.
        """
        found = match_option(text, self.options(turn)) if text.strip() else None
        finding = _current(turn) if found is None else None
        fix = next((f for f in finding.fixes if len(f.review) == 1 and usable(turn, f)), None) if finding else None
        if found is not None or fix is None or fix.change is not None:
            super().typed(turn, text)
            return
        turn.close()
        edits.ask_again(turn, fix.review)
        ref = turn.position()
        if ref is None:
            carry_on(turn)
            return
        ctx = turn.context(ref)
        try:
            value = ref.step.field.parse(text, ctx)
        except InvalidAnswer as error:
            reject(turn, ref, error)
            return
        accept(turn, ref, value, ctx.notes)


def carry_on(turn: Turn) -> None:
    """After a fix, back where the user was: the question it opened or the one awaited, else the end."""
    if turn.position() is not None:
        turn.ask_current()
    elif not back_to_card(turn):
        finish(turn)


def back_to_card(turn: Turn) -> bool:
    """Once the questions opened from the score card are answered, the card again (with the new score)."""
    if turn.s.back_to is not ScreenKind.SCORE or turn.s.screen is not None or turn.position() is not None:
        return False
    turn.update(back_to=None)
    review(turn)
    return True


def apply(turn: Turn, fix: Fix) -> None:
    """Make a fix: change the plan, and/or ask a question again."""
    if fix.change is None and not fix.review:
        turn.say("coach-kept")
        return
    if fix.change is not None:
        turn.update(plan=fix.change(turn.s.plan))
        turn.say("coach-applied", Tone.SUCCESS)
    edits.ask_again(turn, fix.review)  # asked next, whatever the interview (express leaves some to presets)


def card(found: Score, turn: Turn) -> str:
    """The score and the changes that would raise it most, as text."""
    t = turn.t
    lines = [t("score-title", score=found.value)]
    if not found.top:
        lines.append(t("score-perfect"))
        return "\n".join(lines)
    lines.append(t("score-top"))
    lines += [t("score-line", number=i, gain=f.gain, points=f.weight) for i, f in enumerate(found.top, start=1)]
    return "\n".join(lines)


def _fixes(found: Score, turn: Turn) -> list[tuple[Finding, Fix]]:
    """For each of the top findings, its first fix that does something here (keeping the plan is not a change)."""
    pairs = ((f, next((x for x in f.fixes if x.id != "keep" and usable(turn, x)), None)) for f in found.top)
    return [(f, fix) for f, fix in pairs if fix is not None]


def review(turn: Turn) -> None:
    """The score; once the interview is over, with its changes to tap."""
    found = score(turn.s.plan, turn.t, turn.today, turn.s.defaults)
    fixes = _fixes(found, turn)
    if turn.position() is not None or not fixes or not isinstance(turn.s.screen, ScoreCard | None):
        turn.replies.append(Notice(card(found, turn)))
        return
    options = tuple(Option(str(i), fix.label) for i, (_, fix) in enumerate(fixes))
    text = f"{card(found, turn)}\n{turn.t('score-choose')}"
    turn.open(ScoreCard(), Question(key=ScreenKind.SCORE.value, text=text, options=options, free_text=False))


class ScoreScreen(BaseScreen):
    """The plan's score and the changes to tap."""

    kind = ScreenKind.SCORE

    def show(self, turn: Turn) -> None:
        """The score card again."""
        review(turn)

    def options(self, turn: Turn) -> tuple[Option, ...]:
        """The fixes offered on the score card."""
        fixes = _fixes(score(turn.s.plan, turn.t, turn.today, turn.s.defaults), turn)
        return tuple(Option(str(i), fix.label) for i, (_, fix) in enumerate(fixes))

    def choose(self, turn: Turn, option: str) -> None:
        """A change chosen on the score card: made, then what follows from it."""
        fixes = _fixes(score(turn.s.plan, turn.t, turn.today, turn.s.defaults), turn)
        turn.close()
        if not option.isdecimal() or int(option) >= len(fixes):
            turn.say("error-choice", Tone.ERROR)
            review(turn)
            return
        apply(turn, fixes[int(option)][1])
        if turn.position() is not None:
            turn.update(back_to=ScreenKind.SCORE)
            turn.ask_current()
        else:
            review(turn)


COACH = CoachScreen()
SCORE = ScoreScreen()
